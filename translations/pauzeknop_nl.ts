<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>Calm breath</source>
        <translation>Rustige adem</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6. A long out-breath helps the body slow down.</source>
        <translation>Adem 4 tellen in en 6 tellen uit. Een lange uitademing helpt je lichaam tot rust te komen.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <translation>Je houdt je adem niet in. Adem zacht, niet diep.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <translation>Fysiologische zucht</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly. One to three sighs already help.</source>
        <translation>Adem in, neem er nog een klein teugje lucht bij en laat dan alles langzaam uit. Een tot drie zuchten helpen al.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Stop als je duizelig wordt.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <translation>Resonantieademhaling</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <translation>5,5 tellen in, 5,5 uit: ongeveer zes ademhalingen per minuut. Het best vijf minuten of langer.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <translation>Adem zacht, niet diep.</translation>
    </message>
    <message>
        <source>Holding your breath does not suit everyone. Stop if it feels uncomfortable.</source>
        <translation>Je adem inhouden past niet bij iedereen. Stop als het niet goed voelt.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>Doosademhaling</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <translation>4 tellen in, 4 vasthouden, 4 uit, 4 vasthouden, zoals de zijden van een doos.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <translation>Korte doosademhaling</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <translation>Een lichtere doos: 3 tellen in, 3 vasthouden, 3 uit, 3 vasthouden.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-ademhaling</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <translation>4 tellen in, 7 vasthouden, 8 uit. Hoogstens vier rondes.</translation>
    </message>
    <message>
        <source>It can make you light-headed, and it fits badly when you are very agitated. A practitioner's method, not tested in trials.</source>
        <translation>Je kunt er licht in het hoofd van worden, en het past slecht als je heel opgewonden bent. Een methode uit de praktijk, niet getest in studies.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <translation>Tel tot tien</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <translation>Tel rustig van 1 tot 10 terwijl je uitademt, voor je iets anders doet.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <translation>Bewust kort: tien tot dertig seconden. Leg daarna je kind op een veilige plek als je meer tijd nodig hebt.</translation>
    </message>
    <message>
        <source>My pattern %1</source>
        <translation>Mijn patroon %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Je eigen patroon: inademen, vasthouden, uitademen, vasthouden.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Stop als je duizelig wordt of het niet goed voelt.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: een pauzeknop voor wie zorgt voor jonge kinderen.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Open meteen het pauzescherm.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Bewaar het gebruikslogboek en de instellingen in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (en, nl, fr, de, ar).</source>
        <translation>Gebruik taal &lt;code&gt; (en, nl, fr, de, ar).</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Typ pauzeknop --help om te zien wat het begrijpt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Verborgen starten in het systeemvak, klaar voor een pauze.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Lees een beheerders-PIN van de standaardinvoer en toon de regel voor de beheerde configuratie (voor beheerders).</translation>
    </message>
    <message>
        <source>Open on "Who can help": helplines and your own people to call.</source>
        <translation>Open op "Wie kan helpen": hulplijnen en je eigen mensen om te bellen.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Schrijf het aantal pauzes per week naar &lt;file&gt; (CSV, of JSON voor .json) en stop.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Open meteen het ademen, met oefening [PATTERN] als die gegeven is: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Met --breathe: de oefening om mee te ademen.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Onbekende ademoefening: %1. Kies uit: %2.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Mijn huilplan</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Huilen is normaal en het gaat voorbij. Wordt het te veel? Volg dan deze stappen.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Leg de baby op de rug in een eigen, leeg bedje of in de box. Ga dan de kamer uit.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Adem langzaam uit. Tel tot tien. Drink een glas water.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Ga elke 5 tot 10 minuten even kijken.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Bel iemand van hieronder. Hulp vragen is sterk.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Schud nooit met een baby, ook niet even. Schudden kan hersenletsel of de dood veroorzaken.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Is het kind gewond of ziek? Bel meteen 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mijn mensen</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hulplijnen</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Geef dit plan aan iedereen die voor de baby zorgt.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Inademen</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Vasthouden na inademen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Uitademen</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Vasthouden na uitademen</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Je kunt tot zes patronen bewaren. Verwijder er eerst een.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: typ een aantal seconden, zoals 4 of 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 kan niet korter zijn dan 0 seconden.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 mag hoogstens 12 seconden duren.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: gebruik hele of halve seconden, zoals 4 of 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 duurt minstens 1 seconde.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Typ de beheerders-PIN en druk op Enter: </translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters; nothing was made.
