<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliReport</name>
    <message numerus="yes">
        <location filename="../app/cli/CliReport.cpp" line="162"/>
        <source>and %n more value(s) with %1 rows (--json lists every one)</source>
        <translation>
            <numerusform>and %n more value with %1 rows (--json lists every one)</numerusform>
            <numerusform>and %n more values with %1 rows (--json lists every one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message numerus="yes">
        <location filename="../app/cli/CliSweep.cpp" line="27"/>
        <source>Sweep of %n run(s) on data loaded once.</source>
        <translation>
            <numerusform>Sweep of %n run on data loaded once.</numerusform>
            <numerusform>Sweep of %n runs on data loaded once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <location filename="../ui/history/ComparisonView.cpp" line="74"/>
        <source>Comparison of %n detector(s)</source>
        <translation>
            <numerusform>Comparison of %n detector</numerusform>
            <numerusform>Comparison of %n detectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message numerus="yes">
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="217"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryDock.cpp" line="163"/>
        <source>Delete %n run(s) from the history? Their results and stored models cannot be brought back.</source>
        <translation>
            <numerusform>Delete %n run from the history? Their results and stored models cannot be brought back.</numerusform>
            <numerusform>Delete %n runs from the history? Their results and stored models cannot be brought back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="260"/>
        <source>%n column(s), delimiter %1, %2.</source>
        <translation>
            <numerusform>%n column, delimiter %1, %2.</numerusform>
            <numerusform>%n columns, delimiter %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="277"/>
        <source>%n more values</source>
        <translation>
            <numerusform>%n more value</numerusform>
            <numerusform>%n more values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="410"/>
        <source>Set %n columns&apos; role</source>
        <translation>
            <numerusform>Set %n column&apos;s role</numerusform>
            <numerusform>Set %n columns&apos; role</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindowHistory.cpp" line="181"/>
        <source>Sweep of %n run(s)</source>
        <translation>
            <numerusform>Sweep of %n run</numerusform>
            <numerusform>Sweep of %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="148"/>
        <source>Top %n flagged test rows by score</source>
        <translation>
            <numerusform>Top %n flagged test row by score</numerusform>
            <numerusform>Top %n flagged test rows by score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="288"/>
        <source>%n detector(s): %1
Created %2</source>
        <translation>
            <numerusform>%n detector: %1
Created %2</numerusform>
            <numerusform>%n detectors: %1
Created %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message numerus="yes">
        <location filename="../ui/history/SweepDialog.cpp" line="101"/>
        <source>%n run(s) on data loaded once; each is recorded in the history.</source>
        <translation>
            <numerusform>%n run on data loaded once; each is recorded in the history.</numerusform>
            <numerusform>%n runs on data loaded once; each is recorded in the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message numerus="yes">
        <location filename="../ui/history/SweepView.cpp" line="45"/>
        <source>Sweep: %n run(s)</source>
        <translation>
            <numerusform>Sweep: %n run</numerusform>
            <numerusform>Sweep: %n runs</numerusform>
        </translation>
    </message>
</context>
</TS>
