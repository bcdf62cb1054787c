<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DateRange</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request windows of at most {days} days each</source>
        <translation>
            <numerusform>%n request window of at most {days} days</numerusform>
            <numerusform>%n request windows of at most {days} days each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request windows</source>
        <translation>
            <numerusform>%n request window</numerusform>
            <numerusform>%n request windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n days</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdsBox</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected:</source>
        <translation>
            <numerusform>%n rejected:</numerusform>
            <numerusform>%n rejected:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsDialog</name>
    <message numerus="yes">
        <source>{done} of %n requests</source>
        <translation>
            <numerusform>{done} of %n request</numerusform>
            <numerusform>{done} of %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricPicker</name>
    <message numerus="yes">
        <source>{selected} of %n available metrics selected</source>
        <translation>
            <numerusform>{selected} of %n available metric selected</numerusform>
            <numerusform>{selected} of %n available metrics selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message numerus="yes">
        <source>%n posts skipped: {message}</source>
        <translation>
            <numerusform>%n post skipped: {message}</numerusform>
            <numerusform>%n posts skipped: {message}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before this query can run:</source>
        <translation>
            <numerusform>%n thing to fix before this query can run:</numerusform>
            <numerusform>%n things to fix before this query can run:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The owners of %n posts are looked up when the run starts; their requests are counted then.</source>
        <translation>
            <numerusform>The owner of %n post is looked up when the run starts; its requests are counted then.</numerusform>
            <numerusform>The owners of %n posts are looked up when the run starts; their requests are counted then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %n new @handles to this month&apos;s bill: </source>
        <translation>
            <numerusform>Adds %n new @handle to this month&apos;s bill: </numerusform>
            <numerusform>Adds %n new @handles to this month&apos;s bill: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message numerus="yes">
        <source>%n plugins loaded</source>
        <translation>
            <numerusform>%n plugin loaded</numerusform>
            <numerusform>%n plugins loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>{title} (+%n more)</source>
        <translation>
            <numerusform>{title} (+%n more)</numerusform>
            <numerusform>{title} (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message numerus="yes">
        <source>%n posts need attention: {kinds}.</source>
        <translation>
            <numerusform>%n post needs attention: {kinds}.</numerusform>
            <numerusform>%n posts need attention: {kinds}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message numerus="yes">
        <source>{done} of %n requests done</source>
        <translation>
            <numerusform>{done} of %n request done</numerusform>
            <numerusform>{done} of %n requests done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message numerus="yes">
        <source>Looking up who owns %n posts…</source>
        <translation>
            <numerusform>Looking up who owns %n post…</numerusform>
            <numerusform>Looking up who owns %n posts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This query sends %n requests ({duration}). Run it?</source>
        <translation>
            <numerusform>This query sends %n request ({duration}). Run it?</numerusform>
            <numerusform>This query sends %n requests ({duration}). Run it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests failed; see Problems.</source>
        <translation>
            <numerusform>%n request failed; see Problems.</numerusform>
            <numerusform>%n requests failed; see Problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n values</source>
        <translation>
            <numerusform>Cancelled: %n value</numerusform>
            <numerusform>Cancelled: %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n values</source>
        <translation>
            <numerusform>Finished: %n value</numerusform>
            <numerusform>Finished: %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests failed</source>
        <translation>
            <numerusform>%n request failed</numerusform>
            <numerusform>%n requests failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems — see the Problems tab.</source>
        <translation>
            <numerusform>%n problem — see the Problems tab.</numerusform>
            <numerusform>%n problems — see the Problems tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message numerus="yes">
        <source>{done} of %n requests</source>
        <translation>
            <numerusform>{done} of %n request</numerusform>
            <numerusform>{done} of %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (see Problems and Requests)</source>
        <translation>
            <numerusform>, %n failed (see Problems and Requests)</numerusform>
            <numerusform>, %n failed (see Problems and Requests)</numerusform>
        </translation>
    </message>
</context>
</TS>