</source>
        <translation>De PIN moet minstens %1 tekens hebben; er is niets gemaakt.
</translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Zet deze regel in de sectie [organisation] van pauzeknop.conf.
</translation>
    </message>
</context>
<context>
    <name>HelplineCatalog</name>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <translation>Acuut gevaar, een verwonding, of een kind dat gewond of erg ziek is. Politie: 101.</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse. Also for people who sometimes use violence themselves. Not an emergency line.</source>
        <translation>Geweld, misbruik en kindermishandeling. Ook voor wie zelf soms geweld gebruikt. Geen noodnummer.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <translation>Een anonieme luisterlijn voor iedereen die nood heeft aan een gesprek.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide.</source>
        <translation>Voor iedereen met gedachten aan zelfdoding.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <translation>Vragen over baby’s, jonge kinderen en kinderopvang.</translation>
    </message>
    <message>
        <source>The doctor on call for medical help that is not an emergency, outside GP hours: evenings, nights and weekends.</source>
        <translation>De huisarts van wacht voor medische hulp die geen noodgeval is, buiten de uren van je huisarts: ’s avonds, ’s nachts en in het weekend.</translation>
    </message>
    <message>
        <source>General welfare help for anyone with a question or a problem.</source>
        <translation>Algemene welzijnshulp voor iedereen met een vraag of een probleem.</translation>
    </message>
    <message>
        <source>For children and young people.</source>
        <translation>Voor kinderen en jongeren.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in French.</source>
        <translation>Een luisterlijn voor iedereen die nood heeft aan een gesprek, in het Frans.</translation>
    </message>
    <message>
        <source>For children, and for adults who are worried about a child. In French.</source>
        <translation>Voor kinderen, en voor volwassenen die zich zorgen maken over een kind. In het Frans.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in German.</source>
        <translation>Een luisterlijn voor iedereen die nood heeft aan een gesprek, in het Duits.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <translation>Acuut gevaar, een verwonding, of een kind dat gewond of erg ziek is.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse. Also for people who use violence themselves.</source>
        <translation>Huiselijk geweld en kindermishandeling. Ook voor wie zelf geweld gebruikt.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide. 113 is also possible.</source>
        <translation>Voor iedereen met gedachten aan zelfdoding. Ook 113 kan.</translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>De beheerde configuratie</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>De beheerde configuratie kan niet gelezen worden; Pauzeknop gebruikt zijn eigen instellingen.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 is geen instelling (sleutel=waarde) en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: de sectie [%2] is onbekend; haar regels worden genegeerd.</translation>
    </message>
    <message>
        <source>%1: "%2" stands before any [section] and is ignored.</source>
        <translation>%1: "%2" staat voor elke [sectie] en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: the key "%2" is unknown and is ignored.</source>
        <translation>%1: de sleutel "%2" is onbekend en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: "%2" expects %3; the line is ignored.</source>
        <translation>%1: "%2" verwacht %3; de regel wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin; the admin PIN is not set.</source>
        <translation>%1: adminPin is geen hash van pauzeknop --hash-pin; er is geen beheerders-PIN ingesteld.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip "%2": this id is already used; this tip is skipped.</source>
        <translation>%1, tip "%2": deze id is al in gebruik; deze tip wordt overgeslagen.</translation>
    </message>
    <message>
        <source>%1, helpline "%2": this id is already used; this contact is skipped.</source>
        <translation>%1, hulplijn "%2": deze id is al in gebruik; dit contact wordt overgeslagen.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kan niet gelezen worden (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: groter dan 1 MB, niet gelezen.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: geen geldige JSON bij teken %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with "tips" and "helplines".</source>
        <translation>%1: verwacht een object met "tips" en "helplines".</translation>
    </message>
    <message>
        <source>%1: unknown key "%2" ignored.</source>
        <translation>%1: onbekende sleutel "%2" genegeerd.</translation>
    </message>
    <message>
        <source>%1: "tips" must be a list.</source>
        <translation>%1: "tips" moet een lijst zijn.</translation>
    </message>
    <message>
        <source>%1: "helplines" must be a list.</source>
        <translation>%1: "helplines" moet een lijst zijn.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>tip %1</translation>
    </message>
    <message>
        <source>tip %1 ("%2")</source>
        <translation>tip %1 ("%2")</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; deze tip wordt overgeslagen.</translation>
    </message>
    <message>
        <source>"id" must be lower-case letters, digits, '.', '_' or '-'</source>
        <translation>"id" mag alleen kleine letters, cijfers, '.', '_' of '-' bevatten</translation>
    </message>
    <message>
        <source>"situation" must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>"situation" moet een van deze zijn: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>"audiences" must be a list of parent, grandparent, childcare, other (found "%1")</source>
        <translation>"audiences" moet een lijst zijn met parent, grandparent, childcare, other (gevonden: "%1")</translation>
    </message>
    <message>
        <source>"text" is missing or empty</source>
        <translation>"text" ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>"text" is longer than 280 characters</source>
        <translation>"text" is langer dan 280 tekens</translation>
    </message>
    <message>
        <source>"source" is missing: every tip says where it comes from</source>
        <translation>"source" ontbreekt: elke tip zegt waar hij vandaan komt</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>hulplijn %1</translation>
    </message>
    <message>
        <source>helpline %1 ("%2")</source>
        <translation>hulplijn %1 ("%2")</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; dit contact wordt overgeslagen.</translation>
    </message>
    <message>
        <source>"name" is missing</source>
        <translation>"name" ontbreekt</translation>
    </message>
    <message>
        <source>"purpose" is missing or empty</source>
        <translation>"purpose" ontbreekt of is leeg</translation>
    </message>
    <message>
        <source>"regions" must be a list of BE-VLG, BE-BRU, BE-WAL, BE-DG, NL (found "%1")</source>
        <translation>"regions" moet een lijst zijn met BE-VLG, BE-BRU, BE-WAL, BE-DG, NL (gevonden: "%1")</translation>
    </message>
    <message>
        <source>"cost" must be "free" or "zonal"</source>
        <translation>"cost" moet "free" of "zonal" zijn</translation>
    </message>
    <message>
        <source>"emergency" is reserved for 112</source>
        <translation>"emergency" is voorbehouden aan 112</translation>
    </message>
    <message>
        <source>"verified" needs "verified_on" as a date like 2026-11-28</source>
        <translation>"verified" vraagt "verified_on" als datum, zoals 2026-11-28</translation>
    </message>
    <message>
        <source>"channels" must list at least one way to reach them</source>
        <translation>"channels" moet minstens één manier geven om hen te bereiken</translation>
    </message>
    <message>
        <source>channel %1: "kind" must be phone, chat, sms, mail or web</source>
        <translation>kanaal %1: "kind" moet phone, chat, sms, mail of web zijn</translation>
    </message>
    <message>
        <source>channel %1: "%2" is not a valid %3</source>
        <translation>kanaal %1: "%2" is geen geldige %3</translation>
    </message>
    <message>
        <source>channel %1: hours "%2" not understood (%3)</source>
        <translation>kanaal %1: uren "%2" niet begrepen (%3)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>een van %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>een geheel getal van %1 tot %2</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Dit is een gedeelde computer: persoonlijke contacten worden hier niet bewaard.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Ingesteld door je organisatie, voor iedereen op deze computer.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Ingesteld door %1, voor iedereen op deze computer.</translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <translation>Leg je kind op een veilige plek: op de rug in een leeg bedje of in de box. Ga dan de kamer uit.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <translation>Een paar minuten een gesloten deur is oké. Ga elke 5 tot 10 minuten even kijken.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <translation>Voel je de neiging om te schudden, vast te grijpen of te slaan? Dat is je signaal: leg je kind neer en stap even weg.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <translation>Schud, gooi of sla nooit een kind, ook niet één keer. Schudden kan bij een baby hersenletsel of de dood veroorzaken.</translation>
    </message>
    <message>
        <source>Breathe out for longer than you breathe in. Do it three times.</source>
        <translation>Adem langer uit dan je inademt. Doe dat drie keer.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <translation>Tel langzaam tot tien voor je iets anders doet.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <translation>Ga naar een andere kamer. Drink wat water of thee, of spat koud water in je gezicht.</translation>
    </message>
    <message>
        <source>Say out loud: "I am at my limit. I am taking five minutes."</source>
        <translation>Zeg luidop: "Ik zit aan mijn grens. Ik neem vijf minuten."</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or 1712 or 106.</source>
        <translation>Bel iemand: je partner, een buur, een vriend of vriendin, of 1712 of 106.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <translation>Hulp vragen is een sterkte, geen zwakte.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112, or 1733 out of hours. Do not wait.</source>
        <translation>Denk je dat je kind gewond of ziek is? Bel 112, of 1733 buiten de uren van de huisarts. Wacht niet.</translation>
    </message>
    <message>
        <source>Crying peaks around 6 to 8 weeks. It is a phase, and it passes.</source>
        <translation>Huilen piekt rond 6 tot 8 weken. Het is een fase, en die gaat voorbij.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <translation>Veel huilen is normaal voor een jonge baby. Het is niet jouw schuld.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <translation>Check één keer de basis: honger, luier, te warm of te koud, moe. Stop dan met zoeken naar een oorzaak.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming, skin to skin, a walk with the pram, a warm bath.</source>
        <translation>Probeer één rustig ding tegelijk: neuriën, huid op huid, een wandeling met de kinderwagen, een warm badje.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. A baby crying in a safe cot is not in danger.</source>
        <translation>Sommig huilen kun je niet stoppen. Een baby die huilt in een veilig bedje is niet in gevaar.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <translation>Huilen dat anders klinkt dan anders, koorts, of niet drinken: ga naar een arts.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <translation>Leg de baby neer en houd een hand op het buikje, of wacht tot de slaap diep is.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <translation>Uitgeput? Leg de baby in een eigen bedje voor je zelf gaat rusten.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa.</source>
        <translation>Val nooit in slaap met een baby in de zetel.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <translation>Vraag je partner of een grootouder om even over te nemen.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <translation>Driftbuien horen bij een normale fase. De meeste zijn in minder dan 15 minuten voorbij.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <translation>Houd het kind veilig, blijf dichtbij, en laat het overwaaien zonder in discussie te gaan.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: "You are angry. Hitting hurts, I stop you."</source>
        <translation>Benoem het gevoel en de grens in een paar woorden: "Je bent boos. Slaan doet pijn, ik hou je tegen."</translation>
    </message>
    <message>
        <source>Can't stay calm? If the child is safe, leave for a minute or two.</source>
        <translation>Lukt het niet om kalm te blijven? Is het kind veilig, ga dan een minuutje of twee weg.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <translation>Kijk wat eronder zit: honger, moeheid, te veel prikkels.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again and praise the next good moment.</source>
        <translation>Zoek achteraf opnieuw contact en geef een compliment bij het volgende goede moment.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <translation>Stop wanneer het kind laat zien dat het genoeg heeft. Dwing nooit tot eten.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <translation>Een geweigerde maaltijd is geen mislukking. Er komt nog een volgende.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask the Kind en Gezin-Lijn or your GP.</source>
        <translation>Eindigen voedingen steeds in tranen? Vraag raad aan de Kind en Gezin-Lijn of je huisarts.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <translation>Spreek met collega’s een teken af dat betekent: neem over, ik heb twee minuten nodig.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <translation>Laat de groep nooit zonder toezicht. Vraag eerst een collega om over te nemen.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <translation>Alleen met de groep? Zorg eerst dat iedereen veilig is: baby’s in bed, peuters aan tafel met iets rustigs.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <translation>Is iedereen veilig? Bel dan je verantwoordelijke of je back-up.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <translation>Baby’s steken elkaar aan. Dat ligt aan de groep, niet aan jou.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <translation>Praat na een moeilijk moment na met een collega of je verantwoordelijke.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager. 1712 can advise too.</source>
        <translation>Maak je je zorgen over hoe jij of een collega met een kind omgaat? Zeg het je verantwoordelijke. Ook 1712 geeft advies.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <translation>Vraag concrete hulp: een maaltijd, of een kwartiertje babysit.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <translation>Maak vooraf een huilplan: drie dingen die rust brengen, wie je belt, waar de baby naartoe gaat.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <translation>Deel de regel "nooit schudden" en je plan met iedereen die voor de baby zorgt.</translation>
    </message>
    <message>
        <source>Feeling flat or overwhelmed for weeks after a birth is common. Help exists: your GP, Kind en Gezin, 106.</source>
        <translation>Je wekenlang leeg of overspoeld voelen na een geboorte komt vaak voor. Er is hulp: je huisarts, Kind en Gezin, 106.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents' routine.</source>
        <translation>Het advies over veilig slapen is veranderd: op de rug, in een leeg bedje. Volg de gewoontes van de ouders.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <translation>Ook als grootouder mag je even weggaan. De baby veilig neerleggen mag altijd.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <translation>Heb je geroepen of hard vastgegrepen? Het is nooit te laat om erover te praten en het goed te maken met het kind.</translation>
    </message>
    <message>
        <source>1712 also helps people who sometimes use violence, anonymously.</source>
        <translation>1712 helpt ook mensen die soms geweld gebruiken, anoniem.</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Nu meteen</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Een huilende baby</translation>
    </message>
    <message>
        <source>Won't sleep</source>
        <translation>Wil niet slapen</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Een driftbui</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Voeding en eten</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Een drukke groep in de opvang</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Uitgeput</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Achteraf</translation>
    </message>
</context>
<context>
    <name>UsageExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Het gebruikslogboek kon niet geopend worden: de export is leeg.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Aantallen per week geschreven naar %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>Beheerders-PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>The administrator's PIN shows the record of pauses.</source>
        <translation>Met de PIN van de beheerder zie je het overzicht van de pauzes.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Controleert de beheerders-PIN.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Voor deze computer is geen beheerders-PIN ingesteld.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Ontgrendeld tot Pauzeknop sluit.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Die PIN klopt niet. Wacht %1 s en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Die PIN klopt niet. Probeer het gerust opnieuw.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Nog een beetje in</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Goed gedaan</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>nog %1:%2</translation>
    </message>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Wat je nu doet: inademen, vasthouden of uitademen.</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Tel rustig</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Nog een ronde</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuut</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Maakt deze ademsessie wat langer.</translation>
    </message>
    <message>
        <source>I'm done breathing</source>
        <translation>Ik ben klaar met ademen</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Stopt de timer en vraagt hoe je je voelt.</translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Een tip: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Goed gedaan.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Je nam een pauze. Dat was goed voor jou en voor je kind.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Nog eens ademen</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Start nog een ronde ademen.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Terug naar mijn kind</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beëindigt de pauze en gaat terug naar het beginscherm.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Hoe voel je je nu?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Rustiger</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Toont een warm woord, een tip en de weg terug.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Nog gespannen</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Biedt nog een ronde, een andere oefening of een paar minuten weg.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Ik heb hulp nodig</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Toont wie je kunt bellen, eerst 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Je eigen mensen</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Schrijf nu al op wie je kunt bellen als het te veel wordt: een partner, een buur, een vriend of vriendin.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 bellen</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Opent je telefoon- of belapp om %1 te bellen.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Mijn huilplan maken</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Mijn huilplan aanpassen</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>De mensen die je wilt bellen, alleen bewaard op deze computer. Je kunt het afdrukken.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Bewaard als %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>%1 kon niet bewaard worden. Probeer een andere map.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Het huilplan bewaren als pdf</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>huilplan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Naam van persoon %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Iemand die je kunt bellen als het te veel wordt.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Telefoonnummer van persoon %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Het nummer om te bellen.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Notitie, bijvoorbeeld: woont hiernaast</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Notitie over persoon %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Alles wat helpt, zoals wanneer je mag bellen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Persoon %1 weghalen</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Haalt deze persoon uit je plan.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Mijn huilplan</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Wie kun je bellen als het te veel wordt? Dit blijft alleen op deze computer. Druk het af voor op de koelkast, voor grootouders en babysits.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Voegt een lege regel toe voor nog iemand.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Het huilplan afdrukken</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Drukt je plan af met wat je doet en wie je belt.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Bewaren als pdf</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Bewaart je plan als pdf-bestand om af te drukken of te delen.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Gevaar? Bel 112 met eender welke telefoon. Gratis, dag en nacht.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Gevaar? Bel 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Is je kind gewond of in gevaar? Bel nu het noodnummer 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Kies een ademoefening</translation>
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
        <source>Rounds: %1</source>
        <translation>Rondes: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Minuten: %1</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Hoe lang je ademt.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Mijn eigen patroon maken</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Kies zelf de seconden om in te ademen, vast te houden en uit te ademen.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Begin met ademen</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Start de gekozen oefening voor de gekozen tijd.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Ook: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Nu open: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Deze gegevens konden we niet recent bevestigen. Kijk op de website voor je erop rekent.</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Nagekeken op %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 bellen</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Opent je telefoon- of belapp om %1 te bellen op %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Het nummer van %1 kopiëren</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Zet %1 op het klembord.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Opent %1 in je webbrowser.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatten</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>QR-code om %1 te bellen</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to call %1.</source>
        <translation>Scan met de camera van je telefoon om %1 te bellen.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Nu open, tot %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Nu open, tot %1 om %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Nu gesloten, open om %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Nu gesloten, morgen open om %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Nu gesloten, open op %1 om %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Uren niet gekend</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Deze computer kan niet bellen. Bel %1 met een telefoon, of scan de QR-code.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Nummer gekopieerd.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <source>Your contact person here.</source>
        <translation>Je contactpersoon hier.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Je contactpersoon bij %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Uren: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wie kan helpen</translation>
    </message>
    <message>
        <source>Where you live:</source>
        <translation>Waar je woont:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Shows the helplines for this region.</source>
        <translation>Toont de hulplijnen voor deze regio.</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Als het te veel wordt, druk op pauze.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Opent een rustige pauze: breng je kind in veiligheid en adem daarna mee met een timer.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Druk op spatie of Enter om een pauze te starten.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Kies de taal van Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Korte tips voor moeilijke momenten, met hun bron.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wie kan helpen</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Hulplijnen die nu open zijn, en je eigen mensen om te bellen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Taal, geluid, tekstgrootte en meer.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Mijn pauzes</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Bekijk je eigen pauzes: wanneer, hoe je je daarna voelde, wat hielp.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Ademen</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Opent meteen een ademoefening.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Mijn pauzes</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pauzes per week</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment van de dag</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Hoe je je voelde na een pauze</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Oefeningen die je het vaakst deed</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Tips die je hielpen</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Nog geen pauzes, en dat is helemaal oké. Telkens je een pauze neemt, zie je hier wanneer dat was en wat hielp. Elke pauze telt.</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>week van %1: %2</translation>
    </message>
    <message>
        <source>%1:00: %2</source>
        <translation>%1:00 uur: %2</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Rustiger</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Nog gespannen</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Hulp nodig</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Nog geen ademhalingsoefening afgewerkt.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Nog geen tip als nuttig aangeduid.</translation>
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
        <translation>Gevaar, of is iemand gewond? Bel nu 112.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Bel 112</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>Noodnummer: politie, ziekenwagen, brandweer.</translation>
    </message>
    <message>
        <source>This computer cannot dial. Use a phone and call 112.</source>
        <translation>Deze computer kan niet bellen. Neem een telefoon en bel 112.</translation>
    </message>
    <message>
        <source>You can also call someone who listens:</source>
        <translation>Je kunt ook iemand bellen die luistert:</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Mijn mensen en alle hulplijnen</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Beëindigt de pauze en opent Wie kan helpen: je eigen mensen om te bellen, en elke lijn met bellen, kopiëren en QR-code.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Terug naar mijn kind</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beëindigt de pauze en gaat terug naar het beginscherm.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Nu gesloten</translation>
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
        <translation>Mijn eigen patroon, in seconden</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Seconden, van 0 tot 12, per halve seconde.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Bewaren en ademen</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Bewaart dit patroon en start ermee.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Terug naar de lijst met oefeningen.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I'm OK now</source>
        <translation>Het gaat weer</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Beëindigt de pauze op elk moment. Escape doet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>Keep track of my pauses on this computer</source>
        <translation>Mijn pauzes bijhouden op deze computer</translation>
    </message>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Staat dit uit, dan wordt er niets nieuws bijgehouden. Wat er al is, blijft tot je het wist.</translation>
    </message>
    <message>
        <source>Keep them for</source>
        <translation>Bewaren gedurende</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Oudere notities worden gewist telkens Pauzeknop start.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Overzicht bewaren…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Overzicht bewaren</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Bewaart de aantallen per week in een bestand dat je kiest: een rekenblad (CSV) of JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Over je privacy</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Wat er bijgehouden wordt, waar, en wat nooit.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Wist alle notities over je pauzes van deze computer. We vragen het eerst nog.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Rekenblad (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Alles wissen?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Alle notities over je pauzes op deze computer worden gewist. Dat kan niet ongedaan gemaakt worden. Pauzeren blijft gewoon werken.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Mijn pauzes houden</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Alles is gewist.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Er kon niets gewist worden: deze geschiedenis kan alleen gelezen worden.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Je privacy</translation>
    </message>
    <message>
        <source>the app's own folder</source>
        <translation>de eigen map van de app</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Wat er bijgehouden wordt</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Waar het bewaard wordt</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Wat nooit bijgehouden wordt</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Hoe lang het bewaard wordt</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Wie het kan zien</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Wat Pauzeknop niet is</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Alleen wat er gebeurde, nooit wie je bent: dat er een pauze begon, welke ademhalingsoefening je deed, hoe je je daarna voelde (rustiger, nog gespannen, hulp nodig) en welke tips hielpen. Elke notitie bewaart alleen het uur, nooit de minuut.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Alleen op deze computer, in één bestand: %1. Pauzeknop gebruikt nooit het internet, dus er wordt nooit iets verstuurd.</translation>
    </message>
    <message>
        <source>Your name, your child's name, the computer's name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Je naam, de naam van je kind, de naam van de computer, wat je typt, de mensen in je eigen plan, venstertitels en bestandsnamen.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Jij kiest: 30 dagen, 90 dagen, 1 jaar of altijd. Oudere notities worden gewist telkens Pauzeknop start. Bij Mijn pauzes kun je het bijhouden uitzetten of alles wissen.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator's PIN.</source>
        <translation>Alleen wie deze computer gebruikt. Als je een overzicht bewaart, staan daar aantallen per week in, nooit losse momenten. Op een gedeelde computer worden aantallen onder 5 verborgen en vraagt Mijn pauzes de pincode van de beheerder.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop helpt je een rustig moment te nemen. Het stelt geen diagnose en behandelt niets. Ben jij of is je kind in gevaar, bel dan 112.</translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Zorg eerst dat je kind veilig is.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Vraag een collega om over te nemen, of maak eerst de groep veilig.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It's OK to walk away for a few minutes.</source>
        <translation>Leg je baby op de rug in het bedje of op een andere veilige plek. Het is oké om even weg te gaan.</translation>
    </message>
    <message>
        <source>My child is safe. Let's breathe</source>
        <translation>Mijn kind is veilig. Ademen maar</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Start de ademoefening.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Terug naar het beginscherm. Escape doet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Vergrendeld. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Voor de beheerder</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>De taal van Pauzeknop. Ze verandert meteen.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Wie ik ben</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>De pauze en de tips spreken jou aan.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Een ouder</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Een grootouder</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Een kinderbegeleider</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Waar ik woon</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Welke hulplijnen je ziet.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>De pauze</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Eerst vragen: is je kind veilig?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Voor het ademen vraagt een kaart om je kind op een veilige plek te leggen.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Ademoefening</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>De oefening waarmee een pauze begint.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Hoe lang ademen</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Je kunt altijd vroeger stoppen.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Zachte klanken</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Een zachte toon wanneer het tijd is om in of uit te ademen.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Laag gehouden, zodat een slapende baby blijft slapen.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Gesproken woorden</translation>
    </message>
    <message>
        <source>A calm voice says "breathe in" and "breathe out".</source>
        <translation>Een rustige stem zegt "adem in" en "adem uit".</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Zien</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Een balk die volloopt in plaats van een groeiende cirkel.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Zwart en wit, met duidelijke randen.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Overal grotere tekst.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Starten met mijn computer</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop wacht rustig in het systeemvak, één tik verder.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Mijn pauzes bijhouden</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Alleen wanneer en hoe lang, nooit wie. Het blijft op deze computer.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Bewaar het overzicht</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Oudere pauzes worden vanzelf gewist.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Eén jaar</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Tot ik het wis</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Dit is een gedeelde computer. Persoonlijke contacten worden hier niet bewaard, en het overzicht van de pauzes is alleen voor de beheerder.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Ingesteld door %1.</translation>
    </message>
    <message>
        <source>Some lines of the organisation's settings file were ignored:</source>
        <translation>Enkele regels uit het instellingenbestand van de organisatie werden genegeerd:</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Een tip: %1</translation>
    </message>
    <message>
        <source>That's OK. Take a little more time.</source>
        <translation>Dat is oké. Neem nog wat tijd.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Nog een ronde</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Doet dezelfde oefening nog een keer.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Een andere oefening</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Laat je een andere ademoefening kiezen.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Een paar minuten weggaan</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Een timer van 2, 5 of 10 minuten die je eraan herinnert naar je kind te gaan kijken.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>This helped</source>
        <translation>Dit hielp</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Laat Pauzeknop anoniem weten dat deze tip je hielp.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dankjewel</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Bewaard</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Bewaren</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Bewaard bij mijn tips</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Bewaren bij mijn tips</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Deze tip staat in je eigen lijst. Druk om hem eruit te halen.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Bewaart deze tip in je eigen lijst, alleen op deze computer.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Tips voor ouders</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Tips voor grootouders</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Tips voor kinderbegeleiders</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Tips voor iedereen die voor een kind zorgt</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Toont de tips voor dit moment.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Hier zijn nog geen tips.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Tips die je bewaart met ☆ verschijnen hier.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Alle tips tonen</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Toont ook de tips voor ouders, grootouders en kinderbegeleiders.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Mijn tips</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Mijn tips</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>De tips die je bewaarde.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Nu pauzeren</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Ademen</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wie kan helpen</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Pauzeknop openen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: klik voor een pauze</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop is er nog</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Heb je een pauze nodig, klik dan hier op het icoon. Afsluiten staat in het menu.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Je pauzes bijhouden staat uit. Er wordt niets nieuws genoteerd.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Je vroegere pauzegeschiedenis kon niet gelezen worden, dus we zijn opnieuw begonnen. Het oude bestand is bewaard als %1. Pauzeren werkt gewoon.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Je pauzes kunnen nu niet in deze map bewaard worden. Ze worden onthouden tot Pauzeknop sluit. Pauzeren werkt gewoon.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Je pauzegeschiedenis werd bewaard door een nieuwere versie van Pauzeknop. Je kunt ze bekijken, maar er komt niets nieuws bij tot je bijwerkt. Pauzeren werkt gewoon.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Minutes left: %1</source>
        <translation>Nog minuten: %1</translation>
    </message>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Neem een paar minuten voor jezelf.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Zorg dat je kind veilig is en ga dan de kamer uit. We laten je weten wanneer het tijd is om te gaan kijken.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Start een rustige aftelling. We laten je weten wanneer je moet gaan kijken.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Adem, drink wat water. Ga op het einde naar je kind kijken.</translation>
    </message>
    <message>
        <source>I'm back</source>
        <translation>Ik ben terug</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Stopt het aftellen nu.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Ga nu naar je kind kijken.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Terug naar mijn kind</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beëindigt de pauze en gaat terug naar het beginscherm.</translation>
    </message>
</context>
</TS>