<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="78"/>
        <source>reading %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="81"/>
        <source>encoding rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="84"/>
        <source>fitting %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="87"/>
        <source>scoring %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="94"/>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="132"/>
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
    <name>CliOptionParser</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="24"/>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="34"/>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="48"/>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="57"/>
        <source>--delimiter expects one of , ; | tab, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="92"/>
        <source>--models expects detector ids (%1), all or none, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="99"/>
        <source>--models names %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="123"/>
        <source>%1 names the detector &quot;%2&quot;, which is not among --models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="173"/>
        <source>Training data file (CSV/TSV, optionally .gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="173"/>
        <location filename="../app/cli/CliOptions.cpp" line="174"/>
        <location filename="../app/cli/CliOptions.cpp" line="186"/>
        <location filename="../app/cli/CliOptions.cpp" line="197"/>
        <location filename="../app/cli/CliOptions.cpp" line="198"/>
        <location filename="../app/cli/CliOptions.cpp" line="199"/>
        <location filename="../app/cli/CliOptions.cpp" line="200"/>
        <location filename="../app/cli/CliOptions.cpp" line="201"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="174"/>
        <source>Separate test data file; otherwise a stratified split of the training file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="175"/>
        <source>Fraction of the training file held out for testing (default 0.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="175"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="176"/>
        <source>Label column: a name or a 0-based index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="176"/>
        <source>COL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="177"/>
        <source>Label value(s) meaning normal, comma-separated (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="177"/>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="178"/>
        <source>Columns to ignore: names or 0-based indices, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="178"/>
        <source>COLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="179"/>
        <source>The first line is a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="180"/>
        <source>The first line is data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="181"/>
        <source>Field delimiter: , ; | or tab (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="181"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="182"/>
        <source>Missing or non-finite cells: impute (training median), drop (the row) or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="182"/>
        <location filename="../app/cli/CliOptions.cpp" line="195"/>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="183"/>
        <source>Scaling of numeric features: minmax, standard or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="183"/>
        <source>SCALING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="187"/>
        <source>Detectors to run: ids comma-separated (%1), all, or none (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="200"/>
        <source>Save the trained detectors with their preprocessing to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="201"/>
        <source>Score with the detectors in FILE instead of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="202"/>
        <source>Print each step and its progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="206"/>
        <source>Same as --set %1.%2=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="209"/>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="232"/>
        <source>Detectors (--models; set with --set DETECTOR.KEY=VALUE; every detector also takes DETECTOR.threshold=POLICY and DETECTOR.train_on=normal|all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="240"/>
        <source>(no parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="258"/>
        <source>Trains anomaly detectors on network-traffic data and prints classification reports and confusion matrices for train and test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="367"/>
        <source>--set expects DETECTOR.KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="184"/>
        <location filename="../app/cli/CliOptions.cpp" line="196"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="184"/>
        <source>Seed for the split and every detector&apos;s seed (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="185"/>
        <source>Use the built-in generated demo data (optionally ROWS rows, default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="186"/>
        <source>Write the generated demo data to FILE as CSV and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="188"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="189"/>
        <source>Set a detector&apos;s parameter, threshold policy or training rows, e.g. %1 (repeatable; see Detectors below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="191"/>
        <source>DETECTOR.KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="192"/>
        <source>Rows every detector is fitted on: normal (the labelled-normal rows; all rows when unlabelled) or all (default normal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="194"/>
        <source>Threshold policy for every detector: auto, fixed:V, percentile:P or contamination:C (default: each detector&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="196"/>
        <source>Worker threads for fitting and scoring (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="197"/>
        <source>Write the run (its spec and its results) as a JSON document to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="198"/>
        <source>Replay the run stored in a JSON document written by --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="199"/>
        <source>Write per-row scores, predictions and labels to FILE as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="193"/>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="277"/>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="295"/>
        <source>--rerun replays a stored run; it does not take --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="310"/>
        <source>Give a data file with --train FILE, or --demo for the built-in demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="312"/>
        <source>--demo and --train exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="324"/>
        <source>--header and --no-header exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="32"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="37"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="37"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="39"/>
        <source>Confusion matrix (rows: true class, columns: predicted class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="58"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="61"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="63"/>
        <source>, %1 anomalies (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="66"/>
        <location filename="../app/cli/CliReport.cpp" line="125"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="67"/>
        <location filename="../app/cli/CliReport.cpp" line="126"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="67"/>
        <source>(split from the training file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="69"/>
        <source>format: delimiter %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="69"/>
        <source>header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="69"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="70"/>
        <source>columns: %1 features (%2 numeric, %3 categorical), %4 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="73"/>
        <source>encoded: %1 features (%2 constant in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="75"/>
        <source>label: none (unlabelled data: scores only, no metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="80"/>
        <source>label: %1; normal value %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="82"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="82"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="84"/>
        <source>missing cells: %1, non-finite cells: %2; imputed %3, rows dropped %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="85"/>
        <source>unseen categories in test: %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="86"/>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="87"/>
        <source>load %1, preprocess %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="100"/>
        <source>parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="101"/>
        <source>trained on %1 normal training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="101"/>
        <source>trained on all %1 training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="103"/>
        <source>threshold %1 (%2: %3); flagged when the score is above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="106"/>
        <source>fit %1, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="108"/>
        <source>epochs %1 (best %2%3), %4 per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="110"/>
        <source>, stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="119"/>
        <source>ROC-AUC %1   average precision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="124"/>
        <source>Unlabelled data: scores only, no metrics.</source>
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
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="54"/>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="54"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="55"/>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="55"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="87"/>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="87"/>
        <source>Precision–recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="92"/>
        <source>%1: needs true labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="108"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="108"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="109"/>
        <source>ROC (%1): AUC = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="110"/>
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
        <location filename="../ui/views/DatasetSummaryView.cpp" line="56"/>
        <source>Load time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="56"/>
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
        <source>automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="85"/>
        <source>percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="86"/>
        <source>contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="87"/>
        <source>fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="100"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="101"/>
        <source>How the threshold is set after training. Percentile: that percentile of the scores of the rows it was fitted on, so about (100 - p) % of normal traffic is flagged. Contamination: the share of those rows to flag. Fixed value: used as it is. Automatic: the detector&apos;s own cut-off. You can still drag the threshold on the histogram afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedRowsModel</name>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="77"/>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="81"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="77"/>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="81"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="80"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="123"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="125"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="126"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="127"/>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="22"/>
        <source>numeric feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="23"/>
        <source>categorical feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="24"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="25"/>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="32"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="36"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="42"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="202"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="37"/>
        <source>comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="38"/>
        <source>semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="39"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="149"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="40"/>
        <source>pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="43"/>
        <source>first line is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="44"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="47"/>
        <source>The column that says whether a row is normal or an attack. Without one, models still score rows but nothing can be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="50"/>
        <source>Label values that mean normal traffic, comma-separated. Every other value is an anomaly. Empty: detected (normal, benign, 0, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="53"/>
        <source>impute the training median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="54"/>
        <source>drop the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="55"/>
        <source>stop with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="56"/>
        <source>What to do with empty, NaN, NA or infinite cells in numeric columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="58"/>
        <source>min-max to [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="59"/>
        <source>standardise (z-score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="60"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="61"/>
        <source>Scaling of numeric features, fitted on the training rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="64"/>
        <source>none: split the training file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="65"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="67"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="98"/>
        <source>Test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="68"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="78"/>
        <source>Share of the rows held out for testing, stratified by class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="81"/>
        <source>Seed of the stratified split: the same seed gives the same split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="91"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="92"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="93"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="94"/>
        <source>Label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="95"/>
        <source>Normal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="96"/>
        <source>Missing cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="97"/>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="99"/>
        <source>Test fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="100"/>
        <source>Split seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="111"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="116"/>
        <source>Preview of the first rows, as they will be read. Choose each column&apos;s role in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="150"/>
        <source>%1 columns, delimiter %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="152"/>
        <source>the first line is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="152"/>
        <source>no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="171"/>
        <source>(none: unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="181"/>
        <source>Nearly every value is distinct (an identifier, address or timestamp): ignored by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="190"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="202"/>
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
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>Anomaly Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>No dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>Detector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Open Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Open a CSV or TSV file, optionally gzipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Open &amp;Demo Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Load the built-in generated network-flow dataset (20,000 labelled flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Train All Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>Train every detector at the same time, each in its own thread (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Train %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>Invalid settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>%1: a parameter holds a value it does not accept (marked in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Stop loading or training (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>%1: %2 train + %3 test rows, %4 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>The dataset could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Nothing to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>Open a dataset first (File &gt; Open Dataset, or the demo dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>%1: training cancelled; the previous results are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>%1 training failed</source>
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
    <name>ResultSelection</name>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="132"/>
        <source>true positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="132"/>
        <source>false negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="133"/>
        <source>false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="133"/>
        <source>true negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="142"/>
        <source>score %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="146"/>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="147"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="74"/>
        <source>Classification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="75"/>
        <source>Confusion matrix (click a cell to list its rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="83"/>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="92"/>
        <source>Why is this row flagged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="104"/>
        <source>Out of date: the settings were changed after these results were computed. Train again to update them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="135"/>
        <source>Test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="136"/>
        <source>Training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="137"/>
        <source>Evaluate on the held-out test rows or on the rows the model was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="146"/>
        <source>Rows scoring above the threshold are flagged. Lower it to catch more anomalies at the cost of more false positives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="151"/>
        <source>Model threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="152"/>
        <source>Back to the threshold the model was trained with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="159"/>
        <source>Evaluate on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="162"/>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="177"/>
        <source>Filter rows by text in any original column (e.g. an IP, a service)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="202"/>
        <source>Clear the filter and show all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="216"/>
        <source>Rows (sorted by score; select rows to mark them on the histogram, Ctrl+C copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="280"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="293"/>
        <source>No results yet: train a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="297"/>
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
        <source>Logarithmic score axis: spreads out reconstruction errors that span several orders of magnitude.</source>
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
        <location filename="../ui/results/ScoreHistogram.cpp" line="167"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="215"/>
        <source>Normal (true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="215"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="219"/>
        <source>Anomaly (true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="250"/>
        <source>threshold %1
%2 flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awb</name>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="34"/>
        <source>Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="39"/>
        <source>Reconstruction error (mean squared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="44"/>
        <source>squared reconstruction error of the column&apos;s encoded features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="52"/>
        <source>Encoder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="53"/>
        <source>Widths of the encoder&apos;s layers, comma-separated, narrowing to the bottleneck; the decoder mirrors them. A narrower bottleneck learns only the dominant normal patterns (anomalies reconstruct worse) but may miss rare normal traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="58"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="59"/>
        <source>Non-linearity of the hidden layers. ReLU trains fast and is the usual choice; leaky ReLU avoids units that stop learning; tanh and sigmoid are smoother and suit small networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="64"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="65"/>
        <source>Activation of the reconstruction. Linear suits any scaling; sigmoid keeps outputs in [0, 1], which matches min-max scaled features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="68"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="69"/>
        <source>Passes over the training rows. More epochs fit normal traffic more closely; early stopping ends training when the validation loss stops improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="73"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="74"/>
        <source>Rows per gradient step. Larger batches run faster per epoch and give smoother steps; smaller ones take more, noisier steps that can generalise better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="78"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="79"/>
        <source>Step size of the optimizer. Too high and the loss jumps or diverges; too low and training needs many more epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="82"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="83"/>
        <source>Adam adapts the step per weight and works well out of the box; SGD with momentum is simpler and may need a tuned learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="86"/>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="87"/>
        <source>SGD only: how much of the previous step carries over; smooths noisy gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="90"/>
        <source>L2 weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="91"/>
        <source>Penalty on large weights. A little regularises the network against memorising rows; too much blurs reconstructions of normal traffic too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="94"/>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="95"/>
        <source>Share of hidden units switched off at random during training. Regularises like L2; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="98"/>
        <source>Validation fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="99"/>
        <source>Share of training rows held out to measure the validation loss each epoch, used for early stopping. 0 trains on every row but disables early stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="102"/>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="103"/>
        <source>Epochs without a better validation loss before training stops (the best weights are kept); 0 never stops early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="106"/>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="72"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="107"/>
        <source>Seed for initial weights, shuffling and dropout: the same seed and number of threads give the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="30"/>
        <source>ECOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="35"/>
        <source>ECOD outlier score (sum of -log tail probabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="40"/>
        <source>-log of the tail probability of the row&apos;s value among the training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="35"/>
        <source>Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="40"/>
        <source>Isolation Forest anomaly score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="45"/>
        <source>how often the column split the row&apos;s path near the root, summed over the trees (short paths are what isolate an anomaly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="53"/>
        <source>Trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="54"/>
        <source>Number of isolation trees. More trees give steadier scores (less variance between seeds) at proportionally more training and scoring time; gains flatten beyond a few hundred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="58"/>
        <source>Max samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="59"/>
        <source>Rows drawn to build each tree: auto is min(256, rows). Small samples isolate anomalies best and keep trees shallow and fast; larger samples see rare normal patterns but dilute anomalies (masking) and cost more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="63"/>
        <source>Max features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="64"/>
        <source>Features each tree may split on, drawn per tree. All features (1.0) is the classic forest; fewer make trees more diverse and can help when many features are irrelevant, but an anomaly visible in one feature is seen by fewer trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="68"/>
        <source>Bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="69"/>
        <source>Draw each tree&apos;s rows with replacement instead of without. Rarely matters for isolation forests; off by default as in scikit-learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="73"/>
        <source>Seed of the random generator: the same seed gives the same forest and scores, whatever the number of threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="29"/>
        <source>PCA subspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="34"/>
        <source>Squared residual outside the normal subspace (SPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="39"/>
        <source>squared residual of the column&apos;s encoded features outside the normal subspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="46"/>
        <source>Explained variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="47"/>
        <source>The normal subspace keeps the fewest principal components whose explained variance exceeds this share. Higher keeps more of normal traffic&apos;s variation (fewer false alarms) but leaves less room for anomalies to stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="51"/>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="52"/>
        <source>A fixed number of principal components for the normal subspace instead of choosing by explained variance; 0 chooses by variance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_cli.cpp" line="72"/>
        <source>warning: the input is not the stored run&apos;s (%1 changed); scores and metrics may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="130"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="29"/>
        <source>Anomaly detection workbench for network traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="32"/>
        <source>Start with the built-in demo dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="34"/>
        <source>A dataset to open (CSV/TSV, optionally .gz).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
