<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Моят ритъм %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Ваш собствен ритъм: вдишване, задържане, издишване, задържане.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Спрете, ако ви се завие свят или ви стане неприятно.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: бутон за пауза за хората, които се грижат за малки деца.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Отваря направо екрана за пауза.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Пази дневника за използване и настройките в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Използва езика &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Стартира скрито в системната област, готово за пауза.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Чете ПИН кода на администратора от стандартния вход и извежда реда за управляваната конфигурация (за администратори).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Отваря „Кой ще помогне“: линии за помощ и вашите хора, на които да се обадите.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Записва седмичните бройки от дневника за използване в &lt;file&gt; (CSV или JSON за .json) и излиза.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Отваря направо дишането, с упражнението [PATTERN], ако е зададено: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>С --breathe: упражнението, с което да дишате.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Изпълнете pauzeknop --help, за да видите какво разбира програмата.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Непознато дихателно упражнение: %1. Изберете едно от: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Непознат език: %1. Изберете един от: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неочакван аргумент: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Съвет на екипа на Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нидерландски</translation>
    </message>
    <message>
        <source>French</source>
        <translation>френски</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английски</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Отговаря на %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, на %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Спокойно дишане</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Вдишвайте 4 секунди и издишвайте 6, бавно и нежно.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Без задържане на дъха. Дишайте леко, не дълбоко.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Физиологична въздишка</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Вдишайте, поемете отгоре още малко въздух, после бавно издишайте всичко.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Спрете, ако ви се завие свят.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Резонансно дишане</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Вдишване 5,5 секунди, издишване 5,5: около шест вдишвания в минута. Най-добре за пет минути или повече.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Дишайте леко, не дълбоко.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Квадратно дишане</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Вдишване 4 секунди, задържане 4, издишване 4, задържане 4, като страните на квадрат.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Първо седнете и никога не задържайте дъха си, докато държите бебето. Бременна ли сте или имате сърдечно или белодробно заболяване? Изберете вместо това Спокойно дишане.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Кратко квадратно дишане</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>По-лек квадрат: вдишване 3 секунди, задържане 3, издишване 3, задържане 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Първо седнете и никога не задържайте дъха си, докато държите бебето. Бременна ли сте или имате сърдечно или белодробно заболяване? Изберете вместо това Спокойно дишане.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Дишане 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Вдишване 4 секунди, задържане 7, издишване 8. Най-много четири кръга.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Първо седнете и никога не задържайте дъха си, докато държите бебето. Бременна ли сте или имате сърдечно или белодробно заболяване? Изберете Спокойно дишане. Може да ви се завие свят; не е изпитано в научни проучвания.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Бройте до десет</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Бройте бавно от 1 до 10, докато издишвате, преди да направите каквото и да е друго.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Нарочно е кратко: от десет до трийсет секунди. После, ако ви трябва повече време, оставете детето на безопасно място.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Непосредствена опасност, нараняване или дете, което е наранено или много болно. Полиция: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Дежурният лекар, когато личният ви лекар не работи: през уикенда и на официални празници, а в повечето региони и вечер и нощем в делнични дни. От телефон с чуждестранна SIM карта: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733 (дежурен лекар)</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Дежурният лекар през уикенда (от петък 19:00 до понеделник 08:00) и на официални празници. Вечер и нощем в делнични дни 1733 не е правилният номер тук: попитайте в кабинета на личния си лекар кой е дежурен. От телефон с чуждестранна SIM карта: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733 (дежурен лекар през уикенда)</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Насилие, злоупотреби и насилие над деца: за всеки, който се тревожи, и за хората, които понякога сами прилагат насилие. Не е нужно да казвате кои сте. Не е линия за спешни случаи.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>За професионалисти, които се тревожат за дете: Vertrouwenscentrum Kindermishandeling на вашата провинция или на Брюксел дава съвети и помощ. Безплатно.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>Vertrouwenscentrum Kindermishandeling на вашата провинция</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Анонимен телефон на доверието за всеки, който има нужда да поговори.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>За всеки с мисли за самоубийство и за хората, които се тревожат за някого. Денем и нощем.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Въпроси за бебета, малки деца и грижата за деца.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Анонимен телефон на доверието за всеки, който има нужда да поговори, денем и нощем.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Кризисна линия за всеки с мисли за самоубийство и за хората, които се тревожат за някого. Денем и нощем.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Насилие между партньори: за пострадалите, за хората, които прилагат насилие, за деца и свидетели. Извън работното време обажданията се прехвърлят към Télé-Accueil (107). Не е линия за спешни случаи.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Екипи, които помагат, когато дете може да бъде наранено, включително на родители, които се страхуват, че могат да наранят детето си. Всеки район има свой екип: намерете вашия на уебсайта на ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>екипът на SOS Enfants във вашия район</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>За деца и млади хора и за възрастни, които се тревожат за дете. Безплатно и анонимно.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Анонимен телефон на доверието за всеки с тревоги или в криза, денем и нощем.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Непосредствена опасност, нараняване или дете, което е наранено или много болно.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>За всеки с мисли за самоубийство и за хората, които се тревожат за някого. Безплатно и анонимно, денем и нощем.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Телефон на доверието за всеки, който има нужда да поговори, денем и нощем.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Домашно насилие и насилие над деца: съвети за пострадали, свидетели и хора, които сами прилагат насилие. Можете да останете анонимни.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Личен лекар извън работното време: вечер, нощем, през уикенда и на празници. Всеки регион има свой номер: ще го намерите в телефонното съобщение или на уебсайта на личния си лекар. Няма национален номер.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>huisartsenpost във вашия регион</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Оставете детето на безопасно място: по гръб в празно креватче или кошарка. После излезте от стаята.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Затворена врата за няколко минути е нещо нормално. Връщайте се и поглеждайте детето на всеки 5 до 10 минути.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Изпитвате ли желание да разтърсите, сграбчите или ударите детето? Това е вашият сигнал: оставете детето и излезте.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Никога не разтърсвайте, не хвърляйте и не удряйте дете, нито веднъж. Разтърсването на бебе може да причини мозъчно увреждане или смърт.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Дишайте бавно една минута: вдишайте през носа, после издишайте бавно.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Пребройте бавно до десет, преди да направите каквото и да е друго.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Отидете в друга стая. Пийте вода или чай или наплискайте лицето си със студена вода.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Кажете на глас: „Стигнах до предела си. Вземам си пет минути.“</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Обадете се на някого: на партньора си, на съсед, на приятел или на {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Обадете се на някого: на партньора си, на съсед или на приятел.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Да потърсите помощ е сила, а не слабост.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Смятате, че детето ви е наранено или болно? Обадете се на 112. Не е спешно, но не може да чака? Обадете се на {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Смятате, че детето ви е наранено или болно? Обадете се на 112. Не е спешно, но не може да чака? Обадете се на лекар.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Плачът се засилва от около 2-седмична възраст и е най-силен около 6–8 седмици. После намалява.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Много плач е нормално за малко бебе. Вината не е ваша.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Проверете веднъж основното: глад, пелена, твърде топло или твърде студено, умора. След това спрете да търсите причина.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Опитвайте по едно успокояващо нещо: тананикане или песен, кожа до кожа, разходка с количката, топла баня.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Понякога плачът не може да бъде спрян. Самият плач не вреди на бебето и ще престане.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Плач, който звучи необичайно, температура или бебето не се храни: отидете на лекар.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Сложете бебето да легне и дръжте ръка на коремчето му или изчакайте, докато заспи дълбоко.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Изтощени сте? Сложете бебето в собственото му легло, преди да си починете.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Никога не заспивайте с бебе на дивана или в кресло.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Помолете партньора си, баба или дядо да поемат за малко.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Пристъпите на гняв са нормален етап. Повечето минават за по-малко от 15 минути.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Пазете детето в безопасност, стойте наблизо и оставете пристъпа да отмине, без да спорите.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Назовете чувството и границата с няколко думи: „Ядосваш се. Удрянето боли, затова те спирам.“</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Не можете да запазите спокойствие? Ако детето е в безопасност, излезте за минута-две.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Потърсете какво стои отдолу: глад, умора, твърде много неща наведнъж.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>След това отново се сближете с детето и го похвалете следващия път, когато нещата вървят добре.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Спрете, когато детето покаже, че се е нахранило. Никога не го насилвайте да яде.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Отказано хранене не е провал. Ще има следващо.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Храненето често завършва със сълзи? Попитайте личния си лекар или се обадете на {line:parenting}.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Храненето често завършва със сълзи? Попитайте личния си лекар или детската консултация.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Уговорете с колегите си знак, който означава: поеми, трябват ми две минути.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Никога не оставяйте групата без надзор. Първо помолете колега да поеме.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Сами сте с групата? Първо осигурете безопасността на всички: бебетата в креватчетата, малките деца седнали с нещо спокойно.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Когато всички са в безопасност, обадете се на ръководителя си или на човека, който може да ви замести.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Бебетата се заразяват едно от друго с плач. Така е в групата, не е заради вас.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>След труден момент поговорете за него с колега или с ръководителя си.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Тревожите се как вие или колега се отнасяте с дете? Кажете на ръководителя си и следвайте процедурата на вашата организация. Можете да поискате съвет и тук: {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Тревожите се как вие или колега се отнасяте с дете? Кажете на ръководителя си и следвайте процедурата на вашата организация.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Помолете за конкретна помощ: едно ядене или петнайсет минути, в които някой друг да гледа детето.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Направете си предварително план при плач: три успокояващи неща, на кого да се обадите, къде оставяте бебето.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Споделете правилото „никога не разтърсвайте“ и плана си с всички, които гледат бебето.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Сълзливост или потиснатост през първите две седмици след раждане са нещо често. Продължава по-дълго или имате мисли да навредите на себе си или на бебето? Отидете при личния си лекар още днес или се обадете, денем и нощем, на {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Сълзливост или потиснатост през първите две седмици след раждане са нещо често. Продължава по-дълго или имате мисли да навредите на себе си или на бебето? Отидете при личния си лекар още днес. В опасност ли сте сега? Обадете се на 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Съветите за безопасен сън са се променили: по гръб, в празно креватче. Следвайте навиците на родителите.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Като баба или дядо и вие можете да се отдалечите. Винаги е позволено да оставите бебето на безопасно място.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Разтърсили ли сте или ударили бебето си, или то изглежда неразположено сега (сънливо, отпуснато, повръща, не се храни, има гърчове)? Обадете се веднага на 112 и кажете какво се е случило.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Викали сте или сте дръпнали грубо детето? Никога не е късно да поговорите и да се сдобрите с него.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Страхувате се, че може да нараните детето си? Кажете на личния си лекар: там могат да ви помогнат да намерите подкрепа. Да потърсите помощ е сила.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112, номера за спешни случаи</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712, линията за помощ при насилие и злоупотреби</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>телефона на доверието Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>телефона на доверието Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>линията Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>телефона на доверието Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>112, номера за спешни случаи</translation>
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
        <translation>Страхувате се, че може да нараните детето си? Обадете се: {line:abuse-advice}. Там помагат и на хора, които се страхуват от това.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Моят план при плач</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Плачът е нормален и отминава. Когато стане твърде много, следвайте тези стъпки.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Сложете бебето по гръб в собственото му празно креватче или кошарка. После излезте от стаята.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Издишайте бавно. Пребройте до десет. Пийте вода.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Връщайте се и поглеждайте детето на всеки 5 до 10 минути.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Обадете се на някого от хората по-долу. Да потърсите помощ е сила.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Никога не разтърсвайте бебе, дори за миг. Разтърсването може да причини мозъчно увреждане или смърт.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Детето е наранено или болно? Обадете се веднага на 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Моите хора</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Линии за помощ</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Споделете този план с всички, които гледат бебето.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Вдишване</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Задържане след вдишване</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Издишване</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Задържане след издишване</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Можете да пазите до шест ритъма. Първо изтрийте един.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: въведете брой секунди, например 4 или 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 не може да е по-малко от 0 секунди.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 може да е най-много 12 секунди.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: използвайте цели или половин секунди, например 4 или 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 трябва да е поне 1 секунда.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Въведете ПИН кода на администратора и натиснете Enter: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Поставете този ред в раздела [organisation] на pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>ПИН кодът трябва да има поне %n знак; нищо не е създадено.
</numerusform>
            <numerusform>ПИН кодът трябва да има поне %n знака; нищо не е създадено.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Ред %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Управляваната конфигурация</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>важи ПИН кодът на администратора от ред %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>не е зададен ПИН код на администратора.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Управляваната конфигурация не може да бъде прочетена; Pauzeknop използва собствените си настройки.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Управляваната конфигурация е по-голяма от 1 MB и не се използва; Pauzeknop използва собствените си настройки.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Управляваната конфигурация може да се променя от акаунти, различни от администратора (root), затова не се използва.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1: това не е настройка (ключ=стойност) и се пропуска.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1: повече от %2 знака; пропуска се.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: разделът [%2] е непознат; редовете му се пропускат.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: „%2“ стои преди първия [раздел] и се пропуска.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: ключът „%2“ е непознат и се пропуска.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: „%2“ очаква %3; редът се пропуска.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: „%2“ вече е зададено на ред %3; важи ред %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin не е хеш, създаден с pauzeknop --hash-pin, и се пропуска; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: този adminPin е създаден с по-малко от %2 кръга и е твърде лесен за отгатване; създайте нов с pauzeknop --hash-pin. Пропуска се; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Още %n проблем в този файл не е показан.</numerusform>
            <numerusform>Още %n проблема в този файл не са показани.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1: посочва непознат раздел; редовете му се пропускат.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1: стои преди първия [раздел] и се пропуска.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1: има ключ, който Pauzeknop не познава, и се пропуска.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>„%1“ липсва или е празно</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„%1“ е по-дълго от %n знак</numerusform>
            <numerusform>„%1“ е по-дълго от %n знака</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>„%1“ трябва да е един текст на английски: преводите минават през файловете .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>„%1“ има повече от %n език</numerusform>
            <numerusform>„%1“ има повече от %n езика</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>„%1“ в „%2“ трябва да е текст от най-много %n знак под езиков код, например „nl“</numerusform>
            <numerusform>„%1“ в „%2“ трябва да е текст от най-много %n знака под езиков код, например „nl“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>„%1“ трябва да е списък от %n елемент</numerusform>
            <numerusform>„%1“ трябва да е списък от 1 до %n елемента</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>„%1“ съдържа „%2“: използвайте малки букви, цифри и &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>„%1“ трябва да е списък от стойностите %2 (намерено „%3“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>„%1“ трябва да е уеб адрес (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: непознатият ключ „%3“ е пропуснат.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>съвет %1 („%2“)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>съвет %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; този съвет се пропуска.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„id“ трябва да съдържа малки латински букви, цифри, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>„situation“ трябва да е едно от: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>„text“ посочва линия с {line:...}, затова „text_without_line“ трябва да казва същото за регион без тази линия</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>„text_without_line“ не трябва да посочва линия</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>текстът „%1“ трябва да посочва същите линии като другите</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>„source“ липсва: всеки съвет казва откъде идва</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„source“ е по-дълго от %n знак</numerusform>
            <numerusform>„source“ е по-дълго от %n знака</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>„channels“ трябва да е списък от най-много %n начин за връзка</numerusform>
            <numerusform>„channels“ трябва да е списък от най-много %n начина за връзка</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>канал %1: „kind“ трябва да е phone, chat, sms, mail или web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>канал %1: „%2“ не е валидна стойност за %3</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>канал %1: „hours“ е по-дълго от %n знак</numerusform>
            <numerusform>канал %1: „hours“ е по-дълго от %n знака</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>канал %1: часовете „%2“ не са разбрани (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>линия за помощ %1 („%2“)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>линия за помощ %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; този контакт се пропуска.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>„name“ липсва</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„name“ е по-дълго от %n знак</numerusform>
            <numerusform>„name“ е по-дълго от %n знака</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>„cost“ трябва да е „free“ или „zonal“</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>„emergency“ е запазено за 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>„verified“ изисква „verified_on“ с дата, например 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>„channels“ трябва да съдържа поне един начин за връзка</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>упражнение %1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; това упражнение не пази текстове.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>Нужни са „id“ и „source“</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: не може да бъде прочетен (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: по-голям от 1 MB, не е прочетен.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: невалиден JSON при знак %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: очаква се обект с „tips“ и „helplines“.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: непознатият ключ „%2“ е пропуснат.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: „version“ трябва да е 1; чете се като версия 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: „%2“ трябва да е списък.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: „%2“ има %n запис; четат се само първите %3.</numerusform>
            <numerusform>%1: „%2“ има %n записа; четат се само първите %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, съвет „%2“: този id вече се използва; съветът се пропуска.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, линия за помощ „%2“: този id вече се използва; контактът се пропуска.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... и още %n проблем, който не е показан.</numerusform>
            <numerusform>... и още %n проблема, които не са показани.</numerusform>
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
        <translation>Не можа да се запише %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 е връзка, създадена от друг акаунт на този компютър, затова нищо не е записано там. Моля, изберете друго място.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>това не е файл, който може да бъде заменен.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>твърде много връзки.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>файлът не беше отворен.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Файлът ви с настройки беше твърде голям, за да бъде прочетен, затова Pauzeknop стартира с нови настройки. Старият файл е запазен като %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Файлът ви с настройки е твърде голям, за да бъде прочетен. Засега Pauzeknop използва обичайните си настройки.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Това не можа да се запише на този компютър (дискът може да е пълен или само за четене). Важи, докато Pauzeknop не бъде затворен.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>едно от: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>цяло число от %1 до %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>клавиш като Ctrl+Alt+P (с Ctrl, Alt или Super) или off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Това е общ компютър: тук не се пазят лични контакти.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Зададено от вашата организация за всички на този компютър.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Зададено от %1 за всички на този компютър.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>най-много %n знак</numerusform>
            <numerusform>най-много %n знака</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Точно сега</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Бебето плаче</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Не иска да спи</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Пристъп на гняв</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Хранене</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Хаос в групата в яслата</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Изтощение</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>След това</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Дневникът за използване не можа да бъде отворен: експортът е празен.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Седмичните бройки са записани в %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>ПИН код на администратора</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Отключване</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>С ПИН кода на администратора се вижда записът на паузите.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Проверява ПИН кода на администратора.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>За този компютър не е зададен ПИН код на администратора.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Отключено, докато Pauzeknop не бъде затворен.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>ПИН кодът се проверява...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>ПИН кодът не е правилен. Изчакайте %1 сек. и опитайте отново.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>ПИН кодът не е правилен. Моля, опитайте отново.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Какво да правите сега: вдишване, задържане или издишване.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Вдишайте</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Още малко</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Задръжте</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Издишайте</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Бройте бавно</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Браво. Дихателното упражнение приключи.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Браво</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Остават %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Секунди на тази стъпка</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Кръг за дишане</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Расте, когато вдишвате, и се свива, когато издишвате.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Лента за дишане</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Пълни се, когато вдишвате, и се изпразва, когато издишвате.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Още един кръг</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 минута</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Прави това дишане малко по-дълго.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Приключих с дишането</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Спира таймера и пита как се чувствате.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Остава %Ln минута</numerusform>
            <numerusform>Остават %Ln минути</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Съвет: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Браво.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Направихте пауза. Това беше добре за вас и за детето ви.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Дишайте отново</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Започва още един кръг дишане.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завършва паузата и се връща към началния екран.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Как се чувствате сега?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>По-спокойно</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Показва топла дума, съвет и пътя назад.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Още съм в напрежение</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Предлага още един кръг, друго упражнение или няколко минути настрана.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Имам нужда от помощ</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Показва на кого можете да се обадите, първо 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Вашите хора</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Запишете сега на кого можете да се обадите, когато стане твърде много: партньор, съсед, приятел.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Обадете се на %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Отваря телефона или приложението за обаждания, за да се обадите на %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Съставете плана си при плач</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Променете плана си при плач</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Хората, на които искате да се обадите, запазени само на този компютър. Можете да отпечатате плана.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Запазено като %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>%1 не можа да се запише. Опитайте в друга папка.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Запазване на плана при плач като PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>план-при-плач</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Име на човек %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Някой, на когото можете да се обадите, когато стане твърде много.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Телефонен номер</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Телефонен номер на човек %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Номерът, на който да се обадите.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Бележка, например: живее в съседство</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Бележка за човек %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Всичко, което помага, например кога да се обадите.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Премахване на човек %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Изважда този човек от плана ви.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Моят план при плач</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>На кого можете да се обадите, когато стане твърде много? Това остава само на този компютър. Отпечатайте го за хладилника, за бабите, дядовците и детегледачите.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавяне на човек</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Добавя празен ред за още един човек.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печат</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Печат на плана при плач</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Отпечатва плана ви: какво да правите и на кого да се обадите.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Запазване като PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Запазва плана ви като PDF файл за печат или споделяне.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Опасност? Наберете 112 от всеки телефон. Безплатно, денонощно.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Опасност? Звънете на 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Ако детето ви е наранено или в опасност, обадете се сега на спешния номер 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Изберете дихателно упражнение</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (препоръчано)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>По-малко упражнения</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Още упражнения</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Показва или скрива другите дихателни упражнения.</translation>
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
        <translation>Колко време да дишате.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Създайте свой ритъм</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Задайте свои секунди за вдишване, задържане и издишване.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Започнете да дишате</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Започва избраното упражнение за избраното време.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln кръг</numerusform>
            <numerusform>%Ln кръга</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln минута</numerusform>
            <numerusform>%Ln минути</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Това вие ли сте? Тогава Pauzeknop ще показва правилната помощ.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Аз съм</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Моят регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>родител</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>баба или дядо</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>служител в детска ясла</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>друг човек, който гледа дете</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Съветите и картата за безопасност ще са насочени към вас.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop показва линиите за помощ в този регион.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Изберете езика на Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Да, така е</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Запазва тези отговори. Можете да ги промените по-късно в Настройки.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сега</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Прибира тази карта. Pauzeknop запазва предположението си; можете да го промените в Настройки.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Пауза сега: отваря спокойния екран за пауза на Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Този компютър не може да се обажда. Наберете %1 от телефон.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Също: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Отворено сега: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Чат: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Безплатно</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Тези данни не са потвърдени скоро. Проверете уебсайта, преди да разчитате на тях.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Източникът е проверен на %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Обадете се на %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Отваря телефона или приложението за обаждания, за да се обадите на %1 на номер %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Копиране на номера</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Копиране на номера на %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Копира %1 в клипборда.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Отваря %1 в уеб браузъра.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>QR код за обаждане на %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Сканирайте с камерата на телефона, за да се обадите на %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Отворено сега</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Отворено сега, до %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Отворено сега, до %1 в %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Затворено</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Затворено сега, отваря в %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Затворено сега, отваря утре в %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Затворено сега, отваря: %1 в %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Работно време: неизвестно</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Този компютър не може да се обажда. Наберете %1 от телефон или сканирайте QR кода.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Номерът е копиран.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Вашето лице за контакт тук.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Вашето лице за контакт в %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Работно време: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Кой ще помогне</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Фландрия</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Брюксел</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Валония</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Германоезична общност</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Нидерландия</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Когато стане твърде много, натиснете пауза.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Отваря спокойна пауза: погрижете се детето да е в безопасност, после дишайте с таймер.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Натиснете интервал или Enter, за да започнете пауза.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Език:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Изберете езика на Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Съвети</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Кратки съвети за трудни моменти, с източник.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Кой ще помогне</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Линии за помощ, които работят сега, и вашите хора, на които да се обадите.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Моите паузи</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Вижте паузите си: кога, как сте се чувствали след това, какво е помогнало.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Дишане</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Отваря веднага дихателно упражнение.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Език, звук, размер на текста и още.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Моите паузи</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Паузи на седмица</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Част от деня</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Как сте се чувствали след пауза</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Най-често използвани упражнения</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Съвети, които ви помогнаха</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Още няма паузи и това е наред. Когато направите пауза, тук ще видите кога е била и какво е помогнало. Всяка пауза е важна.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>По-спокойно</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Още съм в напрежение</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Трябваше помощ</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Още няма завършено дихателно упражнение.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Още няма съвет, отбелязан като полезен.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>седмицата от %1: %Ln пауза</numerusform>
            <numerusform>седмицата от %1: %Ln паузи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln пауза</numerusform>
            <numerusform>%1:00: %Ln паузи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln път)</numerusform>
            <numerusform>%1 (%Ln пъти)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Натиснете новите клавиши сега (Escape отказва)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape отказва)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Натиснете новите клавиши сега, например Ctrl, Alt и буква едновременно. Escape отказва.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Изберете клавиш</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Натиснете интервал, за да изберете друг клавиш, после натиснете новите клавиши.</translation>
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
        <translation>Спешен номер: полиция, линейка, пожарна.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Обадете се на 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Не е нужно да се справяте сами.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Моите хора и всички линии за помощ</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Завършва паузата и отваря „Кой ще помогне“: вашите хора и всяка линия с обаждане, копиране и QR код.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Обратно при детето</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завършва паузата и се връща към началния екран.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Моят ритъм, в секунди</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Секунди, от 0 до 12, през половин секунда.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Запазване и дишане</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Запазва този ритъм и започва дишане с него.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Обратно към списъка с упражнения.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Добре съм</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Завършва паузата по всяко време. Escape прави същото.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Когато това е изключено, нищо ново не се записва. Това, което вече е записано, остава, докато не го изтриете.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>По-старите записи се изтриват при всяко стартиране на Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Запазване на обобщение…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Запазване на обобщение</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Запазва бройките по седмици във файл по ваш избор: таблица (CSV) или JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>За вашата поверителност</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Какво се записва, къде и какво никога не се записва.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Изтриване на всичко</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Изтрива всички записи за паузите ви от този компютър. Първо ще бъдете попитани.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Таблица (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Запазено: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Да се изтрие ли всичко?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Всички записи за паузите ви на този компютър ще бъдат изтрити. Това не може да бъде отменено. Паузата продължава да работи както винаги.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Запазване на паузите</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Всичко е изтрито.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Нищо не можа да бъде изтрито: тази история е само за четене.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Вашата поверителност</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>собствената папка на приложението</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Какво се записва</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Къде се пази</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Какво никога не се записва</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Колко време се пази</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Кой може да го види</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Какво не е Pauzeknop</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Само какво се е случило, никога кои сте: че е започнала пауза, какво дихателно упражнение сте направили, как сте се чувствали след това (по-спокойно, още в напрежение, трябваше помощ) и кои съвети са помогнали. Всеки запис пази само часа, никога минутата.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Само на този компютър, в един файл: %1. Pauzeknop никога не използва интернет, затова нищо никога не се изпраща никъде.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Вашето име, името на детето ви, името на компютъра, всичко, което пишете, хората от вашия план, заглавията на прозорците и имената на файловете.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Вие избирате: 30 дни, 90 дни, 1 година или завинаги. По-старите записи се изтриват при всяко стартиране на Pauzeknop. В „Моите паузи“ можете да изключите записването или да изтриете всичко.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Само хората, които използват този компютър. Ако запазите обобщение, то съдържа бройки по седмици, никога отделни моменти. На общ компютър числата под 5 са скрити, а „Моите паузи“ изисква ПИН кода на администратора.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop ви помага да си вземете спокоен момент. Не поставя диагнози и не лекува нищо. Ако вие или детето ви сте в опасност, обадете се на 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Този превод е чернова на екипа на Pauzeknop: все още не е проверен от човек с роден български език.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Помощ в Брюксел</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Помощ във Валония</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Помощ в Германоезичната общност</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Помощ в Нидерландия</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Помощ във Фландрия</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Смяна на региона</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Показва линиите на друг регион. Pauzeknop го използва навсякъде.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Да се изтрият ли по-старите паузи?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Запазване на паузите</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Изборът „%1“ изтрива сега по-старите паузи от този компютър.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Ще бъде изтрита %Ln пауза. Това не може да бъде отменено.</numerusform>
            <numerusform>Ще бъдат изтрити %Ln паузи. Това не може да бъде отменено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Първо се погрижете детето ви да е в безопасност.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Помолете колега да поеме или първо осигурете безопасността на групата.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Сложете бебето по гръб в креватчето или на друго безопасно място. Нормално е да се отдалечите за няколко минути.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Никога не разтърсвайте бебе. Оставете бебето на безопасно място и се отдалечете.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Детето е в безопасност. Да дишаме</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Започва дихателното упражнение.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Обратно към началния екран. Escape прави същото.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Заключено. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Както в системата</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>За администратора</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вие</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Езикът на Pauzeknop. Сменя се веднага.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Кой съм аз</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Паузата и съветите са насочени към вас.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Родител</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Баба или дядо</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Служител в ясла</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Друг човек</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Къде живея</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Кои линии за помощ се показват.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Фландрия</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Брюксел</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Валония</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Германоезична общност</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Нидерландия</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Паузата</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Първо въпрос: детето в безопасност ли е?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Преди дишането една карта ви моли да оставите детето на безопасно място.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Дихателно упражнение</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Упражнението, с което започва паузата.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Колко време да дишате</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Винаги можете да спрете по-рано.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Меки звуци</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Мек тон, когато е време да вдишате или издишате.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Сила на звука</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Остава тихо, за да не се събуди спящото бебе.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Изговорени думи</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Спокоен глас казва „вдишайте“ и „издишайте“.</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Зрение</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>По-малко движение</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Лента, която се пълни, вместо растящ кръг.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висок контраст</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Черно и бяло, с ясни контури.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер на текста</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>По-голям текст навсякъде.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Този компютър</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Стартиране с компютъра</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop чака тихо в системната област, на едно щракване разстояние.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Записване на паузите ми</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Само кога и колко дълго, никога кой. Остава на този компютър.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Пазене на записа за</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>По-старите паузи се изтриват сами.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дни</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 дни</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Една година</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Докато не го изтрия</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Клавишна комбинация</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Това е общ компютър. Тук не се пазят лични контакти, а записът на паузите е само за администратора.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Настроено от %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Изговорените думи не са налични на този език. Меките звуци продължават да работят.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Някои редове от файла с настройки на организацията бяха пропуснати:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Компютърът ви пази този клавиш за себе си. Изберете друг.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Изберете буква, цифра или F-клавиш заедно с Ctrl, Alt или клавиша Windows, за да не ви пречи клавишът никога при писане.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Пауза отвсякъде</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Един клавиш отваря паузата, дори когато Pauzeknop е в системната област или зад други прозорци.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Клавиш за паузата</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Попитайте работния плот отново</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Заключено. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Изключено. Бутонът „Пауза“ и системната област пак отварят паузата.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Молим работния плот да настрои %1. Може да покаже прозорец за потвърждение.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Настройване на %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Включено: работният плот отваря паузата, когато натиснете %1, докато Pauzeknop работи.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Включено: натиснете %1 навсякъде, за да отворите паузата, докато Pauzeknop работи.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Включете „Стартиране с компютъра“, за да е клавишът винаги готов.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Този клавиш е зает от друга програма; изберете друг.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Работният плот не настрои клавиша. Няма проблем: бутонът „Пауза“ и системната област пак отварят паузата. Можете да попитате отново или да добавите клавиш в настройките за клавиатура на работния плот с командата %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Тази клавиатура няма такъв клавиш; изберете друг.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Този работен плот не позволява на Pauzeknop сам да зададе клавиш. Добавете го в Настройки &gt; Клавиатура &gt; Преглед и персонализиране на клавишните комбинации &gt; Потребителски клавишни комбинации, с командата %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Този работен плот не позволява на Pauzeknop сам да зададе клавиш. Добавете го в Системни настройки &gt; Клавишни комбинации &gt; Добавяне на нова &gt; Команда или скрипт, с командата %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Този работен плот не позволява на Pauzeknop сам да зададе клавиш. Добавете клавишна комбинация в настройките за клавиатура на работния плот, с командата %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Съвет: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Няма нищо. Дайте си още малко време.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Още един кръг</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Повтаря същото упражнение още веднъж.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Друго упражнение</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Позволява ви да изберете друго дихателно упражнение.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Излезте за няколко минути</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Таймер за 2, 5 или 10 минути, който ви напомня да погледнете детето.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Източник: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Благодарим</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Това помогна</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Казва на Pauzeknop, анонимно, че този съвет ви е помогнал.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Запазено</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Запазване</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Запазено в моите съвети</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Запазване в моите съвети</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Този съвет е във вашия списък. Натиснете, за да го извадите.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Запазва този съвет във вашия списък, само на този компютър.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Съвети за родители</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Съвети за баби и дядовци</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Съвети за служители в ясли</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Съвети за всички, които гледат дете</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Показва съветите за тази ситуация.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Тук още няма съвети.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Съветите, които запазите с ☆, се появяват тук.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Съвети</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Всички съвети</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Показва и съветите, написани за родители, баби и дядовци и служители в ясли.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Моите съвети</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Моите съвети</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Съветите, които сте запазили.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Пауза сега</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Дишане</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Кой ще помогне</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Отваряне на Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: щракнете за пауза</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop е още тук</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Когато имате нужда от пауза, щракнете върху иконата тук. „Изход“ е в менюто ѝ.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Записването на паузите е изключено. Нищо ново не се записва.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Предишната ви история на паузите не можа да бъде прочетена, затова е започната нова. Старият файл е запазен като %1. Паузата работи както винаги.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Паузите ви не могат да бъдат записани в тази папка сега. Помнят се, докато Pauzeknop не бъде затворен. Паузата работи както винаги.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Историята на паузите ви е записана от по-нова версия на Pauzeknop. Можете да я разглеждате, но нищо ново няма да се добавя, докато не обновите програмата. Паузата работи както винаги.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Вземете си няколко минути за себе си.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Уверете се, че детето е в безопасност, после излезте от стаята. Ще ви кажем, когато е време да отидете да го погледнете.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Започва спокойно обратно броене. Ще ви кажем кога да отидете да погледнете детето.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Дишайте, пийте вода. Накрая погледнете детето.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Върнах се</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Спира обратното броене сега.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Идете сега да погледнете детето си.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Завършва паузата и се връща към началния екран.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Остава %Ln минута</numerusform>
            <numerusform>Остават %Ln минути</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln минута</numerusform>
            <numerusform>%Ln минути</numerusform>
        </translation>
    </message>
</context>
</TS>
