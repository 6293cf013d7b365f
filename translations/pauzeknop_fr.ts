<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>Calm breath</source>
        <translation>Respiration calme</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6. A long out-breath helps the body slow down.</source>
        <translation>Inspirez pendant 4 secondes et expirez pendant 6. Une longue expiration aide le corps à ralentir.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <translation>Sans retenir votre souffle. Respirez doucement, pas profondément.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <translation>Soupir physiologique</translation>
    </message>
    <message>
        <source>Breathe in, take a second small breath on top, then let it all out slowly. One to three sighs already help.</source>
        <translation>Inspirez, ajoutez une petite inspiration par-dessus, puis expirez tout lentement. Un à trois soupirs aident déjà.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Arrêtez si vous avez la tête qui tourne.</translation>
    </message>
    <message>
        <source>Resonance breathing</source>
        <translation>Respiration en résonance</translation>
    </message>
    <message>
        <source>In for 5.5 seconds, out for 5.5: about six breaths a minute. Best for five minutes or more.</source>
        <translation>Inspirez 5,5 secondes, expirez 5,5 : environ six respirations par minute. Idéal pendant cinq minutes ou plus.</translation>
    </message>
    <message>
        <source>Breathe gently, not deeply.</source>
        <translation>Respirez doucement, pas profondément.</translation>
    </message>
    <message>
        <source>Holding your breath does not suit everyone. Stop if it feels uncomfortable.</source>
        <translation>Retenir son souffle ne convient pas à tout le monde. Arrêtez si c'est inconfortable.</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>Respiration carrée</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 4, out 4, hold 4, like the sides of a box.</source>
        <translation>Inspirez 4 secondes, retenez 4, expirez 4, retenez 4, comme les côtés d'un carré.</translation>
    </message>
    <message>
        <source>Short box breathing</source>
        <translation>Respiration carrée courte</translation>
    </message>
    <message>
        <source>A lighter box: in for 3 seconds, hold 3, out 3, hold 3.</source>
        <translation>Un carré plus léger : inspirez 3 secondes, retenez 3, expirez 3, retenez 3.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>Respiration 4-7-8</translation>
    </message>
    <message>
        <source>In for 4 seconds, hold 7, out for 8. At most four rounds.</source>
        <translation>Inspirez 4 secondes, retenez 7, expirez 8. Quatre tours au maximum.</translation>
    </message>
    <message>
        <source>It can make you light-headed, and it fits badly when you are very agitated. A practitioner's method, not tested in trials.</source>
        <translation>Cela peut donner la tête qui tourne et convient mal quand vous êtes très agité. Une méthode de praticien, non testée par des études.</translation>
    </message>
    <message>
        <source>Count to ten</source>
        <translation>Compter jusqu'à dix</translation>
    </message>
    <message>
        <source>Count slowly from 1 to 10 while you breathe out, before you do anything else.</source>
        <translation>Comptez lentement de 1 à 10 en expirant, avant de faire quoi que ce soit.</translation>
    </message>
    <message>
        <source>Short on purpose: ten to thirty seconds. Then put your child somewhere safe if you need more.</source>
        <translation>Court exprès : dix à trente secondes. Ensuite, mettez votre enfant en sécurité si vous avez besoin de plus.</translation>
    </message>
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
        <translation>Arrêtez si vous avez la tête qui tourne ou si c'est inconfortable.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Pauzeknop: a pause button for people who care for young children.</source>
        <translation>Pauzeknop : un bouton pause pour les personnes qui s'occupent de jeunes enfants.</translation>
    </message>
    <message>
        <source>Open on the pause screen.</source>
        <translation>Ouvrir directement l'écran de pause.</translation>
    </message>
    <message>
        <source>Keep the usage log and settings in &lt;dir&gt;.</source>
        <translation>Garder le journal d'utilisation et les réglages dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (en, nl, fr, de, ar).</source>
        <translation>Utiliser la langue &lt;code&gt; (en, nl, fr, de, ar).</translation>
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
        <translation>Lire un code PIN administrateur sur l'entrée standard et afficher la ligne pour la configuration gérée (pour les administrateurs).</translation>
    </message>
    <message>
        <source>Open on "Who can help": helplines and your own people to call.</source>
        <translation>Ouvrir sur « Qui peut aider » : lignes d’aide et vos propres personnes à appeler.</translation>
    </message>
    <message>
        <source>Write weekly counts of the usage log to &lt;file&gt; (CSV, or JSON for .json) and exit.</source>
        <translation>Écrire les comptes hebdomadaires du journal d'utilisation dans &lt;file&gt; (CSV, ou JSON pour .json) et quitter.</translation>
    </message>
    <message>
        <source>Open breathing directly, with exercise [PATTERN] if given: %1.</source>
        <translation>Ouvre directement la respiration, avec l'exercice [PATTERN] s'il est indiqué : %1.</translation>
    </message>
    <message>
        <source>With --breathe: the exercise to breathe with.</source>
        <translation>Avec --breathe : l'exercice de respiration à utiliser.</translation>
    </message>
    <message>
        <source>Unknown breathing exercise: %1. Choose one of: %2.</source>
        <translation>Exercice de respiration inconnu : %1. Choisissez parmi : %2.</translation>
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
        <translation>Mes personnes</translation>
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
        <translation>Retenir après l'inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>Retenir après l'expiration</translation>
    </message>
    <message>
        <source>You can keep up to six patterns. Remove one first.</source>
        <translation>Vous pouvez garder jusqu'à six rythmes. Supprimez-en un d'abord.</translation>
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
        <source>The PIN needs at least %1 characters; nothing was made.
