<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>My pattern %1</source>
        <translation>Mon rythme %1</translation>
    </message>
    <message>
        <source>Your own pattern: breathe in, hold, breathe out, hold.</source>
        <translation>Votre propre rythme : inspirer, retenir, expirer, retenir.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy or uncomfortable.</source>
        <translation>Arrêtez si vous avez la tête qui tourne ou si c’est inconfortable.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop : un bouton pause pour les personnes qui s’occupent de jeunes enfants.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Ouvrir directement l’écran de pause.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Garder le journal d’utilisation et les réglages dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Lancez pauzeknop --help pour voir les options reconnues.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Start hidden in the tray, ready for a pause.</source>
        <translation>Démarrer caché dans la zone de notification, prêt pour une pause.</translation>
    </message>
    <message>
        <source>Read an admin PIN from standard input and print the line for the managed configuration (for administrators).</source>
        <translation>Lire un code PIN administrateur sur l’entrée standard et afficher la ligne pour la configuration gérée (pour les administrateurs).</translation>
    </message>
    <message>
        <source>Open on &quot;Who can help&quot;: helplines and your own people to call.</source>
        <translation>Ouvrir sur « Qui peut aider » : lignes d’aide et vos proches à appeler.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Écrire les comptes hebdomadaires du journal d’utilisation dans &lt;file&gt; (CSV, ou JSON pour .json) et quitter.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Ouvrir directement la respiration, avec l’exercice [PATTERN] s’il est indiqué : %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Avec --breathe : l’exercice de respiration à utiliser.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Exercice de respiration inconnu : %1. Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;: %1.</source>
        <translation>Utiliser la langue &lt;code&gt; : %1.</translation>
    </message>
    <message>
        <source>Unknown language: %1. Choose one of: %2.</source>
        <translation>Langue inconnue : %1. Choisissez parmi : %2.</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Advice of the Pauzeknop team</source>
        <translation>Conseil de l’équipe Pauzeknop</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Répond en %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a helpline&apos;s name and number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a helpline named in a tip, and the language it answers in</comment>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Calm breath</source>
        <comment>exercise-name:calm</comment>
        <translation>Respiration calme</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6, slowly and gently.</source>
        <comment>exercise-summary:calm</comment>
        <translation>Inspirez pendant 4 secondes et expirez pendant 6, lentement et doucement.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <comment>exercise-caveat:calm</comment>
        <translation>Ne retenez pas votre souffle. Respirez doucement, pas profondément.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <comment>exercise-name:sigh</comment>
        <translation>Soupir physiologique</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly.</source>
        <comment>exercise-summary:sigh</comment>
        <translation>Inspirez, ajoutez une deuxième petite inspiration par-dessus, puis soufflez tout l’air lentement.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <comment>exercise-caveat:sigh</comment>
        <translation>Arrêtez si vous avez la tête qui tourne.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <comment>exercise-name:resonance</comment>
        <translation>Respiration en résonance</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <comment>exercise-summary:resonance</comment>
        <translation>Inspirez 5,5 secondes, expirez 5,5 : environ six respirations par minute. Idéal pendant cinq minutes ou plus.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <comment>exercise-caveat:resonance</comment>
        <translation>Respirez doucement, pas profondément.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <comment>exercise-name:box</comment>
        <translation>Respiration carrée</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <comment>exercise-summary:box</comment>
        <translation>Inspirez 4 secondes, retenez 4, expirez 4, retenez 4, comme les côtés d’un carré.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box</comment>
        <translation>Asseyez-vous d’abord, et ne retenez jamais votre souffle quand vous tenez votre bébé. Vous êtes enceinte ou vous avez un problème au cœur ou aux poumons ? Choisissez plutôt « Respiration calme ».</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <comment>exercise-name:box3</comment>
        <translation>Respiration carrée courte</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <comment>exercise-summary:box3</comment>
        <translation>Un carré plus léger : inspirez 3 secondes, retenez 3, expirez 3, retenez 3.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath instead.</source>
        <comment>exercise-caveat:box3</comment>
        <translation>Asseyez-vous d’abord, et ne retenez jamais votre souffle quand vous tenez votre bébé. Vous êtes enceinte ou vous avez un problème au cœur ou aux poumons ? Choisissez plutôt « Respiration calme ».</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <comment>exercise-name:478</comment>
        <translation>Respiration 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <comment>exercise-summary:478</comment>
        <translation>Inspirez 4 secondes, retenez 7, expirez 8. Quatre tours au maximum.</translation>
    </message>
    <message>
        <source>Sit down first, and never hold your breath while you hold your baby. Pregnant, or a heart or lung condition? Choose Calm breath. It can make you light-headed; not tested in trials.</source>
        <comment>exercise-caveat:478</comment>
        <translation>Asseyez-vous d’abord, et ne retenez jamais votre souffle quand vous tenez votre bébé. Vous êtes enceinte ou vous avez un problème au cœur ou aux poumons ? Choisissez « Respiration calme ». Cet exercice peut donner la tête qui tourne ; il n’a pas été testé dans des études.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <comment>exercise-name:count10</comment>
        <translation>Compter jusqu’à dix</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <comment>exercise-summary:count10</comment>
        <translation>Comptez lentement de 1 à 10 en expirant, avant de faire quoi que ce soit.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <comment>exercise-caveat:count10</comment>
        <translation>Court exprès : dix à trente secondes. Ensuite, mettez votre enfant en sécurité si vous avez besoin de plus de temps.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <comment>helpline-purpose:be-112</comment>
        <translation>Danger immédiat, une blessure, ou un enfant blessé ou très malade. Police : 101.</translation>
    </message>
    <message>
        <source>The doctor on call when your own GP is closed: at weekends and on public holidays, and on weeknights in most regions. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733</comment>
        <translation>Le médecin de garde quand le cabinet de votre médecin généraliste est fermé : le week-end et les jours fériés, et dans la plupart des régions aussi le soir et la nuit en semaine. Depuis un téléphone avec une carte SIM étrangère : +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call</source>
        <comment>helpline-mention:be-1733</comment>
        <translation>le 1733, le médecin de garde</translation>
    </message>
    <message>
        <source>The doctor on call at weekends (Friday 19:00 to Monday 08:00) and on public holidays. On weeknights 1733 is not the route here: ask your own GP&apos;s practice who is on duty. From a phone with a foreign SIM card: +32 2 524 98 89.</source>
        <comment>helpline-purpose:be-1733-dg</comment>
        <translation>Le médecin de garde le week-end (du vendredi 19 h au lundi 8 h) et les jours fériés. En semaine, le soir et la nuit, ce n’est pas le 1733 ici : demandez au cabinet de votre médecin généraliste qui est de garde. Depuis un téléphone avec une carte SIM étrangère : +32 2 524 98 89.</translation>
    </message>
    <message>
        <source>1733, the doctor on call at weekends</source>
        <comment>helpline-mention:be-1733-dg</comment>
        <translation>le 1733, le médecin de garde du week-end</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse: for anyone who is worried, and for people who sometimes use violence themselves. You need not say who you are. Not an emergency line.</source>
        <comment>helpline-purpose:be-1712</comment>
        <translation>Violence, abus et maltraitance d’enfants : pour toute personne inquiète, et pour les personnes qui sont parfois violentes elles-mêmes. Inutile de dire qui vous êtes. Pas un numéro d’urgence.</translation>
    </message>
    <message>
        <source>For professionals worried about a child: the Vertrouwenscentrum Kindermishandeling of your province, or of Brussels, gives advice and help. Free.</source>
        <comment>helpline-purpose:be-vk</comment>
        <translation>Pour les professionnels inquiets pour un enfant : le Vertrouwenscentrum Kindermishandeling de votre province, ou de Bruxelles, donne des conseils et de l’aide. Gratuit.</translation>
    </message>
    <message>
        <source>the Vertrouwenscentrum Kindermishandeling of your province</source>
        <comment>helpline-mention:be-vk</comment>
        <translation>le Vertrouwenscentrum Kindermishandeling de votre province</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <comment>helpline-purpose:be-tele-onthaal</comment>
        <translation>Une ligne d’écoute anonyme pour toute personne qui a besoin de parler.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-zelfmoordlijn</comment>
        <translation>Pour toute personne qui pense au suicide, et pour les personnes inquiètes pour quelqu’un. Jour et nuit.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <comment>helpline-purpose:be-kind-en-gezin</comment>
        <translation>Questions sur les bébés, les jeunes enfants et l’accueil de la petite enfance.</translation>
    </message>
    <message>
        <source>the Kind en Gezin-Lijn (078 150 100)</source>
        <comment>helpline-mention:be-kind-en-gezin</comment>
        <translation>la Kind en Gezin-Lijn (078 150 100)</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:be-tele-accueil</comment>
        <translation>Une ligne d’écoute anonyme pour toute personne qui a besoin de parler, jour et nuit.</translation>
    </message>
    <message>
        <source>A crisis line for anyone with thoughts of suicide, and for people worried about someone. Day and night.</source>
        <comment>helpline-purpose:be-prevention-suicide</comment>
        <translation>Une ligne de crise pour toute personne qui pense au suicide, et pour les personnes inquiètes pour quelqu’un. Jour et nuit.</translation>
    </message>
    <message>
        <source>Violence between partners: for victims, for people who use violence, for children and witnesses. Outside its hours, calls go to Télé-Accueil (107). Not an emergency line.</source>
        <comment>helpline-purpose:be-ecoute-violences</comment>
        <translation>Violences entre partenaires : pour les victimes, pour les personnes qui exercent des violences, pour les enfants et les témoins. En dehors de ses heures, les appels passent à Télé-Accueil (107). Pas un numéro d’urgence.</translation>
    </message>
    <message>
        <source>Teams that help when a child may be harmed, also parents who are afraid they may hurt their child. Each area has its own team: find yours on the ONE website.</source>
        <comment>helpline-purpose:be-sos-enfants</comment>
        <translation>Des équipes qui aident quand un enfant risque d’être maltraité, et aussi les parents qui ont peur de faire du mal à leur enfant. Chaque zone a sa propre équipe : trouvez la vôtre sur le site de l’ONE.</translation>
    </message>
    <message>
        <source>the SOS Enfants team of your area</source>
        <comment>helpline-mention:be-sos-enfants</comment>
        <translation>l’équipe SOS Enfants près de chez vous</translation>
    </message>
    <message>
        <source>For children and young people, and for adults who are worried about a child. Free and anonymous.</source>
        <comment>helpline-purpose:be-ecoute-enfants</comment>
        <translation>Pour les enfants et les jeunes, et pour les adultes inquiets pour un enfant. Gratuit et anonyme.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone with worries or in a crisis, day and night.</source>
        <comment>helpline-purpose:be-telefonhilfe</comment>
        <translation>Une ligne d’écoute anonyme pour toute personne qui a des soucis ou qui traverse une crise, jour et nuit.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <comment>helpline-purpose:nl-112</comment>
        <translation>Danger immédiat, une blessure, ou un enfant blessé ou très malade.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide, and for people worried about someone. Free and anonymous, day and night.</source>
        <comment>helpline-purpose:nl-113</comment>
        <translation>Pour toute personne qui pense au suicide, et pour les personnes inquiètes pour quelqu’un. Gratuit et anonyme, jour et nuit.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, day and night.</source>
        <comment>helpline-purpose:nl-luisterlijn</comment>
        <translation>Une ligne d’écoute pour toute personne qui a besoin de parler, jour et nuit.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse: advice for victims, witnesses and people who use violence themselves. You may stay anonymous.</source>
        <comment>helpline-purpose:nl-veilig-thuis</comment>
        <translation>Violences dans la famille et maltraitance d’enfants : des conseils pour les victimes, les témoins et les personnes qui sont elles-mêmes violentes. Vous pouvez rester anonyme.</translation>
    </message>
    <message>
        <source>Veilig Thuis (0800-2000)</source>
        <comment>helpline-mention:nl-veilig-thuis</comment>
        <translation>Veilig Thuis (0800-2000)</translation>
    </message>
    <message>
        <source>The out-of-hours GP for evenings, nights, weekends and public holidays. Each region has its own number: your GP&apos;s phone message or website gives it. There is no national number.</source>
        <comment>helpline-purpose:nl-huisartsenpost</comment>
        <translation>Le médecin généraliste de garde le soir, la nuit, le week-end et les jours fériés. Chaque région a son propre numéro : le message téléphonique ou le site web de votre médecin vous le donne. Il n’y a pas de numéro national.</translation>
    </message>
    <message>
        <source>the huisartsenpost of your region</source>
        <comment>helpline-mention:nl-huisartsenpost</comment>
        <translation>la huisartsenpost de votre région</translation>
    </message>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <comment>tip:moment-safe-place</comment>
        <translation>Mettez votre enfant en sécurité : sur le dos, dans un lit vide ou un parc. Puis quittez la pièce.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <comment>tip:moment-door-closed</comment>
        <translation>Fermer la porte quelques minutes, ce n’est pas grave. Retournez voir toutes les 5 à 10 minutes.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <comment>tip:moment-urge-signal</comment>
        <translation>Vous avez envie de secouer, d’empoigner ou de frapper ? C’est le signal : posez votre enfant et sortez un moment.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <comment>tip:moment-never-shake</comment>
        <translation>Ne secouez, ne lancez et ne frappez jamais un enfant, pas même une fois. Secouer un bébé peut causer des lésions cérébrales ou la mort.</translation>
    </message>
    <message>
        <source>Breathe slowly for a minute: in through your nose, then a slow breath out.</source>
        <comment>tip:moment-slow-breath</comment>
        <translation>Respirez lentement pendant une minute : inspirez par le nez, puis expirez lentement.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <comment>tip:moment-count-ten</comment>
        <translation>Comptez lentement jusqu’à dix avant de faire quoi que ce soit.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <comment>tip:moment-other-room</comment>
        <translation>Allez dans une autre pièce. Buvez de l’eau ou du thé, ou passez-vous de l’eau froide sur le visage.</translation>
    </message>
    <message>
        <source>Say out loud: &quot;I am at my limit. I am taking five minutes.&quot;</source>
        <comment>tip:moment-say-limit</comment>
        <translation>Dites à voix haute : « Je suis à bout. Je prends cinq minutes. »</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or {line:listening}.</source>
        <comment>tip:moment-phone-someone</comment>
        <translation>Appelez quelqu’un : votre partenaire, un voisin, un ami, ou {line:listening}.</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour or a friend.</source>
        <comment>tip-without-line:moment-phone-someone</comment>
        <translation>Appelez quelqu’un : votre partenaire, un voisin ou un ami.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <comment>tip:moment-ask-help</comment>
        <translation>Demander de l’aide est une force, pas une faiblesse.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call {line:doctor-on-call}.</source>
        <comment>tip:moment-hurt-112</comment>
        <translation>Vous pensez que votre enfant est blessé ou malade ? Appelez le 112. Ce n’est pas une urgence, mais ça ne peut pas attendre ? Appelez {line:doctor-on-call}.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112. Not an emergency, but it cannot wait? Call a doctor.</source>
        <comment>tip-without-line:moment-hurt-112</comment>
        <translation>Vous pensez que votre enfant est blessé ou malade ? Appelez le 112. Ce n’est pas une urgence, mais ça ne peut pas attendre ? Appelez un médecin.</translation>
    </message>
    <message>
        <source>Crying increases from about 2 weeks and peaks around 6 to 8 weeks. Then it gets less.</source>
        <comment>tip:crying-peak</comment>
        <translation>Les pleurs augmentent à partir de 2 semaines environ et sont au plus fort vers 6 à 8 semaines. Ensuite, ils diminuent.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <comment>tip:crying-not-your-fault</comment>
        <translation>Un jeune bébé qui pleure beaucoup, c’est normal. Ce n’est pas votre faute.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <comment>tip:crying-basics-once</comment>
        <translation>Vérifiez une fois l’essentiel : faim, couche, trop chaud ou trop froid, fatigue. Puis arrêtez de chercher une cause.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming or singing, skin to skin, a walk with the pram, a warm bath.</source>
        <comment>tip:crying-one-thing</comment>
        <translation>Essayez une seule chose calme à la fois : fredonner ou chanter, le peau à peau, une promenade en poussette, un bain chaud.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. The crying itself does your baby no harm, and it will stop.</source>
        <comment>tip:crying-cannot-stop</comment>
        <translation>Certains pleurs ne peuvent pas être arrêtés. Les pleurs en eux-mêmes ne font pas de mal à votre bébé, et ils s’arrêteront.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <comment>tip:crying-see-doctor</comment>
        <translation>Des pleurs inhabituels, de la fièvre, ou un bébé qui ne boit pas : consultez un médecin.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <comment>tip:sleep-hand-on-tummy</comment>
        <translation>Couchez le bébé et gardez une main sur son ventre, ou attendez que le sommeil soit profond.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <comment>tip:sleep-own-bed</comment>
        <translation>À bout de forces ? Mettez le bébé dans son propre lit avant de vous reposer.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa or in an armchair.</source>
        <comment>tip:sleep-no-sofa</comment>
        <translation>Ne vous endormez jamais avec un bébé sur un canapé ou dans un fauteuil.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <comment>tip:sleep-take-over</comment>
        <translation>Demandez à votre partenaire ou à un grand-parent de prendre le relais un moment.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <comment>tip:tantrum-normal</comment>
        <translation>Les crises de colère sont une étape normale. La plupart durent moins de 15 minutes.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <comment>tip:tantrum-stay-near</comment>
        <translation>Gardez l’enfant en sécurité, restez près de lui, et laissez passer sans discuter.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: &quot;You are angry. Hitting hurts, I stop you.&quot;</source>
        <comment>tip:tantrum-name-feeling</comment>
        <translation>Nommez l’émotion et la limite en quelques mots : « Tu es en colère. Frapper fait mal, je t’arrête. »</translation>
    </message>
    <message>
        <source>Can&apos;t stay calm? If the child is safe, leave for a minute or two.</source>
        <comment>tip:tantrum-step-out</comment>
        <translation>Impossible de rester calme ? Si l’enfant est en sécurité, sortez une minute ou deux.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <comment>tip:tantrum-causes</comment>
        <translation>Cherchez ce qu’il y a derrière : la faim, la fatigue, trop de stimulations.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again, and praise your child the next time things go well.</source>
        <comment>tip:tantrum-reconnect</comment>
        <translation>Ensuite, renouez le contact, et félicitez votre enfant la prochaine fois que les choses se passent bien.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <comment>tip:feeding-full</comment>
        <translation>Arrêtez quand l’enfant montre qu’il n’a plus faim. Ne forcez jamais à manger.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <comment>tip:feeding-refused</comment>
        <translation>Un repas refusé n’est pas un échec. Il y en aura un autre.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask {line:parenting} or your GP.</source>
        <comment>tip:feeding-ask</comment>
        <translation>Les repas finissent souvent en larmes ? Demandez conseil à {line:parenting} ou à votre médecin.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask your GP or your child health clinic.</source>
        <comment>tip-without-line:feeding-ask</comment>
        <translation>Les repas finissent souvent en larmes ? Demandez conseil à votre médecin ou à la consultation pour enfants.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <comment>tip:group-sign</comment>
        <translation>Convenez avec vos collègues d’un signe qui veut dire : prends le relais, j’ai besoin de deux minutes.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <comment>tip:group-never-alone</comment>
        <translation>Ne laissez jamais le groupe sans surveillance. Demandez d’abord à un collègue de prendre le relais.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <comment>tip:group-safe-first</comment>
        <translation>Seul avec le groupe ? Mettez d’abord tout le monde en sécurité : les bébés au lit, les petits assis avec une activité calme.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <comment>tip:group-call-backup</comment>
        <translation>Une fois tout le monde en sécurité, appelez votre responsable ou votre personne de renfort.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <comment>tip:group-not-you</comment>
        <translation>Les bébés se font pleurer les uns les autres. C’est le groupe, pas vous.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <comment>tip:group-debrief</comment>
        <translation>Après un moment difficile, parlez-en avec un collègue ou votre responsable.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure. You can also ask {line:professional-advice} for advice.</source>
        <comment>tip:group-worried</comment>
        <translation>Vous vous inquiétez de la façon dont vous ou un collègue vous occupez d’un enfant ? Parlez-en à votre responsable et suivez la procédure de votre organisation. Pour un conseil, vous pouvez aussi contacter {line:professional-advice}.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager and follow your organisation&apos;s procedure.</source>
        <comment>tip-without-line:group-worried</comment>
        <translation>Vous vous inquiétez de la façon dont vous ou un collègue vous occupez d’un enfant ? Parlez-en à votre responsable et suivez la procédure de votre organisation.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <comment>tip:exhausted-concrete-help</comment>
        <translation>Demandez une aide concrète : un repas, ou un quart d’heure de garde.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <comment>tip:exhausted-crying-plan</comment>
        <translation>Préparez un plan pleurs à l’avance : trois choses qui apaisent, qui appeler, où va le bébé.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <comment>tip:exhausted-share-rule</comment>
        <translation>Partagez la règle « ne jamais secouer » et votre plan avec toutes les personnes qui gardent le bébé.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today, or call {line:crisis}, day and night.</source>
        <comment>tip:exhausted-postnatal</comment>
        <translation>Pleurer facilement ou se sentir vide pendant les deux premières semaines après une naissance, c’est fréquent. Cela dure plus longtemps, ou vous pensez à vous faire du mal ou à faire du mal à votre bébé ? Allez voir votre médecin aujourd’hui même, ou appelez {line:crisis}, jour et nuit.</translation>
    </message>
    <message>
        <source>Tearful or flat in the first two weeks after a birth is common. Longer, or thoughts of harming yourself or your baby? See your GP today. In danger now? Call 112.</source>
        <comment>tip-without-line:exhausted-postnatal</comment>
        <translation>Pleurer facilement ou se sentir vide pendant les deux premières semaines après une naissance, c’est fréquent. Cela dure plus longtemps, ou vous pensez à vous faire du mal ou à faire du mal à votre bébé ? Allez voir votre médecin aujourd’hui même. En danger maintenant ? Appelez le 112.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents&apos; routine.</source>
        <comment>tip:exhausted-safe-sleep-changed</comment>
        <translation>Les conseils pour un sommeil sûr ont changé : sur le dos, dans un lit vide. Suivez les habitudes des parents.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <comment>tip:exhausted-grandparent-step-away</comment>
        <translation>En tant que grand-parent, vous pouvez aussi vous éloigner. Poser le bébé en sécurité est toujours permis.</translation>
    </message>
    <message>
        <source>Did you shake or hit your baby, or does your baby seem unwell now (drowsy, floppy, vomiting, not feeding, fitting)? Call 112 now and tell them what happened.</source>
        <comment>tip:afterwards-112</comment>
        <translation>Vous avez secoué ou frappé votre bébé, ou votre bébé semble malade maintenant (somnolent, tout mou, il vomit, ne boit pas, a des convulsions) ? Appelez le 112 tout de suite et dites ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <comment>tip:afterwards-repair</comment>
        <translation>Vous avez crié ou empoigné l’enfant ? Il n’est jamais trop tard pour en parler et vous réconcilier avec lui.</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Tell your GP: they can help you find support. Asking for help is strength.</source>
        <comment>tip-without-line:afterwards-help-for-you</comment>
        <translation>Vous avez peur de faire du mal à votre enfant ? Parlez-en à votre médecin : il peut vous aider à trouver du soutien. Demander de l’aide, c’est une force.</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:be-112</comment>
        <translation>le 112, le numéro d’urgence</translation>
    </message>
    <message>
        <source>1712, the helpline for violence and abuse</source>
        <comment>helpline-mention:be-1712</comment>
        <translation>le 1712, la ligne d’aide pour la violence et les abus</translation>
    </message>
    <message>
        <source>the listening line Tele-Onthaal (106)</source>
        <comment>helpline-mention:be-tele-onthaal</comment>
        <translation>la ligne d’écoute Tele-Onthaal (106)</translation>
    </message>
    <message>
        <source>Zelfmoordlijn 1813</source>
        <comment>helpline-mention:be-zelfmoordlijn</comment>
        <translation>la Zelfmoordlijn 1813</translation>
    </message>
    <message>
        <source>the listening line Télé-Accueil (107)</source>
        <comment>helpline-mention:be-tele-accueil</comment>
        <translation>la ligne d’écoute Télé-Accueil (107)</translation>
    </message>
    <message>
        <source>the Centre de prévention du suicide (0800 32 123)</source>
        <comment>helpline-mention:be-prevention-suicide</comment>
        <translation>le Centre de prévention du suicide (0800 32 123)</translation>
    </message>
    <message>
        <source>the helpline Écoute Violences Conjugales (0800 30 030)</source>
        <comment>helpline-mention:be-ecoute-violences</comment>
        <translation>la ligne Écoute Violences Conjugales (0800 30 030)</translation>
    </message>
    <message>
        <source>Écoute-Enfants (103)</source>
        <comment>helpline-mention:be-ecoute-enfants</comment>
        <translation>Écoute-Enfants (103)</translation>
    </message>
    <message>
        <source>the listening line Telefonhilfe (108)</source>
        <comment>helpline-mention:be-telefonhilfe</comment>
        <translation>la ligne d’écoute Telefonhilfe (108)</translation>
    </message>
    <message>
        <source>112, the emergency number</source>
        <comment>helpline-mention:nl-112</comment>
        <translation>le 112, le numéro d’urgence</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie</source>
        <comment>helpline-mention:nl-113</comment>
        <translation>le 113 Zelfmoordpreventie</translation>
    </message>
    <message>
        <source>De Luisterlijn (088 0767 000)</source>
        <comment>helpline-mention:nl-luisterlijn</comment>
        <translation>De Luisterlijn (088 0767 000)</translation>
    </message>
    <message>
        <source>Afraid you may hurt your child? Call {line:abuse-advice}: they also help people who are afraid of that.</source>
        <comment>tip:afterwards-help-for-you</comment>
        <translation>Vous avez peur de faire du mal à votre enfant ? Appelez {line:abuse-advice} : on y aide aussi les personnes qui ont cette peur.</translation>
    </message>
