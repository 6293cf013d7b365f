<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>Calm breath</source>
        <translation>التنفس الهادئ</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6. A long out-breath helps the body slow down.</source>
        <translation>شهيق لمدة 4 ثوانٍ وزفير لمدة 6. الزفير الطويل يساعد الجسم على الهدوء.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <translation>من دون حبس النفس. تنفّس بلطف، لا بعمق.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <translation>التنهيدة الفسيولوجية</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly. One to three sighs already help.</source>
        <translation>خذ شهيقًا، ثم نفَسًا صغيرًا إضافيًا، ثم أخرج الهواء كله ببطء. تنهيدة إلى ثلاث تنهيدات تساعد بالفعل.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>توقّف إذا شعرت بدوار.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <translation>تنفس الرنين</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <translation>شهيق 5.5 ثانية وزفير 5.5: نحو ست أنفاس في الدقيقة. الأفضل لخمس دقائق أو أكثر.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <translation>تنفّس بلطف، لا بعمق.</translation>
    </message>
    <message>
        <source>Holding your breath does not suit everyone. Stop if it feels uncomfortable.</source>
        <translation>حبس النفس لا يناسب الجميع. توقّف إذا شعرت بعدم الارتياح.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>التنفس المربع</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <translation>شهيق 4 ثوانٍ، احبس 4، زفير 4، احبس 4، مثل أضلاع المربع.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <translation>التنفس المربع القصير</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <translation>مربع أخف: شهيق 3 ثوانٍ، احبس 3، زفير 3، احبس 3.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>تنفس 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <translation>شهيق 4 ثوانٍ، احبس 7، زفير 8. أربع جولات على الأكثر.</translation>
    </message>
    <message>
        <source>It can make you light-headed, and it fits badly when you are very agitated. A practitioner's method, not tested in trials.</source>
        <translation>قد يسبب دوارًا خفيفًا، ولا يناسب حالات الانفعال الشديد. طريقة من الممارسة، لم تُختبر في دراسات.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <translation>العدّ إلى عشرة</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <translation>عُدّ ببطء من 1 إلى 10 وأنت تزفر، قبل أن تفعل أي شيء آخر.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <translation>قصير عن قصد: من عشر إلى ثلاثين ثانية. ثم ضع طفلك في مكان آمن إن احتجت إلى وقت أطول.</translation>
    </message>
    <message>
        <source>My pattern %1</source>
        <translation>نمطي %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>نمطك الخاص: شهيق، حبس، زفير، حبس.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>توقّف إذا شعرت بدوار أو بعدم ارتياح.</translation>
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
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>ابدأ مخفيًا في علبة النظام، جاهزًا لاستراحة.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>اقرأ رمز PIN للمسؤول من الإدخال القياسي واطبع السطر الخاص بالإعدادات المُدارة (للمسؤولين).</translation>
    </message>
    <message>
        <source>Open on "Who can help": helplines and your own people to call.</source>
        <translation>الفتح على «من يمكنه المساعدة»: خطوط المساعدة وأشخاصك الذين يمكنك الاتصال بهم.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>اكتب الأعداد الأسبوعية من سجل الاستخدام في &lt;file&gt;‏ (CSV، أو JSON عند الامتداد ‎.json) ثم اخرج.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>يفتح التنفس مباشرة، مع التمرين [PATTERN] إن وُجد: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>مع ‎--breathe: التمرين الذي تتنفس به.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>تمرين تنفس غير معروف: %1. اختر واحدًا من: %2.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>خطتي عند البكاء</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>البكاء أمر طبيعي وسيمرّ. عندما يصبح الأمر أكثر من اللازم، اتبع هذه الخطوات.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>ضع الرضيع على ظهره في سريره الخاص الفارغ أو في سرير اللعب. ثم اخرج من الغرفة.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>ازفر ببطء. عُدّ حتى عشرة. اشرب كوبًا من الماء.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>عُد وألقِ نظرة كل 5 إلى 10 دقائق.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>اتصل بأحد الأشخاص أدناه. طلب المساعدة قوة.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>لا تهزّ الرضيع أبدًا، ولو للحظة. قد يسبّب الهزّ تلفًا في الدماغ أو الوفاة.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>هل الطفل مصاب أو مريض؟ اتصل بالرقم 112 فورًا.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>أشخاصي</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>خطوط المساعدة</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>شارك هذه الخطة مع كل من يعتني بالرضيع.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>الشهيق</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>حبس النفس بعد الشهيق</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>الزفير</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>حبس النفس بعد الزفير</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>يمكنك حفظ ستة أنماط على الأكثر. احذف واحدًا أولًا.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: اكتب عدد الثواني، مثل 4 أو 4.5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1: لا يمكن أن تقل المدة عن 0 ثانية.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1: الحد الأقصى 12 ثانية.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: استخدم ثواني كاملة أو أنصاف ثوانٍ، مثل 4 أو 4.5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1: ثانية واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>اكتب رمز PIN للمسؤول ثم اضغط Enter: </translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters; nothing was made.
