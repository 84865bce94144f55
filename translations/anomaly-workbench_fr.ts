<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="99"/>
        <source>reading %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="102"/>
        <source>encoding rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="105"/>
        <source>fitting %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="108"/>
        <source>scoring %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="113"/>
        <source>run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="118"/>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="156"/>
        <source>An unexpected error stopped the work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationReportModel</name>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="91"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="92"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="93"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="94"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="98"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="99"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="100"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="101"/>
        <source>macro avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="102"/>
        <source>weighted avg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="24"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="65"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="65"/>
        <source>recorded (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="66"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="66"/>
        <source>test ROC-AUC per detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="83"/>
        <source>Run %1 &quot;%2&quot;, recorded %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="86"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="145"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="155"/>
        <source>(* the settings differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="156"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="167"/>
        <source>(* the best of the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="169"/>
        <source>Flagged test rows: by all %1, by some %2, by none %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="182"/>
        <location filename="../app/cli/CliHistory.cpp" line="203"/>
        <source>the run is not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="222"/>
        <source>Deleted run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="25"/>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="35"/>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="49"/>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="58"/>
        <source>--delimiter expects one of , ; | tab, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="93"/>
        <source>--models expects detector ids (%1), all or none, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="100"/>
        <source>--models names %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="128"/>
        <source>%1 names the detector &quot;%2&quot;, which is not among --models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="178"/>
        <source>Training data file (CSV/TSV, optionally .gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="178"/>
        <location filename="../app/cli/CliOptions.cpp" line="179"/>
        <location filename="../app/cli/CliOptions.cpp" line="203"/>
        <location filename="../app/cli/CliOptions.cpp" line="215"/>
        <location filename="../app/cli/CliOptions.cpp" line="216"/>
        <location filename="../app/cli/CliOptions.cpp" line="217"/>
        <location filename="../app/cli/CliOptions.cpp" line="218"/>
        <location filename="../app/cli/CliOptions.cpp" line="219"/>
        <location filename="../app/cli/CliOptions.cpp" line="222"/>
        <location filename="../app/cli/CliOptions.cpp" line="225"/>
        <location filename="../app/cli/CliOptions.cpp" line="229"/>
        <location filename="../app/cli/CliOptions.cpp" line="230"/>
        <location filename="../app/cli/CliOptions.cpp" line="502"/>
        <location filename="../app/cli/CliOptions.cpp" line="503"/>
        <location filename="../app/cli/CliOptions.cpp" line="507"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="179"/>
        <source>Separate test data file; otherwise a stratified split of the training file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="182"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="183"/>
        <source>Label column: a name or a 0-based index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="183"/>
        <location filename="../app/cli/CliOptions.cpp" line="187"/>
        <source>COL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="184"/>
        <source>Label value(s) meaning normal, comma-separated (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="184"/>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="185"/>
        <source>Columns to ignore: names or 0-based indices, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="185"/>
        <location filename="../app/cli/CliOptions.cpp" line="197"/>
        <location filename="../app/cli/CliOptions.cpp" line="198"/>
        <source>COLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="186"/>
        <source>A second target column with the attack type (e.g. UNSW-NB15&apos;s attack_cat): never a feature; reports give recall per type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="188"/>
        <source>The first line is a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="189"/>
        <source>The first line is data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="190"/>
        <source>Field delimiter: , ; | or tab (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="190"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="191"/>
        <source>Missing or non-finite cells: impute (training median), drop (the row) or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="191"/>
        <location filename="../app/cli/CliOptions.cpp" line="213"/>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="193"/>
        <source>SCALING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="194"/>
        <source>log1p before scaling: off, or heavy-tailed (non-negative columns spanning three decades: bytes, packets, durations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="195"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="196"/>
        <source>Columns to take log1p of whatever --log says (names or indices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="198"/>
        <source>Columns never to take log1p of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="199"/>
        <source>Seed for the split and every detector&apos;s seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="201"/>
        <source>Use the built-in generated demo data (optionally ROWS rows, default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="204"/>
        <source>Detectors to run: ids comma-separated (%1), all, or none (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="211"/>
        <source>Threshold policy for every detector (see Threshold policies below), or compare: a table of every policy&apos;s threshold and what it flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="218"/>
        <source>Save the trained detectors with their preprocessing to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="219"/>
        <source>Score with the detectors in FILE instead of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="220"/>
        <source>Print each step and its progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="221"/>
        <source>The run history database every run is recorded in (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="223"/>
        <source>Do not record the run in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="224"/>
        <source>Keep the trained detectors in the history, so the run can be reopened and scored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="225"/>
        <source>Write a PDF report of the run to FILE (needs no display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="226"/>
        <source>Page size of the report: a4 or letter (default: the locale&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="226"/>
        <location filename="../app/cli/CliOptions.cpp" line="504"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="227"/>
        <source>Write the test rows flagged by any detector to FILE as CSV: their original columns, each detector&apos;s score and prediction, the true label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="230"/>
        <source>Write every detector&apos;s train and test metrics to FILE as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="231"/>
        <source>sweep: the settings to sweep, e.g. &quot;%1&quot; (1 to 3 axes; every combination is one run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="232"/>
        <source>AXES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="236"/>
        <source>Same as --set %1.%2=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="239"/>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="270"/>
        <source>Threshold policies (--threshold, DETECTOR.threshold=):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="272"/>
        <source>Detectors (--models; set with --set DETECTOR.KEY=VALUE; every detector also takes DETECTOR.threshold=POLICY and DETECTOR.train_on=normal|all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="279"/>
        <source>(no parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="396"/>
        <source>--rerun replays a stored run as it was; it does not take --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="414"/>
        <source>Trains anomaly detectors on network-traffic data and prints classification reports and confusion matrices for train and test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="439"/>
        <source>sweep needs --grid &quot;DETECTOR.KEY=V1,V2;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="439"/>
        <source>--grid goes with the sweep command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="457"/>
        <location filename="../app/cli/CliOptions.cpp" line="524"/>
        <source>--page-size expects a4 or letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="469"/>
        <source>sweep writes its runs to the history and --json; it does not take --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="479"/>
        <source>--load-model scores with the saved detectors&apos; own settings; it does not take --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="485"/>
        <source>--save-model needs at least one detector (--models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="497"/>
        <source>Lists, shows, compares and deletes the runs recorded in the run history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="499"/>
        <source>list, show ID, compare ID ID..., or delete ID. An ID is a run&apos;s number, or NUMBER:DETECTOR for one detector of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="501"/>
        <source>Print JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="502"/>
        <source>compare: also write a PDF comparison report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="503"/>
        <source>compare: also write the comparison&apos;s tables to FILE as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="504"/>
        <source>Page size of the report: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="505"/>
        <source>The run history database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="543"/>
        <source>history expects list, show ID, compare ID ID... or delete ID, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="551"/>
        <source>history %1: wrong number of run ids (compare takes 1 to 8, show and delete one, list none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="376"/>
        <source>--set expects DETECTOR.KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="113"/>
        <source>%1 has no automatic threshold; choose another policy (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="181"/>
        <source>Fraction of the training file held out for testing (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="192"/>
        <source>Scaling of numeric features: minmax, standard, robust (median and interquartile range) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="200"/>
        <location filename="../app/cli/CliOptions.cpp" line="214"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="203"/>
        <source>Write the generated demo data to FILE as CSV and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="205"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="206"/>
        <source>Set a detector&apos;s parameter, threshold policy or training rows, e.g. %1 (repeatable; see Detectors below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="208"/>
        <source>DETECTOR.KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="209"/>
        <source>Rows every detector is fitted on: normal (the labelled-normal rows; all rows when unlabelled) or all (default normal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="214"/>
        <source>Worker threads for fitting and scoring (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="215"/>
        <source>Write the run (its spec and its results) as a JSON document to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="216"/>
        <source>Replay the run stored in a JSON document written by --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="217"/>
        <source>Write per-row scores, predictions and labels to FILE as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="210"/>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="435"/>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="307"/>
        <source>Give a data file with --train FILE, or --demo for the built-in demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="309"/>
        <source>--demo and --train exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="323"/>
        <source>--header and --no-header exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="37"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="42"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="42"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="44"/>
        <source>Confusion matrix (rows: true class, columns: predicted class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="63"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="66"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="68"/>
        <source>, %1 anomalies (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="71"/>
        <location filename="../app/cli/CliReport.cpp" line="200"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="72"/>
        <location filename="../app/cli/CliReport.cpp" line="201"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="72"/>
        <source>(split from the training file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="74"/>
        <source>format: delimiter %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="74"/>
        <source>header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="74"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="75"/>
        <source>columns: %1 features (%2 numeric, %3 categorical), %4 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="78"/>
        <source>encoded: %1 features (%2 constant in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="80"/>
        <source>label: none (unlabelled data: scores only, no metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="85"/>
        <source>label: %1; normal value %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="87"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="87"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="89"/>
        <source>missing cells: %1, non-finite cells: %2; imputed %3, rows dropped %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="90"/>
        <source>unseen categories in test: %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="92"/>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="93"/>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="94"/>
        <source>load %1, preprocess %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="108"/>
        <source>flagged per label value (recall for attack types):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="113"/>
        <source>(normal: false alarms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="126"/>
        <source>threshold policies compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="127"/>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="127"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="127"/>
        <source>train alerts/10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="129"/>
        <source>train P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="129"/>
        <location filename="../app/cli/CliReport.cpp" line="133"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="129"/>
        <location filename="../app/cli/CliReport.cpp" line="133"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="131"/>
        <source>test alerts/10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="133"/>
        <source>test P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="170"/>
        <source>parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="171"/>
        <source>trained on %1 normal training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="171"/>
        <source>trained on all %1 training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="173"/>
        <source>threshold %1 (%2: %3); flagged when the score is above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="177"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="178"/>
        <source>fit %1, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="180"/>
        <source>epochs %1 (best %2%3), %4 per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="182"/>
        <source>, stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="191"/>
        <source>ROC-AUC %1   average precision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="197"/>
        <source>No metrics: the data has no labels, or labels of one class only; scores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="199"/>
        <source>The training rows are all of one class: metrics on the test rows only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message numerus="yes">
        <location filename="../app/cli/CliSweep.cpp" line="27"/>
        <source>Sweep of %n run(s) on data loaded once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSweep.cpp" line="45"/>
        <source>(history run %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <location filename="../ui/history/ComparisonView.cpp" line="72"/>
        <source>Comparison of %n detector(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="96"/>
        <source>Export Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="98"/>
        <source>This comparison as a PDF report: settings, metrics, curves and confusion matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="99"/>
        <source>Export Table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="101"/>
        <source>The settings and metrics tables as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="103"/>
        <source>Export Comparison Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="103"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="108"/>
        <source>Export Comparison Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="125"/>
        <location filename="../ui/history/ComparisonView.cpp" line="136"/>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="185"/>
        <source>Settings (highlighted: they differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="186"/>
        <source>Metrics (green: the best of the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="197"/>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="198"/>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="199"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="200"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="225"/>
        <source>ROC on test rows (AUC; dots: each threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="226"/>
        <source>Precision–recall on test rows (AP; dots: each threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="235"/>
        <location filename="../ui/history/ComparisonView.cpp" line="236"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="235"/>
        <location filename="../ui/history/ComparisonView.cpp" line="236"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="237"/>
        <source>Rows: the true class; columns: the predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="255"/>
        <source>Confusion matrices on test rows, each at its own threshold (rows: true, columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="306"/>
        <source>Score distributions on test rows, each class as a share of its rows (blue normal, orange anomaly; red: the threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="316"/>
        <source>The detectors did not all read the same input (fingerprint): no agreement between their flagged rows to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="318"/>
        <location filename="../ui/history/ComparisonView.cpp" line="334"/>
        <source>Agreement between the flagged test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="320"/>
        <source>Test rows flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="323"/>
        <source>by all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="323"/>
        <source>by some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="324"/>
        <source>by none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="327"/>
        <source>List these rows in the flagged-rows table of the current results (same data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="329"/>
        <source>flagged %1 of the compared detectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="74"/>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="132"/>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="113"/>
        <source>No true labels: a confusion matrix needs a labelled dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="114"/>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="124"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="129"/>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="132"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="163"/>
        <source>%1 of true %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="177"/>
        <source>%1 anomalies flagged as anomalies (%2% of true anomalies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="178"/>
        <source>%1 anomalies missed: not flagged (%2% of true anomalies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="180"/>
        <source>%1 normal rows flagged as anomalies (%2% of normal rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="181"/>
        <source>%1 normal rows left unflagged (%2% of normal rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="184"/>
        <source>Click to show these rows in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="204"/>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="207"/>
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="208"/>
        <source>By label value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="57"/>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="57"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="58"/>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="58"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="91"/>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="91"/>
        <source>Precision–recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="97"/>
        <source>%1: needs true labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="113"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="113"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="114"/>
        <source>ROC (%1): AUC = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="115"/>
        <source>Precision–recall (%1): AP = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetSummaryView</name>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="19"/>
        <source>&lt;b&gt;No dataset loaded.&lt;/b&gt;&lt;br&gt;Open a CSV/TSV file (Ctrl+O), drop one onto the window, or open the built-in demo dataset from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="34"/>
        <source>Training file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="35"/>
        <source>Test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="35"/>
        <source>split off the training file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="37"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="37"/>
        <source>%1 train, %2 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="38"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="38"/>
        <source>%1 numeric, %2 categorical -&gt; %3 encoded (%4 constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="40"/>
        <source>Ignored columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="42"/>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="47"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="42"/>
        <source>none: scores only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="47"/>
        <source>%1 (normal: %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="48"/>
        <source>, detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="49"/>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="49"/>
        <source>%1 train (%2), %3 test (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="53"/>
        <source>Missing cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="53"/>
        <source>%1 missing, %2 non-finite; %3 imputed, %4 rows dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="55"/>
        <source>Unseen categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="55"/>
        <source>%1 test cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="57"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="58"/>
        <source>Load time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="58"/>
        <source>%1 s read, %2 s encode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectorPanel</name>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="46"/>
        <source>This detector has no parameters to tune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="50"/>
        <source>normal rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="51"/>
        <source>all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="53"/>
        <source>Train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="54"/>
        <source>Normal rows teach the detector what benign traffic looks like (needs labels; unlabelled data uses every row). All rows works without labels but only while attacks are rare: where attacks are the majority, a detector fitted on all rows learns them as normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="59"/>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="62"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="64"/>
        <source>Train %1 on the loaded dataset with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="84"/>
        <source>How the threshold is set after training. The default is the best F1 on the training rows when they are labelled, and Otsu&apos;s split of the scores when not. Hover over a policy to see what it assumes. You can still move the threshold on the histogram afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="82"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedRowsModel</name>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="77"/>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="86"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="77"/>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="86"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="80"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="129"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="131"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="132"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="133"/>
        <source>True label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedRowsTable</name>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="31"/>
        <source>Click “Line” or the score column to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="98"/>
        <source>Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="101"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="39"/>
        <source>Filter runs by any text: name, dataset, detector, setting, note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="43"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="45"/>
        <source>Compare the selected detectors side by side (select 2 to 8 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="46"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="48"/>
        <source>Load the run&apos;s data again and score it with the run&apos;s kept models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="49"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="51"/>
        <source>Delete the selected runs from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="79"/>
        <location filename="../ui/history/HistoryDock.cpp" line="100"/>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="93"/>
        <source>No run history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="114"/>
        <source>demo (%1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="129"/>
        <source>Double-click to rename the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="131"/>
        <source>Double-click to add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="140"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="141"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="142"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="143"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="144"/>
        <source>Detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="145"/>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="146"/>
        <source>Test ROC-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="147"/>
        <source>Test AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="148"/>
        <source>Test F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="149"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="150"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="25"/>
        <source>numeric feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="26"/>
        <source>categorical feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="27"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="28"/>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="29"/>
        <source>attack type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="36"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="70"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="76"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="295"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="71"/>
        <source>comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="72"/>
        <source>semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="73"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="213"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="74"/>
        <source>pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="77"/>
        <source>first line is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="78"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="81"/>
        <source>The column that says whether a row is normal or an attack. Without one, models still score rows but nothing can be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="84"/>
        <source>Label values that mean normal traffic, comma-separated. Every other value is an anomaly. Empty: detected (normal, benign, 0, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="87"/>
        <source>impute the training median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="88"/>
        <source>drop the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="89"/>
        <source>stop with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="90"/>
        <source>What to do with empty, NaN, NA or infinite cells in numeric columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="92"/>
        <source>min-max to [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="93"/>
        <source>standardise (z-score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="94"/>
        <source>robust (median, IQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="95"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="96"/>
        <source>Scaling of numeric features, fitted on the training rows only. Robust scaling is least moved by outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="100"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="101"/>
        <source>heavy-tailed counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="102"/>
        <source>log1p before scaling, for non-negative columns whose values span three decades (bytes, packets, durations). Tick or untick single columns in the preview&apos;s log1p row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="155"/>
        <source>Set the selected columns to...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="158"/>
        <source>Select cells in several columns of the preview, then choose their role here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="187"/>
        <source>Rows spread over the file (numbered on the left), as they will be read. Choose each column&apos;s role in the first row; hover over a role to see why a column is proposed as ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="259"/>
        <source>Proposed as ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="109"/>
        <source>none: split the training file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="110"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="112"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="144"/>
        <source>Test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="113"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="123"/>
        <source>Share of the rows held out for testing, stratified by class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="126"/>
        <source>Seed of the stratified split: the same seed gives the same split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="136"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="137"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="138"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="139"/>
        <source>Label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="140"/>
        <source>Normal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="141"/>
        <source>Missing cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="142"/>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="143"/>
        <source>Log transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="145"/>
        <source>Test fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="146"/>
        <source>Split seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="43"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="214"/>
        <source>%1 columns, delimiter %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="216"/>
        <source>the first line is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="216"/>
        <source>no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="223"/>
        <source>%n more values</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="224"/>
        <source>Labels over all %1 rows: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="224"/>
        <source>Labels over the first %1 rows: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="249"/>
        <source>(none: unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="269"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="269"/>
        <source>log1p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="282"/>
        <source>Heavy-tailed: spans three decades above its median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="283"/>
        <source>Take log1p of this column before scaling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="295"/>
        <source>detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossCurvePlot</name>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="11"/>
        <location filename="../ui/views/LossCurvePlot.cpp" line="63"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="15"/>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="18"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="19"/>
        <source>mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="32"/>
        <location filename="../ui/views/LossCurvePlot.cpp" line="71"/>
        <source>Loss curves appear for detectors that train in epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="63"/>
        <source>%1: training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="69"/>
        <source>%1 is fitted in one pass: no loss curve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Anomaly Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>No dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Detector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Open Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Open a CSV or TSV file, optionally gzipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Open &amp;Demo Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Load the built-in generated network-flow dataset (20,000 labelled flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Export &amp;Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>A PDF report of every trained detector, at the thresholds on screen (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Export Ro&amp;ws...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>The rows of the current table, as filtered and sorted, to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Export &amp;Metrics...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Every trained detector&apos;s train and test metrics to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>&amp;Train All Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Train every detector at the same time, each in its own thread (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Train %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>&amp;Sweep Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Train one detector over a grid of settings and compare the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>C&amp;ompare Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>Compare the detectors trained on this dataset side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Invalid settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>%1: a parameter holds a value it does not accept (marked in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Stop loading or training (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="286"/>
        <source>demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>%1: %2 train + %3 test rows, %4 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>The dataset could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>Nothing to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>Open a dataset first (File &gt; Open Dataset, or the demo dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="395"/>
        <source>%1: training cancelled; the previous results are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <source>%1 training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="50"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="82"/>
        <source>Recording the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="96"/>
        <source>The run was not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="124"/>
        <source>Train at least two detectors on this dataset to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="134"/>
        <source>Those rows belong to data that is not open here: open the compared runs&apos; data and train a detector to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowHistory.cpp" line="163"/>
        <source>Sweep of %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="205"/>
        <source>The sweep failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="220"/>
        <source>Reopening run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="250"/>
        <source>The run could not be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="43"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="53"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="56"/>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="62"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="62"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="69"/>
        <source>Export Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="69"/>
        <location filename="../ui/MainWindowExport.cpp" line="76"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="76"/>
        <source>Export Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="94"/>
        <source>Nothing to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="94"/>
        <source>Train a detector first: the report shows the trained detectors&apos; results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="113"/>
        <source>No rows to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="113"/>
        <source>Train a detector first: its rows table is what is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="131"/>
        <source>No metrics to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="131"/>
        <source>Train a detector first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <location filename="../ui/panels/ParamEditor.cpp" line="66"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParamEditor.cpp" line="67"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ParamEditor.cpp" line="68"/>
        <source>fraction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="122"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="138"/>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="144"/>
        <location filename="../ui/report/ReportCharts.cpp" line="161"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="147"/>
        <location filename="../ui/report/ReportCharts.cpp" line="162"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="159"/>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="169"/>
        <source>true %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="77"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../ui/report/Reports.cpp" line="48"/>
        <source>no parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="55"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="57"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="57"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="60"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="60"/>
        <source>%1 numeric, %2 categorical features; %3 ignored; %4 encoded features (%5 constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="63"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="63"/>
        <source>none (unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source>Normal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source> (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source> (given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="68"/>
        <location filename="../ui/report/Reports.cpp" line="182"/>
        <source>Training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="68"/>
        <location filename="../ui/report/Reports.cpp" line="69"/>
        <source>%1, of which %2 anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="69"/>
        <location filename="../ui/report/Reports.cpp" line="182"/>
        <source>Test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="70"/>
        <source>Missing, non-finite cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="70"/>
        <source>%1 missing, %2 non-finite; %3 imputed, %4 rows dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="73"/>
        <source>Unseen categories in test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="73"/>
        <source>%1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="75"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="76"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="76"/>
        <source>delimiter %1, %2; scaling %3; missing cells: %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="77"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="78"/>
        <source>header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="78"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="80"/>
        <source>test rows split off (fraction %1, seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="81"/>
        <source>separate test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="88"/>
        <location filename="../ui/report/Reports.cpp" line="105"/>
        <location filename="../ui/report/Reports.cpp" line="312"/>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="88"/>
        <location filename="../ui/report/Reports.cpp" line="104"/>
        <location filename="../ui/report/Reports.cpp" line="312"/>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="88"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="88"/>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="92"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="93"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="94"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="95"/>
        <source>macro avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="96"/>
        <source>weighted avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="103"/>
        <source>ROC (test): AUC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="103"/>
        <source>Precision-recall (test): AP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="104"/>
        <location filename="../ui/report/Reports.cpp" line="311"/>
        <source>false positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="105"/>
        <location filename="../ui/report/Reports.cpp" line="311"/>
        <source>true positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="124"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="124"/>
        <location filename="../ui/report/Reports.cpp" line="200"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="124"/>
        <source>true label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="124"/>
        <source>strongest columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="124"/>
        <source>the row as it stood in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="146"/>
        <source>Top %n flagged test rows by score</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="148"/>
        <source>No test row scores above the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="159"/>
        <source>Label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="159"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="159"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="159"/>
        <source>Share flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="162"/>
        <source> (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="165"/>
        <source>Test rows flagged per label value (recall of each attack type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="173"/>
        <source>Settings: %1. Fitted on %2 %3. Threshold %4, from the policy %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="175"/>
        <source>normal training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="175"/>
        <source>training rows (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="179"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="181"/>
        <source>No metrics: the data has no labels, or labels of one class only; scores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="185"/>
        <source>%1: ROC-AUC %2, average precision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="190"/>
        <source>Confusion matrix, training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="191"/>
        <source>Confusion matrix, test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="199"/>
        <source>Scores (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="212"/>
        <source>Training loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="212"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="212"/>
        <source>mean squared error (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="213"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="213"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="253"/>
        <source>generated demo data (%1 rows, seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="256"/>
        <source>Anomaly Workbench run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="256"/>
        <source>Anomaly Workbench run report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="257"/>
        <source>Run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="258"/>
        <source>Data: %1
Files: %2%3
Input fingerprint: %4
Rows: %5 training, %6 test
Created %7 by Anomaly Workbench %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>fitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>test ROC-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>test AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>test F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>test FP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="263"/>
        <source>test FN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="271"/>
        <source>Detectors at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="285"/>
        <source>Anomaly Workbench comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="285"/>
        <source>Comparison of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="286"/>
        <source>Comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="286"/>
        <source>%n detector(s): %1
Created %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="289"/>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="297"/>
        <source>Settings (highlighted and *: they differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="300"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="309"/>
        <source>Metrics (highlighted and *: the best of the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="311"/>
        <source>ROC, test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="312"/>
        <source>Precision-recall, test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="327"/>
        <source>Curves on the test rows (dots: each detector&apos;s threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="330"/>
        <source>Confusion matrices on the test rows, each at its own threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="343"/>
        <source>Flagged test rows: by all %1, by some %2, by none %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultSelection</name>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="151"/>
        <source>true positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="151"/>
        <source>false negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="152"/>
        <source>false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="152"/>
        <source>true negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="163"/>
        <source>score %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="167"/>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="168"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="65"/>
        <source>Classification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="66"/>
        <source>Confusion matrix (click a cell to list its rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="74"/>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="87"/>
        <source>Flagged rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="88"/>
        <source>Threshold assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="89"/>
        <source>Compare threshold policies (best F1, a false positive rate, costs, an alert budget, ...) and apply one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="92"/>
        <source>Why is this row flagged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="107"/>
        <source>Out of date: the settings were changed after these results were computed. Train again to update them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="153"/>
        <source>Test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="154"/>
        <source>Training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="155"/>
        <source>Evaluate on the held-out test rows or on the rows the model was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="164"/>
        <source>Rows scoring above the threshold are flagged. Lower it to catch more anomalies at the cost of more false positives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="169"/>
        <source>Model threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="170"/>
        <location filename="../ui/results/ResultsPanel.cpp" line="316"/>
        <source>Back to the threshold the model was trained with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="177"/>
        <source>Evaluate on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="180"/>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="198"/>
        <source>Filter rows by text in any original column (e.g. an IP, a service)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="223"/>
        <source>Clear the filter and show all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="237"/>
        <source>Rows (sorted by score; select rows to mark them on the histogram, Ctrl+C copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="267"/>
        <source>Threshold by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="323"/>
        <source>At the threshold chosen after training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="325"/>
        <source>fitted on %1 normal training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="326"/>
        <source>fitted on all %1 training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="327"/>
        <source>Back to the threshold %1 that the policy %2 chose after training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="350"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="363"/>
        <source>No results yet: train a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="367"/>
        <source>%1 of %2 rows flagged · table shows %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowExplanationChart</name>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="51"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="55"/>
        <source>never seen in normal rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="56"/>
        <source>%1 % of normal rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="59"/>
        <source>normal %1 – %2, median %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="77"/>
        <source>Select a row in the table to see which columns make it stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="81"/>
        <source>This result carries no model to explain its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="97"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="98"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="99"/>
        <source>%1 · score %2 · %3
Bars: %4; each column beside what normal training rows hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="118"/>
        <source>Contribution to the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="102"/>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="102"/>
        <source>not flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="29"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="32"/>
        <source>Logarithmic score axis: spreads out scores that span several orders of magnitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="33"/>
        <source>Stacked by true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="34"/>
        <source>Overlaid by true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="35"/>
        <source>Stacked shows the total per bin; overlaid compares the two classes&apos; shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="36"/>
        <source>Drag the red line: threshold · Shift-drag: filter a score range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="60"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="77"/>
        <source>Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="169"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="217"/>
        <source>Normal (true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="217"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="221"/>
        <source>Anomaly (true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="252"/>
        <source>Alerts per 10,000 flows (flagged above that score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="328"/>
        <source>threshold %1
%2 flagged (%3 per 10,000)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="22"/>
        <source>Sweep Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="26"/>
        <source>The detector whose settings are swept; its other settings are those of its panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="29"/>
        <source>Detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="33"/>
        <source>values: 50, 100, 200  or a range 1:5:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="34"/>
        <source>Comma-separated values as the command line&apos;s --set spells them, or FROM:TO:STEP for a range (seeds 1:5:1 repeat a run over five seeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="42"/>
        <source>Setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="48"/>
        <source>Run Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="65"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="68"/>
        <source>Threshold policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="69"/>
        <source>Train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/SweepDialog.cpp" line="97"/>
        <source>%n run(s) on data loaded once; each is recorded in the history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="109"/>
        <source>The sweep cannot run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message numerus="yes">
        <location filename="../ui/history/SweepView.cpp" line="43"/>
        <source>Sweep: %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="44"/>
        <source>History run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="47"/>
        <location filename="../ui/history/SweepView.cpp" line="72"/>
        <source>Test ROC-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="47"/>
        <source>Test AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="47"/>
        <source>Test F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="47"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="47"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="72"/>
        <source>Test average precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="72"/>
        <source>Test F1 (anomaly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="80"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="83"/>
        <source>against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="87"/>
        <source>Cancelled: the runs finished before it are shown and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="128"/>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdAssistant</name>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="29"/>
        <source>TP %1 · FP %2 · FN %3 · TN %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="55"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="55"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="55"/>
        <source>Train alerts /10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="55"/>
        <source>Train confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="56"/>
        <source>Train F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="56"/>
        <source>Test alerts /10k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="56"/>
        <source>Test confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="56"/>
        <source>Test F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="62"/>
        <source>Each policy&apos;s threshold, chosen on the training rows, and what it flags there and on the test rows. Select one and press Apply, or double-click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="68"/>
        <source>Add to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="70"/>
        <source>Apply this policy with your inputs (costs, budget, target rate) and list it with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="71"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="73"/>
        <source>Set the threshold to the selected policy&apos;s; every view follows. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="91"/>
        <source>Your policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="166"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="210"/>
        <source>Threshold (red: current) · costs %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="211"/>
        <source>Cost per 10,000 flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="212"/>
        <source>Expected cost on the training rows, a false alarm costing %1 and a missed attack %2 (the last cost policy in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="254"/>
        <source>Select a policy to see what it assumes and how its threshold came about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="260"/>
        <source>Chosen as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdPolicyEditor</name>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="92"/>
        <source>default for the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="93"/>
        <source>detector&apos;s own cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="94"/>
        <source>fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="95"/>
        <source>best F1 (labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="96"/>
        <source>false positive rate (labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="97"/>
        <source>recall (labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="98"/>
        <source>least cost (labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="99"/>
        <source>alert budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="100"/>
        <source>contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="101"/>
        <source>percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="102"/>
        <source>robust z-score (MAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="103"/>
        <source>Otsu&apos;s split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="104"/>
        <source>knee of sorted scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="156"/>
        <source>false alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="156"/>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="157"/>
        <source>missed attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="157"/>
        <source>per flows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb</name>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="11"/>
        <source>Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="16"/>
        <source>Reconstruction error (mean squared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="21"/>
        <source>squared reconstruction error of the column&apos;s encoded features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="29"/>
        <source>Encoder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="30"/>
        <source>Widths of the encoder&apos;s layers, comma-separated, narrowing to the bottleneck; the decoder mirrors them. A narrower bottleneck learns only the dominant normal patterns (anomalies reconstruct worse) but may miss rare normal traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="35"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="36"/>
        <source>Non-linearity of the hidden layers. ReLU trains fast and is the usual choice; leaky ReLU avoids units that stop learning; tanh and sigmoid are smoother and suit small networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="41"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="42"/>
        <source>Activation of the reconstruction. Linear suits any scaling; sigmoid keeps outputs in [0, 1], which matches min-max scaled features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="45"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="46"/>
        <source>Passes over the training rows. More epochs fit normal traffic more closely; early stopping ends training when the validation loss stops improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="50"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="51"/>
        <source>Rows per gradient step. Larger batches run faster per epoch and give smoother steps; smaller ones take more, noisier steps that can generalise better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="55"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="56"/>
        <source>Step size of the optimizer. Too high and the loss jumps or diverges; too low and training needs many more epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="59"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="60"/>
        <source>Adam adapts the step per weight and works well out of the box; SGD with momentum is simpler and may need a tuned learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="63"/>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="64"/>
        <source>SGD only: how much of the previous step carries over; smooths noisy gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="67"/>
        <source>L2 weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="68"/>
        <source>Penalty on large weights. A little regularises the network against memorising rows; too much blurs reconstructions of normal traffic too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="71"/>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="72"/>
        <source>Share of hidden units switched off at random during training. Regularises like L2; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="75"/>
        <source>Validation fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="76"/>
        <source>Share of training rows held out to measure the validation loss each epoch, used for early stopping. 0 trains on every row but disables early stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="79"/>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="80"/>
        <source>Epochs without a better validation loss before training stops (the best weights are kept); 0 never stops early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="83"/>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="48"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="84"/>
        <source>Seed for initial weights, shuffling and dropout: the same seed and number of threads give the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="12"/>
        <source>ECOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="17"/>
        <source>ECOD outlier score (sum of -log tail probabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="22"/>
        <source>-log of the tail probability of the row&apos;s value among the training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="11"/>
        <source>Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="16"/>
        <source>Isolation Forest anomaly score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="21"/>
        <source>how often the column split the row&apos;s path near the root, summed over the trees (short paths are what isolate an anomaly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="29"/>
        <source>Trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="30"/>
        <source>Number of isolation trees. More trees give steadier scores (less variance between seeds) at proportionally more training and scoring time; gains flatten beyond a few hundred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="34"/>
        <source>Max samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="35"/>
        <source>Rows drawn to build each tree: auto is min(256, rows). Small samples isolate anomalies best and keep trees shallow and fast; larger samples see rare normal patterns but dilute anomalies (masking) and cost more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="39"/>
        <source>Max features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="40"/>
        <source>Features each tree may split on, drawn per tree. All features (1.0) is the classic forest; fewer make trees more diverse and can help when many features are irrelevant, but an anomaly visible in one feature is seen by fewer trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="44"/>
        <source>Bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="45"/>
        <source>Draw each tree&apos;s rows with replacement instead of without. Rarely matters for isolation forests; off by default as in scikit-learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="49"/>
        <source>Seed of the random generator: the same seed gives the same forest and scores, whatever the number of threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="11"/>
        <source>PCA subspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="16"/>
        <source>Squared residual outside the normal subspace (SPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="21"/>
        <source>squared residual of the column&apos;s encoded features outside the normal subspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="28"/>
        <source>Explained variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="29"/>
        <source>The normal subspace keeps the fewest principal components whose explained variance exceeds this share. Higher keeps more of normal traffic&apos;s variation (fewer false alarms) but leaves less room for anomalies to stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="33"/>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="34"/>
        <source>A fixed number of principal components for the normal subspace instead of choosing by explained variance; 0 chooses by variance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_cli.cpp" line="56"/>
        <source>warning: the input is not the stored run&apos;s (%1 changed); scores and metrics may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="182"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="23"/>
        <source>Anomaly detection workbench for network traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="26"/>
        <source>Start with the built-in demo dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="28"/>
        <source>A dataset to open (CSV/TSV, optionally .gz).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
