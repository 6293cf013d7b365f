<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Мой ритм %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Ваш собственный ритм: вдох, задержка, выдох, задержка.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Остановитесь, если кружится голова или становится неприятно.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: кнопка паузы для тех, кто заботится о маленьких детях.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Открыть сразу экран паузы.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Хранить журнал использования и настройки в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Язык интерфейса &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Запуститься скрыто в области уведомлений, наготове для паузы.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Прочитать PIN-код администратора со стандартного ввода и вывести строку для управляемой конфигурации (для администраторов).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Открыть сразу раздел «Кто поможет»: линии помощи и ваши близкие, которым можно позвонить.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Записать недельные итоги журнала использования в &lt;file&gt; (CSV или JSON для .json) и выйти.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Сразу открыть дыхание, с упражнением [PATTERN], если оно указано: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Вместе с --breathe: упражнение для дыхания.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Список параметров: pauzeknop --help.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Неизвестное дыхательное упражнение: %1. Выберите одно из: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Неизвестный язык: %1. Выберите один из: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Совет команды Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>по-нидерландски</translation>
    </message>
    <message>
        <source>French</source>
        <translation>по-французски</translation>
    </message>
    <message>
        <source>German</source>
        <translation>по-немецки</translation>
    </message>
    <message>
        <source>English</source>
        <translation>по-английски</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Говорят %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, где говорят %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Спокойное дыхание</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Вдох 4 секунды, выдох 6 — медленно и мягко.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Без задержки дыхания. Дышите мягко, не глубоко.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Физиологический вздох</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Вдохните, затем сделайте сверху ещё один короткий вдох и медленно выдохните весь воздух.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Остановитесь, если кружится голова.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Резонансное дыхание</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Вдох 5,5 секунды, выдох 5,5: около шести вдохов в минуту. Лучше всего — пять минут или дольше.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Дышите мягко, не глубоко.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Квадратное дыхание</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Вдох 4 секунды, задержка 4, выдох 4, задержка 4 — как четыре стороны квадрата.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Сначала сядьте. Никогда не задерживайте дыхание, когда держите малыша на руках. Вы беременны или у вас болезнь сердца или лёгких? Тогда выберите «Спокойное дыхание».</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Короткое квадратное дыхание</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Облегчённый квадрат: вдох 3 секунды, задержка 3, выдох 3, задержка 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Сначала сядьте. Никогда не задерживайте дыхание, когда держите малыша на руках. Вы беременны или у вас болезнь сердца или лёгких? Тогда выберите «Спокойное дыхание».</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Дыхание 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Вдох 4 секунды, задержка 7, выдох 8. Не больше четырёх повторов.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Сначала сядьте. Никогда не задерживайте дыхание, когда держите малыша на руках. Вы беременны или у вас болезнь сердца или лёгких? Выберите «Спокойное дыхание». Может закружиться голова; в научных исследованиях не проверялось.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Счёт до десяти</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Прежде чем что-то делать, медленно считайте от 1 до 10 на выдохе.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Специально короткое: от десяти до тридцати секунд. Если нужно больше времени, оставьте ребёнка в безопасном месте.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Прямая опасность, травма, ребёнок пострадал или тяжело болен. Полиция: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Дежурный врач, когда ваш семейный врач не принимает: в выходные и праздничные дни, а в большинстве регионов также вечером и ночью в будни. С телефона с иностранной SIM-картой: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733 (дежурный врач)</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Дежурный врач в выходные (с пятницы 19:00 до понедельника 08:00) и в праздничные дни. Вечером и ночью в будни 1733 здесь не поможет: спросите в практике своего семейного врача, кто дежурит. С телефона с иностранной SIM-картой: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733 (дежурный врач в выходные)</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Насилие и жестокое обращение, в том числе с детьми: для всех, кто беспокоится, и для тех, кто сам иногда применяет насилие. Называть себя не обязательно. Это не экстренная линия.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Для специалистов, которые беспокоятся о ребёнке: Vertrouwenscentrum Kindermishandeling вашей провинции или Брюсселя даёт советы и помогает. Бесплатно.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>Vertrouwenscentrum Kindermishandeling вашей провинции</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Анонимный телефон доверия для всех, кому нужно поговорить.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Для всех, у кого есть мысли о самоубийстве, и для тех, кто беспокоится за другого человека. Днём и ночью.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Вопросы о младенцах, маленьких детях и яслях.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Анонимный телефон доверия для всех, кому нужно поговорить, днём и ночью.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Кризисная линия для всех, у кого есть мысли о самоубийстве, и для тех, кто беспокоится за другого человека. Днём и ночью.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Насилие между партнёрами: для пострадавших, для тех, кто применяет насилие, для детей и свидетелей. В нерабочее время звонки переводятся на Télé-Accueil (107). Это не экстренная линия.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Команды, которые помогают, когда ребёнку может грозить вред, — в том числе родителям, которые боятся причинить вред своему ребёнку. В каждом районе своя команда: найдите свою на сайте ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>команда SOS Enfants вашего района</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Для детей и подростков, а также для взрослых, которые беспокоятся о ребёнке. Бесплатно и анонимно.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Анонимный телефон доверия для всех, кого что-то тревожит или кто в кризисе, днём и ночью.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Прямая опасность, травма, ребёнок пострадал или тяжело болен.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Для всех, у кого есть мысли о самоубийстве, и для тех, кто беспокоится за другого человека. Бесплатно и анонимно, днём и ночью.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Телефон доверия для всех, кому нужно поговорить, днём и ночью.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Домашнее насилие и жестокое обращение с детьми: советы для пострадавших, свидетелей и тех, кто сам применяет насилие. Можно не называть себя.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Дежурный врач общей практики вечером, ночью, в выходные и праздничные дни. У каждого региона свой номер: его называет автоответчик или сайт вашего семейного врача. Общего номера для всей страны нет.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>huisartsenpost вашего региона</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Положите ребёнка в безопасное место: на спину в пустую кроватку или манеж. Затем выйдите из комнаты.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Закрыть дверь на несколько минут — это нормально. Заглядывайте к ребёнку каждые 5–10 минут.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Хочется встряхнуть, схватить или ударить? Это ваш сигнал: положите ребёнка и выйдите.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Никогда не трясите, не бросайте и не бейте ребёнка — ни одного раза. Тряска может вызвать у малыша повреждение мозга или смерть.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Минуту дышите медленно: вдох через нос, затем медленный выдох.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Прежде чем что-то делать, медленно сосчитайте до десяти.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Перейдите в другую комнату. Выпейте воды или чая или умойтесь холодной водой.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Скажите вслух: «Я на пределе. Я беру пять минут».</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Позвоните кому-нибудь: партнёру, соседу, другу — или по телефону доверия {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Позвоните кому-нибудь: партнёру, соседу или другу.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Просить о помощи — это сила, а не слабость.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Думаете, ребёнок пострадал или заболел? Звоните 112. Не экстренно, но ждать нельзя? Звоните: {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Думаете, ребёнок пострадал или заболел? Звоните 112. Не экстренно, но ждать нельзя? Звоните врачу.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Плач усиливается примерно с 2 недель и сильнее всего в 6–8 недель. Потом его становится меньше.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Маленькие дети часто много плачут — это нормально. Вы в этом не виноваты.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Один раз проверьте главное: голод, подгузник, не жарко ли, не холодно ли, не устал ли. Потом перестаньте искать причину.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Пробуйте по одному спокойному способу: напевать или петь, кожа к коже, прогулка с коляской, тёплая ванна.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Иногда плач невозможно остановить. Сам по себе плач не вредит малышу, и он пройдёт.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Плач звучит необычно, есть температура или малыш не ест? Обратитесь к врачу.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Уложите малыша и подержите руку у него на животике — или подождите, пока он крепко уснёт.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Нет сил? Прежде чем отдохнуть, положите малыша в его кроватку.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Никогда не засыпайте с малышом на диване или в кресле.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Попросите партнёра, бабушку или дедушку ненадолго вас подменить.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Истерики — нормальный этап развития. Большинство проходит меньше чем за 15 минут.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Следите, чтобы ребёнок был в безопасности, будьте рядом и дайте истерике пройти, не споря.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Назовите чувство и границу в нескольких словах: «Ты злишься. Бить — больно, я тебя останавливаю».</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Не получается сохранять спокойствие? Если ребёнок в безопасности, выйдите на минуту-другую.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Ищите, что за этим стоит: голод, усталость, слишком много всего вокруг.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Потом снова наладьте контакт с ребёнком, а когда в следующий раз всё пойдёт хорошо, похвалите его.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Остановитесь, когда ребёнок показывает, что наелся. Никогда не кормите насильно.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Ребёнок отказался от еды? Это не поражение. Будет следующий раз.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Кормление снова и снова заканчивается слезами? Спросите совета у семейного врача или здесь: {line:parenting}.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Кормление снова и снова заканчивается слезами? Спросите совета у семейного врача или в детской консультации.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Договоритесь с коллегами о знаке, который значит: «подмени меня, мне нужно две минуты».</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Никогда не оставляйте группу без присмотра. Сначала попросите коллегу подменить вас.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Вы одни с группой? Сначала позаботьтесь о безопасности всех: малышей уложите в кроватки, детей постарше усадите за спокойное занятие.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Когда все в безопасности, позвоните руководителю или тому, кто вас подстраховывает.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Малыши заводят друг друга плачем. Дело в обстановке, а не в вас.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>После трудного момента обсудите его с коллегой или руководителем.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Беспокоитесь, как вы или коллега обращаетесь с ребёнком? Скажите руководителю и действуйте по правилам вашей организации. Совет можно получить и здесь: {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Беспокоитесь, как вы или коллега обращаетесь с ребёнком? Скажите руководителю и действуйте по правилам вашей организации.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Просите о конкретной помощи: приготовить еду или посидеть с малышом пятнадцать минут.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Заранее составьте план на случай плача: три вещи, которые успокаивают, кому позвонить, куда положить малыша.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Расскажите о правиле «никогда не трясти» и о своём плане всем, кто присматривает за малышом.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Слёзы или упадок сил в первые две недели после родов — это частое явление. Дольше — или появились мысли причинить вред себе или малышу? Сегодня же обратитесь к семейному врачу или звоните днём и ночью: {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Слёзы или упадок сил в первые две недели после родов — это частое явление. Дольше — или появились мысли причинить вред себе или малышу? Сегодня же обратитесь к семейному врачу. Опасность прямо сейчас? Звоните 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Советы о безопасном сне изменились: на спине, в пустой кроватке. Делайте так, как привыкли родители.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Бабушкам и дедушкам тоже можно отойти. Безопасно уложить малыша можно всегда.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Вы трясли или ударили малыша, или ему сейчас плохо (сонливый, вялый, рвота, не ест, судороги)? Сейчас же звоните 112 и скажите, что случилось.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Накричали или схватили ребёнка? Никогда не поздно поговорить об этом и помириться.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Боитесь, что можете навредить ребёнку? Скажите об этом семейному врачу: он поможет найти поддержку. Просить о помощи — это сила.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112 (экстренные службы)</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712 (линия помощи при насилии и жестоком обращении)</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>линия Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>112 (экстренные службы)</translation>
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
        <translation>Боитесь, что можете навредить ребёнку? Позвоните: {line:abuse-advice}. Там помогают и тем, кто этого боится.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Мой план на случай плача</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Плач — это нормально, и он проходит. Когда становится слишком тяжело, сделайте следующее.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Положите малыша на спину в его пустую кроватку или манеж. Затем выйдите из комнаты.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Медленно выдохните. Сосчитайте до десяти. Выпейте воды.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Заглядывайте к малышу каждые 5–10 минут.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Позвоните кому-то из людей ниже. Просить о помощи — это сила.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Никогда не трясите малыша, даже на мгновение. Тряска может вызвать повреждение мозга или смерть.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Ребёнок пострадал или заболел? Сразу звоните 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Мои близкие</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Линии помощи</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Поделитесь этим планом со всеми, кто присматривает за малышом.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Вдох</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Задержка после вдоха</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Выдох</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Задержка после выдоха</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Можно сохранить до шести ритмов. Сначала удалите один.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: введите число секунд, например 4 или 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1: не может быть меньше 0 секунд.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1: не больше 12 секунд.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: используйте целые или половинные секунды, например 4 или 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1: нужна хотя бы 1 секунда.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Введите PIN-код администратора и нажмите Enter: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Вставьте эту строку в раздел [organisation] файла pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>PIN-код должен содержать не меньше %n символа; ничего не создано.
</numerusform>
            <numerusform>PIN-код должен содержать не меньше %n символов; ничего не создано.
</numerusform>
            <numerusform>PIN-код должен содержать не меньше %n символов; ничего не создано.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Управляемая конфигурация</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>действует PIN-код администратора из строки %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>PIN-код администратора не задан.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Управляемую конфигурацию не удаётся прочитать; Pauzeknop использует свои настройки.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Управляемая конфигурация больше 1 МБ и не используется; Pauzeknop использует свои настройки.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Управляемую конфигурацию могут изменять не только администратор (root), но и другие учётные записи, поэтому она не используется.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 — это не параметр (key=value), строка игнорируется.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 длиннее %2 симв. и игнорируется.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: раздел [%2] неизвестен; его строки игнорируются.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: «%2» стоит раньше любого [раздела] и игнорируется.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: ключ «%2» неизвестен и игнорируется.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: для «%2» нужно: %3; строка игнорируется.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: «%2» уже задан в строке %3; действует строка %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin — не хеш, созданный командой pauzeknop --hash-pin, и игнорируется; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: этот adminPin создан с числом раундов меньше %2, и его слишком легко подобрать; создайте новый командой pauzeknop --hash-pin. Он игнорируется; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Ещё %n проблема в этом файле не показана.</numerusform>
            <numerusform>Ещё %n проблемы в этом файле не показаны.</numerusform>
            <numerusform>Ещё %n проблем в этом файле не показано.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1: неизвестный раздел; его строки игнорируются.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 стоит раньше любого [раздела] и игнорируется.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1: ключ, неизвестный Pauzeknop, игнорируется.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>поле «%1» отсутствует или пустое</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>поле «%1» длиннее %n символа</numerusform>
            <numerusform>поле «%1» длиннее %n символов</numerusform>
            <numerusform>поле «%1» длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>поле «%1» должно быть одним текстом на английском: переводы делаются через файлы .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>в поле «%1» больше %n языка</numerusform>
            <numerusform>в поле «%1» больше %n языков</numerusform>
            <numerusform>в поле «%1» больше %n языков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>«%1» в «%2» должно быть текстом не длиннее %n символа под кодом языка, например «nl»</numerusform>
            <numerusform>«%1» в «%2» должно быть текстом не длиннее %n символов под кодом языка, например «nl»</numerusform>
            <numerusform>«%1» в «%2» должно быть текстом не длиннее %n символов под кодом языка, например «nl»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>поле «%1» должно быть списком от 1 до %n элемента</numerusform>
            <numerusform>поле «%1» должно быть списком от 1 до %n элементов</numerusform>
            <numerusform>поле «%1» должно быть списком от 1 до %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>в поле «%1» стоит «%2»: используйте строчные буквы, цифры и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>поле «%1» должно быть списком из значений %2 (найдено «%3»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>поле «%1» должно быть веб-адресом (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: неизвестный ключ «%3» игнорируется.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>совет %1 («%2»)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>совет %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; этот совет пропущен.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«id» может содержать только строчные буквы, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>«situation» должно быть одним из: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>«text» называет линию через {line:...}, поэтому «text_without_line» должно говорить то же самое для региона без этой линии</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>«text_without_line» не должно называть линию</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>текст «%1» должен называть те же линии, что и остальные</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>нет «source»: у каждого совета должен быть указан источник</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«source» длиннее %n символа</numerusform>
            <numerusform>«source» длиннее %n символов</numerusform>
            <numerusform>«source» длиннее %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>«channels» должно быть списком не более чем из %n способа связи</numerusform>
            <numerusform>«channels» должно быть списком не более чем из %n способов связи</numerusform>
            <numerusform>«channels» должно быть списком не более чем из %n способов связи</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>канал %1: «kind» должно быть phone, chat, sms, mail или web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>канал %1: «%2» — недопустимое значение для %3</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>канал %1: «hours» длиннее %n символа</numerusform>
            <numerusform>канал %1: «hours» длиннее %n символов</numerusform>
            <numerusform>канал %1: «hours» длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>канал %1: не удалось разобрать часы работы «%2» (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>линия %1 («%2»)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>линия %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; этот контакт пропущен.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>нет «name»</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«name» длиннее %n символа</numerusform>
            <numerusform>«name» длиннее %n символов</numerusform>
            <numerusform>«name» длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>«cost» должно быть «free» или «zonal»</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>«emergency» можно указывать только для 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>для «verified» нужна дата «verified_on», например 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>в «channels» должен быть хотя бы один способ связи</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>упражнение %1 («%2»)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; тексты этого упражнения не используются.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>нужны «id» и «source»</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: не удаётся прочитать (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: больше 1 МБ, не прочитан.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: ошибка JSON в позиции %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: ожидался объект с «tips» и «helplines».</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: неизвестный ключ «%2» игнорируется.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: «version» должно быть 1; читается как версия 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: «%2» должно быть списком.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: в «%2» %n запись; читаются только первые %3.</numerusform>
            <numerusform>%1: в «%2» %n записи; читаются только первые %3.</numerusform>
            <numerusform>%1: в «%2» %n записей; читаются только первые %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, совет «%2»: этот id уже занят; совет пропущен.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, линия «%2»: этот id уже занят; контакт пропущен.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... и ещё %n проблема (не показана).</numerusform>
            <numerusform>... и ещё %n проблемы (не показаны).</numerusform>
            <numerusform>... и ещё %n проблем (не показаны).</numerusform>
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
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 — это ссылка, созданная другой учётной записью на этом компьютере, поэтому туда ничего не записано. Выберите другое место.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>это не файл, который можно заменить.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>слишком много ссылок.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>файл не открылся.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Файл настроек оказался слишком большим, поэтому Pauzeknop запустился с новыми настройками. Старый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Файл настроек слишком большой, его не удаётся прочитать. Пока Pauzeknop использует обычные настройки.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Это не удалось сохранить на этом компьютере (возможно, диск заполнен или доступен только для чтения). Настройка действует, пока Pauzeknop не закроется.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>одно из: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>сочетание клавиш, например Ctrl+Alt+P (с Ctrl, Alt или Super), или off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Это общий компьютер: личные контакты здесь не хранятся.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Задано вашей организацией для всех на этом компьютере.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Задано организацией %1 для всех на этом компьютере.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>не длиннее %n символа</numerusform>
            <numerusform>не длиннее %n символов</numerusform>
            <numerusform>не длиннее %n символов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Прямо сейчас</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Малыш плачет</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Не засыпает</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Истерика</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Кормление и еда</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Беспокойная группа в яслях</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Нет сил</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Потом</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Не удалось открыть журнал использования: экспорт пуст.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Недельные итоги записаны в %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN-код администратора</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>С PIN-кодом администратора можно увидеть записи о паузах.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Проверяет PIN-код администратора.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Для этого компьютера PIN-код администратора не задан.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Открыто, пока Pauzeknop не закроется.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Проверка PIN-кода...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>PIN-код не подходит. Подождите %1 с и попробуйте снова.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN-код не подходит. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Что делать сейчас: вдох, задержка или выдох.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Вдох</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Ещё вдох</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Выдох</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Считайте медленно</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Вы молодец. Дыхательное упражнение закончено.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Вы молодец</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Осталось %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Секунды этого шага</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Дыхательный круг</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Растёт на вдохе, уменьшается на выдохе.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Дыхательная полоса</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Заполняется на вдохе, пустеет на выдохе.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 минута</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Немного продлевает это упражнение.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Закончить</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Останавливает таймер и спрашивает, как вы себя чувствуете.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Осталась %Ln минута</numerusform>
            <numerusform>Осталось %Ln минуты</numerusform>
            <numerusform>Осталось %Ln минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Совет: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Вы молодец.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Вы сделали паузу. Это хорошо и для вас, и для вашего ребёнка.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Подышать ещё</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Начинает дыхание ещё раз.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завершает паузу и возвращает на начальный экран.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Как вы себя сейчас чувствуете?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Спокойнее</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Показывает доброе слово, совет и путь назад.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Всё ещё напряжённо</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Предлагает повторить, выбрать другое упражнение или отойти на несколько минут.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Мне нужна помощь</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Показывает, кому можно позвонить, первым — 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Ваши близкие</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Запишите уже сейчас, кому можно позвонить, когда станет слишком тяжело: партнёру, соседу, другу.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Позвонить: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Открывает телефон или приложение для звонков, чтобы позвонить: %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Составить план на случай плача</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Изменить план на случай плача</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Люди, которым вы хотите позвонить. Хранится только на этом компьютере. Можно распечатать.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>Не удалось сохранить %1. Попробуйте другую папку.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Сохранить план на случай плача в PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>план-на-случай-плача</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Имя человека %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Человек, которому можно позвонить, когда становится слишком тяжело.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Номер телефона человека %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Номер, по которому звонить.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Заметка, например: живёт по соседству</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Заметка о человеке %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Всё, что поможет, например когда звонить.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Удалить человека %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Убирает этого человека из вашего плана.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Мой план на случай плача</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Кому вы можете позвонить, когда становится слишком тяжело? Это хранится только на этом компьютере. Распечатайте план — для холодильника, для бабушек, дедушек и нянь.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Добавляет пустую строку для ещё одного человека.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Распечатать план на случай плача</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Печатает ваш план: что делать и кому звонить.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Сохраняет ваш план в файл PDF, чтобы распечатать его или отправить.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Опасность? 112 с любого телефона. Бесплатно, днём и ночью.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Опасность? Звоните 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Если ребёнок пострадал или в опасности, сейчас же звоните на номер экстренных служб 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Выберите дыхательное упражнение</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (рекомендуем)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Меньше упражнений</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Больше упражнений</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Показывает или скрывает другие дыхательные упражнения.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Сколько времени дышать.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Создать свой ритм</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Задайте свои секунды для вдоха, задержки и выдоха.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Начать дыхание</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Запускает выбранное упражнение на выбранное время.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln повтор</numerusform>
            <numerusform>%Ln повтора</numerusform>
            <numerusform>%Ln повторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln минута</numerusform>
            <numerusform>%Ln минуты</numerusform>
            <numerusform>%Ln минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Это вы? Тогда Pauzeknop покажет нужную помощь.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Кто я</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Где я живу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>мама или папа</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>бабушка или дедушка</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>воспитатель в яслях</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>другой человек, который присматривает за ребёнком</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Советы и карточка безопасности подстроятся под вас.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop показывает линии помощи этого региона.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Выберите язык Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Всё верно</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Сохраняет эти ответы. Позже их можно изменить в настройках.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Убирает эту карточку. Pauzeknop оставит свой выбор; его можно изменить в настройках.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Пауза сейчас: открыть спокойный экран паузы Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>С этого компьютера нельзя позвонить. Наберите %1 на телефоне.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Также: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Сейчас работает: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Чат: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бесплатно</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Недавно эти данные не удалось подтвердить. Прежде чем на них полагаться, проверьте сайт.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Источник проверен %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Позвонить: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Открывает телефон или приложение для звонков, чтобы позвонить: %1, номер %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Копировать номер: %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Копирует %1 в буфер обмена.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Открывает %1 в браузере.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>QR-код для звонка: %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Отсканируйте камерой телефона, чтобы позвонить: %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Сейчас работает</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Сейчас работает, до %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Сейчас работает. До: %1, %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Сейчас не работает, откроется в %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Сейчас не работает, откроется завтра в %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Сейчас не работает. Откроется: %1, %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Часы работы неизвестны</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>С этого компьютера нельзя позвонить. Наберите %1 на телефоне или отсканируйте QR-код.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Номер скопирован.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Ваше контактное лицо здесь.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Ваше контактное лицо в организации %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Часы работы: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Кто поможет</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Фландрия</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Брюссель</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Валлония</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Немецкоязычное сообщество</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Когда становится слишком тяжело, нажмите «Пауза».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Открывает спокойную паузу: сначала ребёнок в безопасности, затем дыхание по таймеру.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Нажмите пробел или Enter, чтобы начать паузу.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Выберите язык Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Короткие советы для трудных моментов, с источниками.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Кто поможет</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Линии помощи, которые работают сейчас, и ваши близкие, которым можно позвонить.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Мои паузы</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Ваши паузы: когда, как вы себя чувствовали после, что помогло.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Дыхание</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Сразу открывает дыхательное упражнение.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Язык, звук, размер текста и другое.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Мои паузы</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Паузы по неделям</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Как вы себя чувствовали после паузы</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Упражнения, которые вы выбирали чаще всего</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Советы, которые вам помогли</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Пауз пока нет, и это нормально. Когда вы сделаете паузу, здесь будет видно, когда это было и что помогло. Каждая пауза важна.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Спокойнее</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Всё ещё напряжённо</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Нужна была помощь</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Пока нет законченных дыхательных упражнений.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Пока ни один совет не отмечен как полезный.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>неделя с %1: %Ln пауза</numerusform>
            <numerusform>неделя с %1: %Ln паузы</numerusform>
            <numerusform>неделя с %1: %Ln пауз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln пауза</numerusform>
            <numerusform>%1:00: %Ln паузы</numerusform>
            <numerusform>%1:00: %Ln пауз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln раз)</numerusform>
            <numerusform>%1 (%Ln раза)</numerusform>
            <numerusform>%1 (%Ln раз)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Нажмите новые клавиши (Esc — отмена)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Esc — отмена)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Нажмите новые клавиши, например Ctrl, Alt и букву одновременно. Esc — отмена.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Выбрать клавиши</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Нажмите пробел, чтобы выбрать другое сочетание, затем нажмите новые клавиши.</translation>
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
        <translation>Номер экстренных служб: полиция, скорая помощь, пожарные.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Позвонить в 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Не нужно справляться с этим в одиночку.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Мои близкие и все линии помощи</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Завершает паузу и открывает «Кто поможет»: ваши близкие, которым можно позвонить, и все линии помощи — с кнопками звонка, копирования номера и QR-кодом.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Вернуться к ребёнку</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завершает паузу и возвращает на начальный экран.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Мой ритм, в секундах</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Секунды, от 0 до 12, с шагом 0,5.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Сохранить и дышать</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Сохраняет этот ритм и запускает дыхание по нему.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Назад к списку упражнений.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Мне уже лучше</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Завершает паузу в любой момент. То же делает клавиша Esc.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Когда это выключено, ничего нового не записывается. То, что уже записано, остаётся, пока вы это не удалите.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Старые записи удаляются при каждом запуске Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Сохранить сводку…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Сохраняет число пауз по неделям в выбранный файл: таблицу (CSV) или JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>О конфиденциальности</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Что записывается, где и что не записывается никогда.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Удаляет с этого компьютера все записи о ваших паузах. Сначала вас спросят.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Таблица (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Удалить всё?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Все записи о ваших паузах на этом компьютере будут удалены. Это нельзя отменить. Пауза будет работать, как всегда.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Оставить мои паузы</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Всё удалено.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Ничего не удалось удалить: эта история доступна только для чтения.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Ваша конфиденциальность</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>собственная папка приложения</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Что записывается</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Где это хранится</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Что никогда не записывается</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Сколько это хранится</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Кто может это видеть</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Чем Pauzeknop не является</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Только то, что произошло, и никогда — кто вы: что началась пауза, какое дыхательное упражнение вы делали, как вы себя чувствовали после (спокойнее, всё ещё напряжённо, нужна была помощь) и какие советы помогли. В каждой записи только час, без минут.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Только на этом компьютере, в одном файле: %1. Pauzeknop никогда не пользуется интернетом, поэтому ничего никуда не отправляется.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Ваше имя, имя ребёнка, имя компьютера, всё, что вы вводите, люди из вашего плана, заголовки окон и имена файлов.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Вы выбираете: 30 дней, 90 дней, 1 год или всегда. Старые записи удаляются при каждом запуске Pauzeknop. На странице «Мои паузы» можно выключить запись или удалить всё.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Только те, кто пользуется этим компьютером. Если вы сохраните сводку, в ней будут только числа по неделям, никогда — отдельные моменты. На общем компьютере числа меньше 5 скрыты, а для «Моих пауз» нужен PIN-код администратора.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop помогает спокойно сделать паузу. Он ничего не диагностирует и не лечит. Если вы или ваш ребёнок в опасности, звоните 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Этот перевод — черновик команды Pauzeknop: носитель русского языка его ещё не проверил.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Помощь в Брюсселе</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Помощь в Валлонии</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Помощь в Немецкоязычном сообществе</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Помощь в Нидерландах</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Помощь во Фландрии</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Сменить регион</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Показывает линии другого региона. Pauzeknop будет использовать его везде.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Удалить старые паузы?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Оставить мои паузы</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Новый срок хранения: %1. Более старые паузы будут сейчас удалены с этого компьютера.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Будет удалена %Ln пауза. Это нельзя отменить.</numerusform>
            <numerusform>Будут удалены %Ln паузы. Это нельзя отменить.</numerusform>
            <numerusform>Будет удалено %Ln пауз. Это нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Сначала убедитесь, что ребёнок в безопасности.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Попросите коллегу подменить вас или сначала обеспечьте безопасность группы.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Положите малыша на спину в кроватку или другое безопасное место. Отойти на несколько минут — это нормально.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Никогда не трясите малыша. Безопасно уложите его и отойдите.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Ребёнок в безопасности. Дышим</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Запускает дыхательное упражнение.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>На главную</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Назад на начальный экран. То же делает клавиша Esc.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Заблокировано. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Для администратора</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Язык Pauzeknop. Меняется сразу.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Кто я</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Пауза и советы подстроятся под вас.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Мама или папа</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Бабушка или дедушка</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Воспитатель в яслях</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Где я живу</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Какие линии помощи показываются.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Фландрия</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Брюссель</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Валлония</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Немецкоязычное сообщество</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Сначала: ребёнок в безопасности?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Перед дыханием карточка просит вас оставить ребёнка в безопасном месте.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Дыхательное упражнение</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Упражнение, с которого начинается пауза.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Сколько дышать</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Закончить раньше можно всегда.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Тихие звуки</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Тихий сигнал, когда пора вдохнуть или выдохнуть.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Всегда негромко, чтобы спящий малыш не проснулся.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Голосовые подсказки</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Спокойный голос говорит «вдох» и «выдох».</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Меньше движения</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Заполняющаяся полоса вместо растущего круга.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Чёрно-белое изображение с чёткими краями.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Более крупный текст везде.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Запускать вместе с компьютером</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop тихо ждёт в области уведомлений — всего одно нажатие.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Записывать мои паузы</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Только когда и как долго, никогда — кто. Всё остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Хранить записи</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Более старые паузы удаляются сами.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Один год</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Пока не удалю</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Это общий компьютер. Личные контакты здесь не хранятся, а записи о паузах видит только администратор.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Настроено: %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Голосовые подсказки на этом языке недоступны. Тихие звуки работают.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Некоторые строки файла настроек организации пропущены:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Это сочетание занято самим компьютером. Выберите другое.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Выберите букву, цифру или клавишу F вместе с Ctrl, Alt или клавишей Windows, чтобы сочетание не мешало набору текста.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Пауза откуда угодно</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Одно сочетание клавиш открывает паузу, даже когда Pauzeknop в области уведомлений или за другими окнами.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Клавиши для паузы</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Спросить систему снова</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Заблокировано. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Выключено. Паузу по-прежнему открывают кнопка «Пауза» и значок в области уведомлений.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Просим систему настроить %1. Может появиться окно подтверждения.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Настройка %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Включено: система открывает паузу по нажатию %1, пока Pauzeknop запущен.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Включено: нажмите %1 где угодно, чтобы открыть паузу, пока Pauzeknop запущен.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Включите «Запускать вместе с компьютером», чтобы сочетание всегда было наготове.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Это сочетание занято другой программой; выберите другое.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Система не настроила сочетание клавиш. Ничего страшного: паузу по-прежнему открывают кнопка «Пауза» и значок в области уведомлений. Можно попросить ещё раз или добавить сочетание в настройках клавиатуры вашей системы с командой %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>На этой клавиатуре нет такой клавиши; выберите другую.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Эта система не позволяет Pauzeknop самому назначить сочетание клавиш. Добавьте его в Настройки &gt; Клавиатура &gt; Просмотр и изменение комбинаций клавиш &gt; Дополнительные комбинации клавиш, с командой %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Эта система не позволяет Pauzeknop самому назначить сочетание клавиш. Добавьте его в Параметры системы &gt; Комбинации клавиш &gt; Добавить &gt; Команда или сценарий, с командой %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Эта система не позволяет Pauzeknop самому назначить сочетание клавиш. Добавьте его в настройках клавиатуры вашей системы, с командой %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Совет: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Это нормально. Дайте себе ещё немного времени.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Повторяет то же упражнение ещё раз.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Другое упражнение</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Позволяет выбрать другое дыхательное упражнение.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Отойти на несколько минут</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Таймер на 2, 5 или 10 минут напомнит вам заглянуть к ребёнку.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Спасибо</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Помогло</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Анонимно сообщает Pauzeknop, что этот совет вам помог.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Сохранено</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Сохранить</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Сохранено в моих советах</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Сохранить в мои советы</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Этот совет в вашем списке. Нажмите, чтобы убрать его.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Сохраняет этот совет в вашем списке, только на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Советы для родителей</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Советы для бабушек и дедушек</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Советы для воспитателей</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Советы для всех, кто присматривает за ребёнком</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Показывает советы для этой ситуации.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Здесь пока нет советов.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Здесь появятся советы, которые вы сохраните с помощью ☆.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Показать все советы</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Показывает также советы для родителей, бабушек и дедушек и воспитателей.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Мои советы</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Мои советы</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Советы, которые вы сохранили.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Сделать паузу</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Дыхание</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Кто поможет</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Открыть Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: нажмите, чтобы сделать паузу</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop всё ещё здесь</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Когда понадобится пауза, нажмите на этот значок. «Выйти» — в его меню.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Запись ваших пауз выключена. Ничего нового не записывается.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Прежнюю историю пауз не удалось прочитать, поэтому начата новая. Старый файл сохранён как %1. Пауза работает, как всегда.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Сейчас паузы не удаётся сохранить в этой папке. Они запоминаются, пока Pauzeknop не закроется. Пауза работает, как всегда.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Историю пауз сохранила более новая версия Pauzeknop. Её можно посмотреть, но ничего нового не добавится, пока вы не обновите программу. Пауза работает, как всегда.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Возьмите несколько минут для себя.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Убедитесь, что ребёнок в безопасности, и выйдите из комнаты. Мы скажем, когда пора к нему заглянуть.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Запускает спокойный обратный отсчёт. Мы скажем, когда пора заглянуть к ребёнку.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Дышите, выпейте воды. В конце загляните к ребёнку.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Я снова здесь</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Сразу завершает обратный отсчёт.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Теперь загляните к ребёнку.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завершает паузу и возвращает на начальный экран.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Осталась %Ln минута</numerusform>
            <numerusform>Осталось %Ln минуты</numerusform>
            <numerusform>Осталось %Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln минута</numerusform>
            <numerusform>%Ln минуты</numerusform>
            <numerusform>%Ln минут</numerusform>
        </translation>
    </message>
</context>
</TS>
