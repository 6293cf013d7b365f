<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Mój rytm %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Twój własny rytm: wdech, zatrzymanie, wydech, zatrzymanie.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Przerwij, jeśli kręci ci się w głowie albo czujesz się nieswojo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: przycisk pauzy dla osób, które opiekują się małymi dziećmi.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Otwórz od razu ekran pauzy.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Przechowuj dziennik użycia i ustawienia w &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Użyj języka &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Uruchom ukryty w zasobniku, gotowy do pauzy.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Wczytaj PIN administratora ze standardowego wejścia i wypisz wiersz do konfiguracji zarządzanej (dla administratorów).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Otwórz „Kto może pomóc”: linie pomocy i twoje kontakty, do których możesz zadzwonić.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Zapisz tygodniowe liczby z dziennika użycia do &lt;file&gt; (CSV albo JSON dla .json) i zakończ.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Otwórz od razu oddychanie, z ćwiczeniem [PATTERN], jeśli je podano: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Z --breathe: ćwiczenie, z którym chcesz oddychać.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Uruchom pauzeknop --help, aby zobaczyć, co program rozumie.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Nieznane ćwiczenie oddechowe: %1. Wybierz jedno z: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Nieznany język: %1. Wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Rada zespołu Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>po niderlandzku</translation>
    </message>
    <message>
        <source>French</source>
        <translation>po francusku</translation>
    </message>
    <message>
        <source>German</source>
        <translation>po niemiecku</translation>
    </message>
    <message>
        <source>English</source>
        <translation>po angielsku</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Rozmowa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Spokojny oddech</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Wdech przez 4 sekundy i wydech przez 6, powoli i łagodnie.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Bez wstrzymywania oddechu. Oddychaj łagodnie, nie głęboko.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Westchnienie fizjologiczne</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Weź wdech, na górze dobierz drugi, mały wdech, a potem powoli wypuść całe powietrze.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Przerwij, jeśli kręci ci się w głowie.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Oddech rezonansowy</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Wdech przez 5,5 sekundy, wydech przez 5,5: około sześciu oddechów na minutę. Najlepiej przez pięć minut lub dłużej.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Oddychaj łagodnie, nie głęboko.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Oddech kwadratowy</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Wdech przez 4 sekundy, zatrzymanie 4, wydech 4, zatrzymanie 4, jak cztery boki kwadratu.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Najpierw usiądź i nigdy nie wstrzymuj oddechu, gdy trzymasz dziecko na rękach. Jesteś w ciąży albo masz chorobę serca lub płuc? Wybierz zamiast tego Spokojny oddech.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Krótki oddech kwadratowy</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Lżejszy kwadrat: wdech przez 3 sekundy, zatrzymanie 3, wydech 3, zatrzymanie 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Najpierw usiądź i nigdy nie wstrzymuj oddechu, gdy trzymasz dziecko na rękach. Jesteś w ciąży albo masz chorobę serca lub płuc? Wybierz zamiast tego Spokojny oddech.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Oddech 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Wdech przez 4 sekundy, zatrzymanie 7, wydech przez 8. Najwyżej cztery rundy.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Najpierw usiądź i nigdy nie wstrzymuj oddechu, gdy trzymasz dziecko na rękach. Jesteś w ciąży albo masz chorobę serca lub płuc? Wybierz Spokojny oddech. Może powodować zawroty głowy; nie sprawdzono go w badaniach naukowych.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Policz do dziesięciu</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Licz powoli od 1 do 10 podczas wydechu, zanim zrobisz cokolwiek innego.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Celowo krótkie: od dziesięciu do trzydziestu sekund. Jeśli potrzebujesz więcej czasu, połóż potem dziecko w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Bezpośrednie zagrożenie, uraz albo dziecko, które jest ranne lub bardzo chore. Policja: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Lekarz dyżurny, gdy twój lekarz rodzinny nie przyjmuje: w weekendy i święta, a w większości regionów także wieczorem i w nocy w dni powszednie. Z telefonu z zagraniczną kartą SIM: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733 (lekarz dyżurny)</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Lekarz dyżurny w weekendy (od piątku 19:00 do poniedziałku 08:00) i w święta. Wieczorem i w nocy w dni powszednie 1733 nie jest tu właściwym numerem: zapytaj w gabinecie swojego lekarza rodzinnego, kto ma dyżur. Z telefonu z zagraniczną kartą SIM: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733 (lekarz dyżurny w weekendy)</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Przemoc, nadużycia i krzywdzenie dzieci: dla każdego, kto się martwi, i dla osób, które same czasem stosują przemoc. Nie musisz mówić, kim jesteś. To nie jest numer alarmowy.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Dla profesjonalistów zaniepokojonych sytuacją dziecka: Vertrouwenscentrum Kindermishandeling twojej prowincji lub Brukseli udziela porad i pomocy. Bezpłatnie.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>Vertrouwenscentrum Kindermishandeling w twojej prowincji</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Anonimowy telefon zaufania dla każdego, kto potrzebuje porozmawiać.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Dla każdego, kto ma myśli samobójcze, i dla osób, które martwią się o kogoś. Całą dobę.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Pytania o niemowlęta, małe dzieci i opiekę nad dziećmi.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Anonimowy telefon zaufania dla każdego, kto potrzebuje porozmawiać, całą dobę.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Telefon kryzysowy dla każdego, kto ma myśli samobójcze, i dla osób, które martwią się o kogoś. Całą dobę.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Przemoc między partnerami: dla ofiar, dla osób stosujących przemoc, dla dzieci i świadków. Poza godzinami pracy połączenia trafiają do Télé-Accueil (107). To nie jest numer alarmowy.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Zespoły, które pomagają, gdy dziecku może dziać się krzywda, także rodzicom, którzy boją się, że mogą skrzywdzić swoje dziecko. Każdy obszar ma swój zespół: znajdziesz go na stronie ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>zespół SOS Enfants w twojej okolicy</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Dla dzieci i młodzieży oraz dla dorosłych, którzy martwią się o dziecko. Bezpłatnie i anonimowo.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Anonimowy telefon zaufania dla każdego, kto ma zmartwienia lub przeżywa kryzys, całą dobę.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Bezpośrednie zagrożenie, uraz albo dziecko, które jest ranne lub bardzo chore.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Dla każdego, kto ma myśli samobójcze, i dla osób, które martwią się o kogoś. Bezpłatnie i anonimowo, całą dobę.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Telefon zaufania dla każdego, kto potrzebuje porozmawiać, całą dobę.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Przemoc domowa i krzywdzenie dzieci: porady dla ofiar, świadków i osób, które same stosują przemoc. Możesz zachować anonimowość.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Lekarz rodzinny poza godzinami pracy przychodni: wieczorem, w nocy, w weekendy i święta. Każdy region ma swój numer: podaje go nagranie w telefonie twojego lekarza rodzinnego albo jego strona internetowa. Nie ma numeru ogólnokrajowego.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>huisartsenpost w twoim regionie</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Połóż dziecko w bezpiecznym miejscu: na plecach, w pustym łóżeczku lub kojcu. Potem wyjdź z pokoju.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Zamknięte drzwi przez kilka minut to nic złego. Co 5–10 minut wróć i zajrzyj do dziecka.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Czujesz chęć, żeby potrząsnąć dzieckiem, szarpnąć je albo uderzyć? To twój sygnał: odłóż dziecko i wyjdź.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Nigdy nie potrząsaj dzieckiem, nie rzucaj nim i nie bij go, ani razu. Potrząsanie niemowlęciem może spowodować uszkodzenie mózgu lub śmierć.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Przez minutę oddychaj powoli: wdech przez nos, potem powolny wydech.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Policz powoli do dziesięciu, zanim zrobisz cokolwiek innego.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Przejdź do innego pokoju. Napij się wody lub herbaty albo przemyj twarz zimną wodą.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Powiedz na głos: „Jestem na granicy wytrzymałości. Robię sobie pięć minut przerwy”.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Zadzwoń do kogoś: do partnera, sąsiada, przyjaciela albo na telefon zaufania {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Zadzwoń do kogoś: do partnera, sąsiada albo przyjaciela.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Prośba o pomoc to siła, nie słabość.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Myślisz, że twoje dziecko jest ranne lub chore? Zadzwoń pod 112. To nie nagły wypadek, ale nie może czekać? Zadzwoń: {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Myślisz, że twoje dziecko jest ranne lub chore? Zadzwoń pod 112. To nie nagły wypadek, ale nie może czekać? Zadzwoń do lekarza.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Płacz nasila się od około 2. tygodnia życia i jest najsilniejszy około 6.–8. tygodnia. Potem słabnie.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Dużo płaczu to u małego niemowlęcia coś normalnego. To nie twoja wina.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Sprawdź raz podstawowe rzeczy: głód, pielucha, za ciepło lub za zimno, zmęczenie. Potem przestań szukać przyczyny.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Próbuj jednej spokojnej rzeczy naraz: nucenie lub śpiew, kontakt skóra do skóry, spacer z wózkiem, ciepła kąpiel.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Niektórego płaczu nie da się zatrzymać. Sam płacz nie robi dziecku krzywdy i w końcu ustanie.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Płacz, który brzmi nietypowo, gorączka albo dziecko nie je: idź do lekarza.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Połóż dziecko i trzymaj rękę na jego brzuszku albo poczekaj, aż zaśnie głęboko.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Brak ci sił? Zanim odpoczniesz, połóż dziecko w jego własnym łóżeczku.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Nigdy nie zasypiaj z niemowlęciem na kanapie ani w fotelu.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Poproś partnera, babcię albo dziadka, żeby na chwilę cię zastąpili.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Napady złości to normalny etap rozwoju. Większość mija w niecałe 15 minut.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Zadbaj o bezpieczeństwo dziecka, bądź blisko i pozwól, żeby to minęło, bez kłótni.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Nazwij uczucie i granicę w kilku słowach: „Złościsz się. Bicie boli, więc cię powstrzymuję”.</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Trudno ci zachować spokój? Jeśli dziecko jest bezpieczne, wyjdź na minutę lub dwie.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Poszukaj, co kryje się pod spodem: głód, zmęczenie, za dużo wrażeń.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Potem znów okaż dziecku bliskość, a gdy następnym razem coś pójdzie dobrze, pochwal je.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Przestań, gdy dziecko pokazuje, że jest najedzone. Nigdy nie zmuszaj go do jedzenia.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Niezjedzony posiłek to nie porażka. Będzie następny.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Karmienie ciągle kończy się łzami? Zapytaj swojego lekarza rodzinnego albo zadzwoń: {line:parenting}.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Karmienie ciągle kończy się łzami? Zapytaj swojego lekarza rodzinnego albo w poradni dla dzieci.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Umów się z zespołem na znak, który znaczy: zastąp mnie, potrzebuję dwóch minut.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Nigdy nie zostawiaj grupy bez opieki. Najpierw poproś kogoś z zespołu, żeby cię zastąpił.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Nie ma z tobą nikogo przy grupie? Najpierw zadbaj o bezpieczeństwo wszystkich: niemowlęta do łóżeczek, maluchy posadź przy czymś spokojnym.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Gdy wszyscy są bezpieczni, zadzwoń do kierownika albo do osoby, która może cię zastąpić.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Niemowlęta zarażają się płaczem. Tak działa grupa, to nie twoja wina.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Po trudnej chwili porozmawiaj o tym z kimś z zespołu albo z kierownikiem.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Martwi cię, jak ty albo ktoś z zespołu obchodzi się z dzieckiem? Powiedz o tym kierownikowi i postępuj zgodnie z procedurą swojej placówki. Możesz też poprosić o radę: {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Martwi cię, jak ty albo ktoś z zespołu obchodzi się z dzieckiem? Powiedz o tym kierownikowi i postępuj zgodnie z procedurą swojej placówki.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Poproś o konkretną pomoc: posiłek albo piętnaście minut opieki nad dzieckiem.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Zrób wcześniej plan na płacz: trzy rzeczy, które uspokajają, do kogo zadzwonić, gdzie położyć dziecko.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Przekaż zasadę „nigdy nie potrząsaj” i swój plan wszystkim, którzy opiekują się dzieckiem.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Płaczliwość lub przygnębienie w pierwszych dwóch tygodniach po porodzie zdarzają się często. Trwa to dłużej albo masz myśli o zrobieniu krzywdy sobie lub dziecku? Jeszcze dziś idź do lekarza rodzinnego albo zadzwoń o każdej porze dnia i nocy: {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Płaczliwość lub przygnębienie w pierwszych dwóch tygodniach po porodzie zdarzają się często. Trwa to dłużej albo masz myśli o zrobieniu krzywdy sobie lub dziecku? Jeszcze dziś idź do lekarza rodzinnego. Jest zagrożenie teraz? Zadzwoń pod 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Zalecenia dotyczące bezpiecznego snu się zmieniły: na plecach, w pustym łóżeczku. Trzymaj się zwyczajów rodziców.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Jako babcia lub dziadek też możesz odejść na chwilę. Bezpieczne odłożenie dziecka jest zawsze w porządku.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Zdarzyło ci się potrząsnąć dzieckiem lub je uderzyć albo dziecko wydaje się teraz chore (bardzo senne, wiotkie, wymiotuje, nie je, ma drgawki)? Zadzwoń natychmiast pod 112 i powiedz, co się stało.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Zdarzyło ci się krzyknąć albo szarpnąć dziecko? Nigdy nie jest za późno, żeby o tym porozmawiać i pogodzić się z dzieckiem.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Boisz się, że możesz skrzywdzić swoje dziecko? Powiedz o tym lekarzowi rodzinnemu: pomoże ci znaleźć wsparcie. Prośba o pomoc to siła.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112 (numer alarmowy)</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712 (telefon pomocy w sprawie przemocy i nadużyć)</translation>
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
        <translation>telefon pomocy Écoute Violences Conjugales (0800 30 030)</translation>
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
        <translation>112 (numer alarmowy)</translation>
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
        <translation>Boisz się, że możesz skrzywdzić swoje dziecko? Zadzwoń: {line:abuse-advice}. Tam pomagają też osobom, które się tego boją.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Mój plan na płacz</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Płacz jest normalny i mija. Gdy robi się za ciężko, zrób te kroki.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Połóż dziecko na plecach w jego własnym, pustym łóżeczku lub kojcu. Potem wyjdź z pokoju.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Zrób powolny wydech. Policz do dziesięciu. Napij się wody.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Co 5–10 minut wróć i zajrzyj do dziecka.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Zadzwoń do jednej z osób poniżej. Prośba o pomoc to siła.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Nigdy nie potrząsaj niemowlęciem, nawet przez chwilę. Potrząsanie może spowodować uszkodzenie mózgu lub śmierć.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Dziecko jest ranne lub chore? Zadzwoń od razu pod 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Moje kontakty</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Linie pomocy</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Przekaż ten plan wszystkim, którzy opiekują się dzieckiem.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Zatrzymanie po wdechu</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Zatrzymanie po wydechu</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Możesz mieć najwyżej sześć rytmów. Najpierw usuń jeden.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: wpisz liczbę sekund, np. 4 albo 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 nie może trwać krócej niż 0 sekund.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 może trwać najwyżej 12 sekund.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: użyj pełnych sekund lub połówek, np. 4 albo 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 musi trwać co najmniej 1 sekundę.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Wpisz PIN administratora i naciśnij Enter: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Wpisz ten wiersz w sekcji [organisation] pliku pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>PIN musi mieć co najmniej %n znak; nic nie zostało utworzone.
</numerusform>
            <numerusform>PIN musi mieć co najmniej %n znaki; nic nie zostało utworzone.
</numerusform>
            <numerusform>PIN musi mieć co najmniej %n znaków; nic nie zostało utworzone.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Wiersz %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Konfiguracja zarządzana</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>obowiązuje PIN administratora z wiersza %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>nie ustawiono PIN-u administratora.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Nie można odczytać konfiguracji zarządzanej; Pauzeknop używa własnych ustawień.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Konfiguracja zarządzana jest większa niż 1 MB i nie jest używana; Pauzeknop używa własnych ustawień.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Konfigurację zarządzaną mogą zmieniać konta inne niż administrator (root), więc nie jest używana.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1: to nie jest ustawienie (klucz=wartość); pominięto.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1: więcej niż %2 znaków; pominięto.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: sekcja [%2] jest nieznana; jej wiersze są pomijane.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: „%2” stoi przed pierwszą [sekcją]; pominięto.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: klucz „%2” jest nieznany; pominięto.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: „%2” wymaga wartości: %3; wiersz pominięto.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: „%2” ustawiono już w wierszu %3; obowiązuje wiersz %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin nie jest skrótem utworzonym przez pauzeknop --hash-pin; pominięto; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: ten adminPin utworzono z mniejszą liczbą rund niż %2 i łatwo go odgadnąć; utwórz nowy poleceniem pauzeknop --hash-pin. Pominięto; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Jeszcze %n problem w tym pliku nie jest wymieniony.</numerusform>
            <numerusform>Jeszcze %n problemy w tym pliku nie są wymienione.</numerusform>
            <numerusform>Jeszcze %n problemów w tym pliku nie jest wymienionych.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1: nieznana nazwa sekcji; jej wiersze pominięto.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 stoi przed pierwszą [sekcją]; pominięto.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1: klucz, którego Pauzeknop nie zna; pominięto.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>Brak pola „%1” albo jest puste</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>Pole „%1” jest dłuższe niż %n znak</numerusform>
            <numerusform>Pole „%1” jest dłuższe niż %n znaki</numerusform>
            <numerusform>Pole „%1” jest dłuższe niż %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>Pole „%1” musi być jednym tekstem po angielsku: tłumaczenia idą przez pliki .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>Pole „%1” ma więcej niż %n język</numerusform>
            <numerusform>Pole „%1” ma więcej niż %n języki</numerusform>
            <numerusform>Pole „%1” ma więcej niż %n języków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>Pole „%1” w „%2” musi być tekstem (najwyżej %n znak) pod kodem języka, np. „nl”</numerusform>
            <numerusform>Pole „%1” w „%2” musi być tekstem (najwyżej %n znaki) pod kodem języka, np. „nl”</numerusform>
            <numerusform>Pole „%1” w „%2” musi być tekstem (najwyżej %n znaków) pod kodem języka, np. „nl”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>Pole „%1” musi być listą z %n elementem</numerusform>
            <numerusform>Pole „%1” musi być listą zawierającą od 1 do %n elementów</numerusform>
            <numerusform>Pole „%1” musi być listą zawierającą od 1 do %n elementów</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>Pole „%1” zawiera „%2”: używaj małych liter, cyfr i &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>Pole „%1” musi być listą wartości spośród: %2 (znaleziono „%3”)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>Pole „%1” musi być adresem internetowym (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: nieznany klucz „%3” pominięto.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>porada %1 („%2”)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>porada %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; ta porada zostaje pominięta.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„id” może zawierać tylko małe litery, cyfry, &apos;.&apos;, &apos;_&apos; lub &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>„situation” musi być jednym z: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>„text” wskazuje linię przez {line:...}, więc „text_without_line” musi mówić to samo dla regionu bez tej linii</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>„text_without_line” nie może wskazywać linii</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>tekst „%1” musi wskazywać te same linie co pozostałe</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>Brak „source”: każda porada mówi, skąd pochodzi</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>Pole „source” jest dłuższe niż %n znak</numerusform>
            <numerusform>Pole „source” jest dłuższe niż %n znaki</numerusform>
            <numerusform>Pole „source” jest dłuższe niż %n znaków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>„channels” musi być listą zawierającą najwyżej %n sposób kontaktu</numerusform>
            <numerusform>„channels” musi być listą zawierającą najwyżej %n sposoby kontaktu</numerusform>
            <numerusform>„channels” musi być listą zawierającą najwyżej %n sposobów kontaktu</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>kanał %1: „kind” musi mieć wartość phone, chat, sms, mail lub web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>kanał %1: „%2” nie jest prawidłową wartością dla %3</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>kanał %1: „hours” jest dłuższe niż %n znak</numerusform>
            <numerusform>kanał %1: „hours” jest dłuższe niż %n znaki</numerusform>
            <numerusform>kanał %1: „hours” jest dłuższe niż %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>kanał %1: godziny „%2” są niezrozumiałe (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>linia pomocy %1 („%2”)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>linia pomocy %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; ten kontakt zostaje pominięty.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>Brak „name”</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>Pole „name” jest dłuższe niż %n znak</numerusform>
            <numerusform>Pole „name” jest dłuższe niż %n znaki</numerusform>
            <numerusform>Pole „name” jest dłuższe niż %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>„cost” musi mieć wartość „free” lub „zonal”</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>„emergency” jest zarezerwowane dla 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>„verified” wymaga „verified_on” z datą, np. 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>„channels” musi zawierać co najmniej jeden sposób kontaktu</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>ćwiczenie %1 („%2”)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; to ćwiczenie nie zachowuje żadnych tekstów.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>Potrzebne są „id” i „source”</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: nie można odczytać (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: większy niż 1 MB, nie odczytano.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: nieprawidłowy JSON przy znaku %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: oczekiwano obiektu z „tips” i „helplines”.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: nieznany klucz „%2” pominięto.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: „version” powinno wynosić 1; odczytuję jako wersję 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: „%2” musi być listą.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: „%2” ma %n wpis; odczytano tylko pierwsze %3.</numerusform>
            <numerusform>%1: „%2” ma %n wpisy; odczytano tylko pierwsze %3.</numerusform>
            <numerusform>%1: „%2” ma %n wpisów; odczytano tylko pierwsze %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, porada „%2”: ten identyfikator jest już używany; porada zostaje pominięta.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, linia pomocy „%2”: ten identyfikator jest już używany; kontakt zostaje pominięty.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... i jeszcze %n problem, niepokazany.</numerusform>
            <numerusform>... i jeszcze %n problemy, niepokazane.</numerusform>
            <numerusform>... i jeszcze %n problemów, niepokazanych.</numerusform>
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
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 to dowiązanie utworzone przez inne konto na tym komputerze, więc nic tam nie zapisano. Wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>to nie jest plik, który można zastąpić.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>za dużo dowiązań.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>plik nie został otwarty.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Twój plik ustawień był o wiele za duży, żeby go odczytać, więc Pauzeknop uruchomił się z nowymi ustawieniami. Stary plik zachowano jako %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Twój plik ustawień jest o wiele za duży, żeby go odczytać. Na razie Pauzeknop używa zwykłych ustawień.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Nie udało się tego zapisać na tym komputerze (dysk może być pełny lub tylko do odczytu). Obowiązuje to do zamknięcia Pauzeknop.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>jedna z wartości: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>liczba całkowita od %1 do %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>klawisz, np. Ctrl+Alt+P (z Ctrl, Alt lub Super), albo off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>To wspólny komputer: nie przechowuje się tu osobistych kontaktów.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Ustawione przez twoją organizację dla wszystkich na tym komputerze.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Ustawione przez %1 dla wszystkich na tym komputerze.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>najwyżej %n znak</numerusform>
            <numerusform>najwyżej %n znaki</numerusform>
            <numerusform>najwyżej %n znaków</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>W tej chwili</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Płaczące dziecko</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Nie chce spać</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Napad złości</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Karmienie i posiłki</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Chaos w grupie w żłobku</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Brak sił</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Po wszystkim</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Nie udało się otworzyć dziennika użycia: eksport jest pusty.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Zapisano tygodniowe liczby do %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN administratora</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>Zapis pauz widać po wpisaniu PIN-u administratora.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Sprawdza PIN administratora.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Na tym komputerze nie ustawiono PIN-u administratora.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Odblokowane do zamknięcia Pauzeknop.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Sprawdzam PIN...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Ten PIN jest nieprawidłowy. Poczekaj %1 s i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ten PIN jest nieprawidłowy. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Co teraz robić: wdech, wstrzymanie albo wydech.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Wdech</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Jeszcze trochę</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Wydech</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Licz powoli</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Dobra robota. Ćwiczenie oddechowe się skończyło.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Dobra robota</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Zostało %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Sekundy tego kroku</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Koło oddechu</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Rośnie przy wdechu, maleje przy wydechu.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Pasek oddechu</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Wypełnia się przy wdechu, opróżnia przy wydechu.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Jeszcze jedna runda</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuta</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Trochę wydłuża to ćwiczenie oddechowe.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Kończę oddychanie</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Zatrzymuje minutnik i pyta, jak się czujesz.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Została %Ln minuta</numerusform>
            <numerusform>Zostały %Ln minuty</numerusform>
            <numerusform>Zostało %Ln minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Porada: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Dobra robota.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Pauza za tobą. To było dobre dla ciebie i dla twojego dziecka.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Oddychaj jeszcze raz</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Zaczyna kolejną rundę oddychania.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Kończy pauzę i wraca do ekranu startowego.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Jak się teraz czujesz?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Spokojniej</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Pokazuje ciepłe słowo, poradę i drogę powrotu.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Wciąż czuję napięcie</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Proponuje kolejną rundę, inne ćwiczenie albo kilka minut z dala od dziecka.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Potrzebuję pomocy</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Pokazuje, do kogo możesz zadzwonić, najpierw 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Twoje kontakty</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Zapisz teraz, do kogo możesz zadzwonić, gdy robi się za ciężko: partner, sąsiad, przyjaciel.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Zadzwoń: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Otwiera telefon lub aplikację do dzwonienia, aby zadzwonić: %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Zrób mój plan na płacz</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Zmień mój plan na płacz</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Osoby, do których chcesz dzwonić, zapisane tylko na tym komputerze. Możesz wydrukować plan.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>Nie udało się zapisać %1. Spróbuj w innym folderze.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Zapisz plan na płacz jako PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>plan-na-placz</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Imię osoby %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Ktoś, do kogo możesz zadzwonić, gdy robi się za ciężko.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Numer telefonu osoby %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Numer, pod który dzwonisz.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Notatka, np.: mieszka obok</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Notatka o osobie %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Cokolwiek, co pomaga, np. kiedy dzwonić.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Usuń osobę %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Usuwa tę osobę z twojego planu.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Mój plan na płacz</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Do kogo możesz zadzwonić, gdy robi się za ciężko? To zostaje tylko na tym komputerze. Wydrukuj plan na lodówkę, dla dziadków i opiekunek.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Dodaje pusty wiersz na kolejną osobę.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Drukuj plan na płacz</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Drukuje twój plan: co robić i do kogo dzwonić.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Zapisuje twój plan jako plik PDF do wydruku lub wysłania.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Zagrożenie? Dzwoń 112 z każdego telefonu. Za darmo, całą dobę.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Zagrożenie? Dzwoń 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Jeśli twoje dziecko jest ranne lub w niebezpieczeństwie, zadzwoń teraz pod numer alarmowy 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Wybierz ćwiczenie oddechowe</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (polecane)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Mniej ćwiczeń</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Więcej ćwiczeń</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Pokazuje lub ukrywa pozostałe ćwiczenia oddechowe.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Jak długo oddychać.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Ułóż własny rytm</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Ustaw własne sekundy wdechu, zatrzymania i wydechu.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Zacznij oddychać</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Uruchamia wybrane ćwiczenie na wybrany czas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln runda</numerusform>
            <numerusform>%Ln rundy</numerusform>
            <numerusform>%Ln rund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Czy to o tobie? Wtedy Pauzeknop pokaże odpowiednią pomoc.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Jestem</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Mój region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>rodzicem</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>babcią lub dziadkiem</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>osobą pracującą w żłobku</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>kimś innym, kto opiekuje się dzieckiem</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Porady i karta bezpieczeństwa będą dopasowane do ciebie.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop pokazuje linie pomocy w tym regionie.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Wybierz język Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Zgadza się</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Zachowuje te odpowiedzi. Możesz je później zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Chowa tę kartę. Pauzeknop zachowuje swoje przypuszczenie; można je zmienić w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Pauza teraz: otwórz spokojny ekran pauzy Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Ten komputer nie może dzwonić. Wybierz %1 na telefonie.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Także: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Teraz czynne: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Czat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Bezpłatnie</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimowo</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Tych danych nie udało się ostatnio potwierdzić. Zanim na nich polegniesz, sprawdź stronę internetową.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Źródło sprawdzono: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Zadzwoń: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Otwiera telefon lub aplikację do dzwonienia, aby zadzwonić: %1, numer %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopiuj numer</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Kopiuj numer: %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Kopiuje %1 do schowka.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Otwiera %1 w przeglądarce.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>Kod QR, aby zadzwonić: %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Zeskanuj aparatem telefonu, aby zadzwonić: %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Teraz czynne</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Teraz czynne, do %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Teraz czynne, do: %1, godz. %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Nieczynne</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Teraz nieczynne, otwarcie o %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Teraz nieczynne, otwarcie jutro o %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Teraz nieczynne, otwarcie: %1, godz. %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Godziny nieznane</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Ten komputer nie może dzwonić. Wybierz %1 na telefonie albo zeskanuj kod QR.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Numer skopiowany.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Twoja osoba kontaktowa tutaj.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Twoja osoba kontaktowa w placówce %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Godziny: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Kto może pomóc</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandria</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruksela</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Walonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Wspólnota niemieckojęzyczna</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Holandia</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Gdy robi się za ciężko, naciśnij pauzę.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Otwiera spokojną pauzę: zadbaj o bezpieczeństwo dziecka, potem oddychaj z minutnikiem.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Naciśnij spację lub Enter, aby zacząć pauzę.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Wybierz język Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Porady</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Krótkie porady na trudne chwile, ze źródłem.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Kto może pomóc</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Linie pomocy, które są teraz czynne, i twoje kontakty.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Moje pauzy</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Twoje pauzy: kiedy były, samopoczucie po nich, co pomogło.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Oddychaj</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Od razu otwiera ćwiczenie oddechowe.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Język, dźwięk, wielkość tekstu i więcej.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Moje pauzy</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pauzy w tygodniu</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Pora dnia</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Samopoczucie po pauzie</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Najczęstsze ćwiczenia</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Porady, które pomogły</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Nie ma jeszcze pauz i to jest w porządku. Kiedy zrobisz pauzę, zobaczysz tu, kiedy to było i co pomogło. Każda pauza się liczy.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Spokojniej</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Wciąż czuję napięcie</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Potrzebna pomoc</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Nie ukończono jeszcze żadnego ćwiczenia oddechowego.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Żadna porada nie jest jeszcze oznaczona jako pomocna.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>tydzień od %1: %Ln pauza</numerusform>
            <numerusform>tydzień od %1: %Ln pauzy</numerusform>
            <numerusform>tydzień od %1: %Ln pauz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln pauza</numerusform>
            <numerusform>%1:00: %Ln pauzy</numerusform>
            <numerusform>%1:00: %Ln pauz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln raz)</numerusform>
            <numerusform>%1 (%Ln razy)</numerusform>
            <numerusform>%1 (%Ln razy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Naciśnij teraz nowe klawisze (Escape anuluje)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape anuluje)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Naciśnij teraz nowe klawisze, na przykład Ctrl, Alt i literę razem. Escape anuluje.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Wybierz klawisz</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Naciśnij spację, aby wybrać inny klawisz, a potem naciśnij nowe klawisze.</translation>
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
        <translation>Numer alarmowy: policja, pogotowie, straż pożarna.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Zadzwoń pod 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Nie musisz radzić sobie z tym w pojedynkę.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Moje kontakty i wszystkie linie pomocy</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Kończy pauzę i otwiera „Kto może pomóc”: twoje kontakty i wszystkie linie z dzwonieniem, kopiowaniem i kodem QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Wracam do dziecka</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Kończy pauzę i wraca do ekranu startowego.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Mój własny rytm, w sekundach</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Sekundy, od 0 do 12, co pół sekundy.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Zapisz i oddychaj</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Zapisuje ten rytm i zaczyna z nim oddychanie.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Wraca do listy ćwiczeń.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Już dobrze</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Kończy pauzę w dowolnej chwili. Escape działa tak samo.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Gdy to jest wyłączone, nic nowego nie jest zapisywane. To, co już jest, zostaje, dopóki tego nie usuniesz.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Starsze zapisy są usuwane przy każdym uruchomieniu Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Zapisz podsumowanie…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Zapisz podsumowanie</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Zapisuje liczby z każdego tygodnia do wybranego pliku: arkusza kalkulacyjnego (CSV) albo JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>O twojej prywatności</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Co jest zapisywane, gdzie i czego nigdy się nie zapisuje.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Usuń wszystko</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Usuwa z tego komputera wszystkie zapisy o twoich pauzach. Najpierw pojawi się pytanie.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Arkusz kalkulacyjny (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Usunąć wszystko?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Wszystkie zapisy o twoich pauzach na tym komputerze zostaną usunięte. Nie można tego cofnąć. Pauza działa dalej jak zawsze.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Zachowaj moje pauzy</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Wszystko usunięto.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Nic nie udało się usunąć: ta historia jest tylko do odczytu.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Twoja prywatność</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>własny folder aplikacji</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Co jest zapisywane</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Gdzie jest przechowywane</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Czego nigdy się nie zapisuje</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Jak długo jest przechowywane</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Kto może to zobaczyć</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Czym Pauzeknop nie jest</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Tylko to, co się wydarzyło, nigdy to, kim jesteś: że pauza się zaczęła, jakie ćwiczenie oddechowe było wykonane, jakie było samopoczucie potem (spokojniej, wciąż napięcie, potrzebna pomoc) i które porady pomogły. Każdy zapis zawiera tylko godzinę, nigdy minutę.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Tylko na tym komputerze, w jednym pliku: %1. Pauzeknop nigdy nie korzysta z internetu, więc nic nigdy nie jest nigdzie wysyłane.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Twoje imię, imię twojego dziecka, nazwa komputera, cokolwiek wpiszesz, osoby z twojego planu, tytuły okien i nazwy plików.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Ty decydujesz: 30 dni, 90 dni, 1 rok albo na zawsze. Starsze zapisy są usuwane przy każdym uruchomieniu Pauzeknop. W „Moich pauzach” możesz wyłączyć zapisywanie albo usunąć wszystko.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Tylko osoby, które korzystają z tego komputera. Jeśli zapiszesz podsumowanie, zawiera ono liczby z każdego tygodnia, nigdy pojedyncze chwile. Na wspólnym komputerze liczby poniżej 5 są ukryte, a „Moje pauzy” wymagają PIN-u administratora.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop pomaga ci na chwilę się uspokoić. Niczego nie diagnozuje ani nie leczy. Jeśli ty lub twoje dziecko jesteście w niebezpieczeństwie, zadzwoń pod 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>To tłumaczenie jest wersją roboczą zespołu Pauzeknop: nie sprawdziła go jeszcze osoba, dla której polski jest językiem ojczystym.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Pomoc w Brukseli</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Pomoc w Walonii</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Pomoc we Wspólnocie niemieckojęzycznej</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Pomoc w Holandii</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Pomoc we Flandrii</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Zmień region</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Pokazuje linie innego regionu. Pauzeknop używa go wszędzie.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Usunąć starsze pauzy?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Usuń je</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Zachowaj moje pauzy</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Ustawienie „%1” usunie teraz z tego komputera starsze pauzy.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Zostanie usunięta %Ln pauza. Nie można tego cofnąć.</numerusform>
            <numerusform>Zostaną usunięte %Ln pauzy. Nie można tego cofnąć.</numerusform>
            <numerusform>Zostanie usuniętych %Ln pauz. Nie można tego cofnąć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Najpierw upewnij się, że twoje dziecko jest bezpieczne.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Poproś kogoś z zespołu, żeby cię zastąpił, albo najpierw zadbaj o bezpieczeństwo grupy.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Połóż dziecko na plecach w łóżeczku lub w innym bezpiecznym miejscu. Możesz odejść na kilka minut, to w porządku.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Nigdy nie potrząsaj niemowlęciem. Połóż dziecko bezpiecznie i odejdź.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Dziecko jest bezpieczne. Oddychajmy</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Zaczyna ćwiczenie oddechowe.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Wraca do ekranu startowego. Escape działa tak samo.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Zablokowane. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Dla administratora</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Język Pauzeknop. Zmienia się od razu.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Kim jestem</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Pauza i porady będą dopasowane do ciebie.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Babcia lub dziadek</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Osoba pracująca w żłobku</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ktoś inny</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Gdzie mieszkam</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Które linie pomocy są pokazywane.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandria</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruksela</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Walonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Wspólnota niemieckojęzyczna</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Holandia</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Najpierw pytanie: czy dziecko jest bezpieczne?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Przed oddychaniem karta prosi, żeby położyć dziecko w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Ćwiczenie oddechowe</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Ćwiczenie, od którego zaczyna się pauza.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Jak długo oddychać</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Zawsze możesz skończyć wcześniej.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Łagodne dźwięki</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Łagodny dźwięk, gdy pora na wdech lub wydech.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Cicho, żeby śpiące dziecko dalej spało.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Słowa na głos</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Spokojny głos mówi „wdech” i „wydech”.</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Wzrok</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Mniej ruchu</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Wypełniający się pasek zamiast rosnącego koła.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Czerń i biel, z wyraźnymi krawędziami.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Wielkość tekstu</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Większy tekst wszędzie.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Uruchamiaj z komputerem</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop czeka cicho w zasobniku, jedno kliknięcie od ciebie.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Zapisuj moje pauzy</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Tylko kiedy i jak długo, nigdy kto. Zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Przechowuj zapis przez</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Starsze pauzy usuwają się same.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dni</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Dopóki go nie usunę</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Skrót klawiszowy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>To wspólny komputer. Nie przechowuje się tu osobistych kontaktów, a zapis pauz widzi tylko administrator.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Skonfigurowane przez %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Słowa na głos nie są dostępne w tym języku. Łagodne dźwięki nadal działają.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Niektóre wiersze pliku ustawień organizacji zostały pominięte:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Twój komputer zostawia ten klawisz dla siebie. Wybierz inny.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Wybierz literę, cyfrę lub klawisz F razem z Ctrl, Alt lub klawiszem Windows, żeby klawisz nigdy nie przeszkadzał w pisaniu.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Pauza z każdego miejsca</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Jeden klawisz otwiera pauzę, także gdy Pauzeknop jest w zasobniku albo za innymi oknami.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Klawisz pauzy</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Zapytaj pulpit ponownie</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Zablokowane. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Wyłączone. Przycisk Pauza i zasobnik nadal otwierają pauzę.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Proszę pulpit o ustawienie %1. Może pokazać okno do potwierdzenia.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Ustawiam %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Włączone: pulpit otwiera pauzę, gdy naciśniesz %1, dopóki Pauzeknop działa.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Włączone: naciśnij %1 w dowolnym miejscu, aby otworzyć pauzę, dopóki Pauzeknop działa.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Włącz „Uruchamiaj z komputerem”, żeby klawisz był zawsze gotowy.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Ten klawisz zajmuje inny program; wybierz inny.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Pulpit nie ustawił klawisza. Nic się nie stało: przycisk Pauza i zasobnik nadal otwierają pauzę. Możesz zapytać ponownie albo dodać klawisz w ustawieniach klawiatury swojego pulpitu, z poleceniem %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Ta klawiatura nie ma takiego klawisza; wybierz inny.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Ten pulpit nie pozwala Pauzeknop samemu ustawić klawisza. Dodaj go w Ustawienia &gt; Klawiatura &gt; Wyświetl i dostosuj skróty &gt; Własne skróty, z poleceniem %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Ten pulpit nie pozwala Pauzeknop samemu ustawić klawisza. Dodaj go w Ustawienia systemowe &gt; Skróty &gt; Dodaj nowy &gt; Polecenie lub skrypt, z poleceniem %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Ten pulpit nie pozwala Pauzeknop samemu ustawić klawisza. Dodaj skrót w ustawieniach klawiatury swojego pulpitu, z poleceniem %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Porada: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Nic nie szkodzi. Daj sobie jeszcze trochę czasu.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Jeszcze jedna runda</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Powtarza to samo ćwiczenie jeszcze raz.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Inne ćwiczenie</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Pozwala wybrać inne ćwiczenie oddechowe.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Odejdź na kilka minut</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Minutnik na 2, 5 lub 10 minut, który przypomni ci, żeby zajrzeć do dziecka.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>To pomogło</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Anonimowo informuje Pauzeknop, że ta porada ci pomogła.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Zapisane</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Zapisz</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Zapisane w moich poradach</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Zapisz w moich poradach</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Ta porada jest na twojej liście. Naciśnij, aby ją usunąć.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Zachowuje tę poradę na twojej liście, tylko na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Porady dla rodziców</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Porady dla dziadków</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Porady dla osób pracujących w żłobku</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Porady dla wszystkich, którzy opiekują się dzieckiem</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Pokazuje porady na taką sytuację.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Nie ma tu jeszcze porad.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Tu pojawią się porady zapisane przez ☆.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Porady</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Pokaż wszystkie porady</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Pokazuje też porady napisane dla rodziców, dziadków i osób pracujących w żłobku.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Moje porady</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Moje porady</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Porady zapisane przez ciebie.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Pauza teraz</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Oddychaj</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Kto może pomóc</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Otwórz Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: kliknij, aby zrobić pauzę</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop nadal tu jest</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Gdy potrzebujesz pauzy, kliknij tutaj ikonę. „Zakończ” jest w jej menu.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Zapisywanie pauz jest wyłączone. Nic nowego nie jest zapisywane.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Nie udało się odczytać twojej wcześniejszej historii pauz, więc zaczęto nową. Stary plik zachowano jako %1. Pauza działa jak zawsze.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Twoich pauz nie da się teraz zapisać w tym folderze. Są pamiętane do zamknięcia Pauzeknop. Pauza działa jak zawsze.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Twoją historię pauz zapisała nowsza wersja Pauzeknop. Możesz ją oglądać, ale nic nowego nie zostanie dodane, dopóki nie zaktualizujesz programu. Pauza działa jak zawsze.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Weź kilka minut dla siebie.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Upewnij się, że dziecko jest bezpieczne, potem wyjdź z pokoju. Powiemy ci, kiedy pora pójść i zajrzeć do dziecka.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Zaczyna spokojne odliczanie. Powiemy ci, kiedy pójść i zajrzeć do dziecka.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Oddychaj, napij się wody. Na koniec zajrzyj do dziecka.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Jestem z powrotem</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Kończy teraz odliczanie.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Idź teraz zajrzeć do dziecka.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Kończy pauzę i wraca do ekranu startowego.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Została %Ln minuta</numerusform>
            <numerusform>Zostały %Ln minuty</numerusform>
            <numerusform>Zostało %Ln minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuta</numerusform>
            <numerusform>%Ln minuty</numerusform>
            <numerusform>%Ln minut</numerusform>
        </translation>
    </message>
</context>
</TS>
