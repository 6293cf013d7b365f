<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Ritmim %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Kendi ritminiz: nefes alın, tutun, nefes verin, tutun.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Başınız dönerse veya kendinizi rahatsız hissederseniz durun.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop: küçük çocuklara bakan kişiler için bir mola düğmesi.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Mola ekranıyla açılır.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Kullanım kaydını ve ayarları &lt;dir&gt; klasöründe tutar.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>&lt;code&gt; dilini kullanır: %1.</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Sistem tepsisinde gizli başlar, molaya hazır bekler.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Standart girdiden bir yönetici PIN&apos;i okur ve yönetilen yapılandırma için gereken satırı yazdırır (yöneticiler için).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>&quot;Kim yardım edebilir&quot; ekranıyla açılır: yardım hatları ve arayabileceğiniz kendi kişileriniz.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Kullanım kaydının haftalık sayılarını &lt;file&gt; dosyasına yazar (CSV; .json için JSON) ve kapanır.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Doğrudan nefes egzersizini açar; verilmişse [PATTERN] egzersiziyle: %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>--breathe ile: yapılacak nefes egzersizi.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Neleri anladığını görmek için pauzeknop --help komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Bilinmeyen nefes egzersizi: %1. Şunlardan birini seçin: %2.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Bilinmeyen dil: %1. Şunlardan birini seçin: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Beklenmeyen argüman: %1</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Pauzeknop ekibinin önerisi</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Hizmet dili: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1 (dil: %2)</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Sakin nefes</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>4 saniye nefes alın, 6 saniye verin; yavaşça ve yumuşakça.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Nefesinizi tutmayın. Derin değil, yumuşak nefes alın.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Fizyolojik iç çekme</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Nefes alın, üstüne küçük bir nefes daha alın, sonra hepsini yavaşça verin.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Başınız dönerse durun.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Rezonans nefesi</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>5,5 saniye alın, 5,5 saniye verin: dakikada yaklaşık altı nefes. En iyisi beş dakika veya daha uzun süre.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Derin değil, yumuşak nefes alın.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Kutu nefesi</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>4 saniye alın, 4 tutun, 4 verin, 4 tutun; bir kutunun kenarları gibi.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Önce oturun ve bebeğiniz kucağınızdayken asla nefesinizi tutmayın. Hamile misiniz, kalp ya da akciğer rahatsızlığınız mı var? O zaman Sakin nefes egzersizini seçin.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Kısa kutu nefesi</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Daha hafif bir kutu: 3 saniye alın, 3 tutun, 3 verin, 3 tutun.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Önce oturun ve bebeğiniz kucağınızdayken asla nefesinizi tutmayın. Hamile misiniz, kalp ya da akciğer rahatsızlığınız mı var? O zaman Sakin nefes egzersizini seçin.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>4-7-8 nefesi</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>4 saniye alın, 7 tutun, 8 verin. En fazla dört tur.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Önce oturun ve bebeğiniz kucağınızdayken asla nefesinizi tutmayın. Hamile misiniz, kalp ya da akciğer rahatsızlığınız mı var? Sakin nefes egzersizini seçin. Başınızı döndürebilir; bilimsel çalışmalarda denenmemiştir.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Ona kadar sayın</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Başka bir şey yapmadan önce, nefes verirken yavaşça 1&apos;den 10&apos;a kadar sayın.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Bilerek kısa: on ila otuz saniye. Daha fazlasına ihtiyacınız varsa, sonra çocuğunuzu güvenli bir yere koyun.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Acil tehlike, bir yaralanma ya da yaralanmış veya çok hasta bir çocuk. Polis: 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Kendi aile hekiminiz kapalıyken nöbetçi doktor: hafta sonları ve resmî tatillerde, çoğu bölgede hafta içi geceleri de. Yabancı SIM kartlı bir telefondan: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>1733, nöbetçi doktor</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Hafta sonları (cuma 19:00&apos;dan pazartesi 08:00&apos;e kadar) ve resmî tatillerde nöbetçi doktor. Burada hafta içi geceleri 1733 aranmaz: nöbette kimin olduğunu kendi aile hekiminizin muayenehanesine sorun. Yabancı SIM kartlı bir telefondan: +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>1733, hafta sonu nöbetçi doktoru</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Şiddet, istismar ve çocuk istismarı: endişelenen herkes için ve bazen kendisi şiddet uygulayan kişiler için. Kim olduğunuzu söylemeniz gerekmez. Acil durum hattı değildir.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Bir çocuk için endişelenen profesyoneller için: eyaletinizin veya Brüksel&apos;in Vertrouwenscentrum Kindermishandeling merkezi tavsiye ve yardım verir. Ücretsiz.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>eyaletinizdeki Vertrouwenscentrum Kindermishandeling</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Konuşmaya ihtiyacı olan herkes için anonim bir dinleme hattı.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>İntihar düşünceleri olan herkes ve başkası için endişelenen kişiler için. Gece gündüz.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Bebekler, küçük çocuklar ve çocuk bakımı hakkında sorular.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Konuşmaya ihtiyacı olan herkes için anonim bir dinleme hattı, gece gündüz.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>İntihar düşünceleri olan herkes ve başkası için endişelenen kişiler için bir kriz hattı. Gece gündüz.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Eşler veya partnerler arasında şiddet: mağdurlar, şiddet uygulayanlar, çocuklar ve tanıklar için. Çalışma saatleri dışında aramalar Télé-Accueil&apos;e (107) aktarılır. Acil durum hattı değildir.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Bir çocuğun zarar görebileceği durumlarda yardım eden ekipler; çocuğuna zarar vermekten korkan anne babalara da yardım ederler. Her bölgenin kendi ekibi vardır: sizinkini ONE web sitesinde bulun.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>bölgenizdeki SOS Enfants ekibi</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Çocuklar ve gençler için, ayrıca bir çocuk için endişelenen yetişkinler için. Ücretsiz ve anonim.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Endişeleri olan veya kriz yaşayan herkes için anonim bir dinleme hattı, gece gündüz.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Acil tehlike, bir yaralanma ya da yaralanmış veya çok hasta bir çocuk.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>İntihar düşünceleri olan herkes ve başkası için endişelenen kişiler için. Ücretsiz ve anonim, gece gündüz.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Konuşmaya ihtiyacı olan herkes için bir dinleme hattı, gece gündüz.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Aile içi şiddet ve çocuk istismarı: mağdurlar, tanıklar ve kendisi şiddet uygulayan kişiler için tavsiye. Adınızı vermeden arayabilirsiniz.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Akşamlar, geceler, hafta sonları ve resmî tatiller için mesai dışı aile hekimi. Her bölgenin kendi numarası vardır: aile hekiminizin telefon mesajında veya web sitesinde yazar. Ülke çapında tek bir numara yoktur.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>bölgenizdeki huisartsenpost</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Çocuğunuzu güvenli bir yere koyun: sırtüstü, boş bir bebek yatağına veya oyun parkına. Sonra odadan çıkın.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Birkaç dakikalığına kapıyı kapatmak sorun değil. 5 ila 10 dakikada bir gidip bakın.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Sarsma, sertçe tutma veya vurma isteği mi duyuyorsunuz? Bu sizin işaretiniz: çocuğunuzu elinizden bırakın ve odadan çıkın.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Bir çocuğu asla sarsmayın, fırlatmayın veya ona vurmayın, bir kez bile. Bir bebeği sarsmak beyin hasarına veya ölüme yol açabilir.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Bir dakika yavaşça nefes alıp verin: burnunuzdan alın, sonra yavaşça verin.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Başka bir şey yapmadan önce yavaşça ona kadar sayın.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Başka bir odaya gidin. Biraz su veya çay için ya da yüzünüze soğuk su çarpın.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Yüksek sesle söyleyin: &quot;Sınırımdayım. Beş dakika ara veriyorum.&quot;</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Birini arayın: eşiniz, bir komşunuz, bir arkadaşınız veya {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Birini arayın: eşiniz, bir komşunuz veya bir arkadaşınız.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Yardım istemek zayıflık değil, güçtür.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Çocuğunuzun yaralı veya hasta olduğunu mu düşünüyorsunuz? 112&apos;yi arayın. Acil değil ama bekleyemez mi? Arayın: {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Çocuğunuzun yaralı veya hasta olduğunu mu düşünüyorsunuz? 112&apos;yi arayın. Acil değil ama bekleyemez mi? Bir doktoru arayın.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Ağlama yaklaşık 2. haftadan itibaren artar ve 6. ile 8. haftalar arasında en yüksek seviyeye çıkar. Sonra azalır.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Küçük bir bebeğin çok ağlaması normaldir. Bu sizin suçunuz değil.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Temel ihtiyaçları bir kez kontrol edin: açlık, bez, fazla sıcak ya da soğuk, yorgunluk. Sonra bir neden aramayı bırakın.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Her seferinde tek bir sakinleştirici şey deneyin: mırıldanmak ya da şarkı söylemek, ten tene temas, bebek arabasıyla yürüyüş, ılık bir banyo.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Bazı ağlamalar durdurulamaz. Ağlamanın kendisi bebeğinize zarar vermez ve geçecektir.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Ağlaması alışılmadık geliyorsa, ateşi varsa veya beslenmiyorsa: bir doktora gidin.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Bebeği yatırın ve elinizi karnının üzerinde tutun ya da uykusu derinleşene kadar bekleyin.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>Çok mu yorgunsunuz? Dinlenmeden önce bebeği kendi yatağına koyun.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Kanepede veya koltukta bebekle birlikte asla uyuyakalmayın.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Eşinizden, bebeğin büyükannesinden veya büyükbabasından bir süre sizin yerinize bakmasını isteyin.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Öfke nöbetleri normal bir gelişim dönemidir. Çoğu 15 dakikadan kısa sürede geçer.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Çocuğu güvende tutun, yakınında kalın ve tartışmadan geçmesini bekleyin.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Duyguyu ve sınırı birkaç kelimeyle söyleyin: &quot;Kızgınsın. Vurmak acıtır, seni durduruyorum.&quot;</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Sakin kalamıyor musunuz? Çocuk güvendeyse bir iki dakikalığına dışarı çıkın.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Altta yatan nedene bakın: açlık, yorgunluk, etrafta çok fazla şey olması.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Sonra yeniden yakınlık kurun ve bir dahaki sefere işler iyi gittiğinde çocuğunuzu övün.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Çocuk doyduğunu gösterdiğinde durun. Asla zorla yedirmeyin.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Yenmeyen bir öğün başarısızlık değildir. Başka öğünler de olacak.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Beslenme hep gözyaşıyla mı bitiyor? Danışın: {line:parenting} veya aile hekiminiz.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Beslenme hep gözyaşıyla mı bitiyor? Aile hekiminize veya çocuk sağlığı merkezine danışın.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>İş arkadaşlarınızla şu anlama gelen bir işaret belirleyin: &quot;Benim yerime bakar mısın, iki dakikaya ihtiyacım var.&quot;</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Grubu asla gözetimsiz bırakmayın. Önce bir iş arkadaşınızdan sizin yerinize bakmasını isteyin.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Grupla yalnız mısınız? Önce herkesi güvenceye alın: bebekler yataklarına, küçük çocuklar sakin bir uğraşla yerlerine.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Herkes güvende olunca yöneticinizi veya yedek kişinizi arayın.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Bebekler birbirini ağlatır. Bu sizden değil, ortamdan kaynaklanır.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Zor bir andan sonra bunu bir iş arkadaşınızla veya yöneticinizle konuşun.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Sizin veya bir iş arkadaşınızın bir çocuğa nasıl davrandığı konusunda endişeli misiniz? Yöneticinize söyleyin ve kurumunuzun prosedürünü izleyin. Şuradan da tavsiye alabilirsiniz: {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Sizin veya bir iş arkadaşınızın bir çocuğa nasıl davrandığı konusunda endişeli misiniz? Yöneticinize söyleyin ve kurumunuzun prosedürünü izleyin.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Somut yardım isteyin: bir yemek ya da on beş dakika çocuğa bakılması.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Önceden bir ağlama planı yapın: sakinleştiren üç şey, kimi arayacağınız, bebeğin nereye konacağı.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>&quot;Asla sarsma&quot; kuralını ve planınızı bebeğe bakan herkesle paylaşın.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Doğumdan sonraki ilk iki haftada ağlamaklı veya keyifsiz olmak yaygındır. Daha uzun mu sürüyor, ya da kendinize veya bebeğinize zarar verme düşünceleriniz mi var? Bugün aile hekiminize gidin ya da gece gündüz arayın: {line:crisis}.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Doğumdan sonraki ilk iki haftada ağlamaklı veya keyifsiz olmak yaygındır. Daha uzun mu sürüyor, ya da kendinize veya bebeğinize zarar verme düşünceleriniz mi var? Bugün aile hekiminize gidin. Şu an tehlike mi var? 112&apos;yi arayın.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Güvenli uyku önerileri değişti: sırtüstü, boş bir bebek yatağında. Anne babanın düzenine uyun.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>Büyükanne veya büyükbaba olarak siz de uzaklaşabilirsiniz. Bebeği güvenli bir yere yatırmak her zaman serbesttir.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Bebeğinizi sarstınız veya ona vurdunuz mu, ya da bebeğiniz şu an iyi görünmüyor mu (uyuşuk, gevşek, kusuyor, beslenmiyor, nöbet geçiriyor)? Hemen 112&apos;yi arayın ve ne olduğunu anlatın.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Bağırdınız veya sertçe tuttunuz mu? Konuşup çocukla barışmak için asla geç değildir.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Çocuğunuza zarar vermekten mi korkuyorsunuz? Aile hekiminize söyleyin: destek bulmanıza yardım edebilir. Yardım istemek güçtür.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>112, acil çağrı numarası</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>1712, şiddet ve istismar yardım hattı</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>dinleme hattı Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>dinleme hattı Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>Écoute Violences Conjugales yardım hattı (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>dinleme hattı Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>112, acil çağrı numarası</translation>
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
        <translation>Çocuğunuza zarar vermekten mi korkuyorsunuz? Arayın: {line:abuse-advice}. Bu korkuyu yaşayanlara da yardım ediyorlar.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Ağlama planım</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Ağlamak normaldir ve geçer. Çok zorlandığınızda bu adımları izleyin.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Bebeği sırtüstü, kendi boş yatağına veya oyun parkına koyun. Sonra odadan çıkın.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Yavaşça nefes verin. Ona kadar sayın. Biraz su için.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>5 ila 10 dakikada bir gidip bakın.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Aşağıdaki kişilerden birini arayın. Yardım istemek güçlülüktür.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Bir bebeği asla sarsmayın, bir an bile. Sarsmak beyin hasarına veya ölüme yol açabilir.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>Çocuk yaralı veya hasta mı? Hemen 112&apos;yi arayın.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Kişilerim</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Yardım hatları</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Bu planı bebeğe bakan herkesle paylaşın.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Nefes alma</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Nefes aldıktan sonra tutma</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Nefes verme</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Nefes verdikten sonra tutma</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>En fazla altı ritim saklayabilirsiniz. Önce birini kaldırın.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1: lütfen saniye sayısını yazın, örneğin 4 veya 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 0 saniyeden az olamaz.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 en fazla 12 saniye olabilir.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1: tam veya yarım saniye kullanın, örneğin 4 veya 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 en az 1 saniye olmalı.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Yönetici PIN&apos;ini yazın ve Enter&apos;a basın: </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Bu satırı pauzeknop.conf dosyasının [organisation] bölümüne koyun.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>PIN en az %n karakter olmalı; hiçbir şey oluşturulmadı.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Satır %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>Yönetilen yapılandırma</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>%1. satırdaki yönetici PIN&apos;i geçerlidir.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>yönetici PIN&apos;i ayarlanmamış.</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>Yönetilen yapılandırma okunamıyor; Pauzeknop kendi ayarlarını kullanıyor.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>Yönetilen yapılandırma 1 MB&apos;tan büyük ve kullanılmıyor; Pauzeknop kendi ayarlarını kullanıyor.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>Yönetilen yapılandırma, yönetici (root) dışındaki hesaplar tarafından değiştirilebildiği için kullanılmıyor.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 bir ayar (anahtar=değer) değil ve yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1, %2 karakterden uzun ve yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1: [%2] bölümü bilinmiyor; satırları yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1: &quot;%2&quot; herhangi bir [bölüm] başlığından önce geliyor ve yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1: &quot;%2&quot; anahtarı bilinmiyor ve yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1: &quot;%2&quot; için beklenen: %3; satır yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1: &quot;%2&quot; zaten %3. satırda ayarlanmıştı; %4. satır geçerlidir.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1: adminPin, pauzeknop --hash-pin ile yapılmış bir karma (hash) değil ve yok sayılıyor; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1: bu adminPin %2 turdan az ile yapılmış ve tahmin edilmesi çok kolay; pauzeknop --hash-pin ile yenisini yapın. Yok sayılıyor; %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true veya false</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>Bu dosyadaki %n sorun daha listelenmiyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 bilinmeyen bir bölüm adı içeriyor; o bölümün satırları yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 herhangi bir [bölüm] başlığından önce geliyor ve yok sayılıyor.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1, Pauzeknop&apos;un tanımadığı bir anahtar içeriyor ve yok sayılıyor.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>&quot;%1&quot; eksik veya boş</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;%1&quot; %n karakterden uzun</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>&quot;%1&quot; tek bir İngilizce metin olmalı: çeviriler .ts dosyalarıyla yapılır</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>&quot;%1&quot; %n dilden fazlasını içeriyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>&quot;%2&quot; içindeki &quot;%1&quot;, &quot;nl&quot; gibi bir dil kodu altında en fazla %n karakterlik bir metin olmalı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>&quot;%1&quot; 1 ile %n arasında öğe içeren bir liste olmalı</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; şunu içeriyor: &quot;%2&quot;; küçük harf, rakam ve &apos;-&apos; kullanın</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>&quot;%1&quot; bir %2 listesi olmalı (bulunan: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>&quot;%1&quot; bir web adresi olmalı (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2: bilinmeyen anahtar &quot;%3&quot; yok sayıldı.</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>ipucu %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>ipucu %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2: %3; bu ipucu atlanıyor.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>&quot;id&quot; küçük harf, rakam, &apos;.&apos;, &apos;_&apos; veya &apos;-&apos; olmalı</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>&quot;situation&quot; şunlardan biri olmalı: moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>&quot;text&quot; {line:...} ile bir hattın adını veriyor, bu yüzden &quot;text_without_line&quot; o hattın olmadığı bir bölge için aynı şeyi söylemeli</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>&quot;text_without_line&quot; bir hattın adını vermemeli</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>&quot;%1&quot; metni diğerleriyle aynı hatları anmalı</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>&quot;source&quot; eksik: her ipucu nereden geldiğini söyler</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;source&quot; %n karakterden uzun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>&quot;channels&quot; en fazla %n ulaşım yolu içeren bir liste olmalı</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>kanal %1: &quot;kind&quot; phone, chat, sms, mail veya web olmalı</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>kanal %1: &quot;%2&quot; geçerli bir %3 değil</translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>kanal %1: &quot;hours&quot; %n karakterden uzun</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>kanal %1: &quot;%2&quot; saatleri anlaşılamadı (%3)</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>yardım hattı %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>yardım hattı %1</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2: %3; bu iletişim bilgisi atlanıyor.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>&quot;name&quot; eksik</translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;name&quot; %n karakterden uzun</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>&quot;cost&quot; &quot;free&quot; veya &quot;zonal&quot; olmalı</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>&quot;emergency&quot; yalnızca 112 için ayrılmıştır</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>&quot;verified&quot; için 2026-11-28 gibi bir tarihle &quot;verified_on&quot; gerekir</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>&quot;channels&quot; en az bir ulaşım yolu içermeli</translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>egzersiz %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2: %3; bu egzersizin metinleri kullanılmıyor.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>&quot;id&quot; ve &quot;source&quot; gerekli</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: okunamıyor (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1: 1 MB&apos;tan büyük, okunmadı.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1: %2. karakterde geçerli JSON değil (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1: &quot;tips&quot; ve &quot;helplines&quot; içeren bir nesne bekleniyordu.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1: bilinmeyen anahtar &quot;%2&quot; yok sayıldı.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1: &quot;version&quot; 1 olmalı; sürüm 1 olarak okunuyor.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: &quot;%2&quot; bir liste olmalı.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; içinde %n kayıt var; yalnızca ilk %3 tanesi okunuyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, ipucu &quot;%2&quot;: bu id zaten kullanılıyor; bu ipucu atlanıyor.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, yardım hattı &quot;%2&quot;: bu id zaten kullanılıyor; bu iletişim bilgisi atlanıyor.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... ve gösterilmeyen %n sorun daha.</numerusform>
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
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1, bu bilgisayardaki başka bir hesabın oluşturduğu bir bağlantı; bu yüzden oraya hiçbir şey yazılmadı. Lütfen başka bir yer seçin.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>bu, yerine yenisi yazılabilecek bir dosya değil.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>çok fazla bağlantı.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>dosya açılamadı.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Ayar dosyanız okunamayacak kadar büyüktü, bu yüzden Pauzeknop yeni ayarlarla başladı. Eski dosya %1 olarak saklandı.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Ayar dosyanız okunamayacak kadar büyük. Pauzeknop şimdilik olağan ayarlarını kullanıyor.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Bu ayar bu bilgisayara kaydedilemedi (disk dolu veya salt okunur olabilir). Pauzeknop kapanana kadar kullanılmaya devam eder.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true veya false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>şunlardan biri: %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 ile %2 arasında bir tam sayı</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>Ctrl+Alt+P gibi bir tuş (Ctrl, Alt veya Super ile) ya da off</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Bu ortak kullanılan bir bilgisayar: kişisel iletişim bilgileri burada saklanmaz.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Kurumunuz tarafından bu bilgisayardaki herkes için ayarlandı.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Bu bilgisayardaki herkes için %1 tarafından ayarlandı.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>en fazla %n karakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Şu an</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Ağlayan bir bebek</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Uyumuyor</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Öfke nöbeti</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Beslenme ve yemekler</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Kreşte hareketli bir grup</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Çok yorgun</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Sonrasında</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Kullanım kaydı açılamadı: dışa aktarılan dosya boş.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Haftalık sayılar şuraya yazıldı: %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>Yönetici PIN&apos;i</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>Yöneticinin PIN&apos;i mola kayıtlarını gösterir.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Yönetici PIN&apos;ini kontrol eder.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Bu bilgisayar için yönetici PIN&apos;i ayarlanmamış.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Pauzeknop kapanana kadar kilit açık.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>PIN kontrol ediliyor...</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>PIN doğru değil. %1 sn bekleyin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN doğru değil. Lütfen tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Şimdi ne yapmalı: nefes alın, tutun veya nefes verin.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Nefes alın</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Biraz daha alın</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tutun</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Nefes verin</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Yavaşça sayın</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Çok iyi. Nefes egzersizi bitti.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Çok iyi</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>Kalan: %1:%2</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Bu adımın saniyeleri</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Nefes dairesi</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Nefes alırken büyür, nefes verirken küçülür.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Nefes çubuğu</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Nefes alırken dolar, nefes verirken boşalır.</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Bir tur daha</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 dakika</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Bu nefes egzersizini biraz uzatır.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>Egzersizi bitirdim</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Zamanlayıcıyı durdurur ve nasıl hissettiğinizi sorar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln dakika kaldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Bir ipucu: %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Çok iyi.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Bir mola verdiniz. Bu sizin için de çocuğunuz için de iyi oldu.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Tekrar nefes al</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Bir tur daha nefes egzersizi başlatır.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Molayı bitirir ve başlangıç ekranına döner.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Şimdi nasıl hissediyorsunuz?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Daha sakinim</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Güzel bir söz, bir ipucu ve geri dönüş yolunu gösterir.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Hâlâ gerginim</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Bir tur daha, farklı bir egzersiz veya birkaç dakika uzaklaşmayı önerir.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Yardıma ihtiyacım var</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Kimi arayabileceğinizi gösterir, önce 112.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Kendi kişileriniz</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Çok zorlandığınızda kimi arayabileceğinizi şimdiden yazın: eşiniz, bir komşunuz, bir arkadaşınız.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ara: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Telefonunuzu veya arama uygulamanızı açarak şu kişiyi arar: %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Ağlama planımı oluştur</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Ağlama planımı düzenle</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Aramak istediğiniz kişiler; yalnızca bu bilgisayarda saklanır. Yazdırabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>%1 kaydedilemedi. Başka bir klasör deneyin.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Ağlama planını PDF olarak kaydet</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>aglama-plani</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>%1. kişinin adı</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Çok zorlandığınızda arayabileceğiniz biri.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>%1. kişinin telefon numarası</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Aranacak numara.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Not, örneğin: yan komşu</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>%1. kişi hakkında not</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Yardımcı olacak her şey, örneğin ne zaman aranacağı.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>%1. kişiyi kaldır</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Bu kişiyi planınızdan çıkarır.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Ağlama planım</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Çok zorlandığınızda kimi arayabilirsiniz? Bu yalnızca bu bilgisayarda kalır. Buzdolabına asmak, büyükanne, büyükbaba ve bakıcılara vermek için yazdırın.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Bir kişi daha için boş bir satır ekler.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Ağlama planını yazdır</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Planınızı, ne yapılacağı ve kimin aranacağıyla birlikte yazdırır.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Planınızı yazdırmak veya paylaşmak için PDF dosyası olarak kaydeder.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Tehlike mi? Her telefondan 112&apos;yi arayın. Ücretsiz, 7/24.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Tehlike mi? 112&apos;yi arayın</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Çocuğunuz yaralıysa veya tehlikedeyse hemen acil durum numarası 112&apos;yi arayın.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Bir nefes egzersizi seçin</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (önerilen)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Daha az egzersiz</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Daha fazla egzersiz</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Diğer nefes egzersizlerini gösterir veya gizler.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>How long to breathe.</source>
        <translation>Nefes egzersizinin süresi.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Kendi ritmimi oluştur</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Nefes alma, tutma ve verme için kendi saniyelerinizi belirleyin.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Egzersize başla</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Seçilen egzersizi seçilen süre boyunca başlatır.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln tur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln dakika</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Bu siz misiniz? O zaman Pauzeknop size doğru yardımı gösterir.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ben</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Yaşadığım yer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>anne/babayım</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>nine/dedeyim</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>kreş çalışanıyım</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>başka biriyim</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>İpuçları ve güvenlik kartı size göre yazılır.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop bu bölgenin yardım hatlarını gösterir.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Pauzeknop&apos;un dilini seçin.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>Evet, doğru</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Bu cevapları saklar. Daha sonra Ayarlar&apos;dan değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Bu kartı kaldırır. Pauzeknop kendi tahminini kullanır; Ayarlar&apos;dan değiştirilebilir.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Şimdi mola ver: Pauzeknop&apos;un sakin mola ekranını aç</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Bu bilgisayar arama yapamaz. %1 numarasını bir telefondan arayın.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Ayrıca: %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Şu an açık: %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Sohbet: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Bu bilgiler yakın zamanda doğrulanamadı. Bunlara güvenmeden önce web sitesine bakın.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Kaynak kontrol tarihi: %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ara: %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Telefonunuzu veya arama uygulamanızı açarak %1 hattını arar: %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Numarayı kopyala</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>%1 numarasını kopyala</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>%1 numarasını panoya kopyalar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>%1 adresini web tarayıcınızda açar.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>Arama için QR kodu: %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Aramak için telefonunuzun kamerasıyla tarayın: %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Şu an açık</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Şu an açık, kapanış: %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Şu an açık, kapanış: %1 %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Şu an kapalı, açılış: %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Şu an kapalı, açılış: yarın %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Şu an kapalı, açılış: %1 %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Saatler bilinmiyor</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Bu bilgisayar arama yapamaz. %1 numarasını bir telefondan arayın veya QR kodunu tarayın.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Numara kopyalandı.</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Your contact person here.</source>
        <translation>Buradaki irtibat kişiniz.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>%1 kurumundaki irtibat kişiniz.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Saatler: %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Kim yardım edebilir</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flaman Bölgesi</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brüksel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valonya</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Almanca konuşan topluluk</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Hollanda</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Çok zorlandığınızda Mola&apos;ya basın.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mola</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Sakin bir mola açar: önce çocuğunuzu güvenceye alın, sonra zamanlayıcıyla nefes alın.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Başlatmak için Boşluk veya Enter&apos;a basın.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Pauzeknop&apos;un dilini seçin.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>İpuçları</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>Zor anlar için kısa ipuçları, kaynaklarıyla birlikte.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Kim yardım edebilir</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Şu an açık olan yardım hatları ve arayabileceğiniz kendi kişileriniz.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Molalarım</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Kendi molalarınızı görün: ne zaman, sonra nasıl hissettiniz, ne yardımcı oldu.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Nefes al</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Hemen bir nefes egzersizi açar.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Dil, ses, yazı boyutu ve daha fazlası.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Molalarım</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Haftalık molalar</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Günün saati</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Moladan sonra nasıl hissettiniz</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>En çok kullandığınız egzersizler</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Size yardımcı olan ipuçları</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Henüz mola yok, bu da normal. Ne zaman mola verirseniz, burada ne zaman verdiğinizi ve neyin yardımcı olduğunu göreceksiniz. Her mola önemlidir.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Daha sakin</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Hâlâ gergin</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Yardım gerekti</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Henüz bitirilmiş nefes egzersizi yok.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Henüz yardımcı olarak işaretlenmiş ipucu yok.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>%1 haftası: %Ln mola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln mola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln kez)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Yeni tuşlara şimdi basın (Escape iptal eder)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Escape iptal eder)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Yeni tuşlara şimdi basın, örneğin Ctrl, Alt ve bir harfe birlikte. Escape iptal eder.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Tuş seç</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Başka bir tuş seçmek için Boşluk tuşuna basın, sonra yeni tuşlara basın.</translation>
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
        <translation>Acil durum numarası: polis, ambulans, itfaiye.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>112&apos;yi ara</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Bununla yalnız değilsiniz.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Kişilerim ve tüm yardım hatları</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Molayı bitirir ve &quot;Kim yardım edebilir&quot; ekranını açar: arayabileceğiniz kendi kişileriniz ve her hat, arama, kopyalama ve QR koduyla.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Çocuğumun yanına dön</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Molayı bitirir ve başlangıç ekranına döner.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Kendi ritmim, saniye olarak</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Saniye, 0 ile 12 arasında, yarımşar saniyelik adımlarla.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Kaydet ve nefes al</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Bu ritmi saklar ve onunla nefes egzersizine başlar.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Egzersiz listesine geri döner.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Artık iyiyim</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Molayı istediğiniz an bitirir. Escape de aynısını yapar.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Bu kapalıyken yeni hiçbir şey kaydedilmez. Var olan kayıtlar siz silene kadar kalır.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Eski notlar Pauzeknop her başladığında silinir.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Özet kaydet…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Özet kaydet</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Haftalık sayıları seçtiğiniz bir dosyaya kaydeder: bir tablo (CSV) veya JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Gizliliğiniz hakkında</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Neyin, nereye kaydedildiği ve neyin asla kaydedilmediği.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Her şeyi sil</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Molalarınızla ilgili tüm notları bu bilgisayardan siler. Önce size sorulur.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tablo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Her şey silinsin mi?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Bu bilgisayardaki molalarınızla ilgili tüm notlar silinir. Bu geri alınamaz. Mola her zamanki gibi çalışmaya devam eder.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Molalarımı sakla</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Her şey silindi.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Hiçbir şey silinemedi: bu geçmiş salt okunur.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Gizliliğiniz</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>uygulamanın kendi klasörü</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Neler kaydedilir</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Nerede saklanır</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Neler asla kaydedilmez</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Ne kadar süre saklanır</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Kim görebilir</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Pauzeknop ne değildir</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Yalnızca ne olduğu, asla kim olduğunuz değil: bir molanın başladığı, hangi nefes egzersizini yaptığınız, sonra nasıl hissettiğiniz (daha sakin, hâlâ gergin, yardım gerekti) ve hangi ipuçlarının yardımcı olduğu. Her not yalnızca saati tutar, dakikayı asla.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Yalnızca bu bilgisayarda, tek bir dosyada: %1. Pauzeknop internet kullanmaz, bu yüzden hiçbir şey hiçbir yere gönderilmez.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Adınız, çocuğunuzun adı, bilgisayarın adı, yazdığınız her şey, kendi planınızdaki kişiler, pencere başlıkları ve dosya adları.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>Siz seçersiniz: 30 gün, 90 gün, 1 yıl veya süresiz. Eski notlar Pauzeknop her başladığında silinir. Molalarım ekranında kayıt tutmayı kapatabilir veya her şeyi silebilirsiniz.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Yalnızca bu bilgisayarı kullanan kişiler. Bir özet kaydederseniz, içinde haftalık sayılar olur, asla tek tek anlar olmaz. Ortak kullanılan bir bilgisayarda 5&apos;in altındaki sayılar gizlenir ve Molalarım için yöneticinin PIN&apos;i gerekir.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop sakin bir an yaşamanıza yardım eder. Hiçbir şeye teşhis koymaz, hiçbir şeyi tedavi etmez. Siz veya çocuğunuz tehlikedeyseniz 112&apos;yi arayın.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Bu çeviri Pauzeknop ekibinin bir taslağıdır: anadili Türkçe olan biri henüz kontrol etmedi.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Brüksel&apos;de yardım</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Valonya&apos;da yardım</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Almanca konuşan toplulukta yardım</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Hollanda&apos;da yardım</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Flaman Bölgesi&apos;nde yardım</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Yaşadığım yeri değiştir</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Başka bir bölgenin hatlarını gösterir. Pauzeknop bunu her yerde kullanır.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Eski molalar silinsin mi?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Molalarımı sakla</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Kayıt süresi %1 olursa daha eski molalar şimdi bu bilgisayardan silinir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln mola silinecek. Bu geri alınamaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>Önce çocuğunuzun güvende olduğundan emin olun.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Bir iş arkadaşınızdan yerinize bakmasını isteyin veya önce grubu güvenceye alın.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Bebeğinizi sırtüstü yatağına veya başka güvenli bir yere yatırın. Birkaç dakikalığına uzaklaşmanızda sakınca yok.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Bir bebeği asla sarsmayın. Bebeği güvenli bir yere yatırın ve uzaklaşın.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Çocuğum güvende. Nefes alalım</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Nefes egzersizini başlatır.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Ana ekran</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Başlangıç ekranına döner. Escape de aynısını yapar.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Kilitli. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Bilgisayarın dili</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>For the administrator</source>
        <translation>Yönetici için</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>Pauzeknop&apos;un dili. Hemen değişir.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Ben kimim</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>Mola ve ipuçları size göre yazılır.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Anne veya baba</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Büyükanne veya büyükbaba</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Kreş çalışanı</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Başka biri</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Yaşadığım yer</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Hangi yardım hatlarının gösterileceği.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flaman Bölgesi</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brüksel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Valonya</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Almanca konuşan topluluk</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Hollanda</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>Mola</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>Önce sorulsun: Çocuğunuz güvende mi?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Nefes egzersizinden önce bir kart, çocuğunuzu güvenli bir yere koymanızı ister.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Nefes egzersizi</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>Molanın başladığı egzersiz.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Nefes süresi</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Her zaman daha erken durabilirsiniz.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Yumuşak sesler</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Nefes alma veya verme zamanı geldiğinde yumuşak bir ses.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Ses düzeyi</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Uyuyan bir bebek uyanmasın diye düşük tutulur.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Sesli yönlendirme</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Sakin bir ses &quot;nefes alın&quot; ve &quot;nefes verin&quot; der.</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Daha az hareket</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Büyüyen bir daire yerine dolan bir çubuk.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Siyah beyaz, net kenarlarla.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Her yerde daha büyük yazı.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Bu bilgisayar</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Bilgisayarımla başlat</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop sistem tepsisinde sessizce bekler, bir tık uzağınızda.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Molalarımın kaydını tut</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Yalnızca ne zaman ve ne kadar süre, asla kim olduğu değil. Bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Kaydın saklanma süresi</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Daha eski molalar kendiliğinden silinir.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 gün</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 gün</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>1 yıl</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Ben silene kadar</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Klavye kısayolu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Bu ortak kullanılan bir bilgisayar. Kişisel iletişim bilgileri burada saklanmaz ve mola kayıtları yalnızca yönetici içindir.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Ayarlayan: %1.</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Sesli yönlendirme bu dilde yok. Yumuşak sesler yine de çalışır.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Kurumun ayar dosyasındaki bazı satırlar yok sayıldı:</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Bilgisayarınız bu tuşu kendisi kullanıyor. Başka bir tuş seçin.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Ctrl, Alt veya Windows tuşuyla birlikte bir harf, rakam veya F tuşu seçin; böylece tuş yazı yazarken hiç engel olmaz.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Her yerden mola</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Tek bir tuş molayı açar; Pauzeknop sistem tepsisindeyken veya başka pencerelerin arkasındayken de.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Mola tuşu</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Masaüstüme tekrar sor</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Kilitli. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Kapalı. Mola düğmesi ve sistem tepsisi yine de molayı açar.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Masaüstünüzden %1 kısayolunu ayarlaması isteniyor. Onay için bir pencere gösterebilir.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>%1 ayarlanıyor…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Açık: Pauzeknop çalışırken %1 tuşlarına bastığınızda masaüstünüz molayı açar.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Açık: Pauzeknop çalışırken molayı açmak için herhangi bir yerde %1 tuşlarına basın.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Tuşun her zaman hazır olması için &quot;Bilgisayarımla başlat&quot; seçeneğini açın.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Bu tuşu başka bir program kullanıyor; başka bir tuş seçin.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Masaüstünüz tuşu ayarlamadı. Sorun değil: Mola düğmesi ve sistem tepsisi yine de molayı açar. Tekrar sorabilir veya masaüstünüzün kendi klavye ayarlarında %1 komutuyla bir tuş ekleyebilirsiniz.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Bu klavyede böyle bir tuş yok; başka bir tuş seçin.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Bu masaüstü, Pauzeknop&apos;un kendisi bir tuş ayarlamasına izin vermiyor. Ayarlar &gt; Klavye &gt; Kısayolları Görüntüle ve Özelleştir &gt; Özel Kısayollar bölümünde %1 komutuyla bir tuş ekleyin.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Bu masaüstü, Pauzeknop&apos;un kendisi bir tuş ayarlamasına izin vermiyor. Sistem Ayarları &gt; Kısayollar &gt; Yeni Ekle &gt; Komut veya Betik bölümünde %1 komutuyla bir tuş ekleyin.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Bu masaüstü, Pauzeknop&apos;un kendisi bir tuş ayarlamasına izin vermiyor. Masaüstünüzün kendi klavye ayarlarında %1 komutuyla bir kısayol ekleyin.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Bir ipucu: %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>Sorun değil. Kendinize biraz daha zaman tanıyın.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Bir tur daha</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Aynı egzersizi bir kez daha yapar.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Farklı bir egzersiz</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Başka bir nefes egzersizi seçmenizi sağlar.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>Birkaç dakika uzaklaş</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Çocuğunuza bakmanızı hatırlatan 2, 5 veya 10 dakikalık bir zamanlayıcı.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Teşekkürler</translation>
    </message>
    <message>
        <source>This helped</source>
        <translation>Bu yardımcı oldu</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Bu ipucunun size yardımcı olduğunu Pauzeknop&apos;a anonim olarak bildirir.</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Kaydedildi</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Kaydet</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>İpuçlarıma kaydedildi</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>İpuçlarıma kaydet</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Bu ipucu kendi listenizde. Çıkarmak için basın.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Bu ipucunu kendi listenizde, yalnızca bu bilgisayarda saklar.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Anne babalar için ipuçları</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Büyükanne ve büyükbabalar için ipuçları</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Kreş çalışanları için ipuçları</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Çocuğa bakan herkes için ipuçları</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Bu an için ipuçlarını gösterir.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Burada henüz ipucu yok.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>☆ ile kaydettiğiniz ipuçları burada görünür.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>İpuçları</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Tüm ipuçlarını göster</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Anne babalar, büyükanne ve büyükbabalar ve kreş çalışanları için yazılan ipuçlarını da gösterir.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ İpuçlarım</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>İpuçlarım</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Kaydettiğiniz ipuçları.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Şimdi mola ver</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Nefes al</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Kim yardım edebilir</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Pauzeknop&apos;u aç</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop: mola için tıklayın</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop hâlâ burada</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Mola vermek istediğinizde buradaki simgeye tıklayın. Çıkış, simgenin menüsündedir.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Molalarınızın kaydı kapalı. Yeni hiçbir şey kaydedilmiyor.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Önceki mola geçmişiniz okunamadı, bu yüzden yenisi başlatıldı. Eski dosya %1 olarak saklandı. Mola her zamanki gibi çalışıyor.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Molalarınız şu anda bu klasöre kaydedilemiyor. Pauzeknop kapanana kadar hatırlanırlar. Mola her zamanki gibi çalışıyor.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Mola geçmişiniz Pauzeknop&apos;un daha yeni bir sürümüyle kaydedilmiş. Ona bakabilirsiniz, ama güncelleyene kadar yeni bir şey eklenmez. Mola her zamanki gibi çalışıyor.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Kendinize birkaç dakika ayırın.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Çocuğunuzun güvende olduğundan emin olun, sonra odadan çıkın. Gidip bakma zamanı geldiğinde size söyleyeceğiz.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Sakin bir geri sayım başlatır. Gidip bakma zamanı geldiğinde size söyleyeceğiz.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Nefes alın, biraz su için. Sonunda çocuğunuza bakın.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Döndüm</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Geri sayımı şimdi bitirir.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Şimdi gidip çocuğunuza bakın.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Molayı bitirir ve başlangıç ekranına döner.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln dakika kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln dakika</numerusform>
        </translation>
    </message>
</context>
</TS>