</source>
        <translation>Le code PIN doit compter au moins %1 caractères ; rien n'a été créé.
</translation>
    </message>
    <message>
        <source>Put this line in the [organisation] section of pauzeknop.conf.
</source>
        <translation>Placez cette ligne dans la section [organisation] de pauzeknop.conf.
</translation>
    </message>
</context>
<context>
    <name>HelplineCatalog</name>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill. Police: 101.</source>
        <translation>Danger immédiat, une blessure, ou un enfant blessé ou très malade. Police : 101.</translation>
    </message>
    <message>
        <source>Violence, abuse and child abuse. Also for people who sometimes use violence themselves. Not an emergency line.</source>
        <translation>Violence, abus et maltraitance d’enfants. Aussi pour les personnes qui sont parfois violentes elles-mêmes. Pas un numéro d’urgence.</translation>
    </message>
    <message>
        <source>An anonymous listening line for anyone who needs to talk.</source>
        <translation>Une ligne d’écoute anonyme pour toute personne qui a besoin de parler.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide.</source>
        <translation>Pour toute personne qui pense au suicide.</translation>
    </message>
    <message>
        <source>Questions about babies, young children and childcare.</source>
        <translation>Questions sur les bébés, les jeunes enfants et l’accueil de la petite enfance.</translation>
    </message>
    <message>
        <source>The doctor on call for medical help that is not an emergency, outside GP hours: evenings, nights and weekends.</source>
        <translation>Le médecin de garde pour une aide médicale non urgente, en dehors des heures du généraliste : le soir, la nuit et le week-end.</translation>
    </message>
    <message>
        <source>General welfare help for anyone with a question or a problem.</source>
        <translation>Aide sociale générale pour toute personne avec une question ou un problème.</translation>
    </message>
    <message>
        <source>For children and young people.</source>
        <translation>Pour les enfants et les jeunes.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in French.</source>
        <translation>Une ligne d’écoute pour toute personne qui a besoin de parler, en français.</translation>
    </message>
    <message>
        <source>For children, and for adults who are worried about a child. In French.</source>
        <translation>Pour les enfants, et pour les adultes inquiets pour un enfant. En français.</translation>
    </message>
    <message>
        <source>A listening line for anyone who needs to talk, in German.</source>
        <translation>Une ligne d’écoute pour toute personne qui a besoin de parler, en allemand.</translation>
    </message>
    <message>
        <source>Immediate danger, an injury, or a child who is hurt or very ill.</source>
        <translation>Danger immédiat, une blessure, ou un enfant blessé ou très malade.</translation>
    </message>
    <message>
        <source>Domestic violence and child abuse. Also for people who use violence themselves.</source>
        <translation>Violence domestique et maltraitance d’enfants. Aussi pour les personnes qui sont elles-mêmes violentes.</translation>
    </message>
    <message>
        <source>For anyone with thoughts of suicide. 113 is also possible.</source>
        <translation>Pour toute personne qui pense au suicide. Le 113 est aussi possible.</translation>
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
        <translation>%1 n'est pas un réglage (clé=valeur) et est ignorée.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is unknown; its lines are ignored.</source>
        <translation>%1 : la section [%2] est inconnue ; ses lignes sont ignorées.</translation>
    </message>
    <message>
        <source>%1: "%2" stands before any [section] and is ignored.</source>
        <translation>%1 : « %2 » précède toute [section] et est ignoré.</translation>
    </message>
    <message>
        <source>%1: the key "%2" is unknown and is ignored.</source>
        <translation>%1 : la clé « %2 » est inconnue et est ignorée.</translation>
    </message>
    <message>
        <source>%1: "%2" expects %3; the line is ignored.</source>
        <translation>%1 : « %2 » attend %3 ; la ligne est ignorée.</translation>
    </message>
    <message>
        <source>%1: adminPin is not a hash made by pauzeknop --hash-pin; the admin PIN is not set.</source>
        <translation>%1 : adminPin n'est pas une empreinte créée par pauzeknop --hash-pin ; aucun code PIN administrateur n'est défini.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message>
        <source>%1, tip "%2": this id is already used; this tip is skipped.</source>
        <translation>%1, conseil « %2 » : cet id est déjà utilisé ; ce conseil est ignoré.</translation>
    </message>
    <message>
        <source>%1, helpline "%2": this id is already used; this contact is skipped.</source>
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
        <source>%1: expected an object with "tips" and "helplines".</source>
        <translation>%1 : un objet avec « tips » et « helplines » était attendu.</translation>
    </message>
    <message>
        <source>%1: unknown key "%2" ignored.</source>
        <translation>%1 : clé inconnue « %2 » ignorée.</translation>
    </message>
    <message>
        <source>%1: "tips" must be a list.</source>
        <translation>%1 : « tips » doit être une liste.</translation>
    </message>
    <message>
        <source>%1: "helplines" must be a list.</source>
        <translation>%1 : « helplines » doit être une liste.</translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation>conseil %1</translation>
    </message>
    <message>
        <source>tip %1 ("%2")</source>
        <translation>conseil %1 (« %2 »)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this tip is skipped.</source>
        <translation>%1, %2 : %3 ; ce conseil est ignoré.</translation>
    </message>
    <message>
        <source>"id" must be lower-case letters, digits, '.', '_' or '-'</source>
        <translation>« id » ne peut contenir que des minuscules, des chiffres, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>"situation" must be one of moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</source>
        <translation>« situation » doit être l’une de : moment, crying, sleep, tantrum, feeding, group, exhausted, afterwards</translation>
    </message>
    <message>
        <source>"audiences" must be a list of parent, grandparent, childcare, other (found "%1")</source>
        <translation>« audiences » doit être une liste de parent, grandparent, childcare, other (trouvé : « %1 »)</translation>
    </message>
    <message>
        <source>"text" is missing or empty</source>
        <translation>« text » manque ou est vide</translation>
    </message>
    <message>
        <source>"text" is longer than 280 characters</source>
        <translation>« text » dépasse 280 caractères</translation>
    </message>
    <message>
        <source>"source" is missing: every tip says where it comes from</source>
        <translation>« source » manque : chaque conseil dit d’où il vient</translation>
    </message>
    <message>
        <source>helpline %1</source>
        <translation>ligne d’aide %1</translation>
    </message>
    <message>
        <source>helpline %1 ("%2")</source>
        <translation>ligne d’aide %1 (« %2 »)</translation>
    </message>
    <message>
        <source>%1, %2: %3; this contact is skipped.</source>
        <translation>%1, %2 : %3 ; ce contact est ignoré.</translation>
    </message>
    <message>
        <source>"name" is missing</source>
        <translation>« name » manque</translation>
    </message>
    <message>
        <source>"purpose" is missing or empty</source>
        <translation>« purpose » manque ou est vide</translation>
    </message>
    <message>
        <source>"regions" must be a list of BE-VLG, BE-BRU, BE-WAL, BE-DG, NL (found "%1")</source>
        <translation>« regions » doit être une liste de BE-VLG, BE-BRU, BE-WAL, BE-DG, NL (trouvé : « %1 »)</translation>
    </message>
    <message>
        <source>"cost" must be "free" or "zonal"</source>
        <translation>« cost » doit valoir « free » ou « zonal »</translation>
    </message>
    <message>
        <source>"emergency" is reserved for 112</source>
        <translation>« emergency » est réservé au 112</translation>
    </message>
    <message>
        <source>"verified" needs "verified_on" as a date like 2026-11-28</source>
        <translation>« verified » demande « verified_on » sous forme de date, comme 2026-11-28</translation>
    </message>
    <message>
        <source>"channels" must list at least one way to reach them</source>
        <translation>« channels » doit indiquer au moins un moyen de les joindre</translation>
    </message>
    <message>
        <source>channel %1: "kind" must be phone, chat, sms, mail or web</source>
        <translation>canal %1 : « kind » doit valoir phone, chat, sms, mail ou web</translation>
    </message>
    <message>
        <source>channel %1: "%2" is not a valid %3</source>
        <translation>canal %1 : « %2 » n’est pas un %3 valide</translation>
    </message>
    <message>
        <source>channel %1: hours "%2" not understood (%3)</source>
        <translation>canal %1 : horaires « %2 » non compris (%3)</translation>
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
        <translation>l'une des valeurs %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>This is a shared computer: personal contacts are not kept here.</source>
        <translation>Cet ordinateur est partagé : aucun contact personnel n'y est conservé.</translation>
    </message>
    <message>
        <source>Set by your organisation for everyone on this computer.</source>
        <translation>Défini par votre organisation pour tous les utilisateurs de cet ordinateur.</translation>
    </message>
    <message>
        <source>Set by %1 for everyone on this computer.</source>
        <translation>Défini par %1 pour tous les utilisateurs de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TipCatalog</name>
    <message>
        <source>Put your child somewhere safe: on its back in an empty cot or playpen. Then leave the room.</source>
        <translation>Mettez votre enfant en sécurité : sur le dos dans un lit vide ou dans le parc. Puis quittez la pièce.</translation>
    </message>
    <message>
        <source>A closed door for a few minutes is fine. Go back and look every 5 to 10 minutes.</source>
        <translation>Une porte fermée quelques minutes, c’est bien. Retournez voir toutes les 5 à 10 minutes.</translation>
    </message>
    <message>
        <source>Do you feel the urge to shake, grab or hit? That is your signal: put your child down and step out.</source>
        <translation>Vous avez envie de secouer, d’empoigner ou de frapper ? C’est le signal : posez votre enfant et sortez un moment.</translation>
    </message>
    <message>
        <source>Never shake, throw or hit a child, not even once. Shaking a baby can cause brain damage or death.</source>
        <translation>Ne secouez, ne lancez et ne frappez jamais un enfant, pas même une fois. Secouer un bébé peut causer des lésions cérébrales ou la mort.</translation>
    </message>
    <message>
        <source>Breathe out for longer than you breathe in. Do it three times.</source>
        <translation>Expirez plus longtemps que vous n’inspirez. Faites-le trois fois.</translation>
    </message>
    <message>
        <source>Count slowly to ten before you do anything else.</source>
        <translation>Comptez lentement jusqu’à dix avant de faire quoi que ce soit.</translation>
    </message>
    <message>
        <source>Go to another room. Drink some water or tea, or splash cold water on your face.</source>
        <translation>Allez dans une autre pièce. Buvez de l’eau ou du thé, ou passez-vous de l’eau froide sur le visage.</translation>
    </message>
    <message>
        <source>Say out loud: "I am at my limit. I am taking five minutes."</source>
        <translation>Dites à voix haute : « Je suis à bout. Je prends cinq minutes. »</translation>
    </message>
    <message>
        <source>Phone someone: your partner, a neighbour, a friend, or 1712 or 106.</source>
        <translation>Appelez quelqu’un : votre partenaire, un voisin, un ami, ou le 1712 ou le 106.</translation>
    </message>
    <message>
        <source>Asking for help is a strength, not a weakness.</source>
        <translation>Demander de l’aide est une force, pas une faiblesse.</translation>
    </message>
    <message>
        <source>Do you think your child is hurt or ill? Call 112, or 1733 out of hours. Do not wait.</source>
        <translation>Vous pensez que votre enfant est blessé ou malade ? Appelez le 112, ou le 1733 en dehors des heures. N’attendez pas.</translation>
    </message>
    <message>
        <source>Crying peaks around 6 to 8 weeks. It is a phase, and it passes.</source>
        <translation>Les pleurs atteignent un pic vers 6 à 8 semaines. C’est une phase, et elle passe.</translation>
    </message>
    <message>
        <source>A lot of crying is normal for a young baby. It is not your fault.</source>
        <translation>Beaucoup pleurer est normal pour un jeune bébé. Ce n’est pas votre faute.</translation>
    </message>
    <message>
        <source>Check the basics once: hunger, nappy, too warm or too cold, tired. Then stop searching for a cause.</source>
        <translation>Vérifiez une fois l’essentiel : faim, couche, trop chaud ou trop froid, fatigue. Puis arrêtez de chercher une cause.</translation>
    </message>
    <message>
        <source>Try one calm thing at a time: humming, skin to skin, a walk with the pram, a warm bath.</source>
        <translation>Essayez une chose calme à la fois : fredonner, peau à peau, une promenade en poussette, un bain chaud.</translation>
    </message>
    <message>
        <source>Some crying cannot be stopped. A baby crying in a safe cot is not in danger.</source>
        <translation>Certains pleurs ne peuvent pas être arrêtés. Un bébé qui pleure dans un lit sûr n’est pas en danger.</translation>
    </message>
    <message>
        <source>Crying that sounds unusual, a fever, or not feeding: see a doctor.</source>
        <translation>Des pleurs inhabituels, de la fièvre, ou un bébé qui ne boit pas : consultez un médecin.</translation>
    </message>
    <message>
        <source>Lay the baby down and keep a hand on its tummy, or wait until sleep is deep.</source>
        <translation>Couchez le bébé et gardez une main sur son ventre, ou attendez que le sommeil soit profond.</translation>
    </message>
    <message>
        <source>Exhausted? Put the baby in its own bed before you rest.</source>
        <translation>À bout de forces ? Mettez le bébé dans son propre lit avant de vous reposer.</translation>
    </message>
    <message>
        <source>Never doze off with a baby on a sofa.</source>
        <translation>Ne vous endormez jamais avec un bébé sur un canapé.</translation>
    </message>
    <message>
        <source>Ask your partner or a grandparent to take over for a while.</source>
        <translation>Demandez à votre partenaire ou à un grand-parent de prendre le relais un moment.</translation>
    </message>
    <message>
        <source>Tantrums are a normal stage. Most are over in less than 15 minutes.</source>
        <translation>Les crises de colère sont une étape normale. La plupart durent moins de 15 minutes.</translation>
    </message>
    <message>
        <source>Keep the child safe, stay close, and let it pass without arguing.</source>
        <translation>Gardez l’enfant en sécurité, restez près de lui, et laissez passer sans discuter.</translation>
    </message>
    <message>
        <source>Name the feeling and the limit in a few words: "You are angry. Hitting hurts, I stop you."</source>
        <translation>Nommez l’émotion et la limite en quelques mots : « Tu es en colère. Frapper fait mal, je t’arrête. »</translation>
    </message>
    <message>
        <source>Can't stay calm? If the child is safe, leave for a minute or two.</source>
        <translation>Impossible de rester calme ? Si l’enfant est en sécurité, sortez une minute ou deux.</translation>
    </message>
    <message>
        <source>Look for what lies underneath: hunger, tiredness, too much going on.</source>
        <translation>Cherchez ce qu’il y a derrière : la faim, la fatigue, trop de stimulations.</translation>
    </message>
    <message>
        <source>Afterwards, make contact again and praise the next good moment.</source>
        <translation>Ensuite, renouez le contact et félicitez le prochain bon moment.</translation>
    </message>
    <message>
        <source>Stop when the child shows it is full. Never force food.</source>
        <translation>Arrêtez quand l’enfant montre qu’il n’a plus faim. Ne forcez jamais à manger.</translation>
    </message>
    <message>
        <source>A refused meal is not a failure. There will be another one.</source>
        <translation>Un repas refusé n’est pas un échec. Il y en aura un autre.</translation>
    </message>
    <message>
        <source>Do feeds keep ending in tears? Ask the Kind en Gezin-Lijn or your GP.</source>
        <translation>Les repas finissent toujours en pleurs ? Demandez conseil à la Kind en Gezin-Lijn ou à votre médecin.</translation>
    </message>
    <message>
        <source>Agree a sign with colleagues that means: take over, I need two minutes.</source>
        <translation>Convenez avec vos collègues d’un signe qui veut dire : prends le relais, j’ai besoin de deux minutes.</translation>
    </message>
    <message>
        <source>Never leave the group unsupervised. Ask a colleague to take over first.</source>
        <translation>Ne laissez jamais le groupe sans surveillance. Demandez d’abord à une collègue de prendre le relais.</translation>
    </message>
    <message>
        <source>Alone with the group? Make everyone safe first: babies in cots, toddlers seated with something calm.</source>
        <translation>Sans collègue avec le groupe ? Mettez d’abord tout le monde en sécurité : bébés au lit, petits assis avec une activité calme.</translation>
    </message>
    <message>
        <source>Once everyone is safe, call your manager or your back-up person.</source>
        <translation>Une fois tout le monde en sécurité, appelez votre responsable ou votre personne de renfort.</translation>
    </message>
    <message>
        <source>Babies set each other off. That is the room, not you.</source>
        <translation>Les bébés se font pleurer les uns les autres. C’est le groupe, pas vous.</translation>
    </message>
    <message>
        <source>After a hard moment, talk it through with a colleague or your manager.</source>
        <translation>Après un moment difficile, parlez-en avec une collègue ou votre responsable.</translation>
    </message>
    <message>
        <source>Worried about how you or a colleague handle a child? Tell your manager. 1712 can advise too.</source>
        <translation>Vous vous inquiétez de la façon dont vous ou un collègue traitez un enfant ? Parlez-en à votre responsable. Le 1712 peut aussi conseiller.</translation>
    </message>
    <message>
        <source>Ask for concrete help: a meal, or fifteen minutes of babysitting.</source>
        <translation>Demandez une aide concrète : un repas, ou un quart d’heure de garde.</translation>
    </message>
    <message>
        <source>Make a crying plan in advance: three calming things, who to call, where the baby goes.</source>
        <translation>Préparez un plan pleurs à l’avance : trois choses qui apaisent, qui appeler, où va le bébé.</translation>
    </message>
    <message>
        <source>Share the never-shake rule and your plan with everyone who minds the baby.</source>
        <translation>Partagez la règle « ne jamais secouer » et votre plan avec toutes les personnes qui gardent le bébé.</translation>
    </message>
    <message>
        <source>Feeling flat or overwhelmed for weeks after a birth is common. Help exists: your GP, Kind en Gezin, 106.</source>
        <translation>Se sentir vide ou dépassé pendant des semaines après une naissance est fréquent. Il existe de l’aide : votre médecin, Kind en Gezin, le 106.</translation>
    </message>
    <message>
        <source>Safe-sleep advice has changed: on the back, in an empty cot. Follow the parents' routine.</source>
        <translation>Les conseils pour un sommeil sûr ont changé : sur le dos, dans un lit vide. Suivez les habitudes des parents.</translation>
    </message>
    <message>
        <source>As a grandparent you may step away too. Putting the baby down safely is always allowed.</source>
        <translation>En tant que grand-parent, vous pouvez aussi vous éloigner. Poser le bébé en sécurité est toujours permis.</translation>
    </message>
    <message>
        <source>Did you shout or grab? It is never too late to talk it through and make up with the child.</source>
        <translation>Vous avez crié ou empoigné ? Il n’est jamais trop tard pour en parler et vous réconcilier avec l’enfant.</translation>
    </message>
    <message>
        <source>1712 also helps people who sometimes use violence, anonymously.</source>
        <translation>Le 1712 aide aussi, de façon anonyme, les personnes qui sont parfois violentes.</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>A crying baby</source>
        <translation>Un bébé qui pleure</translation>
    </message>
    <message>
        <source>Won't sleep</source>
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
    <name>UsageExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>UsageExportCommand</name>
    <message>
        <source>The usage log could not be opened: the export is empty.</source>
        <translation>Le journal d'utilisation n'a pas pu être ouvert : l'export est vide.</translation>
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
        <source>The administrator's PIN shows the record of pauses.</source>
        <translation>Le code PIN de l'administrateur donne accès au relevé des pauses.</translation>
    </message>
    <message>
        <source>Checks the admin PIN.</source>
        <translation>Vérifie le code PIN administrateur.</translation>
    </message>
    <message>
        <source>No admin PIN is set for this computer.</source>
        <translation>Aucun code PIN administrateur n'est défini pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Unlocked until Pauzeknop closes.</source>
        <translation>Déverrouillé jusqu'à la fermeture de Pauzeknop.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wait %1 s, then try again.</source>
        <translation>Ce code PIN n'est pas le bon. Attendez %1 s, puis réessayez.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code PIN n'est pas le bon. Veuillez réessayer.</translation>
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
        <translation>Ce qu'il faut faire maintenant : inspirer, retenir ou expirer.</translation>
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
        <source>I'm done breathing</source>
        <translation>J'ai fini de respirer</translation>
    </message>
    <message>
        <source>Stops the timer and asks how you feel.</source>
        <translation>Arrête le minuteur et demande comment vous vous sentez.</translation>
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
        <translation>Vous avez fait une pause. C'était bon pour vous et pour votre enfant.</translation>
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
        <source>Back to my child</source>
        <translation>Retour auprès de mon enfant</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termine la pause et revient à l'écran d'accueil.</translation>
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
        <translation>Propose un autre tour, un autre exercice ou quelques minutes à l'écart.</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>J'ai besoin d'aide</translation>
    </message>
    <message>
        <source>Shows who you can call, 112 first.</source>
        <translation>Montre qui vous pouvez appeler, le 112 d'abord.</translation>
    </message>
