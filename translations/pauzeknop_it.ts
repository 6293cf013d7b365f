<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Il mio ritmo %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Il tuo ritmo: inspira, trattieni, espira, trattieni.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Fermati se ti gira la testa o se non ti senti bene.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: un pulsante di pausa per chi si prende cura di bambini piccoli.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Apri sulla schermata della pausa.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Conserva il registro d&apos;uso e le impostazioni in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Usa la lingua &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Avvia nascosto nell&apos;area di notifica, pronto per una pausa.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Leggi un PIN di amministratore dall&apos;input standard e stampa la riga per la configurazione gestita (per gli amministratori).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Apri su «Chi può aiutare»: linee di aiuto e le tue persone da chiamare.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Scrivi in &lt;file&gt; i conteggi settimanali del registro d&apos;uso (CSV, oppure JSON per .json) ed esci.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Apri subito la respirazione, con l&apos;esercizio [PATTERN] se indicato: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Con --breathe: l&apos;esercizio con cui respirare.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Esegui pauzeknop --help per vedere quali opzioni capisce.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Esercizio di respirazione sconosciuto: %1. Scegline uno tra: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Lingua sconosciuta: %1. Scegline una tra: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento inatteso: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Consiglio del gruppo di Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>olandese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tedesco</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Risponde in %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, che risponde in %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Respiro calmo</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Inspira per 4 secondi ed espira per 6, piano e con dolcezza.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Senza trattenere il respiro. Respira con dolcezza, non a fondo.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Sospiro fisiologico</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Inspira, prendi ancora un po&apos; d&apos;aria sopra, poi lascia uscire tutto piano.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Fermati se ti gira la testa.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Respirazione di risonanza</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Inspira per 5,5 secondi, espira per 5,5: circa sei respiri al minuto. Meglio per cinque minuti o più.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Respira con dolcezza, non a fondo.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Respirazione quadrata</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Inspira per 4 secondi, trattieni 4, espira 4, trattieni 4, come i lati di un quadrato.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Prima siediti, e non trattenere mai il respiro mentre tieni in braccio il bambino. Sei incinta o hai una malattia del cuore o dei polmoni? Scegli invece «Respiro calmo».</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Respirazione quadrata breve</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Un quadrato più leggero: inspira per 3 secondi, trattieni 3, espira 3, trattieni 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Prima siediti, e non trattenere mai il respiro mentre tieni in braccio il bambino. Sei incinta o hai una malattia del cuore o dei polmoni? Scegli invece «Respiro calmo».</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Respirazione 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Inspira per 4 secondi, trattieni 7, espira per 8. Al massimo quattro cicli.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Prima siediti, e non trattenere mai il respiro mentre tieni in braccio il bambino. Sei incinta o hai una malattia del cuore o dei polmoni? Scegli «Respiro calmo». Può far girare la testa; non è stato provato in studi scientifici.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Contare fino a dieci</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Conta piano da 1 a 10 mentre espiri, prima di fare qualsiasi altra cosa.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Breve di proposito: da dieci a trenta secondi. Poi, se ti serve più tempo, metti il bambino in un posto sicuro.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Pericolo immediato, una ferita, o un bambino ferito o molto malato. Polizia: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>La guardia medica quando lo studio del tuo medico di famiglia è chiuso: nel fine settimana e nei giorni festivi, e nella maggior parte delle regioni anche la sera e la notte nei giorni feriali. Da un telefono con una SIM straniera: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>il 1733, la guardia medica</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>La guardia medica nel fine settimana (dal venerdì alle 19:00 al lunedì alle 08:00) e nei giorni festivi. La sera nei giorni feriali qui non si chiama il 1733: chiedi allo studio del tuo medico di famiglia chi è di turno. Da un telefono con una SIM straniera: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>il 1733, la guardia medica del fine settimana</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Violenza, abusi e maltrattamento dei bambini: per chiunque sia preoccupato, e per chi a volte usa violenza. Non devi dire chi sei. Non è una linea per le emergenze.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Per i professionisti preoccupati per un bambino: il Vertrouwenscentrum Kindermishandeling della tua provincia, o quello di Bruxelles, dà consigli e aiuto. Gratuito.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>il Vertrouwenscentrum Kindermishandeling della tua provincia</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Una linea di ascolto anonima per chiunque abbia bisogno di parlare.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Per chiunque abbia pensieri di suicidio, e per chi è preoccupato per qualcuno. Giorno e notte.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Domande su neonati, bambini piccoli e asili nido.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>la Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Una linea di ascolto anonima per chiunque abbia bisogno di parlare, giorno e notte.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Una linea di crisi per chiunque abbia pensieri di suicidio, e per chi è preoccupato per qualcuno. Giorno e notte.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Violenza nella coppia: per le vittime, per chi usa violenza, per i bambini e i testimoni. Fuori orario, le chiamate passano a Télé-Accueil (107). Non è una linea per le emergenze.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Équipe che aiutano quando un bambino potrebbe subire del male, anche genitori che hanno paura di fare del male al proprio figlio. Ogni zona ha la sua équipe: trova la tua sul sito dell&apos;ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>l&apos;équipe di SOS Enfants della tua zona</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Per bambini e ragazzi, e per gli adulti preoccupati per un bambino. Gratuita e anonima.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Una linea di ascolto anonima per chiunque abbia preoccupazioni o sia in crisi, giorno e notte.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Pericolo immediato, una ferita, o un bambino ferito o molto malato.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Per chiunque abbia pensieri di suicidio, e per chi è preoccupato per qualcuno. Gratuita e anonima, giorno e notte.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Una linea di ascolto per chiunque abbia bisogno di parlare, giorno e notte.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Violenza domestica e maltrattamento dei bambini: consigli per le vittime, i testimoni e chi usa violenza. Puoi restare nell&apos;anonimato.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Il medico di famiglia di turno la sera, la notte, nel fine settimana e nei giorni festivi. Ogni regione ha il suo numero: lo trovi nel messaggio telefonico o sul sito del tuo medico di famiglia. Non esiste un numero nazionale.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>l&apos;huisartsenpost della tua regione</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Metti il bambino in un posto sicuro: a pancia in su in un lettino vuoto o in un box. Poi esci dalla stanza.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Una porta chiusa per qualche minuto va bene. Torna a guardare ogni 5-10 minuti.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Senti l&apos;impulso di scuotere, strattonare o picchiare? È il tuo segnale: metti giù il bambino in un posto sicuro ed esci dalla stanza.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Non scuotere, non lanciare e non picchiare mai un bambino, nemmeno una volta. Scuotere un neonato può causare danni al cervello o la morte.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Respira lentamente per un minuto: inspira dal naso, poi espira piano.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Conta piano fino a dieci prima di fare qualsiasi altra cosa.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Vai in un&apos;altra stanza. Bevi un po&apos; d&apos;acqua o un tè, oppure sciacquati il viso con acqua fredda.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Di&apos; ad alta voce: «Sono al limite. Mi prendo cinque minuti.»</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Telefona a qualcuno: il partner, un vicino, un&apos;amica oppure {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Telefona a qualcuno: il partner, un vicino o un&apos;amica.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Chiedere aiuto è un segno di forza, non di debolezza.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Pensi che il bambino sia ferito o malato? Chiama il 112. Non è un&apos;emergenza, ma non può aspettare? Chiama {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Pensi che il bambino sia ferito o malato? Chiama il 112. Non è un&apos;emergenza, ma non può aspettare? Chiama un medico.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Il pianto aumenta da circa 2 settimane di vita ed è al massimo verso le 6-8 settimane. Poi diminuisce.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>È normale che un neonato pianga molto. Non è colpa tua.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Controlla una volta le cose di base: fame, pannolino, troppo caldo o troppo freddo, stanchezza. Poi smetti di cercare una causa.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Prova una cosa calma alla volta: canticchiare o cantare, pelle a pelle, una passeggiata in carrozzina, un bagno tiepido.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Certi pianti non si possono fermare. Il pianto in sé non fa male al bambino, e passerà.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Un pianto diverso dal solito, febbre, o se non mangia: fallo vedere da un medico.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Metti giù il bambino e tienigli una mano sul pancino, oppure aspetta che dorma profondamente.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Senza forze? Metti il bambino nel suo lettino prima di riposare.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Non addormentarti mai con un bambino sul divano o in poltrona.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Chiedi al partner o ai nonni di darti il cambio per un po&apos;.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>I capricci sono una fase normale. Quasi sempre finiscono in meno di 15 minuti.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Tieni il bambino al sicuro, resta vicino e lascia che passi senza discutere.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Dai un nome all&apos;emozione e al limite, con poche parole: «Sei arrabbiato. Picchiare fa male, ti fermo.»</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Non riesci a mantenere la calma? Se il bambino è al sicuro, allontanati per un minuto o due.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Cerca cosa c&apos;è sotto: fame, stanchezza, troppe cose intorno.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Dopo, riavvicinati al bambino, e lodalo la prossima volta che le cose vanno bene.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Smetti quando il bambino fa capire che è sazio. Non forzarlo mai a mangiare.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Un pasto rifiutato non è un fallimento. Ce ne sarà un altro.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>I pasti finiscono sempre in lacrime? Parlane con {line:parenting} o con il tuo medico di famiglia.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>I pasti finiscono sempre in lacrime? Parlane con il tuo medico di famiglia o con il pediatra.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Mettiti d&apos;accordo con i colleghi su un segnale che vuol dire: dammi il cambio, mi servono due minuti.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Non lasciare mai il gruppo senza sorveglianza. Prima chiedi a un collega di darti il cambio.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Sei l&apos;unica persona con il gruppo? Prima metti tutti al sicuro: i neonati nei lettini, i più grandi seduti con qualcosa di tranquillo.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Quando tutti sono al sicuro, chiama chi è responsabile o la persona di riserva.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>I bambini piccoli si contagiano il pianto a vicenda. È l&apos;ambiente del gruppo, non sei tu.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Dopo un momento difficile, parlane con un collega o con chi è responsabile.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Ti preoccupa come tu o un collega trattate un bambino? Dillo a chi è responsabile e segui la procedura della tua organizzazione. Puoi anche chiedere consiglio contattando {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Ti preoccupa come tu o un collega trattate un bambino? Dillo a chi è responsabile e segui la procedura della tua organizzazione.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Chiedi un aiuto concreto: un pasto, o qualcuno che guardi il bambino per un quarto d&apos;ora.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Prepara in anticipo un piano per il pianto: tre cose che calmano, chi chiamare, dove va il bambino.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Condividi la regola «non scuotere mai» e il tuo piano con tutte le persone che si occupano del bambino.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Nelle prime due settimane dopo il parto è frequente avere il pianto facile o sentirsi giù. Dura di più, o hai pensieri di fare del male a te o al bambino? Vai oggi stesso dal tuo medico di famiglia, oppure chiama {line:crisis}, giorno e notte.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Nelle prime due settimane dopo il parto è frequente avere il pianto facile o sentirsi giù. Dura di più, o hai pensieri di fare del male a te o al bambino? Vai oggi stesso dal tuo medico di famiglia. C&apos;è un pericolo adesso? Chiama il 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>I consigli per un sonno sicuro sono cambiati: a pancia in su, in un lettino vuoto. Segui le abitudini dei genitori.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Anche da nonno o da nonna puoi allontanarti un momento. Mettere giù il bambino in un posto sicuro è sempre permesso.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Hai scosso o picchiato il bambino, oppure il bambino ora sembra stare male (molto assonnato, molle, vomita, non mangia, ha convulsioni)? Chiama subito il 112 e racconta cosa è successo.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Hai urlato o strattonato? Non è mai troppo tardi per parlarne e fare pace con il bambino.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Hai paura di fare del male al bambino? Dillo al tuo medico di famiglia: può aiutarti a trovare sostegno. Chiedere aiuto è un segno di forza.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>il 112, il numero di emergenza</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>il 1712, la linea di aiuto per violenza e abusi</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>la linea di ascolto Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>la Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>la linea di ascolto Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>il Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>la linea Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>la linea di ascolto Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>il 112, il numero di emergenza</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie</source>
        <comment>helpline-mention:nl-113</comment>
        <translation>il 113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <source>De Luisterlijn (088 0767 000)</source>
        <comment>helpline-mention:nl-luisterlijn</comment>
        <translation>De Luisterlijn (088 0767 000)</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Call {line:abuse-advice}: they also help people who are afraid of that.</source>
        <comment>tip:afterwards-help-for-you</comment>
        <translation>Hai paura di fare del male al bambino? Chiama {line:abuse-advice}: aiutano anche chi ha questa paura.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Il mio piano per il pianto</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Il pianto è normale e passa. Quando diventa troppo, segui questi passi.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Metti il bambino a pancia in su nel suo lettino vuoto o in un box. Poi esci dalla stanza.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Espira lentamente. Conta fino a dieci. Bevi un po&apos; d&apos;acqua.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Torna a guardare ogni 5-10 minuti.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Chiama una delle persone qui sotto. Chiedere aiuto è da forti.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Non scuotere mai un bambino, nemmeno per un momento. Scuoterlo può causare danni al cervello o la morte.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Il bambino è ferito o malato? Chiama subito il 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Le mie persone</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Linee di aiuto</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Condividi questo piano con tutte le persone che si occupano del bambino.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Trattieni dopo aver inspirato</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Trattieni dopo aver espirato</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Puoi tenere fino a sei ritmi. Prima eliminane uno.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: scrivi un numero di secondi, per esempio 4 o 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 non può essere meno di 0 secondi.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 può durare al massimo 12 secondi.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: usa secondi interi o mezzi, per esempio 4 o 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 deve durare almeno 1 secondo.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Scrivi il PIN di amministratore e premi Invio: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Metti questa riga nella sezione [organisation] di pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>Il PIN deve avere almeno %n carattere; non è stato creato nulla.
</numerusform>
            <numerusform>Il PIN deve avere almeno %n caratteri; non è stato creato nulla.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>La configurazione gestita</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>vale il PIN di amministratore della riga %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>non è impostato alcun PIN di amministratore.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Impossibile leggere la configurazione gestita; Pauzeknop usa le proprie impostazioni.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>La configurazione gestita supera 1 MB e non viene usata; Pauzeknop usa le proprie impostazioni.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>La configurazione gestita può essere modificata da account diversi dall&apos;amministratore (root), quindi non viene usata.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 non è un&apos;impostazione (chiave=valore) e viene ignorata.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 supera i %2 caratteri e viene ignorata.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: la sezione [%2] è sconosciuta; le sue righe vengono ignorate.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: «%2» si trova prima di qualsiasi [sezione] e viene ignorata.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: la chiave «%2» è sconosciuta e viene ignorata.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: «%2» richiede %3; la riga viene ignorata.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: «%2» era già impostata alla riga %3; vale la riga %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin non è un hash creato con pauzeknop --hash-pin e viene ignorato; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: questo adminPin è stato creato con meno di %2 round ed è troppo facile da indovinare; creane uno nuovo con pauzeknop --hash-pin. Viene ignorato; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>%n altro problema in questo file non è elencato.</numerusform>
            <numerusform>Altri %n problemi in questo file non sono elencati.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 indica una sezione sconosciuta; le sue righe vengono ignorate.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 si trova prima di qualsiasi [sezione] e viene ignorata.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 contiene una chiave che Pauzeknop non conosce e viene ignorata.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>«%1» manca o è vuoto</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«%1» supera %n carattere</numerusform>
            <numerusform>«%1» supera i %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>«%1» deve essere un unico testo in inglese: le traduzioni passano dai file .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>«%1» ha più di %n lingua</numerusform>
            <numerusform>«%1» ha più di %n lingue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>«%1» in «%2» deve essere un testo di al massimo %n carattere sotto un codice di lingua come «nl»</numerusform>
            <numerusform>«%1» in «%2» deve essere un testo di al massimo %n caratteri sotto un codice di lingua come «nl»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>«%1» deve essere un elenco da 1 a %n elemento</numerusform>
            <numerusform>«%1» deve essere un elenco da 1 a %n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>«%1» contiene «%2»: usa lettere minuscole, cifre e &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>«%1» deve essere un elenco di %2 (trovato «%3»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>«%1» deve essere un indirizzo web (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: chiave sconosciuta «%3» ignorata.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>consiglio %1 («%2»)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>consiglio %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; questo consiglio viene saltato.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«id» deve contenere lettere minuscole, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>«situation» deve essere uno tra moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>«text» nomina una linea con {line:...}, quindi «text_without_line» deve dire la stessa cosa per una regione senza quella linea</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>«text_without_line» non deve nominare alcuna linea</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>il testo «%1» deve nominare le stesse linee degli altri</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>Manca «source»: ogni consiglio dice da dove viene</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«source» supera %n carattere</numerusform>
            <numerusform>«source» supera i %n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>«channels» deve essere un elenco di al massimo %n modo per contattarli</numerusform>
            <numerusform>«channels» deve essere un elenco di al massimo %n modi per contattarli</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>canale %1: «kind» deve essere phone, chat, sms, mail o web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>canale %1: «%2» non è un %3 valido</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>canale %1: «hours» supera %n carattere</numerusform>
            <numerusform>canale %1: «hours» supera i %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>canale %1: orario «%2» non compreso (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>linea di aiuto %1 («%2»)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>linea di aiuto %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; questo contatto viene saltato.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>Manca «name»</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>«name» supera %n carattere</numerusform>
            <numerusform>«name» supera i %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>«cost» deve essere «free» o «zonal»</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>«emergency» è riservato al 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>«verified» richiede «verified_on» con una data come 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>«channels» deve indicare almeno un modo per contattarli</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>esercizio %1 («%2»)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; questo esercizio non conserva nessun testo.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>Servono «id» e «source»</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: impossibile leggere (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: supera 1 MB, non viene letto.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: JSON non valido al carattere %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: era atteso un oggetto con «tips» e «helplines».</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: chiave sconosciuta «%2» ignorata.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: «version» dovrebbe essere 1; viene letto come versione 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: «%2» deve essere un elenco.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: «%2» ha %n voce; vengono lette solo le prime %3.</numerusform>
            <numerusform>%1: «%2» ha %n voci; vengono lette solo le prime %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, consiglio «%2»: questo id è già usato; questo consiglio viene saltato.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, linea di aiuto «%2»: questo id è già usato; questo contatto viene saltato.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... e %n altro problema, non mostrato.</numerusform>
            <numerusform>... e altri %n problemi, non mostrati.</numerusform>
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
        <translation>Maiusc</translation>
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
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 è un collegamento creato da un altro account di questo computer, quindi lì non è stato scritto nulla. Scegli un altro posto.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>non è un file che si può sostituire.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>troppi collegamenti.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>il file non è stato aperto.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Il file delle impostazioni era troppo grande da leggere, quindi Pauzeknop è partito con impostazioni nuove. Il vecchio file è stato conservato come %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Il file delle impostazioni è troppo grande da leggere. Per ora Pauzeknop usa le impostazioni abituali.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Non è stato possibile salvare su questo computer (il disco potrebbe essere pieno o di sola lettura). Resta valido finché Pauzeknop non si chiude.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno tra: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>un tasto come Ctrl+Alt+P (con Ctrl, Alt o Super), oppure off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Questo è un computer condiviso: qui non vengono conservati contatti personali.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Impostato dalla tua organizzazione per tutti su questo computer.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Impostato da %1 per tutti su questo computer.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>al massimo %n carattere</numerusform>
            <numerusform>al massimo %n caratteri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>In questo momento</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Un bambino che piange</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Non vuole dormire</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Un capriccio</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Poppate e pasti</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Un gruppo agitato al nido</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Senza forze</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Impossibile aprire il registro d&apos;uso: l&apos;esportazione è vuota.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Conteggi settimanali scritti in %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN di amministratore</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>Il PIN dell&apos;amministratore mostra il registro delle pause.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Controlla il PIN di amministratore.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Su questo computer non è impostato alcun PIN di amministratore.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Sbloccato finché Pauzeknop non si chiude.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Controllo del PIN...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Il PIN non è giusto. Aspetta %1 s, poi riprova.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Il PIN non è giusto. Riprova.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Cosa fare ora: inspirare, trattenere o espirare.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Ancora un po&apos;</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Trattieni</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Conta piano</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Ben fatto. L&apos;esercizio di respirazione è finito.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Ben fatto</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Mancano %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Secondi di questa fase</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Cerchio del respiro</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Si allarga quando inspiri, si restringe quando espiri.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Barra del respiro</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Si riempie quando inspiri, si svuota quando espiri.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Un altro ciclo</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuto</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Allunga un po&apos; questa sessione di respirazione.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Ho finito</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Ferma il timer e ti chiede come ti senti.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Manca %Ln minuto</numerusform>
            <numerusform>Mancano %Ln minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un consiglio: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Ben fatto.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Hai fatto una pausa. Ha fatto bene a te e al bambino.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Respira ancora</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Inizia un altro ciclo di respirazione.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina la pausa e torna alla schermata iniziale.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Come ti senti ora?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Sto meglio</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Mostra una parola gentile, un consiglio e la strada per tornare.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Ancora in tensione</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Propone un altro ciclo, un altro esercizio o qualche minuto lontano.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Ho bisogno di aiuto</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Mostra chi puoi chiamare, prima il 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Le tue persone</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Scrivi adesso chi puoi chiamare quando diventa troppo: il partner, un vicino, un&apos;amica.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chiama %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Apre il telefono o l&apos;app per le chiamate per chiamare %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Prepara il mio piano per il pianto</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Modifica il mio piano per il pianto</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Le persone che vuoi chiamare, conservate solo su questo computer. Puoi stampare il piano.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>Impossibile salvare %1. Prova un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Salva il piano per il pianto in PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>piano-per-il-pianto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nome della persona %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Qualcuno che puoi chiamare quando diventa troppo.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Numero di telefono della persona %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Il numero da chiamare.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Nota, per esempio: abita accanto</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Nota sulla persona %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Tutto ciò che aiuta, per esempio quando chiamare.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Togli la persona %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Toglie questa persona dal tuo piano.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Il mio piano per il pianto</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Chi puoi chiamare quando diventa troppo? Resta solo su questo computer. Stampalo per il frigorifero, per i nonni e per chi fa da babysitter.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Aggiunge una riga vuota per un&apos;altra persona.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Stampa il piano per il pianto</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Stampa il tuo piano con cosa fare e chi chiamare.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva in PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Salva il tuo piano come file PDF da stampare o condividere.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Pericolo? Chiama il 112 da qualsiasi telefono. È gratuito, giorno e notte.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Pericolo? Chiama il 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Se il bambino è ferito o in pericolo, chiama subito il numero di emergenza 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Scegli un esercizio di respirazione</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (consigliato)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Meno esercizi</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Altri esercizi</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Mostra o nasconde gli altri esercizi di respirazione.</translation>
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
        <translation>Per quanto tempo respirare.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Crea il mio ritmo</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Scegli tu i secondi per inspirare, trattenere ed espirare.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Inizia a respirare</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Avvia l&apos;esercizio scelto per il tempo scelto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln ciclo</numerusform>
            <numerusform>%Ln cicli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Sei tu? Così Pauzeknop ti mostra l&apos;aiuto giusto.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Sono</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Dove vivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>un genitore</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>un nonno o una nonna</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>un&apos;educatrice o un educatore</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>un&apos;altra persona che si occupa di un bambino</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>I consigli e la scheda di sicurezza sono pensati per te.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop mostra le linee di aiuto di questa regione.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Scegli la lingua di Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Sì, è così</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Conserva queste risposte. Puoi cambiarle più tardi nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Mette via questa scheda. Pauzeknop tiene la sua ipotesi; puoi cambiarla nelle Impostazioni.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Pausa ora: apri la schermata della pausa calma di Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Questo computer non può fare chiamate. Componi %1 su un telefono.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Anche: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Aperto ora: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Non è stato possibile verificare di recente queste informazioni. Controlla il sito web prima di fidarti.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Fonte verificata il %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Chiama %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Apre il telefono o l&apos;app per le chiamate per chiamare %1 al %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copia numero</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Copia il numero di %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Copia %1 negli appunti.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Apre %1 nel browser.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>Codice QR per chiamare %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Inquadralo con la fotocamera del telefono per chiamare %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aperto ora</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Aperto ora, fino alle %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Aperto ora, fino a %1 alle %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Chiuso ora, apre alle %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Chiuso ora, apre domani alle %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Chiuso ora, apre %1 alle %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Orari non noti</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Questo computer non può fare chiamate. Componi %1 su un telefono, oppure inquadra il codice QR.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Numero copiato.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>La tua persona di riferimento qui.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>La tua persona di riferimento presso %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Orari: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Chi può aiutare</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Fiandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Vallonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunità germanofona</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Quando diventa troppo, premi pausa.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Apre una pausa calma: metti il bambino al sicuro, poi respira con un timer.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Premi Spazio o Invio per iniziare una pausa.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Scegli la lingua di Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consigli</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Brevi consigli per i momenti difficili, con la loro fonte.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Chi può aiutare</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Le linee di aiuto aperte ora e le tue persone da chiamare.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Guarda le tue pause: quando, come ti sentivi dopo, cosa ti ha aiutato.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Apre subito un esercizio di respirazione.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Lingua, suono, dimensione del testo e altro.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Le mie pause</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pause per settimana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Ora del giorno</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Come ti sentivi dopo una pausa</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Gli esercizi che hai usato di più</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>I consigli che ti hanno aiutato</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Ancora nessuna pausa, e va bene così. Ogni volta che fai una pausa, qui vedrai quando l&apos;hai fatta e cosa ti ha aiutato. Ogni pausa conta.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Sto meglio</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Ancora in tensione</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Serviva aiuto</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Ancora nessun esercizio di respirazione completato.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Ancora nessun consiglio segnato come utile.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>settimana del %1: %Ln pausa</numerusform>
            <numerusform>settimana del %1: %Ln pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln pausa</numerusform>
            <numerusform>%1:00: %Ln pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln volta)</numerusform>
            <numerusform>%1 (%Ln volte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Premi ora i nuovi tasti (Esc annulla)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Esc annulla)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Premi ora i nuovi tasti, per esempio Ctrl, Alt e una lettera insieme. Esc annulla.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Scegli un tasto</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Premi Spazio per scegliere un altro tasto, poi premi i nuovi tasti.</translation>
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
        <translation>Numero di emergenza: polizia, ambulanza, vigili del fuoco.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Chiama il 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Qualcuno può aiutarti.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Le mie persone e tutte le linee di aiuto</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Termina la pausa e apre Chi può aiutare: le tue persone da chiamare, e ogni linea con chiamata, copia e codice QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Torno dal bambino</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina la pausa e torna alla schermata iniziale.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Il mio ritmo, in secondi</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Secondi, da 0 a 12, a passi di mezzo secondo.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Salva e respira</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Conserva questo ritmo e inizia a respirare con esso.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Torna all&apos;elenco degli esercizi.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Ora sto bene</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Termina la pausa in qualsiasi momento. Esc fa lo stesso.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Quando è spento, non viene annotato niente di nuovo. Quello che c&apos;è già resta finché non lo cancelli.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Le note più vecchie vengono cancellate ogni volta che Pauzeknop si avvia.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Salva un riepilogo…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Salva un riepilogo</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Salva i conteggi per settimana in un file che scegli tu: un foglio di calcolo (CSV) o JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>La tua privacy</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Cosa viene annotato, dove, e cosa non lo è mai.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Cancella tutto</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Cancella da questo computer ogni nota sulle tue pause. Prima ti viene chiesto.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Foglio di calcolo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Cancellare tutto?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Ogni nota sulle tue pause viene cancellata da questo computer. Non si può annullare. La pausa funziona come sempre.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Tieni le mie pause</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>È stato cancellato tutto.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Non è stato possibile cancellare nulla: questa cronologia è di sola lettura.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>La tua privacy</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>la cartella dell&apos;app</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Cosa viene annotato</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Dove viene conservato</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Cosa non viene mai annotato</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Per quanto tempo viene conservato</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Chi può vederlo</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Cosa non è Pauzeknop</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Solo cosa è successo, mai chi sei: che è iniziata una pausa, quale esercizio di respirazione hai fatto, come ti sentivi dopo (sto meglio, ancora in tensione, serviva aiuto) e quali consigli hanno aiutato. Ogni nota tiene solo l&apos;ora, mai i minuti.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Solo su questo computer, in un file: %1. Pauzeknop non usa mai internet, quindi niente viene mai inviato da nessuna parte.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Il tuo nome, il nome del bambino, il nome del computer, qualsiasi cosa tu scriva, le persone del tuo piano, i titoli delle finestre e i nomi dei file.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Scegli tu: 30 giorni, 90 giorni, 1 anno o per sempre. Le note più vecchie vengono cancellate ogni volta che Pauzeknop si avvia. In Le mie pause puoi smettere di tenere il registro, o cancellare tutto.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Solo le persone che usano questo computer. Se salvi un riepilogo, contiene conteggi per settimana, mai singoli momenti. Su un computer condiviso, i numeri sotto 5 sono nascosti e Le mie pause richiede il PIN dell&apos;amministratore.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop ti aiuta a prenderti un momento di calma. Non fa diagnosi e non cura nulla. Se tu o il bambino siete in pericolo, chiama il 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Questa traduzione è una bozza del team di Pauzeknop: nessuna persona di madrelingua italiana l&apos;ha ancora controllata.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Aiuto a Bruxelles</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Aiuto in Vallonia</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Aiuto nella Comunità germanofona</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Aiuto nei Paesi Bassi</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Aiuto nelle Fiandre</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Cambia dove vivo</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Mostra le linee di un&apos;altra regione. Pauzeknop la usa ovunque.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Cancellare le pause più vecchie?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Cancellale</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Tieni le mie pause</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Tenere il registro per %1 cancella subito da questo computer le pause più vecchie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Verrebbe cancellata %Ln pausa. Non si può annullare.</numerusform>
            <numerusform>Verrebbero cancellate %Ln pause. Non si può annullare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Prima assicurati che il bambino sia al sicuro.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Chiedi a un collega di darti il cambio, oppure prima metti al sicuro il gruppo.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Metti il bambino a pancia in su nel lettino o in un altro posto sicuro. Va bene allontanarsi per qualche minuto.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Non scuotere mai un bambino. Mettilo giù al sicuro e allontanati.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Il bambino è al sicuro. Respiriamo</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Avvia l&apos;esercizio di respirazione.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Torna alla schermata iniziale. Esc fa lo stesso.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Bloccato. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Come il computer</translation>
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
        <translation>Per l&apos;amministratore</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>La lingua di Pauzeknop. Cambia subito.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Chi sono</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>La pausa e i consigli sono pensati per te.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Nonno o nonna</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Educatrice o educatore</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Un&apos;altra persona</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Dove vivo</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Quali linee di aiuto vengono mostrate.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Fiandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Vallonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunità germanofona</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>La pausa</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Prima chiedi: il bambino è al sicuro?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Prima di respirare, una scheda ti chiede di mettere il bambino in un posto sicuro.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Esercizio di respirazione</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>L&apos;esercizio con cui inizia una pausa.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Per quanto tempo respirare</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Puoi sempre smettere prima.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Suoni dolci</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Un suono dolce quando è il momento di inspirare o di espirare.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Tenuto basso, così un bambino che dorme continua a dormire.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Voce guida</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Una voce calma dice «inspira» ed «espira».</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Meno movimento</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Una barra che si riempie invece di un cerchio che cresce.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Bianco e nero, con bordi netti.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Testo più grande ovunque.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Avvia con il computer</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop aspetta tranquillo nell&apos;area di notifica, a un clic di distanza.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Tieni un registro delle mie pause</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Solo quando e quanto a lungo, mai chi. Resta su questo computer.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Tieni il registro per</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Le pause più vecchie si cancellano da sole.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Un anno</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Finché non lo cancello</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Scorciatoia da tastiera</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Questo è un computer condiviso. Qui non vengono conservati contatti personali, e il registro delle pause è solo per l&apos;amministratore.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Configurato da %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>La voce guida non è disponibile in questa lingua. I suoni dolci funzionano lo stesso.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Alcune righe del file di impostazioni dell&apos;organizzazione sono state ignorate:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Il computer tiene questo tasto per sé. Scegline un altro.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Scegli una lettera, una cifra o un tasto F insieme a Ctrl, Alt o al tasto Windows, così il tasto non dà mai fastidio mentre scrivi.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Pausa da ovunque</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Un tasto apre la pausa, anche quando Pauzeknop è nell&apos;area di notifica o dietro altre finestre.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Tasto per la pausa</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Chiedi di nuovo al desktop</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Bloccato. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Spento. Il pulsante Pausa e l&apos;area di notifica aprono comunque la pausa.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Sto chiedendo al desktop di impostare %1. Potrebbe mostrare una finestra di conferma.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Impostazione di %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Acceso: il desktop apre la pausa quando premi %1, mentre Pauzeknop è in funzione.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Acceso: premi %1 ovunque per aprire la pausa, mentre Pauzeknop è in funzione.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Attiva «Avvia con il computer» per avere il tasto sempre pronto.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Questo tasto è già usato da un altro programma; scegline un altro.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Il desktop non ha impostato il tasto. Va bene lo stesso: il pulsante Pausa e l&apos;area di notifica aprono comunque la pausa. Puoi chiedere di nuovo, oppure aggiungere un tasto nelle impostazioni della tastiera del desktop con il comando %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Questa tastiera non ha questo tasto; scegline un altro.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Questo desktop non permette a Pauzeknop di impostare un tasto da solo. Aggiungine uno in Impostazioni &gt; Tastiera &gt; Visualizza e personalizza scorciatoie &gt; Scorciatoie personalizzate, con il comando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Questo desktop non permette a Pauzeknop di impostare un tasto da solo. Aggiungine uno in Impostazioni di sistema &gt; Scorciatoie &gt; Aggiungi nuova &gt; Comando o script, con il comando %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Questo desktop non permette a Pauzeknop di impostare un tasto da solo. Aggiungi una scorciatoia nelle impostazioni della tastiera del desktop, con il comando %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un consiglio: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Va bene così. Prenditi ancora un po&apos; di tempo.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Un altro ciclo</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Ripete ancora una volta lo stesso esercizio.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Un altro esercizio</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Ti fa scegliere un altro esercizio di respirazione.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Mi allontano qualche minuto</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Un timer di 2, 5 o 10 minuti che ti ricorda di andare a guardare il bambino.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Mi ha aiutato</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Dice a Pauzeknop, in modo anonimo, che questo consiglio ti ha aiutato.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Salvato</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Salva</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Salvato nei miei consigli</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Salva nei miei consigli</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Questo consiglio è nel tuo elenco. Premi per toglierlo.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Tiene questo consiglio nel tuo elenco, solo su questo computer.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Consigli per i genitori</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Consigli per i nonni</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Consigli per educatrici ed educatori</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Consigli per chi si occupa di un bambino</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Mostra i consigli per questo momento.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Qui non ci sono ancora consigli.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>I consigli che salvi con ☆ compaiono qui.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consigli</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Mostra tutti i consigli</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Mostra anche i consigli scritti per genitori, nonni ed educatori.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ I miei consigli</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>I miei consigli</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>I consigli che hai salvato.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Pausa ora</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Chi può aiutare</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Apri Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: clicca per una pausa</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop è ancora qui</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Quando ti serve una pausa, clicca questa icona. «Esci» è nel suo menu.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Il registro delle tue pause è spento. Non viene annotato niente di nuovo.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Non è stato possibile leggere la cronologia delle pause, quindi ne è stata iniziata una nuova. Il vecchio file è stato conservato come %1. La pausa funziona come sempre.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>In questo momento le tue pause non si possono salvare in questa cartella. Vengono ricordate finché Pauzeknop non si chiude. La pausa funziona come sempre.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>La cronologia delle pause è stata salvata da una versione più recente di Pauzeknop. Puoi guardarla, ma non viene aggiunto nulla finché non aggiorni. La pausa funziona come sempre.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Prenditi qualche minuto per te.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Assicurati che il bambino sia al sicuro, poi esci dalla stanza. Ti diremo noi quando è ora di andare a guardare.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Avvia un conto alla rovescia tranquillo. Ti diremo noi quando andare a guardare.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Respira, bevi un po&apos; d&apos;acqua. Alla fine, guarda il bambino.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Eccomi</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Ferma subito il conto alla rovescia.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Ora vai a guardare il bambino.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termina la pausa e torna alla schermata iniziale.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Manca %Ln minuto</numerusform>
            <numerusform>Mancano %Ln minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minuti</numerusform>
        </translation>
    </message>
</context>
</TS>
