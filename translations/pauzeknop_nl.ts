<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BreathingCatalog</name>
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
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Open op &quot;Wie kan helpen&quot;: hulplijnen en je eigen mensen om te bellen.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Schrijf het aantal pauzes per week naar &lt;file&gt; (CSV, of JSON voor .json) en stop.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Open meteen een ademoefening, met oefening [PATTERN] als die gegeven is: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Met --breathe: de oefening om mee te ademen.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Onbekende ademoefening: %1. Kies uit: %2.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Gebruik de taal &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Onbekende taal: %1. Kies uit: %2.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Advies van het Pauzeknop-team</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Spreekt %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, in het %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Rustige adem</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>4 seconden in, 6 uit, rustig en zacht.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Je houdt je adem niet in. Adem zacht, niet diep.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Fysiologische zucht</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Adem in, neem er nog een klein teugje lucht bij en adem dan alles langzaam uit.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Stop als je duizelig wordt.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Resonantieademhaling</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>5,5 seconden in, 5,5 uit: ongeveer zes keer ademen per minuut. Het best vijf minuten of langer.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Adem zacht, niet diep.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Boxademhaling</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>4 seconden in, 4 vasthouden, 4 uit, 4 vasthouden: zoals de vier zijden van een vierkant.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Ga eerst zitten, en houd nooit je adem in terwijl je je baby vasthoudt. Zwanger, of een hart- of longaandoening? Kies dan liever &quot;Rustige adem&quot;.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Korte boxademhaling</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Een lichtere versie: 3 seconden in, 3 vasthouden, 3 uit, 3 vasthouden.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Ga eerst zitten, en houd nooit je adem in terwijl je je baby vasthoudt. Zwanger, of een hart- of longaandoening? Kies dan liever &quot;Rustige adem&quot;.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>4-7-8-ademhaling</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>4 seconden in, 7 vasthouden, 8 uit. Hoogstens vier rondes.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Ga eerst zitten, en houd nooit je adem in terwijl je je baby vasthoudt. Zwanger, of een hart- of longaandoening? Kies &quot;Rustige adem&quot;. Je kunt er licht in het hoofd van worden; niet getest in studies.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Tel tot tien</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Tel rustig van 1 tot 10 terwijl je uitademt, voor je iets anders doet.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Bewust kort: tien tot dertig seconden. Leg daarna je kind op een veilige plek als je meer tijd nodig hebt.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Acuut gevaar, een verwonding, of een kind dat gewond of erg ziek is. Politie: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>De huisarts van wacht als je eigen huisarts gesloten is: in het weekend en op feestdagen, en in de meeste regio&apos;s ook &apos;s avonds en &apos;s nachts in de week. Vanaf een telefoon met een buitenlandse simkaart: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733, de huisarts van wacht</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>De huisarts van wacht in het weekend (vrijdag 19:00 tot maandag 08:00) en op feestdagen. &apos;s Avonds en &apos;s nachts in de week is 1733 hier niet de weg: vraag aan de praktijk van je eigen huisarts wie van wacht is. Vanaf een telefoon met een buitenlandse simkaart: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733, de huisarts van wacht in het weekend</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Geweld, misbruik en kindermishandeling: voor iedereen die zich zorgen maakt, en voor wie zelf soms geweld gebruikt. Je hoeft niet te zeggen wie je bent. Geen noodnummer.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Voor professionals die zich zorgen maken over een kind: het Vertrouwenscentrum Kindermishandeling van je provincie, of van Brussel, geeft advies en hulp. Gratis.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>het Vertrouwenscentrum Kindermishandeling van je provincie</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Een anonieme luisterlijn voor iedereen die een gesprek nodig heeft.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Voor iedereen met gedachten aan zelfdoding, en voor wie zich zorgen maakt om iemand. Dag en nacht.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Vragen over baby’s, jonge kinderen en kinderopvang.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>de Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Een anonieme luisterlijn voor iedereen die een gesprek nodig heeft, dag en nacht.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Een crisislijn voor iedereen met gedachten aan zelfdoding, en voor wie zich zorgen maakt om iemand. Dag en nacht.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Geweld tussen partners: voor slachtoffers, voor wie geweld gebruikt, voor kinderen en getuigen. Buiten de openingsuren gaan oproepen naar Télé-Accueil (107). Geen noodnummer.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Teams die helpen als een kind misschien iets aangedaan wordt, ook ouders die bang zijn dat ze hun kind pijn zullen doen. Elke regio heeft een eigen team: zoek het jouwe op de website van ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>het team van SOS Enfants in je regio</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Voor kinderen en jongeren, en voor volwassenen die zich zorgen maken over een kind. Gratis en anoniem.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Een anonieme luisterlijn voor iedereen met zorgen of in crisis, dag en nacht.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Acuut gevaar, een verwonding, of een kind dat gewond of erg ziek is.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Voor iedereen met gedachten aan zelfdoding, en voor wie zich zorgen maakt om iemand. Gratis en anoniem, dag en nacht.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Een luisterlijn voor iedereen die een gesprek nodig heeft, dag en nacht.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Huiselijk geweld en kindermishandeling: advies voor slachtoffers, getuigen en wie zelf geweld gebruikt. Je mag anoniem blijven.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>De huisartsenpost, voor &apos;s avonds, &apos;s nachts, het weekend en feestdagen. Elke regio heeft een eigen nummer: je hoort het in de telefoonboodschap van je huisarts of leest het op de website. Er is geen landelijk nummer.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>de huisartsenpost van je regio</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Leg je kind op een veilige plek: op de rug in een leeg bedje of een lege box. Ga dan de kamer uit.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Een paar minuten een gesloten deur is oké. Ga elke 5 tot 10 minuten even kijken.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Voel je de neiging om te schudden, vast te grijpen of te slaan? Dat is je signaal: leg je kind neer en stap even weg.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Schud, gooi of sla nooit een kind, ook niet één keer. Schudden kan bij een baby hersenletsel of de dood veroorzaken.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Adem een minuut lang rustig: in door je neus, dan langzaam uit.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Tel langzaam tot tien voor je iets anders doet.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Ga naar een andere kamer. Drink wat water of thee, of spat koud water in je gezicht.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Zeg hardop: &quot;Ik zit aan mijn grens. Ik neem vijf minuten.&quot;</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Bel iemand: je partner, een buur, een vriend of vriendin, of {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Bel iemand: je partner, een buur, een vriend of vriendin.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Hulp vragen is een sterkte, geen zwakte.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Denk je dat je kind gewond of ziek is? Bel 112. Geen noodgeval, maar kan het niet wachten? Bel {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Denk je dat je kind gewond of ziek is? Bel 112. Geen noodgeval, maar kan het niet wachten? Bel een dokter.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Huilen neemt toe vanaf ongeveer 2 weken en is het sterkst rond 6 tot 8 weken. Daarna wordt het minder.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Veel huilen is normaal voor een jonge baby. Het is niet jouw schuld.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Check één keer de basis: honger, luier, te warm of te koud, moe. Stop dan met zoeken naar een oorzaak.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Probeer één rustig ding tegelijk: neuriën of zingen, huid op huid, een wandeling met de kinderwagen, een warm badje.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Sommig huilen kun je niet stoppen. Het huilen zelf doet je baby geen kwaad, en het gaat weer over.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Huilen dat vreemd klinkt, koorts, of niet drinken: ga naar een dokter.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Leg de baby neer en houd een hand op het buikje, of wacht tot de slaap diep is.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Uitgeput? Leg de baby in een eigen bedje voor je zelf gaat rusten.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Val nooit in slaap met een baby op de bank of in de zetel.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Vraag je partner of een grootouder om even over te nemen.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Driftbuien horen bij een normale fase. De meeste zijn in minder dan 15 minuten voorbij.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Houd het kind veilig, blijf dichtbij en laat het overwaaien zonder in discussie te gaan.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Benoem het gevoel en de grens in een paar woorden: &quot;Je bent boos. Slaan doet pijn, ik hou je tegen.&quot;</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Lukt het niet om kalm te blijven? Is het kind veilig, ga dan een minuutje of twee weg.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Kijk wat eronder zit: honger, moeheid, te veel prikkels.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Zoek achteraf opnieuw contact, en geef je kind een compliment als het de volgende keer goed gaat.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Stop wanneer het kind laat zien dat het genoeg heeft. Dwing nooit tot eten.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Een geweigerde maaltijd is geen mislukking. Er komt nog een volgende.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Eindigen voedingen steeds in tranen? Vraag raad aan {line:parenting} of aan je huisarts.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Eindigen voedingen steeds in tranen? Vraag raad aan je huisarts of aan het consultatiebureau.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Spreek met collega’s een teken af dat betekent: neem over, ik heb twee minuten nodig.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Laat de groep nooit zonder toezicht. Vraag eerst een collega om over te nemen.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Alleen met de groep? Zorg eerst dat iedereen veilig is: baby’s in bed, peuters aan tafel met iets rustigs.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Is iedereen veilig? Bel dan je verantwoordelijke of je back-up.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Baby’s steken elkaar aan. Dat ligt aan de groep, niet aan jou.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Praat na een moeilijk moment na met een collega of je verantwoordelijke.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Maak je je zorgen over hoe jij of een collega met een kind omgaat? Zeg het je verantwoordelijke en volg de procedure van je organisatie. Je kunt ook advies vragen aan {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Maak je je zorgen over hoe jij of een collega met een kind omgaat? Zeg het je verantwoordelijke en volg de procedure van je organisatie.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Vraag concrete hulp: een maaltijd, of een kwartiertje babysitten.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Maak vooraf een huilplan: drie dingen die rust brengen, wie je belt, waar de baby naartoe gaat.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Deel de regel &quot;nooit schudden&quot; en je plan met iedereen die voor de baby zorgt.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Tranen of een leeg gevoel in de eerste twee weken na een geboorte komen vaak voor. Duurt het langer, of denk je eraan jezelf of je baby iets aan te doen? Ga vandaag nog naar je huisarts, of bel dag en nacht {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Tranen of een leeg gevoel in de eerste twee weken na een geboorte komen vaak voor. Duurt het langer, of denk je eraan jezelf of je baby iets aan te doen? Ga vandaag nog naar je huisarts. Nu in gevaar? Bel 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Het advies over veilig slapen is veranderd: op de rug, in een leeg bedje. Volg de gewoontes van de ouders.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Ook als grootouder mag je even weggaan. De baby veilig neerleggen mag altijd.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Heb je je baby geschud of geslagen, of gaat het nu niet goed met je baby (suf, slap, braken, niet drinken, stuipen)? Bel nu 112 en vertel wat er gebeurd is.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Heb je geschreeuwd of hard vastgegrepen? Het is nooit te laat om erover te praten en het goed te maken met het kind.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Bang dat je je kind pijn zult doen? Zeg het je huisarts: die helpt je om steun te vinden. Hulp vragen is een sterkte.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112, het noodnummer</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712, de hulplijn voor geweld en misbruik</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>de luisterlijn Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>de Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>de luisterlijn Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>het Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>de hulplijn Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>de luisterlijn Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>112, het alarmnummer</translation>
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
        <translation>Bang dat je je kind pijn zult doen? Bel {line:abuse-advice}: ze helpen ook mensen die daar bang voor zijn.</translation>
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
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Zet deze regel in de sectie [organisation] van pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>De PIN moet minstens %n teken hebben; er is niets gemaakt.
</numerusform>
            <numerusform>De PIN moet minstens %n tekens hebben; er is niets gemaakt.
</numerusform>
        </translation>
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
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: &quot;%2&quot; staat voor elke [sectie] en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: de sleutel &quot;%2&quot; is onbekend en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: &quot;%2&quot; verwacht %3; de regel wordt genegeerd.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>de beheerders-PIN van regel %1 telt.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>er is geen beheerders-PIN ingesteld.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>De beheerde configuratie is groter dan 1 MB en wordt niet gebruikt; Pauzeknop gebruikt zijn eigen instellingen.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>De beheerde configuratie kan gewijzigd worden door andere accounts dan de beheerder (root), dus ze wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 is langer dan %2 tekens en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: &quot;%2&quot; stond al op regel %3; regel %4 telt.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin is geen hash gemaakt met pauzeknop --hash-pin en wordt genegeerd; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: deze adminPin is gemaakt met minder dan %2 rondes en is te makkelijk te raden; maak een nieuwe met pauzeknop --hash-pin. Hij wordt genegeerd; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Nog %n probleem in dit bestand wordt niet getoond.</numerusform>
            <numerusform>Nog %n problemen in dit bestand worden niet getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 noemt een onbekende sectie; haar regels worden genegeerd.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 staat voor elke [sectie] en wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 heeft een sleutel die Pauzeknop niet kent en wordt genegeerd.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, tip &quot;%2&quot;: deze id is al in gebruik; deze tip wordt overgeslagen.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, hulplijn &quot;%2&quot;: deze id is al in gebruik; dit contact wordt overgeslagen.</translation>
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
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: verwacht een object met &quot;tips&quot; en &quot;helplines&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: onbekende sleutel &quot;%2&quot; genegeerd.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>tip %1</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>tip %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; deze tip wordt overgeslagen.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>&quot;id&quot; mag alleen kleine letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>&quot;situation&quot; moet een van deze zijn: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>&quot;source&quot; ontbreekt: elke tip zegt waar hij vandaan komt</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>hulplijn %1</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>hulplijn %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; dit contact wordt overgeslagen.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>&quot;name&quot; ontbreekt</translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>&quot;cost&quot; moet &quot;free&quot; of &quot;zonal&quot; zijn</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>&quot;emergency&quot; is voorbehouden aan 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>&quot;verified&quot; vraagt &quot;verified_on&quot; als datum, zoals 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>&quot;channels&quot; moet minstens één manier geven om hen te bereiken</translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>kanaal %1: &quot;kind&quot; moet phone, chat, sms, mail of web zijn</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>kanaal %1: &quot;%2&quot; is geen geldige %3</translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>kanaal %1: openingsuren &quot;%2&quot; niet begrepen (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>&quot;%1&quot; ontbreekt of is leeg</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;%1&quot; is langer dan %n teken</numerusform>
            <numerusform>&quot;%1&quot; is langer dan %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>&quot;%1&quot; moet één Engelse tekst zijn: vertalingen gaan via de .ts-bestanden</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>&quot;%1&quot; heeft meer dan %n taal</numerusform>
            <numerusform>&quot;%1&quot; heeft meer dan %n talen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>&quot;%1&quot; in &quot;%2&quot; moet een tekst van hoogstens %n teken zijn onder een taalcode zoals &quot;nl&quot;</numerusform>
            <numerusform>&quot;%1&quot; in &quot;%2&quot; moet een tekst van hoogstens %n tekens zijn onder een taalcode zoals &quot;nl&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>&quot;%1&quot; moet een lijst van 1 tot %n item zijn</numerusform>
            <numerusform>&quot;%1&quot; moet een lijst van 1 tot %n items zijn</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; bevat &quot;%2&quot;: gebruik kleine letters, cijfers en &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>&quot;%1&quot; moet een lijst van %2 zijn (gevonden: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>&quot;%1&quot; moet een webadres zijn (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: onbekende sleutel &quot;%3&quot; genegeerd.</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>&quot;text&quot; noemt een hulplijn met {line:...}, dus &quot;text_without_line&quot; moet hetzelfde zeggen voor een regio zonder die hulplijn</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>&quot;text_without_line&quot; mag geen hulplijn noemen</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>de tekst &quot;%1&quot; moet dezelfde hulplijnen noemen als de andere</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;source&quot; is langer dan %n teken</numerusform>
            <numerusform>&quot;source&quot; is langer dan %n tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>&quot;channels&quot; moet een lijst zijn van hoogstens %n manier om hen te bereiken</numerusform>
            <numerusform>&quot;channels&quot; moet een lijst zijn van hoogstens %n manieren om hen te bereiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>kanaal %1: &quot;hours&quot; is langer dan %n teken</numerusform>
            <numerusform>kanaal %1: &quot;hours&quot; is langer dan %n tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;name&quot; is langer dan %n teken</numerusform>
            <numerusform>&quot;name&quot; is langer dan %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>oefening %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; deze oefening blijft zonder teksten.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>&quot;id&quot; en &quot;source&quot; zijn nodig</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: &quot;version&quot; hoort 1 te zijn; gelezen als versie 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: &quot;%2&quot; moet een lijst zijn.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; heeft %n item; alleen de eerste %3 worden gelezen.</numerusform>
            <numerusform>%1: &quot;%2&quot; heeft %n items; alleen de eerste %3 worden gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... en nog %n probleem, niet getoond.</numerusform>
            <numerusform>... en nog %n problemen, niet getoond.</numerusform>
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
        <translation>%1 kon niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 is een koppeling die een ander account op deze computer gemaakt heeft, dus er is daar niets geschreven. Kies een andere plek.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>dit is geen bestand dat vervangen kan worden.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>te veel koppelingen.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>het bestand is niet geopend.</translation>
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
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Je instellingenbestand was veel te groot om te lezen, dus Pauzeknop is met nieuwe instellingen gestart. Het oude bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Je instellingenbestand is veel te groot om te lezen. Pauzeknop gebruikt voorlopig de gewone instellingen.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Dit kon niet bewaard worden op deze computer (de schijf is misschien vol of alleen-lezen). Het blijft gelden tot Pauzeknop sluit.</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>een toets zoals Ctrl+Alt+P (met Ctrl, Alt of Super), of off</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>hoogstens %n teken</numerusform>
            <numerusform>hoogstens %n tekens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Nu meteen</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Een huilende baby</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
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
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
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
    <message>
        <source>Checking the PIN...</source>
        <translation>PIN controleren...</translation>
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
        <source>I&apos;m done breathing</source>
        <translation>Ik ben klaar met ademen</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Stopt de timer en vraagt hoe je je voelt.</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Goed gedaan. De ademoefening is voorbij.</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Seconden van deze stap</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Ademcirkel</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Wordt groter als je inademt, kleiner als je uitademt.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Adembalk</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Loopt vol als je inademt, loopt leeg als je uitademt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Nog %Ln minuut</numerusform>
            <numerusform>Nog %Ln minuten</numerusform>
        </translation>
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
        <translation>Wie kun je bellen als het te veel wordt? Dit blijft alleen op deze computer. Druk het af voor op de koelkast, voor grootouders en babysitters.</translation>
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
        <translation>Gevaar? Bel 112, vanaf elke telefoon. Gratis, dag en nacht.</translation>
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
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (aanbevolen)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Minder oefeningen</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Meer oefeningen</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Toont of verbergt de andere ademoefeningen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln ronde</numerusform>
            <numerusform>%Ln rondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Klopt dit? Dan toont Pauzeknop de juiste hulp.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Ik woon in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>een ouder</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>een grootouder</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>een kinderbegeleider</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>iemand anders die voor een kind zorgt</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>De tips en de veiligheidskaart zijn dan op jou afgestemd.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop toont de hulplijnen van deze regio.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Kies de taal van Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Dat klopt</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Bewaart deze antwoorden. Je kunt ze later wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Verbergt deze kaart. Pauzeknop houdt zijn inschatting; bij Instellingen kun je die wijzigen.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Nu pauzeren: open het rustige pauzescherm van Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Deze computer kan niet bellen. Bel %1 met een telefoon.</translation>
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
        <source>Scan with your phone&apos;s camera to call %1.</source>
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
        <translation>Openingsuren onbekend</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Deze computer kan niet bellen. Bel %1 met een telefoon, of scan de QR-code.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Nummer gekopieerd.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Bron gecontroleerd op %1</translation>
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
        <translation>Openingsuren: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wie kan helpen</translation>
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
        <translation>Nog geen pauzes, en dat is helemaal oké. Elke keer dat je een pauze neemt, zie je hier wanneer dat was en wat hielp. Elke pauze telt.</translation>
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
        <source>No breathing exercise finished yet.</source>
        <translation>Nog geen ademoefening afgerond.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Nog geen tip als nuttig aangeduid.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>week van %1: %Ln pauze</numerusform>
            <numerusform>week van %1: %Ln pauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00 uur: %Ln pauze</numerusform>
            <numerusform>%1:00 uur: %Ln pauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln keer)</numerusform>
            <numerusform>%1 (%Ln keer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Druk nu de nieuwe toetsen in (Escape annuleert)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape annuleert)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Druk nu de nieuwe toetsen in, bijvoorbeeld Ctrl, Alt en een letter samen. Escape annuleert.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Kies een toets</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Druk op spatie om een andere toets te kiezen, en druk dan de nieuwe toetsen in.</translation>
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
        <translation>Bel 112</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>Noodnummer: politie, ziekenwagen, brandweer.</translation>
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
        <source>You don&apos;t have to do this alone.</source>
        <translation>Je hoeft dit niet alleen te doen.</translation>
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
        <source>I&apos;m OK now</source>
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
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Staat dit uit, dan wordt er niets nieuws bijgehouden. Wat er al is, blijft tot je het wist.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Oudere notities worden gewist elke keer dat Pauzeknop start.</translation>
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
        <source>the app&apos;s own folder</source>
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
        <translation>Alleen wat er gebeurde, nooit wie je bent: dat er een pauze begon, welke ademoefening je deed, hoe je je daarna voelde (rustiger, nog gespannen, hulp nodig) en welke tips hielpen. Elke notitie bewaart alleen het uur, nooit de minuut.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Alleen op deze computer, in één bestand: %1. Pauzeknop gebruikt nooit het internet, dus er wordt nooit iets verstuurd.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Je naam, de naam van je kind, de naam van de computer, wat je typt, de mensen in je eigen plan, venstertitels en bestandsnamen.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Jij kiest: 30 dagen, 90 dagen, 1 jaar of altijd. Oudere notities worden gewist elke keer dat Pauzeknop start. Bij Mijn pauzes kun je het bijhouden uitzetten of alles wissen.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Alleen wie deze computer gebruikt. Als je een overzicht bewaart, staan daar aantallen per week in, nooit losse momenten. Op een gedeelde computer worden aantallen onder 5 verborgen en vraagt Mijn pauzes de pincode van de beheerder.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop helpt je een rustig moment te nemen. Het stelt geen diagnose en behandelt niets. Ben jij of is je kind in gevaar, bel dan 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Deze vertaling is een ontwerp van het Pauzeknop-team: iemand met Nederlands als moedertaal heeft ze nog niet nagekeken.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Hulp in Brussel</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Hulp in Wallonië</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Hulp in de Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Hulp in Nederland</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Hulp in Vlaanderen</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Regio wijzigen</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Toont de hulplijnen van een andere regio. Pauzeknop gebruikt die regio overal.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Oudere pauzes wissen?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Mijn pauzes houden</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Het overzicht bewaren: %1. Daardoor worden oudere pauzes nu van deze computer gewist.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln pauze zou gewist worden. Dat kan niet ongedaan gemaakt worden.</numerusform>
            <numerusform>%Ln pauzes zouden gewist worden. Dat kan niet ongedaan gemaakt worden.</numerusform>
        </translation>
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
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Leg je baby op de rug in het bedje of op een andere veilige plek. Het is oké om even weg te gaan.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Mijn kind is veilig. Ademen maar</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Start de ademoefening.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Schud nooit met een baby. Leg de baby veilig neer en stap even weg.</translation>
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
        <translation>De pauze en de tips zijn op jou afgestemd.</translation>
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
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Een rustige stem zegt &quot;adem in&quot; en &quot;adem uit&quot;.</translation>
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
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Enkele regels uit het instellingenbestand van de organisatie werden genegeerd:</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Gesproken woorden zijn niet beschikbaar in deze taal. De zachte klanken werken wel.</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Je computer gebruikt deze toets zelf. Kies een andere.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Kies een letter, cijfer of F-toets samen met Ctrl, Alt of de Windows-toets, zodat de toets nooit in de weg zit bij het typen.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Overal pauzeren</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Eén toets opent de pauze, ook als Pauzeknop in het systeemvak of achter andere vensters staat.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Toets voor de pauze</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Opnieuw vragen aan mijn bureaublad</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Vergrendeld. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Uit. De knop Pauze en het systeemvak openen de pauze nog altijd.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Je bureaublad wordt gevraagd om %1 in te stellen. Misschien verschijnt er een venster om te bevestigen.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>%1 instellen…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Aan: je bureaublad opent de pauze als je op %1 drukt, zolang Pauzeknop draait.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Aan: druk overal op %1 om de pauze te openen, zolang Pauzeknop draait.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Zet &quot;Starten met mijn computer&quot; aan om de toets altijd klaar te hebben.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Deze toets is al in gebruik door een ander programma; kies een andere.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Je bureaublad heeft de toets niet ingesteld. Geen probleem: de knop Pauze en het systeemvak openen de pauze nog altijd. Je kunt het opnieuw vragen, of zelf een toets toevoegen in de toetsenbordinstellingen van je bureaublad, met het commando %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Dit toetsenbord heeft zo&apos;n toets niet; kies een andere.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Dit bureaublad laat Pauzeknop niet zelf een toets instellen. Voeg er een toe bij Instellingen &gt; Toetsenbord &gt; Sneltoetsen bekijken en aanpassen &gt; Aangepaste sneltoetsen, met het commando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Dit bureaublad laat Pauzeknop niet zelf een toets instellen. Voeg er een toe bij Systeeminstellingen &gt; Sneltoetsen &gt; Nieuwe toevoegen &gt; Commando of script, met het commando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Dit bureaublad laat Pauzeknop niet zelf een toets instellen. Voeg een sneltoets toe in de toetsenbordinstellingen van je bureaublad, met het commando %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Een tip: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
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
        <source>Take a few minutes for yourself.</source>
        <translation>Neem een paar minuten voor jezelf.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Zorg dat je kind veilig is en ga dan de kamer uit. We laten je weten wanneer het tijd is om te gaan kijken.</translation>
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
        <source>I&apos;m back</source>
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
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beëindigt de pauze en gaat terug naar het beginscherm.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Nog %Ln minuut</numerusform>
            <numerusform>Nog %Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
</context>
</TS>
