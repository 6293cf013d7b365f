<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Мій ритм %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Ваш власний ритм: вдих, затримка, видих, затримка.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Зупиніться, якщо паморочиться в голові або стає неприємно.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: кнопка паузи для тих, хто доглядає маленьких дітей.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Відкрити одразу екран паузи.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Зберігати журнал використання й налаштування в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Мова інтерфейсу &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Запуститися прихованим в області сповіщень, напоготові для паузи.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Прочитати PIN-код адміністратора зі стандартного введення й вивести рядок для керованої конфігурації (для адміністраторів).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Відкрити одразу розділ «Хто допоможе»: лінії допомоги та ваші близькі, яким можна подзвонити.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Записати тижневі підсумки журналу використання в &lt;file&gt; (CSV або JSON для .json) і вийти.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Одразу відкрити дихання, з вправою [PATTERN], якщо її вказано: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Разом із --breathe: вправа для дихання.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Список параметрів: pauzeknop --help.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Невідома дихальна вправа: %1. Виберіть одну з: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Невідома мова: %1. Виберіть одну з: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неочікуваний аргумент: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Порада команди Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нідерландською</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французькою</translation>
    </message>
    <message>
        <source>German</source>
        <translation>німецькою</translation>
    </message>
    <message>
        <source>English</source>
        <translation>англійською</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Розмовляють %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, де розмовляють %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Спокійне дихання</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Вдих 4 секунди, видих 6 — повільно й м’яко.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Без затримки дихання. Дихайте м’яко, не глибоко.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Фізіологічне зітхання</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Вдихніть, потім зробіть зверху ще один короткий вдих і повільно видихніть усе повітря.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Зупиніться, якщо паморочиться в голові.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Резонансне дихання</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Вдих 5,5 секунди, видих 5,5: приблизно шість вдихів на хвилину. Найкраще — п’ять хвилин або довше.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Дихайте м’яко, не глибоко.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Квадратне дихання</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Вдих 4 секунди, затримка 4, видих 4, затримка 4 — як чотири сторони квадрата.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Спершу сядьте. Ніколи не затримуйте дихання, коли тримаєте малюка на руках. Ви вагітні або маєте хворобу серця чи легень? Тоді виберіть «Спокійне дихання».</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Коротке квадратне дихання</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Легший квадрат: вдих 3 секунди, затримка 3, видих 3, затримка 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Спершу сядьте. Ніколи не затримуйте дихання, коли тримаєте малюка на руках. Ви вагітні або маєте хворобу серця чи легень? Тоді виберіть «Спокійне дихання».</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Дихання 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Вдих 4 секунди, затримка 7, видих 8. Не більше чотирьох повторів.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Спершу сядьте. Ніколи не затримуйте дихання, коли тримаєте малюка на руках. Ви вагітні або маєте хворобу серця чи легень? Виберіть «Спокійне дихання». Може запаморочитися в голові; у наукових дослідженнях не перевірено.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Лічба до десяти</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Перш ніж щось робити, повільно лічіть від 1 до 10 на видиху.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Навмисно коротка: від десяти до тридцяти секунд. Якщо потрібно більше часу, залиште дитину в безпечному місці.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Пряма небезпека, травма, дитина постраждала або тяжко хвора. Поліція: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Черговий лікар, коли ваш сімейний лікар не приймає: у вихідні та святкові дні, а в більшості регіонів також увечері й уночі в будні. З телефону з іноземною SIM-карткою: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733 (черговий лікар)</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Черговий лікар у вихідні (з п’ятниці 19:00 до понеділка 08:00) і у святкові дні. Увечері й уночі в будні 1733 тут не допоможе: запитайте в практиці свого сімейного лікаря, хто чергує. З телефону з іноземною SIM-карткою: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733 (черговий лікар у вихідні)</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Насильство й жорстоке поводження, зокрема з дітьми: для всіх, хто хвилюється, і для тих, хто сам іноді застосовує насильство. Називати себе не обов’язково. Це не екстрена лінія.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Для фахівців, які хвилюються за дитину: Vertrouwenscentrum Kindermishandeling вашої провінції або Брюсселя дає поради й допомагає. Безкоштовно.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>Vertrouwenscentrum Kindermishandeling вашої провінції</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Анонімний телефон довіри для всіх, кому треба поговорити.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Для всіх, хто має думки про самогубство, і для тих, хто хвилюється за іншу людину. Вдень і вночі.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Питання про немовлят, маленьких дітей і ясла.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Анонімний телефон довіри для всіх, кому треба поговорити, вдень і вночі.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Кризова лінія для всіх, хто має думки про самогубство, і для тих, хто хвилюється за іншу людину. Вдень і вночі.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Насильство між партнерами: для постраждалих, для тих, хто застосовує насильство, для дітей і свідків. Поза робочими годинами дзвінки переадресовуються на Télé-Accueil (107). Це не екстрена лінія.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Команди, які допомагають, коли дитині може загрожувати шкода, — зокрема батькам, які бояться заподіяти шкоду своїй дитині. У кожному районі своя команда: знайдіть свою на сайті ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>команда SOS Enfants вашого району</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Для дітей і підлітків, а також для дорослих, які хвилюються за дитину. Безкоштовно й анонімно.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Анонімний телефон довіри для всіх, кого щось тривожить або хто в кризі, вдень і вночі.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Пряма небезпека, травма, дитина постраждала або тяжко хвора.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Для всіх, хто має думки про самогубство, і для тих, хто хвилюється за іншу людину. Безкоштовно й анонімно, вдень і вночі.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Телефон довіри для всіх, кому треба поговорити, вдень і вночі.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Домашнє насильство й жорстоке поводження з дітьми: поради для постраждалих, свідків і тих, хто сам застосовує насильство. Можна не називати себе.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Черговий лікар загальної практики ввечері, вночі, у вихідні та святкові дні. У кожного регіону свій номер: його повідомляє автовідповідач або сайт вашого сімейного лікаря. Загальнонаціонального номера немає.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>huisartsenpost вашого регіону</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Покладіть дитину в безпечне місце: на спину в порожнє ліжечко або манеж. Потім вийдіть із кімнати.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Зачинити двері на кілька хвилин — це нормально. Зазирайте до дитини кожні 5–10 хвилин.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Хочеться струснути, схопити чи вдарити? Це ваш сигнал: покладіть дитину й вийдіть.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Ніколи не трясіть, не кидайте й не бийте дитину — жодного разу. Трясіння може спричинити в малюка пошкодження мозку або смерть.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Хвилину дихайте повільно: вдих через ніс, потім повільний видих.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Перш ніж щось робити, повільно полічіть до десяти.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Перейдіть в іншу кімнату. Випийте води чи чаю або вмийтеся холодною водою.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Скажіть уголос: «Я на межі. Я беру п’ять хвилин».</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Подзвоніть комусь: партнерові, сусідові, другові — або на телефон довіри {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Подзвоніть комусь: партнерові, сусідові або другові.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Просити про допомогу — це сила, а не слабкість.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Думаєте, що дитина постраждала або захворіла? Дзвоніть 112. Не екстрений випадок, але чекати не можна? Дзвоніть: {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Думаєте, що дитина постраждала або захворіла? Дзвоніть 112. Не екстрений випадок, але чекати не можна? Дзвоніть лікареві.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Плач посилюється приблизно з 2 тижнів і найсильніший у 6–8 тижнів. Потім його стає менше.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Маленькі діти часто багато плачуть — це нормально. Ви в цьому не винні.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Один раз перевірте головне: голод, підгузок, чи не жарко, чи не холодно, чи не втомився. Потім перестаньте шукати причину.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Пробуйте по одному спокійному способу: наспівувати чи співати, шкіра до шкіри, прогулянка з візочком, тепла ванна.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Іноді плач неможливо зупинити. Сам по собі плач не шкодить малюкові, і він минеться.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Плач звучить незвично, є температура або малюк не їсть? Зверніться до лікаря.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Покладіть малюка й потримайте руку в нього на животику — або зачекайте, поки він міцно засне.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Немає сил? Перш ніж відпочити, покладіть малюка в його ліжечко.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Ніколи не засинайте з малюком на дивані чи в кріслі.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Попросіть партнера, бабусю чи дідуся ненадовго вас підмінити.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Істерики — нормальний етап розвитку. Більшість минає менш ніж за 15 хвилин.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Стежте, щоб дитина була в безпеці, будьте поруч і дайте істериці минути, не сперечаючись.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Назвіть почуття й межу кількома словами: «Ти сердишся. Бити — боляче, я тебе зупиняю».</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Не вдається зберігати спокій? Якщо дитина в безпеці, вийдіть на хвилину-дві.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Шукайте, що за цим стоїть: голод, утома, забагато всього довкола.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Потім знову налагодьте контакт із дитиною, а коли наступного разу все піде добре, похваліть її.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Зупиніться, коли дитина показує, що наїлася. Ніколи не годуйте силоміць.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Дитина відмовилася від їжі? Це не поразка. Буде наступний раз.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Годування знову й знову закінчується слізьми? Порадьтеся із сімейним лікарем або тут: {line:parenting}.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Годування знову й знову закінчується слізьми? Порадьтеся із сімейним лікарем або в дитячій консультації.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Домовтеся з колегами про знак, який означає: «підміни мене, мені потрібні дві хвилини».</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Ніколи не залишайте групу без нагляду. Спершу попросіть колегу підмінити вас.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Ви самі з групою? Спершу подбайте про безпеку всіх: малюків покладіть у ліжечка, старших дітей посадіть за спокійне заняття.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Коли всі в безпеці, подзвоніть керівникові або людині, яка вас підстраховує.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Малюки заводять одне одного плачем. Справа в обстановці, а не у вас.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Після важкого моменту обговоріть його з колегою чи керівником.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Хвилюєтеся, як ви чи колега поводитеся з дитиною? Скажіть керівникові й дійте за правилами вашої організації. Порадитися можна також тут: {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Хвилюєтеся, як ви чи колега поводитеся з дитиною? Скажіть керівникові й дійте за правилами вашої організації.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Просіть про конкретну допомогу: приготувати їжу чи посидіти з малюком п’ятнадцять хвилин.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Заздалегідь складіть план на випадок плачу: три речі, які заспокоюють, кому подзвонити, куди покласти малюка.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Розкажіть про правило «ніколи не трясти» і про свій план усім, хто доглядає малюка.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Сльози чи занепад сил у перші два тижні після пологів — це часте явище. Довше — або з’явилися думки заподіяти шкоду собі чи малюкові? Сьогодні ж зверніться до сімейного лікаря або дзвоніть вдень і вночі: {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Сльози чи занепад сил у перші два тижні після пологів — це часте явище. Довше — або з’явилися думки заподіяти шкоду собі чи малюкові? Сьогодні ж зверніться до сімейного лікаря. Небезпека просто зараз? Дзвоніть 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Поради щодо безпечного сну змінилися: на спині, у порожньому ліжечку. Робіть так, як звикли батьки.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Бабусям і дідусям теж можна відійти. Безпечно покласти малюка можна завжди.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Ви трясли чи вдарили малюка, або йому зараз погано (сонливий, млявий, блювання, не їсть, судоми)? Негайно дзвоніть 112 і скажіть, що сталося.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Накричали чи схопили дитину? Ніколи не пізно поговорити про це й помиритися.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Боїтеся, що можете нашкодити дитині? Скажіть про це сімейному лікареві: він допоможе знайти підтримку. Просити про допомогу — це сила.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112 (екстрені служби)</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712 (лінія допомоги у разі насильства та жорстокого поводження)</translation>
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
        <translation>лінія Écoute Violences Conjugales (0800 30 030)</translation>
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
        <translation>112 (екстрені служби)</translation>
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
        <translation>Боїтеся, що можете нашкодити дитині? Зателефонуйте: {line:abuse-advice}. Там допомагають і тим, хто цього боїться.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Мій план на випадок плачу</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Плач — це нормально, і він минає. Коли стає занадто важко, зробіть ось що.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Покладіть малюка на спину в його порожнє ліжечко або манеж. Потім вийдіть із кімнати.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Повільно видихніть. Полічіть до десяти. Випийте води.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Зазирайте до малюка кожні 5–10 хвилин.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Подзвоніть комусь із людей нижче. Просити про допомогу — це сила.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Ніколи не трясіть малюка, навіть на мить. Трясіння може спричинити пошкодження мозку або смерть.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Дитина постраждала або захворіла? Одразу дзвоніть 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Мої близькі</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Лінії допомоги</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Поділіться цим планом з усіма, хто доглядає малюка.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Вдих</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Затримка після вдиху</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Видих</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Затримка після видиху</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Можна зберегти до шести ритмів. Спершу видаліть один.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: введіть кількість секунд, наприклад 4 або 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1: не може бути менше 0 секунд.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1: не більше 12 секунд.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: використовуйте цілі або половинні секунди, наприклад 4 або 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1: потрібна щонайменше 1 секунда.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Введіть PIN-код адміністратора й натисніть Enter: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Вставте цей рядок у розділ [organisation] файлу pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>PIN-код має містити щонайменше %n символ; нічого не створено.
</numerusform>
            <numerusform>PIN-код має містити щонайменше %n символи; нічого не створено.
</numerusform>
            <numerusform>PIN-код має містити щонайменше %n символів; нічого не створено.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Рядок %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Керована конфігурація</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>діє PIN-код адміністратора з рядка %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>PIN-код адміністратора не задано.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Керовану конфігурацію не вдається прочитати; Pauzeknop використовує власні налаштування.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Керована конфігурація більша за 1 МБ і не використовується; Pauzeknop використовує власні налаштування.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Керовану конфігурацію можуть змінювати не лише адміністратор (root), а й інші облікові записи, тому вона не використовується.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 — це не параметр (key=value), рядок ігнорується.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 довший за %2 симв. і ігнорується.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: розділ [%2] невідомий; його рядки ігноруються.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: «%2» стоїть перед будь-яким [розділом] і ігнорується.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: ключ «%2» невідомий і ігнорується.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: для «%2» потрібно: %3; рядок ігнорується.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: «%2» уже задано в рядку %3; діє рядок %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin — не хеш, створений командою pauzeknop --hash-pin, і ігнорується; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: цей adminPin створено з кількістю раундів, меншою за %2, і його надто легко вгадати; створіть новий командою pauzeknop --hash-pin. Він ігнорується; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Ще %n проблему в цьому файлі не показано.</numerusform>
            <numerusform>Ще %n проблеми в цьому файлі не показано.</numerusform>
            <numerusform>Ще %n проблем у цьому файлі не показано.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1: невідомий розділ; його рядки ігноруються.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 стоїть перед будь-яким [розділом] і ігнорується.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1: ключ, невідомий Pauzeknop, ігнорується.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>поле «%1» відсутнє або порожнє</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>поле «%1» довше за %n символ</numerusform>
            <numerusform>поле «%1» довше за %n символи</numerusform>
            <numerusform>поле «%1» довше за %n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>поле «%1» має бути одним текстом англійською: переклади робляться через файли .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>у полі «%1» понад %n мову</numerusform>
            <numerusform>у полі «%1» понад %n мови</numerusform>
            <numerusform>у полі «%1» понад %n мов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>«%1» у «%2» має бути текстом не довшим за %n символ під кодом мови, наприклад «nl»</numerusform>
            <numerusform>«%1» у «%2» має бути текстом не довшим за %n символи під кодом мови, наприклад «nl»</numerusform>
            <numerusform>«%1» у «%2» має бути текстом не довшим за %n символів під кодом мови, наприклад «nl»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>поле «%1» має бути списком від 1 до %n елемента</numerusform>
            <numerusform>поле «%1» має бути списком від 1 до %n елементів</numerusform>
            <numerusform>поле «%1» має бути списком від 1 до %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>у полі «%1» стоїть «%2»: використовуйте малі літери, цифри та &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>поле «%1» має бути списком зі значень %2 (знайдено «%3»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>поле «%1» має бути веб-адресою (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: невідомий ключ «%3» ігнорується.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>порада %1 («%2»)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>порада %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; цю пораду пропущено.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«id» може містити лише малі літери, цифри, &apos;.&apos;, &apos;_&apos; або &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>«situation» має бути одним із: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>«text» називає лінію через {line:...}, тому «text_without_line» має казати те саме для регіону без цієї лінії</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>«text_without_line» не повинен називати лінію</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>текст «%1» має називати ті самі лінії, що й інші</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>немає «source»: у кожної поради має бути вказано джерело</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«source» довше за %n символ</numerusform>
            <numerusform>«source» довше за %n символи</numerusform>
            <numerusform>«source» довше за %n символів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>«channels» має бути списком щонайбільше з %n способу зв’язку</numerusform>
            <numerusform>«channels» має бути списком щонайбільше з %n способів зв’язку</numerusform>
            <numerusform>«channels» має бути списком щонайбільше з %n способів зв’язку</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>канал %1: «kind» має бути phone, chat, sms, mail або web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>канал %1: «%2» — неприпустиме значення для %3</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>канал %1: «hours» довше за %n символ</numerusform>
            <numerusform>канал %1: «hours» довше за %n символи</numerusform>
            <numerusform>канал %1: «hours» довше за %n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>канал %1: не вдалося розібрати години роботи «%2» (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>лінія %1 («%2»)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>лінія %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; цей контакт пропущено.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>немає «name»</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«name» довше за %n символ</numerusform>
            <numerusform>«name» довше за %n символи</numerusform>
            <numerusform>«name» довше за %n символів</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>«cost» має бути «free» або «zonal»</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>«emergency» можна вказувати лише для 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>для «verified» потрібна дата «verified_on», наприклад 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>у «channels» має бути принаймні один спосіб зв’язку</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>вправа %1 («%2»)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; тексти цієї вправи не використовуються.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>потрібні «id» і «source»</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: не вдається прочитати (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: більший за 1 МБ, не прочитано.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: помилка JSON у позиції %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: очікувався об’єкт із «tips» і «helplines».</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: невідомий ключ «%2» ігнорується.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: «version» має бути 1; читається як версія 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: «%2» має бути списком.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: у «%2» %n запис; читаються лише перші %3.</numerusform>
            <numerusform>%1: у «%2» %n записи; читаються лише перші %3.</numerusform>
            <numerusform>%1: у «%2» %n записів; читаються лише перші %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, порада «%2»: цей id уже зайнятий; пораду пропущено.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, лінія «%2»: цей id уже зайнятий; контакт пропущено.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... і ще %n проблема (не показано).</numerusform>
            <numerusform>... і ще %n проблеми (не показано).</numerusform>
            <numerusform>... і ще %n проблем (не показано).</numerusform>
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
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 — це посилання, створене іншим обліковим записом на цьому комп’ютері, тому туди нічого не записано. Виберіть інше місце.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>це не файл, який можна замінити.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>забагато посилань.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>файл не відкрився.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Файл налаштувань виявився завеликим, тому Pauzeknop запустився з новими налаштуваннями. Старий файл збережено як %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Файл налаштувань завеликий, його не вдається прочитати. Поки що Pauzeknop використовує звичайні налаштування.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Це не вдалося зберегти на цьому комп’ютері (можливо, диск заповнений або доступний лише для читання). Налаштування діє, доки Pauzeknop не закриється.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>одне з: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>ціле число від %1 до %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>комбінація клавіш, наприклад Ctrl+Alt+P (із Ctrl, Alt або Super), або off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Це спільний комп’ютер: особисті контакти тут не зберігаються.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Задано вашою організацією для всіх на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Задано організацією %1 для всіх на цьому комп’ютері.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>не довше за %n символ</numerusform>
            <numerusform>не довше за %n символи</numerusform>
            <numerusform>не довше за %n символів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Просто зараз</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Малюк плаче</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Не засинає</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Істерика</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Годування та їжа</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Неспокійна група в яслах</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Немає сил</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Потім</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Не вдалося відкрити журнал використання: експорт порожній.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Тижневі підсумки записано в %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN-код адміністратора</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>З PIN-кодом адміністратора можна побачити записи про паузи.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Перевіряє PIN-код адміністратора.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Для цього комп’ютера PIN-код адміністратора не задано.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Відкрито, доки Pauzeknop не закриється.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Перевірка PIN-коду...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>PIN-код не підходить. Зачекайте %1 с і спробуйте знову.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN-код не підходить. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Що робити зараз: вдих, затримка чи видих.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Вдих</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Ще вдих</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Затримка</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Видих</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Лічіть повільно</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Ви молодець. Дихальну вправу завершено.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Ви молодець</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Залишилося %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Секунди цього кроку</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Дихальне коло</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Збільшується на вдиху, зменшується на видиху.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Дихальна смуга</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Заповнюється на вдиху, спорожнюється на видиху.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 хвилина</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Трохи подовжує цю вправу.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Зупиняє таймер і запитує, як ви почуваєтеся.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Залишилася %Ln хвилина</numerusform>
            <numerusform>Залишилося %Ln хвилини</numerusform>
            <numerusform>Залишилося %Ln хвилин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Порада: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Ви молодець.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Ви зробили паузу. Це добре і для вас, і для вашої дитини.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Подихати ще</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Починає дихання ще раз.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завершує паузу й повертає на початковий екран.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Як ви зараз почуваєтеся?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Спокійніше</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Показує добре слово, пораду й дорогу назад.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Досі напружено</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Пропонує повторити, вибрати іншу вправу або відійти на кілька хвилин.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Мені потрібна допомога</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Показує, кому можна подзвонити, першим — 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Ваші близькі</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Запишіть уже зараз, кому можна подзвонити, коли стане занадто важко: партнерові, сусідові, другові.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Подзвонити</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Подзвонити: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Відкриває телефон або застосунок для дзвінків, щоб подзвонити: %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Скласти план на випадок плачу</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Змінити план на випадок плачу</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Люди, яким ви хочете подзвонити. Зберігається лише на цьому комп’ютері. Можна роздрукувати.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>Не вдалося зберегти %1. Спробуйте іншу папку.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Зберегти план на випадок плачу в PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>план-на-випадок-плачу</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Ім’я людини %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Людина, якій можна подзвонити, коли стає занадто важко.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Номер телефону людини %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Номер, за яким дзвонити.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Примітка, наприклад: живе по сусідству</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Примітка про людину %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Усе, що допоможе, наприклад коли дзвонити.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Видалити людину %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Прибирає цю людину з вашого плану.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Мій план на випадок плачу</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Кому ви можете подзвонити, коли стає занадто важко? Це зберігається лише на цьому комп’ютері. Роздрукуйте план — для холодильника, для бабусь, дідусів і нянь.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Додати людину</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Додає порожній рядок для ще однієї людини.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Роздрукувати план на випадок плачу</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Друкує ваш план: що робити й кому дзвонити.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти в PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Зберігає ваш план у файл PDF, щоб роздрукувати його чи надіслати.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Небезпека? 112 з будь-якого телефону. Безкоштовно, цілодобово.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Небезпека? Дзвоніть 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Якщо дитина постраждала або в небезпеці, негайно дзвоніть на номер екстрених служб 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Виберіть дихальну вправу</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (радимо)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Менше вправ</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Більше вправ</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Показує або приховує інші дихальні вправи.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Скільки часу дихати.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Створити свій ритм</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Задайте свої секунди для вдиху, затримки й видиху.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Почати дихання</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Запускає вибрану вправу на вибраний час.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln повтор</numerusform>
            <numerusform>%Ln повтори</numerusform>
            <numerusform>%Ln повторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln хвилина</numerusform>
            <numerusform>%Ln хвилини</numerusform>
            <numerusform>%Ln хвилин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Це ви? Тоді Pauzeknop покаже потрібну допомогу.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Хто я</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Де я живу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>мама чи тато</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>бабуся чи дідусь</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>вихователь у яслах</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>інша людина, яка доглядає дитину</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Поради й картка безпеки підлаштуються під вас.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop показує лінії допомоги цього регіону.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Виберіть мову Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Усе так</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Зберігає ці відповіді. Пізніше їх можна змінити в налаштуваннях.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Прибирає цю картку. Pauzeknop залишить свій вибір; його можна змінити в налаштуваннях.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Пауза зараз: відкрити спокійний екран паузи Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>З цього комп’ютера не можна подзвонити. Наберіть %1 на телефоні.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Також: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Зараз працює: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Чат: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонімно</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Останнім часом ці дані не вдалося підтвердити. Перш ніж на них покладатися, перевірте сайт.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Джерело перевірено %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Подзвонити</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Подзвонити: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Відкриває телефон або застосунок для дзвінків, щоб подзвонити: %1, номер %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Копіювати номер: %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Копіює %1 у буфер обміну.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Відкриває %1 у браузері.</translation>
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
        <translation>QR-код для дзвінка: %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Відскануйте камерою телефону, щоб подзвонити: %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Зараз працює</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Зараз працює, до %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Зараз працює. До: %1, %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Зараз не працює, відкриється о %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Зараз не працює, відкриється завтра о %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Зараз не працює. Відкриється: %1, %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Години роботи невідомі</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>З цього комп’ютера не можна подзвонити. Наберіть %1 на телефоні або відскануйте QR-код.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Номер скопійовано.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Ваша контактна особа тут.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Ваша контактна особа в організації %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Хто допоможе</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Фландрія</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Брюссель</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Валлонія</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Німецькомовне співтовариство</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Нідерланди</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Коли стає занадто важко, натисніть «Пауза».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Відкриває спокійну паузу: спершу дитина в безпеці, потім дихання за таймером.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Натисніть пробіл або Enter, щоб почати паузу.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Виберіть мову Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Поради</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Короткі поради для важких моментів, із джерелами.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Хто допоможе</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Лінії допомоги, які працюють зараз, і ваші близькі, яким можна подзвонити.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Мої паузи</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Ваші паузи: коли, як ви почувалися після, що допомогло.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Дихання</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Одразу відкриває дихальну вправу.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Мова, звук, розмір тексту та інше.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Мої паузи</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Паузи за тижнями</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Час доби</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Як ви почувалися після паузи</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Вправи, які ви вибирали найчастіше</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Поради, які вам допомогли</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Пауз поки немає, і це нормально. Коли ви зробите паузу, тут буде видно, коли це було і що допомогло. Кожна пауза важлива.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Спокійніше</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Досі напружено</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Потрібна була допомога</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Поки немає завершених дихальних вправ.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Поки жодну пораду не позначено як корисну.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>тиждень від %1: %Ln пауза</numerusform>
            <numerusform>тиждень від %1: %Ln паузи</numerusform>
            <numerusform>тиждень від %1: %Ln пауз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln пауза</numerusform>
            <numerusform>%1:00: %Ln паузи</numerusform>
            <numerusform>%1:00: %Ln пауз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln раз)</numerusform>
            <numerusform>%1 (%Ln рази)</numerusform>
            <numerusform>%1 (%Ln разів)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Натисніть нові клавіші (Esc — скасувати)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Esc — скасувати)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Натисніть нові клавіші, наприклад Ctrl, Alt і літеру одночасно. Esc — скасувати.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Вибрати клавіші</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Натисніть пробіл, щоб вибрати іншу комбінацію, потім натисніть нові клавіші.</translation>
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
        <translation>Номер екстрених служб: поліція, швидка допомога, пожежна служба.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Подзвонити на 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Не треба впоруватися з цим самотужки.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Мої близькі та всі лінії допомоги</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Завершує паузу й відкриває «Хто допоможе»: ваші близькі, яким можна подзвонити, і всі лінії допомоги — з кнопками дзвінка, копіювання номера та QR-кодом.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Повернутися до дитини</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завершує паузу й повертає на початковий екран.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Мій ритм, у секундах</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Секунди, від 0 до 12, із кроком 0,5.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Зберегти й дихати</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Зберігає цей ритм і запускає дихання за ним.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Назад до списку вправ.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Мені краще</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Завершує паузу будь-коли. Те саме робить клавіша Esc.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Коли це вимкнено, нічого нового не записується. Те, що вже записано, залишається, доки ви це не видалите.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Старі записи видаляються під час кожного запуску Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Зберегти підсумок…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Зберегти підсумок</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Зберігає кількість пауз за тижнями у вибраний файл: таблицю (CSV) або JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Про конфіденційність</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Що записується, де і що не записується ніколи.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Видалити все</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Видаляє з цього комп’ютера всі записи про ваші паузи. Спершу вас запитають.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Таблиця (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Видалити все?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Усі записи про ваші паузи на цьому комп’ютері буде видалено. Це не можна скасувати. Пауза працюватиме, як завжди.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Залишити мої паузи</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Усе видалено.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Нічого не вдалося видалити: ця історія доступна лише для читання.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Ваша конфіденційність</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>власна папка застосунку</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Що записується</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Де це зберігається</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Що ніколи не записується</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Скільки це зберігається</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Хто може це бачити</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Чим Pauzeknop не є</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Лише те, що сталося, і ніколи — хто ви: що почалася пауза, яку дихальну вправу ви робили, як ви почувалися після (спокійніше, досі напружено, потрібна була допомога) і які поради допомогли. У кожному записі лише година, без хвилин.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Лише на цьому комп’ютері, в одному файлі: %1. Pauzeknop ніколи не користується інтернетом, тому нічого й нікуди не надсилається.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Ваше ім’я, ім’я дитини, ім’я комп’ютера, усе, що ви вводите, люди з вашого плану, заголовки вікон та імена файлів.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Ви вибираєте: 30 днів, 90 днів, 1 рік або завжди. Старі записи видаляються під час кожного запуску Pauzeknop. На сторінці «Мої паузи» можна вимкнути запис або видалити все.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Лише ті, хто користується цим комп’ютером. Якщо ви збережете підсумок, у ньому будуть лише числа за тижнями, ніколи — окремі моменти. На спільному комп’ютері числа, менші за 5, приховано, а для «Моїх пауз» потрібен PIN-код адміністратора.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop допомагає спокійно зробити паузу. Він нічого не діагностує й не лікує. Якщо ви чи ваша дитина в небезпеці, дзвоніть 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Цей переклад — чернетка команди Pauzeknop: носій української мови його ще не перевірив.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Допомога в Брюсселі</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Допомога у Валлонії</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Допомога в Німецькомовному співтоваристві</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Допомога в Нідерландах</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Допомога у Фландрії</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Змінити регіон</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Показує лінії іншого регіону. Pauzeknop використовуватиме його всюди.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Видалити старі паузи?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Залишити мої паузи</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Новий термін зберігання: %1. Старіші паузи буде зараз видалено з цього комп’ютера.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Буде видалено %Ln паузу. Це не можна скасувати.</numerusform>
            <numerusform>Буде видалено %Ln паузи. Це не можна скасувати.</numerusform>
            <numerusform>Буде видалено %Ln пауз. Це не можна скасувати.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Спершу переконайтеся, що дитина в безпеці.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Попросіть колегу підмінити вас або спершу подбайте про безпеку групи.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Покладіть малюка на спину в ліжечко чи інше безпечне місце. Відійти на кілька хвилин — це нормально.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Ніколи не трясіть малюка. Безпечно покладіть його й відійдіть.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Дитина в безпеці. Дихаймо</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Запускає дихальну вправу.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>На головну</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Назад на початковий екран. Те саме робить клавіша Esc.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Заблоковано. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Для адміністратора</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Мова Pauzeknop. Змінюється одразу.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Хто я</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Пауза й поради підлаштуються під вас.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Мама чи тато</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Бабуся чи дідусь</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Вихователь у яслах</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Інша людина</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Де я живу</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Які лінії допомоги показувати.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Фландрія</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Брюссель</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Валлонія</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Німецькомовне співтовариство</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Нідерланди</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Спершу запитати: дитина в безпеці?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Перед диханням картка просить вас залишити дитину в безпечному місці.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Дихальна вправа</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Вправа, з якої починається пауза.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Скільки дихати</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Завершити раніше можна завжди.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Тихі звуки</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Тихий сигнал, коли час вдихнути чи видихнути.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Гучність</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Завжди тихо, щоб малюк не прокинувся.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Голосові підказки</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Спокійний голос каже «вдих» і «видих».</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Екран</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Менше руху</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Смуга, що заповнюється, замість кола, що росте.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Чорно-біле зображення з чіткими краями.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Більший текст усюди.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Цей комп’ютер</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Запускати разом із комп’ютером</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop тихо чекає в області сповіщень — лише одне натискання.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Записувати мої паузи</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Лише коли й скільки, ніколи — хто. Усе залишається на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Зберігати записи</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Старіші паузи видаляються самі.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 днів</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 днів</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Один рік</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Доки не видалю</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Комбінація клавіш</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Це спільний комп’ютер. Особисті контакти тут не зберігаються, а записи про паузи бачить лише адміністратор.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Налаштовано: %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Голосові підказки цією мовою недоступні. Тихі звуки працюють.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Деякі рядки файлу налаштувань організації пропущено:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Цю комбінацію зайняв сам комп’ютер. Виберіть іншу.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Виберіть літеру, цифру або клавішу F разом із Ctrl, Alt чи клавішею Windows, щоб комбінація не заважала набирати текст.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Пауза звідусіль</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Одна комбінація клавіш відкриває паузу, навіть коли Pauzeknop в області сповіщень або за іншими вікнами.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Клавіші для паузи</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Запитати систему знову</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Заблоковано. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Вимкнено. Паузу й далі відкривають кнопка «Пауза» і значок в області сповіщень.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Просимо систему налаштувати %1. Може з’явитися вікно підтвердження.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Налаштування %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Увімкнено: система відкриває паузу, коли ви натискаєте %1, поки Pauzeknop працює.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Увімкнено: натисніть %1 будь-де, щоб відкрити паузу, поки Pauzeknop працює.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Увімкніть «Запускати разом із комп’ютером», щоб комбінація завжди була напоготові.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Цю комбінацію зайняла інша програма; виберіть іншу.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Система не налаштувала комбінацію клавіш. Нічого страшного: паузу й далі відкривають кнопка «Пауза» і значок в області сповіщень. Можна попросити ще раз або додати комбінацію в налаштуваннях клавіатури вашої системи з командою %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>На цій клавіатурі немає такої клавіші; виберіть іншу.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Ця система не дає Pauzeknop самому призначити комбінацію клавіш. Додайте її в Параметри &gt; Клавіатура &gt; Перегляд і налаштовування скорочень &gt; Власне скорочення, з командою %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Ця система не дає Pauzeknop самому призначити комбінацію клавіш. Додайте її в Системні параметри &gt; Скорочення &gt; Додати &gt; Команда або скрипт, з командою %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Ця система не дає Pauzeknop самому призначити комбінацію клавіш. Додайте її в налаштуваннях клавіатури вашої системи, з командою %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Порада: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Це нормально. Дайте собі ще трохи часу.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Повторює ту саму вправу ще раз.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Інша вправа</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Дає змогу вибрати іншу дихальну вправу.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Відійти на кілька хвилин</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Таймер на 2, 5 або 10 хвилин нагадає вам зазирнути до дитини.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Дякуємо</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Допомогло</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Анонімно повідомляє Pauzeknop, що ця порада вам допомогла.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Збережено</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Зберегти</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Збережено в моїх порадах</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Зберегти в мої поради</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Ця порада у вашому списку. Натисніть, щоб прибрати її.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Зберігає цю пораду у вашому списку, лише на цьому комп’ютері.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Поради для батьків</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Поради для бабусь і дідусів</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Поради для вихователів</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Поради для всіх, хто доглядає дитину</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Показує поради для цієї ситуації.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Тут поки немає порад.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Тут з’являться поради, які ви збережете за допомогою ☆.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Поради</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Показати всі поради</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Показує також поради для батьків, бабусь і дідусів та вихователів.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Мої поради</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Мої поради</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Поради, які ви зберегли.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Зробити паузу</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Дихання</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Хто допоможе</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Відкрити Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: натисніть, щоб зробити паузу</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop досі тут</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Коли знадобиться пауза, натисніть на цей значок. «Вийти» — у його меню.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Запис ваших пауз вимкнено. Нічого нового не записується.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Попередню історію пауз не вдалося прочитати, тому розпочато нову. Старий файл збережено як %1. Пауза працює, як завжди.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Зараз паузи не вдається зберегти в цій папці. Вони запам’ятовуються, доки Pauzeknop не закриється. Пауза працює, як завжди.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Історію пауз збережено новішою версією Pauzeknop. Її можна переглянути, але нічого нового не додаватиметься, доки ви не оновите програму. Пауза працює, як завжди.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Візьміть кілька хвилин для себе.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Переконайтеся, що дитина в безпеці, і вийдіть із кімнати. Ми скажемо, коли час до неї зазирнути.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Запускає спокійний зворотний відлік. Ми скажемо, коли час зазирнути до дитини.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Дихайте, випийте води. Наприкінці зазирніть до дитини.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Я знову тут</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Одразу завершує зворотний відлік.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Тепер зазирніть до дитини.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завершує паузу й повертає на початковий екран.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Залишилася %Ln хвилина</numerusform>
            <numerusform>Залишилося %Ln хвилини</numerusform>
            <numerusform>Залишилося %Ln хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln хвилина</numerusform>
            <numerusform>%Ln хвилини</numerusform>
            <numerusform>%Ln хвилин</numerusform>
        </translation>
    </message>
</context>
</TS>