</source>
        <translation>يجب أن يتكون رمز PIN من %1 أحرف على الأقل؛ لم يُنشأ شيء.
</translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>ضع هذا السطر في القسم [organisation] من الملف pauzeknop.conf.
</translation>
    </message>
</context>
<context>
    <name>HelplineCatalog</name>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <translation>خطر داهم، أو إصابة، أو طفل مصاب أو مريض جدًا. الشرطة: 101.</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse. Also for people who sometimes use violence themselves. Not an emergency line.</source>
        <translation>العنف والإساءة وإساءة معاملة الأطفال. وهو أيضًا لمن يلجؤون أحيانًا إلى العنف بأنفسهم. ليس خط طوارئ.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <translation>خط استماع مجهول الهوية لكل من يحتاج إلى التحدث.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide.</source>
        <translation>لكل من تراوده أفكار انتحارية.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <translation>أسئلة حول الرضّع والأطفال الصغار ورعاية الأطفال.</translation>
    </message>
    <message>
        <source>The doctor on call for medical help that is not an emergency, outside GP hours: evenings, nights and weekends.</source>
        <translation>طبيب المناوبة للمساعدة الطبية غير الطارئة خارج ساعات عمل الطبيب العام: في المساء والليل وعطلة نهاية الأسبوع.</translation>
    </message>
    <message>
        <source>General welfare help for anyone with a question or a problem.</source>
        <translation>مساعدة اجتماعية عامة لكل من لديه سؤال أو مشكلة.</translation>
    </message>
    <message>
        <source>For children and young people.</source>
        <translation>للأطفال والشباب.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in French.</source>
        <translation>خط استماع لكل من يحتاج إلى التحدث، باللغة الفرنسية.</translation>
    </message>
    <message>
        <source>For children, and for adults who are worried about a child. In French.</source>
        <translation>للأطفال، وللبالغين القلقين على طفل. باللغة الفرنسية.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in German.</source>
        <translation>خط استماع لكل من يحتاج إلى التحدث، باللغة الألمانية.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <translation>خطر داهم، أو إصابة، أو طفل مصاب أو مريض جدًا.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse. Also for people who use violence themselves.</source>
        <translation>العنف الأسري وإساءة معاملة الأطفال. وهو أيضًا لمن يلجؤون إلى العنف بأنفسهم.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide. 113 is also possible.</source>
        <translation>لكل من تراوده أفكار انتحارية. يمكن الاتصال أيضًا بالرقم 113.</translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>الإعدادات المُدارة</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>تتعذر قراءة الإعدادات المُدارة؛ يستخدم Pauzeknop إعداداته الخاصة.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 ليس إعدادًا (مفتاح=قيمة) وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: القسم [%2] غير معروف؛ سيتم تجاهل أسطره.</translation>
    </message>
    <message>
        <source>%1: "%2" stands before any [section] and is ignored.</source>
        <translation>%1: "%2" يأتي قبل أي [قسم] وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>%1: the key "%2" is unknown and is ignored.</source>
        <translation>%1: المفتاح "%2" غير معروف وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>%1: "%2" expects %3; the line is ignored.</source>
        <translation>%1: "%2" يتوقع %3؛ سيتم تجاهل السطر.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin; the admin PIN is not set.</source>
        <translation>%1: قيمة adminPin ليست تجزئة أنشأها الأمر pauzeknop --hash-pin؛ لم يُضبط رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip "%2": this id is already used; this tip is skipped.</source>
        <translation>%1، النصيحة "%2": هذا المعرّف مستخدم بالفعل؛ تم تخطي هذه النصيحة.</translation>
    </message>
    <message>
        <source>%1, helpline "%2": this id is already used; this contact is skipped.</source>
        <translation>%1، خط المساعدة "%2": هذا المعرّف مستخدم بالفعل؛ تم تخطي جهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: تتعذّر قراءته (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: أكبر من 1 ميغابايت، لم تتم قراءته.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: ليس JSON صالحًا عند الحرف %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with "tips" and "helplines".</source>
        <translation>%1: المتوقّع كائن يحتوي على "tips" و"helplines".</translation>
    </message>
    <message>
        <source>%1: unknown key "%2" ignored.</source>
        <translation>%1: تم تجاهل المفتاح غير المعروف "%2".</translation>
    </message>
    <message>
        <source>%1: "tips" must be a list.</source>
        <translation>%1: يجب أن يكون "tips" قائمة.</translation>
    </message>
    <message>
        <source>%1: "helplines" must be a list.</source>
        <translation>%1: يجب أن يكون "helplines" قائمة.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>النصيحة %1</translation>
    </message>
    <message>
        <source>tip %1 ("%2")</source>
        <translation>النصيحة %1 ("%2")</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1، %2: %3؛ تم تخطي هذه النصيحة.</translation>
    </message>
    <message>
        <source>"id" must be lower-case letters, digits, '.', '_' or '-'</source>
        <translation>يجب أن يتكوّن "id" من أحرف لاتينية صغيرة أو أرقام أو '.' أو '_' أو '-'</translation>
    </message>
    <message>
        <source>"situation" must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>يجب أن تكون "situation" واحدة من: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>"audiences" must be a list of parent, grandparent, childcare, other (found "%1")</source>
        <translation>يجب أن تكون "audiences" قائمة من parent, grandparent, childcare, other (وُجد: "%1")</translation>
    </message>
    <message>
        <source>"text" is missing or empty</source>
        <translation>"text" مفقود أو فارغ</translation>
    </message>
    <message>
        <source>"text" is longer than 280 characters</source>
        <translation>"text" أطول من 280 حرفًا</translation>
    </message>
    <message>
        <source>"source" is missing: every tip says where it comes from</source>
        <translation>"source" مفقود: كل نصيحة تذكر مصدرها</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>خط المساعدة %1</translation>
    </message>
    <message>
        <source>helpline %1 ("%2")</source>
        <translation>خط المساعدة %1 ("%2")</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1، %2: %3؛ تم تخطي جهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>"name" is missing</source>
        <translation>"name" مفقود</translation>
    </message>
    <message>
        <source>"purpose" is missing or empty</source>
        <translation>"purpose" مفقود أو فارغ</translation>
    </message>
    <message>
        <source>"regions" must be a list of BE-VLG, BE-BRU, BE-WAL, BE-DG, NL (found "%1")</source>
        <translation>يجب أن تكون "regions" قائمة من BE-VLG, BE-BRU, BE-WAL, BE-DG, NL (وُجد: "%1")</translation>
    </message>
    <message>
        <source>"cost" must be "free" or "zonal"</source>
        <translation>يجب أن تكون "cost" إما "free" أو "zonal"</translation>
    </message>
    <message>
        <source>"emergency" is reserved for 112</source>
        <translation>"emergency" مخصّص للرقم 112</translation>
    </message>
    <message>
        <source>"verified" needs "verified_on" as a date like 2026-11-28</source>
        <translation>"verified" يتطلّب "verified_on" كتاريخ مثل 2026-11-28</translation>
    </message>
    <message>
        <source>"channels" must list at least one way to reach them</source>
        <translation>يجب أن تذكر "channels" طريقة واحدة على الأقل للوصول إليهم</translation>
    </message>
    <message>
        <source>channel %1: "kind" must be phone, chat, sms, mail or web</source>
        <translation>القناة %1: يجب أن يكون "kind" واحدًا من phone أو chat أو sms أو mail أو web</translation>
    </message>
    <message>
        <source>channel %1: "%2" is not a valid %3</source>
        <translation>القناة %1: "%2" ليس %3 صالحًا</translation>
    </message>
    <message>
        <source>channel %1: hours "%2" not understood (%3)</source>
        <translation>القناة %1: لم تُفهم الساعات "%2" (%3)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>إحدى القيم %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>هذا حاسوب مشترك: لا تُحفظ هنا جهات اتصال شخصية.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>ضبطته مؤسستك لكل من يستخدم هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>ضبطه %1 لكل من يستخدم هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <translation>ضع طفلك في مكان آمن: على ظهره في سرير فارغ أو سرير لعب. ثم اخرج من الغرفة.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <translation>لا بأس بباب مغلق لبضع دقائق. عُد وألقِ نظرة كل 5 إلى 10 دقائق.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <translation>هل تشعر برغبة في الهزّ أو الإمساك بقوة أو الضرب؟ هذه إشارتك: ضع طفلك واخرج قليلًا.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <translation>لا تهزّ طفلًا ولا ترمه ولا تضربه أبدًا، ولا حتى مرة واحدة. قد يسبّب هزّ الرضيع تلفًا في الدماغ أو الوفاة.</translation>
    </message>
    <message>
        <source>Breathe out for longer than you breathe in. Do it three times.</source>
        <translation>اجعل زفيرك أطول من شهيقك. كرّر ذلك ثلاث مرات.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <translation>عُدّ ببطء حتى عشرة قبل أن تفعل أي شيء آخر.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <translation>اذهب إلى غرفة أخرى. اشرب بعض الماء أو الشاي، أو رشّ ماءً باردًا على وجهك.</translation>
    </message>
    <message>
        <source>Say out loud: "I am at my limit. I am taking five minutes."</source>
        <translation>قل بصوت عالٍ: «وصلتُ إلى حدّي. سآخذ خمس دقائق.»</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or 1712 or 106.</source>
        <translation>اتصل بشخص ما: شريكك، أو جار، أو صديق، أو بالرقم 1712 أو 106.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <translation>طلب المساعدة قوة وليس ضعفًا.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112, or 1733 out of hours. Do not wait.</source>
        <translation>هل تظن أن طفلك مصاب أو مريض؟ اتصل بالرقم 112، أو 1733 خارج ساعات العمل. لا تنتظر.</translation>
    </message>
    <message>
        <source>Crying peaks around 6 to 8 weeks. It is a phase, and it passes.</source>
        <translation>يبلغ البكاء ذروته في عمر 6 إلى 8 أسابيع تقريبًا. إنها مرحلة وستمرّ.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <translation>كثرة البكاء أمر طبيعي لدى الرضيع الصغير. ليس ذنبك.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <translation>تحقّق من الأساسيات مرة واحدة: الجوع، الحفاض، الحرّ أو البرد، التعب. ثم توقّف عن البحث عن سبب.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming, skin to skin, a walk with the pram, a warm bath.</source>
        <translation>جرّب شيئًا هادئًا واحدًا في كل مرة: الدندنة، ملامسة الجلد للجلد، نزهة بعربة الأطفال، حمّام دافئ.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. A baby crying in a safe cot is not in danger.</source>
        <translation>بعض البكاء لا يمكن إيقافه. الرضيع الذي يبكي في سرير آمن ليس في خطر.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <translation>بكاء يبدو غير معتاد، أو حمّى، أو رفض الرضاعة: راجع الطبيب.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <translation>ضع الرضيع في سريره وأبقِ يدك على بطنه، أو انتظر حتى يغطّ في نوم عميق.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <translation>منهك؟ ضع الرضيع في سريره الخاص قبل أن ترتاح.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa.</source>
        <translation>لا تغفُ أبدًا والرضيع معك على الأريكة.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <translation>اطلب من شريكك أو من أحد الأجداد أن يتولّى الأمر لبعض الوقت.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <translation>نوبات الغضب مرحلة طبيعية. معظمها ينتهي في أقل من 15 دقيقة.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <translation>حافظ على سلامة الطفل، وابقَ قريبًا منه، ودع النوبة تمرّ دون جدال.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: "You are angry. Hitting hurts, I stop you."</source>
        <translation>سمِّ الشعور والحدّ بكلمات قليلة: «أنت غاضب. الضرب يؤلم، سأوقفك.»</translation>
    </message>
    <message>
        <source>Can't stay calm? If the child is safe, leave for a minute or two.</source>
        <translation>لا تستطيع البقاء هادئًا؟ إن كان الطفل في أمان، فابتعد دقيقة أو دقيقتين.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <translation>ابحث عمّا وراء ذلك: الجوع، التعب، كثرة المثيرات.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again and praise the next good moment.</source>
        <translation>بعد ذلك، أعد التواصل وامدح اللحظة الجيدة التالية.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <translation>توقّف عندما يُظهر الطفل أنه شبع. لا تُجبره على الأكل أبدًا.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <translation>الوجبة المرفوضة ليست فشلًا. ستكون هناك وجبة أخرى.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask the Kind en Gezin-Lijn or your GP.</source>
        <translation>هل تنتهي الرضعات بالبكاء باستمرار؟ اسأل خط Kind en Gezin-Lijn أو طبيبك العام.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <translation>اتفق مع زملائك على إشارة تعني: تولَّ الأمر، أحتاج دقيقتين.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <translation>لا تترك المجموعة دون إشراف أبدًا. اطلب أولًا من زميل أن يتولّى الأمر.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <translation>وحدك مع المجموعة؟ أمّن الجميع أولًا: الرضّع في أسرّتهم، والصغار جالسون مع نشاط هادئ.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <translation>بعد أن يصبح الجميع في أمان، اتصل بمديرك أو بالشخص الاحتياطي.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <translation>الرضّع يثيرون بكاء بعضهم بعضًا. هذا بسبب الغرفة، لا بسببك.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <translation>بعد لحظة صعبة، تحدّث عنها مع زميل أو مع مديرك.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager. 1712 can advise too.</source>
        <translation>قلق من طريقة تعاملك أنت أو أحد زملائك مع طفل؟ أخبر مديرك. يمكن لخط 1712 أن ينصحك أيضًا.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <translation>اطلب مساعدة ملموسة: وجبة، أو ربع ساعة من رعاية الطفل.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <translation>أعدّ خطة للبكاء مسبقًا: ثلاثة أشياء مهدّئة، ومن تتصل به، وأين يوضع الرضيع.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <translation>شارك قاعدة «لا هزّ أبدًا» وخطتك مع كل من يعتني بالرضيع.</translation>
    </message>
    <message>
        <source>Feeling flat or overwhelmed for weeks after a birth is common. Help exists: your GP, Kind en Gezin, 106.</source>
        <translation>الشعور بالفتور أو الإرهاق لأسابيع بعد الولادة أمر شائع. المساعدة متوفرة: طبيبك العام، Kind en Gezin، الرقم 106.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents' routine.</source>
        <translation>تغيّرت نصائح النوم الآمن: على الظهر، في سرير فارغ. اتبع روتين الوالدين.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <translation>يحقّ لك أيضًا كجدّ أو جدّة أن تبتعد قليلًا. وضع الرضيع في مكان آمن مسموح دائمًا.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <translation>هل صرخت أو أمسكت الطفل بعنف؟ لم يفت الأوان أبدًا للتحدث عن ذلك والتصالح مع الطفل.</translation>
    </message>
    <message>
        <source>1712 also helps people who sometimes use violence, anonymously.</source>
        <translation>يساعد خط 1712 أيضًا، دون الكشف عن الهوية، الأشخاص الذين يلجؤون أحيانًا إلى العنف.</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>رضيع يبكي</translation>
    </message>
    <message>
        <source>Won't sleep</source>
        <translation>لا يريد النوم</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>نوبة غضب</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>الرضاعة والوجبات</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>مجموعة صاخبة في الحضانة</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>منهك</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>بعد ذلك</translation>
    </message>
</context>
<context>
    <name>UsageExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>تعذّر فتح سجل الاستخدام: الملف المُصدَّر فارغ.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>كُتبت الأعداد الأسبوعية في %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>The administrator's PIN shows the record of pauses.</source>
        <translation>يتيح رمز PIN الخاص بالمسؤول الاطلاع على سجل الاستراحات.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>يتحقق من رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>لم يُضبط رمز PIN للمسؤول على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>مفتوح حتى يُغلق Pauzeknop.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>رمز PIN هذا غير صحيح. انتظر %1 ث ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>رمز PIN هذا غير صحيح. يُرجى المحاولة مرة أخرى.</translation>
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
        <translation>قليلًا بعد</translation>
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
        <source>Well done</source>
        <translation>أحسنت</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>متبقٍّ %1:%2</translation>
    </message>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>ما عليك فعله الآن: شهيق أو حبس النفس أو زفير.</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>عُدّ ببطء</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>جولة إضافية</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+ دقيقة</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>يطيل جلسة التنفس هذه قليلًا.</translation>
    </message>
    <message>
        <source>I'm done breathing</source>
        <translation>انتهيت من التنفس</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>يوقف المؤقت ويسألك عن شعورك.</translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>نصيحة: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>أحسنت.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>لقد أخذت استراحة. كان ذلك جيدًا لك ولطفلك.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>تنفّس مرة أخرى</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>يبدأ جولة تنفس أخرى.</translation>
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
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>كيف تشعر الآن؟</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>أهدأ</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>يعرض كلمة دافئة ونصيحة وطريق العودة.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>ما زلت متوترًا</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>يقترح جولة أخرى أو تمرينًا آخر أو بضع دقائق بعيدًا.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>أحتاج إلى مساعدة</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>يعرض من يمكنك الاتصال به، بدءًا بالرقم 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>أشخاصك</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>اكتب الآن من يمكنك الاتصال به عندما يصبح الأمر أكثر من اللازم: شريك، جار، صديق.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>الاتصال بـ %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>يفتح تطبيق الهاتف للاتصال بـ %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>إعداد خطتي عند البكاء</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>تعديل خطتي عند البكاء</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>الأشخاص الذين تريد الاتصال بهم، محفوظون على هذا الحاسوب فقط. يمكنك طباعتها.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>حُفظ باسم %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>تعذّر حفظ %1. جرّب مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>حفظ خطة البكاء بصيغة PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>خطة-البكاء</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>اسم الشخص %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>شخص يمكنك الاتصال به عندما يصبح الأمر أكثر من اللازم.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>رقم هاتف الشخص %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>الرقم الذي يُتّصل به.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>ملاحظة، مثلًا: يسكن في الجوار</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>ملاحظة عن الشخص %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>أي شيء يساعد، مثل متى يمكنك الاتصال.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>إزالة الشخص %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>يزيل هذا الشخص من خطتك.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>خطتي عند البكاء</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>بمن يمكنك الاتصال عندما يصبح الأمر أكثر من اللازم؟ يبقى هذا على هذا الحاسوب فقط. اطبعه للثلاجة وللأجداد ولجليسي الأطفال.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>يضيف سطرًا فارغًا لشخص آخر.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>طباعة خطة البكاء</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>يطبع خطتك مع ما يجب فعله ومن تتصل به.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>يحفظ خطتك كملف PDF للطباعة أو المشاركة.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
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
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>اختر تمرين تنفس</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Rounds: %1</source>
        <translation>عدد الجولات: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>الدقائق: %1</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>مدة التنفس.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>إنشاء نمطي الخاص</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>حدّد بنفسك ثواني الشهيق وحبس النفس والزفير.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>ابدأ التنفس</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>يبدأ التمرين المختار للمدة المختارة.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>أيضًا: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>مفتوح الآن: %1، %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>الدردشة: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>دون كشف الهوية</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>تعذّر تأكيد هذه البيانات مؤخرًا. تحقّق من الموقع الإلكتروني قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>تم التحقق في %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>الاتصال بـ %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>يفتح تطبيق الهاتف للاتصال بـ %1 على الرقم %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>نسخ الرقم</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>نسخ رقم %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>يضع %1 في الحافظة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>يفتح %1 في متصفح الويب.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>رمز QR للاتصال بـ %1</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to call %1.</source>
        <translation>امسحه بكاميرا هاتفك للاتصال بالرقم %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>مفتوح الآن حتى %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>مفتوح الآن حتى %1 الساعة %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>مغلق الآن، يفتح الساعة %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>مغلق الآن، يفتح غدًا الساعة %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>مغلق الآن، يفتح يوم %1 الساعة %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>الساعات غير معروفة</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>لا يستطيع هذا الحاسوب إجراء مكالمات. اطلب %1 من هاتف، أو امسح رمز QR.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>تم نسخ الرقم.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Brussels</source>
        <translation>بروكسل</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>والونيا</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>المجموعة الناطقة بالألمانية</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>فلاندرز</translation>
    </message>
    <message>
        <source>Your contact person here.</source>
        <translation>الشخص المسؤول عن التواصل هنا.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>الشخص المسؤول عن التواصل في %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>الساعات: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>من يمكنه المساعدة</translation>
    </message>
    <message>
        <source>Where you live:</source>
        <translation>مكان سكنك:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Shows the helplines for this region.</source>
        <translation>يعرض خطوط المساعدة لهذه المنطقة.</translation>
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
    <message>
        <source>Tips</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>نصائح قصيرة للحظات الصعبة، مع مصدرها.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>من يمكنه المساعدة</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>خطوط المساعدة المفتوحة الآن، وأشخاصك الذين يمكنك الاتصال بهم.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>اللغة والصوت وحجم النص والمزيد.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>استراحاتي</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>شاهد استراحاتك: متى أخذتها، وكيف شعرت بعدها، وما الذي ساعدك.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>تنفّس</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>يفتح تمرين تنفس على الفور.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>استراحاتي</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>الاستراحات في كل أسبوع</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>وقت اليوم</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>كيف شعرت بعد الاستراحة</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>التمارين التي استخدمتها أكثر</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>النصائح التي ساعدتك</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>لا توجد استراحات بعد، ولا بأس في ذلك. كلما أخذت استراحة سترى هنا متى أخذتها وما الذي ساعدك. كل استراحة لها قيمتها.</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>أسبوع %1: %2</translation>
    </message>
    <message>
        <source>%1:00: %2</source>
        <translation>الساعة %1:00: %2</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>أهدأ</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>ما زلت متوترًا</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>احتجت إلى مساعدة</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2 مرة)</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>لم يكتمل أي تمرين تنفس بعد.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>لم تُحدَّد أي نصيحة على أنها مفيدة بعد.</translation>
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
    <name>pk::NeedHelpPage</name>
    <message>
        <source>In danger, or is someone hurt? Call 112 now.</source>
        <translation>هل هناك خطر أو إصابة؟ اتصل بالرقم 112 الآن.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>اتصل بالرقم 112</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>رقم الطوارئ: الشرطة والإسعاف والإطفاء.</translation>
    </message>
    <message>
        <source>This computer cannot dial. Use a phone and call 112.</source>
        <translation>لا يمكن لهذا الحاسوب الاتصال. استخدم هاتفًا واتصل بالرقم 112.</translation>
    </message>
    <message>
        <source>You can also call someone who listens:</source>
        <translation>يمكنك أيضًا الاتصال بشخص يستمع إليك:</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>أشخاصي وكل خطوط المساعدة</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>ينهي الاستراحة ويفتح «من يمكنه المساعدة»: الأشخاص الذين يمكنك الاتصال بهم، وكل خط مع الاتصال والنسخ ورمز QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>العودة إلى طفلي</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>ينهي الاستراحة ويعود إلى شاشة البداية.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>نمطي الخاص، بالثواني</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>ثوانٍ، من 0 إلى 12، بخطوات نصف ثانية.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>احفظ وتنفّس</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>يحفظ هذا النمط ويبدأ التنفس به.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>العودة إلى قائمة التمارين.</translation>
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
    <name>pk::PrivacyControls</name>
    <message>
        <source>Keep track of my pauses on this computer</source>
        <translation>احتفظ بسجل استراحاتي على هذا الحاسوب</translation>
    </message>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>عند إيقاف هذا الخيار لا يُسجَّل شيء جديد. ويبقى ما سُجِّل من قبل إلى أن تحذفه.</translation>
    </message>
    <message>
        <source>Keep them for</source>
        <translation>الاحتفاظ بها لمدة</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 يومًا</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 يومًا</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>إلى الأبد</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>تُحذف الملاحظات الأقدم في كل مرة يبدأ فيها Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>حفظ ملخّص…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>حفظ ملخّص</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>يحفظ الأعداد لكل أسبوع في ملف تختاره: جدول بيانات (CSV) أو JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>عن خصوصيتك</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>ما الذي يُسجَّل، وأين، وما الذي لا يُسجَّل أبدًا.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>حذف كل شيء</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>يحذف كل الملاحظات عن استراحاتك من هذا الحاسوب. سنسألك أولًا.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>جدول بيانات (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>حذف كل شيء؟</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>ستُحذف كل الملاحظات عن استراحاتك على هذا الحاسوب، ولا يمكن التراجع عن ذلك. ستبقى الاستراحة تعمل كالمعتاد.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>أبقِ استراحاتي</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>حُذف كل شيء.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>تعذّر حذف أي شيء: هذا السجل للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>خصوصيتك</translation>
    </message>
    <message>
        <source>the app's own folder</source>
        <translation>مجلد التطبيق الخاص</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>ما الذي يُسجَّل</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>أين يُحفظ</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>ما الذي لا يُسجَّل أبدًا</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>كم من الوقت يُحفظ</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>من يستطيع رؤيته</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>ما ليس Pauzeknop</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>ما حدث فقط، ولا شيء عن هويتك: أن استراحة بدأت، وأي تمرين تنفس أجريت، وكيف شعرت بعدها (أهدأ، ما زلت متوترًا، احتجت إلى مساعدة)، وأي النصائح ساعدتك. كل ملاحظة تحفظ الساعة فقط، لا الدقيقة.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>على هذا الحاسوب فقط، في ملف واحد: %1. لا يستخدم Pauzeknop الإنترنت أبدًا، فلا يُرسَل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>Your name, your child's name, the computer's name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>اسمك، واسم طفلك، واسم الحاسوب، وأي شيء تكتبه، والأشخاص في خطتك الخاصة، وعناوين النوافذ وأسماء الملفات.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>أنت تختار: 30 يومًا أو 90 يومًا أو سنة أو إلى الأبد. تُحذف الملاحظات الأقدم في كل مرة يبدأ فيها Pauzeknop. ويمكنك من صفحة «استراحاتي» إيقاف التسجيل أو حذف كل شيء.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator's PIN.</source>
        <translation>الأشخاص الذين يستخدمون هذا الحاسوب فقط. إذا حفظت ملخّصًا فهو يضم أعدادًا لكل أسبوع، لا لحظات منفردة. على الحاسوب المشترك تُخفى الأعداد الأقل من 5 وتحتاج صفحة «استراحاتي» إلى رمز المسؤول.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>يساعدك Pauzeknop على أخذ لحظة هدوء. لا يشخّص ولا يعالج أي شيء. إذا كنت أنت أو طفلك في خطر فاتصل بالرقم 112.</translation>
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
        <translation>طفلي في أمان. لنتنفس</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>يبدأ تمرين التنفس.</translation>
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
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>مقفل. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>مثل الحاسوب</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>للمسؤول</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>لغة Pauzeknop. تتغير فورًا.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>من أنا</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>تخاطبك الاستراحة والنصائح.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>أحد الأجداد</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>عامل في رعاية الأطفال</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>أين أسكن</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>خطوط المساعدة التي تظهر.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>فلاندرز</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>بروكسل</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>والونيا</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>المجموعة الناطقة بالألمانية</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>هولندا</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>الاستراحة</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>اسأل أولًا: هل طفلك في أمان؟</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>قبل التنفس، تطلب منك بطاقة أن تضع طفلك في مكان آمن.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>تمرين التنفس</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>التمرين الذي تبدأ به الاستراحة.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>مدة التنفس</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>يمكنك التوقف قبل ذلك دائمًا.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>أصوات هادئة</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>نغمة هادئة عندما يحين وقت الشهيق أو الزفير.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>منخفض، كي يبقى الرضيع النائم نائمًا.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>كلمات منطوقة</translation>
    </message>
    <message>
        <source>A calm voice says "breathe in" and "breathe out".</source>
        <translation>صوت هادئ يقول "شهيق" و"زفير".</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>الرؤية</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>حركة أقل</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>شريط يمتلئ بدلًا من دائرة تكبر.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>أبيض وأسود، بحواف واضحة.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>نص أكبر في كل مكان.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>التشغيل مع حاسوبي</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>ينتظر Pauzeknop بهدوء في علبة النظام، على بعد نقرة واحدة.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>احتفظ بسجل لاستراحاتي</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>متى وكم من الوقت فقط، وليس من أبدًا. يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>احتفظ بالسجل لمدة</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>تُحذف الاستراحات الأقدم تلقائيًا.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 يومًا</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 يومًا</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>حتى أحذفه</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>هذا حاسوب مشترك. لا تُحفظ هنا جهات اتصال شخصية، وسجل الاستراحات للمسؤول فقط.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>أعدّه %1.</translation>
    </message>
    <message>
        <source>Some lines of the organisation's settings file were ignored:</source>
        <translation>تم تجاهل بعض أسطر ملف إعدادات المؤسسة:</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>نصيحة: %1</translation>
    </message>
    <message>
        <source>That's OK. Take a little more time.</source>
        <translation>لا بأس. خذ وقتًا أطول قليلًا.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>جولة أخرى</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>يعيد التمرين نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>تمرين آخر</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>يتيح لك اختيار تمرين تنفس آخر.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>الابتعاد لبضع دقائق</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>مؤقت لمدة 2 أو 5 أو 10 دقائق يذكّرك بأن تتفقد طفلك.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>This helped</source>
        <translation>هذا ساعدني</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>يُعلم Pauzeknop، دون كشف هويتك، أن هذه النصيحة ساعدتك.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ محفوظة</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ حفظ</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>محفوظة في نصائحي</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>حفظ في نصائحي</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>هذه النصيحة في قائمتك. اضغط لإزالتها.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>يحفظ هذه النصيحة في قائمتك، على هذا الحاسوب فقط.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>نصائح للوالدين</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>نصائح للأجداد</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>نصائح للعاملين في رعاية الأطفال</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>نصائح لكل من يعتني بطفل</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>يعرض النصائح لهذه اللحظة.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>لا توجد نصائح هنا بعد.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>النصائح التي تحفظها بـ ☆ تظهر هنا.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>عرض كل النصائح</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>يعرض أيضًا النصائح المكتوبة للوالدين والأجداد والعاملين في رعاية الأطفال.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ نصائحي</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>نصائحي</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>النصائح التي حفظتها.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>استراحة الآن</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>تنفّس</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>من يمكنه المساعدة</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>افتح Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: انقر لأخذ استراحة</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop ما زال هنا</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>عندما تحتاج إلى استراحة، انقر على الأيقونة هنا. تجد "إنهاء" في قائمتها.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>تسجيل استراحاتك متوقف. لا يُسجَّل شيء جديد.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>تعذّرت قراءة سجل استراحاتك السابق، فبدأنا سجلًا جديدًا. احتُفظ بالملف القديم باسم %1. الاستراحة تعمل كالمعتاد.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>لا يمكن حفظ استراحاتك في هذا المجلد الآن. ستبقى محفوظة حتى يُغلق Pauzeknop. الاستراحة تعمل كالمعتاد.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>حُفظ سجل استراحاتك بإصدار أحدث من Pauzeknop. يمكنك الاطلاع عليه، لكن لن يُضاف إليه شيء جديد حتى تحدّث التطبيق. الاستراحة تعمل كالمعتاد.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Minutes left: %1</source>
        <translation>الدقائق المتبقية: %1</translation>
    </message>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>خذ بضع دقائق لنفسك.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>تأكد من أن طفلك في أمان، ثم اخرج من الغرفة. سنخبرك عندما يحين وقت تفقّده.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقائق</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>يبدأ عدًّا تنازليًا هادئًا. سنخبرك متى تذهب لتتفقّد طفلك.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>تنفّس واشرب بعض الماء. تفقّد طفلك في النهاية.</translation>
    </message>
    <message>
        <source>I'm back</source>
        <translation>لقد عدت</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>يوقف العدّ التنازلي الآن.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>اذهب الآن وتفقّد طفلك.</translation>
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
</TS>