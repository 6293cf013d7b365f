<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Qaabkayga %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Qaabkaaga gaarka ah: neef soo qaado, hay, neefta sii daa, hay.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Jooji haddii aad dawakhaad ama raaxo-darro dareento.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: badhan nasasho oo loogu talagalay dadka daryeela carruurta yaryar.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Wuxuu ku furmaa shaashadda nasashada.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Diiwaanka isticmaalka iyo dejinta wuxuu ku hayaa &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Wuxuu isticmaalaa luuqadda &lt;code&gt;: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Wuxuu si qarsoon uga bilaabmaa tray-ga, isagoo diyaar u ah nasasho.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Wuxuu PIN maamule ka akhriyaa gelinta caadiga ah (standard input), wuxuuna daabacaa sadarka habaynta la maamulo (maamulayaasha).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Wuxuu ku furmaa &quot;Yaa ku caawin kara&quot;: khadadka caawinta iyo dadkaaga aad wici karto.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Wuxuu tirinta toddobaadlaha ah ee diiwaanka isticmaalka ku qoraa &lt;file&gt; (CSV, ama JSON haddii uu yahay .json), kadibna wuu xirmaa.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Wuxuu si toos ah u furaa neefsashada, jimicsiga [PATTERN] haddii la bixiyo: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Marka --breathe la isticmaalo: jimicsiga neefsashada ee la samaynayo.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Orod pauzeknop --help si aad u aragto waxa uu fahmo.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Jimicsi neefsasho aan la aqoon: %1. Dooro mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Luuqad aan la aqoon: %1. Dooro mid ka mid ah: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Dood aan la filayn: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Talada kooxda Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Af-Holandi</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Af-Faransiis</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Af-Jarmal</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Af-Ingiriis</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Luuqadda: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1 (luuqadda: %2)</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Neefsasho deggan</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Neef soo qaado 4 ilbiriqsi, sii daa 6, si tartiib ah oo jilicsan.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Neefta ha hayn. Si jilicsan u neefso, ha u qoto dheerayn.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Taah neefeed</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Neef soo qaado, dusheeda ku dar neef yar oo labaad, kadibna dhammaan si tartiib ah u sii daa.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Jooji haddii aad dawakhdo.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Neefsasho dheellitiran</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Soo qaado 5.5 ilbiriqsi, sii daa 5.5: qiyaastii lix neef daqiiqaddii. Waxay ugu fiican tahay shan daqiiqo ama ka badan.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Si jilicsan u neefso, ha u qoto dheerayn.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Neefsasho sanduuq</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Soo qaado 4 ilbiriqsi, hay 4, sii daa 4, hay 4, sida afarta dhinac ee sanduuq.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Marka hore fadhiiso, weligaana neefta ha hayn adigoo ilmaha sita. Ma uur baad leedahay, mise xanuun wadne ama sambab? Beddelkeeda dooro Neefsasho deggan.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Neefsasho sanduuq gaaban</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Sanduuq fudud: soo qaado 3 ilbiriqsi, hay 3, sii daa 3, hay 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Marka hore fadhiiso, weligaana neefta ha hayn adigoo ilmaha sita. Ma uur baad leedahay, mise xanuun wadne ama sambab? Beddelkeeda dooro Neefsasho deggan.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Neefsashada 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Soo qaado 4 ilbiriqsi, hay 7, sii daa 8. Ugu badnaan afar wareeg.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Marka hore fadhiiso, weligaana neefta ha hayn adigoo ilmaha sita. Ma uur baad leedahay, mise xanuun wadne ama sambab? Dooro Neefsasho deggan. Waxay kugu keeni kartaa wareer; laguma tijaabin cilmi-baaris.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Tiri ilaa toban</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Si tartiib ah u tiri 1 ilaa 10 adigoo neefta sii daynaya, ka hor intaadan wax kale samayn.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Ula kac ayuu u gaaban yahay: toban ilaa soddon ilbiriqsi. Haddii aad waqti dheeri ah u baahan tahay, kadib ilmahaaga meel ammaan ah dhig.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Khatar degdeg ah, dhaawac, ama ilmo dhaawacmay ama aad u xanuunsan. Booliska: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Dhakhtarka diyaarka ah marka dhakhtarkaaga qoysku xiran yahay: dhammaadka toddobaadka iyo fasaxyada rasmiga ah, iyo habeennada maalmaha shaqada gobollada intooda badan. Taleefan leh SIM kaar shisheeye: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733, dhakhtarka diyaarka ah</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Dhakhtarka diyaarka ah dhammaadka toddobaadka (Jimcaha 19:00 ilaa Isniinta 08:00) iyo fasaxyada rasmiga ah. Habeennada maalmaha shaqada halkan 1733 looma wacdo: weydii rugta dhakhtarkaaga qoyska cidda shaqada joogta. Taleefan leh SIM kaar shisheeye: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733, dhakhtarka diyaarka ah dhammaadka toddobaadka</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Rabshad, xadgudub iyo xadgudubka carruurta: qof kasta oo walwalsan, iyo dadka mararka qaar iyagu rabshad sameeya. Uma baahnid inaad sheegto cidda aad tahay. Ma aha khad xaaladaha degdegga ah.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Xirfadlayaasha ka walwalsan ilmo: Vertrouwenscentrum Kindermishandeling ee gobolkaaga, ama kan Brussels, ayaa bixiya talo iyo caawimo. Bilaash.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>Vertrouwenscentrum Kindermishandeling ee gobolkaaga</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Khad dhegaysi oo magac la&apos;aan ah, qof kasta oo u baahan inuu qof la hadlo.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Qof kasta oo qaba fikrado is-dil, iyo dadka ka walwalsan qof kale. Habeen iyo maalin.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Su&apos;aalaha ku saabsan ilmaha yaryar, carruurta yaryar iyo xannaanada carruurta.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Khad dhegaysi oo magac la&apos;aan ah, qof kasta oo u baahan inuu qof la hadlo, habeen iyo maalin.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Khad loogu talagalay xaaladaha adag: qof kasta oo qaba fikrado is-dil, iyo dadka ka walwalsan qof kale. Habeen iyo maalin.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Rabshadaha u dhexeeya lammaanaha: dhibbanayaasha, dadka rabshadda sameeya, carruurta iyo markhaatiyaasha. Saacadaha shaqada ka baxsan, wicitaannada waxay u gudbaan Télé-Accueil (107). Ma aha khad xaaladaha degdegga ah.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Kooxo caawiya marka ilmo waxyeello soo gaari karto, iyo sidoo kale waalidiinta ka baqaya inay ilmahooda waxyeeleeyaan. Deegaan kasta wuxuu leeyahay koox u gaar ah: kaaga ka hel website-ka ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>kooxda SOS Enfants ee deegaankaaga</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Carruurta iyo dhallinyarada, iyo dadka waaweyn ee ka walwalsan ilmo. Bilaash oo magac la&apos;aan ah.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Khad dhegaysi oo magac la&apos;aan ah, qof kasta oo welwel qaba ama xaalad adag ku jira, habeen iyo maalin.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Khatar degdeg ah, dhaawac, ama ilmo dhaawacmay ama aad u xanuunsan.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Qof kasta oo qaba fikrado is-dil, iyo dadka ka walwalsan qof kale. Bilaash oo magac la&apos;aan ah, habeen iyo maalin.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Khad dhegaysi qof kasta oo u baahan inuu qof la hadlo, habeen iyo maalin.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Rabshadaha qoyska iyo xadgudubka carruurta: talo loogu talagalay dhibbanayaasha, markhaatiyaasha iyo dadka iyagu rabshadda sameeya. Magacaaga waad qarin kartaa.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Dhakhtarka qoyska ee saacadaha shaqada ka baxsan: fiidka, habeenka, dhammaadka toddobaadka iyo fasaxyada rasmiga ah. Gobol kasta wuxuu leeyahay lambar u gaar ah: fariinta taleefanka ama website-ka dhakhtarkaaga qoyska ayaa ku siinaya. Ma jiro lambar dalka oo dhan ah.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>huisartsenpost-ka gobolkaaga</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Ilmahaaga dhig meel ammaan ah: dhabarka u jiifi sariir madhan ama xero ciyaareed. Kadibna qolka ka bax.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Albaab xiran dhowr daqiiqo waa caadi. Ku noqo oo eeg 5 ilaa 10 daqiiqo kasta.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Ma dareemaysaa rabitaan ah inaad ruxdo, si xoog ah u qabato ama garaacdo? Taasi waa calaamaddaada: ilmahaaga meel dhig oo qolka ka bax.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Weligaa ha ruxin, ha tuurin, hana garaacin ilmo, xitaa hal mar. Ruxidda ilmo yar waxay keeni kartaa dhaawac maskaxeed ama dhimasho.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Hal daqiiqo si tartiib ah u neefso: neefta sanka ka soo qaado, kadibna si tartiib ah u sii daa.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Si tartiib ah u tiri ilaa toban ka hor intaadan wax kale samayn.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>U gudub qol kale. Cab biyo ama shaah, ama wejigaaga biyo qabow ku maydh.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Cod dheer ku dheh: &quot;Xadkaygii baan gaaray. Shan daqiiqo ayaan nasanayaa.&quot;</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Qof wac: lammaanahaaga, deris, saaxiib, ama {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Qof wac: lammaanahaaga, deris ama saaxiib.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Caawimo weydiisashadu waa xoog, ma aha daciifnimo.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Ma u malaynaysaa in ilmahaagu dhaawacmay ama xanuunsan yahay? Wac 112. Xaalad degdeg ah ma aha, laakiin ma sugi karto? Wac {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Ma u malaynaysaa in ilmahaagu dhaawacmay ama xanuunsan yahay? Wac 112. Xaalad degdeg ah ma aha, laakiin ma sugi karto? Wac dhakhtar.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Oohintu way kordhaysaa laga bilaabo qiyaastii 2 toddobaad, waxayna ugu badan tahay qiyaastii 6 ilaa 8 toddobaad. Kadibna way yaraanaysaa.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Oohin badan waa caadi ilmaha yar. Ma aha khaladkaaga.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Hal mar hubi waxyaabaha aasaasiga ah: gaajo, xafaayad, kulayl ama qabow badan, daal. Kadibna jooji raadinta sababta.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Markiiba hal shay oo dejiya isku day: hamaansi ama hees, maqaar-ku-maqaar, socod gaariga ilmaha, qubays diirran.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Oohinta qaar lama joojin karo. Oohinta laftigeedu waxyeello uma geysato ilmahaaga, wayna joogsan doontaa.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Oohin cod aan caadi ahayn leh, qandho, ama haddii uusan wax cunin ama naaska nuugin: u tag dhakhtar.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Ilmaha jiifi oo gacanta calooshiisa saar, ama sug ilaa uu si qoto dheer u seexdo.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Ma daalan tahay? Ilmaha sariirtiisa geli ka hor intaadan nasan.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Weligaa ha ku lulmoon fadhiga (sofa) ama kursiga adigoo ilmo sita.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Weydii lammaanahaaga ama awoowe ama ayeeyo inay muddo yar kaala wareegaan daryeelka.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Cadho-qabku waa marxalad caadi ah. Inta badan waxay ku dhammaadaan in ka yar 15 daqiiqo.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Ilmaha ammaan ku hay, u dhowow, oo ha dhaafo adigoon la doodin.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Dareenka iyo xadka ku sheeg ereyo kooban: &quot;Waad xanaaqsan tahay. Garaacistu way xanuunjisaa, waan ku joojinayaa.&quot;</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Ma deggenaan kari weyday? Haddii ilmuhu ammaan yahay, bax daqiiqad ama laba.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Raadi waxa ka dambeeya: gaajo, daal, waxyaabo badan oo hal mar dhacaya.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Kadib, dib ugu soo dhowow, oo ammaan ilmahaaga marka xigta ee wax si fiican u socdaan.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Jooji marka ilmuhu muujiyo inuu dhergay. Weligaa cunto ha ku khasbin.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Cunto la diiday ma aha guuldarro. Mid kale ayaa iman doonta.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Ma quudintu had iyo jeer oohin ku dhammaataa? Weydii {line:parenting} ama dhakhtarkaaga qoyska.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Ma quudintu had iyo jeer oohin ku dhammaataa? Weydii dhakhtarkaaga qoyska ama xarunta caafimaadka carruurta.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>La heshii shaqaalaha kale calaamad macneheedu yahay: &quot;iga wareeg, laba daqiiqo ayaan u baahanahay.&quot;</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Weligaa kooxda ha uga tagin ilaalin la&apos;aan. Marka hore weydii shaqaale kale inuu kaa wareego.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Kooxda kaligaa ma la joogtaa? Marka hore qof kasta ammaan ka dhig: ilmaha yaryar sariiraha, carruurta socodka baranaya ha fadhiisteen iyagoo haysta wax deggan.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Marka qof walba ammaan yahay, wac maamulahaaga ama qofka kugu xigeenka ah.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Ilmaha yaryar midba midka kale ayuu ooyiyaa. Taasi waa qolka, adiga ma aha.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Wakhti adag kadib, kala hadal shaqaale kale ama maamulahaaga.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Ma ka walwalsan tahay sida adiga ama shaqaale kale ula dhaqantaan ilmo? U sheeg maamulahaaga oo raac habraaca hay&apos;addaada. Waxaad sidoo kale talo weydiin kartaa {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Ma ka walwalsan tahay sida adiga ama shaqaale kale ula dhaqantaan ilmo? U sheeg maamulahaaga oo raac habraaca hay&apos;addaada.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Weydiiso caawimo la taaban karo: cunto, ama shan iyo toban daqiiqo oo ilmaha laguu hayo.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Horay u samee qorshe oohin: saddex shay oo wax dejiya, cidda aad wacayso, meesha ilmaha la dhigayo.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>La wadaag xeerka &quot;weligaa ha ruxin&quot; iyo qorshahaaga qof kasta oo ilmaha haya.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Ooyin ama niyad-xumo labada toddobaad ee ugu horreeya dhalmada kadib waa wax caadi ah. Ma ka dheeraatay, mise waxaad qabtaa fikrado ah inaad naftaada ama ilmahaaga waxyeelayso? Maanta u tag dhakhtarkaaga qoyska, ama wac {line:crisis}, habeen iyo maalin.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Ooyin ama niyad-xumo labada toddobaad ee ugu horreeya dhalmada kadib waa wax caadi ah. Ma ka dheeraatay, mise waxaad qabtaa fikrado ah inaad naftaada ama ilmahaaga waxyeelayso? Maanta u tag dhakhtarkaaga qoyska. Hadda khatar ma ku jirtaa? Wac 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Talada hurdada ammaanka ah way isbeddeshay: dhabarka, sariir madhan. Raac caadada waalidiinta.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Adigoo awoowe ama ayeeyo ah, adiguna waad ka fogaan kartaa. Ilmaha oo si ammaan ah loo dhigo had iyo jeer waa la oggol yahay.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Ma ruxday ama ma garaacday ilmahaaga, mise ilmahaagu hadda uma muuqdo inuu fiican yahay (lulmoonaya, tabar la&apos;aan, matagaya, aan wax cunayn, qallal)? Hadda wac 112 oo u sheeg waxa dhacay.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Ma ku qaylisay ama si xoog ah ma u qabatay? Weligeed ma dhaafto goor aad ka hadli karto oo aad ilmaha la heshiin karto.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Ma ka baqaysaa inaad ilmahaaga waxyeelayso? U sheeg dhakhtarkaaga qoyska: wuxuu kaa caawin karaa inaad hesho taageero. Caawimo weydiisashadu waa xoog.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112, lambarka gurmadka degdegga ah</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712, khadka caawinta rabshadda iyo xadgudubka</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>khadka dhegaysiga Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>khadka dhegaysiga Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>khadka caawinta Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>khadka dhegaysiga Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>112, lambarka gurmadka degdegga ah</translation>
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
        <translation>Ma ka baqaysaa inaad ilmahaaga waxyeelayso? Wac {line:abuse-advice}: waxay sidoo kale caawiyaan dadka taas ka baqa.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Qorshahayga oohinta</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Oohintu waa caadi wayna dhammaataa. Marka ay kugu batto, raac tallaabooyinkan.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Ilmaha dhabarka u jiifi sariirtiisa madhan ama xero ciyaareed. Kadibna qolka ka bax.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Si tartiib ah neefta u sii daa. Tiri ilaa toban. Cab biyo.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Ku noqo oo eeg 5 ilaa 10 daqiiqo kasta.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Wac mid ka mid ah dadka hoose. Caawimo weydiisashadu waa xoog.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Weligaa ha ruxin ilmo yar, xitaa in yar. Ruxiddu waxay keeni kartaa dhaawac maskaxeed ama dhimasho.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Ilmuhu ma dhaawacmay mise wuu xanuunsan yahay? Isla markiiba wac 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Dadkayga</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Khadadka caawinta</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Qorshahan la wadaag qof kasta oo ilmaha haya.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Neef soo qaadasho</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Hayn kadib neef soo qaadasho</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Neef sii dayn</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Hayn kadib neef sii dayn</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Waxaad hayn kartaa ilaa lix qaab. Marka hore mid ka saar.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: fadlan qor tirada ilbiriqsiyada, sida 4 ama 4.5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 kama yaraan karo 0 ilbiriqsi.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 kama badnaan karo 12 ilbiriqsi.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: isticmaal ilbiriqsi dhan ama badh, sida 4 ama 4.5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 waxay u baahan tahay ugu yaraan 1 ilbiriqsi.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Qor PIN-ka maamulaha oo riix Enter: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Sadarkan geli qaybta [organisation] ee pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>PIN-ku waa inuu lahaadaa ugu yaraan %n xaraf; waxba lama samayn.
</numerusform>
            <numerusform>PIN-ku waa inuu lahaadaa ugu yaraan %n xaraf; waxba lama samayn.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Sadarka %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Habaynta la maamulo</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>PIN-ka maamulaha ee sadarka %1 ayaa shaqeeya.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>PIN maamule lama dejin.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Habaynta la maamulo lama akhriyi karo; Pauzeknop wuxuu isticmaalaa dejintiisa.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Habaynta la maamulo way ka weyn tahay 1 MB lamana isticmaalo; Pauzeknop wuxuu isticmaalaa dejintiisa.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Habaynta la maamulo waxaa beddeli kara akoonno aan ahayn maamulaha (root), sidaas darteed lama isticmaalo.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 ma aha dejin (key=value) waana la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 wuu ka dheer yahay %2 xaraf waana la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: qaybta [%2] lama yaqaan; sadarradeeda waa la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: &quot;%2&quot; wuxuu ka horreeyaa [qayb] kasta waana la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: furaha &quot;%2&quot; lama yaqaan waana la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: &quot;%2&quot; wuxuu filayaa %3; sadarka waa la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: &quot;%2&quot; horay ayaa loogu dejiyay sadarka %3; sadarka %4 ayaa shaqeeya.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin ma aha hash lagu sameeyay pauzeknop --hash-pin waana la iska indhatiray; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: adminPin-kan waxaa lagu sameeyay wareegyo ka yar %2 wuuna fudud yahay in la qiyaaso; mid cusub ku samee pauzeknop --hash-pin. Waa la iska indhatiray; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ama false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>%n dhibaato oo kale oo faylkan ku jirta lama liiska gelin.</numerusform>
            <numerusform>%n dhibaato oo kale oo faylkan ku jirta lama liiska gelin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 wuxuu magacaabayaa qayb aan la aqoon; sadarradeeda waa la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 wuxuu ka horreeyaa [qayb] kasta waana la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 wuxuu leeyahay fure uusan Pauzeknop aqoon waana la iska indhatiray.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>&quot;%1&quot; waa maqan yahay ama waa madhan yahay</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;%1&quot; wuu ka dheer yahay %n xaraf</numerusform>
            <numerusform>&quot;%1&quot; wuu ka dheer yahay %n xaraf</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>&quot;%1&quot; waa inuu noqdaa hal qoraal Ingiriisi ah: tarjumaaddu waxay maraysaa faylasha .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>&quot;%1&quot; wuxuu leeyahay in ka badan %n luuqad</numerusform>
            <numerusform>&quot;%1&quot; wuxuu leeyahay in ka badan %n luuqadood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>&quot;%1&quot; ee ku jira &quot;%2&quot; waa inuu noqdaa qoraal aan ka badnayn %n xaraf oo hoos yimaada koodh luuqadeed sida &quot;nl&quot;</numerusform>
            <numerusform>&quot;%1&quot; ee ku jira &quot;%2&quot; waa inuu noqdaa qoraal aan ka badnayn %n xaraf oo hoos yimaada koodh luuqadeed sida &quot;nl&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>&quot;%1&quot; waa inuu noqdaa liis ka kooban 1 ilaa %n shay</numerusform>
            <numerusform>&quot;%1&quot; waa inuu noqdaa liis ka kooban 1 ilaa %n shay</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; wuxuu hayaa &quot;%2&quot;: isticmaal xarfo yaryar, tirooyin iyo &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>&quot;%1&quot; waa inuu noqdaa liis %2 ah (waxaa la helay &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>&quot;%1&quot; waa inuu noqdaa cinwaan web (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: furaha aan la aqoon &quot;%3&quot; waa la iska indhatiray.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>talo %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>talo %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; taladan waa laga booday.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>&quot;id&quot; waa inuu ahaadaa xarfo yaryar, tirooyin, &apos;.&apos;, &apos;_&apos; ama &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>&quot;situation&quot; waa inuu noqdaa mid ka mid ah: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>&quot;text&quot; wuxuu khad ku magacaabaa {line:...}, sidaas darteed &quot;text_without_line&quot; waa inuu isla sheygaas u sheegaa gobol aan khadkaas lahayn</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>&quot;text_without_line&quot; waa inuusan khad magacaabin</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>qoraalka &quot;%1&quot; waa inuu magacaabaa khadadka ay kuwa kale magacaabaan</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>&quot;source&quot; waa maqan yahay: talo kasta waxay sheegtaa meesha ay ka timid</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;source&quot; wuu ka dheer yahay %n xaraf</numerusform>
            <numerusform>&quot;source&quot; wuu ka dheer yahay %n xaraf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>&quot;channels&quot; waa inuu noqdaa liis aan ka badnayn %n hab oo lagula xiriiro</numerusform>
            <numerusform>&quot;channels&quot; waa inuu noqdaa liis aan ka badnayn %n hab oo lagula xiriiro</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>kanaalka %1: &quot;kind&quot; waa inuu noqdaa phone, chat, sms, mail ama web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>kanaalka %1: &quot;%2&quot; ma aha %3 sax ah</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>kanaalka %1: &quot;hours&quot; wuu ka dheer yahay %n xaraf</numerusform>
            <numerusform>kanaalka %1: &quot;hours&quot; wuu ka dheer yahay %n xaraf</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>kanaalka %1: saacadaha &quot;%2&quot; lama fahmin (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>khadka caawinta %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>khadka caawinta %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; xiriirkan waa laga booday.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>&quot;name&quot; waa maqan yahay</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;name&quot; wuu ka dheer yahay %n xaraf</numerusform>
            <numerusform>&quot;name&quot; wuu ka dheer yahay %n xaraf</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>&quot;cost&quot; waa inuu noqdaa &quot;free&quot; ama &quot;zonal&quot;</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>&quot;emergency&quot; waxaa loo hayaa 112 oo keliya</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>&quot;verified&quot; wuxuu u baahan yahay &quot;verified_on&quot; oo taariikh ah sida 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>&quot;channels&quot; waa inuu liisaa ugu yaraan hal hab oo lagula xiriiro</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>jimicsi %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; jimicsigan ma hayo qoraallo.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>&quot;id&quot; iyo &quot;source&quot; waa loo baahan yahay</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: lama akhriyi karo (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: wuu ka weyn yahay 1 MB, lama akhrin.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: JSON sax ah ma aha, xarafka %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: waxaa la filayay shay leh &quot;tips&quot; iyo &quot;helplines&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: furaha aan la aqoon &quot;%2&quot; waa la iska indhatiray.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: &quot;version&quot; waa inuu ahaadaa 1; waxaa loo akhriyayaa sidii nooca 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: &quot;%2&quot; waa inuu noqdaa liis.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; wuxuu leeyahay %n gelin; kaliya %3-da ugu horreeya ayaa la akhriyaa.</numerusform>
            <numerusform>%1: &quot;%2&quot; wuxuu leeyahay %n gelin; kaliya %3-da ugu horreeya ayaa la akhriyaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, talo &quot;%2&quot;: id-gan horay ayaa loo isticmaalay; taladan waa laga booday.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, khadka caawinta &quot;%2&quot;: id-gan horay ayaa loo isticmaalay; xiriirkan waa laga booday.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... iyo %n dhibaato oo kale, aan la muujin.</numerusform>
            <numerusform>... iyo %n dhibaato oo kale, aan la muujin.</numerusform>
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
        <translation>Lama qori karo %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 waa xiriiriye (link) uu sameeyay akoon kale oo kombuyuutarkan ku jira, sidaas darteed halkaas waxba laguma qorin. Fadlan dooro meel kale.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>kani ma aha fayl la beddeli karo.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>xiriiriyeyaal aad u badan.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>faylka lama furin.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Faylka dejintaadu aad buu u weynaa in la akhriyo, sidaas darteed Pauzeknop wuxuu ku bilaabay dejin cusub. Faylkii hore waxaa loo kaydiyay sidii %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Faylka dejintaadu aad buu u weyn yahay in la akhriyo. Pauzeknop hadda wuxuu isticmaalayaa dejintiisa caadiga ah.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Tan laguma kaydin karo kombuyuutarkan (diskigu waxaa laga yaabaa inuu buuxo ama akhris-keliya yahay). Waa la isticmaalayaa ilaa Pauzeknop la xiro.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ama false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>mid ka mid ah %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>tiro dhan oo u dhaxaysa %1 ilaa %2</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>fure sida Ctrl+Alt+P (leh Ctrl, Alt ama Super), ama off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Kani waa kombuyuutar la wadaago: xiriirada gaarka ah halkan laguma hayo.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Waxaa dejisay hay&apos;addaada, qof kasta oo kombuyuutarkan isticmaala.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Waxaa dejiyay %1, qof kasta oo kombuyuutarkan isticmaala.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>ugu badnaan %n xaraf</numerusform>
            <numerusform>ugu badnaan %n xaraf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Hadda</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Ilmo ooyaya</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Ma seexanayo</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Cadho-qab</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Quudinta iyo cuntada</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Koox buuq badan oo xannaanada ah</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Aad u daalan</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Kadib</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Diiwaanka isticmaalka lama furi karin: dhoofintu waa madhan tahay.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Tirinta toddobaadlaha ah waxaa lagu qoray %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN-ka maamulaha</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Fur</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>PIN-ka maamulaha ayaa muujiya diiwaanka nasashooyinka.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Wuxuu hubiyaa PIN-ka maamulaha.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Kombuyuutarkan PIN maamule looma dejin.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Waa furan yahay ilaa Pauzeknop la xiro.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>PIN-ka waa la hubinayaa...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>PIN-kaasi sax ma aha. Sug %1 ilbiriqsi, kadibna isku day mar kale.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN-kaasi sax ma aha. Fadlan isku day mar kale.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Waxa hadda la sameeyo: neef soo qaado, hay ama neefta sii daa.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Neef soo qaado</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Wax yar oo kale soo qaado</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hay</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Neefta sii daa</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Si tartiib ah u tiri</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Si fiican baad u samaysay. Jimicsiga neefsashadu wuu dhammaaday.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Aad u fiican</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 ayaa haray</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Ilbiriqsiyada tallaabadan</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Goobaabinta neefsashada</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Way weynaataa markaad neefta soo qaadato, way yaraataa markaad sii dayso.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Xariiqda neefsashada</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Way buuxsantaa markaad neefta soo qaadato, way madhantaa markaad sii dayso.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Wareeg kale</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 daqiiqo</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Jimicsigan neefsashada wax yar ayuu dheereeyaa.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Waan dhammeeyay</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Saacadda wuu joojiyaa wuxuuna ku weydiiyaa sida aad dareemayso.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Waxaa haray %Ln daqiiqo</numerusform>
            <numerusform>Waxaa haray %Ln daqiiqo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Talo: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Si fiican baad u samaysay.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Waxaad qaadatay nasasho. Taasi way u fiicnayd adiga iyo ilmahaagaba.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Mar kale neefso</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Wuxuu bilaabaa wareeg kale oo neefsasho ah.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Nasashada wuu dhammeeyaa wuxuuna ku celiyaa shaashadda bilowga.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Sidee dareemaysaa hadda?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Waan degay</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Wuxuu muujiyaa eray diirran, talo iyo jidka dib loogu laabto.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Weli waan kacsanahay</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Wuxuu soo jeediyaa wareeg kale, jimicsi kale ama dhowr daqiiqo oo aad ka fogaato.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Caawimo ayaan u baahanahay</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Wuxuu muujiyaa cidda aad wici karto, 112 marka hore.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Dadkaaga</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Hadda qor cidda aad wici karto marka ay kugu batto: lammaane, deris, saaxiib.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Wac</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Wac %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Wuxuu furaa taleefankaaga ama barnaamijka wicitaanka si aad u wacdo %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Samee qorshahayga oohinta</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Wax ka beddel qorshahayga oohinta</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Dadka aad rabto inaad wacdo, oo lagu hayo kombuyuutarkan oo keliya. Waad daabici kartaa.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Waxaa loo kaydiyay %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>Lama kaydin karo %1. Isku day gal kale.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>U kaydi qorshaha oohinta PDF ahaan</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>qorshaha-oohinta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Magaca qofka %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Qof aad wici karto marka ay kugu batto.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Lambarka taleefanka</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Lambarka taleefanka qofka %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Lambarka la wacayo.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Qoraal, tusaale: waa derisku</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Qoraal ku saabsan qofka %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Wax kasta oo caawiya, sida goorta la wacayo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Ka saar qofka %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Qofkan wuxuu ka saaraa qorshahaaga.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Qorshahayga oohinta</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Yaad wici kartaa marka ay kugu batto? Tani waxay ku jirtaa kombuyuutarkan oo keliya. Daabac oo ku dheji qaboojiyaha, una dhiib awoowayaasha, ayeeyooyinka iyo dadka ilmaha haya.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ku dar qof</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Wuxuu ku daraa sadar madhan oo qof kale ah.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Daabac</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Daabac qorshaha oohinta</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Wuxuu daabacaa qorshahaaga oo leh waxa la sameeyo iyo cidda la wacayo.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>U kaydi PDF ahaan</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Qorshahaaga wuxuu u kaydiyaa fayl PDF ah si aad u daabacdo ama u wadaagto.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Khatar? Ka wac 112 taleefan kasta. Waa bilaash, habeen iyo maalin.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Khatar? Wac 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Haddii ilmahaagu dhaawacmay ama khatar ku jiro, hadda wac lambarka gurmadka degdegga ah 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Dooro jimicsi neefsasho</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (lagu taliyay)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Jimicsiyo ka yar</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Jimicsiyo kale</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Wuxuu muujiyaa ama qariyaa jimicsiyada kale ee neefsashada.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 daqiiqo</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Inta aad neefsanayso.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Samee qaabkayga</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Dooro ilbiriqsiyadaada neef soo qaadashada, haynta iyo sii daynta.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Bilow neefsashada</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Wuxuu bilaabaa jimicsiga la doortay muddada la doortay.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln wareeg</numerusform>
            <numerusform>%Ln wareeg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln daqiiqo</numerusform>
            <numerusform>%Ln daqiiqo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Ma adigaa? Markaas Pauzeknop wuxuu ku tusayaa caawimada saxda ah.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Waxaan ahay</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Gobolka</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>waalid</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>awoowe ama ayeeyo</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>shaqaale xannaanada carruurta</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>qof kale oo ilmo haya</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Talooyinka iyo kaarka badbaadada adiga ayay kula hadlaan.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop wuxuu muujiyaa khadadka caawinta ee gobolkan.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Dooro luuqadda Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Waa sax</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Jawaabahan wuu kaydiyaa. Hadhow waad ku beddeli kartaa Dejinta.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Hadda maya</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Kaarkan wuu qariyaa. Pauzeknop wuxuu hayaa qiyaastiisa; Dejinta ayaa beddeli karta.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Nasasho hadda: fur shaashadda nasashada deggan ee Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Kombuyuutarkani ma samayn karo wicitaan. %1 ka wac taleefan.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Sidoo kale: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Hadda furan: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Bilaash</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Magac la&apos;aan</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Macluumaadkan dhowaan lama xaqiijin. Hubi website-ka ka hor intaadan ku tiirsanaan.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Isha waxaa la hubiyay: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Wac</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Wac %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Wuxuu furaa taleefankaaga ama barnaamijka wicitaanka si aad u wacdo %1, lambarka %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Koobiyee lambarka</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Koobiyee lambarka %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Wuxuu %1 u koobiyeeyaa clipboard-ka.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Wuxuu %1 ku furaa biraawsarkaaga.</translation>
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
        <translation>Koodhka QR ee lagu wacayo %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Kamaradda taleefankaaga ku iskaan garee si aad u wacdo %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Hadda waa furan yahay</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Hadda waa furan yahay, ilaa %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Hadda waa furan yahay, ilaa %1 saacadda %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Xiran</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Hadda waa xiran yahay, wuxuu furmayaa %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Hadda waa xiran yahay, wuxuu furmayaa berri %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Hadda waa xiran yahay, wuxuu furmayaa %1 saacadda %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Saacadaha lama yaqaan</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Kombuyuutarkani ma samayn karo wicitaan. %1 ka wac taleefan, ama iskaan garee koodhka QR.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Lambarka waa la koobiyeeyay.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Qofkaaga xiriirka ee halkan.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Qofkaaga xiriirka ee %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Saacadaha: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Yaa ku caawin kara</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flanders</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussels</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Bulshada Jarmalka ku hadasha</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Holland</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Marka ay kugu batto, riix Nasasho.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Nasasho</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Wuxuu furaa nasasho deggan: marka hore ilmahaaga ammaan ka dhig, kadib la neefso saacad.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Riix Space ama Enter si aad u bilowdo nasasho.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Luuqadda:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Luuqadda</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Dooro luuqadda Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Talooyin</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Talooyin gaagaaban oo loogu talagalay xilliyada adag, iyo ilahooda.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Yaa ku caawin kara</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Khadadka caawinta ee hadda furan, iyo dadkaaga aad wici karto.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Nasashooyinkayga</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Eeg nasashooyinkaaga: goorta, sida aad dareentay kadib, iyo waxa caawiyay.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Neefso</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Isla markiiba wuxuu furaa jimicsi neefsasho.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Luuqadda, codka, cabbirka qoraalka iyo wax kale.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Nasashooyinkayga</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Nasashooyinka toddobaadkiiba</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Waqtiga maalinta</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Sida aad dareentay nasasho kadib</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Jimicsiyada aad ugu badan isticmaashay</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Talooyinka ku caawiyay</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Weli nasasho ma jirto, taasina waa caadi. Mar kasta oo aad nasasho qaadato, halkan waxaad ku arki doontaa goorta aad qaadatay iyo waxa caawiyay. Nasasho kasta waa muhiim.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Ka sii deggan</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Weli kacsan</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Caawimo u baahday</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Weli jimicsi neefsasho lama dhammaystirin.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Weli talo lama calaamadeyn inay caawisay.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>toddobaadka %1: %Ln nasasho</numerusform>
            <numerusform>toddobaadka %1: %Ln nasasho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln nasasho</numerusform>
            <numerusform>%1:00: %Ln nasasho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln jeer)</numerusform>
            <numerusform>%1 (%Ln jeer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Hadda riix furayaasha cusub (Escape wuu joojiyaa)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape wuu joojiyaa)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Hadda riix furayaasha cusub, tusaale ahaan Ctrl, Alt iyo xaraf hal mar. Escape wuu joojiyaa.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Dooro fure</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Riix Space si aad u doorato fure kale, kadib riix furayaasha cusub.</translation>
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
        <translation>Lambarka gurmadka degdegga ah: booliska, ambalaaska, dab-damiska.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Wac 112</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Kaligaa ma tihid.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Dadkayga iyo dhammaan khadadka caawinta</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Nasashada wuu dhammeeyaa wuxuuna furaa &quot;Yaa ku caawin kara&quot;: dadkaaga aad wici karto, iyo khad kasta oo leh wac, koobiyee iyo koodh QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Ku noqo ilmahayga</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Nasashada wuu dhammeeyaa wuxuuna ku celiyaa shaashadda bilowga.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Qaabkayga, ilbiriqsiyo ahaan</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Ilbiriqsiyo, 0 ilaa 12, badh-badh.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Kaydi oo neefso</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Qaabkan wuu kaydiyaa wuxuuna ku bilaabaa neefsasho.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Ku noqo liiska jimicsiyada.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Hadda waan fiicanahay</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Nasashada wuu dhammeeyaa waqti kasta. Escape isla sidaas ayuu sameeyaa.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Marka tan la damiyo, wax cusub lama qoro. Waxa horay u jiray way sii jiraan ilaa aad tirtirto.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Qoraallada duugga ah waa la tirtiraa mar kasta oo Pauzeknop bilowdo.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Kaydi soo koobid…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Kaydi soo koobid</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Tirinta toddobaadlaha ah wuxuu ku kaydiyaa fayl aad doorato: xaashi-xisaabeed (CSV) ama JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Ku saabsan sirtaada</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Waxa la qoro, meesha, iyo waxa aan weligood la qorin.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tirtir wax walba</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Wuxuu kombuyuutarkan ka tirtiraa qoraal kasta oo ku saabsan nasashooyinkaaga. Marka hore waa lagu weydiinayaa.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Xaashi-xisaabeed (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Waa la kaydiyay: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Wax walba ma la tirtiraa?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Qoraal kasta oo ku saabsan nasashooyinkaaga ee kombuyuutarkan waa la tirtirayaa. Tan dib looma celin karo. Nasashadu sidii caadiga ahayd ayay u shaqaynaysaa.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Hay nasashooyinkayga</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Wax walba waa la tirtiray.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Waxba lama tirtiri karin: taariikhdan waa akhris-keliya.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Sirtaada</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>galka barnaamijka</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Waxa la qoro</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Meesha lagu hayo</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Waxa aan weligood la qorin</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Inta lagu hayo</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Cidda arki karta</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Waxa aan Pauzeknop ahayn</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Waxa dhacay oo keliya, marnaba cidda aad tahay: in nasasho bilaabatay, jimicsiga neefsashada ee aad samaysay, sida aad dareentay kadib (ka sii deggan, weli kacsan, caawimo u baahday) iyo talooyinka caawiyay. Qoraal kasta wuxuu hayaa saacadda oo keliya, marnaba daqiiqadda.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Kombuyuutarkan oo keliya, hal fayl gudihiis: %1. Pauzeknop marnaba ma isticmaalo internetka, sidaas darteed waxba meelna looma diro.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Magacaaga, magaca ilmahaaga, magaca kombuyuutarka, wax kasta oo aad qorto, dadka ku jira qorshahaaga, cinwaannada daaqadaha iyo magacyada faylasha.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Adiga ayaa dooranaya: 30 maalmood, 90 maalmood, 1 sannad ama weligiis. Qoraallada duugga ah waa la tirtiraa mar kasta oo Pauzeknop bilowdo. Nasashooyinkayga ayaad ka dami kartaa diiwaangelinta, ama ka tirtiri kartaa wax walba.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Dadka isticmaala kombuyuutarkan oo keliya. Haddii aad kaydiso soo koobid, waxay haysaa tirinta toddobaadlaha ah, marnaba xilliyo gaar ah. Kombuyuutar la wadaago, tirooyinka ka yar 5 waa la qariyaa, Nasashooyinkayguna waxay u baahan yihiin PIN-ka maamulaha.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop wuxuu kaa caawiyaa inaad qaadato daqiiqad deggan. Ma ogaado cudur, waxna ma daaweeyo. Haddii adiga ama ilmahaagu khatar ku jirtaan, wac 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Tarjumaaddan waa qabyo ay samaysay kooxda Pauzeknop: qof Af-Soomaaliga ku dhashay weli ma hubin.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Caawimada Brussels</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Caawimada Wallonia</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Caawimada Bulshada Jarmalka ku hadasha</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Caawimada Holland</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Caawimada Flanders</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Beddel gobolka</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Wuxuu muujiyaa khadadka gobol kale. Pauzeknop meel walba ayuu ku isticmaalaa.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Ma la tirtiraa nasashooyinka duugga ah?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Hay nasashooyinkayga</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Haynta diiwaanka %1 waxay hadda kombuyuutarkan ka tirtiraysaa nasashooyinka ka duugsan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Waxaa la tirtiri doonaa %Ln nasasho. Tan dib looma celin karo.</numerusform>
            <numerusform>Waxaa la tirtiri doonaa %Ln nasasho. Tan dib looma celin karo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Marka hore hubi in ilmahaagu ammaan yahay.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Weydii shaqaale kale inuu kaa wareego, ama marka hore kooxda ammaan ka dhig.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Ilmahaaga dhabarka u jiifi sariirta ama meel kale oo ammaan ah. Waa caadi inaad dhowr daqiiqo ka fogaato.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Weligaa ha ruxin ilmo yar. Ilmaha si ammaan ah u dhig oo ka fogow.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Ilmahaygu waa ammaan. Aynu neefsanno</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Wuxuu bilaabaa jimicsiga neefsashada.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Ku noqo shaashadda bilowga. Escape isla sidaas ayuu sameeyaa.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Waa quful yahay. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Luuqadda kombuyuutarka</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 daqiiqo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Loogu talagalay maamulaha</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Adiga</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Luuqadda</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Luuqadda Pauzeknop. Isla markiiba way beddelantaa.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Cidda aan ahay</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Nasashada iyo talooyinka adiga ayay kula hadlaan.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Waalid</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Awoowe ama ayeeyo</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Shaqaale xannaanada carruurta</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Qof kale</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Meesha aan ku noolahay</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Khadadka caawinta ee la muujinayo.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flanders</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussels</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonia</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Bulshada Jarmalka ku hadasha</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Holland</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Nasashada</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Marka hore weydii: ilmahaagu ma ammaan yahay?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Neefsashada ka hor, kaar ayaa kaa codsanaya inaad ilmahaaga meel ammaan ah dhigto.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Jimicsiga neefsashada</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Jimicsiga ay nasashadu ku bilaabato.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Inta la neefsanayo</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Mar walba waad joojin kartaa goor hore.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Codka</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Codad jilicsan</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Cod jilicsan marka ay tahay waqtiga neef soo qaadashada ama sii daynta.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Heerka codka</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Waa la hooseeyaa, si ilmo hurda uusan u toosin.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Ereyo la dhawaaqo</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Cod deggan ayaa leh &quot;neef soo qaado&quot; iyo &quot;neefta sii daa&quot;.</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Muuqaalka</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Dhaqdhaqaaq yar</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Xariiq buuxsamaysa halkii goobaabin weynaanaysa.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kala-duwanaansho sare</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Madow iyo caddaan, leh xuduud cad.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Qoraal ka weyn meel walba.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Kombuyuutarkan</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Ku bilow kombuyuutarkayga</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop si aamusan ayuu ugu sugaa tray-ga, hal riix u jira.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Diiwaangeli nasashooyinkayga</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Goorta iyo muddada oo keliya, marnaba cidda. Kombuyuutarkan ayay ku jirtaa.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Muddada diiwaanka la hayo</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Nasashooyinka duugga ah si iskood ah ayaa loo tirtiraa.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 maalmood</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 maalmood</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Hal sannad</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Ilaa aan tirtiro</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Furaha gaaban ee kiiboodhka</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Kani waa kombuyuutar la wadaago. Xiriirada gaarka ah halkan laguma hayo, diiwaanka nasashooyinkuna waa maamulaha oo keliya.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Waxaa dejiyay %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Luuqaddan ereyo la dhawaaqo looma hayo. Codadka jilicsan weli si caadi ah ayay u shaqeeyaan.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Sadarrada qaar ee faylka dejinta hay&apos;adda waa la iska indhatiray:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Kombuyuutarkaagu furahan isagaa u haysta naftiisa. Dooro mid kale.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Dooro xaraf, tiro ama fure F ah oo la socda Ctrl, Alt ama furaha Windows, si furuhu uusan marnaba u carqaladayn qorista.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Nasasho meel kasta</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Hal fure ayaa furaya nasashada, xitaa marka Pauzeknop ku jiro tray-ga ama daaqado kale gadaashooda.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Furaha nasashada</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Mar kale weydii desktop-kayga</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Waa quful yahay. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Dansan. Badhanka Nasasho iyo tray-gu weli way furaan nasashada.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Desktop-kaaga ayaa la weydiinayaa inuu dejiyo %1. Waxaa laga yaabaa inuu muujiyo daaqad xaqiijin ah.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Waa la dejinayaa %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Shidan: desktop-kaagu wuxuu furayaa nasashada markaad riixdo %1, inta Pauzeknop shaqaynayo.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Shidan: meel kasta ka riix %1 si aad u furto nasashada, inta Pauzeknop shaqaynayo.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Shid &quot;Ku bilow kombuyuutarkayga&quot; si furuhu had iyo jeer diyaar u ahaado.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Furahan barnaamij kale ayaa qaatay; dooro mid kale.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Desktop-kaagu ma dejin furaha. Taasi waa caadi: badhanka Nasasho iyo tray-gu weli way furaan nasashada. Mar kale waad weydiin kartaa, ama fure ku dar dejinta kiiboodhka ee desktop-kaaga adigoo isticmaalaya amarka %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Kiiboodhkan ma laha fure noocaas ah; dooro mid kale.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Desktop-kan uma oggola Pauzeknop inuu isagu fure dejiyo. Mid ku dar Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, adigoo isticmaalaya amarka %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Desktop-kan uma oggola Pauzeknop inuu isagu fure dejiyo. Mid ku dar System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, adigoo isticmaalaya amarka %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Desktop-kan uma oggola Pauzeknop inuu isagu fure dejiyo. Furaha gaaban ku dar dejinta kiiboodhka ee desktop-kaaga, adigoo isticmaalaya amarka %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Talo: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Waa caadi. Qaado waqti yar oo dheeri ah.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Wareeg kale</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Wuxuu mar kale samaynayaa isla jimicsiga.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Jimicsi kale</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Wuxuu kuu oggolaanayaa inaad doorato jimicsi neefsasho oo kale.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Dhowr daqiiqo ka fogow</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Saacad 2, 5 ama 10 daqiiqo ah oo ku xasuusinaysa inaad eegto ilmahaaga.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Isha: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Mahadsanid</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Tani way caawisay</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Wuxuu Pauzeknop u sheegaa, magac la&apos;aan, in taladani ku caawisay.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Waa la kaydiyay</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Kaydi</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Waxaa lagu kaydiyay talooyinkayga</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Ku kaydi talooyinkayga</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Taladani waxay ku jirtaa liiskaaga. Riix si aad uga saarto.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Taladan wuxuu ku hayaa liiskaaga, kombuyuutarkan oo keliya.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Talooyin loogu talagalay waalidiinta</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Talooyin loogu talagalay awoowayaasha iyo ayeeyooyinka</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Talooyin loogu talagalay shaqaalaha xannaanada</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Talooyin loogu talagalay qof kasta oo ilmo haya</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Wuxuu muujiyaa talooyinka xilligan.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Weli halkan talo ma jirto.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Talooyinka aad ku kaydiso ☆ halkan ayay ka muuqdaan.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Talooyin</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Muuji dhammaan talooyinka</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Sidoo kale wuxuu muujiyaa talooyinka loo qoray waalidiinta, awoowayaasha iyo ayeeyooyinka, iyo shaqaalaha xannaanada.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Talooyinkay</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Talooyinkay</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Talooyinka aad kaydisay.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Nasasho hadda</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Neefso</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Yaa ku caawin kara</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Fur Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ka bax</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: guji si aad u nasato</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop weli halkan ayuu joogaa</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Mar kasta oo aad nasasho u baahato, halkan ku guji astaanta. &quot;Ka bax&quot; waxay ku jirtaa liiskeeda.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Diiwaangelinta nasashooyinkaaga waa dansan tahay. Wax cusub lama qorayo.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Taariikhdii hore ee nasashooyinkaaga lama akhriyi karin, sidaas darteed mid cusub ayaa la bilaabay. Faylkii hore waxaa loo kaydiyay sidii %1. Nasashadu sidii caadiga ahayd ayay u shaqaynaysaa.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Nasashooyinkaaga hadda laguma kaydin karo galkan. Waa la xasuusanayaa ilaa Pauzeknop la xiro. Nasashadu sidii caadiga ahayd ayay u shaqaynaysaa.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Taariikhda nasashooyinkaaga waxaa kaydiyay nooc ka cusub oo Pauzeknop ah. Waad eegi kartaa, laakiin wax cusub laguma darayo ilaa aad cusboonaysiiso. Nasashadu sidii caadiga ahayd ayay u shaqaynaysaa.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Dhowr daqiiqo naftaada sii.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Hubi in ilmahaagu ammaan yahay, kadibna qolka ka bax. Waan kuu sheegi doonnaa marka ay tahay waqtigii aad eegi lahayd.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Wuxuu bilaabaa tirin-dib deggan. Waan kuu sheegi doonnaa goorta aad tagto oo eegto.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Neefso, biyo cab. Dhammaadka ilmahaaga eeg.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Waan soo laabtay</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Hadda wuu joojiyaa tirin-dibta.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Hadda tag oo ilmahaaga eeg.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Nasashada wuu dhammeeyaa wuxuuna ku celiyaa shaashadda bilowga.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>Waxaa haray %Ln daqiiqo</numerusform>
            <numerusform>Waxaa haray %Ln daqiiqo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln daqiiqo</numerusform>
            <numerusform>%Ln daqiiqo</numerusform>
        </translation>
    </message>
</context>
</TS>
