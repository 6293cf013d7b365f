<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>الگوی من %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>الگوی خودتان: نفس بکشید، نگه دارید، نفس را بیرون بدهید، نگه دارید.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>اگر سرتان گیج رفت یا حالتان خوب نبود، تمرین را قطع کنید.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: دکمهٔ مکث برای کسانی که از کودکان خردسال مراقبت می‌کنند.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>با صفحهٔ مکث باز می‌شود.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>گزارش استفاده و تنظیمات را در &lt;dir&gt; نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>از زبان &lt;code&gt; استفاده می‌کند: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>پنهان در سینی سیستم شروع می‌شود، آماده برای مکث.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>یک PIN مدیر را از ورودی استاندارد می‌خواند و سطر لازم برای پیکربندی مدیریت‌شده را چاپ می‌کند (برای مدیران سیستم).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>با «چه کسی می‌تواند کمک کند» باز می‌شود: خط‌های کمک و افراد خودتان برای تماس.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>شمار هفتگی گزارش استفاده را در &lt;file&gt; می‌نویسد (CSV، یا JSON برای پسوند json) و بسته می‌شود.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>تمرین تنفس را مستقیم باز می‌کند، اگر [PATTERN] داده شود با همان تمرین: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>همراه با --breathe: تمرین تنفسی که انجام می‌شود.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>برای دیدن گزینه‌هایی که برنامه می‌شناسد، pauzeknop --help را اجرا کنید.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>تمرین تنفس ناشناخته: %1. یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>زبان ناشناخته: %1. یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>آرگومان غیرمنتظره: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>توصیهٔ تیم Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>هلندی</translation>
    </message>
    <message>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <source>German</source>
        <translation>آلمانی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>به زبان %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1، به زبان %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>نفس آرام</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>4 ثانیه نفس بکشید و 6 ثانیه نفس را بیرون بدهید، آهسته و نرم.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>نفس خود را نگه ندارید. نرم نفس بکشید، نه عمیق.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>آه فیزیولوژیک</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>نفس بکشید، روی آن یک نفس کوتاه دیگر هم بکشید، بعد همه را آهسته بیرون بدهید.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>اگر سرتان گیج رفت، تمرین را قطع کنید.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>تنفس رزونانس</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>5.5 ثانیه نفس بکشید، 5.5 ثانیه بیرون بدهید: حدود شش نفس در دقیقه. برای پنج دقیقه یا بیشتر از همه بهتر است.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>نرم نفس بکشید، نه عمیق.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>تنفس مربعی</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>4 ثانیه نفس بکشید، 4 نگه دارید، 4 بیرون بدهید، 4 نگه دارید؛ مثل چهار ضلع یک مربع.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>اول بنشینید، و هرگز وقتی نوزاد در بغل شماست نفس خود را نگه ندارید. حامله هستید، یا بیماری قلبی یا ریوی دارید؟ به جای آن «نفس آرام» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>تنفس مربعی کوتاه</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>مربعی سبک‌تر: 3 ثانیه نفس بکشید، 3 نگه دارید، 3 بیرون بدهید، 3 نگه دارید.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>اول بنشینید، و هرگز وقتی نوزاد در بغل شماست نفس خود را نگه ندارید. حامله هستید، یا بیماری قلبی یا ریوی دارید؟ به جای آن «نفس آرام» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>تنفس 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>4 ثانیه نفس بکشید، 7 نگه دارید، 8 بیرون بدهید. حداکثر چهار دور.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>اول بنشینید، و هرگز وقتی نوزاد در بغل شماست نفس خود را نگه ندارید. حامله هستید، یا بیماری قلبی یا ریوی دارید؟ «نفس آرام» را انتخاب کنید. ممکن است سرتان گیج برود؛ در پژوهش‌ها آزمایش نشده است.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>تا ده بشمارید</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>پیش از هر کار دیگری، هنگام بیرون دادن نفس آهسته از 1 تا 10 بشمارید.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>عمداً کوتاه است: ده تا سی ثانیه. اگر به زمان بیشتری نیاز دارید، بعد فرزندتان را در جای امنی بگذارید.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>خطر فوری، جراحت، یا کودکی که آسیب دیده یا خیلی بیمار است. پلیس: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>پزشک نوبتی، وقتی مطب پزشک خانوادهٔ شما بسته است: آخر هفته‌ها و روزهای تعطیل رسمی، و در بیشتر مناطق شب‌های روزهای کاری. از تلفنی با سیم‌کارت خارجی: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733، پزشک نوبتی</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>پزشک نوبتی در آخر هفته (جمعه ساعت 19:00 تا دوشنبه ساعت 08:00) و روزهای تعطیل رسمی. در شب‌های روزهای کاری، اینجا 1733 راه درست نیست: از مطب پزشک خانوادهٔ خود بپرسید چه کسی نوبت کاری دارد. از تلفنی با سیم‌کارت خارجی: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733، پزشک نوبتی آخر هفته</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>خشونت، بدرفتاری و آزار کودکان: برای هر کسی که نگران است، و برای کسانی که خودشان گاهی خشونت می‌کنند. لازم نیست بگویید چه کسی هستید. خط اضطراری نیست.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>برای کارکنان حرفه‌ای که نگران یک کودک هستند: Vertrouwenscentrum Kindermishandeling ولایت شما، یا بروکسل، راهنمایی و کمک می‌دهد. رایگان.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>Vertrouwenscentrum Kindermishandeling ولایت شما</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>یک خط تلفنی بدون ذکر نام برای هر کسی که نیاز دارد با کسی حرف بزند.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>برای هر کسی که فکر خودکشی دارد، و برای کسانی که نگران کسی هستند. شب و روز.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>سؤال‌هایی دربارهٔ نوزادان، کودکان خردسال و نگهداری از کودک.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>یک خط تلفنی بدون ذکر نام برای هر کسی که نیاز دارد با کسی حرف بزند، شب و روز.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>خط بحران برای هر کسی که فکر خودکشی دارد، و برای کسانی که نگران کسی هستند. شب و روز.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>خشونت میان همسران یا شریک‌های زندگی: برای قربانیان، برای کسانی که خشونت می‌کنند، برای کودکان و شاهدان. بیرون از ساعات کار، تماس‌ها به Télé-Accueil (107) وصل می‌شود. خط اضطراری نیست.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>تیم‌هایی که وقتی ممکن است به کودکی آسیب برسد کمک می‌کنند، همچنین به والدینی که می‌ترسند به فرزندشان آسیب بزنند. هر منطقه تیم خودش را دارد: تیم منطقهٔ خود را در وب‌سایت ONE پیدا کنید.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>تیم SOS Enfants منطقهٔ شما</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>برای کودکان و نوجوانان، و برای بزرگسالانی که نگران یک کودک هستند. رایگان و بدون ذکر نام.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>یک خط تلفنی بدون ذکر نام برای هر کسی که نگرانی دارد یا در بحران است، شب و روز.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>خطر فوری، جراحت، یا کودکی که آسیب دیده یا خیلی بیمار است.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>برای هر کسی که فکر خودکشی دارد، و برای کسانی که نگران کسی هستند. رایگان و بدون ذکر نام، شب و روز.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>یک خط تلفنی برای هر کسی که نیاز دارد با کسی حرف بزند، شب و روز.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>خشونت خانگی و آزار کودکان: راهنمایی برای قربانیان، شاهدان و کسانی که خودشان خشونت می‌کنند. می‌توانید نام خود را نگویید.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>پزشک خانوادهٔ بیرون از ساعات کاری، برای عصرها، شب‌ها، آخر هفته‌ها و روزهای تعطیل رسمی. هر منطقه شمارهٔ خودش را دارد: پیام تلفنی یا وب‌سایت پزشک خانوادهٔ شما آن را می‌گوید. شمارهٔ سراسری وجود ندارد.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>huisartsenpost منطقهٔ شما</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>فرزندتان را در جای امنی بگذارید: به پشت، در یک تخت خالی یا جای بازیِ حصاردار. بعد از اتاق بیرون بروید.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>بستن در برای چند دقیقه اشکالی ندارد. هر 5 تا 10 دقیقه برگردید و به او سر بزنید.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>احساس می‌کنید می‌خواهید کودک را تکان شدید بدهید، محکم بگیرید یا بزنید؟ این نشانهٔ شماست: فرزندتان را در جای امنی بگذارید و از اتاق بیرون بروید.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>هرگز کودک را تکان شدید ندهید، پرتاب نکنید یا نزنید، حتی یک بار. تکان دادن شدید نوزاد می‌تواند باعث آسیب مغزی یا مرگ شود.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>یک دقیقه آهسته نفس بکشید: از راه بینی نفس بکشید، بعد آهسته نفس را بیرون بدهید.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>پیش از هر کار دیگری آهسته تا ده بشمارید.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>به اتاق دیگری بروید. کمی آب یا چای بنوشید، یا آب سرد به صورتتان بزنید.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>بلند بگویید: «دیگر طاقتم تمام شده. پنج دقیقه برای خودم وقت می‌گذارم.»</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>به کسی تلفن کنید: همسرتان، یک همسایه، یک دوست، یا {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>به کسی تلفن کنید: همسرتان، یک همسایه یا یک دوست.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>کمک خواستن نشانهٔ قدرت است، نه ضعف.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>فکر می‌کنید فرزندتان آسیب دیده یا بیمار است؟ با 112 تماس بگیرید. اضطراری نیست، اما نمی‌شود صبر کرد؟ با {line:doctor-on-call} تماس بگیرید.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>فکر می‌کنید فرزندتان آسیب دیده یا بیمار است؟ با 112 تماس بگیرید. اضطراری نیست، اما نمی‌شود صبر کرد؟ با یک پزشک تماس بگیرید.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>گریه از حدود 2 هفتگی بیشتر می‌شود و حدود 6 تا 8 هفتگی به بیشترین حد می‌رسد. بعد کمتر می‌شود.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>گریهٔ زیاد برای نوزاد کوچک عادی است. تقصیر شما نیست.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>نیازهای اصلی را یک بار بررسی کنید: گرسنگی، پوشک، خیلی گرم یا خیلی سرد، خستگی. بعد دیگر دنبال دلیل نگردید.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>هر بار فقط یک کار آرام‌کننده را امتحان کنید: زمزمه یا آواز، تماس پوست با پوست، گردش با کالسکه، حمام ولرم.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>بعضی گریه‌ها را نمی‌شود متوقف کرد. خود گریه به نوزادتان آسیبی نمی‌زند، و تمام می‌شود.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>اگر صدای گریه غیرعادی است، تب دارد، یا شیر و غذا نمی‌خورد: به پزشک مراجعه کنید.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>نوزاد را بخوابانید و دستتان را روی شکمش نگه دارید، یا صبر کنید تا خوابش عمیق شود.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>خیلی خسته‌اید؟ پیش از استراحت، نوزاد را در تخت خودش بگذارید.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>هرگز وقتی نوزاد با شماست، روی کاناپه یا مبل (کوچ یا چوکی) خوابتان نبرد.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>از همسرتان یا پدربزرگ یا مادربزرگ بخواهید مدتی مراقبت از کودک را به عهده بگیرند.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>حمله‌های خشم یک مرحلهٔ عادی رشد است. بیشترشان در کمتر از 15 دقیقه تمام می‌شوند.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>کودک را در امان نگه دارید، نزدیکش بمانید، و بدون بحث بگذارید بگذرد.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>احساس و مرز را در چند کلمه بگویید: «تو عصبانی هستی. زدن درد دارد، جلویت را می‌گیرم.»</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>نمی‌توانید آرام بمانید؟ اگر کودک در امان است، یکی دو دقیقه بیرون بروید.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>به دلیل پشت آن نگاه کنید: گرسنگی، خستگی، شلوغی و هیجان زیاد.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>بعداً دوباره با او ارتباط بگیرید، و دفعهٔ بعد که کارها خوب پیش رفت فرزندتان را تشویق کنید.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>وقتی کودک نشان داد سیر شده، دست نگه دارید. هرگز به زور غذا ندهید.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>غذایی که خورده نشد، شکست نیست. وعدهٔ دیگری هم خواهد بود.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>وقت شیر یا غذا دادن مدام با گریه تمام می‌شود؟ از {line:parenting} یا پزشک خانوادهٔ خود بپرسید.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>وقت شیر یا غذا دادن مدام با گریه تمام می‌شود؟ از پزشک خانواده یا کلینیک مراقبت از کودک بپرسید.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>با همکاران یک نشانه بگذارید که یعنی: «جای من را بگیر، دو دقیقه وقت لازم دارم.»</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>هرگز گروه را بدون مراقب نگذارید. اول از یک همکار بخواهید جای شما را بگیرد.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>با گروه تنها هستید؟ اول همه را در امان بگذارید: نوزادان در تخت‌هایشان، کودکان نوپا نشسته و با چیزی آرام.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>وقتی همه در امان بودند، به مدیرتان یا فرد جایگزین خود تلفن کنید.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>نوزادان همدیگر را به گریه می‌اندازند. این از فضای اتاق است، نه از شما.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>بعد از یک لحظهٔ سخت، با یک همکار یا مدیرتان دربارهٔ آن صحبت کنید.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>نگران نحوهٔ رفتار خودتان یا یک همکار با کودکی هستید؟ به مدیرتان بگویید و از روش کار سازمانتان پیروی کنید. می‌توانید از {line:professional-advice} هم راهنمایی بخواهید.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>نگران نحوهٔ رفتار خودتان یا یک همکار با کودکی هستید؟ به مدیرتان بگویید و از روش کار سازمانتان پیروی کنید.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>کمک مشخص بخواهید: یک وعده غذا، یا پانزده دقیقه نگهداری از کودک.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>از پیش یک برنامه برای وقت گریه بسازید: سه کار آرام‌کننده، به چه کسی تلفن کنید، نوزاد کجا گذاشته شود.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>قانون «هرگز تکان شدید ندهید» و برنامهٔ خود را با همهٔ کسانی که از نوزاد نگهداری می‌کنند در میان بگذارید.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>زود گریه کردن یا بی‌حوصلگی در دو هفتهٔ اول بعد از زایمان رایج است. طولانی‌تر شده، یا فکر آسیب زدن به خودتان یا نوزادتان را دارید؟ همین امروز به پزشک خانواده مراجعه کنید، یا شب و روز با {line:crisis} تماس بگیرید.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>زود گریه کردن یا بی‌حوصلگی در دو هفتهٔ اول بعد از زایمان رایج است. طولانی‌تر شده، یا فکر آسیب زدن به خودتان یا نوزادتان را دارید؟ همین امروز به پزشک خانواده مراجعه کنید. همین حالا در خطر هستید؟ با 112 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>توصیه‌ها دربارهٔ خواب امن تغییر کرده است: به پشت، در تخت خالی. از روال والدین پیروی کنید.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>شما هم به عنوان پدربزرگ یا مادربزرگ می‌توانید کمی دور شوید. گذاشتن نوزاد در جای امن همیشه مجاز است.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>نوزادتان را تکان شدید دادید یا زدید، یا حالا حالش خوب به نظر نمی‌رسد (خواب‌آلود، شل و بی‌حال، استفراغ می‌کند، شیر نمی‌خورد، تشنج دارد)؟ همین حالا با 112 تماس بگیرید و بگویید چه اتفاقی افتاده است.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>سر کودک فریاد زدید یا او را محکم گرفتید؟ هیچ‌وقت برای صحبت کردن و آشتی کردن با کودک دیر نیست.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>می‌ترسید به فرزندتان آسیب بزنید؟ به پزشک خانوادهٔ خود بگویید: او می‌تواند کمکتان کند حمایت پیدا کنید. کمک خواستن نشانهٔ قدرت است.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112، شمارهٔ اضطراری</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712، خط کمک برای خشونت و آزار</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>خط تلفنی گفت‌وگو Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>خط تلفنی گفت‌وگو Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>مرکز Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>خط کمک Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>خط تلفنی گفت‌وگو Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>112، شمارهٔ اضطراری</translation>
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
        <translation>می‌ترسید به فرزندتان آسیب بزنید؟ با {line:abuse-advice} تماس بگیرید: به کسانی که چنین ترسی دارند هم کمک می‌کنند.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>برنامهٔ من برای وقت گریه</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>گریه عادی است و می‌گذرد. وقتی تحملش سخت شد، این مراحل را دنبال کنید.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>نوزاد را به پشت در تخت خالی خودش یا جای بازیِ حصاردار بگذارید. بعد از اتاق بیرون بروید.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>آهسته نفس را بیرون بدهید. تا ده بشمارید. کمی آب بنوشید.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>هر 5 تا 10 دقیقه برگردید و سر بزنید.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>به یکی از افراد زیر تلفن کنید. کمک خواستن نشانهٔ قدرت است.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>هرگز نوزاد را تکان شدید ندهید، حتی برای یک لحظه. تکان دادن شدید می‌تواند باعث آسیب مغزی یا مرگ شود.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>کودک آسیب دیده یا بیمار است؟ فوراً با 112 تماس بگیرید.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>افراد من</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>خط‌های کمک</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>این برنامه را با همهٔ کسانی که از نوزاد نگهداری می‌کنند در میان بگذارید.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>نفس کشیدن</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>نگه داشتن پس از نفس کشیدن</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>بیرون دادن نفس</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>نگه داشتن پس از بیرون دادن نفس</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>حداکثر شش الگو می‌توانید نگه دارید. اول یکی را حذف کنید.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: لطفاً تعداد ثانیه‌ها را بنویسید، مثلاً 4 یا 4.5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 نمی‌تواند کمتر از 0 ثانیه باشد.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 حداکثر می‌تواند 12 ثانیه باشد.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: ثانیهٔ کامل یا نیم ثانیه به کار ببرید، مثلاً 4 یا 4.5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 دست‌کم 1 ثانیه لازم دارد.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>PIN مدیر را بنویسید و Enter را بزنید: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>این سطر را در بخش [organisation] فایل pauzeknop.conf بگذارید.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>PIN باید دست‌کم %n نویسه داشته باشد؛ چیزی ساخته نشد.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>سطر %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>پیکربندی مدیریت‌شده</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>PIN مدیرِ سطر %1 معتبر است.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>هیچ PIN مدیری تنظیم نشده است.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>پیکربندی مدیریت‌شده خوانده نمی‌شود؛ Pauzeknop از تنظیمات خودش استفاده می‌کند.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>پیکربندی مدیریت‌شده بزرگ‌تر از 1 MB است و استفاده نمی‌شود؛ Pauzeknop از تنظیمات خودش استفاده می‌کند.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>پیکربندی مدیریت‌شده را حساب‌هایی غیر از مدیر سیستم (root) هم می‌توانند تغییر دهند، پس استفاده نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 یک تنظیم (key=value) نیست و نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 بلندتر از %2 نویسه است و نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: بخش [%2] ناشناخته است؛ سطرهای آن نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: «%2» پیش از هر [بخش] آمده است و نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: کلید «%2» ناشناخته است و نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: «%2» باید %3 باشد؛ این سطر نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: «%2» قبلاً در سطر %3 تنظیم شده بود؛ سطر %4 معتبر است.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin هشی نیست که با pauzeknop --hash-pin ساخته شده باشد و نادیده گرفته می‌شود؛ %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: این adminPin با کمتر از %2 دور ساخته شده و حدس زدنش خیلی آسان است؛ با pauzeknop --hash-pin یکی تازه بسازید. نادیده گرفته می‌شود؛ %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>%n مشکل دیگر در این فایل فهرست نشده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 نام بخشی ناشناخته را دارد؛ سطرهای آن بخش نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 پیش از هر [بخش] آمده است و نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 کلیدی دارد که Pauzeknop آن را نمی‌شناسد و نادیده گرفته می‌شود.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>«%1» وجود ندارد یا خالی است</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«%1» بلندتر از %n نویسه است</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>«%1» باید یک متن انگلیسی باشد: ترجمه‌ها از راه فایل‌های .ts انجام می‌شوند</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>«%1» بیشتر از %n زبان دارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>«%1» در «%2» باید متنی با حداکثر %n نویسه زیر یک کد زبان مثل «nl» باشد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>«%1» باید فهرستی از 1 تا %n مورد باشد</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>«%1» شامل «%2» است: از حروف کوچک، رقم و &apos;-&apos; استفاده کنید</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>«%1» باید فهرستی از %2 باشد (پیدا شد: «%3»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>«%1» باید یک نشانی وب باشد (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1، %2: کلید ناشناختهٔ «%3» نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>نکتهٔ %1 («%2»)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>نکتهٔ %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1، %2: %3؛ از این نکته صرف‌نظر می‌شود.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«id» باید از حروف کوچک، رقم، &apos;.&apos;، &apos;_&apos; یا &apos;-&apos; باشد</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>«situation» باید یکی از این‌ها باشد: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>«text» با {line:...} از یک خط نام می‌برد، پس «text_without_line» باید همان را برای منطقه‌ای بگوید که آن خط را ندارد</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>«text_without_line» نباید از هیچ خطی نام ببرد</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>متن «%1» باید از همان خط‌هایی نام ببرد که متن‌های دیگر</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>«source» وجود ندارد: هر نکته باید بگوید از کجا آمده است</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«source» بلندتر از %n نویسه است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>«channels» باید فهرستی از حداکثر %n راه تماس باشد</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>کانال %1: «kind» باید phone، chat، sms، mail یا web باشد</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>کانال %1: «%2» یک %3 معتبر نیست</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>کانال %1: «hours» بلندتر از %n نویسه است</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>کانال %1: ساعات «%2» فهمیده نشد (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>خط کمک %1 («%2»)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>خط کمک %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1، %2: %3؛ از این راه تماس صرف‌نظر می‌شود.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>«name» وجود ندارد</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«name» بلندتر از %n نویسه است</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>«cost» باید «free» یا «zonal» باشد</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>«emergency» فقط برای 112 است</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>«verified» به «verified_on» با تاریخی مثل 2026-11-28 نیاز دارد</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>«channels» باید دست‌کم یک راه تماس داشته باشد</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>تمرین %1 («%2»)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1، %2: %3؛ این تمرین هیچ متنی نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>«id» و «source» لازم هستند</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: خوانده نمی‌شود (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: بزرگ‌تر از 1 MB است، خوانده نشد.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: در نویسهٔ %2 یک JSON معتبر نیست (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: انتظار یک شیء با «tips» و «helplines» می‌رفت.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: کلید ناشناختهٔ «%2» نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: «version» باید 1 باشد؛ به عنوان نسخهٔ 1 خوانده می‌شود.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: «%2» باید یک فهرست باشد.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: «%2» دارای %n مورد است؛ فقط %3 مورد اول خوانده می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1، نکتهٔ «%2»: این شناسه قبلاً استفاده شده است؛ از این نکته صرف‌نظر می‌شود.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1، خط کمک «%2»: این شناسه قبلاً استفاده شده است؛ از این راه تماس صرف‌نظر می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... و %n مشکل دیگر که نشان داده نمی‌شوند.</numerusform>
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
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 پیوندی است که حساب دیگری روی این کامپیوتر ساخته است، پس چیزی آنجا نوشته نشد. لطفاً جای دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>این فایلی نیست که بتوان جایگزینش کرد.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>پیوندهای بیش از حد.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>فایل باز نشد.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>فایل تنظیمات شما برای خواندن بیش از حد بزرگ بود، پس Pauzeknop با تنظیمات تازه شروع شد. فایل قبلی با نام %1 نگه داشته شد.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>فایل تنظیمات شما برای خواندن بیش از حد بزرگ است. Pauzeknop فعلاً از تنظیمات معمول خودش استفاده می‌کند.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>این تنظیم روی این کامپیوتر ذخیره نشد (ممکن است دیسک پر یا فقط‌خواندنی باشد). تا وقتی Pauzeknop بسته نشده، از آن استفاده می‌شود.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>یکی از %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>عددی صحیح از %1 تا %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>کلیدی مثل Ctrl+Alt+P (با Ctrl، Alt یا Super)، یا off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>این یک کامپیوتر مشترک است: شماره‌های تماس شخصی اینجا نگه داشته نمی‌شوند.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>سازمان شما این را برای همهٔ کاربران این کامپیوتر تنظیم کرده است.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>%1 این را برای همهٔ کاربران این کامپیوتر تنظیم کرده است.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>حداکثر %n نویسه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>همین حالا</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>نوزادی که گریه می‌کند</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>نمی‌خوابد</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>حملهٔ خشم</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>شیر و غذا</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>گروهی شلوغ در کودکستان</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>خیلی خسته</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>بعد از آن</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>گزارش استفاده باز نشد: فایل خروجی خالی است.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>شمار هفتگی در %1 نوشته شد</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN مدیر</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>با PIN مدیر سیستم، سابقهٔ مکث‌ها دیده می‌شود.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>PIN مدیر را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>برای این کامپیوتر PIN مدیر تنظیم نشده است.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>تا وقتی Pauzeknop بسته شود، قفل باز است.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>در حال بررسی PIN...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>این PIN درست نیست. %1 ثانیه صبر کنید، بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>این PIN درست نیست. لطفاً دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>حالا چه کنید: نفس بکشید، نگه دارید یا نفس را بیرون بدهید.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>نفس بکشید</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>کمی بیشتر نفس بکشید</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>نگه دارید</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>نفس را بیرون بدهید</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>آهسته بشمارید</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>خیلی خوب. تمرین تنفس تمام شد.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>خیلی خوب</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 باقی مانده</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>ثانیه‌های این مرحله</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>دایرهٔ تنفس</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>با نفس کشیدن بزرگ می‌شود، با بیرون دادن نفس کوچک می‌شود.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>نوار تنفس</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>با نفس کشیدن پر می‌شود، با بیرون دادن نفس خالی می‌شود.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>یک دور دیگر</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>یک دقیقه بیشتر</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>این تمرین تنفس را کمی طولانی‌تر می‌کند.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>تمرین را تمام کردم</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>زمان‌سنج را متوقف می‌کند و می‌پرسد حالتان چطور است.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln دقیقه مانده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>یک نکته: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>خیلی خوب.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>شما یک مکث کردید. این برای شما و فرزندتان خوب بود.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>دوباره نفس بکشید</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>یک دور دیگر تمرین تنفس را شروع می‌کند.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>مکث را تمام می‌کند و به صفحهٔ آغاز برمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>حالا چه احساسی دارید؟</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>آرام‌تر شدم</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>یک حرف گرم، یک نکته و راه برگشت را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>هنوز ناآرام هستم</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>یک دور دیگر، یک تمرین دیگر یا چند دقیقه دور شدن را پیشنهاد می‌کند.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>به کمک نیاز دارم</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>نشان می‌دهد با چه کسی می‌توانید تماس بگیرید، اول 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>افراد خودتان</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>همین حالا بنویسید وقتی تحمل سخت شد به چه کسی می‌توانید تلفن کنید: همسر، همسایه، دوست.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>تماس با %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>تلفن یا برنامهٔ تماس شما را باز می‌کند تا با %1 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>ساختن برنامهٔ وقت گریه</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>ویرایش برنامهٔ وقت گریه</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>کسانی که می‌خواهید به آن‌ها تلفن کنید، فقط روی این کامپیوتر نگه داشته می‌شوند. می‌توانید آن را چاپ کنید.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>%1 ذخیره نشد. پوشهٔ دیگری را امتحان کنید.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>ذخیرهٔ برنامهٔ وقت گریه به صورت PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>برنامه-وقت-گریه</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>نام فرد %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>کسی که وقتی تحمل سخت شد می‌توانید به او تلفن کنید.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>شمارهٔ تلفن</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>شمارهٔ تلفن فرد %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>شماره‌ای که باید گرفت.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>یادداشت، مثلاً: همسایهٔ بغلی</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>یادداشت دربارهٔ فرد %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>هر چیزی که کمک می‌کند، مثلاً چه وقت تلفن کنید.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>حذف فرد %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>این فرد را از برنامهٔ شما برمی‌دارد.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>برنامهٔ من برای وقت گریه</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>وقتی تحمل سخت شد، به چه کسی می‌توانید تلفن کنید؟ این فقط روی این کامپیوتر می‌ماند. آن را چاپ کنید، برای روی یخچال، برای پدربزرگ و مادربزرگ و دیگر نگهدارندگان کودک.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>افزودن یک نفر</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>یک سطر خالی برای یک نفر دیگر اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>چاپ برنامهٔ وقت گریه</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>برنامهٔ شما را با کارهایی که باید کرد و کسانی که باید به آن‌ها تلفن کرد چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>برنامهٔ شما را به صورت فایل PDF ذخیره می‌کند تا چاپ یا ارسال کنید.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>خطر؟ با هر تلفنی 112 را بگیرید. رایگان است، شب و روز.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>خطر؟ با 112 تماس بگیرید</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>اگر فرزندتان آسیب دیده یا در خطر است، همین حالا با شمارهٔ اضطراری 112 تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>یک تمرین تنفس انتخاب کنید</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (پیشنهادی)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>تمرین‌های کمتر</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>تمرین‌های بیشتر</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>تمرین‌های تنفس دیگر را نشان می‌دهد یا پنهان می‌کند.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 بار</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>چه مدت نفس بکشید.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>ساختن الگوی خودم</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>ثانیه‌های خودتان را برای نفس کشیدن، نگه داشتن و بیرون دادن نفس تعیین کنید.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>شروع تنفس</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>تمرین انتخاب‌شده را برای مدت انتخاب‌شده شروع می‌کند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln دور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>این شما هستید؟ پس Pauzeknop کمک درست را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>من</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>محل زندگی من</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>پدر یا مادر هستم</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>پدربزرگ یا مادربزرگ هستم</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>مربی کودکستان هستم</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>کس دیگری هستم که از کودک نگهداری می‌کند</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>نکته‌ها و کارت ایمنی مناسب شما نوشته می‌شوند.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop خط‌های کمک این منطقه را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>زبان Pauzeknop را انتخاب کنید.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>درست است</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>این پاسخ‌ها را نگه می‌دارد. بعداً می‌توانید آن‌ها را در تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>این کارت را کنار می‌گذارد. Pauzeknop حدس خودش را نگه می‌دارد؛ در تنظیمات می‌توانید آن را تغییر دهید.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>مکث همین حالا: باز کردن صفحهٔ آرام مکث در Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>این کامپیوتر نمی‌تواند تماس بگیرد. %1 را با یک تلفن بگیرید.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>همچنین: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>اکنون باز است: %1، %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>چت: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>رایگان</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>این اطلاعات اخیراً تأیید نشده است. پیش از اینکه به آن تکیه کنید، وب‌سایت را ببینید.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>تاریخ بررسی منبع: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>تماس با %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>تلفن یا برنامهٔ تماس شما را باز می‌کند تا با %1 به شمارهٔ %2 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>کپی شماره</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>کپی شمارهٔ %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>%1 را در کلیپ‌بورد کپی می‌کند.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>%1 را در مرورگر وب شما باز می‌کند.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>چت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>کد QR برای تماس با %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>برای تماس با %1، با دوربین تلفن خود اسکن کنید.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>اکنون باز است</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>اکنون باز است، تا %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>اکنون باز است، تا %1 ساعت %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>اکنون بسته است، ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>اکنون بسته است، فردا ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>اکنون بسته است، %1 ساعت %2 باز می‌شود</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>ساعات کار معلوم نیست</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>این کامپیوتر نمی‌تواند تماس بگیرد. %1 را با یک تلفن بگیرید، یا کد QR را اسکن کنید.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>شماره کپی شد.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>مسئول تماس شما در اینجا.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>مسئول تماس شما در %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>ساعات کار: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>چه کسی می‌تواند کمک کند</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>فلاندر</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>بروکسل</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>والونی</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>جامعهٔ آلمانی‌زبان</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>هلند</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>وقتی تحمل سخت شد، دکمهٔ مکث را بزنید.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>یک مکث آرام باز می‌کند: اول فرزندتان را در امان بگذارید، بعد با زمان‌سنج نفس بکشید.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>برای شروع مکث، کلید فاصله (Space) یا Enter را بزنید.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>زبان Pauzeknop را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نکته‌ها</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>نکته‌های کوتاه برای لحظه‌های سخت، همراه با منبع.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>چه کسی می‌تواند کمک کند</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>خط‌های کمکی که اکنون باز هستند، و افراد خودتان برای تماس.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>مکث‌های من</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>مکث‌های خودتان را ببینید: چه وقت، بعد از آن چه حالی داشتید، چه چیزی کمک کرد.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>تنفس</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>فوراً یک تمرین تنفس باز می‌کند.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>زبان، صدا، اندازهٔ متن و چیزهای دیگر.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>مکث‌های من</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>مکث‌ها در هر هفته</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>ساعت روز</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>حال شما بعد از مکث</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>تمرین‌هایی که بیشتر انجام دادید</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>نکته‌هایی که به شما کمک کردند</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>هنوز مکثی نیست، و این اشکالی ندارد. هر وقت مکث کنید، اینجا می‌بینید چه وقت بوده و چه چیزی کمک کرده است. هر مکث ارزش دارد.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>آرام‌تر</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>هنوز ناآرام</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>به کمک نیاز بود</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>هنوز هیچ تمرین تنفسی تمام نشده است.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>هنوز هیچ نکته‌ای به عنوان مفید علامت نخورده است.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>هفتهٔ %1: %Ln مکث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>ساعت %1:00: %Ln مکث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln بار)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>حالا کلیدهای تازه را فشار دهید (Escape لغو می‌کند)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape لغو می‌کند)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>حالا کلیدهای تازه را فشار دهید، مثلاً Ctrl، Alt و یک حرف با هم. Escape لغو می‌کند.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>انتخاب کلید</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>برای انتخاب کلید دیگر کلید فاصله را بزنید، بعد کلیدهای تازه را فشار دهید.</translation>
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
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>شمارهٔ اضطراری: پلیس، آمبولانس، آتش‌نشانی.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>تماس با 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>لازم نیست با این تنها بمانید.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>افراد من و همهٔ خط‌های کمک</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>مکث را تمام می‌کند و «چه کسی می‌تواند کمک کند» را باز می‌کند: افراد خودتان برای تماس، و همهٔ خط‌ها با تماس، کپی و کد QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>برگشت پیش فرزندم</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>مکث را تمام می‌کند و به صفحهٔ آغاز برمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>الگوی خودم، به ثانیه</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>ثانیه، از 0 تا 12، با گام‌های نیم ثانیه‌ای.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>ذخیره و شروع تنفس</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>این الگو را نگه می‌دارد و تنفس با آن را شروع می‌کند.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>بازگشت به فهرست تمرین‌ها.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>حالا خوبم</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>مکث را هر لحظه که بخواهید تمام می‌کند. کلید Escape هم همین کار را می‌کند.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>وقتی این خاموش است، چیز تازه‌ای ثبت نمی‌شود. آنچه از قبل هست می‌ماند تا وقتی آن را پاک کنید.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>یادداشت‌های قدیمی‌تر هر بار که Pauzeknop شروع می‌شود پاک می‌شوند.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>ذخیرهٔ خلاصه…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>ذخیرهٔ خلاصه</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>شمار هفتگی را در فایلی که انتخاب می‌کنید ذخیره می‌کند: جدول (CSV) یا JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>دربارهٔ حریم خصوصی شما</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>چه چیزی ثبت می‌شود، کجا، و چه چیزی هرگز ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>پاک کردن همه چیز</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>همهٔ یادداشت‌های مربوط به مکث‌های شما را از این کامپیوتر پاک می‌کند. اول از شما پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>جدول (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>همه چیز پاک شود؟</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>همهٔ یادداشت‌های مربوط به مکث‌های شما روی این کامپیوتر پاک می‌شود. این کار برگشت‌پذیر نیست. مکث مثل همیشه کار می‌کند.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>نگه داشتن مکث‌هایم</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>همه چیز پاک شد.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>هیچ چیز پاک نشد: این سابقه فقط‌خواندنی است.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>حریم خصوصی شما</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>پوشهٔ خود برنامه</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>چه چیزی ثبت می‌شود</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>کجا نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>چه چیزی هرگز ثبت نمی‌شود</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>چه مدت نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>چه کسی می‌تواند آن را ببیند</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Pauzeknop چه چیزی نیست</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>فقط آنچه اتفاق افتاده، هرگز اینکه شما چه کسی هستید: اینکه یک مکث شروع شد، کدام تمرین تنفس را انجام دادید، بعد از آن چه حالی داشتید (آرام‌تر، هنوز ناآرام، به کمک نیاز بود) و کدام نکته‌ها کمک کردند. هر یادداشت فقط ساعت را نگه می‌دارد، هرگز دقیقه را.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>فقط روی این کامپیوتر، در یک فایل: %1. Pauzeknop هرگز از اینترنت استفاده نمی‌کند، پس هیچ چیز به هیچ جا فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>نام شما، نام فرزندتان، نام کامپیوتر، هر چیزی که تایپ می‌کنید، افراد برنامهٔ خودتان، عنوان پنجره‌ها و نام فایل‌ها.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>خودتان انتخاب می‌کنید: 30 روز، 90 روز، 1 سال یا برای همیشه. یادداشت‌های قدیمی‌تر هر بار که Pauzeknop شروع می‌شود پاک می‌شوند. در «مکث‌های من» می‌توانید ثبت کردن را خاموش کنید یا همه چیز را پاک کنید.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>فقط کسانی که از این کامپیوتر استفاده می‌کنند. اگر خلاصه‌ای ذخیره کنید، فقط شمار هفتگی را دارد، هرگز لحظه‌های جداگانه را. روی کامپیوتر مشترک، عددهای کمتر از 5 پنهان می‌شوند و «مکث‌های من» به PIN مدیر سیستم نیاز دارد.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop به شما کمک می‌کند لحظه‌ای آرام بگیرید. هیچ بیماری را تشخیص نمی‌دهد و درمان نمی‌کند. اگر شما یا فرزندتان در خطر هستید، با 112 تماس بگیرید.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>این ترجمه پیش‌نویس تیم Pauzeknop است: هنوز کسی که زبان مادری‌اش فارسی دری است آن را بررسی نکرده است.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>کمک در بروکسل</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>کمک در والونی</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>کمک در جامعهٔ آلمانی‌زبان</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>کمک در هلند</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>کمک در فلاندر</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>تغییر محل زندگی</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>خط‌های منطقهٔ دیگری را نشان می‌دهد. Pauzeknop آن را همه‌جا به کار می‌برد.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>مکث‌های قدیمی‌تر پاک شوند؟</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>نگه داشتن مکث‌هایم</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>با نگه داشتن سابقه برای %1، مکث‌های قدیمی‌تر همین حالا از این کامپیوتر پاک می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln مکث پاک خواهد شد. این کار برگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>اول مطمئن شوید فرزندتان در امان است.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>از یک همکار بخواهید جای شما را بگیرد، یا اول گروه را در امان بگذارید.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>نوزادتان را به پشت در تختش یا جای امن دیگری بخوابانید. اشکالی ندارد که چند دقیقه دور شوید.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>هرگز نوزاد را تکان شدید ندهید. نوزاد را در جای امنی بگذارید و دور شوید.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>فرزندم در امان است. نفس بکشیم</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>تمرین تنفس را شروع می‌کند.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>صفحهٔ آغاز</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>بازگشت به صفحهٔ آغاز. کلید Escape هم همین کار را می‌کند.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>قفل است. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>زبان کامپیوتر</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>برای مدیر سیستم</translation>
    </message>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>زبان Pauzeknop. فوراً تغییر می‌کند.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>من چه کسی هستم</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>مکث و نکته‌ها مناسب شما نوشته می‌شوند.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>پدر یا مادر</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>پدربزرگ یا مادربزرگ</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>مربی کودکستان</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>کس دیگری</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>محل زندگی من</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>کدام خط‌های کمک نشان داده شوند.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>فلاندر</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>بروکسل</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>والونی</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>جامعهٔ آلمانی‌زبان</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>هلند</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>اول بپرسد: فرزندتان در امان است؟</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>پیش از تنفس، کارتی از شما می‌خواهد فرزندتان را در جای امنی بگذارید.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>تمرین تنفس</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>تمرینی که مکث با آن شروع می‌شود.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>مدت تنفس</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>همیشه می‌توانید زودتر دست بکشید.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>صدا</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>صداهای نرم</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>یک صدای نرم وقتی نوبت نفس کشیدن یا بیرون دادن نفس است.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>بلندی صدا</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>آهسته نگه داشته می‌شود تا نوزادِ خوابیده بیدار نشود.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>راهنمای صوتی</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>صدایی آرام می‌گوید «نفس بکشید» و «نفس را بیرون بدهید».</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>حرکت کمتر</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>یک نوار پرشونده به جای دایره‌ای که بزرگ می‌شود.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>سیاه و سفید، با لبه‌های واضح.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>متن بزرگ‌تر در همه‌جا.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>این کامپیوتر</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>اجرا با روشن شدن کامپیوتر</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop بی‌صدا در سینی سیستم منتظر می‌ماند، با یک کلیک در دسترس.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>ثبت مکث‌های من</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>فقط چه وقت و چه مدت، هرگز چه کسی. روی همین کامپیوتر می‌ماند.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>نگه داشتن سابقه به مدت</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>مکث‌های قدیمی‌تر خودبه‌خود پاک می‌شوند.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 روز</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 روز</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>یک سال</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>تا وقتی خودم پاک کنم</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>کلید میان‌بر</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>این یک کامپیوتر مشترک است. شماره‌های تماس شخصی اینجا نگه داشته نمی‌شوند، و سابقهٔ مکث‌ها فقط برای مدیر سیستم است.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>تنظیم‌شده توسط %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>راهنمای صوتی به این زبان در دسترس نیست. صداهای نرم همچنان کار می‌کنند.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>بعضی سطرهای فایل تنظیمات سازمان نادیده گرفته شدند:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>کامپیوتر شما این کلید را برای خودش نگه می‌دارد. کلید دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>یک حرف، رقم یا کلید F را همراه با Ctrl، Alt یا کلید Windows انتخاب کنید، تا این کلید هرگز مزاحم تایپ کردن نشود.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>مکث از هر جا</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>یک کلید مکث را باز می‌کند، حتی وقتی Pauzeknop در سینی سیستم یا پشت پنجره‌های دیگر است.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>کلید مکث</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>درخواست دوباره از دسکتاپ</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>قفل است. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>خاموش. دکمهٔ مکث و سینی سیستم همچنان مکث را باز می‌کنند.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>از دسکتاپ شما خواسته می‌شود %1 را تنظیم کند. ممکن است پنجره‌ای برای تأیید نشان دهد.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>در حال تنظیم %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>روشن: تا وقتی Pauzeknop در حال اجراست، با فشار دادن %1 دسکتاپ شما مکث را باز می‌کند.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>روشن: تا وقتی Pauzeknop در حال اجراست، هر جا %1 را فشار دهید تا مکث باز شود.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>«اجرا با روشن شدن کامپیوتر» را روشن کنید تا این کلید همیشه آماده باشد.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>این کلید را برنامهٔ دیگری گرفته است؛ کلید دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>دسکتاپ شما کلید را تنظیم نکرد. اشکالی ندارد: دکمهٔ مکث و سینی سیستم همچنان مکث را باز می‌کنند. می‌توانید دوباره درخواست کنید، یا در تنظیمات صفحه‌کلیدِ خود دسکتاپ کلیدی با فرمان %1 اضافه کنید.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>این صفحه‌کلید چنین کلیدی ندارد؛ کلید دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>این دسکتاپ اجازه نمی‌دهد Pauzeknop خودش کلیدی تنظیم کند. در تنظیمات &gt; صفحه‌کلید &gt; دیدن و سفارشی‌سازی میان‌برها &gt; میان‌برهای سفارشی، با فرمان %1 یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>این دسکتاپ اجازه نمی‌دهد Pauzeknop خودش کلیدی تنظیم کند. در تنظیمات سیستم &gt; میان‌برها &gt; افزودن جدید &gt; فرمان یا اسکریپت، با فرمان %1 یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>این دسکتاپ اجازه نمی‌دهد Pauzeknop خودش کلیدی تنظیم کند. در تنظیمات صفحه‌کلیدِ خود دسکتاپ، میان‌بری با فرمان %1 اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>یک نکته: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>اشکالی ندارد. کمی بیشتر به خودتان وقت بدهید.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>یک دور دیگر</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>همان تمرین را یک بار دیگر انجام می‌دهد.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>یک تمرین دیگر</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>اجازه می‌دهد تمرین تنفس دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>چند دقیقه دور شوید</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>زمان‌سنجی برای 2، 5 یا 10 دقیقه که به شما یادآوری می‌کند به فرزندتان سر بزنید.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>منبع: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>تشکر</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>این کمک کرد</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>بدون ذکر نام به Pauzeknop می‌گوید که این نکته به شما کمک کرد.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ ذخیره شد</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ ذخیره</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>در نکته‌های من ذخیره شد</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>ذخیره در نکته‌های من</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>این نکته در فهرست خودتان است. برای برداشتن آن، بزنید.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>این نکته را در فهرست خودتان، فقط روی این کامپیوتر، نگه می‌دارد.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>نکته‌ها برای والدین</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>نکته‌ها برای پدربزرگ‌ها و مادربزرگ‌ها</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>نکته‌ها برای مربیان کودکستان</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>نکته‌ها برای همهٔ کسانی که از کودک نگهداری می‌کنند</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>نکته‌های این لحظه را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>هنوز اینجا نکته‌ای نیست.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>نکته‌هایی که با ☆ ذخیره می‌کنید اینجا دیده می‌شوند.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نکته‌ها</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>نشان دادن همهٔ نکته‌ها</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>نکته‌هایی را هم که برای والدین، پدربزرگ‌ها و مادربزرگ‌ها و مربیان کودکستان نوشته شده‌اند نشان می‌دهد.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ نکته‌های من</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>نکته‌های من</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>نکته‌هایی که ذخیره کرده‌اید.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>همین حالا مکث</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>تنفس</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>چه کسی می‌تواند کمک کند</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>باز کردن Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: برای مکث کلیک کنید</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop هنوز اینجاست</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>هر وقت به مکث نیاز داشتید، روی این نماد کلیک کنید. «خروج» در منوی آن است.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>ثبت مکث‌های شما خاموش است. چیز تازه‌ای ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>سابقهٔ قبلی مکث‌های شما خوانده نشد، پس سابقهٔ تازه‌ای شروع شد. فایل قبلی با نام %1 نگه داشته شد. مکث مثل همیشه کار می‌کند.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>مکث‌های شما فعلاً در این پوشه ذخیره نمی‌شوند. تا وقتی Pauzeknop بسته شود به یاد سپرده می‌شوند. مکث مثل همیشه کار می‌کند.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>سابقهٔ مکث‌های شما را نسخهٔ تازه‌تری از Pauzeknop ذخیره کرده است. می‌توانید آن را ببینید، اما تا وقتی برنامه را به‌روز نکنید چیز تازه‌ای اضافه نمی‌شود. مکث مثل همیشه کار می‌کند.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>چند دقیقه برای خودتان وقت بگذارید.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>مطمئن شوید فرزندتان در امان است، بعد از اتاق بیرون بروید. وقتی زمان سر زدن رسید، به شما می‌گوییم.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>یک شمارش معکوس آرام شروع می‌کند. وقتی زمان سر زدن رسید، به شما می‌گوییم.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>نفس بکشید، کمی آب بنوشید. در پایان به فرزندتان سر بزنید.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>برگشتم</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>شمارش معکوس را همین حالا تمام می‌کند.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>حالا بروید و به فرزندتان سر بزنید.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>مکث را تمام می‌کند و به صفحهٔ آغاز برمی‌گردد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln دقیقه مانده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
</context>
</TS>
