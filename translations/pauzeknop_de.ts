<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>Calm breath</source>
        <translation>Ruhiger Atem</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6. A long out-breath helps the body slow down.</source>
        <translation>4 Sekunden einatmen, 6 ausatmen. Ein langes Ausatmen hilft dem Körper, ruhiger zu werden.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <translation>Ohne den Atem anzuhalten. Atmen Sie sanft, nicht tief.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <translation>Physiologischer Seufzer</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly. One to three sighs already help.</source>
        <translation>Einatmen, noch einen kleinen Atemzug obendrauf, dann alles langsam ausatmen. Schon ein bis drei Seufzer helfen.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Hören Sie auf, wenn Ihnen schwindlig wird.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <translation>Resonanzatmung</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <translation>5,5 Sekunden ein, 5,5 aus: etwa sechs Atemzüge pro Minute. Am besten fünf Minuten oder länger.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <translation>Atmen Sie sanft, nicht tief.</translation>
    </message>
    <message>
        <source>Holding your breath does not suit everyone. Stop if it feels uncomfortable.</source>
        <translation>Den Atem anzuhalten passt nicht zu jedem. Hören Sie auf, wenn es sich unangenehm anfühlt.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <translation>4 Sekunden ein, 4 halten, 4 aus, 4 halten, wie die Seiten eines Quadrats.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <translation>Kurze Box-Atmung</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <translation>Ein leichteres Quadrat: 3 Sekunden ein, 3 halten, 3 aus, 3 halten.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <translation>4 Sekunden ein, 7 halten, 8 aus. Höchstens vier Runden.</translation>
    </message>
    <message>
        <source>It can make you light-headed, and it fits badly when you are very agitated. A practitioner's method, not tested in trials.</source>
        <translation>Es kann leicht schwindlig machen und passt schlecht, wenn Sie sehr aufgewühlt sind. Eine Methode aus der Praxis, nicht in Studien geprüft.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <translation>Bis zehn zählen</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <translation>Zählen Sie beim Ausatmen langsam von 1 bis 10, bevor Sie etwas anderes tun.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <translation>Absichtlich kurz: zehn bis dreißig Sekunden. Bringen Sie Ihr Kind danach an einen sicheren Ort, wenn Sie mehr Zeit brauchen.</translation>
    </message>
    <message>
        <source>My pattern %1</source>
        <translation>Mein Muster %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Ihr eigenes Muster: einatmen, halten, ausatmen, halten.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Hören Sie auf, wenn Ihnen schwindlig wird oder es unangenehm ist.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: eine Pausentaste für alle, die kleine Kinder betreuen.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Direkt mit dem Pausenbildschirm starten.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Nutzungsprotokoll und Einstellungen in &lt;dir&gt; speichern.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (en, nl, fr, de, ar).</source>
        <translation>Sprache &lt;code&gt; verwenden (en, nl, fr, de, ar).</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Mit pauzeknop --help sehen Sie alle Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Versteckt im Infobereich starten, bereit für eine Pause.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Eine Admin-PIN von der Standardeingabe lesen und die Zeile für die verwaltete Konfiguration ausgeben (für Administratoren).</translation>
    </message>
    <message>
        <source>Open on "Who can help": helplines and your own people to call.</source>
        <translation>Mit „Wer helfen kann“ starten: Hilfetelefone und Ihre eigenen Ansprechpersonen.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Die wöchentlichen Zählungen des Nutzungsprotokolls in &lt;file&gt; schreiben (CSV, oder JSON bei .json) und beenden.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Öffnet direkt das Atmen, mit der Übung [PATTERN], falls angegeben: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Mit --breathe: die Übung, mit der geatmet wird.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Unbekannte Atemübung: %1. Wählen Sie aus: %2.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Mein Schreiplan</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Schreien ist normal und geht vorbei. Wenn es zu viel wird, folgen Sie diesen Schritten.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Legen Sie das Baby auf den Rücken in sein eigenes leeres Bett oder Laufgitter. Verlassen Sie dann den Raum.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Atmen Sie langsam aus. Zählen Sie bis zehn. Trinken Sie ein Glas Wasser.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Schauen Sie alle 5 bis 10 Minuten nach.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Rufen Sie eine der Personen unten an. Um Hilfe zu bitten ist eine Stärke.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Schütteln Sie ein Baby niemals, auch nicht kurz. Schütteln kann Hirnschäden oder den Tod verursachen.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Ist das Kind verletzt oder krank? Rufen Sie sofort die 112 an.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Meine Menschen</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Geben Sie diesen Plan allen, die auf das Baby aufpassen.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Halten nach dem Ausatmen</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Sie können bis zu sechs Muster speichern. Entfernen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: Bitte geben Sie Sekunden ein, zum Beispiel 4 oder 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 darf nicht kürzer als 0 Sekunden sein.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 darf höchstens 12 Sekunden dauern.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: Bitte ganze oder halbe Sekunden, zum Beispiel 4 oder 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 braucht mindestens 1 Sekunde.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Geben Sie die Admin-PIN ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters; nothing was made.
