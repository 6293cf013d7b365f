<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BreathingCatalog</name>
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
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>الفتح على «من يمكنه المساعدة»: خطوط المساعدة والمقرّبون منك الذين يمكنك الاتصال بهم.</translation>
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
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>استخدم اللغة &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>لغة غير معروفة: %1. اختر واحدة من: %2.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>نصيحة من فريق Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>يتحدثون %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1، باللغة %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>التنفس الهادئ</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>شهيق لمدة 4 ثوانٍ وزفير لمدة 6، ببطء وهدوء.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>لا تحبس نفَسك. تنفّس بلطف، لا بعمق.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>التنهيدة الفسيولوجية</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>خذ شهيقًا، ثم شهيقًا ثانيًا صغيرًا فوقه، ثم أخرج الهواء كله ببطء.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>توقّف إذا شعرت بدوار.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>تنفس الرنين</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>شهيق 5.5 ثانية وزفير 5.5: نحو ستة أنفاس في الدقيقة. الأفضل أن تستمر خمس دقائق أو أكثر.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>تنفّس بلطف، لا بعمق.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>التنفس المربع</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>شهيق 4 ثوانٍ، احبس 4، زفير 4، احبس 4، مثل أضلاع المربع.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>اجلس أولًا، ولا تحبس نفَسك أبدًا وأنت تحمل طفلك. في حالة الحمل أو مرض في القلب أو الرئتين، اختر «التنفس الهادئ» بدلًا منه.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>التنفس المربع القصير</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>مربع أخف: شهيق 3 ثوانٍ، احبس 3، زفير 3، احبس 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>اجلس أولًا، ولا تحبس نفَسك أبدًا وأنت تحمل طفلك. في حالة الحمل أو مرض في القلب أو الرئتين، اختر «التنفس الهادئ» بدلًا منه.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>تنفس 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>شهيق 4 ثوانٍ، احبس 7، زفير 8. أربع جولات على الأكثر.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>اجلس أولًا، ولا تحبس نفَسك أبدًا وأنت تحمل طفلك. في حالة الحمل أو مرض في القلب أو الرئتين، اختر «التنفس الهادئ». قد يسبب دوارًا خفيفًا، ولم يُختبر في دراسات.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>العدّ إلى عشرة</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>عُدّ ببطء من 1 إلى 10 وأنت تزفر، قبل أن تفعل أي شيء آخر.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>قصير عن قصد: من عشر إلى ثلاثين ثانية. ثم ضع طفلك في مكان آمن إن احتجت إلى وقت أطول.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>خطر داهم، أو إصابة، أو طفل مصاب أو مريض جدًا. الشرطة: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>طبيب المناوبة عندما تكون عيادة طبيب العائلة مغلقة: في عطلة نهاية الأسبوع والعطل الرسمية، وفي ليالي أيام الأسبوع في معظم المناطق. من هاتف بشريحة SIM أجنبية: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733، طبيب المناوبة</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>طبيب المناوبة في عطلة نهاية الأسبوع (من الجمعة الساعة 19:00 إلى الاثنين الساعة 08:00) وفي العطل الرسمية. في ليالي أيام الأسبوع لا يُستخدم 1733 هنا: اسأل عيادة طبيب العائلة عن الطبيب المناوب. من هاتف بشريحة SIM أجنبية: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733، طبيب المناوبة في عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>العنف والإساءة وإساءة معاملة الأطفال: لكل من يشعر بالقلق، ولمن يلجؤون أحيانًا إلى العنف بأنفسهم. لا داعي لذكر اسمك. ليس خط طوارئ.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>للمهنيين القلقين على طفل: يقدّم Vertrouwenscentrum Kindermishandeling في مقاطعتك، أو في بروكسل، النصيحة والمساعدة. مجاني.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>مركز Vertrouwenscentrum Kindermishandeling في مقاطعتك</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>خط استماع لكل من يحتاج إلى التحدث، ولا داعي لذكر اسمك.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>لكل من تراوده أفكار الانتحار، ولمن يقلق على شخص ما. ليلًا ونهارًا.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>أسئلة حول الرضّع والأطفال الصغار ورعاية الأطفال.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>خط Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>خط استماع لكل من يحتاج إلى التحدث، ليلًا ونهارًا، ولا داعي لذكر اسمك.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>خط للأزمات لكل من تراوده أفكار الانتحار، ولمن يقلق على شخص ما. ليلًا ونهارًا.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>العنف بين الشريكين: للضحايا، ولمن يمارسون العنف، وللأطفال والشهود. خارج ساعات عمله تُحوَّل المكالمات إلى Télé-Accueil (107). ليس خط طوارئ.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>فرق تساعد عندما قد يتعرض طفل للأذى، وتساعد أيضًا الوالدين الذين يخافون أن يؤذوا طفلهم. لكل منطقة فريقها: ابحث عن فريقك على موقع ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>فريق SOS Enfants في منطقتك</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>للأطفال والشباب، وللبالغين القلقين على طفل. مجاني، ولا داعي لذكر اسمك.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>خط استماع لكل من لديه هموم أو يمر بأزمة، ليلًا ونهارًا، ولا داعي لذكر اسمك.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>خطر داهم، أو إصابة، أو طفل مصاب أو مريض جدًا.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>لكل من تراوده أفكار الانتحار، ولمن يقلق على شخص ما. مجاني، ولا داعي لذكر اسمك، ليلًا ونهارًا.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>خط استماع لكل من يحتاج إلى التحدث، ليلًا ونهارًا.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>العنف الأسري وإساءة معاملة الأطفال: نصائح للضحايا والشهود ولمن يمارسون العنف بأنفسهم. يمكنك ألّا تذكر اسمك.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>طبيب العائلة المناوب في المساء والليل وعطلة نهاية الأسبوع والعطل الرسمية. لكل منطقة رقمها الخاص: تجده في الرسالة الهاتفية لطبيب العائلة أو على موقعه. لا يوجد رقم وطني.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>مركز huisartsenpost في منطقتك</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>ضع طفلك في مكان آمن: على ظهره في سرير فارغ أو سرير لعب. ثم اخرج من الغرفة.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>لا بأس بباب مغلق لبضع دقائق. عُد وألقِ نظرة كل 5 إلى 10 دقائق.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>هل تشعر برغبة في الهزّ أو الإمساك بقوة أو الضرب؟ هذه إشارتك: ضع طفلك واخرج قليلًا.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>لا تهزّ طفلًا ولا ترمه ولا تضربه أبدًا، ولا حتى مرة واحدة. قد يسبّب هزّ الرضيع تلفًا في الدماغ أو الوفاة.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>تنفّس ببطء لمدة دقيقة: شهيق من الأنف، ثم زفير بطيء.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>عُدّ ببطء حتى عشرة قبل أن تفعل أي شيء آخر.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>اذهب إلى غرفة أخرى. اشرب بعض الماء أو الشاي، أو رشّ ماءً باردًا على وجهك.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>قل بصوت عالٍ: «وصلتُ إلى حدّي. سآخذ خمس دقائق.»</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>اتصل بشخص ما: شريكك أو جار أو صديق، أو {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>اتصل بشخص ما: شريكك أو جار أو صديق.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>طلب المساعدة قوة وليس ضعفًا.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>هل تظن أن طفلك مصاب أو مريض؟ اتصل بالرقم 112. ليست حالة طارئة لكنها لا تحتمل الانتظار؟ اتصل بـ {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>هل تظن أن طفلك مصاب أو مريض؟ اتصل بالرقم 112. ليست حالة طارئة لكنها لا تحتمل الانتظار؟ اتصل بطبيب.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>يزداد البكاء ابتداءً من عمر أسبوعين تقريبًا، ويبلغ ذروته في عمر 6 إلى 8 أسابيع. ثم يقلّ.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>كثرة البكاء أمر طبيعي لدى الرضيع الصغير. ليس ذنبك.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>تحقّق من الأساسيات مرة واحدة: الجوع، الحفاض، الحرّ أو البرد، التعب. ثم توقّف عن البحث عن سبب.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>جرّب شيئًا هادئًا واحدًا في كل مرة: الدندنة أو الغناء، ملامسة الجلد للجلد، نزهة بعربة الأطفال، حمّام دافئ.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>بعض البكاء لا يمكن إيقافه. البكاء نفسه لا يؤذي طفلك، وسيتوقف.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>بكاء يبدو غير معتاد، أو حمّى، أو رفض الرضاعة: راجع الطبيب.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>ضع الرضيع في سريره وأبقِ يدك على بطنه، أو انتظر حتى يغطّ في نوم عميق.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>منهك؟ ضع الرضيع في سريره الخاص قبل أن ترتاح.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>لا تغفُ أبدًا والرضيع معك على الأريكة أو على كرسي بذراعين.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>اطلب من شريكك أو من أحد الأجداد أن يتولّى الأمر لبعض الوقت.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>نوبات الغضب مرحلة طبيعية. معظمها ينتهي في أقل من 15 دقيقة.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>حافظ على سلامة الطفل، وابقَ قريبًا منه، ودع النوبة تمرّ دون جدال.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>سمِّ الشعور والحدّ بكلمات قليلة: «أنت غاضب. الضرب يؤلم، سأوقفك.»</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>لا تستطيع البقاء هادئًا؟ إن كان الطفل في أمان، فابتعد دقيقة أو دقيقتين.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>ابحث عمّا وراء ذلك: الجوع، التعب، كثرة المثيرات.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>بعد ذلك، أعد التواصل مع طفلك، وامدحه في المرة القادمة التي تسير فيها الأمور على ما يرام.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>توقّف عندما يُظهر الطفل أنه شبع. لا تُجبره على الأكل أبدًا.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>الوجبة المرفوضة ليست فشلًا. ستكون هناك وجبة أخرى.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>هل تنتهي الوجبات بالبكاء مرة بعد مرة؟ اسأل {line:parenting} أو طبيب العائلة.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>هل تنتهي الوجبات بالبكاء مرة بعد مرة؟ اسأل طبيب العائلة أو مركز صحة الطفل.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>اتفق مع زملائك على إشارة تعني: تولَّ الأمر، أحتاج دقيقتين.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>لا تترك المجموعة دون إشراف أبدًا. اطلب أولًا من زميل أن يتولّى الأمر.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>وحدك مع المجموعة؟ أمّن الجميع أولًا: الرضّع في أسرّتهم، والصغار جالسون مع نشاط هادئ.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>بعد أن يصبح الجميع في أمان، اتصل بمديرك أو بالشخص الاحتياطي.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>الرضّع يثيرون بكاء بعضهم بعضًا. هذا بسبب الغرفة، لا بسببك.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>بعد لحظة صعبة، تحدّث عنها مع زميل أو مع مديرك.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>قلق من طريقة تعاملك أنت أو أحد زملائك مع طفل؟ أخبر مديرك واتبع إجراءات مؤسستك. يمكنك أيضًا طلب النصيحة من {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>قلق من طريقة تعاملك أنت أو أحد زملائك مع طفل؟ أخبر مديرك واتبع إجراءات مؤسستك.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>اطلب مساعدة ملموسة: وجبة، أو ربع ساعة من رعاية الطفل.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>أعدّ خطة للبكاء مسبقًا: ثلاثة أشياء مهدّئة، ومن تتصل به، وأين يوضع الرضيع.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>شارك قاعدة «لا هزّ أبدًا» وخطتك مع كل من يعتني بالرضيع.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>البكاء بسهولة أو الشعور بالفتور في الأسبوعين الأولين بعد الولادة أمر شائع. هل يستمر ذلك أطول، أو تراودك أفكار بإيذاء نفسك أو طفلك؟ راجع طبيب العائلة اليوم، أو اتصل بـ {line:crisis}، ليلًا ونهارًا.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>البكاء بسهولة أو الشعور بالفتور في الأسبوعين الأولين بعد الولادة أمر شائع. هل يستمر ذلك أطول، أو تراودك أفكار بإيذاء نفسك أو طفلك؟ راجع طبيب العائلة اليوم. في خطر الآن؟ اتصل بالرقم 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>تغيّرت نصائح النوم الآمن: على الظهر، في سرير فارغ. اتبع روتين الوالدين.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>يحقّ لك أيضًا كجدّ أو جدّة أن تبتعد قليلًا. وضع الرضيع في مكان آمن مسموح دائمًا.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>هل هززت طفلك أو ضربته، أو يبدو طفلك متوعكًا الآن (ناعس جدًا، جسمه مرتخٍ، يتقيأ، لا يرضع، يتشنّج)؟ اتصل بالرقم 112 الآن وأخبرهم بما حدث.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>هل صرخت أو أمسكت الطفل بعنف؟ لم يفت الأوان أبدًا للتحدث عن ذلك والتصالح مع الطفل.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>هل تخاف أن تؤذي طفلك؟ أخبر طبيب العائلة: يمكنه مساعدتك في إيجاد الدعم. طلب المساعدة قوة.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112، رقم الطوارئ</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712، خط المساعدة في حالات العنف والإساءة</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>خط الاستماع Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>خط الاستماع Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>مركز Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>خط المساعدة Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>خط الاستماع Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>112، رقم الطوارئ</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie</source>
        <comment>helpline-mention:nl-113</comment>
        <translation>113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <source>De Luisterlijn (088 0767 000)</source>
        <comment>helpline-mention:nl-luisterlijn</comment>
        <translation>De Luisterlijn (088 0767 000)</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Call {line:abuse-advice}: they also help people who are afraid of that.</source>
        <comment>tip:afterwards-help-for-you</comment>
        <translation>هل تخاف أن تؤذي طفلك؟ اتصل بـ {line:abuse-advice}: فهم يساعدون أيضًا من يخاف من ذلك.</translation>
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
        <translation>المقرّبون مني</translation>
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
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>ضع هذا السطر في القسم [organisation] من الملف pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>يجب أن يتكون رمز PIN من %n حرف على الأقل؛ لم يُنشأ شيء.
</numerusform>
            <numerusform>يجب أن يتكون رمز PIN من حرف واحد على الأقل؛ لم يُنشأ شيء.
</numerusform>
            <numerusform>يجب أن يتكون رمز PIN من حرفين على الأقل؛ لم يُنشأ شيء.
</numerusform>
            <numerusform>يجب أن يتكون رمز PIN من %n أحرف على الأقل؛ لم يُنشأ شيء.
</numerusform>
            <numerusform>يجب أن يتكون رمز PIN من %n حرفًا على الأقل؛ لم يُنشأ شيء.
</numerusform>
            <numerusform>يجب أن يتكون رمز PIN من %n حرف على الأقل؛ لم يُنشأ شيء.
</numerusform>
        </translation>
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
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: &quot;%2&quot; يأتي قبل أي [قسم] وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: المفتاح &quot;%2&quot; غير معروف وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: &quot;%2&quot; يتوقع %3؛ سيتم تجاهل السطر.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>يُعتمد رمز PIN للمسؤول في السطر %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>لم يُضبط رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>حجم الإعدادات المُدارة أكبر من 1 ميغابايت فلن تُستخدم؛ يستخدم Pauzeknop إعداداته الخاصة.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>يمكن لحسابات غير حساب المسؤول (root) تعديل الإعدادات المُدارة، لذلك لن تُستخدم.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 يتجاوز الحد الأقصى لعدد الأحرف (%2) وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: سبق ضبط &quot;%2&quot; في السطر %3؛ يُعتمد السطر %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: قيمة adminPin ليست تجزئة أنشأها الأمر pauzeknop --hash-pin، وسيتم تجاهلها؛ %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: أُنشئت قيمة adminPin هذه بعدد جولات أقل من %2، ومن السهل تخمينها؛ أنشئ قيمة جديدة باستخدام pauzeknop --hash-pin. سيتم تجاهلها؛ %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>لا توجد مشكلات أخرى غير معروضة في هذا الملف.</numerusform>
            <numerusform>توجد مشكلة أخرى واحدة في هذا الملف لم تُعرض.</numerusform>
            <numerusform>توجد مشكلتان أخريان في هذا الملف لم تُعرضا.</numerusform>
            <numerusform>توجد %n مشكلات أخرى في هذا الملف لم تُعرض.</numerusform>
            <numerusform>توجد %n مشكلة أخرى في هذا الملف لم تُعرض.</numerusform>
            <numerusform>توجد %n مشكلة أخرى في هذا الملف لم تُعرض.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 يذكر قسمًا غير معروف؛ سيتم تجاهل أسطره.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 يأتي قبل أي [قسم] وسيتم تجاهله.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 يحتوي على مفتاح لا يعرفه Pauzeknop وسيتم تجاهله.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1، النصيحة &quot;%2&quot;: هذا المعرّف مستخدم بالفعل؛ تم تخطي هذه النصيحة.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1، خط المساعدة &quot;%2&quot;: هذا المعرّف مستخدم بالفعل؛ تم تخطي جهة الاتصال هذه.</translation>
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
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: المتوقّع كائن يحتوي على &quot;tips&quot; و&quot;helplines&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: تم تجاهل المفتاح غير المعروف &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>النصيحة %1</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>النصيحة %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1، %2: %3؛ تم تخطي هذه النصيحة.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>يجب أن يتكوّن &quot;id&quot; من أحرف لاتينية صغيرة أو أرقام أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>يجب أن تكون &quot;situation&quot; واحدة من: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>&quot;source&quot; مفقود: كل نصيحة تذكر مصدرها</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>خط المساعدة %1</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>خط المساعدة %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1، %2: %3؛ تم تخطي جهة الاتصال هذه.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>&quot;name&quot; مفقود</translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>يجب أن تكون &quot;cost&quot; إما &quot;free&quot; أو &quot;zonal&quot;</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>&quot;emergency&quot; مخصّص للرقم 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>&quot;verified&quot; يتطلّب &quot;verified_on&quot; كتاريخ مثل 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>يجب أن تذكر &quot;channels&quot; طريقة واحدة على الأقل للوصول إليهم</translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>القناة %1: يجب أن يكون &quot;kind&quot; واحدًا من phone أو chat أو sms أو mail أو web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>القناة %1: &quot;%2&quot; ليس %3 صالحًا</translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>القناة %1: لم تُفهم الساعات &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>&quot;%1&quot; مفقود أو فارغ</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;%1&quot; أطول من %n حرف</numerusform>
            <numerusform>&quot;%1&quot; أطول من حرف واحد</numerusform>
            <numerusform>&quot;%1&quot; أطول من حرفين</numerusform>
            <numerusform>&quot;%1&quot; أطول من %n أحرف</numerusform>
            <numerusform>&quot;%1&quot; أطول من %n حرفًا</numerusform>
            <numerusform>&quot;%1&quot; أطول من %n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>يجب أن يكون &quot;%1&quot; نصًا واحدًا باللغة الإنجليزية: تمرّ الترجمات عبر ملفات .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>في &quot;%1&quot; أكثر من %n لغة</numerusform>
            <numerusform>في &quot;%1&quot; أكثر من لغة واحدة</numerusform>
            <numerusform>في &quot;%1&quot; أكثر من لغتين</numerusform>
            <numerusform>في &quot;%1&quot; أكثر من %n لغات</numerusform>
            <numerusform>في &quot;%1&quot; أكثر من %n لغةً</numerusform>
            <numerusform>في &quot;%1&quot; أكثر من %n لغة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>يجب أن يكون &quot;%1&quot; في &quot;%2&quot; نصًا من %n حرف على الأكثر تحت رمز لغة مثل &quot;nl&quot;</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; في &quot;%2&quot; نصًا من حرف واحد على الأكثر تحت رمز لغة مثل &quot;nl&quot;</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; في &quot;%2&quot; نصًا من حرفين على الأكثر تحت رمز لغة مثل &quot;nl&quot;</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; في &quot;%2&quot; نصًا من %n أحرف على الأكثر تحت رمز لغة مثل &quot;nl&quot;</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; في &quot;%2&quot; نصًا من %n حرفًا على الأكثر تحت رمز لغة مثل &quot;nl&quot;</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; في &quot;%2&quot; نصًا من %n حرف على الأكثر تحت رمز لغة مثل &quot;nl&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>يجب أن يكون &quot;%1&quot; قائمة من 1 إلى %n عنصر</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; قائمة من عنصر واحد</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; قائمة من عنصر واحد أو عنصرين</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; قائمة من 1 إلى %n عناصر</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; قائمة من 1 إلى %n عنصرًا</numerusform>
            <numerusform>يجب أن يكون &quot;%1&quot; قائمة من 1 إلى %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>يحتوي &quot;%1&quot; على &quot;%2&quot;: استخدم أحرفًا لاتينية صغيرة وأرقامًا و&apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>يجب أن يكون &quot;%1&quot; قائمة من %2 (وُجد &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>يجب أن يكون &quot;%1&quot; عنوان ويب (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1، %2: تم تجاهل المفتاح غير المعروف &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>يذكر &quot;text&quot; خطًا باستخدام {line:...}، لذا يجب أن يقول &quot;text_without_line&quot; الشيء نفسه لمنطقة لا يوجد فيها هذا الخط</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>يجب ألّا يذكر &quot;text_without_line&quot; أي خط</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>يجب أن يذكر النص &quot;%1&quot; الخطوط نفسها التي تذكرها النصوص الأخرى</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;source&quot; أطول من %n حرف</numerusform>
            <numerusform>&quot;source&quot; أطول من حرف واحد</numerusform>
            <numerusform>&quot;source&quot; أطول من حرفين</numerusform>
            <numerusform>&quot;source&quot; أطول من %n أحرف</numerusform>
            <numerusform>&quot;source&quot; أطول من %n حرفًا</numerusform>
            <numerusform>&quot;source&quot; أطول من %n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>يجب أن تكون &quot;channels&quot; قائمة من %n طريقة للتواصل على الأكثر</numerusform>
            <numerusform>يجب أن تكون &quot;channels&quot; قائمة من طريقة واحدة للتواصل على الأكثر</numerusform>
            <numerusform>يجب أن تكون &quot;channels&quot; قائمة من طريقتين للتواصل على الأكثر</numerusform>
            <numerusform>يجب أن تكون &quot;channels&quot; قائمة من %n طرق للتواصل على الأكثر</numerusform>
            <numerusform>يجب أن تكون &quot;channels&quot; قائمة من %n طريقةً للتواصل على الأكثر</numerusform>
            <numerusform>يجب أن تكون &quot;channels&quot; قائمة من %n طريقة للتواصل على الأكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>القناة %1: &quot;hours&quot; أطول من %n حرف</numerusform>
            <numerusform>القناة %1: &quot;hours&quot; أطول من حرف واحد</numerusform>
            <numerusform>القناة %1: &quot;hours&quot; أطول من حرفين</numerusform>
            <numerusform>القناة %1: &quot;hours&quot; أطول من %n أحرف</numerusform>
            <numerusform>القناة %1: &quot;hours&quot; أطول من %n حرفًا</numerusform>
            <numerusform>القناة %1: &quot;hours&quot; أطول من %n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;name&quot; أطول من %n حرف</numerusform>
            <numerusform>&quot;name&quot; أطول من حرف واحد</numerusform>
            <numerusform>&quot;name&quot; أطول من حرفين</numerusform>
            <numerusform>&quot;name&quot; أطول من %n أحرف</numerusform>
            <numerusform>&quot;name&quot; أطول من %n حرفًا</numerusform>
            <numerusform>&quot;name&quot; أطول من %n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>التمرين %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1، %2: %3؛ لن يحتفظ هذا التمرين بأي نصوص.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>&quot;id&quot; و&quot;source&quot; مطلوبان</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: يجب أن تكون &quot;version&quot; هي 1؛ ستُقرأ على أنها الإصدار 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: يجب أن يكون &quot;%2&quot; قائمة.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: يحتوي &quot;%2&quot; على %n إدخال؛ تُقرأ أول %3 فقط.</numerusform>
            <numerusform>%1: يحتوي &quot;%2&quot; على إدخال واحد؛ تُقرأ أول %3 فقط.</numerusform>
            <numerusform>%1: يحتوي &quot;%2&quot; على إدخالين؛ تُقرأ أول %3 فقط.</numerusform>
            <numerusform>%1: يحتوي &quot;%2&quot; على %n إدخالات؛ تُقرأ أول %3 فقط.</numerusform>
            <numerusform>%1: يحتوي &quot;%2&quot; على %n إدخالًا؛ تُقرأ أول %3 فقط.</numerusform>
            <numerusform>%1: يحتوي &quot;%2&quot; على %n إدخال؛ تُقرأ أول %3 فقط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... ولا توجد مشكلات أخرى.</numerusform>
            <numerusform>... ومشكلة أخرى لم تُعرض.</numerusform>
            <numerusform>... ومشكلتان أخريان لم تُعرضا.</numerusform>
            <numerusform>... و%n مشكلات أخرى لم تُعرض.</numerusform>
            <numerusform>... و%n مشكلة أخرى لم تُعرض.</numerusform>
            <numerusform>... و%n مشكلة أخرى لم تُعرض.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>SafeExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>الملف %1 رابط أنشأه حساب آخر على هذا الحاسوب، لذلك لم يُكتب فيه شيء. يُرجى اختيار مكان آخر.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>هذا ليس ملفًا يمكن استبداله.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>روابط كثيرة جدًا.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>لم يُفتح الملف.</translation>
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
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>كان ملف إعداداتك كبيرًا جدًا فتعذّرت قراءته، لذلك بدأ Pauzeknop بإعدادات جديدة. احتُفظ بالملف القديم باسم %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>ملف إعداداتك كبير جدًا فتتعذّر قراءته. يستخدم Pauzeknop إعداداته المعتادة في الوقت الحالي.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>تعذّر حفظ هذا الاختيار على هذا الحاسوب (ربما القرص ممتلئ أو للقراءة فقط). سيبقى مستخدمًا حتى يُغلق Pauzeknop.</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>مفتاحًا مثل Ctrl+Alt+P (مع Ctrl أو Alt أو Super)، أو off</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>عدد أحرف لا يتجاوز %n</numerusform>
            <numerusform>عدد أحرف لا يتجاوز %n</numerusform>
            <numerusform>عدد أحرف لا يتجاوز %n</numerusform>
            <numerusform>عدد أحرف لا يتجاوز %n</numerusform>
            <numerusform>عدد أحرف لا يتجاوز %n</numerusform>
            <numerusform>عدد أحرف لا يتجاوز %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>رضيع يبكي</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
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
        <translation>بعد ما حدث</translation>
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
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
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
    <message>
        <source>Checking the PIN...</source>
        <translation>جارٍ التحقق من رمز PIN...</translation>
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
        <translation>شهيق آخر</translation>
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
        <translation>دقيقة إضافية</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>يطيل جلسة التنفس هذه قليلًا.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>انتهيت من التنفس</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>يوقف المؤقت ويسألك عن شعورك.</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>أحسنت. انتهى تمرين التنفس.</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>ثواني هذه الخطوة</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>دائرة التنفس</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>تكبر مع الشهيق، وتصغر مع الزفير.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>شريط التنفس</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>يمتلئ مع الشهيق، ويفرغ مع الزفير.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>لم تبقَ أي دقيقة</numerusform>
            <numerusform>بقيت دقيقة واحدة</numerusform>
            <numerusform>بقيت دقيقتان</numerusform>
            <numerusform>بقيت %Ln دقائق</numerusform>
            <numerusform>بقيت %Ln دقيقة</numerusform>
            <numerusform>بقيت %Ln دقيقة</numerusform>
        </translation>
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
        <translation>المقرّبون منك</translation>
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
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (مُوصى به)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>تمارين أقل</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>تمارين أكثر</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>يعرض تمارين التنفس الأخرى أو يخفيها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln جولة</numerusform>
            <numerusform>جولة واحدة</numerusform>
            <numerusform>جولتان</numerusform>
            <numerusform>%Ln جولات</numerusform>
            <numerusform>%Ln جولة</numerusform>
            <numerusform>%Ln جولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>هل هذا أنت؟ عندها يعرض لك Pauzeknop المساعدة المناسبة.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>أسكن في</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>أب أو أم</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>جدّ أو جدّة</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>عامل في رعاية الأطفال</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>شخص آخر يعتني بطفل</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>تخاطبك النصائح وبطاقة الأمان.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>يعرض Pauzeknop خطوط المساعدة في هذه المنطقة.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>اختر لغة Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>هذا صحيح</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>يحفظ هذه الإجابات. يمكنك تغييرها لاحقًا في الإعدادات.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>يُخفي هذه البطاقة. يحتفظ Pauzeknop بتخمينه، ويمكنك تغييره في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>استراحة الآن: افتح شاشة الاستراحة الهادئة في Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>لا يستطيع هذا الحاسوب إجراء مكالمات. اطلب %1 من هاتف.</translation>
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
        <translation>دون ذكر الاسم</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>تعذّر تأكيد هذه البيانات مؤخرًا. تحقّق من الموقع الإلكتروني قبل الاعتماد عليها.</translation>
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
        <source>Scan with your phone&apos;s camera to call %1.</source>
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
    <message>
        <source>Source checked on %1</source>
        <translation>تم التحقق من المصدر في %1</translation>
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
        <translation>خطوط المساعدة المفتوحة الآن، والمقرّبون منك الذين يمكنك الاتصال بهم.</translation>
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
        <source>No breathing exercise finished yet.</source>
        <translation>لم يكتمل أي تمرين تنفس بعد.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>لم تُحدَّد أي نصيحة على أنها مفيدة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>أسبوع %1: لا استراحات</numerusform>
            <numerusform>أسبوع %1: استراحة واحدة</numerusform>
            <numerusform>أسبوع %1: استراحتان</numerusform>
            <numerusform>أسبوع %1: %Ln استراحات</numerusform>
            <numerusform>أسبوع %1: %Ln استراحة</numerusform>
            <numerusform>أسبوع %1: %Ln استراحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>الساعة %1:00: لا استراحات</numerusform>
            <numerusform>الساعة %1:00: استراحة واحدة</numerusform>
            <numerusform>الساعة %1:00: استراحتان</numerusform>
            <numerusform>الساعة %1:00: %Ln استراحات</numerusform>
            <numerusform>الساعة %1:00: %Ln استراحة</numerusform>
            <numerusform>الساعة %1:00: %Ln استراحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln مرة)</numerusform>
            <numerusform>%1 (مرة واحدة)</numerusform>
            <numerusform>%1 (مرتان)</numerusform>
            <numerusform>%1 (%Ln مرات)</numerusform>
            <numerusform>%1 (%Ln مرة)</numerusform>
            <numerusform>%1 (%Ln مرة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>اضغط المفاتيح الجديدة الآن (Escape للإلغاء)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape للإلغاء)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>اضغط المفاتيح الجديدة الآن، مثلًا Ctrl وAlt وحرفًا معًا. مفتاح Escape يلغي.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>اختر مفتاحًا</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>اضغط على مفتاح المسافة لاختيار مفتاح آخر، ثم اضغط المفاتيح الجديدة.</translation>
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
        <source>Call 112</source>
        <translation>اتصل بالرقم 112</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>رقم الطوارئ: الشرطة والإسعاف والإطفاء.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>المقرّبون مني وكل خطوط المساعدة</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>ينهي الاستراحة ويفتح «من يمكنه المساعدة»: المقرّبون منك الذين يمكنك الاتصال بهم، وكل خط مع الاتصال والنسخ ورمز QR.</translation>
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
        <source>You don&apos;t have to do this alone.</source>
        <translation>لست مضطرًا إلى مواجهة هذا وحدك.</translation>
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
        <source>I&apos;m OK now</source>
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
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>عند إيقاف هذا الخيار لا يُسجَّل شيء جديد. ويبقى ما سُجِّل من قبل إلى أن تحذفه.</translation>
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
        <source>the app&apos;s own folder</source>
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
        <translation>ما لا يفعله Pauzeknop</translation>
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
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>اسمك، واسم طفلك، واسم الحاسوب، وأي شيء تكتبه، والأشخاص في خطتك الخاصة، وعناوين النوافذ وأسماء الملفات.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>أنت تختار: 30 يومًا أو 90 يومًا أو سنة أو إلى الأبد. تُحذف الملاحظات الأقدم في كل مرة يبدأ فيها Pauzeknop. ويمكنك من صفحة «استراحاتي» إيقاف التسجيل أو حذف كل شيء.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>الأشخاص الذين يستخدمون هذا الحاسوب فقط. إذا حفظت ملخّصًا فهو يضم أعدادًا لكل أسبوع، لا لحظات منفردة. على الحاسوب المشترك تُخفى الأعداد الأقل من 5 وتحتاج صفحة «استراحاتي» إلى رمز المسؤول.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>يساعدك Pauzeknop على أخذ لحظة هدوء. لا يشخّص ولا يعالج أي شيء. إذا كنت أنت أو طفلك في خطر فاتصل بالرقم 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>هذه الترجمة مسودة من فريق Pauzeknop: لم يراجعها بعد شخص لغته الأم العربية.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>المساعدة في بروكسل</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>المساعدة في والونيا</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>المساعدة في المجموعة الناطقة بالألمانية</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>المساعدة في هولندا</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>المساعدة في فلاندرز</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>تغيير مكان السكن</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>يعرض خطوط منطقة أخرى. ويستخدمها Pauzeknop بعد ذلك في كل مكان.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>حذف الاستراحات الأقدم؟</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>احذفها</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>أبقِ استراحاتي</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>الاحتفاظ بالسجل لمدة %1 يحذف الآن الاستراحات الأقدم من هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>لن تُحذف أي استراحة. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف استراحة واحدة. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف استراحتان. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف %Ln استراحات. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف %Ln استراحة. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>ستُحذف %Ln استراحة. لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
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
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>ضع طفلك على ظهره في سريره أو في مكان آمن آخر. لا بأس أن تبتعد لبضع دقائق.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>طفلي في أمان. لنتنفس</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>يبدأ تمرين التنفس.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>لا تهزّ الرضيع أبدًا. ضعه في مكان آمن وابتعد قليلًا.</translation>
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
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>صوت هادئ يقول &quot;شهيق&quot; و&quot;زفير&quot;.</translation>
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
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>تم تجاهل بعض أسطر ملف إعدادات المؤسسة:</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>اختصار لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>الكلمات المنطوقة غير متوفرة بهذه اللغة. الأصوات الهادئة ما زالت تعمل.</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>يحتفظ حاسوبك بهذا المفتاح لنفسه. اختر مفتاحًا آخر.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>اختر حرفًا أو رقمًا أو مفتاح F مع Ctrl أو Alt أو مفتاح Windows، حتى لا يعيق المفتاح الكتابة أبدًا.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>استراحة من أي مكان</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>مفتاح واحد يفتح الاستراحة، حتى عندما يكون Pauzeknop في علبة النظام أو خلف نوافذ أخرى.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>مفتاح الاستراحة</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>اسأل النظام مرة أخرى</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>مقفل. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>متوقف. زر الاستراحة وعلبة النظام ما زالا يفتحان الاستراحة.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>نطلب من نظامك إعداد %1. قد تظهر نافذة للتأكيد.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>جارٍ إعداد %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>مفعّل: يفتح نظامك الاستراحة عندما تضغط %1، ما دام Pauzeknop يعمل.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>مفعّل: اضغط %1 في أي مكان لفتح الاستراحة، ما دام Pauzeknop يعمل.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>فعّل «التشغيل مع حاسوبي» ليكون المفتاح جاهزًا دائمًا.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>هذا المفتاح يستخدمه برنامج آخر؛ اختر مفتاحًا آخر.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>لم يُعدّ نظامك المفتاح. لا بأس: زر الاستراحة وعلبة النظام ما زالا يفتحان الاستراحة. يمكنك السؤال مرة أخرى، أو إضافة مفتاح في إعدادات لوحة المفاتيح في نظامك باستخدام الأمر %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>لا يوجد هذا المفتاح في لوحة المفاتيح هذه؛ اختر مفتاحًا آخر.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>لا يسمح هذا النظام لـ Pauzeknop بضبط مفتاح بنفسه. أضف مفتاحًا من الإعدادات &gt; لوحة المفاتيح &gt; عرض الاختصارات وتخصيصها &gt; اختصارات مخصّصة، باستخدام الأمر %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>لا يسمح هذا النظام لـ Pauzeknop بضبط مفتاح بنفسه. أضف مفتاحًا من إعدادات النظام &gt; الاختصارات &gt; إضافة جديد &gt; أمر أو سكربت، باستخدام الأمر %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>لا يسمح هذا النظام لـ Pauzeknop بضبط مفتاح بنفسه. أضف اختصارًا في إعدادات لوحة المفاتيح في نظامك، باستخدام الأمر %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>نصيحة: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
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
        <translation>مؤقت لدقيقتين أو 5 أو 10 دقائق يذكّرك بأن تتفقد طفلك.</translation>
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
        <translation>عندما تحتاج إلى استراحة، انقر على الأيقونة هنا. تجد &quot;إنهاء&quot; في قائمتها.</translation>
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
        <source>Take a few minutes for yourself.</source>
        <translation>خذ بضع دقائق لنفسك.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>تأكد من أن طفلك في أمان، ثم اخرج من الغرفة. سنخبرك عندما يحين وقت تفقّده.</translation>
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
        <source>I&apos;m back</source>
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
        <source>Ends the pause and returns to the start screen.</source>
        <translation>ينهي الاستراحة ويعود إلى شاشة البداية.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>لم تبقَ أي دقيقة</numerusform>
            <numerusform>بقيت دقيقة واحدة</numerusform>
            <numerusform>بقيت دقيقتان</numerusform>
            <numerusform>بقيت %Ln دقائق</numerusform>
            <numerusform>بقيت %Ln دقيقة</numerusform>
            <numerusform>بقيت %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
</context>
</TS>
