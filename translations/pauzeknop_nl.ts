<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BreathingCatalog</name>
    <message>
        <source>Calm breath</source>
        <translation>Rustige adem</translation>
    </message>
    <message>
        <source>Breathe in for 4 seconds and out for 6. A long out-breath helps the body slow down.</source>
        <translation>Adem 4 tellen in en 6 tellen uit. Een lange uitademing helpt je lichaam tot rust te komen.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <translation>Je houdt je adem niet in. Adem zacht, niet diep.</translation>
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
        <source>Use language &lt;code&gt; (en, nl, fr, de, ar).</source>
        <translation>Gebruik taal &lt;code&gt; (en, nl, fr, de, ar).</translation>
    </message>
    <message>
        <source>Run pauzeknop --help to see what it understands.</source>
        <translation>Typ pauzeknop --help om te zien wat het begrijpt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
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
        <source>Count</source>
        <translation>Tel</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Goed gedaan</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>nog %1:%2</translation>
    </message>
</context>
<context>
    <name>pk::DoneCard</name>
    <message>
        <source>You took a pause.</source>
        <translation>Je nam een pauze.</translation>
    </message>
    <message>
        <source>That was a good thing to do. Go back when you feel ready, or breathe one more round.</source>
        <translation>Dat was een goede keuze. Ga terug wanneer je er klaar voor bent, of adem nog een ronde.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Nog eens ademen</translation>
    </message>
    <message>
        <source>Starts another round of calm breathing.</source>
        <translation>Start nog een ronde rustig ademen.</translation>
    </message>
    <message>
        <source>Back to my child</source>
        <translation>Terug naar mijn kind</translation>
    </message>
    <message>
        <source>Ends the pause and returns to the start screen.</source>
        <translation>Beëindigt de pauze en gaat terug naar het beginscherm.</translation>
    </message>
</context>
<context>
    <name>pk::EmergencyStrip</name>
    <message>
        <source>Danger? Dial 112 on any phone. It is free, day and night.</source>
        <translation>Gevaar? Bel 112 met eender welke telefoon. Gratis, dag en nacht.</translation>
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
        <translation>Het gaat weer</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Beëindigt de pauze op elk moment. Escape doet hetzelfde.</translation>
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
        <source>Lay your baby on their back in the cot or another safe place. It's OK to walk away for a few minutes.</source>
        <translation>Leg je baby op de rug in het bedje of op een andere veilige plek. Het is oké om even weg te gaan.</translation>
    </message>
    <message>
        <source>My child is safe. Let's breathe</source>
        <translation>Mijn kind is veilig. Ademen maar</translation>
    </message>
    <message>
        <source>Starts two minutes of calm breathing.</source>
        <translation>Start twee minuten rustig ademen.</translation>
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
</TS>