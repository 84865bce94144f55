<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="98"/>
        <source>reading %1 of %2 MB</source>
        <translation>%1 von %2 MB gelesen</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="101"/>
        <source>encoding rows</source>
        <translation>Zeilen werden kodiert</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="104"/>
        <source>fitting %1 of %2</source>
        <translation>Training %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="104"/>
        <source>epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="107"/>
        <source>scoring %1 of %2 rows</source>
        <translation>Scores für %1 von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="112"/>
        <source>run %1 of %2</source>
        <translation>Lauf %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="117"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="154"/>
        <source> (up to about %1 rows fit here)</source>
        <translation> (hier passen bis etwa %1 Zeilen)</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="156"/>
        <source>%1: loading this file needs about %2 of memory, but only %3 are available. Open it again with a number under “Rows” in the import dialog%4 to train on a random sample of its rows; to score every row of a file this large, save the trained model with File &gt; Export Model and use “anomaly-cli score” (see the README).</source>
        <translation>%1: Das Laden dieser Datei braucht etwa %2 Arbeitsspeicher, verfügbar sind nur %3. Öffnen Sie sie erneut mit einer Zahl unter „Zeilen“ im Importdialog%4, um auf einer Zufallsstichprobe ihrer Zeilen zu trainieren; um jede Zeile einer so großen Datei zu bewerten, speichern Sie das trainierte Modell mit Datei &gt; Modell exportieren und verwenden Sie „anomaly-cli score“ (siehe README).</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="165"/>
        <source>An unexpected error stopped the work.</source>
        <translation>Ein unerwarteter Fehler hat die Arbeit abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ChartMenu</name>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="30"/>
        <source>The chart was not saved</source>
        <translation>Das Diagramm wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="31"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="60"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="73"/>
        <source>Save as &amp;PNG...</source>
        <translation>Als &amp;PNG speichern...</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="73"/>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="74"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="75"/>
        <source>Save as &amp;SVG...</source>
        <translation>Als &amp;SVG speichern...</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="75"/>
        <source>Save Chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="76"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../ui/views/FormTips.h" line="55"/>
        <source>min-max to [0, 1]</source>
        <translation>Min-Max auf [0, 1]</translation>
    </message>
    <message>
        <location filename="../ui/views/FormTips.h" line="56"/>
        <source>standardise (z-score)</source>
        <translation>standardisieren (z-Score)</translation>
    </message>
    <message>
        <location filename="../ui/views/FormTips.h" line="57"/>
        <source>robust (median, IQR)</source>
        <translation>robust (Median, IQR)</translation>
    </message>
    <message>
        <location filename="../ui/views/FormTips.h" line="58"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ClassificationReportModel</name>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="91"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="92"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="93"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="94"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="98"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="99"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="100"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="101"/>
        <source>macro avg</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="102"/>
        <source>weighted avg</source>
        <translation>gewichtetes Mittel</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="25"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="71"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="71"/>
        <source>recorded (UTC)</source>
        <translation>erfasst (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="68"/>
        <location filename="../app/cli/CliHistory.cpp" line="72"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="72"/>
        <source>test ROC-AUC per detector</source>
        <translation>Test-ROC-AUC je Detektor</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="92"/>
        <source>Run %1 &quot;%2&quot;, recorded %3</source>
        <translation>Lauf %1 &quot;%2&quot;, erfasst %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="95"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="154"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="164"/>
        <source>(* the settings differ)</source>
        <translation>(* die Einstellungen unterscheiden sich)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="165"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="176"/>
        <source>(* the best of the row)</source>
        <translation>(* der beste Wert der Zeile)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="178"/>
        <source>Flagged test rows: by all %1, by some %2, by none %3</source>
        <translation>Markierte Testzeilen: von allen %1, von einigen %2, von keinem %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="191"/>
        <location filename="../app/cli/CliHistory.cpp" line="208"/>
        <source>the run is not recorded in the history: %1</source>
        <translation>der Lauf wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="227"/>
        <source>Deleted run %1.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <location filename="../app/cli/CliValues.h" line="28"/>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="38"/>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="52"/>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 erwartet eines von %2, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="61"/>
        <source>--delimiter expects one of , ; | tab, not &quot;%1&quot;.</source>
        <translation>--delimiter erwartet eines von , ; | tab, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="32"/>
        <source>--models expects detector ids (%1), all or none, not &quot;%2&quot;.</source>
        <translation>--models erwartet Detektor-IDs (%1), all oder none, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="39"/>
        <source>--models names %1 twice.</source>
        <translation>--models nennt %1 zweimal.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="67"/>
        <source>%1 names the detector &quot;%2&quot;, which is not among --models.</source>
        <translation>%1 nennt den Detektor &quot;%2&quot;, der nicht in --models enthalten ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="117"/>
        <source>Training data file (CSV/TSV, optionally .gz).</source>
        <translation>Trainingsdatendatei (CSV/TSV, optional .gz).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="117"/>
        <location filename="../app/cli/CliOptions.cpp" line="118"/>
        <location filename="../app/cli/CliOptions.cpp" line="146"/>
        <location filename="../app/cli/CliOptions.cpp" line="158"/>
        <location filename="../app/cli/CliOptions.cpp" line="159"/>
        <location filename="../app/cli/CliOptions.cpp" line="165"/>
        <location filename="../app/cli/CliOptions.cpp" line="166"/>
        <location filename="../app/cli/CliOptions.cpp" line="167"/>
        <location filename="../app/cli/CliOptions.cpp" line="170"/>
        <location filename="../app/cli/CliOptions.cpp" line="173"/>
        <location filename="../app/cli/CliOptions.cpp" line="176"/>
        <location filename="../app/cli/CliOptions.cpp" line="180"/>
        <location filename="../app/cli/CliOptions.cpp" line="181"/>
        <location filename="../app/cli/CliOptions.cpp" line="554"/>
        <location filename="../app/cli/CliOptions.cpp" line="555"/>
        <location filename="../app/cli/CliOptions.cpp" line="559"/>
        <location filename="../app/cli/CliScore.cpp" line="61"/>
        <location filename="../app/cli/CliScore.cpp" line="62"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="118"/>
        <source>Separate test data file; otherwise a stratified split of the training file.</source>
        <translation>Separate Testdatendatei; sonst eine stratifizierte Aufteilung der Trainingsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="121"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="122"/>
        <source>Label column: a name or a 0-based index.</source>
        <translation>Label-Spalte: ein Name oder ein 0-basierter Index.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="122"/>
        <location filename="../app/cli/CliOptions.cpp" line="130"/>
        <source>COL</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="123"/>
        <source>Label value(s) meaning normal, comma-separated (default: detected).</source>
        <translation>Label-Wert(e) für normal, kommagetrennt (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="123"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="124"/>
        <source>Columns to ignore: names or 0-based indices, comma-separated.</source>
        <translation>Zu ignorierende Spalten: Namen oder 0-basierte Indizes, kommagetrennt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="124"/>
        <location filename="../app/cli/CliOptions.cpp" line="126"/>
        <location filename="../app/cli/CliOptions.cpp" line="128"/>
        <location filename="../app/cli/CliOptions.cpp" line="140"/>
        <location filename="../app/cli/CliOptions.cpp" line="141"/>
        <location filename="../app/cli/CliScore.cpp" line="63"/>
        <source>COLS</source>
        <translation>SPALTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="125"/>
        <source>Columns to read as categories, one-hot encoded (a port or protocol code): names or 0-based indices, comma-separated.</source>
        <translation>Spalten, die als Kategorien gelesen und one-hot-kodiert werden (ein Port- oder Protokollcode): Namen oder 0-basierte Indizes, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="127"/>
        <source>Columns to read as numbers, for those the reader took for categories.</source>
        <translation>Spalten, die als Zahlen gelesen werden, für jene, die der Leser für Kategorien hielt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="129"/>
        <source>A second target column with the attack type (e.g. UNSW-NB15&apos;s attack_cat): never a feature; reports give recall per type.</source>
        <translation>Eine zweite Zielspalte mit dem Angriffstyp (z. B. attack_cat von UNSW-NB15): nie ein Merkmal; Berichte zeigen die Trefferquote je Typ.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="131"/>
        <location filename="../app/cli/CliScore.cpp" line="67"/>
        <source>The first line is a header.</source>
        <translation>Die erste Zeile ist eine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="132"/>
        <location filename="../app/cli/CliScore.cpp" line="68"/>
        <source>The first line is data.</source>
        <translation>Die erste Zeile enthält Daten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="133"/>
        <location filename="../app/cli/CliScore.cpp" line="66"/>
        <source>Field delimiter: , ; | or tab (default: detected).</source>
        <translation>Feldtrennzeichen: , ; | oder tab (Vorgabe: erkannt).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="133"/>
        <location filename="../app/cli/CliScore.cpp" line="66"/>
        <source>C</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="134"/>
        <source>Missing or non-finite cells: impute (training median), drop (the row) or fail.</source>
        <translation>Fehlende oder nicht endliche Zellen: impute (Trainingsmedian einsetzen), drop (Zeile verwerfen) oder fail (Fehler).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="134"/>
        <location filename="../app/cli/CliOptions.cpp" line="156"/>
        <source>POLICY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="136"/>
        <source>SCALING</source>
        <translation>SKALIERUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="137"/>
        <source>log1p before scaling: off, or heavy-tailed (non-negative columns spanning three decades: bytes, packets, durations).</source>
        <translation>log1p vor der Skalierung: off oder heavy-tailed (nicht negative Spalten über drei Größenordnungen: Bytes, Pakete, Dauern).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="138"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="139"/>
        <source>Columns to take log1p of whatever --log says (names or indices).</source>
        <translation>Spalten, auf die unabhängig von --log log1p angewandt wird (Namen oder Indizes).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="141"/>
        <source>Columns never to take log1p of.</source>
        <translation>Spalten, auf die nie log1p angewandt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="142"/>
        <source>Seed for the split and every detector&apos;s seed (default %1).</source>
        <translation>Seed für die Aufteilung und für jeden Detektor (Vorgabe %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="144"/>
        <source>Use the built-in generated demo data (optionally ROWS rows, default %1).</source>
        <translation>Die eingebauten generierten Demodaten verwenden (optional mit ANZAHL Zeilen, Vorgabe %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="147"/>
        <source>Detectors to run: ids comma-separated (%1), all, or none (default all).</source>
        <translation>Auszuführende Detektoren: IDs kommagetrennt (%1), all oder none (Vorgabe all).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="154"/>
        <source>Threshold policy for every detector (see Threshold policies below), or compare: a table of every policy&apos;s threshold and what it flags.</source>
        <translation>Schwellenwertstrategie für jeden Detektor (siehe Schwellenwertstrategien unten) oder compare: eine Tabelle mit dem Schwellenwert jeder Strategie und dem, was sie markiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="160"/>
        <source>Train and evaluate on a uniform random sample of N rows of the --train file, read in one pass (for files larger than memory); --scores then scores every row of the --train and the --test file in a stream, a first column naming the file, the label column copied.</source>
        <translation>Auf einer gleichverteilten Zufallsstichprobe von N Zeilen der --train-Datei trainieren und auswerten, in einem Durchgang gelesen (für Dateien, die größer als der Arbeitsspeicher sind); --scores bewertet dann jede Zeile der --train- und der --test-Datei im Strom, eine erste Spalte nennt die Datei, die Label-Spalte wird mitkopiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="166"/>
        <source>Save the trained detectors with their preprocessing to FILE.</source>
        <translation>Die trainierten Detektoren samt Vorverarbeitung in DATEI speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="167"/>
        <source>Score with the detectors in FILE instead of training.</source>
        <translation>Mit den Detektoren aus DATEI bewerten, statt zu trainieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="168"/>
        <source>Write the trained detectors with their preprocessing to FILE as an ONNX model (ECOD has no ONNX form and is left out).</source>
        <translation>Die trainierten Detektoren mit ihrer Vorverarbeitung als ONNX-Modell in DATEI schreiben (ECOD hat keine ONNX-Form und fehlt darin).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="171"/>
        <source>Print each step and its progress on standard error.</source>
        <translation>Jeden Schritt und seinen Fortschritt auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="172"/>
        <source>The run history database every run is recorded in (default: %1).</source>
        <translation>Die Verlaufsdatenbank, in der jeder Lauf gespeichert wird (Vorgabe: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="174"/>
        <source>Do not record the run in the history.</source>
        <translation>Den Lauf nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="175"/>
        <source>Keep the trained detectors in the history, so the run can be reopened and scored again.</source>
        <translation>Die trainierten Detektoren im Verlauf behalten, damit der Lauf erneut geöffnet und bewertet werden kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="176"/>
        <source>Write a PDF report of the run to FILE (needs no display).</source>
        <translation>Einen PDF-Bericht des Laufs in DATEI schreiben (braucht keine Anzeige).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="177"/>
        <source>Page size of the report: a4 or letter (default: the locale&apos;s).</source>
        <translation>Seitenformat des Berichts: a4 oder letter (Vorgabe: das des Gebietsschemas).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="177"/>
        <location filename="../app/cli/CliOptions.cpp" line="556"/>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="178"/>
        <source>Write the test rows flagged by any detector to FILE as CSV: their original columns, each detector&apos;s score and prediction, the true label.</source>
        <translation>Die von irgendeinem Detektor markierten Testzeilen als CSV in DATEI schreiben: ihre Originalspalten, Score und Vorhersage jedes Detektors, das wahre Label.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="181"/>
        <source>Write every detector&apos;s train and test metrics to FILE as CSV.</source>
        <translation>Die Trainings- und Testmetriken jedes Detektors als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="182"/>
        <source>sweep: the settings to sweep, e.g. &quot;%1&quot; (1 to 3 axes; every combination is one run).</source>
        <translation>sweep: die zu variierenden Einstellungen, z. B. &quot;%1&quot; (1 bis 3 Achsen; jede Kombination ist ein Lauf).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="183"/>
        <location filename="../app/cli/CliOptions.cpp" line="446"/>
        <source>AXES</source>
        <translation>ACHSEN</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="187"/>
        <source>Same as --set %1.%2=%3.</source>
        <translation>Wie --set %1.%2=%3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="190"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="221"/>
        <source>Threshold policies (--threshold, DETECTOR.threshold=):</source>
        <translation>Schwellenwertstrategien (--threshold, DETEKTOR.threshold=):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="223"/>
        <source>Detectors (--models; set with --set DETECTOR.KEY=VALUE; every detector also takes DETECTOR.threshold=POLICY and DETECTOR.train_on=normal|all):</source>
        <translation>Detektoren (--models; einstellbar mit --set DETEKTOR.SCHLÜSSEL=WERT; jeder Detektor nimmt auch DETEKTOR.threshold=STRATEGIE und DETEKTOR.train_on=normal|all):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="230"/>
        <source>(no parameters)</source>
        <translation>(keine Parameter)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="261"/>
        <source>%1 and %2 both name column %3: a column has one role.</source>
        <translation>%1 und %2 nennen beide die Spalte %3: Eine Spalte hat eine Rolle.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="406"/>
        <source>--rerun replays a stored run as it was; it does not take --%1.</source>
        <translation>--rerun wiederholt einen gespeicherten Lauf unverändert; --%1 ist dabei nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="441"/>
        <source>Runs every combination of the settings in --grid (1 to 3 axes) on the same data and split, prints one line of figures per run and records each run in the run history (--json FILE also writes them as JSON). The data and detector options below apply to every run; the outputs of a single run (%1) do not.</source>
        <translation>Führt jede Kombination der Einstellungen in --grid (1 bis 3 Achsen) auf denselben Daten und derselben Aufteilung aus, gibt eine Zeile mit Kennzahlen je Lauf aus und speichert jeden Lauf im Verlauf (--json DATEI schreibt sie zusätzlich als JSON). Die Daten- und Detektoroptionen unten gelten für jeden Lauf, die Ausgaben eines einzelnen Laufs (%1) nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="462"/>
        <source>Trains anomaly detectors on network-traffic data and prints classification reports and confusion matrices for train and test.</source>
        <translation>Trainiert Anomaliedetektoren auf Netzwerkverkehrsdaten und gibt Klassifikationsberichte und Konfusionsmatrizen für Training und Test aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="464"/>
        <source>Other commands: anomaly-cli score (streams a file of any size through a saved model), anomaly-cli sweep --grid ... (runs every combination of settings), anomaly-cli history (lists, shows, compares and deletes recorded runs); each has its own --help.</source>
        <translation>Weitere Befehle: anomaly-cli score (bewertet eine Datei beliebiger Größe im Datenstrom mit einem gespeicherten Modell), anomaly-cli sweep --grid ... (führt jede Kombination von Einstellungen aus), anomaly-cli history (listet, zeigt, vergleicht und löscht aufgezeichnete Läufe); jeder hat sein eigenes --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="490"/>
        <source>sweep needs --grid &quot;DETECTOR.KEY=V1,V2;...&quot;.</source>
        <translation>sweep braucht --grid &quot;DETEKTOR.SCHLÜSSEL=V1,V2;...&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="490"/>
        <source>--grid goes with the sweep command.</source>
        <translation>--grid gehört zum Befehl sweep.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="393"/>
        <location filename="../app/cli/CliOptions.cpp" line="568"/>
        <source>--page-size expects a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page-size erwartet a4 oder letter, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="297"/>
        <source>--sample needs --train FILE: it samples that file&apos;s rows (the demo data is generated whole; --demo N makes it smaller).</source>
        <translation>--sample braucht --train DATEI: es zieht eine Stichprobe aus deren Zeilen (die Demo-Daten werden ganz erzeugt; --demo N macht sie kleiner).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="506"/>
        <source>sweep writes its runs to the history and --json; it does not take --%1.</source>
        <translation>sweep schreibt seine Läufe in den Verlauf und nach --json; --%1 ist dabei nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="516"/>
        <source>--load-model scores with the saved detectors&apos; own settings; it does not take --%1.</source>
        <translation>--load-model bewertet mit den eigenen Einstellungen der gespeicherten Detektoren; --%1 ist dabei nicht möglich.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="522"/>
        <source>--save-model needs at least one detector (--models).</source>
        <translation>--save-model braucht mindestens einen Detektor (--models).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="549"/>
        <source>Lists, shows, compares and deletes the runs recorded in the run history.</source>
        <translation>Listet, zeigt, vergleicht und löscht die im Verlauf gespeicherten Läufe.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="551"/>
        <source>list, show ID, compare ID ID..., or delete ID. An ID is a run&apos;s number, or NUMBER:DETECTOR for one detector of it.</source>
        <translation>list, show ID, compare ID ID... oder delete ID. Eine ID ist die Nummer eines Laufs oder NUMMER:DETEKTOR für einen seiner Detektoren.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="553"/>
        <source>Print JSON instead of tables.</source>
        <translation>JSON statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="554"/>
        <source>compare: also write a PDF comparison report to FILE.</source>
        <translation>compare: zusätzlich einen PDF-Vergleichsbericht in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="555"/>
        <source>compare: also write the comparison&apos;s tables to FILE as CSV.</source>
        <translation>compare: zusätzlich die Tabellen des Vergleichs als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="556"/>
        <source>Page size of the report: a4 or letter.</source>
        <translation>Seitenformat des Berichts: a4 oder letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="557"/>
        <source>The run history database (default: %1).</source>
        <translation>Die Verlaufsdatenbank (Vorgabe: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="587"/>
        <source>history expects list, show ID, compare ID ID... or delete ID, not &quot;%1&quot;.</source>
        <translation>history erwartet list, show ID, compare ID ID... oder delete ID, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="595"/>
        <source>history %1: wrong number of run ids (compare takes 1 to 8, show and delete one, list none).</source>
        <translation>history %1: falsche Anzahl von Lauf-IDs (compare nimmt 1 bis 8, show und delete eine, list keine).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="365"/>
        <source>--set expects DETECTOR.KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--set erwartet DETEKTOR.SCHLÜSSEL=WERT, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="52"/>
        <source>%1 has no automatic threshold; choose another policy (see --help).</source>
        <translation>%1 hat keinen automatischen Schwellenwert; wählen Sie eine andere Strategie (siehe --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="120"/>
        <source>Fraction of the training file held out for testing (default %1).</source>
        <translation>Anteil der Trainingsdatei, der für den Test zurückgehalten wird (Vorgabe %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="135"/>
        <source>Scaling of numeric features: minmax, standard, robust (median and interquartile range) or none.</source>
        <translation>Skalierung numerischer Merkmale: minmax, standard, robust (Median und Interquartilsabstand) oder none.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="143"/>
        <location filename="../app/cli/CliOptions.cpp" line="157"/>
        <location filename="../app/cli/CliOptions.cpp" line="164"/>
        <location filename="../app/cli/CliScore.cpp" line="69"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="146"/>
        <source>Write the generated demo data to FILE as CSV and exit.</source>
        <translation>Die generierten Demodaten als CSV in DATEI schreiben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="148"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="149"/>
        <source>Set a detector&apos;s parameter, threshold policy or training rows, e.g. %1 (repeatable; see Detectors below).</source>
        <translation>Parameter, Schwellenwertstrategie oder Trainingszeilen eines Detektors setzen, z. B. %1 (wiederholbar; siehe Detektoren unten).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="151"/>
        <source>DETECTOR.KEY=VALUE</source>
        <translation>DETEKTOR.SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="152"/>
        <source>Rows every detector is fitted on: normal (the labelled-normal rows; all rows when unlabelled) or all (default normal).</source>
        <translation>Zeilen, auf denen jeder Detektor trainiert wird: normal (die als normal gelabelten Zeilen; ohne Labels alle Zeilen) oder all (Vorgabe normal).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="157"/>
        <source>Worker threads for fitting and scoring (default: all cores).</source>
        <translation>Worker-Threads für Training und Scoring (Vorgabe: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="158"/>
        <source>Write the run (its spec and its results) as a JSON document to FILE.</source>
        <translation>Den Lauf (Spezifikation und Ergebnisse) als JSON-Dokument in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="159"/>
        <source>Replay the run stored in a JSON document written by --json.</source>
        <translation>Den Lauf aus einem mit --json geschriebenen JSON-Dokument wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="165"/>
        <source>Write per-row scores, predictions and labels to FILE as CSV.</source>
        <translation>Scores, Vorhersagen und Labels je Zeile als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="153"/>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="486"/>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Unerwartetes Argument &quot;%1&quot; (siehe --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="292"/>
        <source>Give a data file with --train FILE, or --demo for the built-in demo data.</source>
        <translation>Geben Sie eine Datendatei mit --train DATEI an oder --demo für die eingebauten Demodaten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="294"/>
        <source>--demo and --train exclude each other.</source>
        <translation>--demo und --train schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="88"/>
        <source>--header and --no-header exclude each other.</source>
        <translation>--header und --no-header schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="53"/>
        <source>Scores a file of any size with the detectors of a saved model, in bounded memory: reads it in chunks and writes line, &lt;detector&gt;_score, &lt;detector&gt;_prediction per row as it goes.</source>
        <translation>Bewertet eine Datei beliebiger Größe mit den Detektoren eines gespeicherten Modells, mit begrenztem Speicher: liest sie in Blöcken und schreibt dabei je Zeile line, &lt;detector&gt;_score, &lt;detector&gt;_prediction.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="60"/>
        <source>The model file (--save-model) whose detectors score.</source>
        <translation>Die Modelldatei (--save-model), deren Detektoren bewerten.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="60"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="61"/>
        <source>The data: CSV/TSV, plain or .gz, or - for standard input.</source>
        <translation>Die Daten: CSV/TSV, unkomprimiert oder .gz, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="62"/>
        <source>Where the scores go: a CSV file, or - for standard output.</source>
        <translation>Wohin die Bewertungen gehen: eine CSV-Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="63"/>
        <source>Input columns to copy beside the scores: names or 0-based indices, comma-separated.</source>
        <translation>Eingabespalten, die neben die Bewertungen kopiert werden: Namen oder 0-basierte Indizes, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="64"/>
        <source>A row the model cannot score (ragged, text in a numeric column): skip (listed and counted) or fail (default).</source>
        <translation>Eine Zeile, die das Modell nicht bewerten kann (falsche Feldzahl, Text in einer numerischen Spalte): skip (aufgeführt und gezählt) oder fail (Standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="65"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="69"/>
        <source>Worker threads (default: all cores).</source>
        <translation>Arbeits-Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="70"/>
        <source>Print progress on standard error.</source>
        <translation>Den Fortschritt auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="78"/>
        <source>score needs --load-model MODEL, --input FILE and --output FILE (- for standard input or output); --%1 is missing.</source>
        <translation>score braucht --load-model MODELL, --input DATEI und --output DATEI (- für Standardein- oder -ausgabe); --%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="81"/>
        <source>Unexpected argument &quot;%1&quot; (see score --help).</source>
        <translation>Unerwartetes Argument „%1“ (siehe score --help).</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="37"/>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="42"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="42"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="44"/>
        <source>Confusion matrix (rows: true class, columns: predicted class)</source>
        <translation>Konfusionsmatrix (Zeilen: wahre Klasse, Spalten: vorhergesagte Klasse)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="97"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="100"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="102"/>
        <source>, %1 anomalies (%2)</source>
        <translation>, %1 Anomalien (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="105"/>
        <location filename="../app/cli/CliReport.cpp" line="252"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="106"/>
        <location filename="../app/cli/CliReport.cpp" line="253"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="106"/>
        <source>(split from the training file)</source>
        <translation>(aus der Trainingsdatei abgeteilt)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="111"/>
        <source>format: delimiter %1, %2</source>
        <translation>Format: Trennzeichen %1, %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="108"/>
        <source>header line</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="63"/>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="64"/>
        <source>categorical</source>
        <translation>kategorisch</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="65"/>
        <source>attack type</source>
        <translation>Angriffstyp</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="66"/>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="76"/>
        <source>%1 (%2): </source>
        <comment>a role and its columns&apos; count</comment>
        <translation>%1 (%2): </translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="108"/>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="110"/>
        <source>%1, decimal comma (0,25)</source>
        <translation>%1, Dezimalkomma (0,25)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="112"/>
        <source>columns: %1 features (%2 numeric, %3 categorical), %4 ignored</source>
        <translation>Spalten: %1 Merkmale (%2 numerisch, %3 kategorial), %4 ignoriert</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="117"/>
        <source>encoded: %1 features (%2 constant in training)</source>
        <translation>kodiert: %1 Merkmale (%2 im Training konstant)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="119"/>
        <source>label: none (unlabelled data: scores only, no metrics)</source>
        <translation>Label: keins (Daten ohne Labels: nur Scores, keine Metriken)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="124"/>
        <source>label: %1; normal value %2 (%3)</source>
        <translation>Label: %1; Normalwert %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="126"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="126"/>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="128"/>
        <source>missing cells: %1, non-finite cells: %2; imputed %3, rows dropped %4</source>
        <translation>fehlende Zellen: %1, nicht endliche Zellen: %2; imputiert %3, verworfene Zeilen %4</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="129"/>
        <source>unseen categories in test: %1 cells</source>
        <translation>unbekannte Kategorien im Test: %1 Zellen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="131"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="132"/>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="133"/>
        <source>load %1, preprocess %2</source>
        <translation>Laden %1, Vorverarbeitung %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="150"/>
        <source>flagged per label value (recall for attack types):</source>
        <translation>markiert je Label-Wert (Trefferquote für Angriffstypen):</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="156"/>
        <source>(normal: false alarms)</source>
        <translation>(normal: Fehlalarme)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliReport.cpp" line="162"/>
        <source>and %n more value(s) with %1 rows (--json lists every one)</source>
        <translation>
            <numerusform>und %n weiterer Wert mit %1 Zeilen (--json listet alle)</numerusform>
            <numerusform>und %n weitere Werte mit %1 Zeilen (--json listet alle)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="176"/>
        <source>threshold policies compared</source>
        <translation>Schwellenwertstrategien im Vergleich</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="177"/>
        <source>policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="177"/>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="177"/>
        <source>train alerts/10k</source>
        <translation>Alarme/10k Train.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="179"/>
        <source>train P</source>
        <translation>P Train.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="179"/>
        <location filename="../app/cli/CliReport.cpp" line="183"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="179"/>
        <location filename="../app/cli/CliReport.cpp" line="183"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="181"/>
        <source>test alerts/10k</source>
        <translation>Alarme/10k Test</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="183"/>
        <source>test P</source>
        <translation>P Test</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="220"/>
        <source>parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="221"/>
        <source>trained on %1 normal training rows</source>
        <translation>trainiert auf %1 normalen Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="221"/>
        <source>trained on all %1 training rows</source>
        <translation>trainiert auf allen %1 Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="224"/>
        <source>fitted: %1</source>
        <translation>angepasst: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="225"/>
        <source>threshold %1 (%2: %3); flagged when the score is above it</source>
        <translation>Schwellenwert %1 (%2: %3); markiert, wenn der Score darüber liegt</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="229"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="230"/>
        <source>fit %1, score %2</source>
        <translation>Training %1, Scoring %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="232"/>
        <source>epochs %1 (best %2%3), %4 per epoch</source>
        <translation>Epochen %1 (beste %2%3), %4 pro Epoche</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="234"/>
        <source>, stopped early</source>
        <translation>, vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="243"/>
        <source>ROC-AUC %1   average precision %2</source>
        <translation>ROC-AUC %1   durchschnittliche Präzision %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="249"/>
        <source>No metrics: the data has no labels, or labels of one class only; scores only.</source>
        <translation>Keine Metriken: Die Daten haben keine Labels oder nur Labels einer Klasse; nur Scores.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="251"/>
        <source>The training rows are all of one class: metrics on the test rows only.</source>
        <translation>Die Trainingszeilen gehören alle zu einer Klasse: Metriken nur auf den Testzeilen.</translation>
    </message>
</context>
<context>
    <name>CliScore</name>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="34"/>
        <source> Rows of empty cells skipped: %1.</source>
        <translation> Zeilen nur aus leeren Zellen übersprungen: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="36"/>
        <source> Copies of the header line skipped: %1.</source>
        <translation> Kopien der Kopfzeile übersprungen: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="38"/>
        <source>scored %1 of %2 rows (bad rows skipped: %3) in %4 s, %5 rows/s; above threshold: %6; missing cells imputed: %7; cells of categories training never saw: %8.</source>
        <translation>%1 von %2 Zeilen bewertet (übersprungene fehlerhafte Zeilen: %3) in %4 s, %5 Zeilen/s; über dem Schwellenwert: %6; ergänzte fehlende Zellen: %7; Zellen mit im Training nie gesehenen Kategorien: %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="111"/>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="113"/>
        <source>further bad rows are skipped without a line each.</source>
        <translation>weitere fehlerhafte Zeilen werden ohne eigene Meldung übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="120"/>
        <source>score: %1 of %2 MB read</source>
        <translation>score: %1 von %2 MB gelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="122"/>
        <source>score: %1 MB read</source>
        <translation>score: %1 MB gelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="129"/>
        <source>%1: %2</source>
        <comment>file name: summary line</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="140"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message numerus="yes">
        <location filename="../app/cli/CliSweep.cpp" line="27"/>
        <source>Sweep of %n run(s) on data loaded once.</source>
        <translation>
            <numerusform>Parameterstudie mit %n Lauf auf einmal geladenen Daten.</numerusform>
            <numerusform>Parameterstudie mit %n Läufen auf einmal geladenen Daten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSweep.cpp" line="47"/>
        <source>(history run %1)</source>
        <translation>(Lauf %1 im Verlauf)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <location filename="../ui/history/ComparisonView.cpp" line="74"/>
        <source>Comparison of %n detector(s)</source>
        <translation>
            <numerusform>Vergleich von %n Detektor</numerusform>
            <numerusform>Vergleich von %n Detektoren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="98"/>
        <source>Export Report...</source>
        <translation>Bericht exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="100"/>
        <source>This comparison as a PDF report: settings, metrics, curves and confusion matrices</source>
        <translation>Dieser Vergleich als PDF-Bericht: Einstellungen, Metriken, Kurven und Konfusionsmatrizen</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="101"/>
        <source>Export Table...</source>
        <translation>Tabelle exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="103"/>
        <source>The settings and metrics tables as CSV</source>
        <translation>Die Einstellungs- und Metriktabellen als CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="105"/>
        <source>Export Comparison Report</source>
        <translation>Vergleichsbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="105"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="110"/>
        <source>Export Comparison Table</source>
        <translation>Vergleichstabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="110"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="127"/>
        <location filename="../ui/history/ComparisonView.cpp" line="138"/>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="187"/>
        <source>Settings (highlighted: they differ)</source>
        <translation>Einstellungen (hervorgehoben: unterschiedlich)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="188"/>
        <source>Metrics (green: the best of the row)</source>
        <translation>Metriken (grün: der beste Wert der Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="201"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="202"/>
        <source>True positive rate</source>
        <translation>Trefferquote (TPR)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="203"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="204"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="229"/>
        <source>ROC on test rows (AUC; dots: each threshold)</source>
        <translation>ROC auf Testzeilen (AUC; Punkte: jeweiliger Schwellenwert)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="230"/>
        <source>Precision–recall on test rows (AP; dots: each threshold)</source>
        <translation>Präzision–Trefferquote auf Testzeilen (AP; Punkte: jeweiliger Schwellenwert)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="239"/>
        <location filename="../ui/history/ComparisonView.cpp" line="240"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="239"/>
        <location filename="../ui/history/ComparisonView.cpp" line="240"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="241"/>
        <source>Rows: the true class; columns: the predicted class</source>
        <translation>Zeilen: die wahre Klasse; Spalten: die vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="259"/>
        <source>Confusion matrices on test rows, each at its own threshold (rows: true, columns: predicted)</source>
        <translation>Konfusionsmatrizen auf Testzeilen, jede bei ihrem eigenen Schwellenwert (Zeilen: wahr, Spalten: vorhergesagt)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="311"/>
        <source>Score distributions on test rows, each class as a share of its rows (blue normal, orange anomaly; red: the threshold)</source>
        <translation>Score-Verteilungen auf Testzeilen, jede Klasse als Anteil ihrer Zeilen (blau normal, orange Anomalie; rot: der Schwellenwert)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="321"/>
        <source>The detectors did not all read the same input (fingerprint): no agreement between their flagged rows to show.</source>
        <translation>Die Detektoren haben nicht alle dieselbe Eingabe gelesen (Fingerabdruck): Keine Übereinstimmung ihrer markierten Zeilen darstellbar.</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="323"/>
        <location filename="../ui/history/ComparisonView.cpp" line="339"/>
        <source>Agreement between the flagged test rows</source>
        <translation>Übereinstimmung der markierten Testzeilen</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="325"/>
        <source>Test rows flagged</source>
        <translation>Markierte Testzeilen</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="328"/>
        <source>by all</source>
        <translation>von allen</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="328"/>
        <source>by some</source>
        <translation>von einigen</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="329"/>
        <source>by none</source>
        <translation>von keinem</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="332"/>
        <source>List these rows in the flagged-rows table of the current results (same data only)</source>
        <translation>Diese Zeilen in der Tabelle der markierten Zeilen der aktuellen Ergebnisse auflisten (nur bei denselben Daten)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="334"/>
        <source>flagged %1 of the compared detectors</source>
        <translation>markiert %1 der verglichenen Detektoren</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="76"/>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="134"/>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="115"/>
        <source>No true labels: a confusion matrix needs a labelled dataset.</source>
        <translation>Keine wahren Labels: Eine Konfusionsmatrix braucht einen gelabelten Datensatz.</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="116"/>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="126"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="131"/>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="134"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="165"/>
        <source>%1 of true %2</source>
        <translation>%1 der Klasse %2</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="187"/>
        <source>%1 anomalies flagged as anomalies (%2% of true anomalies).</source>
        <translation>%1 Anomalien als Anomalien markiert (%2 % der wahren Anomalien).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="188"/>
        <source>%1 anomalies missed: not flagged (%2% of true anomalies).</source>
        <translation>%1 Anomalien verpasst: nicht markiert (%2 % der wahren Anomalien).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="190"/>
        <source>%1 normal rows flagged as anomalies (%2% of normal rows).</source>
        <translation>%1 normale Zeilen als Anomalien markiert (%2 % der normalen Zeilen).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="191"/>
        <source>%1 normal rows left unflagged (%2% of normal rows).</source>
        <translation>%1 normale Zeilen nicht markiert (%2 % der normalen Zeilen).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="194"/>
        <source>Click to show these rows in the table.</source>
        <translation>Klicken, um diese Zeilen in der Tabelle anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="214"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="217"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="218"/>
        <source>By label value: %1</source>
        <translation>Nach Label-Wert: %1</translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="54"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="54"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="55"/>
        <source>True positive rate</source>
        <translation>Trefferquote (TPR)</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="55"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="88"/>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="88"/>
        <source>Precision–recall curve</source>
        <translation>Präzision-Trefferquote-Kurve</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="94"/>
        <source>%1: needs true labels</source>
        <translation>%1: braucht wahre Labels</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="110"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="110"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="111"/>
        <source>ROC (%1): AUC = %2</source>
        <translation>ROC (%1): AUC = %2</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="112"/>
        <source>Precision–recall (%1): AP = %2</source>
        <translation>PR-Kurve (%1): AP = %2</translation>
    </message>
</context>
<context>
    <name>DatasetSummaryView</name>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="19"/>
        <source>&lt;b&gt;No dataset loaded.&lt;/b&gt;&lt;br&gt;Open a CSV/TSV file (Ctrl+O), drop one onto the window, or open the built-in demo dataset from the File menu.</source>
        <translation>&lt;b&gt;Kein Datensatz geladen.&lt;/b&gt;&lt;br&gt;Öffnen Sie eine CSV/TSV-Datei (Ctrl+O), ziehen Sie eine auf das Fenster oder öffnen Sie den eingebauten Demo-Datensatz im Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="34"/>
        <source>Training file</source>
        <translation>Trainingsdatei</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="35"/>
        <source>Test data</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="35"/>
        <source>split off the training file</source>
        <translation>von der Trainingsdatei abgeteilt</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="37"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="37"/>
        <source>%1 train, %2 test</source>
        <translation>%1 Training, %2 Test</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="38"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="38"/>
        <source>%1 numeric, %2 categorical → %3 encoded (%4 constant)</source>
        <translation>%1 numerisch, %2 kategorial → %3 kodiert (%4 konstant)</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="40"/>
        <source>Ignored columns</source>
        <translation>Ignorierte Spalten</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="42"/>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="47"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="42"/>
        <source>none: scores only</source>
        <translation>keins: nur Scores</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="47"/>
        <source>%1 (normal: %2%3)</source>
        <translation>%1 (normal: %2%3)</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="48"/>
        <source>, detected</source>
        <translation>, erkannt</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="49"/>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="49"/>
        <source>%1 train (%2), %3 test (%4)</source>
        <translation>%1 Training (%2), %3 Test (%4)</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="53"/>
        <source>Missing cells</source>
        <translation>Fehlende Zellen</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="53"/>
        <source>%1 missing, %2 non-finite; %3 imputed, %4 rows dropped</source>
        <translation>%1 fehlend, %2 nicht endlich; %3 imputiert, %4 Zeilen verworfen</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="55"/>
        <source>Unseen categories</source>
        <translation>Unbekannte Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="55"/>
        <source>%1 test cells</source>
        <translation>%1 Testzellen</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="57"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="58"/>
        <source>Load time</source>
        <translation>Ladezeit</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="58"/>
        <source>%1 s read, %2 s encode</source>
        <translation>%1 s Lesen, %2 s Kodieren</translation>
    </message>
</context>
<context>
    <name>DetectorPanel</name>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="38"/>
        <source>This detector has no parameters to tune.</source>
        <translation>Dieser Detektor hat keine einstellbaren Parameter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="42"/>
        <source>normal rows</source>
        <translation>normalen Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="43"/>
        <source>all rows</source>
        <translation>allen Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="45"/>
        <source>Train on</source>
        <translation>Trainieren auf</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="46"/>
        <source>Normal rows teach the detector what benign traffic looks like (needs labels; unlabelled data uses every row). All rows works without labels but only while attacks are rare: where attacks are the majority, a detector fitted on all rows learns them as normal.</source>
        <translation>Mit normalen Zeilen lernt der Detektor, wie harmloser Verkehr aussieht (braucht Labels; ohne Labels wird jede Zeile verwendet). Mit allen Zeilen geht es ohne Labels, aber nur, solange Angriffe selten sind: Sind Angriffe in der Mehrheit, lernt ein auf allen Zeilen trainierter Detektor sie als normal.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="51"/>
        <source>Reset to defaults</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="54"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="56"/>
        <source>Train %1 on the loaded dataset with these settings</source>
        <translation>%1 mit diesen Einstellungen auf dem geladenen Datensatz trainieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="81"/>
        <source>How the threshold is set after training. The default is the best F1 on the training rows when they are labelled, and Otsu&apos;s split of the scores when not. Hover over a policy to see what it assumes. You can still move the threshold on the histogram afterwards.</source>
        <translation>Wie der Schwellenwert nach dem Training gesetzt wird. Standard ist das beste F1 auf den Trainingszeilen, wenn sie gelabelt sind, sonst die Otsu-Trennung der Scores. Zeigen Sie auf eine Strategie, um ihre Annahmen zu sehen. Sie können den Schwellenwert danach noch im Histogramm verschieben.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="79"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
</context>
<context>
    <name>FlaggedRowsModel</name>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="97"/>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="106"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="97"/>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="106"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="100"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="149"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="151"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="152"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="153"/>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
</context>
<context>
    <name>FlaggedRowsTable</name>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="32"/>
        <source>Click “Line” or the score column to sort.</source>
        <translation>Zum Sortieren auf „Zeile“ oder die Score-Spalte klicken.</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="196"/>
        <source>Copy selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="199"/>
        <source>Clear filter</source>
        <translation>Filter entfernen</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="59"/>
        <source>Rows table: copy the selected rows</source>
        <translation>Zeilentabelle: ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="60"/>
        <source>Score histogram: move the threshold</source>
        <translation>Score-Histogramm: Schwellenwert verschieben</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="60"/>
        <source>Drag the red line</source>
        <translation>Rote Linie ziehen</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="61"/>
        <source>Score histogram: list a score range&apos;s rows</source>
        <translation>Score-Histogramm: Zeilen eines Score-Bereichs auflisten</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="61"/>
        <source>Shift+Drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="62"/>
        <source>Confusion matrix: list a cell&apos;s rows</source>
        <translation>Konfusionsmatrix: Zeilen einer Zelle auflisten</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="62"/>
        <source>Click the cell</source>
        <translation>Auf die Zelle klicken</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="63"/>
        <source>Any chart: copy or save as PNG or SVG</source>
        <translation>Jedes Diagramm: kopieren oder als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="63"/>
        <source>Right-click</source>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="64"/>
        <source>Import dialog: undo or redo a role change</source>
        <translation>Importdialog: Rollenänderung rückgängig machen oder wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="78"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="86"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="86"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="95"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="103"/>
        <source>Trains and compares anomaly detectors on network-traffic data.</source>
        <translation>Trainiert und vergleicht Anomaliedetektoren auf Netzwerkverkehrsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="104"/>
        <source>Released under the MIT licence. The program as distributed links QCustomPlot, which is under the GNU GPL version 3, so the combined program is covered by the GPL version 3.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz. Das Programm bindet in der verteilten Form QCustomPlot ein, das unter der GNU GPL Version 3 steht; das gesamte Programm fällt daher unter die GPL Version 3.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="106"/>
        <source>It is built on these libraries:</source>
        <translation>Es baut auf diesen Bibliotheken auf:</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="113"/>
        <source>Qt version: %1</source>
        <translation>Qt-Version: %1</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="117"/>
        <source>About Anomaly Workbench</source>
        <translation>Über Anomaly Workbench</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="41"/>
        <source>Filter runs by any text: name, dataset, detector, setting, note…</source>
        <translation>Läufe nach beliebigem Text filtern: Name, Datensatz, Detektor, Einstellung, Notiz…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="45"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="47"/>
        <source>Compare the selected detectors side by side (select 2 to 8 rows)</source>
        <translation>Die ausgewählten Detektoren nebeneinander vergleichen (2 bis 8 Zeilen auswählen)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="48"/>
        <source>Reopen</source>
        <translation>Erneut öffnen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="50"/>
        <source>Load the run&apos;s data again and score it with the run&apos;s kept models</source>
        <translation>Die Daten des Laufs neu laden und mit den gespeicherten Modellen des Laufs bewerten</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="51"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="53"/>
        <source>Delete the selected runs from the history</source>
        <translation>Die ausgewählten Läufe aus dem Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="81"/>
        <location filename="../ui/history/HistoryDock.cpp" line="102"/>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="95"/>
        <source>No run history: %1</source>
        <translation>Kein Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="162"/>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryDock.cpp" line="163"/>
        <source>Delete %n run(s) from the history? Their results and stored models cannot be brought back.</source>
        <translation>
            <numerusform>%n Lauf aus dem Verlauf löschen? Seine Ergebnisse und gespeicherten Modelle lassen sich nicht zurückholen.</numerusform>
            <numerusform>%n Läufe aus dem Verlauf löschen? Ihre Ergebnisse und gespeicherten Modelle lassen sich nicht zurückholen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="167"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="114"/>
        <source>demo (%1 rows)</source>
        <translation>Demo (%1 Zeilen)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="117"/>
        <source>%1, a sample of %2 rows</source>
        <translation>%1, Stichprobe von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="133"/>
        <source>%1
Double-click to rename the run</source>
        <translation>%1
Doppelklicken, um den Lauf umzubenennen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="137"/>
        <source>Double-click to add a note</source>
        <translation>Doppelklicken, um eine Notiz hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="146"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="147"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="148"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="149"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="150"/>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="151"/>
        <source>Settings changed</source>
        <translation>Geänderte Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="152"/>
        <source>Test ROC-AUC</source>
        <translation>Test-ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="153"/>
        <source>Test AP</source>
        <translation>Test-AP</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="154"/>
        <source>Test F1</source>
        <translation>Test-F1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="155"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="156"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="30"/>
        <source>numeric feature</source>
        <translation>numerisches Merkmal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="31"/>
        <source>categorical feature</source>
        <translation>kategoriales Merkmal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="32"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="33"/>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="34"/>
        <source>attack type</source>
        <translation>Angriffstyp</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="41"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="66"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="68"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="82"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="89"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="354"/>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="83"/>
        <source>comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="84"/>
        <source>semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="85"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="259"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="86"/>
        <source>pipe |</source>
        <translation>Pipe |</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="87"/>
        <source>The character between fields. Detected from the first lines unless you choose one.</source>
        <translation>Das Zeichen zwischen den Feldern. Wird aus den ersten Zeilen erkannt, sofern Sie keines wählen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="90"/>
        <source>first line is a header</source>
        <translation>erste Zeile ist Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="91"/>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="92"/>
        <source>Whether the first line names the columns. Detected unless you choose: a first line of words over numeric rows is a header.</source>
        <translation>Ob die erste Zeile die Spalten benennt. Wird erkannt, sofern Sie nicht wählen: eine erste Zeile aus Wörtern über numerischen Zeilen ist eine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="96"/>
        <source>The column that says whether a row is normal or an attack. Without one, models still score rows but nothing can be evaluated.</source>
        <translation>Die Spalte, die angibt, ob eine Zeile normal oder ein Angriff ist. Ohne sie bewerten Modelle die Zeilen trotzdem, aber nichts lässt sich evaluieren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="99"/>
        <source>Label values that mean normal traffic, comma-separated. Every other value is an anomaly. Empty: detected (normal, benign, 0, ...).</source>
        <translation>Label-Werte für normalen Verkehr, kommagetrennt. Jeder andere Wert ist eine Anomalie. Leer: automatisch erkannt (normal, benign, 0, ...).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="102"/>
        <source>impute the training median</source>
        <translation>Trainingsmedian einsetzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="103"/>
        <source>drop the row</source>
        <translation>Zeile verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="104"/>
        <source>stop with an error</source>
        <translation>mit Fehler abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="105"/>
        <source>What to do with empty, NaN, NA, null, ‘-’, ‘?’ or infinite cells in numeric columns.</source>
        <translation>Umgang mit leeren, NaN-, NA-, null-, ‚-‘-, ‚?‘- oder unendlichen Zellen in numerischen Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="109"/>
        <source>Scaling of numeric features, fitted on the training rows only. Robust scaling is least moved by outliers.</source>
        <translation>Skalierung numerischer Merkmale, nur an die Trainingszeilen angepasst. Robuste Skalierung wird am wenigsten von Ausreißern beeinflusst.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="113"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="114"/>
        <source>heavy-tailed counters</source>
        <translation>langschwänzige Zähler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="115"/>
        <source>log1p before scaling, for non-negative columns whose values span three decades (bytes, packets, durations). Tick or untick single columns in the preview&apos;s log1p row.</source>
        <translation>log1p vor der Skalierung, für nicht negative Spalten, deren Werte drei Größenordnungen umfassen (Bytes, Pakete, Dauern). Einzelne Spalten in der log1p-Zeile der Vorschau an- oder abwählen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="149"/>
        <source>A separate file to evaluate on (same columns), such as NSL-KDD&apos;s KDDTest+. Without one, a stratified share of this file is held out.</source>
        <translation>Eine eigene Datei für die Auswertung (gleiche Spalten), etwa KDDTest+ von NSL-KDD. Ohne sie wird ein stratifizierter Anteil dieser Datei zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="168"/>
        <source>Seed of the stratified split and of the row sample: the same seed gives the same rows.</source>
        <translation>Seed der stratifizierten Aufteilung und der Zeilenstichprobe: Derselbe Seed ergibt dieselben Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="174"/>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="134"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="175"/>
        <source>Train and evaluate on a uniform random sample of this many rows of the file, read in one pass (at least 100; 0 reads every row): for files too large for memory. The dataset summary says the rows were sampled.</source>
        <translation>Auf einer gleichverteilten Zufallsstichprobe von so vielen Zeilen der Datei trainieren und auswerten, in einem Durchgang gelesen (mindestens 100; 0 liest jede Zeile): für Dateien, die zu groß für den Arbeitsspeicher sind. Die Datensatzübersicht vermerkt die Stichprobe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="199"/>
        <source>Set the selected columns to...</source>
        <translation>Ausgewählte Spalten setzen auf...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="202"/>
        <source>Select cells in several columns of the preview, then choose their role here.</source>
        <translation>Zellen in mehreren Spalten der Vorschau auswählen, dann hier ihre Rolle wählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="260"/>
        <source>%n column(s), delimiter %1, %2.</source>
        <translation>
            <numerusform>%n Spalte, Trennzeichen %1, %2.</numerusform>
            <numerusform>%n Spalten, Trennzeichen %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="313"/>
        <source>Proposed as ignored: %1.</source>
        <translation>Zum Ignorieren vorgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="410"/>
        <source>Set %n columns&apos; role</source>
        <translation>
            <numerusform>Rolle von %n Spalte setzen</numerusform>
            <numerusform>Rolle von %n Spalten setzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="444"/>
        <source>Change a column&apos;s role</source>
        <translation>Rolle einer Spalte ändern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="148"/>
        <source>none: split the training file</source>
        <translation>keine (Aufteilung)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="151"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="135"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="153"/>
        <source>Test file</source>
        <translation>Testdatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="154"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="164"/>
        <source>Share of the rows held out for testing, stratified by class.</source>
        <translation>Anteil der Zeilen, der für den Test zurückgehalten wird, nach Klasse stratifiziert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="126"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="127"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="128"/>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="129"/>
        <source>Label column</source>
        <translation>Label-Spalte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="130"/>
        <source>Normal values</source>
        <translation>Normalwerte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="131"/>
        <source>Missing cells</source>
        <translation>Fehlende Zellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="132"/>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="133"/>
        <source>Log transform</source>
        <translation>Log-Transformation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="136"/>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="137"/>
        <source>Split seed</source>
        <translation>Seed der Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="48"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="231"/>
        <source>Rows spread over the file (their line numbers on the left), as they will be read. Choose each column&apos;s role in the first row; hover over a role to see why it is proposed (ignored, the attack type) or what was noticed about the column.</source>
        <translation>Über die Datei verteilte Zeilen (links ihre Zeilennummern in der Datei), so wie sie gelesen werden. Wählen Sie die Rolle jeder Spalte in der ersten Zeile; zeigen Sie auf eine Rolle, um zu sehen, warum sie vorgeschlagen wird (ignoriert, Angriffstyp) oder was an der Spalte auffiel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="261"/>
        <source>the first line is a header</source>
        <translation>die erste Zeile ist eine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="261"/>
        <source>no header line</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="263"/>
        <source>Numbers are written with a decimal comma (0,25).</source>
        <translation>Zahlen sind mit Dezimalkomma geschrieben (0,25).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="265"/>
        <source>The text is not UTF-8: it is read as Windows-1252, as Excel on Windows saves it.</source>
        <translation>Der Text ist kein UTF-8: Er wird als Windows-1252 gelesen, wie Excel unter Windows ihn speichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="273"/>
        <source>“%1” %2 %</source>
        <comment>a label value in quotes, its share of the rows</comment>
        <translation>„%1“ %2 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="277"/>
        <source>%n more values</source>
        <translation>
            <numerusform>%n weiterer Wert</numerusform>
            <numerusform>%n weitere Werte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="278"/>
        <source>Labels over all %1 rows: %2.</source>
        <translation>Labels über alle %1 Zeilen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="278"/>
        <source>Labels over the first %1 rows: %2.</source>
        <translation>Labels über die ersten %1 Zeilen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="303"/>
        <source>(none: unlabelled)</source>
        <translation>(keine: ohne Labels)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="314"/>
        <source>Proposed as the attack type: %1.</source>
        <translation>Als Angriffstyp vorgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="315"/>
        <source>Proposed as a feature: %1.</source>
        <translation>Als Merkmal vorgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="328"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="328"/>
        <source>log1p</source>
        <translation>log1p</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="341"/>
        <source>Heavy-tailed: spans three decades above its median.</source>
        <translation>Langschwänzig: reicht drei Größenordnungen über ihren Median.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="342"/>
        <source>Take log1p of this column before scaling.</source>
        <translation>log1p dieser Spalte vor der Skalierung bilden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="354"/>
        <source>detected: %1</source>
        <translation>erkannt: %1</translation>
    </message>
</context>
<context>
    <name>LossCurvePlot</name>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="41"/>
        <location filename="../ui/views/LossCurvePlot.cpp" line="116"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="45"/>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="48"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="49"/>
        <source>mean squared error</source>
        <translation>mittl. quadr. Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="62"/>
        <location filename="../ui/views/LossCurvePlot.cpp" line="124"/>
        <source>Loss curves appear for detectors that train in epochs.</source>
        <translation>Verlustkurven erscheinen bei Detektoren, die in Epochen trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="116"/>
        <source>%1: training loss</source>
        <translation>%1: Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="122"/>
        <source>%1 is fitted in one pass: no loss curve.</source>
        <translation>%1 wird in einem Durchgang trainiert: keine Verlustkurve.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <location filename="../ui/MainWindowSession.cpp" line="327"/>
        <source>Anomaly Workbench</source>
        <translation>Anomaly Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Detector settings</source>
        <translation>Detektoreinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="37"/>
        <source>&amp;Open Dataset...</source>
        <translation>&amp;Datensatz öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="39"/>
        <source>Open a CSV or TSV file, optionally gzipped</source>
        <translation>Eine CSV- oder TSV-Datei öffnen, optional gzip-komprimiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="40"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>D&amp;emo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="41"/>
        <source>Load the built-in generated network-flow dataset (20,000 labelled flows)</source>
        <translation>Den eingebauten generierten Netzwerkfluss-Datensatz laden (20.000 gelabelte Flows)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="42"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="44"/>
        <source>Open &amp;Session...</source>
        <translation>Sitzung ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="46"/>
        <source>Open a saved session: its dataset, settings, trained detectors, thresholds and views</source>
        <translation>Eine gespeicherte Sitzung öffnen: ihren Datensatz, ihre Einstellungen, trainierten Detektoren, Schwellenwerte und Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="47"/>
        <source>Recent S&amp;essions</source>
        <translation>Zuletzt geöffnete S&amp;itzungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>Sa&amp;ve Session...</source>
        <translation>Sitzung &amp;speichern...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="50"/>
        <source>Save the dataset reference, every detector&apos;s settings, the trained detectors, the thresholds and the views to an .awbsession file (Ctrl+S)</source>
        <translation>Den Verweis auf den Datensatz, die Einstellungen aller Detektoren, die trainierten Detektoren, die Schwellenwerte und die Ansichten in einer .awbsession-Datei speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>Export &amp;Report...</source>
        <translation>Be&amp;richt exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="56"/>
        <source>A PDF report of every trained detector, at the thresholds on screen (Ctrl+P)</source>
        <translation>Ein PDF-Bericht aller trainierten Detektoren bei den angezeigten Schwellenwerten (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="57"/>
        <source>Export Ro&amp;ws...</source>
        <translation>Zei&amp;len exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="59"/>
        <source>The rows of the current table, as filtered and sorted, to CSV</source>
        <translation>Die Zeilen der aktuellen Tabelle, gefiltert und sortiert, als CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <source>Export &amp;Metrics...</source>
        <translation>&amp;Metriken exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="61"/>
        <source>Every trained detector&apos;s train and test metrics to CSV</source>
        <translation>Trainings- und Testmetriken aller trainierten Detektoren als CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>Export Mo&amp;del...</source>
        <translation>Modell e&amp;xportieren...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="63"/>
        <source>The trained detectors with their preprocessing and the thresholds on screen as a model file, for &quot;anomaly-cli score --load-model&quot; to score files of any size (or anomaly-cli --load-model)</source>
        <translation>Die trainierten Detektoren mit ihrer Vorverarbeitung und den angezeigten Schwellenwerten als Modelldatei, mit der „anomaly-cli score --load-model“ Dateien jeder Größe bewertet (oder anomaly-cli --load-model)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="65"/>
        <source>Export Model as &amp;ONNX...</source>
        <translation>Modell als &amp;ONNX exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="66"/>
        <source>The trained detectors with their preprocessing and the thresholds on screen as an ONNX model, to score with ONNX Runtime where the traffic is (ECOD has no ONNX form and is left out)</source>
        <translation>Die trainierten Detektoren mit ihrer Vorverarbeitung und den angezeigten Schwellenwerten als ONNX-Modell, um mit ONNX Runtime dort zu bewerten, wo der Verkehr ist (ECOD hat keine ONNX-Form und fehlt darin)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="74"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="75"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="77"/>
        <source>Take back the last threshold or settings change of this detector (Ctrl+Z)</source>
        <translation>Die letzte Änderung des Schwellenwerts oder der Einstellungen dieses Detektors rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="78"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="83"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="87"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="88"/>
        <source>&amp;Train All Detectors</source>
        <translation>Alle Detektoren &amp;trainieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="90"/>
        <source>Train every detector at the same time, each in its own thread (Ctrl+R)</source>
        <translation>Alle Detektoren gleichzeitig trainieren, jeden in einem eigenen Thread (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="93"/>
        <source>Train %1</source>
        <translation>%1 trainieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="96"/>
        <source>&amp;Sweep Settings...</source>
        <translation>&amp;Parameterstudie...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="98"/>
        <source>Train one detector over a grid of settings and compare the runs</source>
        <translation>Einen Detektor über ein Raster von Einstellungen trainieren und die Läufe vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="100"/>
        <source>C&amp;ompare Detectors</source>
        <translation>Detektoren &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="101"/>
        <source>Compare the detectors trained on this dataset side by side</source>
        <translation>Die auf diesem Datensatz trainierten Detektoren nebeneinander vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="192"/>
        <source>Change the %1 settings</source>
        <translation>Die Einstellungen von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="212"/>
        <source>The language changes the next time Anomaly Workbench starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Anomaly Workbench.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>Invalid settings</source>
        <translation>Ungültige Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>%1: a parameter holds a value it does not accept (marked in red).</source>
        <translation>%1: Ein Parameter hat einen unzulässigen Wert (rot markiert).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="104"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="106"/>
        <source>Stop loading or training (Esc)</source>
        <translation>Laden oder Training abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="108"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="112"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="113"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="114"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="116"/>
        <source>&amp;About Anomaly Workbench</source>
        <translation>Über &amp;Anomaly Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="117"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="119"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>demo dataset</source>
        <translation>Demo-Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>%1: %2 train + %3 test rows, %4 features</source>
        <translation>%1: %2 Trainings- + %3 Testzeilen, %4 Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>The dataset could not be loaded</source>
        <translation>Der Datensatz konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Nothing to train on</source>
        <translation>Nichts zum Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Open a dataset first (File &gt; Open Dataset, or the demo dataset).</source>
        <translation>Öffnen Sie zuerst einen Datensatz (Datei &gt; Datensatz öffnen oder den Demo-Datensatz).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="397"/>
        <source>%1: training cancelled; the previous results are unchanged.</source>
        <translation>%1: Training abgebrochen; die bisherigen Ergebnisse bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>%1 training failed</source>
        <translation>Training von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="49"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="80"/>
        <source>Recording the run</source>
        <translation>Lauf wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="103"/>
        <source>The run was not recorded in the history: %1</source>
        <translation>Der Lauf wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="142"/>
        <source>Train at least two detectors on this dataset to compare them.</source>
        <translation>Trainieren Sie mindestens zwei Detektoren auf diesem Datensatz, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="152"/>
        <source>Those rows belong to data that is not open here: open the compared runs&apos; data and train a detector to list them.</source>
        <translation>Diese Zeilen gehören zu Daten, die hier nicht geöffnet sind: Öffnen Sie die Daten der verglichenen Läufe und trainieren Sie einen Detektor, um sie aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowHistory.cpp" line="181"/>
        <source>Sweep of %n run(s)</source>
        <translation>
            <numerusform>Parameterstudie mit %n Lauf</numerusform>
            <numerusform>Parameterstudie mit %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="224"/>
        <source>The sweep failed</source>
        <translation>Die Parameterstudie ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="239"/>
        <source>Reopening run %1</source>
        <translation>Lauf %1 wird erneut geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="269"/>
        <source>The run could not be reopened</source>
        <translation>Der Lauf konnte nicht erneut geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="47"/>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="57"/>
        <location filename="../ui/MainWindowExport.cpp" line="118"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="60"/>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="66"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="66"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="73"/>
        <source>Export Rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="73"/>
        <location filename="../ui/MainWindowExport.cpp" line="95"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="80"/>
        <source>Export Model as ONNX</source>
        <translation>Modell als ONNX exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="80"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="87"/>
        <source>Export Model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="87"/>
        <source>Anomaly Workbench models (*.awbmodel)</source>
        <translation>Anomaly-Workbench-Modelle (*.awbmodel)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="95"/>
        <source>Export Metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="106"/>
        <location filename="../ui/MainWindowExport.cpp" line="129"/>
        <source>No model to export</source>
        <translation>Kein Modell zum Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="119"/>
        <source>Exported %1; left out, having no ONNX form: %2</source>
        <translation>%1 exportiert; ohne ONNX-Form weggelassen: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="134"/>
        <source>Exported %1: anomaly-cli score --load-model scores files of any size with it</source>
        <translation>%1 exportiert: anomaly-cli score --load-model bewertet damit Dateien jeder Größe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="151"/>
        <source>Nothing to report</source>
        <translation>Nichts zu berichten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="151"/>
        <source>Train a detector first: the report shows the trained detectors&apos; results.</source>
        <translation>Trainieren Sie zuerst einen Detektor: Der Bericht zeigt die Ergebnisse der trainierten Detektoren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="170"/>
        <source>No rows to export</source>
        <translation>Keine Zeilen zum Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="170"/>
        <source>Train a detector first: its rows table is what is exported.</source>
        <translation>Trainieren Sie zuerst einen Detektor: Exportiert wird seine Zeilentabelle.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="186"/>
        <source>No metrics to export</source>
        <translation>Keine Metriken zum Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="106"/>
        <location filename="../ui/MainWindowExport.cpp" line="129"/>
        <location filename="../ui/MainWindowExport.cpp" line="186"/>
        <source>Train a detector first.</source>
        <translation>Trainieren Sie zuerst einen Detektor.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="34"/>
        <source>Anomaly Workbench sessions (*.awbsession)</source>
        <translation>Sitzungen von Anomaly Workbench (*.awbsession)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="85"/>
        <location filename="../ui/MainWindowSession.cpp" line="311"/>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="93"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="93"/>
        <source>Open a dataset first: a session keeps a dataset and what was done with it.</source>
        <translation>Öffnen Sie zuerst einen Datensatz: Eine Sitzung speichert einen Datensatz und das, was damit gemacht wurde.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="96"/>
        <source>Saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="106"/>
        <source>Session saved to %1</source>
        <translation>Sitzung in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="110"/>
        <location filename="../ui/MainWindowSession.cpp" line="317"/>
        <source>The session could not be saved</source>
        <translation>Die Sitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="117"/>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="118"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="133"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="161"/>
        <source>The session could not be opened</source>
        <translation>Die Sitzung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="184"/>
        <source>The data has changed</source>
        <translation>Die Daten haben sich geändert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="185"/>
        <source>Since %1 was saved, %2 changed. The stored detectors can score the data as it is now, or be trained again on it with the stored settings.</source>
        <translation>Seit %1 gespeichert wurde, hat sich Folgendes geändert: %2. Die gespeicherten Detektoren können die Daten in ihrem jetzigen Stand bewerten oder mit den gespeicherten Einstellungen neu darauf trainiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="187"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="190"/>
        <source>&amp;Retrain</source>
        <translation>Neu &amp;trainieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="192"/>
        <source>&amp;Keep Trained Detectors</source>
        <translation>Trainierte Detektoren &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="254"/>
        <source>Saving the state for recovery</source>
        <translation>Zustand wird für die Wiederherstellung gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="268"/>
        <source>The state could not be saved for recovery: %1</source>
        <translation>Der Zustand konnte nicht für die Wiederherstellung gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="279"/>
        <source>Restore the last state?</source>
        <translation>Letzten Zustand wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="280"/>
        <source>Anomaly Workbench did not close normally last time. Restore the dataset, settings and trained detectors it had then?</source>
        <translation>Anomaly Workbench wurde beim letzten Mal nicht normal beendet. Den Datensatz, die Einstellungen und die trainierten Detektoren von damals wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="284"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="285"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="304"/>
        <source>Discard the results?</source>
        <translation>Ergebnisse verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="305"/>
        <source>The trained detectors are neither in the run history nor in a saved session. Save them in a session first?</source>
        <translation>Die trainierten Detektoren sind weder im Verlauf noch in einer gespeicherten Sitzung. Zuerst in einer Sitzung speichern?</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <location filename="../ui/panels/ParamEditor.cpp" line="66"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParamEditor.cpp" line="67"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParamEditor.cpp" line="68"/>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="21"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="26"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="43"/>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="45"/>
        <source>Run History Database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="46"/>
        <source>SQLite databases (*.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="60"/>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="65"/>
        <source>as the locale has it</source>
        <translation>nach Gebietsschema</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="66"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="67"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="71"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="72"/>
        <source>The language of menus, messages and reports. Takes effect the next time the workbench starts.</source>
        <translation>Die Sprache von Menüs, Meldungen und Berichten. Wird beim nächsten Start der Workbench wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="73"/>
        <source>Scaling of new files</source>
        <translation>Skalierung neuer Dateien</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="74"/>
        <source>How numeric columns are scaled when a file is opened for the first time; a recent file keeps its own choice. Min-max suits most detectors; robust scaling resists outliers in the training rows.</source>
        <translation>Wie numerische Spalten skaliert werden, wenn eine Datei zum ersten Mal geöffnet wird; eine zuletzt geöffnete Datei behält ihre eigene Wahl. Min-Max passt zu den meisten Detektoren; robuste Skalierung ist unempfindlich gegen Ausreißer in den Trainingszeilen.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="76"/>
        <source>Default threshold policy</source>
        <translation>Standard-Schwellenwertstrategie</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="77"/>
        <source>The policy every detector starts with and returns to with Reset to defaults.</source>
        <translation>Die Strategie, mit der jeder Detektor beginnt und zu der er mit „Auf Standardwerte zurücksetzen“ zurückkehrt.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="78"/>
        <source>Run history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="79"/>
        <source>The SQLite database every run is recorded in, shared with anomaly-cli (its --history option). Empty: the default in your data folder.</source>
        <translation>Die SQLite-Datenbank, in der jeder Lauf gespeichert wird, gemeinsam mit anomaly-cli genutzt (dessen Option --history). Leer: die Vorgabe in Ihrem Datenordner.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="81"/>
        <source>Training threads</source>
        <translation>Trainings-Threads</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="82"/>
        <source>Threads each training and scoring uses. Fewer leave cores free for other work; results do not depend on it except for the autoencoder&apos;s floating-point sums.</source>
        <translation>Threads, die jedes Training und Scoring verwendet. Weniger Threads lassen Kerne für andere Arbeit frei; die Ergebnisse hängen nicht davon ab, außer bei den Gleitkommasummen des Autoencoders.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="84"/>
        <source>Report page size</source>
        <translation>Seitenformat der Berichte</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="84"/>
        <source>The page size of PDF reports.</source>
        <translation>Das Seitenformat von PDF-Berichten.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="122"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="138"/>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="144"/>
        <location filename="../ui/report/ReportCharts.cpp" line="161"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="147"/>
        <location filename="../ui/report/ReportCharts.cpp" line="162"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="159"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="169"/>
        <source>true %1</source>
        <translation>%1 (wahr)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="77"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../ui/report/Reports.cpp" line="48"/>
        <source>no parameters</source>
        <translation>keine Parameter</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="55"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="57"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="57"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="60"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="60"/>
        <source>%1 numeric, %2 categorical features; %3 ignored; %4 encoded features (%5 constant)</source>
        <translation>%1 numerische, %2 kategoriale Merkmale; %3 ignoriert; %4 kodierte Merkmale (%5 konstant)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="63"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="63"/>
        <source>none (unlabelled)</source>
        <translation>keins (ohne Labels)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source>Normal values</source>
        <translation>Normalwerte</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source> (detected)</source>
        <translation> (erkannt)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source> (given)</source>
        <translation> (angegeben)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="68"/>
        <location filename="../ui/report/Reports.cpp" line="184"/>
        <source>Training rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="68"/>
        <location filename="../ui/report/Reports.cpp" line="69"/>
        <source>%1, of which %2 anomalies</source>
        <translation>%1, davon %2 Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="69"/>
        <location filename="../ui/report/Reports.cpp" line="184"/>
        <source>Test rows</source>
        <translation>Testzeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="70"/>
        <source>Missing, non-finite cells</source>
        <translation>Fehlende, nicht endliche Zellen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="70"/>
        <source>%1 missing, %2 non-finite; %3 imputed, %4 rows dropped</source>
        <translation>%1 fehlend, %2 nicht endlich; %3 imputiert, %4 Zeilen verworfen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="73"/>
        <source>Unseen categories in test</source>
        <translation>Unbekannte Kategorien im Test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="73"/>
        <source>%1 cells</source>
        <translation>%1 Zellen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="75"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="77"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="77"/>
        <source>delimiter %1, %2; scaling %3; missing cells: %4; %5</source>
        <translation>Trennzeichen %1, %2; Skalierung %3; fehlende Zellen: %4; %5</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="78"/>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="76"/>
        <source>header line</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="76"/>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="79"/>
        <source>%1, decimal comma (0,25)</source>
        <translation>%1, Dezimalkomma (0,25)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="82"/>
        <source>test rows split off (fraction %1, seed %2)</source>
        <translation>Testzeilen abgeteilt (Anteil %1, Seed %2)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="83"/>
        <source>separate test file</source>
        <translation>separate Testdatei</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <location filename="../ui/report/Reports.cpp" line="107"/>
        <location filename="../ui/report/Reports.cpp" line="314"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <location filename="../ui/report/Reports.cpp" line="106"/>
        <location filename="../ui/report/Reports.cpp" line="314"/>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="94"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="95"/>
        <source>anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="96"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="97"/>
        <source>macro avg</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="98"/>
        <source>weighted avg</source>
        <translation>gewichtetes Mittel</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="105"/>
        <source>ROC (test): AUC %1</source>
        <translation>ROC (Test): AUC %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="105"/>
        <source>Precision-recall (test): AP %1</source>
        <translation>PR-Kurve (Test): AP %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="106"/>
        <location filename="../ui/report/Reports.cpp" line="313"/>
        <source>false positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="107"/>
        <location filename="../ui/report/Reports.cpp" line="313"/>
        <source>true positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <location filename="../ui/report/Reports.cpp" line="202"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>true label</source>
        <translation>wahres Label</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>strongest columns</source>
        <translation>stärkste Spalten</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>the row as it stood in the file</source>
        <translation>die Zeile, wie sie in der Datei stand</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="148"/>
        <source>Top %n flagged test rows by score</source>
        <translation>
            <numerusform>Die %n markierte Testzeile mit dem höchsten Score</numerusform>
            <numerusform>Die %n markierten Testzeilen mit den höchsten Scores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="150"/>
        <source>No test row scores above the threshold.</source>
        <translation>Keine Testzeile hat einen Score über dem Schwellenwert.</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Label value</source>
        <translation>Label-Wert</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Share flagged</source>
        <translation>Anteil markiert</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="164"/>
        <source> (normal)</source>
        <translation> (normal)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="167"/>
        <source>Test rows flagged per label value (recall of each attack type)</source>
        <translation>Markierte Testzeilen je Label-Wert (Trefferquote jedes Angriffstyps)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="175"/>
        <source>Settings: %1. Fitted on %2 %3. Threshold %4, from the policy %5 (%6).</source>
        <translation>Einstellungen: %1. Trainiert auf %2 %3. Schwellenwert %4, aus der Strategie %5 (%6).</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="177"/>
        <source>normal training rows</source>
        <translation>normalen Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="177"/>
        <source>training rows (all)</source>
        <translation>Trainingszeilen (alle)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="181"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="183"/>
        <source>No metrics: the data has no labels, or labels of one class only; scores only.</source>
        <translation>Keine Metriken: Die Daten haben keine Labels oder nur Labels einer Klasse; nur Scores.</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="187"/>
        <source>%1: ROC-AUC %2, average precision %3</source>
        <translation>%1: ROC-AUC %2, durchschnittliche Präzision %3</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="192"/>
        <source>Confusion matrix, training rows</source>
        <translation>Konfusionsmatrix, Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="193"/>
        <source>Confusion matrix, test rows</source>
        <translation>Konfusionsmatrix, Testzeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="201"/>
        <source>Scores (test)</source>
        <translation>Scores (Test)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="214"/>
        <source>Training loss per epoch</source>
        <translation>Trainingsverlust pro Epoche</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="214"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="214"/>
        <source>mean squared error (log)</source>
        <translation>mittl. quadr. Fehler (log)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="215"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="215"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="255"/>
        <source>generated demo data (%1 rows, seed %2)</source>
        <translation>generierte Demodaten (%1 Zeilen, Seed %2)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="258"/>
        <source>Anomaly Workbench run report</source>
        <translation>Anomaly Workbench – Laufbericht</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="258"/>
        <source>Anomaly Workbench run report · %1</source>
        <translation>Anomaly Workbench – Laufbericht · %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="259"/>
        <source>Run report</source>
        <translation>Laufbericht</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="260"/>
        <source>Data: %1
Files: %2%3
Input fingerprint: %4
Rows: %5 training, %6 test
Created %7 by Anomaly Workbench %8</source>
        <translation>Daten: %1
Dateien: %2%3
Eingabe-Fingerabdruck: %4
Zeilen: %5 Training, %6 Test
Erstellt am %7 mit Anomaly Workbench %8</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>fitted on</source>
        <translation>trainiert auf</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test ROC-AUC</source>
        <translation>Test-ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test AP</source>
        <translation>Test-AP</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test F1</source>
        <translation>Test-F1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test FP</source>
        <translation>Test-FP</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test FN</source>
        <translation>Test-FN</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="273"/>
        <source>Detectors at a glance</source>
        <translation>Detektoren im Überblick</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="287"/>
        <source>Anomaly Workbench comparison report</source>
        <translation>Anomaly Workbench – Vergleichsbericht</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="287"/>
        <source>Comparison of %1</source>
        <translation>Vergleich von %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="288"/>
        <source>Comparison report</source>
        <translation>Vergleichsbericht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="288"/>
        <source>%n detector(s): %1
Created %2</source>
        <translation>
            <numerusform>%n Detektor: %1
Erstellt am %2</numerusform>
            <numerusform>%n Detektoren: %1
Erstellt am %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="291"/>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="299"/>
        <source>Settings (highlighted and *: they differ)</source>
        <translation>Einstellungen (hervorgehoben und *: unterschiedlich)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="302"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="311"/>
        <source>Metrics (highlighted and *: the best of the row)</source>
        <translation>Metriken (hervorgehoben und *: der beste Wert der Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="313"/>
        <source>ROC, test rows</source>
        <translation>ROC, Testzeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="314"/>
        <source>Precision-recall, test rows</source>
        <translation>Präzision-Trefferquote, Testzeilen</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="329"/>
        <source>Curves on the test rows (dots: each detector&apos;s threshold)</source>
        <translation>Kurven auf den Testzeilen (Punkte: Schwellenwert jedes Detektors)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="332"/>
        <source>Confusion matrices on the test rows, each at its own threshold</source>
        <translation>Konfusionsmatrizen auf den Testzeilen, jede bei ihrem eigenen Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="345"/>
        <source>Flagged test rows: by all %1, by some %2, by none %3.</source>
        <translation>Markierte Testzeilen: von allen %1, von einigen %2, von keinem %3.</translation>
    </message>
</context>
<context>
    <name>ResultSelection</name>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="151"/>
        <source>true positives</source>
        <translation>Richtig-Positive</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="151"/>
        <source>false negatives</source>
        <translation>Falsch-Negative</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="152"/>
        <source>false positives</source>
        <translation>Falsch-Positive</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="152"/>
        <source>true negatives</source>
        <translation>Richtig-Negative</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="163"/>
        <source>score %1 – %2</source>
        <translation>Score %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="167"/>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="168"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="67"/>
        <source>Classification report</source>
        <translation>Klassifikationsbericht</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="68"/>
        <source>Confusion matrix (click a cell to list its rows)</source>
        <translation>Konfusionsmatrix (Klick auf Zelle: ihre Zeilen)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="76"/>
        <source>Score distribution</source>
        <translation>Score-Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="124"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="130"/>
        <source>Threshold assistant</source>
        <translation>Schwellenwert-Assistent</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="131"/>
        <source>Compare threshold policies (best F1, a false positive rate, costs, an alert budget, ...) and apply one.</source>
        <translation>Schwellenwertstrategien vergleichen (bestes F1, eine Falsch-Positiv-Rate, Kosten, ein Alarmbudget, ...) und eine anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="134"/>
        <source>What drives this row&apos;s score?</source>
        <translation>Was bestimmt den Score dieser Zeile?</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="95"/>
        <source>Out of date: the settings were changed after these results were computed. Train again to update them.</source>
        <translation>Veraltet: Die Einstellungen wurden nach der Berechnung dieser Ergebnisse geändert. Trainieren Sie erneut, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="165"/>
        <source>Test rows</source>
        <translation>Testzeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="166"/>
        <source>Training rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="167"/>
        <source>Evaluate on the held-out test rows or on the rows the model was trained on.</source>
        <translation>Auf den zurückgehaltenen Testzeilen oder auf den Trainingszeilen des Modells auswerten.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="176"/>
        <source>Rows scoring above the threshold are flagged. Lower it to catch more anomalies at the cost of more false positives.</source>
        <translation>Zeilen mit einem Score über dem Schwellenwert werden markiert. Senken Sie ihn, um mehr Anomalien zu erfassen, auf Kosten von mehr Falsch-Positiven.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="181"/>
        <source>Model threshold</source>
        <translation>Modell-Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="182"/>
        <location filename="../ui/results/ResultsPanel.cpp" line="374"/>
        <source>Back to the threshold the model was trained with.</source>
        <translation>Zurück zum Schwellenwert, mit dem das Modell trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="190"/>
        <source>Evaluate on:</source>
        <translation>Auswerten auf:</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="193"/>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="212"/>
        <source>Filter rows by text in any original column (e.g. an IP, a service)…</source>
        <translation>Zeilen nach Text in einer beliebigen Originalspalte filtern (z. B. eine IP, ein Dienst)…</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="237"/>
        <source>Clear the filter and show all rows.</source>
        <translation>Filter entfernen und alle Zeilen anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="251"/>
        <source>Rows (sorted by score; select rows to mark them on the histogram, Ctrl+C copies)</source>
        <translation>Zeilen (nach Score sortiert; Zeilen auswählen, um sie im Histogramm hervorzuheben, Ctrl+C kopiert)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="311"/>
        <source>Move the threshold</source>
        <translation>Schwellenwert verschieben</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="320"/>
        <source>Threshold by %1</source>
        <translation>Schwellenwert nach %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="381"/>
        <source>Checked after training (the threshold as the policy chose it): %1</source>
        <translation>Nach dem Training geprüft (beim Schwellenwert, den die Strategie wählte): %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="383"/>
        <source>fitted on %1 normal training rows</source>
        <translation>trainiert auf %1 normalen Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="384"/>
        <source>fitted on all %1 training rows</source>
        <translation>trainiert auf allen %1 Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="386"/>
        <source>Back to the threshold %1 that the policy %2 chose after training.</source>
        <translation>Zurück zum Schwellenwert %1, den die Strategie %2 nach dem Training gewählt hat.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="412"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="425"/>
        <source>No results yet: train a model.</source>
        <translation>Noch keine Ergebnisse: Trainieren Sie ein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="429"/>
        <source>%1 of %2 rows flagged · table shows %3 rows</source>
        <translation>%1 von %2 Zeilen markiert · Tabelle zeigt %3 Zeilen</translation>
    </message>
</context>
<context>
    <name>RowExplanationChart</name>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="57"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="61"/>
        <source>never seen in normal rows</source>
        <translation>nie in normalen Zeilen gesehen</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="62"/>
        <source>%1 % of normal rows</source>
        <translation>%1 % der normalen Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="64"/>
        <source>normal %1 – %2, median %3</source>
        <translation>normal %1 – %2, Median %3</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="110"/>
        <source>Select a row in the table to see which columns make it stand out.</source>
        <translation>Wählen Sie eine Zeile in der Tabelle, um zu sehen, welche Spalten sie hervorstechen lassen.</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="114"/>
        <source>This result carries no model to explain its rows.</source>
        <translation>Dieses Ergebnis enthält kein Modell, das seine Zeilen erklären könnte.</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="131"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="132"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="133"/>
        <source>%1 · score %2 · %3
Bars: %4; each column beside what normal training rows hold.</source>
        <translation>%1 · Score %2 · %3
Balken: %4; jede Spalte neben den Werten normaler Trainingszeilen.</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="160"/>
        <source>Contribution to the score</source>
        <translation>Beitrag zum Score</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="136"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="136"/>
        <source>not flagged</source>
        <translation>nicht markiert</translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="32"/>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="36"/>
        <source>Logarithmic score axis: spreads out scores that span several orders of magnitude.</source>
        <translation>Logarithmische Score-Achse: spreizt Scores, die mehrere Größenordnungen umfassen.</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="37"/>
        <source>Stacked by true class</source>
        <translation>Gestapelt nach wahrer Klasse</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="38"/>
        <source>Overlaid by true class</source>
        <translation>Überlagert nach wahrer Klasse</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="39"/>
        <source>Stacked shows the total per bin; overlaid compares the two classes&apos; shapes.</source>
        <translation>Gestapelt zeigt die Summe je Bin; überlagert vergleicht die Form beider Klassen.</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="40"/>
        <source>Drag the red line: threshold · Shift-drag: filter a score range</source>
        <translation>Rote Linie ziehen: Schwellenwert · Shift-Ziehen: Score-Bereich filtern</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="65"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="82"/>
        <source>Selected rows</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="173"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="225"/>
        <source>Normal (true class)</source>
        <translation>Normal (wahr)</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="225"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="229"/>
        <source>Anomaly (true class)</source>
        <translation>Anomalie (wahr)</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="262"/>
        <source>Alerts per 10,000 flows (flagged above that score)</source>
        <translation>Alarme pro 10.000 Flows (markiert oberhalb dieses Scores)</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="354"/>
        <source>threshold %1
%2 flagged (%3 per 10,000)</source>
        <translation>Schwellenwert %1
%2 markiert (%3 pro 10.000)</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="23"/>
        <source>Sweep Settings</source>
        <translation>Parameterstudie</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="27"/>
        <source>The detector whose settings are swept; its other settings are those of its panel.</source>
        <translation>Der Detektor, dessen Einstellungen variiert werden; seine übrigen Einstellungen stammen aus seinem Bereich.</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="30"/>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="34"/>
        <source>values: 50, 100, 200  or a range 1:5:1</source>
        <translation>Werte: 50, 100, 200  oder Bereich 1:5:1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="35"/>
        <source>Comma-separated values as the command line&apos;s --set spells them, or FROM:TO:STEP for a range (seeds 1:5:1 repeat a run over five seeds).</source>
        <translation>Kommagetrennte Werte in der Schreibweise von --set auf der Kommandozeile oder VON:BIS:SCHRITT für einen Bereich (Seeds 1:5:1 wiederholen einen Lauf über fünf Seeds).</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="43"/>
        <source>A setting of the detector, and the values the sweep gives it: %1</source>
        <translation>Eine Einstellung des Detektors und die Werte, die die Parameterstudie ihr gibt: %1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="45"/>
        <source>Setting %1</source>
        <translation>Einstellung %1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="52"/>
        <source>Run Sweep</source>
        <translation>Studie starten</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="69"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="72"/>
        <source>Threshold policy</source>
        <translation>Schwellenwertstrategie</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="73"/>
        <source>Train on</source>
        <translation>Trainieren auf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/SweepDialog.cpp" line="101"/>
        <source>%n run(s) on data loaded once; each is recorded in the history.</source>
        <translation>
            <numerusform>%n Lauf auf einmal geladenen Daten; jeder wird im Verlauf gespeichert.</numerusform>
            <numerusform>%n Läufe auf einmal geladenen Daten; jeder wird im Verlauf gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="113"/>
        <source>The sweep cannot run</source>
        <translation>Die Parameterstudie kann nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message numerus="yes">
        <location filename="../ui/history/SweepView.cpp" line="45"/>
        <source>Sweep: %n run(s)</source>
        <translation>
            <numerusform>Parameterstudie: %n Lauf</numerusform>
            <numerusform>Parameterstudie: %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="46"/>
        <source>History run</source>
        <translation>Lauf im Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <location filename="../ui/history/SweepView.cpp" line="74"/>
        <source>Test ROC-AUC</source>
        <translation>Test-ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Test AP</source>
        <translation>Test-AP</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Test F1</source>
        <translation>Test-F1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="74"/>
        <source>Test average precision</source>
        <translation>Durchschnittliche Präzision (Test)</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="74"/>
        <source>Test F1 (anomaly)</source>
        <translation>Test-F1 (Anomalie)</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="82"/>
        <source>Plot</source>
        <translation>Darstellen</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="85"/>
        <source>against %1</source>
        <translation>gegen %1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="89"/>
        <source>Cancelled: the runs finished before it are shown and recorded.</source>
        <translation>Abgebrochen: Die zuvor abgeschlossenen Läufe werden angezeigt und gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="130"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>ThresholdAssistant</name>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="31"/>
        <source>TP %1 · FP %2 · FN %3 · TN %4</source>
        <translation>TP %1 · FP %2 · FN %3 · TN %4</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Train alerts /10k</source>
        <translation>Alarme/10k Training</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Train confusion</source>
        <translation>Konfusion Training</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Train F1</source>
        <translation>F1 Training</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Test alerts /10k</source>
        <translation>Alarme/10k Test</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Test confusion</source>
        <translation>Konfusion Test</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Test F1</source>
        <translation>F1 Test</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="66"/>
        <source>Each policy&apos;s threshold, chosen on the training rows, and what it flags there and on the test rows. Select one and press Apply, or double-click it.</source>
        <translation>Der Schwellenwert jeder Strategie, auf den Trainingszeilen gewählt, und was er dort und auf den Testzeilen markiert. Wählen Sie eine aus und klicken Sie auf „Anwenden“ oder doppelklicken Sie darauf.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="72"/>
        <source>Add to the table</source>
        <translation>Zur Tabelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="74"/>
        <source>Apply this policy with your inputs (costs, budget, target rate) and list it with the others.</source>
        <translation>Diese Strategie mit Ihren Eingaben (Kosten, Budget, Zielrate) anwenden und mit den anderen auflisten.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="75"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="77"/>
        <source>Set the threshold to the selected policy&apos;s; every view follows. Ctrl+Z takes it back.</source>
        <translation>Den Schwellenwert der ausgewählten Strategie übernehmen; alle Ansichten folgen. Ctrl+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="96"/>
        <source>Your policy:</source>
        <translation>Ihre Strategie:</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="180"/>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="222"/>
        <source>Threshold (red: current)</source>
        <translation>Schwellenwert (rot: aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="223"/>
        <source>Cost per 10,000 flows</source>
        <translation>Kosten pro 10.000 Flows</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="224"/>
        <source>Expected cost on the training rows, a false alarm costing %1 and a missed attack %2 (the last cost policy in the table).</source>
        <translation>Erwartete Kosten auf den Trainingszeilen, wobei ein Fehlalarm %1 und ein verpasster Angriff %2 kostet (die letzte Kostenstrategie in der Tabelle).</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="266"/>
        <source>Select a policy to see what it assumes and how its threshold came about.</source>
        <translation>Wählen Sie eine Strategie, um ihre Annahmen und die Herleitung ihres Schwellenwerts zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="272"/>
        <source>Chosen as: %1.</source>
        <translation>Gewählt als: %1.</translation>
    </message>
</context>
<context>
    <name>ThresholdPolicyEditor</name>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="92"/>
        <source>default for the data</source>
        <translation>Standard für die Daten</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="93"/>
        <source>detector&apos;s own cut-off</source>
        <translation>eigene Grenze des Detektors</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="94"/>
        <source>fixed value</source>
        <translation>fester Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="95"/>
        <source>best F1 (labels)</source>
        <translation>bestes F1 (Labels)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="96"/>
        <source>false positive rate (labels)</source>
        <translation>Falsch-Positiv-Rate (Labels)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="97"/>
        <source>recall (labels)</source>
        <translation>Trefferquote (Labels)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="98"/>
        <source>least cost (labels)</source>
        <translation>geringste Kosten (Labels)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="99"/>
        <source>alert budget</source>
        <translation>Alarmbudget</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="100"/>
        <source>contamination</source>
        <translation>Kontamination</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="101"/>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="102"/>
        <source>robust z-score (MAD)</source>
        <translation>robuster z-Score (MAD)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="103"/>
        <source>Otsu&apos;s split</source>
        <translation>Otsu-Trennung</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="104"/>
        <source>knee of sorted scores</source>
        <translation>Knie der sortierten Scores</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="156"/>
        <source>false alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="156"/>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="157"/>
        <source>missed attack</source>
        <translation>verpasster Angriff</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="157"/>
        <source>per flows</source>
        <translation>pro Flows</translation>
    </message>
</context>
<context>
    <name>awb</name>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="11"/>
        <source>Autoencoder</source>
        <translation>Autoencoder</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="16"/>
        <source>Reconstruction error (mean squared)</source>
        <translation>Rekonstruktionsfehler (mittlerer quadratischer)</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="21"/>
        <source>squared reconstruction error of the column&apos;s encoded features</source>
        <translation>quadratischer Rekonstruktionsfehler der kodierten Merkmale der Spalte</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="29"/>
        <source>Encoder layers</source>
        <translation>Encoder-Schichten</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="30"/>
        <source>Widths of the encoder&apos;s layers, comma-separated, narrowing to the bottleneck; the decoder mirrors them. A narrower bottleneck learns only the dominant normal patterns (anomalies reconstruct worse) but may miss rare normal traffic.</source>
        <translation>Breiten der Encoder-Schichten, kommagetrennt, zum Engpass hin schmaler werdend; der Decoder spiegelt sie. Ein schmalerer Engpass lernt nur die vorherrschenden normalen Muster (Anomalien werden schlechter rekonstruiert), kann aber seltenen normalen Verkehr verfehlen.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="35"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="36"/>
        <source>Non-linearity of the hidden layers. ReLU trains fast and is the usual choice; leaky ReLU avoids units that stop learning; tanh and sigmoid are smoother and suit small networks.</source>
        <translation>Nichtlinearität der verborgenen Schichten. ReLU trainiert schnell und ist die übliche Wahl; leaky ReLU vermeidet Einheiten, die nicht mehr lernen; tanh und sigmoid sind glatter und eignen sich für kleine Netze.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="41"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="42"/>
        <source>Activation of the reconstruction. Linear suits any scaling; sigmoid keeps outputs in [0, 1], which matches min-max scaled features.</source>
        <translation>Aktivierung der Rekonstruktion. Linear passt zu jeder Skalierung; sigmoid hält die Ausgaben in [0, 1], passend zu Min-Max-skalierten Merkmalen.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="45"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="46"/>
        <source>Passes over the training rows. More epochs fit normal traffic more closely; early stopping ends training when the validation loss stops improving.</source>
        <translation>Durchläufe über die Trainingszeilen. Mehr Epochen passen sich enger an normalen Verkehr an; das vorzeitige Beenden (Early Stopping) stoppt das Training, wenn sich der Validierungsverlust nicht mehr verbessert.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="50"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="51"/>
        <source>Rows per gradient step. Larger batches run faster per epoch and give smoother steps; smaller ones take more, noisier steps that can generalise better.</source>
        <translation>Zeilen pro Gradientenschritt. Größere Batches laufen pro Epoche schneller und geben glattere Schritte; kleinere machen mehr, verrauschtere Schritte, die besser generalisieren können.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="55"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="56"/>
        <source>Step size of the optimizer. Too high and the loss jumps or diverges; too low and training needs many more epochs.</source>
        <translation>Schrittweite des Optimierers. Zu hoch, und der Verlust springt oder divergiert; zu niedrig, und das Training braucht viel mehr Epochen.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="59"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="60"/>
        <source>Adam adapts the step per weight and works well out of the box; SGD with momentum is simpler and may need a tuned learning rate.</source>
        <translation>Adam passt den Schritt je Gewicht an und funktioniert ohne Feinabstimmung gut; SGD mit Momentum ist einfacher und braucht eventuell eine abgestimmte Lernrate.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="63"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="64"/>
        <source>SGD only: how much of the previous step carries over; smooths noisy gradients.</source>
        <translation>Nur SGD: wie viel vom vorherigen Schritt übernommen wird; glättet verrauschte Gradienten.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="67"/>
        <source>L2 weight decay</source>
        <translation>L2-Gewichtsabnahme</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="68"/>
        <source>Penalty on large weights. A little regularises the network against memorising rows; too much blurs reconstructions of normal traffic too.</source>
        <translation>Strafterm für große Gewichte. Ein wenig davon regularisiert das Netz gegen das Auswendiglernen von Zeilen; zu viel verwischt auch die Rekonstruktion normalen Verkehrs.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="71"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="72"/>
        <source>Share of hidden units switched off at random during training. Regularises like L2; 0 turns it off.</source>
        <translation>Anteil verborgener Einheiten, die im Training zufällig abgeschaltet werden. Regularisiert wie L2; 0 schaltet es aus.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="75"/>
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="76"/>
        <source>Share of training rows held out to measure the validation loss each epoch, used for early stopping. 0 trains on every row but disables early stopping.</source>
        <translation>Anteil der Trainingszeilen, der zurückgehalten wird, um in jeder Epoche den Validierungsverlust zu messen; dient dem vorzeitigen Beenden. 0 trainiert auf jeder Zeile, deaktiviert aber das vorzeitige Beenden.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="79"/>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="80"/>
        <source>Epochs without a better validation loss before training stops (the best weights are kept); 0 never stops early.</source>
        <translation>Epochen ohne besseren Validierungsverlust, bevor das Training endet (die besten Gewichte bleiben erhalten); 0 beendet nie vorzeitig.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="83"/>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="48"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="84"/>
        <source>Seed for initial weights, shuffling and dropout: the same seed and number of threads give the same model.</source>
        <translation>Seed für Startgewichte, Mischen und Dropout: Derselbe Seed und dieselbe Thread-Anzahl ergeben dasselbe Modell.</translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="12"/>
        <source>ECOD</source>
        <translation>ECOD</translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="17"/>
        <source>ECOD outlier score (sum of -log tail probabilities)</source>
        <translation>ECOD-Ausreißer-Score (Summe der -log-Randwahrscheinlichkeiten)</translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="22"/>
        <source>-log of the tail probability of the row&apos;s value among the training rows</source>
        <translation>-log der Randwahrscheinlichkeit des Zeilenwerts unter den Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="11"/>
        <source>Isolation Forest</source>
        <translation>Isolation Forest</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="16"/>
        <source>Isolation Forest anomaly score</source>
        <translation>Isolation-Forest-Anomalie-Score</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="21"/>
        <source>how often the column split the row&apos;s path near the root, summed over the trees (short paths are what isolate an anomaly)</source>
        <translation>wie oft die Spalte den Pfad der Zeile nahe der Wurzel geteilt hat, summiert über die Bäume (kurze Pfade isolieren eine Anomalie)</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="29"/>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="30"/>
        <source>Number of isolation trees. More trees give steadier scores (less variance between seeds) at proportionally more training and scoring time; gains flatten beyond a few hundred.</source>
        <translation>Anzahl der Isolationsbäume. Mehr Bäume geben stabilere Scores (weniger Varianz zwischen Seeds) bei proportional mehr Trainings- und Scoring-Zeit; der Gewinn flacht jenseits einiger hundert ab.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="34"/>
        <source>Max samples</source>
        <translation>Max. Stichproben</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="35"/>
        <source>Rows drawn to build each tree: auto is min(256, rows). Small samples isolate anomalies best and keep trees shallow and fast; larger samples see rare normal patterns but dilute anomalies (masking) and cost more.</source>
        <translation>Für jeden Baum gezogene Zeilen: auto ist min(256, Zeilen). Kleine Stichproben isolieren Anomalien am besten und halten die Bäume flach und schnell; größere sehen seltene normale Muster, verdünnen aber Anomalien (Maskierung) und kosten mehr.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="39"/>
        <source>Max features</source>
        <translation>Max. Merkmale</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="40"/>
        <source>Features each tree may split on, drawn per tree. All features (1.0) is the classic forest; fewer make trees more diverse and can help when many features are irrelevant, but an anomaly visible in one feature is seen by fewer trees.</source>
        <translation>Merkmale, an denen jeder Baum teilen darf, je Baum gezogen. Alle Merkmale (1.0) ergeben den klassischen Forest; weniger machen die Bäume vielfältiger und können helfen, wenn viele Merkmale irrelevant sind, aber eine nur in einem Merkmal sichtbare Anomalie sehen dann weniger Bäume.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="44"/>
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="45"/>
        <source>Draw each tree&apos;s rows with replacement instead of without. Rarely matters for isolation forests; off by default as in scikit-learn.</source>
        <translation>Die Zeilen jedes Baums mit statt ohne Zurücklegen ziehen. Spielt bei Isolation Forests selten eine Rolle; standardmäßig aus, wie in scikit-learn.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="49"/>
        <source>Seed of the random generator: the same seed gives the same forest and scores, whatever the number of threads.</source>
        <translation>Seed des Zufallsgenerators: Derselbe Seed ergibt denselben Forest und dieselben Scores, unabhängig von der Thread-Anzahl.</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="11"/>
        <source>PCA subspace</source>
        <translation>PCA-Unterraum</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="16"/>
        <source>Squared residual outside the normal subspace (SPE)</source>
        <translation>Quadriertes Residuum außerhalb des Normalunterraums (SPE)</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="21"/>
        <source>squared residual of the column&apos;s encoded features outside the normal subspace</source>
        <translation>quadriertes Residuum der kodierten Merkmale der Spalte außerhalb des Normalunterraums</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="28"/>
        <source>Explained variance</source>
        <translation>Erklärte Varianz</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="29"/>
        <source>The normal subspace keeps the fewest principal components whose explained variance exceeds this share. Higher keeps more of normal traffic&apos;s variation (fewer false alarms) but leaves less room for anomalies to stand out.</source>
        <translation>Der Normalunterraum behält die wenigsten Hauptkomponenten, deren erklärte Varianz diesen Anteil übersteigt. Höher behält mehr von der Variation normalen Verkehrs (weniger Fehlalarme), lässt Anomalien aber weniger Raum, sich abzuheben.</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="33"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="34"/>
        <source>A fixed number of principal components for the normal subspace instead of choosing by explained variance; 0 chooses by variance.</source>
        <translation>Eine feste Anzahl von Hauptkomponenten für den Normalunterraum statt der Wahl nach erklärter Varianz; 0 wählt nach Varianz.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="72"/>
        <source>the input</source>
        <translation>die Eingabe</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="74"/>
        <source>the training file&apos;s contents</source>
        <translation>der Inhalt der Trainingsdatei</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="74"/>
        <source>the test file&apos;s contents</source>
        <translation>der Inhalt der Testdatei</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="75"/>
        <source>the load options</source>
        <translation>die Ladeoptionen</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="135"/>
        <source>  default             best F1 on the training rows when labelled, else otsu
  auto                the detector&apos;s own cut-off (Isolation Forest: 0.5, scikit-learn&apos;s &apos;auto&apos;)
  fixed:V             the value V
  f1                  best F1 on the training rows (labels needed)
  fpr:R               flag at most the share R of normal training rows, e.g. fpr:0.01
  recall:R            catch at least the share R of training attacks, e.g. recall:0.9
  cost:fp=A,fn=B      least expected cost, a false alarm costing A and a missed attack B
  budget:N/M          at most N alerts per M flows, e.g. budget:50/10000 (or per day: N/flows a day)
  contamination:C     flag the share C (0-0.5) of the rows the detector was fitted on
  percentile:P        the P-th percentile (0-100) of the scores of the rows it was fitted on
  mad[:Z]             median + Z robust standard deviations of the training scores (Z 3.5)
  otsu                Otsu&apos;s split of the training scores into two groups
  knee                the knee of the sorted training scores</source>
        <translation>  default             bestes F1 auf den Trainingszeilen, wenn gelabelt, sonst otsu
  auto                die eigene Grenze des Detektors (Isolation Forest: 0.5, &apos;auto&apos; von scikit-learn)
  fixed:V             der Wert V
  f1                  bestes F1 auf den Trainingszeilen (braucht Labels)
  fpr:R               höchstens den Anteil R der normalen Trainingszeilen markieren, z. B. fpr:0.01
  recall:R            mindestens den Anteil R der Trainingsangriffe erfassen, z. B. recall:0.9
  cost:fp=A,fn=B      geringste erwartete Kosten, wobei ein Fehlalarm A und ein verpasster Angriff B kostet
  budget:N/M          höchstens N Alarme pro M Flows, z. B. budget:50/10000 (oder pro Tag: N/Flows pro Tag)
  contamination:C     den Anteil C (0-0.5) der Zeilen markieren, auf denen der Detektor trainiert wurde
  percentile:P        das P-te Perzentil (0-100) der Scores der Zeilen, auf denen er trainiert wurde
  mad[:Z]             Median + Z robuste Standardabweichungen der Trainings-Scores (Z 3.5)
  otsu                Otsu-Trennung der Trainings-Scores in zwei Gruppen
  knee                das Knie der sortierten Trainings-Scores</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="154"/>
        <source>Picks best F1 on the training rows when they are labelled, and Otsu&apos;s split when not.</source>
        <translation>Wählt das beste F1 auf den Trainingszeilen, wenn sie gelabelt sind, sonst die Otsu-Trennung.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="155"/>
        <source>Uses the detector&apos;s own cut-off, whatever the data.</source>
        <translation>Verwendet die eigene Grenze des Detektors, unabhängig von den Daten.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="156"/>
        <source>Uses the value as given.</source>
        <translation>Verwendet den Wert wie angegeben.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="158"/>
        <source>Assumes the training rows mix normal traffic and attacks as the traffic to watch does, and weighs missed attacks and false alarms alike.</source>
        <translation>Nimmt an, dass die Trainingszeilen normalen Verkehr und Angriffe im selben Verhältnis mischen wie der zu überwachende Verkehr, und gewichtet verpasste Angriffe und Fehlalarme gleich.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="161"/>
        <source>Flags at most this share of the normal training rows; assumes normal traffic stays like them.</source>
        <translation>Markiert höchstens diesen Anteil der normalen Trainingszeilen; nimmt an, dass normaler Verkehr ihnen weiterhin gleicht.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="162"/>
        <source>Catches at least this share of the training attacks; assumes new attacks score like them.</source>
        <translation>Erfasst mindestens diesen Anteil der Trainingsangriffe; nimmt an, dass neue Angriffe ähnliche Scores erhalten.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="164"/>
        <source>Minimises the expected cost on the training rows; assumes their attack share is that of the traffic.</source>
        <translation>Minimiert die erwarteten Kosten auf den Trainingszeilen; nimmt an, dass ihr Angriffsanteil dem des Verkehrs entspricht.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="165"/>
        <source>Flags at most this many rows per flows on the training rows, whatever they are.</source>
        <translation>Markiert auf den Trainingszeilen höchstens so viele Zeilen pro Flows, unabhängig davon, was sie sind.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="166"/>
        <source>Assumes this share of the rows the detector was fitted on is anomalous.</source>
        <translation>Nimmt an, dass dieser Anteil der Zeilen, auf denen der Detektor trainiert wurde, anomal ist.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="167"/>
        <source>Flags the rows above this percentile of the rows the detector was fitted on.</source>
        <translation>Markiert die Zeilen oberhalb dieses Perzentils der Zeilen, auf denen der Detektor trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="169"/>
        <source>Assumes most training scores are normal and spread about their median, so that scores more than Z robust standard deviations (1.4826 x MAD) above it are anomalous.</source>
        <translation>Nimmt an, dass die meisten Trainings-Scores normal sind und um ihren Median streuen, sodass Scores, die mehr als Z robuste Standardabweichungen (1.4826 x MAD) darüber liegen, anomal sind.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="172"/>
        <source>Assumes the training scores form two groups, normal and anomalous, and splits them where the variance between the groups is largest.</source>
        <translation>Nimmt an, dass die Trainings-Scores zwei Gruppen bilden, normal und anomal, und trennt sie dort, wo die Varianz zwischen den Gruppen am größten ist.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="175"/>
        <source>Assumes anomalies form a steep tail of the sorted training scores and cuts where the curve bends most.</source>
        <translation>Nimmt an, dass Anomalien einen steilen Ausläufer der sortierten Trainings-Scores bilden, und schneidet dort, wo die Kurve am stärksten abknickt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_cli.cpp" line="58"/>
        <source>warning: the input is not the stored run&apos;s (%1 changed); scores and metrics may differ.</source>
        <translation>Warnung: Die Eingabe entspricht nicht der des gespeicherten Laufs (%1 geändert); Scores und Metriken können abweichen.</translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="74"/>
        <source>%1 %2 is not written.</source>
        <translation>%1 %2 wird nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="81"/>
        <source>%1 has no ONNX form and is not in %2.</source>
        <translation>%1 hat keine ONNX-Form und ist nicht in %2.</translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="223"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="41"/>
        <source>Anomaly detection workbench for network traffic.</source>
        <translation>Anomalieerkennungs-Workbench für Netzwerkverkehr.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="44"/>
        <source>Start with the built-in demo dataset.</source>
        <translation>Mit dem eingebauten Demo-Datensatz starten.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="46"/>
        <source>A dataset (CSV/TSV, optionally .gz) or a session (.awbsession) to open.</source>
        <translation>Ein zu öffnender Datensatz (CSV/TSV, optional .gz) oder eine zu öffnende Sitzung (.awbsession).</translation>
    </message>
</context>
</TS>
