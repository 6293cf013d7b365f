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
        <translation>4 Sekunden einatmen und 6 Sekunden ausatmen. Langes Ausatmen hilft dem Körper, zur Ruhe zu kommen.</translation>
    </message>
    <message>
        <source>No holding your breath. Breathe gently, not deeply.</source>
        <translation>Ohne den Atem anzuhalten. Sanft atmen, nicht tief.</translation>
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
</context>
<context>
    <name>pk::BreathingView</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Noch etwas mehr ein</translation>
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
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
</context>
<context>
    <name>pk::DoneCard</name>
    <message>
        <source>You took a pause.</source>
        <translation>Sie haben eine Pause gemacht.</translation>
    </message>
    <message>
        <source>That was a good thing to do. Go back when you feel ready, or breathe one more round.</source>
        <translation>Das war gut so. Gehen Sie zurück, wenn Sie bereit sind, oder atmen Sie noch eine Runde.</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Noch einmal atmen</translation>
    </message>
    <message>
        <source>Starts another round of calm breathing.</source>
        <translation>Startet eine weitere Runde ruhiges Atmen.</translation>
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
        <translation>Es geht wieder</translation>
    </message>
    <message>
        <source>Ends the pause at any moment. Escape does the same.</source>
        <translation>Beendet die Pause jederzeit. Die Escape-Taste tut dasselbe.</translation>
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
        <translation>Mein Kind ist sicher. Jetzt atmen</translation>
    </message>
    <message>
        <source>Starts two minutes of calm breathing.</source>
        <translation>Startet zwei Minuten ruhiges Atmen.</translation>
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
</TS>