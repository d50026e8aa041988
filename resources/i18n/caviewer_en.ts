<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChartExportActions</name>
    <message numerus="yes">
        <source>Chart data copied (%n row(s), tab-separated)</source>
        <translation>
            <numerusform>Chart data copied (%n row, tab-separated)</numerusform>
            <numerusform>Chart data copied (%n rows, tab-separated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>CSV: %n row(s), one per plotted value, with their sources and notes</source>
        <translation>
            <numerusform>CSV: %n row, one per plotted value, with its sources and notes</numerusform>
            <numerusform>CSV: %n rows, one per plotted value, with their sources and notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Data %1 · as of %2%3 · %n source(s)</source>
        <translation>
            <numerusform>Data %1 · as of %2%3 · %n source</numerusform>
            <numerusform>Data %1 · as of %2%3 · %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n source(s) cited</source>
        <translation>
            <numerusform>%1: %n source cited</numerusform>
            <numerusform>%1: %n sources cited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n state(s) in the Trade pane</source>
        <translation>
            <numerusform>Comparing %n state in the Trade pane</numerusform>
            <numerusform>Comparing %n states in the Trade pane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data version %1, as of %2; %n source(s); schema %3.</source>
        <translation>
            <numerusform>Data version %1, as of %2; %n source; schema %3.</numerusform>
            <numerusform>Data version %1, as of %2; %n sources; schema %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradePane</name>
    <message numerus="yes">
        <source>%n note(s) on these figures</source>
        <translation>
            <numerusform>%n note on these figures</numerusform>
            <numerusform>%n notes on these figures</numerusform>
        </translation>
    </message>
</context>
</TS>
