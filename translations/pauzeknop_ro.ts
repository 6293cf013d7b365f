<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Ritmul meu %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Ritmul tău: inspiri, ții aerul, expiri, ții aerul.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Oprește-te dacă amețești sau nu te simți bine.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: un buton de pauză pentru cei care au grijă de copii mici.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Deschide direct ecranul de pauză.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Păstrează jurnalul de utilizare și setările în &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Folosește limba &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Pornește ascuns în zona de notificare, gata pentru o pauză.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Citește un PIN de administrator de la intrarea standard și afișează linia pentru configurația administrată (pentru administratori).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Deschide „Cine poate ajuta”: linii de ajutor și persoanele tale pe care le poți suna.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Scrie numărătorile săptămânale din jurnalul de utilizare în &lt;file&gt; (CSV sau JSON pentru .json) și iese.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Deschide direct respirația, cu exercițiul [PATTERN], dacă este dat: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Cu --breathe: exercițiul cu care respiri.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Rulează pauzeknop --help ca să vezi ce înțelege.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Exercițiu de respirație necunoscut: %1. Alege unul dintre: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Limbă necunoscută: %1. Alege una dintre: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument neașteptat: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Sfatul echipei Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandeză</translation>
    </message>
    <message>
        <source>French</source>
        <translation>franceză</translation>
    </message>
    <message>
        <source>German</source>
        <translation>germană</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engleză</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Răspunde în %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, în %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Respirația calmă</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Inspiră 4 secunde și expiră 6, încet și blând.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Fără să-ți ții respirația. Respiră ușor, nu adânc.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Oftatul fiziologic</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Inspiră, mai trage o gură mică de aer deasupra, apoi dă tot aerul afară încet.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Oprește-te dacă amețești.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Respirația de rezonanță</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Inspiră 5,5 secunde, expiră 5,5: cam șase respirații pe minut. Cel mai bine cinci minute sau mai mult.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Respiră ușor, nu adânc.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Respirația în pătrat</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Inspiră 4 secunde, ține aerul 4, expiră 4, ține 4, ca laturile unui pătrat.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Mai întâi așază-te și nu-ți ține niciodată respirația când ții copilul în brațe. Ești însărcinată sau ai o boală de inimă sau de plămâni? Alege în schimb Respirația calmă.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Respirația în pătrat, scurtă</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Un pătrat mai ușor: inspiră 3 secunde, ține aerul 3, expiră 3, ține 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Mai întâi așază-te și nu-ți ține niciodată respirația când ții copilul în brațe. Ești însărcinată sau ai o boală de inimă sau de plămâni? Alege în schimb Respirația calmă.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Respirația 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Inspiră 4 secunde, ține aerul 7, expiră 8. Cel mult patru runde.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Mai întâi așază-te și nu-ți ține niciodată respirația când ții copilul în brațe. Ești însărcinată sau ai o boală de inimă sau de plămâni? Alege Respirația calmă. Poate provoca amețeală; nu a fost testată în studii.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Numără până la zece</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Numără încet de la 1 la 10 în timp ce expiri, înainte să faci orice altceva.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Scurt intenționat: între zece și treizeci de secunde. Apoi, dacă ai nevoie de mai mult, pune copilul într-un loc sigur.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Pericol imediat, o rănire sau un copil rănit ori foarte bolnav. Poliția: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Medicul de gardă când medicul tău de familie nu lucrează: în weekend și de sărbătorile legale, iar în majoritatea regiunilor și seara și noaptea în zilele lucrătoare. De pe un telefon cu cartelă SIM străină: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733 (medicul de gardă)</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Medicul de gardă în weekend (de vineri de la 19:00 până luni la 08:00) și de sărbătorile legale. Seara și noaptea în zilele lucrătoare, 1733 nu este numărul potrivit aici: întreabă la cabinetul medicului tău de familie cine este de gardă. De pe un telefon cu cartelă SIM străină: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733 (medicul de gardă în weekend)</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Violență, abuz și abuz asupra copiilor: pentru oricine este îngrijorat și pentru persoanele care uneori folosesc ele însele violența. Nu trebuie să spui cine ești. Nu este o linie de urgență.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Pentru profesioniștii îngrijorați pentru un copil: Vertrouwenscentrum Kindermishandeling din provincia ta sau din Bruxelles oferă sfaturi și ajutor. Gratuit.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>Vertrouwenscentrum Kindermishandeling din provincia ta</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>O linie anonimă de sprijin emoțional pentru oricine are nevoie să vorbească.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Pentru oricine are gânduri de sinucidere și pentru cei care se îngrijorează pentru cineva. Zi și noapte.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Întrebări despre bebeluși, copii mici și îngrijirea copiilor.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>O linie anonimă de sprijin emoțional pentru oricine are nevoie să vorbească, zi și noapte.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>O linie de criză pentru oricine are gânduri de sinucidere și pentru cei care se îngrijorează pentru cineva. Zi și noapte.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Violența între parteneri: pentru victime, pentru cei care folosesc violența, pentru copii și martori. În afara programului, apelurile ajung la Télé-Accueil (107). Nu este o linie de urgență.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Echipe care ajută când un copil ar putea fi rănit, inclusiv părinții care se tem că și-ar putea răni copilul. Fiecare zonă are echipa ei: o găsești pe site-ul ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>echipa SOS Enfants din zona ta</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Pentru copii și tineri și pentru adulții îngrijorați pentru un copil. Gratuit și anonim.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>O linie anonimă de sprijin emoțional pentru oricine are griji sau trece printr-o criză, zi și noapte.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Pericol imediat, o rănire sau un copil rănit ori foarte bolnav.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Pentru oricine are gânduri de sinucidere și pentru cei care se îngrijorează pentru cineva. Gratuit și anonim, zi și noapte.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>O linie de sprijin emoțional pentru oricine are nevoie să vorbească, zi și noapte.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Violență domestică și abuz asupra copiilor: sfaturi pentru victime, martori și persoane care folosesc ele însele violența. Nu trebuie să-ți spui numele.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Medicul de familie de gardă pentru seri, nopți, weekenduri și sărbători legale. Fiecare regiune are numărul ei: îl afli din mesajul telefonic sau de pe site-ul medicului tău de familie. Nu există un număr național.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>huisartsenpost din regiunea ta</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Pune copilul într-un loc sigur: pe spate, într-un pătuț gol sau într-un țarc. Apoi ieși din cameră.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>O ușă închisă pentru câteva minute e în regulă. Întoarce-te și uită-te la copil la fiecare 5–10 minute.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Simți impulsul să scuturi, să apuci brusc sau să lovești? Acesta e semnalul tău: lasă copilul jos și ieși.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Nu scutura, nu arunca și nu lovi niciodată un copil, nici măcar o dată. Scuturarea unui bebeluș poate provoca leziuni ale creierului sau moartea.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Respiră încet timp de un minut: inspiră pe nas, apoi expiră încet.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Numără încet până la zece înainte să faci orice altceva.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Du-te în altă cameră. Bea puțină apă sau un ceai ori dă-ți cu apă rece pe față.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Spune cu voce tare: „Am ajuns la limită. Îmi iau cinci minute.”</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Sună pe cineva: partenerul, un vecin, un prieten sau linia de sprijin {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Sună pe cineva: partenerul, un vecin sau un prieten.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>A cere ajutor înseamnă putere, nu slăbiciune.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Crezi că copilul tău e rănit sau bolnav? Sună la 112. Nu e o urgență, dar nu poate aștepta? Sună la {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Crezi că copilul tău e rănit sau bolnav? Sună la 112. Nu e o urgență, dar nu poate aștepta? Sună la un medic.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Plânsul crește de pe la 2 săptămâni și atinge vârful pe la 6–8 săptămâni. Apoi scade.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Mult plâns e normal la un bebeluș mic. Nu e vina ta.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Verifică o singură dată lucrurile de bază: foame, scutec, prea cald sau prea frig, oboseală. Apoi nu mai căuta o cauză.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Încearcă un singur lucru liniștitor pe rând: fredonat sau cântat, piele pe piele, o plimbare cu căruciorul, o baie caldă.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Unele plânsete nu pot fi oprite. Plânsul în sine nu-i face rău bebelușului și se va opri.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Plâns care sună neobișnuit, febră sau bebelușul nu mănâncă: mergi la medic.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Culcă bebelușul și ține-i o mână pe burtică sau așteaptă până doarme adânc.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Nu mai poți de oboseală? Pune bebelușul în pătuțul lui înainte să te odihnești.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Nu ațipi niciodată cu un bebeluș pe canapea sau în fotoliu.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Roagă-ți partenerul, un bunic sau o bunică să preia o vreme.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Crizele de furie sunt o etapă normală. Cele mai multe trec în mai puțin de 15 minute.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Ține copilul în siguranță, stai aproape și lasă criza să treacă, fără să te cerți.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Numește emoția și limita în câteva cuvinte: „Te-ai înfuriat. Lovitul doare, așa că te opresc.”</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Nu-ți mai poți păstra calmul? Dacă copilul e în siguranță, ieși un minut sau două.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Caută ce se ascunde dedesubt: foame, oboseală, prea multe deodată.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>După aceea, refă legătura cu copilul și laudă-l data viitoare când lucrurile merg bine.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Oprește-te când copilul arată că s-a săturat. Nu-l forța niciodată să mănânce.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>O masă refuzată nu e un eșec. Va mai fi una.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Mesele se termină mereu cu lacrimi? Cere sfatul medicului de familie sau sună la {line:parenting}.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Mesele se termină mereu cu lacrimi? Cere sfatul medicului de familie sau al centrului de consultații pentru copii.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Stabilește cu colegii un semn care înseamnă: preia tu, am nevoie de două minute.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Nu lăsa niciodată grupa nesupravegheată. Roagă mai întâi un coleg să preia.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Nu mai e nimeni cu tine la grupă? Mai întâi pune-i pe toți în siguranță: bebelușii în pătuțuri, cei mici așezați cu ceva liniștit.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Când toți sunt în siguranță, sună-ți șeful sau persoana care te poate înlocui.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Bebelușii se molipsesc unul de la altul cu plânsul. Așa e în grupă, nu din cauza ta.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>După un moment greu, vorbește despre el cu un coleg sau cu șeful.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Te îngrijorează felul în care tu sau un coleg vă purtați cu un copil? Spune-i șefului și urmează procedura organizației tale. Poți cere sfat și de la {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Te îngrijorează felul în care tu sau un coleg vă purtați cu un copil? Spune-i șefului și urmează procedura organizației tale.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Cere ajutor concret: o masă sau cincisprezece minute în care altcineva stă cu copilul.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Fă-ți din timp un plan pentru plâns: trei lucruri care te calmează, pe cine suni, unde stă bebelușul.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Spune-le tuturor celor care au grijă de bebeluș regula „nu scutura niciodată” și planul tău.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Lacrimile și starea apăsătoare în primele două săptămâni după naștere sunt frecvente. Durează mai mult sau ai gânduri să-ți faci rău ție sau bebelușului? Mergi chiar azi la medicul de familie sau sună, zi și noapte, la {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Lacrimile și starea apăsătoare în primele două săptămâni după naștere sunt frecvente. Durează mai mult sau ai gânduri să-ți faci rău ție sau bebelușului? Mergi chiar azi la medicul de familie. E pericol chiar acum? Sună la 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Sfaturile pentru un somn în siguranță s-au schimbat: pe spate, într-un pătuț gol. Urmează obiceiurile părinților.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Ca bunic sau bunică, și tu te poți îndepărta puțin. Să pui bebelușul jos în siguranță e întotdeauna permis.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Ai scuturat sau ai lovit bebelușul ori pare acum să nu se simtă bine (somnoros, moale, vomită, nu mănâncă, are convulsii)? Sună acum la 112 și spune ce s-a întâmplat.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Ai țipat sau ai apucat copilul brusc? Nu e niciodată prea târziu să vorbiți despre asta și să vă împăcați.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Te temi că ai putea să-ți rănești copilul? Spune-i medicului de familie: te poate ajuta să găsești sprijin. A cere ajutor înseamnă putere.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112, numărul de urgență</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712, linia de ajutor pentru violență și abuz</translation>
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
        <translation>linia Écoute Violences Conjugales (0800 30 030)</translation>
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
        <translation>112, numărul de urgență</translation>
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
        <translation>Te temi că ai putea să-ți rănești copilul? Sună la {line:abuse-advice}: îi ajută și pe cei care se tem de asta.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Planul meu pentru plâns</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Plânsul e normal și trece. Când devine prea greu, urmează acești pași.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Culcă bebelușul pe spate, în pătuțul lui gol sau în țarc. Apoi ieși din cameră.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Expiră încet. Numără până la zece. Bea un pahar cu apă.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Întoarce-te și uită-te la copil la fiecare 5–10 minute.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Sună una dintre persoanele de mai jos. A cere ajutor înseamnă putere.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Nu scutura niciodată un bebeluș, nici măcar o clipă. Scuturarea poate provoca leziuni ale creierului sau moartea.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Copilul e rănit sau bolnav? Sună imediat la 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Persoanele mele</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Linii de ajutor</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Împărtășește acest plan cu toți cei care au grijă de bebeluș.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspiră</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Oprire după inspirație</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiră</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Oprire după expirație</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Poți păstra cel mult șase ritmuri. Mai întâi șterge unul.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: scrie un număr de secunde, de exemplu 4 sau 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 nu poate fi mai puțin de 0 secunde.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 poate fi cel mult 12 secunde.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: folosește secunde întregi sau jumătăți, de exemplu 4 sau 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 are nevoie de cel puțin 1 secundă.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Scrie PIN-ul de administrator și apasă Enter: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Pune această linie în secțiunea [organisation] din pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>PIN-ul trebuie să aibă cel puțin %n caracter; nu s-a creat nimic.
</numerusform>
            <numerusform>PIN-ul trebuie să aibă cel puțin %n caractere; nu s-a creat nimic.
</numerusform>
            <numerusform>PIN-ul trebuie să aibă cel puțin %n de caractere; nu s-a creat nimic.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Linia %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Configurația administrată</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>contează PIN-ul de administrator de pe linia %1.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>nu este setat niciun PIN de administrator.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Configurația administrată nu poate fi citită; Pauzeknop folosește setările proprii.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Configurația administrată are peste 1 MB și nu este folosită; Pauzeknop folosește setările proprii.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Configurația administrată poate fi modificată și de alte conturi decât administratorul (root), așa că nu este folosită.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1: nu este o setare (cheie=valoare) și este ignorată.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1: are mai mult de %2 de caractere și este ignorată.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: secțiunea [%2] este necunoscută; liniile ei sunt ignorate.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: „%2” stă înaintea oricărei [secțiuni] și este ignorat.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: cheia „%2” este necunoscută și este ignorată.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: „%2” așteaptă %3; linia este ignorată.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: „%2” a fost deja setat pe linia %3; contează linia %4.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin nu este un hash făcut cu pauzeknop --hash-pin și este ignorat; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: acest adminPin a fost făcut cu mai puțin de %2 de runde și e prea ușor de ghicit; fă unul nou cu pauzeknop --hash-pin. Este ignorat; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true sau false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Încă %n problemă din acest fișier nu este listată.</numerusform>
            <numerusform>Încă %n probleme din acest fișier nu sunt listate.</numerusform>
            <numerusform>Încă %n de probleme din acest fișier nu sunt listate.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1: numește o secțiune necunoscută; liniile ei sunt ignorate.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1: stă înaintea oricărei [secțiuni] și este ignorată.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1: are o cheie pe care Pauzeknop nu o cunoaște și este ignorată.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>„%1” lipsește sau este gol</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„%1” are mai mult de %n caracter</numerusform>
            <numerusform>„%1” are mai mult de %n caractere</numerusform>
            <numerusform>„%1” are mai mult de %n de caractere</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>„%1” trebuie să fie un singur text în engleză: traducerile trec prin fișierele .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>„%1” are mai mult de %n limbă</numerusform>
            <numerusform>„%1” are mai mult de %n limbi</numerusform>
            <numerusform>„%1” are mai mult de %n de limbi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>„%1” din „%2” trebuie să fie un text de cel mult %n caracter, sub un cod de limbă precum „nl”</numerusform>
            <numerusform>„%1” din „%2” trebuie să fie un text de cel mult %n caractere, sub un cod de limbă precum „nl”</numerusform>
            <numerusform>„%1” din „%2” trebuie să fie un text de cel mult %n de caractere, sub un cod de limbă precum „nl”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>„%1” trebuie să fie o listă cu %n element</numerusform>
            <numerusform>„%1” trebuie să fie o listă cu 1 până la %n elemente</numerusform>
            <numerusform>„%1” trebuie să fie o listă cu 1 până la %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>„%1” conține „%2”: folosește litere mici, cifre și &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>„%1” trebuie să fie o listă cu valori dintre: %2 (găsit: „%3”)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>„%1” trebuie să fie o adresă web (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: cheia necunoscută „%3” a fost ignorată.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>sfatul %1 („%2”)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>sfatul %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; acest sfat este sărit.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„id” trebuie să conțină doar litere mici, cifre, &apos;.&apos;, &apos;_&apos; sau &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>„situation” trebuie să fie una dintre: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>„text” numește o linie cu {line:...}, deci „text_without_line” trebuie să spună același lucru pentru o regiune fără acea linie</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>„text_without_line” nu trebuie să numească o linie</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>textul „%1” trebuie să numească aceleași linii ca celelalte</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>„source” lipsește: fiecare sfat spune de unde provine</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„source” are mai mult de %n caracter</numerusform>
            <numerusform>„source” are mai mult de %n caractere</numerusform>
            <numerusform>„source” are mai mult de %n de caractere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>„channels” trebuie să fie o listă cu cel mult %n mod de contact</numerusform>
            <numerusform>„channels” trebuie să fie o listă cu cel mult %n moduri de contact</numerusform>
            <numerusform>„channels” trebuie să fie o listă cu cel mult %n de moduri de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>canalul %1: „kind” trebuie să fie phone, chat, sms, mail sau web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>canalul %1: „%2” nu este o valoare validă pentru %3</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>canalul %1: „hours” are mai mult de %n caracter</numerusform>
            <numerusform>canalul %1: „hours” are mai mult de %n caractere</numerusform>
            <numerusform>canalul %1: „hours” are mai mult de %n de caractere</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>canalul %1: orele „%2” nu sunt înțelese (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>linia de ajutor %1 („%2”)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>linia de ajutor %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; acest contact este sărit.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>„name” lipsește</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>„name” are mai mult de %n caracter</numerusform>
            <numerusform>„name” are mai mult de %n caractere</numerusform>
            <numerusform>„name” are mai mult de %n de caractere</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>„cost” trebuie să fie „free” sau „zonal”</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>„emergency” este rezervat pentru 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>„verified” are nevoie de „verified_on”, o dată precum 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>„channels” trebuie să conțină cel puțin un mod de contact</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>exercițiul %1 („%2”)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; acest exercițiu nu păstrează niciun text.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>Sunt necesare „id” și „source”</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: nu poate fi citit (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: are peste 1 MB, nu a fost citit.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: JSON nevalid la caracterul %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: se aștepta un obiect cu „tips” și „helplines”.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: cheia necunoscută „%2” a fost ignorată.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: „version” ar trebui să fie 1; este citit ca versiunea 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: „%2” trebuie să fie o listă.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: „%2” are %n intrare; se citesc doar primele %3.</numerusform>
            <numerusform>%1: „%2” are %n intrări; se citesc doar primele %3.</numerusform>
            <numerusform>%1: „%2” are %n de intrări; se citesc doar primele %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, sfatul „%2”: acest id este deja folosit; sfatul este sărit.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, linia de ajutor „%2”: acest id este deja folosit; contactul este sărit.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... și încă %n problemă, neafișată.</numerusform>
            <numerusform>... și încă %n probleme, neafișate.</numerusform>
            <numerusform>... și încă %n de probleme, neafișate.</numerusform>
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
        <translation>Nu s-a putut scrie %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 este o legătură făcută de alt cont de pe acest computer, așa că nu s-a scris nimic acolo. Te rugăm să alegi alt loc.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>acesta nu este un fișier care poate fi înlocuit.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>prea multe legături.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>fișierul nu a fost deschis.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Fișierul tău de setări era mult prea mare pentru a fi citit, așa că Pauzeknop a pornit cu setări noi. Fișierul vechi a fost păstrat ca %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Fișierul tău de setări este mult prea mare pentru a fi citit. Deocamdată Pauzeknop folosește setările obișnuite.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Asta nu a putut fi salvat pe acest computer (discul poate fi plin sau doar pentru citire). Rămâne valabil până se închide Pauzeknop.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true sau false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>una dintre: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un număr întreg de la %1 la %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>o tastă precum Ctrl+Alt+P (cu Ctrl, Alt sau Super) sau off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Acesta este un computer comun: aici nu se păstrează contacte personale.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Setat de organizația ta pentru toți cei care folosesc acest computer.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Setat de %1 pentru toți cei care folosesc acest computer.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>cel mult %n caracter</numerusform>
            <numerusform>cel mult %n caractere</numerusform>
            <numerusform>cel mult %n de caractere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Chiar acum</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Un bebeluș care plânge</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Nu vrea să doarmă</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>O criză de furie</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Hrănire și mese</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Agitație în grupa de la creșă</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Fără puteri</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>După aceea</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Jurnalul de utilizare nu a putut fi deschis: exportul este gol.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Numărătorile săptămânale au fost scrise în %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrator</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Deblochează</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>Cu PIN-ul administratorului se vede evidența pauzelor.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Verifică PIN-ul de administrator.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Pe acest computer nu este setat niciun PIN de administrator.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Deblocat până se închide Pauzeknop.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Se verifică PIN-ul...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>PIN-ul nu este corect. Așteaptă %1 s, apoi încearcă din nou.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN-ul nu este corect. Te rugăm să încerci din nou.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Ce faci acum: inspiri, ții aerul sau expiri.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiră</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Încă puțin</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Ține aerul</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiră</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Numără încet</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Foarte bine. Exercițiul de respirație s-a terminat.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Foarte bine</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Mai sunt %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Secundele acestui pas</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Cercul de respirație</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Crește când inspiri, se micșorează când expiri.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Bara de respirație</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Se umple când inspiri, se golește când expiri.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Încă o rundă</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Face această respirație puțin mai lungă.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Am terminat de respirat</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Oprește cronometrul și te întreabă cum te simți.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>A mai rămas %Ln minut</numerusform>
            <numerusform>Au mai rămas %Ln minute</numerusform>
            <numerusform>Au mai rămas %Ln de minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un sfat: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Foarte bine.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Ți-ai luat o pauză. A fost bine pentru tine și pentru copilul tău.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Respiră din nou</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Pornește încă o rundă de respirație.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Încheie pauza și revine la ecranul de start.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Cum te simți acum?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>M-am calmat</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Îți arată o vorbă caldă, un sfat și drumul înapoi.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Încă simt tensiune</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Îți oferă încă o rundă, alt exercițiu sau câteva minute departe.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Am nevoie de ajutor</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Îți arată pe cine poți suna, întâi 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Persoanele tale</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Scrie acum pe cine poți suna când devine prea greu: partenerul, un vecin, un prieten.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Sună</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Sună: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Deschide telefonul sau aplicația de apeluri ca să suni: %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Fă-ți planul pentru plâns</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Modifică planul meu pentru plâns</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Persoanele pe care vrei să le suni, păstrate doar pe acest computer. Poți tipări planul.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Salvat ca %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>Nu s-a putut salva %1. Încearcă alt folder.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Salvează planul pentru plâns ca PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>plan-pentru-plans</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Numele persoanei %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Cineva pe care îl poți suna când devine prea greu.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Număr de telefon</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Numărul de telefon al persoanei %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Numărul de sunat.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Notă, de exemplu: locuiește alături</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Notă despre persoana %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Orice ajută, de exemplu când să suni.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Șterge persoana %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Scoate această persoană din planul tău.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Planul meu pentru plâns</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Pe cine poți suna când devine prea greu? Rămâne doar pe acest computer. Tipărește-l pentru frigider, pentru bunici și bone.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Adaugă o persoană</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Adaugă un rând gol pentru încă o persoană.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tipărește</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Tipărește planul pentru plâns</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Tipărește planul tău, cu ce ai de făcut și pe cine să suni.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvează ca PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Salvează planul tău ca fișier PDF, ca să-l tipărești sau să-l trimiți.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Pericol? Sună la 112 de pe orice telefon. Gratuit, zi și noapte.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Pericol? Sună la 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Dacă copilul tău e rănit sau în pericol, sună acum la numărul de urgență 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Alege un exercițiu de respirație</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomandat)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Mai puține exerciții</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Mai multe exerciții</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Arată sau ascunde celelalte exerciții de respirație.</translation>
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
        <translation>Cât timp să respiri.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Fă-ți propriul ritm</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Alege tu secundele pentru inspirație, oprire și expirație.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Începe respirația</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Pornește exercițiul ales pentru timpul ales.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln rundă</numerusform>
            <numerusform>%Ln runde</numerusform>
            <numerusform>%Ln de runde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minut</numerusform>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln de minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Ești tu? Atunci Pauzeknop îți arată ajutorul potrivit.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Sunt</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Locuiesc în</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>părinte</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>bunic sau bunică</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>angajat(ă) la creșă</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>altcineva care are grijă de un copil</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Sfaturile și cardul de siguranță se potrivesc cu tine.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop arată liniile de ajutor din această regiune.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Alege limba pentru Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Da, așa e</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Păstrează aceste răspunsuri. Le poți schimba mai târziu în Setări.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu acum</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Ascunde acest card. Pauzeknop își păstrează presupunerea; o poți schimba în Setări.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Pauză acum: deschide ecranul de pauză liniștită din Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Acest computer nu poate face apeluri. Formează %1 de pe un telefon.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Și: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Deschis acum: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Aceste date nu au putut fi confirmate recent. Verifică site-ul înainte să te bazezi pe ele.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Sursă verificată pe %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Sună</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Sună la %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Deschide telefonul sau aplicația de apeluri ca să suni la %1, la numărul %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiază numărul</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Copiază numărul pentru %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Pune %1 în clipboard.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Deschide %1 în browser.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>Cod QR pentru a suna la %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Scanează cu camera telefonului ca să suni la %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Deschis acum</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Deschis acum, până la %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Deschis acum, până %1 la %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Închis acum, se deschide la %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Închis acum, se deschide mâine la %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Închis acum, se deschide %1 la %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Program necunoscut</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Acest computer nu poate face apeluri. Formează %1 de pe un telefon sau scanează codul QR.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Numărul a fost copiat.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Persoana ta de contact de aici.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Persoana ta de contact de la %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Cine poate ajuta</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandra</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunitatea germanofonă</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Țările de Jos</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Când devine prea greu, apasă pe pauză.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Deschide o pauză liniștită: pune copilul în siguranță, apoi respiră cu un cronometru.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Apasă Spațiu sau Enter ca să începi o pauză.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limba:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Alege limba pentru Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Sfaturi</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Sfaturi scurte pentru momente grele, cu sursa lor.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Cine poate ajuta</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Linii de ajutor deschise acum și persoanele tale pe care le poți suna.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Pauzele mele</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Vezi-ți pauzele: când, cum te-ai simțit după, ce a ajutat.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respiră</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Deschide imediat un exercițiu de respirație.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Limbă, sunet, mărimea textului și altele.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Pauzele mele</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pauze pe săptămână</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Momentul zilei</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Cum te-ai simțit după o pauză</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Exercițiile folosite cel mai des</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Sfaturi care te-au ajutat</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Încă nicio pauză, și e în regulă. Oricând iei o pauză, vei vedea aici când ai luat-o și ce a ajutat. Fiecare pauză contează.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>M-am calmat</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Încă simt tensiune</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>A fost nevoie de ajutor</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Niciun exercițiu de respirație terminat încă.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Niciun sfat marcat încă drept util.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>săptămâna de la %1: %Ln pauză</numerusform>
            <numerusform>săptămâna de la %1: %Ln pauze</numerusform>
            <numerusform>săptămâna de la %1: %Ln de pauze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln pauză</numerusform>
            <numerusform>%1:00: %Ln pauze</numerusform>
            <numerusform>%1:00: %Ln de pauze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (o dată)</numerusform>
            <numerusform>%1 (%Ln ori)</numerusform>
            <numerusform>%1 (%Ln de ori)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Apasă acum noile taste (Escape anulează)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape anulează)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Apasă acum noile taste, de exemplu Ctrl, Alt și o literă împreună. Escape anulează.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Alege o tastă</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Apasă Spațiu ca să alegi altă tastă, apoi apasă noile taste.</translation>
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
        <translation>Numărul de urgență: poliție, ambulanță, pompieri.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Sună la 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Nu trebuie să treci prin asta fără ajutor.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Persoanele mele și toate liniile de ajutor</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Încheie pauza și deschide „Cine poate ajuta”: persoanele tale și fiecare linie, cu apel, copiere și cod QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Înapoi la copilul meu</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Încheie pauza și revine la ecranul de start.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Ritmul meu, în secunde</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Secunde, de la 0 la 12, din jumătate în jumătate.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Salvează și respiră</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Păstrează acest ritm și începe respirația cu el.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Înapoi la lista de exerciții.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Acum sunt bine</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Încheie pauza oricând. Escape face același lucru.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Când e oprit, nu se mai notează nimic nou. Ce există deja rămâne până îl ștergi.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Notițele mai vechi sunt șterse de fiecare dată când pornește Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Salvează un rezumat…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Salvează un rezumat</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Salvează numărătorile pe săptămâni într-un fișier ales de tine: un tabel (CSV) sau JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Despre confidențialitatea ta</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Ce se notează, unde și ce nu se notează niciodată.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Șterge tot</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Șterge de pe acest computer toate notițele despre pauzele tale. Mai întâi primești o întrebare.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tabel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvat: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Ștergi tot?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Toate notițele despre pauzele tale de pe acest computer vor fi șterse. Nu se poate anula. Pauza funcționează în continuare ca întotdeauna.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Păstrează pauzele mele</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Totul a fost șters.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Nu s-a putut șterge nimic: acest istoric este doar pentru citire.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Confidențialitatea ta</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>folderul propriu al aplicației</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Ce se notează</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Unde se păstrează</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Ce nu se notează niciodată</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Cât timp se păstrează</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Cine poate vedea</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Ce nu este Pauzeknop</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Doar ce s-a întâmplat, niciodată cine ești: că a început o pauză, ce exercițiu de respirație ai făcut, cum te-ai simțit după (m-am calmat, încă simt tensiune, a fost nevoie de ajutor) și ce sfaturi au ajutat. Fiecare notiță păstrează doar ora, niciodată minutul.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Doar pe acest computer, într-un singur fișier: %1. Pauzeknop nu folosește niciodată internetul, deci nimic nu este trimis nicăieri.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Numele tău, numele copilului tău, numele computerului, orice scrii, persoanele din planul tău, titlurile ferestrelor și numele fișierelor.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Tu alegi: 30 de zile, 90 de zile, 1 an sau pentru totdeauna. Notițele mai vechi sunt șterse de fiecare dată când pornește Pauzeknop. În Pauzele mele poți opri notarea sau poți șterge tot.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Doar persoanele care folosesc acest computer. Dacă salvezi un rezumat, el conține numărători pe săptămâni, niciodată momente separate. Pe un computer comun, numerele sub 5 sunt ascunse, iar Pauzele mele cer PIN-ul administratorului.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop te ajută să îți iei un moment de liniște. Nu pune diagnostice și nu tratează nimic. Dacă tu sau copilul tău sunteți în pericol, sună la 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Această traducere este o ciornă a echipei Pauzeknop: un vorbitor nativ de română nu a verificat-o încă.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Ajutor în Bruxelles</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Ajutor în Valonia</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Ajutor în Comunitatea germanofonă</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Ajutor în Țările de Jos</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Ajutor în Flandra</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Schimbă regiunea</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Arată liniile altei regiuni. Pauzeknop o folosește peste tot.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Ștergi pauzele mai vechi?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Șterge-le</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Păstrează pauzele mele</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Alegerea „%1” șterge acum de pe acest computer pauzele mai vechi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Ar fi ștearsă %Ln pauză. Nu se poate anula.</numerusform>
            <numerusform>Ar fi șterse %Ln pauze. Nu se poate anula.</numerusform>
            <numerusform>Ar fi șterse %Ln de pauze. Nu se poate anula.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Mai întâi asigură-te că copilul tău e în siguranță.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Roagă un coleg să preia sau pune mai întâi grupa în siguranță.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Culcă bebelușul pe spate în pătuț sau în alt loc sigur. E în regulă să pleci câteva minute.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Nu scutura niciodată un bebeluș. Pune bebelușul jos în siguranță și îndepărtează-te.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Copilul e în siguranță. Hai să respirăm</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Pornește exercițiul de respirație.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Înapoi la ecranul de start. Escape face același lucru.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Blocat. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Ca sistemul</translation>
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
        <translation>Pentru administrator</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Limba pentru Pauzeknop. Se schimbă imediat.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Cine sunt</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Pauza și sfaturile se potrivesc cu tine.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Părinte</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Bunic sau bunică</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Angajat(ă) la creșă</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Altcineva</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Unde locuiesc</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Ce linii de ajutor sunt afișate.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandra</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Comunitatea germanofonă</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Țările de Jos</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Mai întâi întrebarea: copilul tău e în siguranță?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Înainte de respirație, un card te roagă să pui copilul într-un loc sigur.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Exercițiul de respirație</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Exercițiul cu care începe o pauză.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Cât timp să respiri</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Poți opri oricând mai devreme.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sunet</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Sunete blânde</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Un ton blând când e timpul să inspiri sau să expiri.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Ținut jos, ca un bebeluș care doarme să nu se trezească.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Cuvinte rostite</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>O voce calmă spune „inspiră” și „expiră”.</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Vedere</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Mai puțină mișcare</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>O bară care se umple în loc de un cerc care crește.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Alb-negru, cu margini clare.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Mărimea textului</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Text mai mare peste tot.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Acest computer</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Pornește odată cu computerul</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop așteaptă liniștit în zona de notificare, la un clic distanță.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Păstrează evidența pauzelor mele</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Doar când și cât timp, niciodată cine. Rămâne pe acest computer.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Păstrează evidența timp de</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Pauzele mai vechi se șterg singure.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 de zile</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 de zile</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Un an</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Până o șterg eu</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Combinație de taste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Acesta este un computer comun. Aici nu se păstrează contacte personale, iar evidența pauzelor este doar pentru administrator.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Configurat de %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Cuvintele rostite nu sunt disponibile în această limbă. Sunetele blânde funcționează în continuare.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Unele linii din fișierul de setări al organizației au fost ignorate:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Computerul tău păstrează această tastă pentru el. Alege alta.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Alege o literă, o cifră sau o tastă F împreună cu Ctrl, Alt sau tasta Windows, ca tasta să nu te încurce niciodată când scrii.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Pauză de oriunde</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>O singură tastă deschide pauza, chiar și când Pauzeknop e în zona de notificare sau în spatele altor ferestre.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Tasta pentru pauză</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Întreabă din nou desktopul</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Blocat. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Oprit. Butonul Pauză și zona de notificare deschid în continuare pauza.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Îi cerem desktopului să configureze %1. Poate afișa o fereastră de confirmare.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Se configurează %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Pornit: desktopul deschide pauza când apeși %1, cât timp Pauzeknop rulează.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Pornit: apasă %1 oriunde ca să deschizi pauza, cât timp Pauzeknop rulează.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Activează „Pornește odată cu computerul” ca tasta să fie mereu pregătită.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Această tastă e ocupată de alt program; alege alta.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Desktopul nu a configurat tasta. Nu-i nimic: butonul Pauză și zona de notificare deschid în continuare pauza. Poți întreba din nou sau poți adăuga o tastă în setările de tastatură ale desktopului, cu comanda %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Această tastatură nu are o astfel de tastă; alege alta.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Acest desktop nu îi permite lui Pauzeknop să seteze singur o tastă. Adaug-o în Setări &gt; Tastatură &gt; Vizualizează și personalizează scurtăturile &gt; Scurtături personalizate, cu comanda %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Acest desktop nu îi permite lui Pauzeknop să seteze singur o tastă. Adaug-o în Configurări de sistem &gt; Scurtături &gt; Adaugă nouă &gt; Comandă sau script, cu comanda %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Acest desktop nu îi permite lui Pauzeknop să seteze singur o tastă. Adaugă o scurtătură în setările de tastatură ale desktopului, cu comanda %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un sfat: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>E în regulă. Mai ia-ți puțin timp.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Încă o rundă</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Repetă același exercițiu încă o dată.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Alt exercițiu</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Te lasă să alegi alt exercițiu de respirație.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Ieși câteva minute</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Un cronometru de 2, 5 sau 10 minute care îți amintește să te uiți la copil.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Sursă: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Mulțumim</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>M-a ajutat</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Îi spune lui Pauzeknop, anonim, că acest sfat te-a ajutat.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Salvat</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Salvează</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Salvat în sfaturile mele</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Salvează în sfaturile mele</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Acest sfat e în lista ta. Apasă ca să-l scoți.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Păstrează acest sfat în lista ta, doar pe acest computer.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Sfaturi pentru părinți</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Sfaturi pentru bunici</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Sfaturi pentru personalul de creșă</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Sfaturi pentru toți cei care au grijă de un copil</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Arată sfaturile pentru această situație.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Încă nu sunt sfaturi aici.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Sfaturile salvate cu ☆ apar aici.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Sfaturi</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Arată toate sfaturile</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Arată și sfaturile scrise pentru părinți, bunici și personalul de creșă.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Sfaturile mele</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Sfaturile mele</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Sfaturile pe care le-ai salvat.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Pauză acum</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respiră</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Cine poate ajuta</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Deschide Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: clic pentru o pauză</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop este încă aici</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Oricând ai nevoie de o pauză, dă clic pe pictograma de aici. „Ieșire” este în meniul ei.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Evidența pauzelor este oprită. Nu se mai notează nimic nou.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Istoricul tău de pauze nu a putut fi citit, așa că a început unul nou. Fișierul vechi a fost păstrat ca %1. Pauza funcționează ca întotdeauna.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Pauzele tale nu pot fi salvate acum în acest folder. Sunt ținute minte până se închide Pauzeknop. Pauza funcționează ca întotdeauna.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Istoricul tău de pauze a fost salvat de o versiune mai nouă de Pauzeknop. Îl poți vedea, dar nu se adaugă nimic nou până nu actualizezi. Pauza funcționează ca întotdeauna.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Ia-ți câteva minute pentru tine.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Asigură-te că copilul e în siguranță, apoi ieși din cameră. Îți spunem noi când e timpul să te duci să te uiți la el.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Pornește o numărătoare inversă liniștită. Îți spunem când să te duci să te uiți la copil.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Respiră, bea puțină apă. La sfârșit, uită-te la copil.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>M-am întors</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Oprește acum numărătoarea inversă.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Du-te acum și uită-te la copilul tău.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Încheie pauza și revine la ecranul de start.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>A mai rămas %Ln minut</numerusform>
            <numerusform>Au mai rămas %Ln minute</numerusform>
            <numerusform>Au mai rămas %Ln de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minut</numerusform>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln de minute</numerusform>
        </translation>
    </message>
</context>
</TS>