</context>
<context>
    <name>CryingPlanDocument</name>
    <message>
        <source>My crying plan</source>
        <translation>Mon plan pleurs</translation>
    </message>
    <message>
        <source>Crying is normal and it passes. When it gets too much, follow these steps.</source>
        <translation>Les pleurs sont normaux et ils passent. Quand c’est trop, suivez ces étapes.</translation>
    </message>
    <message>
        <source>Put the baby on its back in its own empty cot or playpen. Then leave the room.</source>
        <translation>Couchez le bébé sur le dos dans son propre lit vide ou dans le parc. Puis quittez la pièce.</translation>
    </message>
    <message>
        <source>Breathe out slowly. Count to ten. Have a drink of water.</source>
        <translation>Expirez lentement. Comptez jusqu’à dix. Buvez un verre d’eau.</translation>
    </message>
    <message>
        <source>Go back and look every 5 to 10 minutes.</source>
        <translation>Retournez voir toutes les 5 à 10 minutes.</translation>
    </message>
    <message>
        <source>Call one of the people below. Asking for help is strong.</source>
        <translation>Appelez une des personnes ci-dessous. Demander de l’aide, c’est être fort.</translation>
    </message>
    <message>
        <source>Never shake a baby, not even for a moment. Shaking can cause brain damage or death.</source>
        <translation>Ne secouez jamais un bébé, même un instant. Secouer peut causer des lésions cérébrales ou la mort.</translation>
    </message>
    <message>
        <source>Is the child hurt or ill? Call 112 right away.</source>
        <translation>L’enfant est blessé ou malade ? Appelez tout de suite le 112.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mes proches</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Lignes d’aide</translation>
    </message>
    <message>
        <source>Share this plan with everyone who minds the baby.</source>
        <translation>Partagez ce plan avec toutes les personnes qui gardent le bébé.</translation>
    </message>
