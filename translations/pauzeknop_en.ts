<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HashPinCommand</name>
    <message numerus="yes">
        <source>The PIN needs at least %n characters; nothing was made.
</source>
        <translation>
            <numerusform>The PIN needs at least %n character; nothing was made.
</numerusform>
            <numerusform>The PIN needs at least %n characters; nothing was made.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedConfig</name>
    <message numerus="yes">
        <source>%n more problem(s) in this file are not listed.</source>
        <translation>
            <numerusform>%n more problem in this file is not listed.</numerusform>
            <numerusform>%n more problems in this file are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationContent</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;%1&quot; is longer than %n character</numerusform>
            <numerusform>&quot;%1&quot; is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n languages</source>
        <translation>
            <numerusform>&quot;%1&quot; has more than %n language</numerusform>
            <numerusform>&quot;%1&quot; has more than %n languages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</source>
        <translation>
            <numerusform>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n character under a language code such as &quot;nl&quot;</numerusform>
            <numerusform>&quot;%1&quot; in &quot;%2&quot; must be a text of at most %n characters under a language code such as &quot;nl&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be a list of 1 to %n items</source>
        <translation>
            <numerusform>&quot;%1&quot; must be a list of 1 to %n item</numerusform>
            <numerusform>&quot;%1&quot; must be a list of 1 to %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;source&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;source&quot; is longer than %n character</numerusform>
            <numerusform>&quot;source&quot; is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;channels&quot; must be a list of at most %n ways to reach them</source>
        <translation>
            <numerusform>&quot;channels&quot; must be a list of at most %n way to reach them</numerusform>
            <numerusform>&quot;channels&quot; must be a list of at most %n ways to reach them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channel %1: &quot;hours&quot; is longer than %n characters</source>
        <translation>
            <numerusform>channel %1: &quot;hours&quot; is longer than %n character</numerusform>
            <numerusform>channel %1: &quot;hours&quot; is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;name&quot; is longer than %n characters</source>
        <translation>
            <numerusform>&quot;name&quot; is longer than %n character</numerusform>
            <numerusform>&quot;name&quot; is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; has %n entry; only the first %3 are read.</numerusform>
            <numerusform>%1: &quot;%2&quot; has %n entries; only the first %3 are read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problems, not shown.</source>
        <translation>
            <numerusform>... and %n more problem, not shown.</numerusform>
            <numerusform>... and %n more problems, not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::BreathingView</name>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln minute left</numerusform>
            <numerusform>%Ln minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::ExerciseChooser</name>
    <message numerus="yes">
        <source>%Ln rounds</source>
        <translation>
            <numerusform>%Ln round</numerusform>
            <numerusform>%Ln rounds</numerusform>
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
    <name>pk::InsightsScreen</name>
    <message numerus="yes">
        <source>week of %1: %Ln pauses</source>
        <translation>
            <numerusform>week of %1: %Ln pause</numerusform>
            <numerusform>week of %1: %Ln pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:00: %Ln pauses</source>
        <translation>
            <numerusform>%1:00: %Ln pause</numerusform>
            <numerusform>%1:00: %Ln pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln times)</source>
        <translation>
            <numerusform>%1 (once)</numerusform>
            <numerusform>%1 (%Ln times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::RetentionQuestion</name>
    <message numerus="yes">
        <source>%Ln pauses would be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln pause would be deleted. This cannot be undone.</numerusform>
            <numerusform>%Ln pauses would be deleted. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pk::WalkAwayCard</name>
    <message numerus="yes">
        <source>%Ln minutes left</source>
        <translation>
            <numerusform>%Ln minute left</numerusform>
            <numerusform>%Ln minutes left</numerusform>
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