</source>
        <translation>Die PIN braucht mindestens %1 Zeichen; es wurde nichts erzeugt.
</translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Setzen Sie diese Zeile in den Abschnitt [organisation] von pauzeknop.conf.
</translation>
    </message>
</context>
<context>
    <name>HelplineCatalog</name>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <translation>Akute Gefahr, eine Verletzung oder ein Kind, das verletzt oder schwer krank ist. Polizei: 101.</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse. Also for people who sometimes use violence themselves. Not an emergency line.</source>
        <translation>Gewalt, Missbrauch und Kindesmisshandlung. Auch für Menschen, die selbst manchmal Gewalt anwenden. Keine Notrufnummer.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <translation>Ein anonymes Zuhörtelefon für alle, die reden möchten.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide.</source>
        <translation>Für alle, die an Suizid denken.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <translation>Fragen zu Babys, kleinen Kindern und Kinderbetreuung.</translation>
    </message>
    <message>
        <source>The doctor on call for medical help that is not an emergency, outside GP hours: evenings, nights and weekends.</source>
        <translation>Der ärztliche Bereitschaftsdienst für medizinische Hilfe, die kein Notfall ist, außerhalb der Sprechzeiten: abends, nachts und am Wochenende.</translation>
    </message>
    <message>
        <source>General welfare help for anyone with a question or a problem.</source>
        <translation>Allgemeine Sozialberatung für alle mit einer Frage oder einem Problem.</translation>
    </message>
    <message>
        <source>For children and young people.</source>
        <translation>Für Kinder und Jugendliche.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in French.</source>
        <translation>Ein Zuhörtelefon für alle, die reden möchten, auf Französisch.</translation>
    </message>
    <message>
        <source>For children, and for adults who are worried about a child. In French.</source>
        <translation>Für Kinder und für Erwachsene, die sich um ein Kind sorgen. Auf Französisch.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in German.</source>
        <translation>Ein Zuhörtelefon für alle, die reden möchten, auf Deutsch.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <translation>Akute Gefahr, eine Verletzung oder ein Kind, das verletzt oder schwer krank ist.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse. Also for people who use violence themselves.</source>
        <translation>Häusliche Gewalt und Kindesmisshandlung. Auch für Menschen, die selbst Gewalt anwenden.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide. 113 is also possible.</source>
        <translation>Für alle, die an Suizid denken. Auch die 113 ist möglich.</translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Die verwaltete Konfiguration</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Die verwaltete Konfiguration kann nicht gelesen werden; Pauzeknop verwendet seine eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 ist keine Einstellung (Schlüssel=Wert) und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: Der Abschnitt [%2] ist unbekannt; seine Zeilen werden ignoriert.</translation>
    </message>
    <message>
        <source>%1: "%2" stands before any [section] and is ignored.</source>
        <translation>%1: „%2“ steht vor jedem [Abschnitt] und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: the key "%2" is unknown and is ignored.</source>
        <translation>%1: Der Schlüssel „%2“ ist unbekannt und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: "%2" expects %3; the line is ignored.</source>
        <translation>%1: „%2“ erwartet %3; die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin; the admin PIN is not set.</source>
        <translation>%1: adminPin ist kein mit pauzeknop --hash-pin erzeugter Hash; es ist keine Admin-PIN gesetzt.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip "%2": this id is already used; this tip is skipped.</source>
        <translation>%1, Tipp „%2“: Diese ID ist schon vergeben; dieser Tipp wird übersprungen.</translation>
    </message>
    <message>
        <source>%1, helpline "%2": this id is already used; this contact is skipped.</source>
        <translation>%1, Hilfetelefon „%2“: Diese ID ist schon vergeben; dieser Kontakt wird übersprungen.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: größer als 1 MB, nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: kein gültiges JSON bei Zeichen %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with "tips" and "helplines".</source>
        <translation>%1: erwartet wird ein Objekt mit „tips“ und „helplines“.</translation>
    </message>
    <message>
        <source>%1: unknown key "%2" ignored.</source>
        <translation>%1: unbekannter Schlüssel „%2“ ignoriert.</translation>
    </message>
    <message>
        <source>%1: "tips" must be a list.</source>
        <translation>%1: „tips“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1: "helplines" must be a list.</source>
        <translation>%1: „helplines“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>Tipp %1</translation>
    </message>
    <message>
        <source>tip %1 ("%2")</source>
        <translation>Tipp %1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; dieser Tipp wird übersprungen.</translation>
    </message>
    <message>
        <source>"id" must be lower-case letters, digits, '.', '_' or '-'</source>
        <translation>„id“ darf nur Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ enthalten</translation>
    </message>
    <message>
        <source>"situation" must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>„situation“ muss eines davon sein: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>"audiences" must be a list of parent, grandparent, childcare, other (found "%1")</source>
        <translation>„audiences“ muss eine Liste aus parent, grandparent, childcare, other sein (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>"text" is missing or empty</source>
        <translation>„text“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>"text" is longer than 280 characters</source>
        <translation>„text“ ist länger als 280 Zeichen</translation>
    </message>
    <message>
        <source>"source" is missing: every tip says where it comes from</source>
        <translation>„source“ fehlt: Jeder Tipp sagt, woher er stammt</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>Hilfetelefon %1</translation>
    </message>
    <message>
        <source>helpline %1 ("%2")</source>
        <translation>Hilfetelefon %1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; dieser Kontakt wird übersprungen.</translation>
    </message>
    <message>
        <source>"name" is missing</source>
        <translation>„name“ fehlt</translation>
    </message>
    <message>
        <source>"purpose" is missing or empty</source>
        <translation>„purpose“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>"regions" must be a list of BE-VLG, BE-BRU, BE-WAL, BE-DG, NL (found "%1")</source>
        <translation>„regions“ muss eine Liste aus BE-VLG, BE-BRU, BE-WAL, BE-DG, NL sein (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>"cost" must be "free" or "zonal"</source>
        <translation>„cost“ muss „free“ oder „zonal“ sein</translation>
    </message>
    <message>
        <source>"emergency" is reserved for 112</source>
        <translation>„emergency“ ist der 112 vorbehalten</translation>
    </message>
    <message>
        <source>"verified" needs "verified_on" as a date like 2026-11-28</source>
        <translation>„verified“ braucht „verified_on“ als Datum wie 2026-11-28</translation>
    </message>
    <message>
        <source>"channels" must list at least one way to reach them</source>
        <translation>„channels“ muss mindestens einen Weg nennen, sie zu erreichen</translation>
    </message>
    <message>
        <source>channel %1: "kind" must be phone, chat, sms, mail or web</source>
        <translation>Kanal %1: „kind“ muss phone, chat, sms, mail oder web sein</translation>
    </message>
    <message>
        <source>channel %1: "%2" is not a valid %3</source>
        <translation>Kanal %1: „%2“ ist kein gültiges %3</translation>
    </message>
    <message>
        <source>channel %1: hours "%2" not understood (%3)</source>
        <translation>Kanal %1: Zeiten „%2“ nicht verstanden (%3)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einen der Werte %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Dies ist ein gemeinsam genutzter Computer: Persönliche Kontakte werden hier nicht gespeichert.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Von Ihrer Organisation für alle an diesem Computer festgelegt.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Von %1 für alle an diesem Computer festgelegt.</translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <translation>Bringen Sie Ihr Kind an einen sicheren Ort: auf dem Rücken in ein leeres Bett oder Laufgitter. Verlassen Sie dann den Raum.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <translation>Eine geschlossene Tür für ein paar Minuten ist in Ordnung. Schauen Sie alle 5 bis 10 Minuten nach.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <translation>Spüren Sie den Drang zu schütteln, zu packen oder zu schlagen? Das ist Ihr Signal: Legen Sie Ihr Kind hin und gehen Sie hinaus.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <translation>Schütteln, werfen oder schlagen Sie ein Kind niemals, auch nicht ein einziges Mal. Schütteln kann bei einem Baby Hirnschäden oder den Tod verursachen.</translation>
    </message>
    <message>
        <source>Breathe out for longer than you breathe in. Do it three times.</source>
        <translation>Atmen Sie länger aus als ein. Tun Sie das dreimal.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <translation>Zählen Sie langsam bis zehn, bevor Sie irgendetwas tun.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <translation>Gehen Sie in einen anderen Raum. Trinken Sie Wasser oder Tee oder spritzen Sie sich kaltes Wasser ins Gesicht.</translation>
    </message>
    <message>
        <source>Say out loud: "I am at my limit. I am taking five minutes."</source>
        <translation>Sagen Sie laut: „Ich bin an meiner Grenze. Ich nehme mir fünf Minuten.“</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or 1712 or 106.</source>
        <translation>Rufen Sie jemanden an: Ihren Partner, eine Nachbarin, einen Freund oder die 1712 oder 106.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <translation>Um Hilfe zu bitten ist eine Stärke, keine Schwäche.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112, or 1733 out of hours. Do not wait.</source>
        <translation>Glauben Sie, dass Ihr Kind verletzt oder krank ist? Rufen Sie die 112 an, außerhalb der Sprechzeiten die 1733. Warten Sie nicht.</translation>
    </message>
    <message>
        <source>Crying peaks around 6 to 8 weeks. It is a phase, and it passes.</source>
        <translation>Das Schreien erreicht mit etwa 6 bis 8 Wochen seinen Höhepunkt. Es ist eine Phase, und sie geht vorbei.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <translation>Viel Schreien ist für ein junges Baby normal. Es ist nicht Ihre Schuld.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <translation>Prüfen Sie einmal das Wichtigste: Hunger, Windel, zu warm oder zu kalt, müde. Hören Sie dann auf, nach einem Grund zu suchen.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming, skin to skin, a walk with the pram, a warm bath.</source>
        <translation>Versuchen Sie eine ruhige Sache nach der anderen: summen, Haut an Haut, ein Spaziergang mit dem Kinderwagen, ein warmes Bad.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. A baby crying in a safe cot is not in danger.</source>
        <translation>Manches Schreien lässt sich nicht stoppen. Ein Baby, das in einem sicheren Bett schreit, ist nicht in Gefahr.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <translation>Ungewöhnlich klingendes Schreien, Fieber oder das Baby trinkt nicht: Gehen Sie zum Arzt.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <translation>Legen Sie das Baby hin und lassen Sie eine Hand auf seinem Bauch, oder warten Sie, bis es tief schläft.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <translation>Erschöpft? Legen Sie das Baby in sein eigenes Bett, bevor Sie sich ausruhen.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa.</source>
        <translation>Schlafen Sie nie mit einem Baby auf dem Sofa ein.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <translation>Bitten Sie Ihren Partner oder ein Großelternteil, eine Weile zu übernehmen.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <translation>Wutanfälle sind eine normale Phase. Die meisten sind in weniger als 15 Minuten vorbei.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <translation>Sorgen Sie für die Sicherheit des Kindes, bleiben Sie in der Nähe und lassen Sie es vorbeigehen, ohne zu diskutieren.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: "You are angry. Hitting hurts, I stop you."</source>
        <translation>Benennen Sie Gefühl und Grenze in wenigen Worten: „Du bist wütend. Schlagen tut weh, ich halte dich auf.“</translation>
    </message>
    <message>
        <source>Can't stay calm? If the child is safe, leave for a minute or two.</source>
        <translation>Sie können nicht ruhig bleiben? Wenn das Kind sicher ist, gehen Sie für ein, zwei Minuten hinaus.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <translation>Achten Sie darauf, was dahintersteckt: Hunger, Müdigkeit, zu viele Reize.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again and praise the next good moment.</source>
        <translation>Suchen Sie danach wieder Kontakt und loben Sie den nächsten guten Moment.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <translation>Hören Sie auf, wenn das Kind zeigt, dass es satt ist. Zwingen Sie es nie zum Essen.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <translation>Eine verweigerte Mahlzeit ist kein Versagen. Es kommt eine nächste.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask the Kind en Gezin-Lijn or your GP.</source>
        <translation>Enden die Mahlzeiten immer wieder in Tränen? Fragen Sie die Kind en Gezin-Lijn oder Ihre Hausärztin.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <translation>Vereinbaren Sie mit Kolleginnen ein Zeichen, das heißt: Übernimm bitte, ich brauche zwei Minuten.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <translation>Lassen Sie die Gruppe nie unbeaufsichtigt. Bitten Sie zuerst eine Kollegin, zu übernehmen.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <translation>Allein mit der Gruppe? Bringen Sie zuerst alle in Sicherheit: Babys ins Bett, Kleinkinder sitzend mit etwas Ruhigem.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <translation>Wenn alle in Sicherheit sind, rufen Sie Ihre Leitung oder Ihre Vertretung an.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <translation>Babys stecken sich gegenseitig an. Das liegt an der Gruppe, nicht an Ihnen.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <translation>Sprechen Sie nach einem schweren Moment mit einer Kollegin oder Ihrer Leitung darüber.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager. 1712 can advise too.</source>
        <translation>Sorgen Sie sich, wie Sie oder eine Kollegin mit einem Kind umgehen? Sagen Sie es Ihrer Leitung. Auch die 1712 berät.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <translation>Bitten Sie um konkrete Hilfe: eine Mahlzeit oder eine Viertelstunde Babysitten.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <translation>Machen Sie vorher einen Schreiplan: drei beruhigende Dinge, wen Sie anrufen, wohin das Baby kommt.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <translation>Teilen Sie die Regel „niemals schütteln“ und Ihren Plan mit allen, die auf das Baby aufpassen.</translation>
    </message>
    <message>
        <source>Feeling flat or overwhelmed for weeks after a birth is common. Help exists: your GP, Kind en Gezin, 106.</source>
        <translation>Sich nach einer Geburt wochenlang leer oder überfordert zu fühlen, ist häufig. Es gibt Hilfe: Ihre Hausärztin, Kind en Gezin, die 106.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents' routine.</source>
        <translation>Die Empfehlungen zum sicheren Schlafen haben sich geändert: auf dem Rücken, in einem leeren Bett. Halten Sie sich an die Gewohnheiten der Eltern.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <translation>Auch als Großeltern dürfen Sie kurz weggehen. Das Baby sicher hinzulegen ist immer erlaubt.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <translation>Haben Sie geschrien oder fest zugepackt? Es ist nie zu spät, darüber zu reden und sich mit dem Kind zu versöhnen.</translation>
    </message>
    <message>
        <source>1712 also helps people who sometimes use violence, anonymously.</source>
        <translation>Die 1712 hilft auch Menschen, die manchmal Gewalt anwenden, anonym.</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Jetzt sofort</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Ein schreiendes Baby</translation>
    </message>
    <message>
        <source>Won't sleep</source>
        <translation>Will nicht schlafen</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Ein Wutanfall</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Füttern und Essen</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Eine unruhige Gruppe in der Betreuung</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Erschöpft</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
</context>
<context>
    <name>UsageExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Das Nutzungsprotokoll konnte nicht geöffnet werden: der Export ist leer.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Wöchentliche Zählungen nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>The administrator's PIN shows the record of pauses.</source>
        <translation>Mit der PIN des Administrators sehen Sie die Übersicht der Pausen.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Prüft die Admin-PIN.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Für diesen Computer ist keine Admin-PIN gesetzt.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Entsperrt, bis Pauzeknop geschlossen wird.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Diese PIN stimmt nicht. Warten Sie %1 s und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Diese PIN stimmt nicht. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Noch ein wenig ein</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Was jetzt zu tun ist: einatmen, halten oder ausatmen.</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Langsam zählen</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Noch eine Runde</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 Minute</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Verlängert diese Atemübung ein wenig.</translation>
    </message>
    <message>
        <source>I'm done breathing</source>
        <translation>Ich bin fertig mit Atmen</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Stoppt den Timer und fragt, wie Sie sich fühlen.</translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Ein Tipp: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Sie haben eine Pause gemacht. Das war gut für Sie und für Ihr Kind.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Noch einmal atmen</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Startet eine weitere Atemrunde.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Zurück zu meinem Kind</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beendet die Pause und kehrt zum Startbildschirm zurück.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Ruhiger</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Zeigt ein warmes Wort, einen Tipp und den Weg zurück.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Noch angespannt</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Bietet eine weitere Runde, eine andere Übung oder ein paar Minuten Abstand.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Ich brauche Hilfe</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Zeigt, wen Sie anrufen können, zuerst 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Ihre eigenen Menschen</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Schreiben Sie jetzt auf, wen Sie anrufen können, wenn es zu viel wird: Partner, Nachbarin, Freund.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Öffnet Ihre Telefon-App, um %1 anzurufen.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Meinen Schreiplan machen</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Meinen Schreiplan bearbeiten</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Die Menschen, die Sie anrufen möchten, nur auf diesem Computer gespeichert. Sie können ihn ausdrucken.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>%1 konnte nicht gespeichert werden. Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Schreiplan als PDF speichern</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>schreiplan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Name von Person %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Jemand, den Sie anrufen können, wenn es zu viel wird.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Telefonnummer von Person %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Die Nummer zum Anrufen.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Notiz, zum Beispiel: wohnt nebenan</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Notiz zu Person %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Alles, was hilft, etwa wann Sie anrufen können.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Person %1 entfernen</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Nimmt diese Person aus Ihrem Plan.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Mein Schreiplan</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Wen können Sie anrufen, wenn es zu viel wird? Das bleibt nur auf diesem Computer. Drucken Sie es für den Kühlschrank, für Großeltern und Babysitter aus.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Fügt eine leere Zeile für eine weitere Person hinzu.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Schreiplan drucken</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Druckt Ihren Plan mit dem, was zu tun ist und wen Sie anrufen.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Speichert Ihren Plan als PDF-Datei zum Drucken oder Weitergeben.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Gefahr? Wählen Sie 112 von jedem Telefon. Kostenlos, Tag und Nacht.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Gefahr? Rufen Sie 112 an</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Wenn Ihr Kind verletzt oder in Gefahr ist, rufen Sie jetzt den Notruf 112 an.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Wählen Sie eine Atemübung</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Rounds: %1</source>
        <translation>Runden: %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Minuten: %1</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Wie lange Sie atmen.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Eigenes Muster erstellen</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Legen Sie selbst die Sekunden für Einatmen, Halten und Ausatmen fest.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Atmen beginnen</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Startet die gewählte Übung für die gewählte Zeit.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Jetzt erreichbar: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Diese Angaben konnten zuletzt nicht bestätigt werden. Prüfen Sie die Website, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Öffnet Ihre Telefon-App, um %1 unter %2 anzurufen.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Die Nummer von %1 kopieren</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Legt %1 in die Zwischenablage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Öffnet %1 in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>QR-Code, um %1 anzurufen</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to call %1.</source>
        <translation>Scannen Sie mit der Handykamera, um %1 anzurufen.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Jetzt erreichbar, bis %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Jetzt erreichbar, bis %1 um %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Jetzt geschlossen, erreichbar ab %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Jetzt geschlossen, morgen erreichbar ab %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Jetzt geschlossen, erreichbar am %1 ab %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Zeiten nicht bekannt</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Dieser Computer kann nicht telefonieren. Wählen Sie %1 an einem Telefon oder scannen Sie den QR-Code.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Nummer kopiert.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Brussels</source>
        <translation>Brüssel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonien</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Deutschsprachige Gemeinschaft</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandern</translation>
    </message>
    <message>
        <source>Your contact person here.</source>
        <translation>Ihre Ansprechperson hier.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Ihre Ansprechperson bei %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Zeiten: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wer helfen kann</translation>
    </message>
    <message>
        <source>Where you live:</source>
        <translation>Wo Sie wohnen:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Shows the helplines for this region.</source>
        <translation>Zeigt die Hilfetelefone für diese Region.</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Wenn es zu viel wird, drücken Sie auf Pause.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Öffnet eine ruhige Pause: Bringen Sie Ihr Kind in Sicherheit und atmen Sie dann mit einem Timer.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Drücken Sie die Leertaste oder Enter, um eine Pause zu starten.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Wählen Sie die Sprache von Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Kurze Tipps für schwere Momente, mit ihrer Quelle.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wer helfen kann</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Hilfetelefone, die jetzt erreichbar sind, und Ihre eigenen Ansprechpersonen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Sprache, Ton, Textgröße und mehr.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Meine Pausen</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Ihre eigenen Pausen ansehen: wann, wie Sie sich danach fühlten, was geholfen hat.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Öffnet sofort eine Atemübung.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Meine Pausen</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pausen pro Woche</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Wie Sie sich nach einer Pause fühlten</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Übungen, die Sie am häufigsten gemacht haben</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Tipps, die Ihnen geholfen haben</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Noch keine Pausen, und das ist in Ordnung. Wann immer Sie eine Pause machen, sehen Sie hier, wann das war und was geholfen hat. Jede Pause zählt.</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>Woche vom %1: %2</translation>
    </message>
    <message>
        <source>%1:00: %2</source>
        <translation>%1 Uhr: %2</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Ruhiger</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Noch angespannt</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Brauchte Hilfe</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Noch keine Atemübung abgeschlossen.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Noch kein Tipp als hilfreich markiert.</translation>
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
        <translation>In Gefahr oder ist jemand verletzt? Rufen Sie jetzt 112 an.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>112 anrufen</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>Notruf: Polizei, Rettungsdienst, Feuerwehr.</translation>
    </message>
    <message>
        <source>This computer cannot dial. Use a phone and call 112.</source>
        <translation>Dieser Computer kann nicht wählen. Nehmen Sie ein Telefon und rufen Sie 112 an.</translation>
    </message>
    <message>
        <source>You can also call someone who listens:</source>
        <translation>Sie können auch jemanden anrufen, der zuhört:</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Meine Menschen und alle Hilfsangebote</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Beendet die Pause und öffnet Wer kann helfen: Ihre eigenen Menschen zum Anrufen und jede Hotline mit Anrufen, Kopieren und QR-Code.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Zurück zu meinem Kind</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beendet die Pause und kehrt zum Startbildschirm zurück.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Jetzt geschlossen</translation>
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
        <translation>Mein eigenes Muster, in Sekunden</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Sekunden, von 0 bis 12, in halben Schritten.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Speichern und atmen</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Speichert dieses Muster und beginnt damit zu atmen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Zurück zur Liste der Übungen.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I'm OK now</source>
        <translation>Es geht wieder</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Beendet die Pause jederzeit. Die Escape-Taste tut dasselbe.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>Keep track of my pauses on this computer</source>
        <translation>Meine Pausen auf diesem Computer festhalten</translation>
    </message>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Wenn dies aus ist, wird nichts Neues notiert. Was schon da ist, bleibt, bis Sie es löschen.</translation>
    </message>
    <message>
        <source>Keep them for</source>
        <translation>Aufbewahren für</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Ältere Notizen werden bei jedem Start von Pauzeknop gelöscht.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Übersicht speichern…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Übersicht speichern</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Speichert die Zählungen pro Woche in einer Datei Ihrer Wahl: Tabelle (CSV) oder JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Zu Ihrer Privatsphäre</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Was notiert wird, wo, und was nie.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Löscht alle Notizen über Ihre Pausen von diesem Computer. Sie werden vorher gefragt.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tabelle (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Alles löschen?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Alle Notizen über Ihre Pausen auf diesem Computer werden gelöscht. Das lässt sich nicht rückgängig machen. Pausen funktionieren weiter wie immer.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Meine Pausen behalten</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Alles ist gelöscht.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Es konnte nichts gelöscht werden: dieser Verlauf ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <source>the app's own folder</source>
        <translation>den eigenen Ordner der App</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Was notiert wird</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Wo es aufbewahrt wird</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Was nie notiert wird</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Wie lange es aufbewahrt wird</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Wer es sehen kann</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Was Pauzeknop nicht ist</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Nur was geschah, nie wer Sie sind: dass eine Pause begann, welche Atemübung Sie gemacht haben, wie Sie sich danach fühlten (ruhiger, noch angespannt, brauchte Hilfe) und welche Tipps geholfen haben. Jede Notiz enthält nur die Stunde, nie die Minute.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Nur auf diesem Computer, in einer Datei: %1. Pauzeknop nutzt nie das Internet, es wird also nie etwas irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Your name, your child's name, the computer's name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Ihr Name, der Name Ihres Kindes, der Name des Computers, alles, was Sie tippen, die Personen in Ihrem eigenen Plan, Fenstertitel und Dateinamen.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Sie wählen: 30 Tage, 90 Tage, 1 Jahr oder unbegrenzt. Ältere Notizen werden bei jedem Start von Pauzeknop gelöscht. Unter Meine Pausen können Sie das Festhalten ausschalten oder alles löschen.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator's PIN.</source>
        <translation>Nur die Menschen, die diesen Computer benutzen. Eine gespeicherte Übersicht enthält Zählungen pro Woche, nie einzelne Momente. Auf einem gemeinsam genutzten Computer werden Zahlen unter 5 ausgeblendet und Meine Pausen verlangt die PIN der Verwaltung.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop hilft Ihnen, einen ruhigen Moment zu nehmen. Es stellt keine Diagnosen und behandelt nichts. Wenn Sie oder Ihr Kind in Gefahr sind, rufen Sie 112 an.</translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Sorgen Sie zuerst dafür, dass Ihr Kind sicher ist.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Bitten Sie eine Kollegin oder einen Kollegen, zu übernehmen, oder sichern Sie zuerst die Gruppe.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It's OK to walk away for a few minutes.</source>
        <translation>Legen Sie Ihr Baby auf den Rücken ins Bettchen oder an einen anderen sicheren Ort. Es ist in Ordnung, für ein paar Minuten wegzugehen.</translation>
    </message>
    <message>
        <source>My child is safe. Let's breathe</source>
        <translation>Mein Kind ist sicher. Atmen wir</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Startet die Atemübung.</translation>
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
        <translation>Zurück zum Startbildschirm. Die Escape-Taste tut dasselbe.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Gesperrt. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Wie der Computer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Für den Administrator</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Die Sprache von Pauzeknop. Sie wechselt sofort.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Wer ich bin</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Die Pause und die Tipps sprechen Sie an.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Ein Elternteil</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Eine Großmutter oder ein Großvater</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Eine Fachkraft in der Kinderbetreuung</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Wo ich wohne</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Welche Hilfetelefone angezeigt werden.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandern</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brüssel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonien</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Deutschsprachige Gemeinschaft</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Die Pause</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Zuerst fragen: Ist Ihr Kind in Sicherheit?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Vor dem Atmen bittet eine Karte Sie, Ihr Kind an einen sicheren Ort zu bringen.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Die Übung, mit der eine Pause beginnt.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Wie lange atmen</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Sie können jederzeit früher aufhören.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Sanfte Töne</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Ein sanfter Ton, wenn es Zeit zum Ein- oder Ausatmen ist.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Leise gehalten, damit ein schlafendes Baby weiterschläft.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Gesprochene Worte</translation>
    </message>
    <message>
        <source>A calm voice says "breathe in" and "breathe out".</source>
        <translation>Eine ruhige Stimme sagt „einatmen“ und „ausatmen“.</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Sehen</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Ein sich füllender Balken statt eines wachsenden Kreises.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Schwarz und Weiß, mit klaren Rändern.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Überall größerer Text.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Mit meinem Computer starten</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop wartet still im Infobereich, nur einen Klick entfernt.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Meine Pausen festhalten</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Nur wann und wie lange, nie wer. Es bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Übersicht aufbewahren für</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Ältere Pausen werden von selbst gelöscht.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Ein Jahr</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Bis ich sie lösche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Dies ist ein gemeinsam genutzter Computer. Persönliche Kontakte werden hier nicht gespeichert, und die Übersicht der Pausen ist nur für den Administrator.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Eingerichtet von %1.</translation>
    </message>
    <message>
        <source>Some lines of the organisation's settings file were ignored:</source>
        <translation>Einige Zeilen der Einstellungsdatei der Organisation wurden ignoriert:</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Ein Tipp: %1</translation>
    </message>
    <message>
        <source>That's OK. Take a little more time.</source>
        <translation>Das ist in Ordnung. Nehmen Sie sich noch etwas Zeit.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Noch eine Runde</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Dieselbe Übung noch einmal.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Eine andere Übung</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Lässt Sie eine andere Atemübung wählen.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Ein paar Minuten weggehen</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Ein Timer von 2, 5 oder 10 Minuten, der Sie daran erinnert, nach Ihrem Kind zu sehen.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>This helped</source>
        <translation>Das hat geholfen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Teilt Pauzeknop anonym mit, dass Ihnen dieser Tipp geholfen hat.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Gespeichert</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Speichern</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>In meinen Tipps gespeichert</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>In meinen Tipps speichern</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Dieser Tipp steht in Ihrer Liste. Drücken Sie, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Behält diesen Tipp in Ihrer Liste, nur auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Tipps für Eltern</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Tipps für Großeltern</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Tipps für Betreuungskräfte</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Tipps für alle, die auf ein Kind aufpassen</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Zeigt die Tipps für diesen Moment.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Hier gibt es noch keine Tipps.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Tipps, die Sie mit ☆ speichern, erscheinen hier.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Alle Tipps zeigen</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Zeigt auch die Tipps für Eltern, Großeltern und Betreuungskräfte.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Meine Tipps</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Meine Tipps</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Die Tipps, die Sie gespeichert haben.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wer helfen kann</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Pauzeknop öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: für eine Pause klicken</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop ist noch da</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Wenn Sie eine Pause brauchen, klicken Sie hier auf das Symbol. Beenden finden Sie in seinem Menü.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Das Festhalten Ihrer Pausen ist aus. Es wird nichts Neues notiert.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Ihr bisheriger Pausenverlauf konnte nicht gelesen werden, daher wurde ein neuer begonnen. Die alte Datei wurde als %1 aufbewahrt. Pausen funktionieren wie immer.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Ihre Pausen können gerade nicht in diesem Ordner gespeichert werden. Sie bleiben erhalten, bis Pauzeknop geschlossen wird. Pausen funktionieren wie immer.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Ihr Pausenverlauf wurde von einer neueren Version von Pauzeknop gespeichert. Sie können ihn ansehen, aber bis zu einem Update kommt nichts Neues hinzu. Pausen funktionieren wie immer.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Minutes left: %1</source>
        <translation>Verbleibende Minuten: %1</translation>
    </message>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Nehmen Sie sich ein paar Minuten für sich.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Sorgen Sie dafür, dass Ihr Kind sicher ist, und verlassen Sie dann den Raum. Wir sagen Ihnen, wann es Zeit ist, nachzusehen.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Startet einen ruhigen Countdown. Wir sagen Ihnen, wann Sie nachsehen sollen.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Atmen Sie, trinken Sie etwas Wasser. Sehen Sie am Ende nach Ihrem Kind.</translation>
    </message>
    <message>
        <source>I'm back</source>
        <translation>Ich bin zurück</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Beendet den Countdown jetzt.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Sehen Sie jetzt nach Ihrem Kind.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Zurück zu meinem Kind</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beendet die Pause und kehrt zum Startbildschirm zurück.</translation>
    </message>
</context>
</TS>