</context>
<context>
    <name>CustomPattern</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirer</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Retenir après l’inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Retenir après l’expiration</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Vous pouvez garder jusqu’à six rythmes. Supprimez-en un d’abord.</translation>
    </message>
    <message>
        <source>%1: please type a number of seconds, like 4 or 4.5.</source>
        <translation>%1 : tapez un nombre de secondes, par exemple 4 ou 4,5.</translation>
    </message>
    <message>
        <source>%1 cannot be less than 0 seconds.</source>
        <translation>%1 : pas moins de 0 seconde.</translation>
    </message>
    <message>
        <source>%1 can be at most 12 seconds.</source>
        <translation>%1 : 12 secondes au maximum.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, like 4 or 4.5.</source>
        <translation>%1 : utilisez des secondes entières ou des demi-secondes, par exemple 4 ou 4,5.</translation>
    </message>
    <message>
        <source>%1 needs at least 1 second.</source>
        <translation>%1 : au moins 1 seconde.</translation>
    </message>
</context>
<context>
    <name>HashPinCommand</name>
    <message>
        <source>Type the admin PIN and press Enter: </source>
        <translation>Tapez le code PIN administrateur et appuyez sur Entrée : </translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Placez cette ligne dans la section [organisation] de pauzeknop.conf.
