<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>entente::app</name>
    <message numerus="yes">
        <source>Wrote %Ln synthetic event(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>Wrote %Ln synthetic event to %1 in %2 s.</numerusform>
            <numerusform>Wrote %Ln synthetic events to %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… and %Ln more problem.</numerusform>
            <numerusform>… and %Ln more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln event(s) from %1 (%2) into %3 in %4 s.</source>
        <translation>
            <numerusform>Imported %Ln event from %1 (%2) into %3 in %4 s.</numerusform>
            <numerusform>Imported %Ln events from %1 (%2) into %3 in %4 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) left out by the filter.</source>
        <translation>
            <numerusform>%Ln event left out by the filter.</numerusform>
            <numerusform>%Ln events left out by the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems skipped.</source>
        <translation>
            <numerusform>%Ln row with problems skipped.</numerusform>
            <numerusform>%Ln rows with problems skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln event to %1.</numerusform>
            <numerusform>Wrote %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s) left out: TimelineJS cannot show them.</source>
        <translation>
            <numerusform>%Ln undated event left out: TimelineJS cannot show them.</numerusform>
            <numerusform>%Ln undated events left out: TimelineJS cannot show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed event(s), none checked by a person yet.</source>
        <translation>
            <numerusform>%n proposed event, not checked by a person yet.</numerusform>
            <numerusform>%n proposed events, none checked by a person yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n event(s) to %1, marked as not yet reviewed by a person (entente list --unreviewed shows them).</source>
        <translation>
            <numerusform>Added %n event to %1, marked as not yet reviewed by a person (entente list --unreviewed shows it).</numerusform>
            <numerusform>Added %n events to %1, marked as not yet reviewed by a person (entente list --unreviewed shows them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::core::Charts</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source(s): %1</source>
        <translation>
            <numerusform>Source: %1</numerusform>
            <numerusform>Sources: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::core::FacetModel</name>
    <message numerus="yes">
        <source>%1: %Ln event(s) with the other filters</source>
        <translation>
            <numerusform>%1: %Ln event with the other filters</numerusform>
            <numerusform>%1: %Ln events with the other filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::core::Import</name>
    <message numerus="yes">
        <source>The file has %Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %Ln problem; nothing was imported.</numerusform>
            <numerusform>The file has %Ln problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::core::ServerCopy</name>
    <message numerus="yes">
        <source>%1 already holds %Ln event(s); Entente copies a whole database only into an empty one (made by entente server-init).</source>
        <translation>
            <numerusform>%1 already holds %Ln event; Entente copies a whole database only into an empty one (made by entente server-init).</numerusform>
            <numerusform>%1 already holds %Ln events; Entente copies a whole database only into an empty one (made by entente server-init).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::core::Wording</name>
    <message numerus="yes">
        <source>%1 billion</source>
        <comment>years: “13.8 billion BCE”</comment>
        <translation>
            <numerusform>%1 billion</numerusform>
            <numerusform>%1 billion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 million</source>
        <comment>years: “65 million BCE”</comment>
        <translation>
            <numerusform>%1 million</numerusform>
            <numerusform>%1 million</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::Charts</name>
    <message numerus="yes">
        <source>%Ln event(s) without a date not shown.</source>
        <translation>
            <numerusform>%Ln event without a date not shown.</numerusform>
            <numerusform>%Ln events without a date not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) running over several years counted in the first.</source>
        <translation>
            <numerusform>%Ln event running over several years counted in the first.</numerusform>
            <numerusform>%Ln events running over several years counted in the first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more country(ies) not shown.</source>
        <translation>
            <numerusform>%Ln more country not shown.</numerusform>
            <numerusform>%Ln more countries not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) naming no country not shown.</source>
        <translation>
            <numerusform>%Ln event naming no country not shown.</numerusform>
            <numerusform>%Ln events naming no country not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a topic not shown.</source>
        <translation>
            <numerusform>%Ln event without a topic not shown.</numerusform>
            <numerusform>%Ln events without a topic not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::ChartsView</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln event(s) will be imported into %1.</source>
        <translation>
            <numerusform>%Ln event will be imported into %1.</numerusform>
            <numerusform>%Ln events will be imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) left out by the filters.</source>
        <translation>
            <numerusform>%Ln event left out by the filters.</numerusform>
            <numerusform>%Ln events left out by the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems: nothing is imported unless they are skipped.</source>
        <translation>
            <numerusform>%Ln row with problems: nothing is imported unless they are skipped.</numerusform>
            <numerusform>%Ln rows with problems: nothing is imported unless they are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 of %Ln event</numerusform>
            <numerusform>%L1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln event(s) into %1.</source>
        <translation>
            <numerusform>Imported %Ln event into %1.</numerusform>
            <numerusform>Imported %Ln events into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>Exporting %Ln event…</numerusform>
            <numerusform>Exporting %Ln events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated event(s) left out: TimelineJS cannot show them.</source>
        <translation>
            <numerusform>%Ln undated event left out: TimelineJS cannot show them.</numerusform>
            <numerusform>%Ln undated events left out: TimelineJS cannot show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n event(s) from the report…</source>
        <translation>
            <numerusform>Adding %n event from the report…</numerusform>
            <numerusform>Adding %n events from the report…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed by someone else.</source>
        <translation>
            <numerusform>%n event changed by someone else.</numerusform>
            <numerusform>%n events changed by someone else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 event(s) on the server</source>
        <translation>
            <numerusform>%L1 event on the server</numerusform>
            <numerusform>%L1 events on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::ReportDialog</name>
    <message numerus="yes">
        <source>%n event(s) proposed; </source>
        <translation>
            <numerusform>%n event proposed; </numerusform>
            <numerusform>%n events proposed; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted. Nothing is written until you accept them.</source>
        <translation>
            <numerusform>%n accepted. Nothing is written until you accept them.</numerusform>
            <numerusform>%n accepted. Nothing is written until you accept them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Event(s) from a Report</source>
        <translation>
            <numerusform>Add %n Event from a Report</numerusform>
            <numerusform>Add %n Events from a Report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::ServerPreview</name>
    <message numerus="yes">
        <source>%L1 events on the server are loading. Meanwhile, how many begin in each period, in all and for the %n countries with the most, as the server counts them; each row is shaded against its own busiest period (darker: more). Scroll to zoom, drag to move.</source>
        <translation>
            <numerusform>%L1 events on the server are loading. Meanwhile, how many begin in each period, in all and for the country with the most, as the server counts them; each row is shaded against its own busiest period (darker: more). Scroll to zoom, drag to move.</numerusform>
            <numerusform>%L1 events on the server are loading. Meanwhile, how many begin in each period, in all and for the %n countries with the most, as the server counts them; each row is shaded against its own busiest period (darker: more). Scroll to zoom, drag to move.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) on the server.</source>
        <translation>
            <numerusform>%Ln event on the server.</numerusform>
            <numerusform>%Ln events on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s) on the server match the filter.</source>
        <translation>
            <numerusform>%L1 of %Ln event on the server match the filter.</numerusform>
            <numerusform>%L1 of %Ln events on the server match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The events beginning in this window; %Ln of them have no room (zoom in, or press N and P to read each).</source>
        <translation>
            <numerusform>The events beginning in this window; %Ln of them has no room (zoom in, or press N and P to read it).</numerusform>
            <numerusform>The events beginning in this window; %Ln of them have no room (zoom in, or press N and P to read each).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many begin in each period, in all and for the %n countries with the most, as the server counts them; each row is shaded against its own busiest period.</source>
        <translation>
            <numerusform>How many begin in each period, in all and for the country with the most, as the server counts them; each row is shaded against its own busiest period.</numerusform>
            <numerusform>How many begin in each period, in all and for the %n countries with the most, as the server counts them; each row is shaded against its own busiest period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How many begin in each period, in all and for the %n topics with the most, as the server counts them; each row is shaded against its own busiest period.</source>
        <translation>
            <numerusform>How many begin in each period, in all and for the topic with the most, as the server counts them; each row is shaded against its own busiest period.</numerusform>
            <numerusform>How many begin in each period, in all and for the %n topics with the most, as the server counts them; each row is shaded against its own busiest period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ui::TimelineView</name>
    <message numerus="yes">
        <source>%Ln event(s) — click to zoom in</source>
        <translation>
            <numerusform>%Ln event — click to zoom in</numerusform>
            <numerusform>%Ln events — click to zoom in</numerusform>
        </translation>
    </message>
</context>
</TS>
