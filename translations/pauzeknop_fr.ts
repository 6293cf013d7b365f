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
        <source>Count</source>
        <translation>Comptez</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>encore %1:%2</translation>
    </message>
</context>
<context>
    <name>pk::DoneCard</name>
    <message>
        <source>You took a pause.</source>
        <translation>Vous avez fait une pause.</translation>
    </message>
    <message>
        <source>That was a good thing to do. Go back when you feel ready, or breathe one more round.</source>
        <translation>C'était une bonne chose à faire. Retournez-y quand vous vous sentez prêt·e, ou respirez encore un tour.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Respirer encore</translation>
    </message>
    <message>
        <source>Starts another round of calm breathing.</source>
        <translation>Lance un nouveau tour de respiration calme.</translation>
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
</context>
<context>
    <name>pk::MainWindow</name>
    <message>
        <source>Pauzeknop</source>
        <translation>Pauzeknop</translation>
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
        <source>Starts two minutes of calm breathing.</source>
        <translation>Lance deux minutes de respiration calme.</translation>
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
</TS>