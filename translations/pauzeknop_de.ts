<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BreathingCatalog</name>
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
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Mit „Wer helfen kann“ starten: Hilfetelefone und Ihre Vertrauenspersonen zum Anrufen.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Die wöchentlichen Zählungen des Nutzungsprotokolls in &lt;file&gt; schreiben (CSV, oder JSON bei .json) und beenden.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Direkt mit dem Atmen starten, mit der Übung [PATTERN], falls angegeben: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Mit --breathe: die Übung, mit der geatmet wird.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Unbekannte Atemübung: %1. Wählen Sie aus: %2.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Sprache &lt;code&gt; verwenden: %1.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Unbekannte Sprache: %1. Wählen Sie aus: %2.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Rat des Pauzeknop-Teams</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Spricht %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, auf %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Ruhiger Atem</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>4 Sekunden ein, 6 aus, ganz sanft.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Ohne den Atem anzuhalten. Atmen Sie sanft, nicht tief.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Physiologischer Seufzer</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Einatmen, noch einen kleinen Atemzug obendrauf, dann alles langsam ausatmen.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Hören Sie auf, wenn Ihnen schwindlig wird.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Resonanzatmung</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>5,5 Sekunden ein, 5,5 aus: etwa sechs Atemzüge pro Minute. Am besten fünf Minuten oder länger.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Atmen Sie sanft, nicht tief.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>4 Sekunden ein, 4 halten, 4 aus, 4 halten: wie die vier Seiten eines Quadrats.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Setzen Sie sich zuerst hin, und halten Sie nie den Atem an, während Sie Ihr Baby auf dem Arm haben. Schwanger, oder eine Herz- oder Lungenerkrankung? Wählen Sie dann lieber „Ruhiger Atem“.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Kurze Box-Atmung</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Eine leichtere Form: 3 Sekunden ein, 3 halten, 3 aus, 3 halten.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Setzen Sie sich zuerst hin, und halten Sie nie den Atem an, während Sie Ihr Baby auf dem Arm haben. Schwanger, oder eine Herz- oder Lungenerkrankung? Wählen Sie dann lieber „Ruhiger Atem“.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>4 Sekunden ein, 7 halten, 8 aus. Höchstens vier Runden.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Setzen Sie sich zuerst hin, und halten Sie nie den Atem an, während Sie Ihr Baby auf dem Arm haben. Schwanger, oder eine Herz- oder Lungenerkrankung? Wählen Sie „Ruhiger Atem“. Kann leicht schwindlig machen; nicht in Studien geprüft.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Bis zehn zählen</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Zählen Sie beim Ausatmen langsam von 1 bis 10, bevor Sie etwas anderes tun.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Absichtlich kurz: zehn bis dreißig Sekunden. Bringen Sie Ihr Kind danach an einen sicheren Ort, wenn Sie mehr Zeit brauchen.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Akute Gefahr, eine Verletzung oder ein Kind, das verletzt oder schwer krank ist. Polizei: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Der ärztliche Bereitschaftsdienst, wenn Ihre Hausarztpraxis geschlossen ist: am Wochenende und an Feiertagen, in den meisten Regionen auch abends und nachts unter der Woche. Von einem Telefon mit ausländischer SIM-Karte: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>die 1733 (ärztlicher Bereitschaftsdienst)</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Der ärztliche Bereitschaftsdienst am Wochenende (Freitag 19:00 bis Montag 08:00) und an Feiertagen. Abends und nachts unter der Woche ist hier nicht die 1733 zuständig: Fragen Sie in der Praxis Ihres Hausarztes, wer Dienst hat. Von einem Telefon mit ausländischer SIM-Karte: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>die 1733 (ärztlicher Bereitschaftsdienst am Wochenende)</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Gewalt, Missbrauch und Kindesmisshandlung: für alle, die sich Sorgen machen, und für Menschen, die selbst manchmal Gewalt anwenden. Sie müssen nicht sagen, wer Sie sind. Keine Notrufnummer.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Für Fachkräfte, die sich um ein Kind sorgen: Das Vertrouwenscentrum Kindermishandeling Ihrer Provinz oder von Brüssel berät und hilft. Kostenlos.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>das Vertrouwenscentrum Kindermishandeling Ihrer Provinz</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Ein anonymes Hilfetelefon für alle, die jemanden zum Reden brauchen.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Für alle, die an Suizid denken, und für Menschen, die sich um jemanden sorgen. Tag und Nacht.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Fragen zu Babys, kleinen Kindern und Kinderbetreuung.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>die Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Ein anonymes Hilfetelefon für alle, die jemanden zum Reden brauchen, Tag und Nacht.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Ein Krisentelefon für alle, die an Suizid denken, und für Menschen, die sich um jemanden sorgen. Tag und Nacht.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Gewalt in der Partnerschaft: für Opfer, für Menschen, die Gewalt anwenden, für Kinder und Zeugen. Außerhalb der Zeiten gehen Anrufe an Télé-Accueil (107). Keine Notrufnummer.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Teams, die helfen, wenn einem Kind vielleicht Leid angetan wird, auch Eltern, die Angst haben, ihrem Kind wehzutun. Jede Gegend hat ihr eigenes Team: Sie finden Ihres auf der Website von ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>das Team von SOS Enfants in Ihrer Gegend</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Für Kinder und Jugendliche und für Erwachsene, die sich um ein Kind sorgen. Kostenlos und anonym.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Ein anonymes Hilfetelefon für alle mit Sorgen oder in einer Krise, Tag und Nacht.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Akute Gefahr, eine Verletzung oder ein Kind, das verletzt oder schwer krank ist.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Für alle, die an Suizid denken, und für Menschen, die sich um jemanden sorgen. Kostenlos und anonym, Tag und Nacht.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Ein Hilfetelefon für alle, die jemanden zum Reden brauchen, Tag und Nacht.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Häusliche Gewalt und Kindesmisshandlung: Beratung für Opfer, Zeugen und Menschen, die selbst Gewalt anwenden. Sie können anonym bleiben.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Der hausärztliche Notdienst für abends, nachts, Wochenenden und Feiertage. Jede Region hat ihre eigene Nummer: Sie hören sie auf der Ansage Ihrer Hausarztpraxis oder finden sie auf deren Website. Es gibt keine landesweite Nummer.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>der hausärztliche Notdienst (Huisartsenpost) Ihrer Region</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Legen Sie Ihr Kind an einen sicheren Ort: auf den Rücken, in ein leeres Bett oder Laufgitter. Verlassen Sie dann den Raum.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Eine geschlossene Tür für ein paar Minuten ist in Ordnung. Schauen Sie alle 5 bis 10 Minuten nach.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Spüren Sie den Drang, zu schütteln, zu packen oder zu schlagen? Das ist Ihr Signal: Legen Sie Ihr Kind hin und gehen Sie hinaus.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Schütteln, werfen oder schlagen Sie ein Kind niemals, auch nicht ein einziges Mal. Schütteln kann bei einem Baby Hirnschäden oder den Tod verursachen.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Atmen Sie eine Minute lang langsam: durch die Nase ein, dann langsam aus.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Zählen Sie langsam bis zehn, bevor Sie irgendetwas tun.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Gehen Sie in einen anderen Raum. Trinken Sie Wasser oder Tee, oder spritzen Sie sich kaltes Wasser ins Gesicht.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Sagen Sie laut: „Ich bin an meiner Grenze. Ich nehme mir fünf Minuten.“</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Rufen Sie jemanden an: Ihren Partner, eine Nachbarin, einen Freund oder {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Rufen Sie jemanden an: Ihren Partner, eine Nachbarin oder einen Freund.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Um Hilfe zu bitten ist eine Stärke, keine Schwäche.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Glauben Sie, dass Ihr Kind verletzt oder krank ist? Rufen Sie die 112 an. Kein Notfall, aber es kann nicht warten? Dann hilft {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Glauben Sie, dass Ihr Kind verletzt oder krank ist? Rufen Sie die 112 an. Kein Notfall, aber es kann nicht warten? Rufen Sie einen Arzt an.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Das Schreien nimmt ab etwa 2 Wochen zu und ist mit 6 bis 8 Wochen am stärksten. Danach wird es weniger.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Viel Schreien ist für ein junges Baby normal. Es ist nicht Ihre Schuld.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Prüfen Sie einmal das Wichtigste: Hunger, Windel, zu warm oder zu kalt, müde. Hören Sie dann auf, nach einem Grund zu suchen.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Versuchen Sie eine ruhige Sache nach der anderen: summen oder singen, Haut an Haut, ein Spaziergang mit dem Kinderwagen, ein warmes Bad.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Manches Schreien lässt sich nicht stoppen. Das Schreien selbst schadet Ihrem Baby nicht, und es hört wieder auf.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Ungewöhnlich klingendes Schreien, Fieber, oder das Baby trinkt nicht: Gehen Sie zum Arzt.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Legen Sie das Baby hin und lassen Sie eine Hand auf seinem Bauch, oder warten Sie, bis es tief schläft.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Erschöpft? Legen Sie das Baby in sein eigenes Bett, bevor Sie sich ausruhen.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Schlafen Sie nie mit einem Baby auf dem Sofa oder im Sessel ein.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Bitten Sie Ihren Partner, die Oma oder den Opa, eine Weile zu übernehmen.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Wutanfälle sind eine normale Phase. Die meisten sind in weniger als 15 Minuten vorbei.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Sorgen Sie für die Sicherheit des Kindes, bleiben Sie in der Nähe, und lassen Sie es vorbeigehen, ohne zu diskutieren.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Benennen Sie Gefühl und Grenze in wenigen Worten: „Du bist wütend. Schlagen tut weh, ich halte dich davon ab.“</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Sie können nicht ruhig bleiben? Wenn das Kind sicher ist, gehen Sie für ein, zwei Minuten hinaus.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Achten Sie darauf, was dahintersteckt: Hunger, Müdigkeit, zu viele Reize.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Gehen Sie danach wieder auf Ihr Kind zu, und loben Sie es, wenn es das nächste Mal gut läuft.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Hören Sie auf, wenn das Kind zeigt, dass es satt ist. Zwingen Sie es nie zum Essen.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Eine verweigerte Mahlzeit ist kein Versagen. Es kommt eine nächste.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Endet das Füttern immer wieder in Tränen? Fragen Sie Ihren Hausarzt oder {line:parenting}.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Endet das Füttern immer wieder in Tränen? Fragen Sie Ihren Hausarzt oder Kinderarzt.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Vereinbaren Sie im Team ein Zeichen, das bedeutet: Übernimm bitte, ich brauche zwei Minuten.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Lassen Sie die Gruppe nie unbeaufsichtigt. Bitten Sie zuerst jemanden aus dem Team, zu übernehmen.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Allein mit der Gruppe? Bringen Sie zuerst alle in Sicherheit: Babys ins Bett, Kleinkinder sitzend mit etwas Ruhigem.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Wenn alle in Sicherheit sind, rufen Sie Ihre Leitung oder Ihre Vertretung an.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Babys stecken sich gegenseitig an. Das liegt an der Gruppe, nicht an Ihnen.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Sprechen Sie nach einem schweren Moment mit jemandem aus dem Team oder mit Ihrer Leitung darüber.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Machen Sie sich Sorgen, wie Sie selbst oder jemand aus dem Team mit einem Kind umgeht? Sagen Sie es Ihrer Leitung, und folgen Sie dem Verfahren Ihrer Einrichtung. Auch hier bekommen Sie Rat: {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Machen Sie sich Sorgen, wie Sie selbst oder jemand aus dem Team mit einem Kind umgeht? Sagen Sie es Ihrer Leitung, und folgen Sie dem Verfahren Ihrer Einrichtung.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Bitten Sie um konkrete Hilfe: eine Mahlzeit oder eine Viertelstunde Babysitten.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Machen Sie vorher einen Schreiplan: drei beruhigende Dinge, wen Sie anrufen, wohin das Baby kommt.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Teilen Sie die Regel „niemals schütteln“ und Ihren Plan mit allen, die auf das Baby aufpassen.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Weinerlich oder niedergeschlagen in den ersten zwei Wochen nach einer Geburt: Das ist häufig. Dauert es länger, oder denken Sie daran, sich oder Ihrem Baby etwas anzutun? Gehen Sie noch heute zu Ihrem Hausarzt, oder rufen Sie Tag und Nacht an: {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Weinerlich oder niedergeschlagen in den ersten zwei Wochen nach einer Geburt: Das ist häufig. Dauert es länger, oder denken Sie daran, sich oder Ihrem Baby etwas anzutun? Gehen Sie noch heute zu Ihrem Hausarzt. Jetzt in Gefahr? Rufen Sie die 112 an.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Die Empfehlungen zum sicheren Schlafen haben sich geändert: auf dem Rücken, in einem leeren Bett. Halten Sie sich an die Gewohnheiten der Eltern.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Auch als Großeltern dürfen Sie kurz weggehen. Das Baby sicher hinzulegen ist immer erlaubt.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Haben Sie Ihr Baby geschüttelt oder geschlagen, oder wirkt Ihr Baby jetzt krank (schläfrig, schlaff, erbricht, trinkt nicht, krampft)? Rufen Sie jetzt die 112 an, und sagen Sie, was passiert ist.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Haben Sie geschrien oder fest zugepackt? Es ist nie zu spät, darüber zu reden und sich mit dem Kind zu versöhnen.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Angst, dass Sie Ihrem Kind wehtun könnten? Sagen Sie es Ihrem Hausarzt: Er kann Ihnen helfen, Unterstützung zu finden. Um Hilfe zu bitten ist eine Stärke.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>die 112 (Notruf)</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>die 1712 (Hilfetelefon bei Gewalt und Missbrauch)</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>das Sorgentelefon Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>die Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>das Sorgentelefon Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>das Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>das Hilfetelefon Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>die Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>die 112 (Notruf)</translation>
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
        <translation>Angst, dass Sie Ihrem Kind wehtun könnten? Rufen Sie an: {line:abuse-advice}. Dort hilft man auch Menschen, die diese Angst haben.</translation>
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
        <translation>Legen Sie das Baby auf den Rücken, in sein eigenes leeres Bett oder Laufgitter. Verlassen Sie dann den Raum.</translation>
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
        <translation>Meine Vertrauenspersonen</translation>
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
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Setzen Sie diese Zeile in den Abschnitt [organisation] von pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>Die PIN braucht mindestens %n Zeichen; es wurde nichts erzeugt.
</numerusform>
            <numerusform>Die PIN braucht mindestens %n Zeichen; es wurde nichts erzeugt.
</numerusform>
        </translation>
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
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: „%2“ steht vor jedem [Abschnitt] und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: Der Schlüssel „%2“ ist unbekannt und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: „%2“ erwartet %3; die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>die Admin-PIN aus Zeile %1 gilt.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>es ist keine Admin-PIN gesetzt.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Die verwaltete Konfiguration ist größer als 1 MB und wird nicht verwendet; Pauzeknop verwendet seine eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Die verwaltete Konfiguration kann von anderen Konten als dem Administrator (root) geändert werden und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 ist länger als %2 Zeichen und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: „%2“ wurde schon in Zeile %3 gesetzt; Zeile %4 gilt.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin ist kein mit pauzeknop --hash-pin erzeugter Hash und wird ignoriert; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: Diese adminPin wurde mit weniger als %2 Runden erzeugt und ist zu leicht zu erraten; erzeugen Sie eine neue mit pauzeknop --hash-pin. Sie wird ignoriert; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>%n weiteres Problem in dieser Datei wird nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Probleme in dieser Datei werden nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 nennt einen unbekannten Abschnitt; seine Zeilen werden ignoriert.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 steht vor jedem [Abschnitt] und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 hat einen Schlüssel, den Pauzeknop nicht kennt, und wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, Tipp „%2“: Diese ID ist schon vergeben; dieser Tipp wird übersprungen.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
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
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: erwartet wird ein Objekt mit „tips“ und „helplines“.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: unbekannter Schlüssel „%2“ ignoriert.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>Tipp %1</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>Tipp %1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; dieser Tipp wird übersprungen.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„id“ darf nur Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ enthalten</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>„situation“ muss eines davon sein: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>„source“ fehlt: Jeder Tipp sagt, woher er stammt</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>Hilfetelefon %1</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>Hilfetelefon %1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; dieser Kontakt wird übersprungen.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>„name“ fehlt</translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>„cost“ muss „free“ oder „zonal“ sein</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>„emergency“ ist der 112 vorbehalten</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>„verified“ braucht „verified_on“ als Datum wie 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>„channels“ muss mindestens einen Weg nennen, sie zu erreichen</translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>Kanal %1: „kind“ muss phone, chat, sms, mail oder web sein</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>Kanal %1: „%2“ ist kein gültiges %3</translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>Kanal %1: Zeiten „%2“ nicht verstanden (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>„%1“ fehlt oder ist leer</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„%1“ ist länger als %n Zeichen</numerusform>
            <numerusform>„%1“ ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>„%1“ muss ein einzelner englischer Text sein: Übersetzungen laufen über die .ts-Dateien</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>„%1“ hat mehr als %n Sprache</numerusform>
            <numerusform>„%1“ hat mehr als %n Sprachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>„%1“ in „%2“ muss ein Text von höchstens %n Zeichen unter einem Sprachcode wie „nl“ sein</numerusform>
            <numerusform>„%1“ in „%2“ muss ein Text von höchstens %n Zeichen unter einem Sprachcode wie „nl“ sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>„%1“ muss eine Liste mit 1 bis %n Eintrag sein</numerusform>
            <numerusform>„%1“ muss eine Liste mit 1 bis %n Einträgen sein</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>„%1“ enthält „%2“: Verwenden Sie Kleinbuchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>„%1“ muss eine Liste von %2 sein (gefunden: „%3“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>„%1“ muss eine Webadresse sein (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: unbekannter Schlüssel „%3“ ignoriert.</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>„text“ nennt ein Hilfetelefon mit {line:...}, daher muss „text_without_line“ dasselbe für eine Region ohne dieses Hilfetelefon sagen</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>„text_without_line“ darf kein Hilfetelefon nennen</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>der Text „%1“ muss dieselben Hilfetelefone nennen wie die anderen</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„source“ ist länger als %n Zeichen</numerusform>
            <numerusform>„source“ ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>„channels“ muss eine Liste mit höchstens %n Weg sein, sie zu erreichen</numerusform>
            <numerusform>„channels“ muss eine Liste mit höchstens %n Wegen sein, sie zu erreichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>Kanal %1: „hours“ ist länger als %n Zeichen</numerusform>
            <numerusform>Kanal %1: „hours“ ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„name“ ist länger als %n Zeichen</numerusform>
            <numerusform>„name“ ist länger als %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>Übung %1 („%2“)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; diese Übung bleibt ohne Texte.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>„id“ und „source“ werden benötigt</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: „version“ sollte 1 sein; wird als Version 1 gelesen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: „%2“ muss eine Liste sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: „%2“ hat %n Eintrag; nur die ersten %3 werden gelesen.</numerusform>
            <numerusform>%1: „%2“ hat %n Einträge; nur die ersten %3 werden gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... und %n weiteres Problem, nicht angezeigt.</numerusform>
            <numerusform>... und %n weitere Probleme, nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
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
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 ist eine Verknüpfung, die ein anderes Konto auf diesem Computer angelegt hat, daher wurde dort nichts geschrieben. Bitte wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>dies ist keine Datei, die ersetzt werden kann.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>zu viele Verknüpfungen.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>die Datei wurde nicht geöffnet.</translation>
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
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Ihre Einstellungsdatei war viel zu groß zum Lesen, daher hat Pauzeknop mit neuen Einstellungen begonnen. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Ihre Einstellungsdatei ist viel zu groß zum Lesen. Pauzeknop verwendet vorerst die üblichen Einstellungen.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Das konnte auf diesem Computer nicht gespeichert werden (der Datenträger ist vielleicht voll oder schreibgeschützt). Es gilt weiter, bis Pauzeknop geschlossen wird.</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>eine Taste wie Ctrl+Alt+P (mit Ctrl, Alt oder Super) oder off</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>höchstens %n Zeichen</numerusform>
            <numerusform>höchstens %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Jetzt sofort</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Ein schreiendes Baby</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
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
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>Mit der Admin-PIN sehen Sie die Übersicht der Pausen.</translation>
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
    <message>
        <source>Checking the PIN...</source>
        <translation>PIN wird geprüft...</translation>
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
        <translation>Noch etwas einatmen</translation>
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
        <source>I&apos;m done breathing</source>
        <translation>Ich bin fertig mit Atmen</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Stoppt den Timer und fragt, wie Sie sich fühlen.</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Gut gemacht. Die Atemübung ist vorbei.</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Sekunden dieses Schritts</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Atemkreis</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Wird größer beim Einatmen und kleiner beim Ausatmen.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Atembalken</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Füllt sich beim Einatmen und leert sich beim Ausatmen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Noch %Ln Minute</numerusform>
            <numerusform>Noch %Ln Minuten</numerusform>
        </translation>
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
        <translation>Ihre Vertrauenspersonen</translation>
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
        <translation>Meinen Schreiplan erstellen</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Meinen Schreiplan bearbeiten</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Die Menschen, die Sie anrufen möchten, nur auf diesem Computer gespeichert. Sie können den Plan ausdrucken.</translation>
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
        <translation>Gefahr? Wählen Sie 112, von jedem Telefon aus. Kostenlos, Tag und Nacht.</translation>
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
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Weniger Übungen</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Mehr Übungen</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Zeigt oder verbirgt die anderen Atemübungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln Runde</numerusform>
            <numerusform>%Ln Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Stimmt das? Dann zeigt Pauzeknop die passende Hilfe.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>Mutter oder Vater</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>Oma oder Opa</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>Betreuungskraft</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Die Tipps und die Sicherheitskarte sind dann auf Sie abgestimmt.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop zeigt die Hilfetelefone dieser Region.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Wählen Sie die Sprache von Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Das stimmt</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Speichert diese Antworten. Sie können sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Blendet diese Karte aus. Pauzeknop behält seine Vermutung; in den Einstellungen können Sie sie ändern.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Jetzt Pause machen: den ruhigen Pausenbildschirm von Pauzeknop öffnen</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Dieser Computer kann nicht telefonieren. Wählen Sie %1 an einem Telefon.</translation>
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
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Scannen Sie mit der Handykamera, um %1 anzurufen.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt erreichbar</translation>
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
    <message>
        <source>Source checked on %1</source>
        <translation>Quelle geprüft am %1</translation>
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
        <translation>Wallonie</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Ostbelgien</translation>
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
        <translation>Hilfetelefone, die jetzt erreichbar sind, und Ihre Vertrauenspersonen zum Anrufen.</translation>
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
        <source>No breathing exercise finished yet.</source>
        <translation>Noch keine Atemübung abgeschlossen.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Noch kein Tipp als hilfreich markiert.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>Woche vom %1: %Ln Pause</numerusform>
            <numerusform>Woche vom %1: %Ln Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1 Uhr: %Ln Pause</numerusform>
            <numerusform>%1 Uhr: %Ln Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln-mal)</numerusform>
            <numerusform>%1 (%Ln-mal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Drücken Sie jetzt die neuen Tasten (Escape bricht ab)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape bricht ab)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Drücken Sie jetzt die neuen Tasten, zum Beispiel Strg (Ctrl), Alt und einen Buchstaben zusammen. Escape bricht ab.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Taste wählen</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Drücken Sie die Leertaste, um eine andere Taste zu wählen, und dann die neuen Tasten.</translation>
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
        <translation>112 anrufen</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>Notruf: Polizei, Rettungsdienst, Feuerwehr.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Meine Vertrauenspersonen und alle Hilfetelefone</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Beendet die Pause und öffnet „Wer helfen kann“: Ihre Vertrauenspersonen zum Anrufen und jedes Hilfetelefon mit Anrufen, Kopieren und QR-Code.</translation>
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
        <source>You don&apos;t have to do this alone.</source>
        <translation>Sie müssen das nicht allein schaffen.</translation>
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
        <source>I&apos;m OK now</source>
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
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Wenn dies aus ist, wird nichts Neues notiert. Was schon da ist, bleibt, bis Sie es löschen.</translation>
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
        <source>the app&apos;s own folder</source>
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
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Ihr Name, der Name Ihres Kindes, der Name des Computers, alles, was Sie tippen, die Personen in Ihrem eigenen Plan, Fenstertitel und Dateinamen.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Sie wählen: 30 Tage, 90 Tage, 1 Jahr oder unbegrenzt. Ältere Notizen werden bei jedem Start von Pauzeknop gelöscht. Unter Meine Pausen können Sie das Festhalten ausschalten oder alles löschen.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Nur die Menschen, die diesen Computer benutzen. Eine gespeicherte Übersicht enthält Zählungen pro Woche, nie einzelne Momente. Auf einem gemeinsam genutzten Computer werden Zahlen unter 5 ausgeblendet, und Meine Pausen verlangt die Admin-PIN.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop hilft Ihnen, einen ruhigen Moment zu nehmen. Es stellt keine Diagnosen und behandelt nichts. Wenn Sie oder Ihr Kind in Gefahr sind, rufen Sie 112 an.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Diese Übersetzung ist ein Entwurf des Pauzeknop-Teams: Jemand mit Deutsch als Muttersprache hat sie noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Hilfe in Brüssel</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Hilfe in der Wallonie</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Hilfe in Ostbelgien</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Hilfe in den Niederlanden</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Hilfe in Flandern</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Region ändern</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Zeigt die Hilfetelefone einer anderen Region. Pauzeknop verwendet diese Region überall.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Ältere Pausen löschen?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Meine Pausen behalten</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Übersicht aufbewahren: %1. Dadurch werden ältere Pausen jetzt von diesem Computer gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Pause würde gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln Pausen würden gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Bringen Sie zuerst Ihr Kind in Sicherheit.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Bitten Sie eine Kollegin oder einen Kollegen, zu übernehmen, oder sichern Sie zuerst die Gruppe.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Legen Sie Ihr Baby auf den Rücken ins Bettchen oder an einen anderen sicheren Ort. Es ist in Ordnung, ein paar Minuten wegzugehen.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Mein Kind ist sicher. Atmen wir</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Startet die Atemübung.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Schütteln Sie nie ein Baby. Legen Sie das Baby sicher hin, und gehen Sie kurz weg.</translation>
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
        <translation>Die Pause und die Tipps sind auf Sie abgestimmt.</translation>
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
        <translation>Wallonie</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Ostbelgien</translation>
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
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
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
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Einige Zeilen der Einstellungsdatei der Organisation wurden ignoriert:</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Gesprochene Worte gibt es in dieser Sprache nicht. Die sanften Töne funktionieren weiter.</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Ihr Computer verwendet diese Taste selbst. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Wählen Sie einen Buchstaben, eine Ziffer oder eine F-Taste zusammen mit Strg (Ctrl), Alt oder der Windows-Taste, damit die Taste beim Tippen nie stört.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Pause von überall</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Eine Taste öffnet die Pause, auch wenn Pauzeknop im Infobereich oder hinter anderen Fenstern ist.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Taste für die Pause</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Desktop erneut fragen</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Gesperrt. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Aus. Der Knopf „Pause“ und das Symbol im Infobereich öffnen die Pause weiterhin.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Ihr Desktop wird gebeten, %1 einzurichten. Eventuell erscheint ein Fenster zur Bestätigung.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>%1 wird eingerichtet…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>An: Ihr Desktop öffnet die Pause, wenn Sie %1 drücken, solange Pauzeknop läuft.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>An: Drücken Sie überall %1, um die Pause zu öffnen, solange Pauzeknop läuft.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Schalten Sie „Mit meinem Computer starten“ ein, damit die Taste immer bereit ist.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Diese Taste wird schon von einem anderen Programm verwendet; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Ihr Desktop hat die Taste nicht eingerichtet. Das ist in Ordnung: Der Knopf „Pause“ und das Symbol im Infobereich öffnen die Pause weiterhin. Sie können erneut fragen oder selbst eine Taste in den Tastatureinstellungen Ihres Desktops hinzufügen, mit dem Befehl %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Diese Tastatur hat keine solche Taste; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Dieser Desktop lässt Pauzeknop keine Taste selbst festlegen. Fügen Sie eine hinzu unter Einstellungen &gt; Tastatur &gt; Tastenkombinationen anzeigen und anpassen &gt; Eigene Tastenkombinationen, mit dem Befehl %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Dieser Desktop lässt Pauzeknop keine Taste selbst festlegen. Fügen Sie eine hinzu unter Systemeinstellungen &gt; Kurzbefehle &gt; Neu hinzufügen &gt; Befehl oder Skript, mit dem Befehl %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Dieser Desktop lässt Pauzeknop keine Taste selbst festlegen. Fügen Sie in den Tastatureinstellungen Ihres Desktops ein Tastenkürzel hinzu, mit dem Befehl %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Ein Tipp: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
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
        <source>Take a few minutes for yourself.</source>
        <translation>Nehmen Sie sich ein paar Minuten für sich.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Sorgen Sie dafür, dass Ihr Kind sicher ist, und verlassen Sie dann den Raum. Wir sagen Ihnen, wann es Zeit ist, nachzusehen.</translation>
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
        <source>I&apos;m back</source>
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
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beendet die Pause und kehrt zum Startbildschirm zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Noch %Ln Minute</numerusform>
            <numerusform>Noch %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
</context>
</TS>