</translation>
    </message>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>Le code PIN doit compter au moins %n caractère ; rien n’a été créé.
</numerusform>
            <numerusform>Le code PIN doit compter au moins %n caractères ; rien n’a été créé.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>The managed configuration</source>
        <translation>La configuration gérée</translation>
    </message>
    <message>
        <source>The managed configuration cannot be read; Pauzeknop uses its own settings.</source>
        <translation>La configuration gérée ne peut pas être lue ; Pauzeknop utilise ses propres réglages.</translation>
    </message>
    <message>
        <source>%1 is not a setting (key=value) and is ignored.</source>
        <translation>%1 n’est pas un réglage (clé=valeur) et est ignorée.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1 : la section [%2] est inconnue ; ses lignes sont ignorées.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; stands before any [section] and is ignored.</source>
        <translation>%1 : « %2 » précède toute [section] et est ignoré.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown and is ignored.</source>
        <translation>%1 : la clé « %2 » est inconnue et est ignorée.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; expects %3; the line is ignored.</source>
        <translation>%1 : « %2 » attend %3 ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>the admin PIN of line %1 counts.</source>
        <translation>c’est le code PIN administrateur de la ligne %1 qui compte.</translation>
    </message>
    <message>
        <source>no admin PIN is set.</source>
        <translation>aucun code PIN administrateur n’est défini.</translation>
    </message>
    <message>
        <source>The managed configuration is larger than 1 MB and is not used; Pauzeknop uses its own settings.</source>
        <translation>La configuration gérée dépasse 1 Mo et n’est pas utilisée ; Pauzeknop utilise ses propres réglages.</translation>
    </message>
    <message>
        <source>The managed configuration can be changed by accounts other than the administrator (root), so it is not used.</source>
        <translation>La configuration gérée peut être modifiée par d’autres comptes que l’administrateur (root) : elle n’est donc pas utilisée.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters and is ignored.</source>
        <translation>%1 dépasse %2 caractères et est ignorée.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was already set on line %3; line %4 counts.</source>
        <translation>%1 : « %2 » était déjà défini à la ligne %3 ; c’est la ligne %4 qui compte.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin and is ignored; %2</source>
        <translation>%1 : adminPin n’est pas un hachage créé par pauzeknop --hash-pin et est ignoré ; %2</translation>
    </message>
    <message>
        <source>%1: this adminPin was made with fewer than %2 rounds and is too easy to guess; make a new one with pauzeknop --hash-pin. It is ignored; %3</source>
        <translation>%1 : cet adminPin a été créé avec moins de %2 tours et est trop facile à deviner ; créez-en un nouveau avec pauzeknop --hash-pin. Il est ignoré ; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>%n autre problème de ce fichier n’est pas affiché.</numerusform>
            <numerusform>%n autres problèmes de ce fichier ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names an unknown section; its lines are ignored.</source>
        <translation>%1 nomme une section inconnue ; ses lignes sont ignorées.</translation>
    </message>
    <message>
        <source>%1 stands before any [section] and is ignored.</source>
        <translation>%1 précède toute [section] et est ignorée.</translation>
    </message>
    <message>
        <source>%1 has a key Pauzeknop does not know and is ignored.</source>
        <translation>%1 contient une clé que Pauzeknop ne connaît pas et est ignorée.</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip &quot;%2&quot;: this id is already used; this tip is skipped.</source>
        <translation>%1, conseil « %2 » : cet id est déjà utilisé ; ce conseil est ignoré.</translation>
    </message>
    <message>
        <source>%1, helpline &quot;%2&quot;: this id is already used; this contact is skipped.</source>
        <translation>%1, ligne d’aide « %2 » : cet id est déjà utilisé ; ce contact est ignoré.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : illisible (%2).</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not read.</source>
        <translation>%1 : plus de 1 Mo, non lu.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1 : JSON non valide au caractère %2 (%3).</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;tips&quot; and &quot;helplines&quot;.</source>
        <translation>%1 : un objet avec « tips » et « helplines » était attendu.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; ignored.</source>
        <translation>%1 : clé inconnue « %2 » ignorée.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>conseil %1</translation>
    </message>
    <message>
        <source>tip %1 (&quot;%2&quot;)</source>
        <translation>conseil %1 (« %2 »)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2 : %3 ; ce conseil est ignoré.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>« id » ne peut contenir que des minuscules, des chiffres, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>&quot;situation&quot; must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>« situation » doit être l’une de : moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>&quot;source&quot; is missing: every tip says where it comes from</source>
        <translation>« source » manque : chaque conseil dit d’où il vient</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>ligne d’aide %1</translation>
    </message>
    <message>
        <source>helpline %1 (&quot;%2&quot;)</source>
        <translation>ligne d’aide %1 (« %2 »)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2 : %3 ; ce contact est ignoré.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>« name » manque</translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be &quot;free&quot; or &quot;zonal&quot;</source>
        <translation>« cost » doit valoir « free » ou « zonal »</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; is reserved for 112</source>
        <translation>« emergency » est réservé au 112</translation>
    </message>
    <message>
        <source>&quot;verified&quot; needs &quot;verified_on&quot; as a date like 2026-11-28</source>
        <translation>« verified » demande « verified_on » sous forme de date, comme 2026-11-28</translation>
    </message>
    <message>
        <source>&quot;channels&quot; must list at least one way to reach them</source>
        <translation>« channels » doit indiquer au moins un moyen de les joindre</translation>
    </message>
    <message>
        <source>channel %1: &quot;kind&quot; must be phone, chat, sms, mail or web</source>
        <translation>canal %1 : « kind » doit valoir phone, chat, sms, mail ou web</translation>
    </message>
    <message>
        <source>channel %1: &quot;%2&quot; is not a valid %3</source>
        <translation>canal %1 : « %2 » n’est pas un %3 valide</translation>
    </message>
    <message>
        <source>channel %1: hours &quot;%2&quot; not understood (%3)</source>
        <translation>canal %1 : horaires « %2 » non compris (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or empty</source>
        <translation>« %1 » manque ou est vide</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>« %1 » dépasse %n caractère</numerusform>
            <numerusform>« %1 » dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one English text: translations go through the .ts files</source>
        <translation>« %1 » doit être un seul texte en anglais : les traductions passent par les fichiers .ts</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>« %1 » a plus de %n langue</numerusform>
            <numerusform>« %1 » a plus de %n langues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>« %1 » dans « %2 » doit être un texte de %n caractère au maximum, sous un code de langue comme « nl »</numerusform>
            <numerusform>« %1 » dans « %2 » doit être un texte de %n caractères au maximum, sous un code de langue comme « nl »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>« %1 » doit être une liste de 1 à %n élément</numerusform>
            <numerusform>« %1 » doit être une liste de 1 à %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>« %1 » contient « %2 » : utilisez des minuscules, des chiffres et « - »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 (found &quot;%3&quot;)</source>
        <translation>« %1 » doit être une liste de %2 (trouvé : « %3 »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a web address (https://...)</source>
        <translation>« %1 » doit être une adresse web (https://...)</translation>
    </message>
    <message>
        <source>%1, %2: unknown key &quot;%3&quot; ignored.</source>
        <translation>%1, %2 : clé inconnue « %3 » ignorée.</translation>
    </message>
    <message>
        <source>&quot;text&quot; names a line with {line:...}, so &quot;text_without_line&quot; must say the same for a region without that line</source>
        <translation>« text » nomme une ligne avec {line:...} : « text_without_line » doit donc dire la même chose pour une région sans cette ligne</translation>
    </message>
    <message>
        <source>&quot;text_without_line&quot; must not name a line</source>
        <translation>« text_without_line » ne doit nommer aucune ligne</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text must name the same lines as the others</source>
        <translation>le texte « %1 » doit nommer les mêmes lignes que les autres</translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>« source » dépasse %n caractère</numerusform>
            <numerusform>« source » dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>« channels » doit être une liste d’au plus %n moyen de les joindre</numerusform>
            <numerusform>« channels » doit être une liste d’au plus %n moyens de les joindre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>canal %1 : « hours » dépasse %n caractère</numerusform>
            <numerusform>canal %1 : « hours » dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>« name » dépasse %n caractère</numerusform>
            <numerusform>« name » dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>exercise %1 (&quot;%2&quot;)</source>
        <translation>exercice %1 (« %2 »)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this exercise keeps no texts.</source>
        <translation>%1, %2 : %3 ; cet exercice ne garde aucun texte.</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;source&quot; are needed</source>
        <translation>« id » et « source » sont obligatoires</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; should be 1; reading it as version 1.</source>
        <translation>%1 : « version » devrait valoir 1 ; lu comme version 1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1 : « %2 » doit être une liste.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1 : « %2 » a %n entrée ; seules les %3 premières sont lues.</numerusform>
            <numerusform>%1 : « %2 » a %n entrées ; seules les %3 premières sont lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... et %n autre problème, non affiché.</numerusform>
            <numerusform>... et %n autres problèmes, non affichés.</numerusform>
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
        <translation>Maj</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Méta</translation>
    </message>
</context>
<context>
    <name>SafeExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a link made by another account on this computer, so nothing was written there. Please choose another place.</source>
        <translation>%1 est un lien créé par un autre compte de cet ordinateur : rien n’y a donc été écrit. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>this is not a file that can be replaced.</source>
        <translation>ce n’est pas un fichier qui peut être remplacé.</translation>
    </message>
    <message>
        <source>too many links.</source>
        <translation>trop de liens.</translation>
    </message>
    <message>
        <source>the file was not opened.</source>
        <translation>le fichier n’a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Cet ordinateur est partagé : aucun contact personnel n’y est conservé.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Défini par votre organisation pour tous les utilisateurs de cet ordinateur.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Défini par %1 pour tous les utilisateurs de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your settings file was far too large to read, so Pauzeknop started with fresh settings. The old file was kept as %1.</source>
        <translation>Votre fichier de réglages était beaucoup trop gros pour être lu : Pauzeknop a donc démarré avec de nouveaux réglages. L’ancien fichier a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Your settings file is far too large to read. Pauzeknop uses its usual settings for now.</source>
        <translation>Votre fichier de réglages est beaucoup trop gros pour être lu. Pour l’instant, Pauzeknop utilise ses réglages habituels.</translation>
    </message>
    <message>
        <source>This could not be saved on this computer (the disk may be full or read-only). It stays in use until Pauzeknop closes.</source>
        <translation>Ce choix n’a pas pu être enregistré sur cet ordinateur (le disque est peut-être plein ou en lecture seule). Il reste actif jusqu’à la fermeture de Pauzeknop.</translation>
    </message>
    <message>
        <source>a key such as Ctrl+Alt+P (with Ctrl, Alt or Super), or off</source>
        <translation>une touche comme Ctrl+Alt+P (avec Ctrl, Alt ou Super), ou off</translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>%n caractère au maximum</numerusform>
            <numerusform>%n caractères au maximum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Right now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Un bébé qui pleure</translation>
    </message>
    <message>
        <source>Won&apos;t sleep</source>
        <translation>Ne veut pas dormir</translation>
    </message>
    <message>
        <source>A tantrum</source>
        <translation>Une crise de colère</translation>
    </message>
    <message>
        <source>Feeding and meals</source>
        <translation>Biberons et repas</translation>
    </message>
    <message>
        <source>A hectic group in childcare</source>
        <translation>Un groupe agité à la crèche</translation>
    </message>
    <message>
        <source>Worn out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Après coup</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Le journal d’utilisation n’a pas pu être ouvert : l’export est vide.</translation>
    </message>
    <message>
        <source>Wrote weekly counts to %1</source>
        <translation>Comptes hebdomadaires écrits dans %1</translation>
    </message>
</context>
<context>
    <name>pk::AdminPinPanel</name>
    <message>
        <source>Admin PIN</source>
        <translation>Code PIN administrateur</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The administrator&apos;s PIN shows the record of pauses.</source>
        <translation>Le code PIN de l’administrateur donne accès au relevé des pauses.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Vérifie le code PIN administrateur.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Aucun code PIN administrateur n’est défini pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Déverrouillé jusqu’à la fermeture de Pauzeknop.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Ce code PIN n’est pas le bon. Attendez %1 s, puis réessayez.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code PIN n’est pas le bon. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Vérification du code PIN...</translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Encore un peu</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien joué</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>encore %1:%2</translation>
    </message>
    <message>
        <source>What to do now: breathe in, hold or breathe out.</source>
        <translation>Ce qu’il faut faire maintenant : inspirer, retenir ou expirer.</translation>
    </message>
    <message>
        <source>Count slowly</source>
        <translation>Comptez lentement</translation>
    </message>
    <message>
        <source>One more round</source>
        <translation>Encore un tour</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <source>Makes this breathing session a little longer.</source>
        <translation>Prolonge un peu cette séance de respiration.</translation>
    </message>
    <message>
        <source>I&apos;m done breathing</source>
        <translation>J’ai fini de respirer</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Arrête le minuteur et demande comment vous vous sentez.</translation>
    </message>
    <message>
        <source>Well done. The breathing exercise is over.</source>
        <translation>Bien joué. L’exercice de respiration est terminé.</translation>
    </message>
    <message>
        <source>Seconds of this step</source>
        <translation>Secondes de cette étape</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Cercle de respiration</translation>
    </message>
    <message>
        <source>Grows as you breathe in, shrinks as you breathe out.</source>
        <translation>Grandit quand vous inspirez, rétrécit quand vous expirez.</translation>
    </message>
    <message>
        <source>Breathing bar</source>
        <translation>Barre de respiration</translation>
    </message>
    <message>
        <source>Fills as you breathe in, empties as you breathe out.</source>
        <translation>Se remplit quand vous inspirez, se vide quand vous expirez.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln minute restante</numerusform>
            <numerusform>%Ln minutes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::CalmerCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un conseil : %1</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bien joué.</translation>
    </message>
    <message>
        <source>You took a pause. That was good for you and for your child.</source>
        <translation>Vous avez fait une pause. C’était bon pour vous et pour votre enfant.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Respirer encore</translation>
    </message>
    <message>
        <source>Starts another round of breathing.</source>
        <translation>Lance un autre tour de respiration.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termine la pause et revient à l’écran d’accueil.</translation>
    </message>
</context>
<context>
    <name>pk::CheckInCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>Comment vous sentez-vous maintenant ?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Plus calme</translation>
    </message>
    <message>
        <source>Shows a warm word, a tip and the way back.</source>
        <translation>Affiche un mot chaleureux, un conseil et le chemin du retour.</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Encore tendu</translation>
    </message>
    <message>
        <source>Offers another round, a different exercise or a few minutes away.</source>
        <translation>Propose un autre tour, un autre exercice ou quelques minutes à l’écart.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>J’ai besoin d’aide</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Montre qui vous pouvez appeler, le 112 d’abord.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Vos proches</translation>
    </message>
    <message>
        <source>Write down now who you can call when it gets too much: a partner, a neighbour, a friend.</source>
        <translation>Notez dès maintenant qui vous pouvez appeler quand c’est trop : un partenaire, un voisin, un ami.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1.</source>
        <translation>Ouvre votre application d’appel pour appeler %1.</translation>
    </message>
    <message>
        <source>Make my crying plan</source>
        <translation>Faire mon plan pleurs</translation>
    </message>
    <message>
        <source>Edit my crying plan</source>
        <translation>Modifier mon plan pleurs</translation>
    </message>
    <message>
        <source>The people you want to call, kept only on this computer. You can print it.</source>
        <translation>Les personnes que vous voulez appeler, gardées uniquement sur cet ordinateur. Vous pouvez l’imprimer.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanScreen</name>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Could not save %1. Try another folder.</source>
        <translation>Impossible d’enregistrer %1. Essayez un autre dossier.</translation>
    </message>
    <message>
        <source>Save the crying plan as PDF</source>
        <translation>Enregistrer le plan pleurs en PDF</translation>
    </message>
    <message>
        <source>crying-plan</source>
        <translation>plan-pleurs</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nom de la personne %1</translation>
    </message>
    <message>
        <source>Someone you can call when it gets too much.</source>
        <translation>Une personne que vous pouvez appeler quand c’est trop.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Numéro de téléphone de la personne %1</translation>
    </message>
    <message>
        <source>The number to call.</source>
        <translation>Le numéro à appeler.</translation>
    </message>
    <message>
        <source>Note, for example: lives next door</source>
        <translation>Note, par exemple : habite à côté</translation>
    </message>
    <message>
        <source>Note about person %1</source>
        <translation>Note sur la personne %1</translation>
    </message>
    <message>
        <source>Anything that helps, like when to call.</source>
        <translation>Tout ce qui aide, par exemple quand appeler.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Retirer la personne %1</translation>
    </message>
    <message>
        <source>Takes this person out of your plan.</source>
        <translation>Retire cette personne de votre plan.</translation>
    </message>
    <message>
        <source>My crying plan</source>
        <translation>Mon plan pleurs</translation>
    </message>
    <message>
        <source>Who can you call when it gets too much? This stays on this computer only. Print it for the fridge, for grandparents and sitters.</source>
        <translation>Qui pouvez-vous appeler quand c’est trop ? Cela reste uniquement sur cet ordinateur. Imprimez-le pour le frigo, les grands-parents et les baby-sitters.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Adds an empty line for one more person.</source>
        <translation>Ajoute une ligne vide pour une personne de plus.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the crying plan</source>
        <translation>Imprimer le plan pleurs</translation>
    </message>
    <message>
        <source>Prints your plan with what to do and who to call.</source>
        <translation>Imprime votre plan avec quoi faire et qui appeler.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Saves your plan as a PDF file to print or share.</source>
        <translation>Enregistre votre plan en fichier PDF à imprimer ou à partager.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Danger ? Faites le 112 sur un téléphone. Gratuit, jour et nuit.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Danger ? Appelez le 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Si votre enfant est blessé ou en danger, appelez maintenant le numéro d’urgence 112.</translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message>
        <source>Choose a breathing exercise</source>
        <translation>Choisissez un exercice de respiration</translation>
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
        <translation>Durée de la respiration.</translation>
    </message>
    <message>
        <source>Make my own pattern</source>
        <translation>Créer mon propre rythme</translation>
    </message>
    <message>
        <source>Set your own seconds to breathe in, hold and breathe out.</source>
        <translation>Choisissez vos propres secondes pour inspirer, retenir et expirer.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Commencer à respirer</translation>
    </message>
    <message>
        <source>Starts the chosen exercise for the chosen time.</source>
        <translation>Lance l’exercice choisi pour la durée choisie.</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (conseillé)</translation>
    </message>
    <message>
        <source>Fewer exercises</source>
        <translation>Moins d’exercices</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>Plus d’exercices</translation>
    </message>
    <message>
        <source>Shows or hides the other breathing exercises.</source>
        <translation>Affiche ou masque les autres exercices de respiration.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln tour</numerusform>
            <numerusform>%Ln tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::FirstRunCard</name>
    <message>
        <source>Is this you? Then Pauzeknop shows the right help.</source>
        <translation>Est-ce bien vous ? Alors Pauzeknop montre l’aide qui vous convient.</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <source>I live in</source>
        <translation>Où j’habite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>un parent</translation>
    </message>
    <message>
        <source>a grandparent</source>
        <translation>un grand-parent</translation>
    </message>
    <message>
        <source>a childcare worker</source>
        <translation>un professionnel de l’accueil</translation>
    </message>
    <message>
        <source>someone else who minds a child</source>
        <translation>une autre personne qui garde un enfant</translation>
    </message>
    <message>
        <source>The tips and the safety card speak to you.</source>
        <translation>Les conseils et la carte de sécurité s’adressent à vous.</translation>
    </message>
    <message>
        <source>Pauzeknop shows the helplines of this region.</source>
        <translation>Pauzeknop affiche les lignes d’aide de cette région.</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Choisissez la langue de Pauzeknop.</translation>
    </message>
    <message>
        <source>That&apos;s right</source>
        <translation>C’est exact</translation>
    </message>
    <message>
        <source>Keeps these answers. You can change them later in Settings.</source>
        <translation>Garde ces réponses. Vous pourrez les changer plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Puts this card away. Pauzeknop keeps its guess; Settings can change it.</source>
        <translation>Masque cette carte. Pauzeknop garde sa proposition ; vous pouvez la changer dans Réglages.</translation>
    </message>
</context>
<context>
    <name>pk::GlobalPauseKey</name>
    <message>
        <source>Pause now: open the calm pause screen of Pauzeknop</source>
        <translation>Faire une pause : ouvrir l’écran de pause calme de Pauzeknop</translation>
    </message>
</context>
<context>
    <name>pk::HelpRow</name>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone.</source>
        <translation>Cet ordinateur ne peut pas appeler. Composez le %1 sur un téléphone.</translation>
    </message>
</context>
<context>
    <name>pk::HelplineCard</name>
    <message>
        <source>Also: %1</source>
        <translation>Aussi : %1</translation>
    </message>
    <message>
        <source>Open now: %1, %2</source>
        <translation>Ouvert maintenant : %1, %2</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat : %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>These details could not be confirmed recently. Check the website before you rely on them.</source>
        <translation>Ces informations n’ont pas pu être confirmées récemment. Vérifiez sur le site avant de compter dessus.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Opens your phone or calling app to call %1 on %2.</source>
        <translation>Ouvre votre application d’appel pour appeler %1 au %2.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Copier le numéro de %1</translation>
    </message>
    <message>
        <source>Puts %1 on the clipboard.</source>
        <translation>Copie %1 dans le presse-papiers.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser.</source>
        <translation>Ouvre %1 dans votre navigateur.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>QR code to call %1</source>
        <translation>Code QR pour appeler %1</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to call %1.</source>
        <translation>Scannez avec l’appareil photo de votre téléphone pour appeler le %1.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation>Ouvert maintenant, jusqu’à %1</translation>
    </message>
    <message>
        <source>Open now, until %1 at %2</source>
        <translation>Ouvert maintenant, jusqu’à %1 à %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Closed now, opens at %1</source>
        <translation>Fermé maintenant, ouvre à %1</translation>
    </message>
    <message>
        <source>Closed now, opens tomorrow at %1</source>
        <translation>Fermé maintenant, ouvre demain à %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1 at %2</source>
        <translation>Fermé maintenant, ouvre %1 à %2</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <source>This computer cannot make calls. Dial %1 on a phone, or scan the QR code.</source>
        <translation>Cet ordinateur ne peut pas appeler. Composez le %1 sur un téléphone, ou scannez le code QR.</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Numéro copié.</translation>
    </message>
    <message>
        <source>Source checked on %1</source>
        <translation>Source vérifiée le %1</translation>
    </message>
</context>
<context>
    <name>pk::HelplinesScreen</name>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Communauté germanophone</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <source>Your contact person here.</source>
        <translation>Votre personne de contact ici.</translation>
    </message>
    <message>
        <source>Your contact person at %1.</source>
        <translation>Votre personne de contact chez %1.</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horaires : %1</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Quand c’est trop, appuyez sur pause.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Opens a calm pause: make your child safe, then breathe with a timer.</source>
        <translation>Ouvre une pause calme : mettez votre enfant en sécurité, puis respirez avec un minuteur.</translation>
    </message>
    <message>
        <source>Press Space or Enter to start a pause.</source>
        <translation>Appuyez sur Espace ou Entrée pour commencer une pause.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose the language of Pauzeknop.</source>
        <translation>Choisissez la langue de Pauzeknop.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Short tips for hard moments, with their source.</source>
        <translation>De courts conseils pour les moments difficiles, avec leur source.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
    <message>
        <source>Helplines that are open now, and your own people to call.</source>
        <translation>Les lignes d’aide ouvertes maintenant, et vos proches à appeler.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language, sound, text size and more.</source>
        <translation>Langue, son, taille du texte et plus encore.</translation>
    </message>
    <message>
        <source>My pauses</source>
        <translation>Mes pauses</translation>
    </message>
    <message>
        <source>See your own pauses: when, how you felt after, what helped.</source>
        <translation>Voir vos propres pauses : quand, comment vous vous sentiez après, ce qui a aidé.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <source>Opens a breathing exercise right away.</source>
        <translation>Ouvre tout de suite un exercice de respiration.</translation>
    </message>
</context>
<context>
    <name>pk::InsightsScreen</name>
    <message>
        <source>My pauses</source>
        <translation>Mes pauses</translation>
    </message>
    <message>
        <source>Pauses per week</source>
        <translation>Pauses par semaine</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>How you felt after a pause</source>
        <translation>Comment vous vous sentiez après une pause</translation>
    </message>
    <message>
        <source>Exercises you used most</source>
        <translation>Les exercices que vous avez le plus utilisés</translation>
    </message>
    <message>
        <source>Tips that helped you</source>
        <translation>Les conseils qui vous ont aidé</translation>
    </message>
    <message>
        <source>No pauses yet, and that is fine. Whenever you take a pause, you will see here when you took it and what helped. Every pause counts.</source>
        <translation>Pas encore de pause, et c’est très bien ainsi. Chaque fois que vous prenez une pause, vous verrez ici quand et ce qui a aidé. Chaque pause compte.</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Plus calme</translation>
    </message>
    <message>
        <source>Still tense</source>
        <translation>Encore tendu</translation>
    </message>
    <message>
        <source>Needed help</source>
        <translation>Besoin d’aide</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Aucun exercice de respiration terminé pour l’instant.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Aucun conseil marqué comme utile pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>semaine du %1 : %Ln pause</numerusform>
            <numerusform>semaine du %1 : %Ln pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1 h : %Ln pause</numerusform>
            <numerusform>%1 h : %Ln pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (%Ln fois)</numerusform>
            <numerusform>%1 (%Ln fois)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::KeyRecorder</name>
    <message>
        <source>Press the new keys now (Escape cancels)</source>
        <translation>Appuyez maintenant sur les nouvelles touches (Échap pour annuler)</translation>
    </message>
    <message>
        <source>%1… (Escape cancels)</source>
        <translation>%1… (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Press the new keys now, for example Ctrl, Alt and a letter together. Escape cancels.</source>
        <translation>Appuyez maintenant sur les nouvelles touches, par exemple Ctrl, Alt et une lettre en même temps. Échap annule.</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Choisir une touche</translation>
    </message>
    <message>
        <source>Press Space to choose another key, then press the new keys.</source>
        <translation>Appuyez sur Espace pour choisir une autre touche, puis appuyez sur les nouvelles touches.</translation>
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
        <translation>Appeler le 112</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>Numéro d’urgence : police, ambulance, pompiers.</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Mes proches et toutes les lignes d’aide</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Termine la pause et ouvre Qui peut aider : vos proches à appeler, et chaque ligne avec appel, copie et code QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Retour auprès de mon enfant</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termine la pause et revient à l’écran d’accueil.</translation>
    </message>
    <message>
        <source>You don&apos;t have to do this alone.</source>
        <translation>Vous n’avez pas à faire ça seul.</translation>
    </message>
</context>
<context>
    <name>pk::OwnPatternEditor</name>
    <message>
        <source>My own pattern, in seconds</source>
        <translation>Mon propre rythme, en secondes</translation>
    </message>
    <message>
        <source>Seconds, from 0 to 12, in steps of a half.</source>
        <translation>Secondes, de 0 à 12, par demi-seconde.</translation>
    </message>
    <message>
        <source>Save and breathe</source>
        <translation>Enregistrer et respirer</translation>
    </message>
    <message>
        <source>Keeps this pattern and starts breathing with it.</source>
        <translation>Garde ce rythme et commence à respirer avec.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the list of exercises.</source>
        <translation>Retour à la liste des exercices.</translation>
    </message>
</context>
<context>
    <name>pk::PauseScreen</name>
    <message>
        <source>I&apos;m OK now</source>
        <translation>Ça va mieux</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Termine la pause à tout moment. La touche Échap fait de même.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyControls</name>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Si c’est désactivé, rien de nouveau n’est noté. Ce qui existe déjà reste jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>Older notes are removed every time Pauzeknop starts.</source>
        <translation>Les notes plus anciennes sont supprimées à chaque démarrage de Pauzeknop.</translation>
    </message>
    <message>
        <source>Save a summary…</source>
        <translation>Enregistrer un résumé…</translation>
    </message>
    <message>
        <source>Save a summary</source>
        <translation>Enregistrer un résumé</translation>
    </message>
    <message>
        <source>Saves counts per week to a file you choose: a spreadsheet (CSV) or JSON.</source>
        <translation>Enregistre les comptes par semaine dans un fichier de votre choix : un tableur (CSV) ou JSON.</translation>
    </message>
    <message>
        <source>About your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <source>What is written down, where, and what never is.</source>
        <translation>Ce qui est noté, où, et ce qui ne l’est jamais.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Supprime toutes les notes sur vos pauses de cet ordinateur. Une confirmation vous est d’abord demandée.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tableur (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Delete everything?</source>
        <translation>Tout supprimer ?</translation>
    </message>
    <message>
        <source>Every note about your pauses on this computer is removed. This cannot be undone. Pausing keeps working as always.</source>
        <translation>Toutes les notes sur vos pauses sur cet ordinateur seront supprimées. C’est définitif. Les pauses fonctionnent comme toujours.</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Garder mes pauses</translation>
    </message>
    <message>
        <source>Everything is deleted.</source>
        <translation>Tout est supprimé.</translation>
    </message>
    <message>
        <source>Nothing could be deleted: this history is read-only.</source>
        <translation>Rien n’a pu être supprimé : cet historique est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <source>the app&apos;s own folder</source>
        <translation>le dossier propre à l’application</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Ce qui est noté</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où c’est conservé</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Ce qui n’est jamais noté</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Combien de temps c’est conservé</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Qui peut le voir</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Ce que Pauzeknop n’est pas</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Seulement ce qui s’est passé, jamais qui vous êtes : qu’une pause a commencé, quel exercice de respiration vous avez fait, comment vous vous sentiez après (plus calme, encore tendu, besoin d’aide) et quels conseils ont aidé. Chaque note ne garde que l’heure, jamais la minute.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Uniquement sur cet ordinateur, dans un seul fichier : %1. Pauzeknop n’utilise jamais Internet : rien n’est jamais envoyé nulle part.</translation>
    </message>
    <message>
        <source>Your name, your child&apos;s name, the computer&apos;s name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Votre nom, le nom de votre enfant, le nom de l’ordinateur, ce que vous tapez, les personnes de votre propre plan, les titres de fenêtres et les noms de fichiers.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>C’est vous qui choisissez : 30 jours, 90 jours, 1 an ou toujours. Les notes plus anciennes sont supprimées à chaque démarrage de Pauzeknop. Dans Mes pauses, vous pouvez désactiver le suivi ou tout supprimer.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator&apos;s PIN.</source>
        <translation>Seulement les personnes qui utilisent cet ordinateur. Si vous enregistrez un résumé, il contient des comptes par semaine, jamais des moments précis. Sur un ordinateur partagé, les nombres inférieurs à 5 sont masqués et Mes pauses demande le code PIN de l’administrateur.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop vous aide à prendre un moment de calme. Il ne pose aucun diagnostic et ne soigne rien. Si vous ou votre enfant êtes en danger, appelez le 112.</translation>
    </message>
    <message>
        <source>This translation is a draft by the Pauzeknop team: a native speaker has not checked it yet.</source>
        <translation>Cette traduction est une ébauche de l’équipe Pauzeknop : une personne de langue maternelle française ne l’a pas encore relue.</translation>
    </message>
</context>
<context>
    <name>pk::RegionHeading</name>
    <message>
        <source>Help in Brussels</source>
        <translation>Aide à Bruxelles</translation>
    </message>
    <message>
        <source>Help in Wallonia</source>
        <translation>Aide en Wallonie</translation>
    </message>
    <message>
        <source>Help in the German-speaking Community</source>
        <translation>Aide en Communauté germanophone</translation>
    </message>
    <message>
        <source>Help in the Netherlands</source>
        <translation>Aide aux Pays-Bas</translation>
    </message>
    <message>
        <source>Help in Flanders</source>
        <translation>Aide en Flandre</translation>
    </message>
    <message>
        <source>Change where I live</source>
        <translation>Changer de région</translation>
    </message>
    <message>
        <source>Shows the lines of another region. Pauzeknop uses it everywhere.</source>
        <translation>Affiche les lignes d’une autre région. Pauzeknop l’utilise ensuite partout.</translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message>
        <source>Delete older pauses?</source>
        <translation>Supprimer les pauses plus anciennes ?</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Keep my pauses</source>
        <translation>Garder mes pauses</translation>
    </message>
    <message>
        <source>Keeping the record for %1 deletes older pauses from this computer now.</source>
        <translation>Conserver la trace pendant %1 supprime dès maintenant les pauses plus anciennes de cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln pause serait supprimée. C’est définitif.</numerusform>
            <numerusform>%Ln pauses seraient supprimées. C’est définitif.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>D’abord, mettez votre enfant en sécurité.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Demandez à un collègue de prendre le relais, ou mettez d’abord le groupe en sécurité.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It&apos;s OK to walk away for a few minutes.</source>
        <translation>Couchez votre bébé sur le dos dans son lit ou dans un autre endroit sûr. Vous pouvez vous éloigner quelques minutes.</translation>
    </message>
    <message>
        <source>My child is safe. Let&apos;s breathe</source>
        <translation>Mon enfant est en sécurité. Respirons</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Lance l’exercice de respiration.</translation>
    </message>
    <message>
        <source>Never shake a baby. Put the baby down safely and step away.</source>
        <translation>Ne secouez jamais un bébé. Posez le bébé en sécurité et éloignez-vous.</translation>
    </message>
</context>
<context>
    <name>pk::ScreenPage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Back to the start screen. Escape does the same.</source>
        <translation>Retour à l’écran d’accueil. La touche Échap fait de même.</translation>
    </message>
</context>
<context>
    <name>pk::SettingRow</name>
    <message>
        <source>Locked. %1</source>
        <translation>Verrouillé. %1</translation>
    </message>
</context>
<context>
    <name>pk::SettingsScreen</name>
    <message>
        <source>Follow the computer</source>
        <translation>Comme l’ordinateur</translation>
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
        <translation>Pour l’administrateur</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Pauzeknop. It changes at once.</source>
        <translation>La langue de Pauzeknop. Elle change aussitôt.</translation>
    </message>
    <message>
        <source>Who I am</source>
        <translation>Qui je suis</translation>
    </message>
    <message>
        <source>The pause and the tips speak to you.</source>
        <translation>La pause et les conseils s’adressent à vous.</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>Un parent</translation>
    </message>
    <message>
        <source>A grandparent</source>
        <translation>Un grand-parent</translation>
    </message>
    <message>
        <source>A childcare worker</source>
        <translation>Un professionnel de l’accueil</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Où j’habite</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Les lignes d’aide affichées.</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation>Communauté germanophone</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>The pause</source>
        <translation>La pause</translation>
    </message>
    <message>
        <source>First ask: is your child safe?</source>
        <translation>D’abord demander : votre enfant est-il en sécurité ?</translation>
    </message>
    <message>
        <source>Before breathing, a card asks you to put your child somewhere safe.</source>
        <translation>Avant de respirer, une carte vous invite à mettre votre enfant en sécurité.</translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation>Exercice de respiration</translation>
    </message>
    <message>
        <source>The exercise a pause starts with.</source>
        <translation>L’exercice par lequel une pause commence.</translation>
    </message>
    <message>
        <source>How long to breathe</source>
        <translation>Durée de la respiration</translation>
    </message>
    <message>
        <source>You can always stop earlier.</source>
        <translation>Vous pouvez toujours arrêter plus tôt.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Soft sounds</source>
        <translation>Sons doux</translation>
    </message>
    <message>
        <source>A soft tone when it is time to breathe in or out.</source>
        <translation>Un son doux quand il est temps d’inspirer ou d’expirer.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Gardé bas, pour qu’un bébé endormi continue de dormir.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Mots parlés</translation>
    </message>
    <message>
        <source>A calm voice says &quot;breathe in&quot; and &quot;breathe out&quot;.</source>
        <translation>Une voix calme dit « inspirez » et « expirez ».</translation>
    </message>
    <message>
        <source>Seeing</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Moins de mouvement</translation>
    </message>
    <message>
        <source>A filling bar instead of a growing circle.</source>
        <translation>Une barre qui se remplit au lieu d’un cercle qui grandit.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Black and white, with clear edges.</source>
        <translation>Noir et blanc, avec des bords nets.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Larger text everywhere.</source>
        <translation>Un texte plus grand partout.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Start with my computer</source>
        <translation>Démarrer avec mon ordinateur</translation>
    </message>
    <message>
        <source>Pauzeknop waits quietly in the tray, one tap away.</source>
        <translation>Pauzeknop attend discrètement dans la zone de notification, à portée de clic.</translation>
    </message>
    <message>
        <source>Keep a record of my pauses</source>
        <translation>Garder une trace de mes pauses</translation>
    </message>
    <message>
        <source>Only when and how long, never who. It stays on this computer.</source>
        <translation>Seulement quand et combien de temps, jamais qui. Cela reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Keep the record for</source>
        <translation>Conserver la trace pendant</translation>
    </message>
    <message>
        <source>Older pauses are deleted by themselves.</source>
        <translation>Les pauses plus anciennes s’effacent d’elles-mêmes.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Un an</translation>
    </message>
    <message>
        <source>Until I delete it</source>
        <translation>Jusqu’à ce que je l’efface</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Cet ordinateur est partagé. Aucun contact personnel n’y est conservé, et le relevé des pauses est réservé à l’administrateur.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Configuré par %1.</translation>
    </message>
    <message>
        <source>Some lines of the organisation&apos;s settings file were ignored:</source>
        <translation>Certaines lignes du fichier de réglages de l’organisation ont été ignorées :</translation>
    </message>
    <message>
        <source>Keyboard shortcut</source>
        <translation>Raccourci clavier</translation>
    </message>
    <message>
        <source>Spoken words are not available in this language. The soft sounds still work.</source>
        <translation>Les mots parlés ne sont pas disponibles dans cette langue. Les sons doux fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>pk::ShortcutRow</name>
    <message>
        <source>Your computer keeps this key for itself. Choose another.</source>
        <translation>Votre ordinateur se réserve cette touche. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Choose a letter, digit or F-key together with Ctrl, Alt or the Windows key, so the key never gets in the way of typing.</source>
        <translation>Choisissez une lettre, un chiffre ou une touche F avec Ctrl, Alt ou la touche Windows, pour que la touche ne gêne jamais quand vous écrivez.</translation>
    </message>
    <message>
        <source>Pause from anywhere</source>
        <translation>Pause depuis n’importe où</translation>
    </message>
    <message>
        <source>One key opens the pause, also when Pauzeknop is in the tray or behind other windows.</source>
        <translation>Une touche ouvre la pause, même quand Pauzeknop est dans la zone de notification ou derrière d’autres fenêtres.</translation>
    </message>
    <message>
        <source>Key for the pause</source>
        <translation>Touche pour la pause</translation>
    </message>
    <message>
        <source>Ask my desktop again</source>
        <translation>Redemander au système</translation>
    </message>
    <message>
        <source>Locked. %1</source>
        <translation>Verrouillé. %1</translation>
    </message>
    <message>
        <source>Off. The Pause button and the tray still open the pause.</source>
        <translation>Désactivé. Le bouton Pause et la zone de notification ouvrent toujours la pause.</translation>
    </message>
    <message>
        <source>Asking your desktop to set up %1. It may show a window to confirm.</source>
        <translation>Pauzeknop demande à votre système de configurer %1. Une fenêtre de confirmation peut s’ouvrir.</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Configuration de %1…</translation>
    </message>
    <message>
        <source>On: your desktop opens the pause when you press %1, while Pauzeknop is running.</source>
        <translation>Activé : votre système ouvre la pause quand vous appuyez sur %1, tant que Pauzeknop est lancé.</translation>
    </message>
    <message>
        <source>On: press %1 anywhere to open the pause, while Pauzeknop is running.</source>
        <translation>Activé : appuyez sur %1 n’importe où pour ouvrir la pause, tant que Pauzeknop est lancé.</translation>
    </message>
    <message>
        <source>Switch on &quot;Start with my computer&quot; to have the key always ready.</source>
        <translation>Activez « Démarrer avec mon ordinateur » pour que la touche soit toujours prête.</translation>
    </message>
    <message>
        <source>This key is taken by another program; choose another.</source>
        <translation>Cette touche est déjà prise par un autre programme ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Your desktop did not set up the key. That is fine: the Pause button and the tray still open the pause. You can ask again, or add a key in your desktop&apos;s own keyboard settings with the command %1.</source>
        <translation>Votre système n’a pas configuré la touche. Ce n’est pas grave : le bouton Pause et la zone de notification ouvrent toujours la pause. Vous pouvez redemander, ou ajouter une touche dans les réglages clavier de votre système avec la commande %1.</translation>
    </message>
    <message>
        <source>This keyboard has no such key; choose another.</source>
        <translation>Ce clavier n’a pas cette touche ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in Settings &gt; Keyboard &gt; View and Customise Shortcuts &gt; Custom Shortcuts, with the command %1.</source>
        <translation>Ce système ne permet pas à Pauzeknop de définir lui-même une touche. Ajoutez-en une dans Paramètres &gt; Clavier &gt; Afficher et personnaliser les raccourcis &gt; Raccourcis personnalisés, avec la commande %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add one in System Settings &gt; Shortcuts &gt; Add New &gt; Command or Script, with the command %1.</source>
        <translation>Ce système ne permet pas à Pauzeknop de définir lui-même une touche. Ajoutez-en une dans Configuration du système &gt; Raccourcis &gt; Ajouter nouveau &gt; Commande ou script, avec la commande %1.</translation>
    </message>
    <message>
        <source>This desktop does not let Pauzeknop set a key itself. Add a shortcut in your desktop&apos;s own keyboard settings, with the command %1.</source>
        <translation>Ce système ne permet pas à Pauzeknop de définir lui-même une touche. Ajoutez un raccourci dans les réglages clavier de votre système, avec la commande %1.</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un conseil : %1</translation>
    </message>
    <message>
        <source>That&apos;s OK. Take a little more time.</source>
        <translation>C’est normal. Prenez encore un peu de temps.</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Encore un tour</translation>
    </message>
    <message>
        <source>Breathes the same exercise once more.</source>
        <translation>Refait le même exercice une fois.</translation>
    </message>
    <message>
        <source>A different exercise</source>
        <translation>Un autre exercice</translation>
    </message>
    <message>
        <source>Lets you choose another breathing exercise.</source>
        <translation>Permet de choisir un autre exercice de respiration.</translation>
    </message>
    <message>
        <source>Walk away for a few minutes</source>
        <translation>M’éloigner quelques minutes</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Un minuteur de 2, 5 ou 10 minutes qui vous rappelle d’aller voir votre enfant.</translation>
    </message>
</context>
<context>
    <name>pk::TipCard</name>
    <message>
        <source>This helped</source>
        <translation>Ça m’a aidé</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Tells Pauzeknop, anonymously, that this tip helped you.</source>
        <translation>Indique à Pauzeknop, de façon anonyme, que ce conseil vous a aidé.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Enregistré</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Enregistrer</translation>
    </message>
    <message>
        <source>Saved in my tips</source>
        <translation>Enregistré dans mes conseils</translation>
    </message>
    <message>
        <source>Save in my tips</source>
        <translation>Enregistrer dans mes conseils</translation>
    </message>
    <message>
        <source>This tip is in your own list. Press to take it out.</source>
        <translation>Ce conseil est dans votre liste. Appuyez pour le retirer.</translation>
    </message>
    <message>
        <source>Keeps this tip in your own list, on this computer only.</source>
        <translation>Garde ce conseil dans votre liste, uniquement sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>pk::TipsScreen</name>
    <message>
        <source>Tips for parents</source>
        <translation>Conseils pour les parents</translation>
    </message>
    <message>
        <source>Tips for grandparents</source>
        <translation>Conseils pour les grands-parents</translation>
    </message>
    <message>
        <source>Tips for childcare workers</source>
        <translation>Conseils pour les professionnels de l’accueil</translation>
    </message>
    <message>
        <source>Tips for everyone who minds a child</source>
        <translation>Conseils pour toute personne qui garde un enfant</translation>
    </message>
    <message>
        <source>Shows the tips for this moment.</source>
        <translation>Affiche les conseils pour ce moment.</translation>
    </message>
    <message>
        <source>No tips here yet.</source>
        <translation>Pas encore de conseils ici.</translation>
    </message>
    <message>
        <source>Tips you save with ☆ appear here.</source>
        <translation>Les conseils enregistrés avec ☆ apparaissent ici.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Show all tips</source>
        <translation>Afficher tous les conseils</translation>
    </message>
    <message>
        <source>Also shows the tips written for parents, grandparents and childcare workers.</source>
        <translation>Affiche aussi les conseils écrits pour les parents, les grands-parents et les professionnels de l’accueil.</translation>
    </message>
    <message>
        <source>★ My tips</source>
        <translation>★ Mes conseils</translation>
    </message>
    <message>
        <source>My tips</source>
        <translation>Mes conseils</translation>
    </message>
    <message>
        <source>The tips you saved.</source>
        <translation>Les conseils que vous avez enregistrés.</translation>
    </message>
</context>
<context>
    <name>pk::TrayIcon</name>
    <message>
        <source>Pause now</source>
        <translation>Faire une pause</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Qui peut aider</translation>
    </message>
    <message>
        <source>Open Pauzeknop</source>
        <translation>Ouvrir Pauzeknop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Pauzeknop: click for a pause</source>
        <translation>Pauzeknop : cliquez pour une pause</translation>
    </message>
    <message>
        <source>Pauzeknop is still here</source>
        <translation>Pauzeknop est toujours là</translation>
    </message>
    <message>
        <source>Whenever you need a pause, click the icon here. Quit is in its menu.</source>
        <translation>Quand vous avez besoin d’une pause, cliquez ici sur l’icône. Quitter se trouve dans son menu.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Le suivi de vos pauses est désactivé. Rien de nouveau n’est noté.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Votre historique de pauses précédent n’a pas pu être lu, un nouveau a donc été commencé. L’ancien fichier a été conservé sous le nom %1. Les pauses fonctionnent comme toujours.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Vos pauses ne peuvent pas être enregistrées dans ce dossier pour le moment. Elles sont gardées en mémoire jusqu’à la fermeture de Pauzeknop. Les pauses fonctionnent comme toujours.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Votre historique de pauses a été enregistré par une version plus récente de Pauzeknop. Vous pouvez le consulter, mais rien de nouveau n’est ajouté tant que vous ne faites pas la mise à jour. Les pauses fonctionnent comme toujours.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Prenez quelques minutes pour vous.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Assurez-vous que votre enfant est en sécurité, puis quittez la pièce. Nous vous dirons quand aller le voir.</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Lance un compte à rebours calme. Nous vous dirons quand aller voir.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Respirez, buvez un peu d’eau. À la fin, allez voir votre enfant.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Je suis de retour</translation>
    </message>
    <message>
        <source>Ends the countdown now.</source>
        <translation>Arrête le compte à rebours maintenant.</translation>
    </message>
    <message>
        <source>Go and look at your child now.</source>
        <translation>Allez voir votre enfant maintenant.</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termine la pause et revient à l’écran d’accueil.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln minute restante</numerusform>
            <numerusform>%Ln minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
