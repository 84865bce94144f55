<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutoencoderPanel</name>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="40"/>
        <source>Encoder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="41"/>
        <source>Widths of the encoder&apos;s layers, comma-separated, narrowing to the bottleneck; the decoder mirrors them. A narrower bottleneck forces the network to learn only the dominant normal patterns (anomalies reconstruct worse) but may also miss rare normal traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="48"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="49"/>
        <source>Non-linearity of the hidden layers. ReLU trains fast and is the usual choice; leaky ReLU avoids units that stop learning; tanh and sigmoid are smoother and suit small networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="53"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="54"/>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="55"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="56"/>
        <source>Activation of the reconstruction. Linear suits any scaling; sigmoid keeps outputs in [0, 1], which matches min-max scaled features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="62"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="63"/>
        <source>Passes over the training rows. More epochs fit normal traffic more closely; early stopping ends training when the validation loss stops improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="68"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="69"/>
        <source>Rows per gradient step. Larger batches run faster per epoch and give smoother steps; smaller ones take more, noisier steps that can generalise better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="73"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="74"/>
        <source>Step size of the optimizer. Too high and the loss jumps or diverges; too low and training needs many more epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="78"/>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="79"/>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="80"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="81"/>
        <source>Adam adapts the step per weight and works well out of the box; SGD with momentum is simpler and may need a tuned learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="85"/>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="85"/>
        <source>SGD only: how much of the previous step carries over; smooths noisy gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="88"/>
        <source>L2 weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="89"/>
        <source>Penalty on large weights. A little regularises the network against memorising rows; too much blurs reconstructions of normal traffic too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="93"/>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="94"/>
        <source>Share of hidden units switched off at random during training. Regularises like L2; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="97"/>
        <source>Validation fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="98"/>
        <source>Share of training rows held out to measure the validation loss each epoch, used for early stopping. 0 trains on every row but disables early stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="103"/>
        <source>never stop early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="104"/>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="105"/>
        <source>Epochs without a better validation loss before training stops; the best weights are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="108"/>
        <source>normal rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="109"/>
        <source>all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="110"/>
        <source>Train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="111"/>
        <source>Normal rows teach the network only what benign traffic looks like, so attacks reconstruct badly (needs labels). All rows works on unlabelled data, if attacks are rare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="115"/>
        <source>Threshold percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="116"/>
        <source>Rows whose reconstruction error exceeds this percentile of the training errors are flagged. Higher means fewer false alarms and more missed attacks. You can drag the threshold later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="121"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="121"/>
        <source>Seed for initial weights, shuffling and dropout: the same seed gives the same model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="125"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="126"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="126"/>
        <source>Worker threads for training and scoring; &apos;all cores&apos; uses every core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="128"/>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/AutoencoderPanel.cpp" line="131"/>
        <source>Train Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../app/cli/CliOptions.cpp" line="21"/>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="31"/>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="45"/>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="54"/>
        <source>--delimiter expects one of , ; | tab, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="118"/>
        <source>Trains anomaly detectors (Isolation Forest, Autoencoder) on network-traffic data and prints classification reports and confusion matrices for train and test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="125"/>
        <source>Training data file (CSV/TSV, optionally .gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="125"/>
        <location filename="../app/cli/CliOptions.cpp" line="126"/>
        <location filename="../app/cli/CliOptions.cpp" line="138"/>
        <location filename="../app/cli/CliOptions.cpp" line="139"/>
        <location filename="../app/cli/CliOptions.cpp" line="142"/>
        <location filename="../app/cli/CliOptions.cpp" line="143"/>
        <location filename="../app/cli/CliOptions.cpp" line="144"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="126"/>
        <source>Separate test data file; otherwise a stratified split of the training file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="127"/>
        <source>Fraction of the training file held out for testing (default 0.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="127"/>
        <location filename="../app/cli/CliOptions.cpp" line="160"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="128"/>
        <source>Label column: a name or a 0-based index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="128"/>
        <source>COL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="129"/>
        <source>Label value(s) meaning normal, comma-separated (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="129"/>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="130"/>
        <source>Columns to ignore: names or 0-based indices, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="130"/>
        <source>COLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="131"/>
        <source>The first line is a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="132"/>
        <source>The first line is data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="133"/>
        <source>Field delimiter: , ; | or tab (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="133"/>
        <location filename="../app/cli/CliOptions.cpp" line="147"/>
        <location filename="../app/cli/CliOptions.cpp" line="164"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="134"/>
        <source>Missing or non-finite cells: impute (training median), drop (the row) or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="134"/>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="135"/>
        <source>Scaling of numeric features: minmax, standard or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="135"/>
        <source>SCALING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="136"/>
        <source>Seed for the split and the models (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="136"/>
        <location filename="../app/cli/CliOptions.cpp" line="141"/>
        <location filename="../app/cli/CliOptions.cpp" line="145"/>
        <location filename="../app/cli/CliOptions.cpp" line="146"/>
        <location filename="../app/cli/CliOptions.cpp" line="148"/>
        <location filename="../app/cli/CliOptions.cpp" line="153"/>
        <location filename="../app/cli/CliOptions.cpp" line="154"/>
        <location filename="../app/cli/CliOptions.cpp" line="161"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="137"/>
        <source>Use the built-in generated demo data (optionally ROWS rows, default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="138"/>
        <source>Write the generated demo data to FILE as CSV and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="139"/>
        <source>Write the run as a JSON document to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="140"/>
        <source>Models to train: iforest, autoencoder, both comma-separated, or none (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="140"/>
        <location filename="../app/cli/CliOptions.cpp" line="150"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="141"/>
        <source>Worker threads for fitting and scoring (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="142"/>
        <source>Write per-row scores, predictions and labels to FILE as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="143"/>
        <source>Save the trained models with their preprocessing to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="144"/>
        <source>Score with the models in FILE instead of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="145"/>
        <source>Isolation Forest: number of trees (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="146"/>
        <source>Isolation Forest: rows per tree: auto (min(256, n)), a count, or a fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="147"/>
        <source>Isolation Forest: auto (score &gt; 0.5) or the expected anomaly fraction (0, 0.5].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="148"/>
        <source>Isolation Forest: features per tree, a count or a fraction (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="149"/>
        <source>Isolation Forest: sample rows with replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="150"/>
        <source>Autoencoder: encoder layer sizes, comma-separated (default 32,16,8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="151"/>
        <source>Autoencoder: relu, leaky_relu, tanh or sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="151"/>
        <location filename="../app/cli/CliOptions.cpp" line="152"/>
        <location filename="../app/cli/CliOptions.cpp" line="156"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="152"/>
        <source>Autoencoder: output activation, linear or sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="153"/>
        <source>Autoencoder: training epochs (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="154"/>
        <source>Autoencoder: mini-batch size (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="155"/>
        <source>Autoencoder: learning rate (default 0.001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="155"/>
        <source>LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="156"/>
        <source>Autoencoder: adam or sgd (with momentum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="157"/>
        <source>Autoencoder: SGD momentum (default 0.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="157"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="158"/>
        <source>Autoencoder: L2 weight decay (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="158"/>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="159"/>
        <source>Autoencoder: dropout rate on hidden layers (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="159"/>
        <location filename="../app/cli/CliOptions.cpp" line="163"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="160"/>
        <source>Autoencoder: fraction of training rows for validation (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="161"/>
        <source>Autoencoder: epochs without improvement before stopping; 0 = never (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="162"/>
        <source>Autoencoder: train on normal rows or all rows (default normal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="162"/>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="163"/>
        <source>Autoencoder: flag errors above this percentile of training errors (default 95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="164"/>
        <source>Autoencoder: flag this fraction of training rows instead of a percentile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="182"/>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="199"/>
        <source>Give a data file with --train FILE, or --demo for the built-in demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="201"/>
        <source>--demo and --train exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="213"/>
        <source>--header and --no-header exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="261"/>
        <source>--ae-layers needs at least one layer size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="31"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="36"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="36"/>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="38"/>
        <source>Confusion matrix (rows: true class, columns: predicted class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="49"/>
        <source>Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="49"/>
        <source>Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="56"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="59"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="61"/>
        <source>, %1 anomalies (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="64"/>
        <location filename="../app/cli/CliReport.cpp" line="114"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="65"/>
        <location filename="../app/cli/CliReport.cpp" line="115"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="65"/>
        <source>(split from the training file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="67"/>
        <source>format: delimiter %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="67"/>
        <source>header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="67"/>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="68"/>
        <source>columns: %1 features (%2 numeric, %3 categorical), %4 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="71"/>
        <source>encoded: %1 features (%2 constant in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="73"/>
        <source>label: none (unlabelled data: scores only, no metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="78"/>
        <source>label: %1; normal value %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="80"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="80"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="82"/>
        <source>missing cells: %1, non-finite cells: %2; imputed %3, rows dropped %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="83"/>
        <source>unseen categories in test: %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="84"/>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="85"/>
        <source>load %1, preprocess %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="93"/>
        <source>Training was cancelled; no results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="94"/>
        <source>threshold %1 (flagged when the score is above it); fit %2, score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="97"/>
        <source>epochs %1 (best %2%3), %4 per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="99"/>
        <source>, stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="108"/>
        <source>ROC-AUC %1   average precision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="113"/>
        <source>Unlabelled data: scores only, no metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="123"/>
        <source>Cannot write the scores file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="148"/>
        <source>Writing the scores file failed (disk full?).</source>
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
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="126"/>
        <source>Reconstruction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="127"/>
        <source>Anomaly score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="128"/>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="129"/>
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
    <name>IsolationForestPanel</name>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="28"/>
        <source>Trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="29"/>
        <source>Number of isolation trees. More trees give steadier scores (less variance between seeds) at proportionally more training and scoring time; gains flatten beyond a few hundred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="33"/>
        <source>auto: min(256, rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="34"/>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="65"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="35"/>
        <source>fraction of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="43"/>
        <source>Max samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="44"/>
        <source>Rows drawn to build each tree. Small samples (the paper&apos;s 256) isolate anomalies best and keep trees shallow and fast; larger samples see rare normal patterns but dilute anomalies (masking) and cost more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="48"/>
        <source>auto (score &gt; 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="58"/>
        <source>Contamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="59"/>
        <source>Sets the threshold. &apos;auto&apos; flags rows whose anomaly score exceeds 0.5. A fraction flags that share of the training rows with the highest scores: raise it to catch more attacks at the cost of more false alarms. You can still drag the threshold afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="64"/>
        <source>fraction of features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="73"/>
        <source>Max features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="74"/>
        <source>Features each tree may split on, drawn per tree. All features (1.0) is the classic forest; fewer make trees more diverse and can help when many features are irrelevant, but an anomaly visible in one feature is then seen by fewer trees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="78"/>
        <source>sample rows with replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="79"/>
        <source>Bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="80"/>
        <source>Draw each tree&apos;s rows with replacement instead of without. Rarely matters for isolation forests; off by default as in scikit-learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="85"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="85"/>
        <source>Seed of the random generator: the same seed gives the same forest and scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="89"/>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="90"/>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="91"/>
        <source>Worker threads for fitting and scoring; &apos;all cores&apos; uses every core. Fewer leaves room for other work, such as training the autoencoder at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="94"/>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/IsolationForestPanel.cpp" line="97"/>
        <source>Train Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossCurvePlot</name>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="11"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source>Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>Anomaly Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>No dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Open Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Open a CSV or TSV file, optionally gzipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Open &amp;Demo Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Load the built-in generated network-flow dataset (20,000 labelled flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&amp;Train Both Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Train the Isolation Forest and the Autoencoder at the same time (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Train &amp;Isolation Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Train &amp;Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Stop loading or training (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Loading the demo dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>%1: %2 train + %3 test rows, %4 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>The dataset could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Nothing to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>Open a dataset first (File &gt; Open Dataset, or the demo dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Invalid autoencoder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Enter the encoder layer widths as whole numbers, e.g. 32, 16, 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>%1: training cancelled; the previous results are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>%1 training failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultSelection</name>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="130"/>
        <source>true positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="130"/>
        <source>false negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="131"/>
        <source>false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="131"/>
        <source>true negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="140"/>
        <source>score %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="144"/>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="145"/>
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
        <location filename="../ui/results/ResultsPanel.cpp" line="126"/>
        <source>Test rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="127"/>
        <source>Training rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="128"/>
        <source>Evaluate on the held-out test rows or on the rows the model was trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="137"/>
        <source>Rows scoring above the threshold are flagged. Lower it to catch more anomalies at the cost of more false positives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="142"/>
        <source>Model threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="143"/>
        <source>Back to the threshold the model was trained with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="150"/>
        <source>Evaluate on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="153"/>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="168"/>
        <source>Filter rows by text in any original column (e.g. an IP, a service)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="193"/>
        <source>Clear the filter and show all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="207"/>
        <source>Rows (sorted by score; select rows to mark them on the histogram, Ctrl+C copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="260"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="273"/>
        <source>No results yet: train a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="277"/>
        <source>%1 of %2 rows flagged · table shows %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowExplanationChart</name>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="66"/>
        <source>Select a row in the table to see which features make it stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="77"/>
        <source>squared reconstruction error per feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="78"/>
        <source>Squared reconstruction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="82"/>
        <source>how often each feature split its path above depth %1, summed over the trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="83"/>
        <source>Splits near the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="85"/>
        <source>This result carries no model to explain its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="106"/>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="107"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="108"/>
        <source>%1 · score %2 · %3
Top %4 features: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="111"/>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="111"/>
        <source>not flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="28"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="31"/>
        <source>Logarithmic score axis: spreads out reconstruction errors that span several orders of magnitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="32"/>
        <source>Stacked by true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="33"/>
        <source>Overlaid by true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="34"/>
        <source>Stacked shows the total per bin; overlaid compares the two classes&apos; shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="35"/>
        <source>Drag the red line: threshold · Shift-drag: filter a score range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="59"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="76"/>
        <source>Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="165"/>
        <source>Reconstruction error (mean squared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="165"/>
        <source>Isolation Forest anomaly score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="213"/>
        <source>Normal (true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="213"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="217"/>
        <source>Anomaly (true class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="248"/>
        <source>threshold %1
%2 flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_cli.cpp" line="91"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="27"/>
        <source>Anomaly detection workbench for network traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="30"/>
        <source>Start with the built-in demo dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="32"/>
        <source>A dataset to open (CSV/TSV, optionally .gz).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
