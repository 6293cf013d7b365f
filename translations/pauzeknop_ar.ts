<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>Calm breath</source>
        <translation>تنفّس هادئ</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6. A long out-breath helps the body slow down.</source>
        <translation>تنفّس للداخل 4 ثوانٍ وللخارج 6 ثوانٍ. الزفير الطويل يساعد الجسم على الهدوء.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <translation>دون حبس النفس. تنفّس بلطف، لا بعمق.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: زر استراحة لمن يعتني بالأطفال الصغار.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>افتح شاشة الاستراحة مباشرة.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>احفظ سجل الاستخدام والإعدادات في &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (en, nl, fr, de, ar).</source>
        <translation>استخدم اللغة &lt;code&gt; (en, nl, fr, de, ar).</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>شغّل pauzeknop --help لرؤية الخيارات المتاحة.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>وسيط غير متوقع: %1</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>Breathe in</source>
        <translation>شهيق</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>شهيق قليل إضافي</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>احبس النفس</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>زفير</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>عُدّ</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>أحسنت</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>متبقٍّ %1:%2</translation>
    </message>
</context>
<context>
    <name>pk::DoneCard</name>
    <message>
        <source>You took a pause.</source>
        <translation>لقد أخذت استراحة.</translation>
    </message>
    <message>
        <source>That was a good thing to do. Go back when you feel ready, or breathe one more round.</source>
        <translation>كان ذلك تصرّفًا جيدًا. عُد عندما تشعر بأنك مستعد، أو تنفّس جولة أخرى.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>تنفّس مرة أخرى</translation>
    </message>
    <message>
        <source>Starts another round of calm breathing.</source>
        <translation>يبدأ جولة أخرى من التنفّس الهادئ.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>العودة إلى طفلي</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>ينهي الاستراحة ويعود إلى شاشة البداية.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>خطر؟ اتصل بالرقم 112 من أي هاتف. مجاني، ليلًا ونهارًا.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>خطر؟ اتصل بالرقم 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>إذا كان طفلك مصابًا أو في خطر، اتصل الآن برقم الطوارئ 112.</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>عندما يصبح الأمر أكثر من اللازم، اضغط على استراحة.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>يفتح استراحة هادئة: ضع طفلك في أمان، ثم تنفّس مع مؤقّت.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>اضغط على المسافة أو Enter لبدء استراحة.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>اختر لغة Pauzeknop.</translation>
    </message>
</context>
<context>
    <name>pk::MainWindow</name>
    <message>
        <source>Pauzeknop</source>
        <translation>Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I'm OK now</source>
        <translation>أنا بخير الآن</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>ينهي الاستراحة في أي لحظة. مفتاح Escape يفعل الشيء نفسه.</translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>تأكّد أولًا من أن طفلك في أمان.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>اطلب من زميل أن يتولّى الأمر، أو ضع المجموعة في أمان أولًا.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It's OK to walk away for a few minutes.</source>
        <translation>ضع طفلك على ظهره في سريره أو في مكان آمن آخر. لا بأس أن تبتعد لبضع دقائق.</translation>
    </message>
    <message>
        <source>My child is safe. Let's breathe</source>
        <translation>طفلي في أمان. لنتنفّس</translation>
    </message>
    <message>
        <source>Starts two minutes of calm breathing.</source>
        <translation>يبدأ دقيقتين من التنفّس الهادئ.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>العودة إلى شاشة البداية. مفتاح Escape يفعل الشيء نفسه.</translation>
    </message>
</context>
</TS>