</context>
<context>
    <name>pk::CryingPlanCard</name>
    <message>
        <source>Your own people</source>
        <translation>Vos propres personnes</translation>
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
        <translation>Danger ? Composez le 112 depuis n'importe quel téléphone. Gratuit, jour et nuit.</translation>
    </message>
    <message>
        <source>Danger? Call 112</source>
        <translation>Danger ? Appelez le 112</translation>
    </message>
    <message>
        <source>If your child is hurt or in danger, call the emergency number 112 now.</source>
        <translation>Si votre enfant est blessé ou en danger, appelez maintenant le numéro d'urgence 112.</translation>
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
        <source>Rounds: %1</source>
        <translation>Tours : %1</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Minutes : %1</translation>
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
        <translation>Lance l'exercice choisi pour la durée choisie.</translation>
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
        <source>Checked on %1</source>
        <translation>Vérifié le %1</translation>
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
        <source>Scan with your phone's camera to call %1.</source>
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
    <message>
        <source>Where you live:</source>
        <translation>Où vous habitez :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Shows the helplines for this region.</source>
        <translation>Affiche les lignes d’aide de cette région.</translation>
    </message>
</context>
<context>
    <name>pk::HomeScreen</name>
    <message>
        <source>When it gets too much, press pause.</source>
        <translation>Quand c'est trop, appuyez sur pause.</translation>
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
        <translation>Les lignes d’aide ouvertes maintenant, et vos propres personnes à appeler.</translation>
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
        <translation>Pas encore de pause, et c'est très bien ainsi. Chaque fois que vous prenez une pause, vous verrez ici quand et ce qui a aidé. Chaque pause compte.</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>semaine du %1 : %2</translation>
    </message>
    <message>
        <source>%1:00: %2</source>
        <translation>%1 h : %2</translation>
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
        <translation>Besoin d'aide</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>No breathing exercise finished yet.</source>
        <translation>Aucun exercice de respiration terminé pour l'instant.</translation>
    </message>
    <message>
        <source>No tip marked as helpful yet.</source>
        <translation>Aucun conseil marqué comme utile pour l'instant.</translation>
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
        <translation>En danger, ou quelqu'un est blessé ? Appelez le 112 maintenant.</translation>
    </message>
    <message>
        <source>Call 112</source>
        <translation>Appeler le 112</translation>
    </message>
    <message>
        <source>Emergency number: police, ambulance, fire.</source>
        <translation>Numéro d'urgence : police, ambulance, pompiers.</translation>
    </message>
    <message>
        <source>This computer cannot dial. Use a phone and call 112.</source>
        <translation>Cet ordinateur ne peut pas appeler. Prenez un téléphone et appelez le 112.</translation>
    </message>
    <message>
        <source>You can also call someone who listens:</source>
        <translation>Vous pouvez aussi appeler quelqu'un qui écoute :</translation>
    </message>
    <message>
        <source>My people and all helplines</source>
        <translation>Mes proches et toutes les lignes d'aide</translation>
    </message>
    <message>
        <source>Ends the pause and opens Who can help: your own people to call, and every line with call, copy and QR code.</source>
        <translation>Termine la pause et ouvre Qui peut aider : vos propres contacts à appeler, et chaque ligne avec appel, copie et code QR.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Retour auprès de mon enfant</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termine la pause et revient à l'écran d'accueil.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Fermé maintenant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <source>I'm OK now</source>
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
        <source>Keep track of my pauses on this computer</source>
        <translation>Garder une trace de mes pauses sur cet ordinateur</translation>
    </message>
    <message>
        <source>When this is off, nothing new is written down. What is already there stays until you delete it.</source>
        <translation>Si c'est désactivé, rien de nouveau n'est noté. Ce qui existe déjà reste jusqu'à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>Keep them for</source>
        <translation>Les conserver pendant</translation>
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
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Toujours</translation>
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
        <translation>Ce qui est noté, où, et ce qui ne l'est jamais.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Removes every note about your pauses from this computer. You are asked first.</source>
        <translation>Supprime toutes les notes sur vos pauses de cet ordinateur. Une confirmation vous est d'abord demandée.</translation>
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
        <translation>Toutes les notes sur vos pauses sur cet ordinateur seront supprimées. C'est définitif. Les pauses fonctionnent comme toujours.</translation>
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
        <translation>Rien n'a pu être supprimé : cet historique est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>pk::PrivacyPage</name>
    <message>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <source>the app's own folder</source>
        <translation>le dossier propre à l'application</translation>
    </message>
    <message>
        <source>What is written down</source>
        <translation>Ce qui est noté</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où c'est conservé</translation>
    </message>
    <message>
        <source>What is never written down</source>
        <translation>Ce qui n'est jamais noté</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Combien de temps c'est conservé</translation>
    </message>
    <message>
        <source>Who can see it</source>
        <translation>Qui peut le voir</translation>
    </message>
    <message>
        <source>What Pauzeknop is not</source>
        <translation>Ce que Pauzeknop n'est pas</translation>
    </message>
    <message>
        <source>Only what happened, never who you are: that a pause started, which breathing exercise you did, how you felt afterwards (calmer, still tense, needed help) and which tips helped. Each note keeps only the hour, never the minute.</source>
        <translation>Seulement ce qui s'est passé, jamais qui vous êtes : qu'une pause a commencé, quel exercice de respiration vous avez fait, comment vous vous sentiez après (plus calme, encore tendu, besoin d'aide) et quels conseils ont aidé. Chaque note ne garde que l'heure, jamais la minute.</translation>
    </message>
    <message>
        <source>Only on this computer, in one file: %1. Pauzeknop never uses the internet, so nothing is ever sent anywhere.</source>
        <translation>Uniquement sur cet ordinateur, dans un seul fichier : %1. Pauzeknop n'utilise jamais Internet : rien n'est jamais envoyé nulle part.</translation>
    </message>
    <message>
        <source>Your name, your child's name, the computer's name, anything you type, the people in your own plan, window titles and file names.</source>
        <translation>Votre nom, le nom de votre enfant, le nom de l'ordinateur, ce que vous tapez, les personnes de votre propre plan, les titres de fenêtres et les noms de fichiers.</translation>
    </message>
    <message>
        <source>You choose: 30 days, 90 days, 1 year or forever. Older notes are removed every time Pauzeknop starts. You can switch keeping track off, or delete everything, on My pauses.</source>
        <translation>C'est vous qui choisissez : 30 jours, 90 jours, 1 an ou toujours. Les notes plus anciennes sont supprimées à chaque démarrage de Pauzeknop. Dans Mes pauses, vous pouvez désactiver le suivi ou tout supprimer.</translation>
    </message>
    <message>
        <source>Only the people who use this computer. If you save a summary, it holds counts per week, never single moments. On a shared computer, numbers below 5 are hidden and My pauses needs the administrator's PIN.</source>
        <translation>Seulement les personnes qui utilisent cet ordinateur. Si vous enregistrez un résumé, il contient des comptes par semaine, jamais des moments précis. Sur un ordinateur partagé, les nombres inférieurs à 5 sont masqués et Mes pauses demande le code PIN de l'administrateur.</translation>
    </message>
    <message>
        <source>Pauzeknop helps you take a calm moment. It does not diagnose or treat anything. If you or your child are in danger, call 112.</source>
        <translation>Pauzeknop vous aide à prendre un moment de calme. Il ne pose aucun diagnostic et ne soigne rien. Si vous ou votre enfant êtes en danger, appelez le 112.</translation>
    </message>
</context>
<context>
    <name>pk::SafeFirstCard</name>
    <message>
        <source>First make sure your child is safe.</source>
        <translation>D'abord, mettez votre enfant en sécurité.</translation>
    </message>
    <message>
        <source>Ask a colleague to take over, or make the group safe first.</source>
        <translation>Demandez à un·e collègue de prendre le relais, ou mettez d'abord le groupe en sécurité.</translation>
    </message>
    <message>
        <source>Lay your baby on their back in the cot or another safe place. It's OK to walk away for a few minutes.</source>
        <translation>Couchez votre bébé sur le dos dans son lit ou dans un autre endroit sûr. Vous pouvez vous éloigner quelques minutes.</translation>
    </message>
    <message>
        <source>My child is safe. Let's breathe</source>
        <translation>Mon enfant est en sécurité. Respirons</translation>
    </message>
    <message>
        <source>Starts the breathing exercise.</source>
        <translation>Lance l'exercice de respiration.</translation>
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
        <translation>Retour à l'écran d'accueil. La touche Échap fait de même.</translation>
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
        <translation>Comme l'ordinateur</translation>
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
        <translation>Pour l'administrateur</translation>
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
        <translation>La pause et les conseils s'adressent à vous.</translation>
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
        <translation>Un professionnel de l'accueil</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu'un d'autre</translation>
    </message>
    <message>
        <source>Where I live</source>
        <translation>Où j'habite</translation>
    </message>
    <message>
        <source>Which helplines are shown.</source>
        <translation>Les lignes d'aide affichées.</translation>
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
        <translation>D'abord demander : votre enfant est-il en sécurité ?</translation>
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
        <translation>L'exercice par lequel une pause commence.</translation>
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
        <translation>Un son doux quand il est temps d'inspirer ou d'expirer.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Kept low, so a sleeping baby stays asleep.</source>
        <translation>Gardé bas, pour qu'un bébé endormi continue de dormir.</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Mots parlés</translation>
    </message>
    <message>
        <source>A calm voice says "breathe in" and "breathe out".</source>
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
        <translation>Une barre qui se remplit au lieu d'un cercle qui grandit.</translation>
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
        <translation>Les pauses plus anciennes s'effacent d'elles-mêmes.</translation>
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
        <translation>Jusqu'à ce que je l'efface</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>This is a shared computer. Personal contacts are not kept here, and the record of pauses is only for the administrator.</source>
        <translation>Cet ordinateur est partagé. Aucun contact personnel n'y est conservé, et le relevé des pauses est réservé à l'administrateur.</translation>
    </message>
    <message>
        <source>Set up by %1.</source>
        <translation>Configuré par %1.</translation>
    </message>
    <message>
        <source>Some lines of the organisation's settings file were ignored:</source>
        <translation>Certaines lignes du fichier de réglages de l'organisation ont été ignorées :</translation>
    </message>
</context>
<context>
    <name>pk::TenseCard</name>
    <message>
        <source>A tip: %1</source>
        <translation>Un conseil : %1</translation>
    </message>
    <message>
        <source>That's OK. Take a little more time.</source>
        <translation>C'est normal. Prenez encore un peu de temps.</translation>
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
        <translation>M'éloigner quelques minutes</translation>
    </message>
    <message>
        <source>A timer of 2, 5 or 10 minutes that reminds you to look at your child.</source>
        <translation>Un minuteur de 2, 5 ou 10 minutes qui vous rappelle d'aller voir votre enfant.</translation>
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
        <translation>Quand vous avez besoin d'une pause, cliquez ici sur l'icône. Quitter se trouve dans son menu.</translation>
    </message>
</context>
<context>
    <name>pk::UsageLog</name>
    <message>
        <source>Keeping track of your pauses is off. Nothing new is written down.</source>
        <translation>Le suivi de vos pauses est désactivé. Rien de nouveau n'est noté.</translation>
    </message>
    <message>
        <source>Your earlier pause history could not be read, so a fresh one was started. The old file was kept as %1. Pausing works as always.</source>
        <translation>Votre historique de pauses précédent n'a pas pu être lu, un nouveau a donc été commencé. L'ancien fichier a été conservé sous le nom %1. Les pauses fonctionnent comme toujours.</translation>
    </message>
    <message>
        <source>Your pauses cannot be saved in this folder right now. They are remembered until Pauzeknop closes. Pausing works as always.</source>
        <translation>Vos pauses ne peuvent pas être enregistrées dans ce dossier pour le moment. Elles sont gardées en mémoire jusqu'à la fermeture de Pauzeknop. Les pauses fonctionnent comme toujours.</translation>
    </message>
    <message>
        <source>Your pause history was saved by a newer version of Pauzeknop. You can look at it, but nothing new is added until you update. Pausing works as always.</source>
        <translation>Votre historique de pauses a été enregistré par une version plus récente de Pauzeknop. Vous pouvez le consulter, mais rien de nouveau n'est ajouté tant que vous ne faites pas la mise à jour. Les pauses fonctionnent comme toujours.</translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message>
        <source>Minutes left: %1</source>
        <translation>Minutes restantes : %1</translation>
    </message>
    <message>
        <source>Take a few minutes for yourself.</source>
        <translation>Prenez quelques minutes pour vous.</translation>
    </message>
    <message>
        <source>Make sure your child is safe, then leave the room. We will tell you when it is time to go and look.</source>
        <translation>Assurez-vous que votre enfant est en sécurité, puis quittez la pièce. Nous vous dirons quand aller le voir.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Starts a calm countdown. We will tell you when to go and look.</source>
        <translation>Lance un compte à rebours calme. Nous vous dirons quand aller voir.</translation>
    </message>
    <message>
        <source>Breathe, drink some water. Look at your child at the end.</source>
        <translation>Respirez, buvez un peu d'eau. À la fin, allez voir votre enfant.</translation>
    </message>
    <message>
        <source>I'm back</source>
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
        <source>Back to my child</source>
        <translation>Retour auprès de mon enfant</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Termine la pause et revient à l'écran d'accueil.</translation>
    </message>
</context>
</TS>