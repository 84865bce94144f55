<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="98"/>
        <source>reading %1 of %2 MB</source>
        <translation>lecture de %1 sur %2 Mo</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="101"/>
        <source>encoding rows</source>
        <translation>encodage des lignes</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="104"/>
        <source>fitting %1 of %2</source>
        <translation>entraînement %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="104"/>
        <source>epoch %1 of %2</source>
        <translation>époque %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="107"/>
        <source>scoring %1 of %2 rows</source>
        <translation>calcul des scores : %1 lignes sur %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="112"/>
        <source>run %1 of %2</source>
        <translation>exécution %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="117"/>
        <source>, about %1 s left</source>
        <translation>, environ %1 s restantes</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="154"/>
        <source> (up to about %1 rows fit here)</source>
        <translation> (jusqu’à environ %1 lignes tiennent ici)</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="156"/>
        <source>%1: loading this file needs about %2 of memory, but only %3 are available. Open it again with a number under “Rows” in the import dialog%4 to train on a random sample of its rows; to score every row of a file this large, save the trained model with File &gt; Export Model and use “anomaly-cli score” (see the README).</source>
        <translation>%1 : charger ce fichier demande environ %2 de mémoire, mais seuls %3 sont disponibles. Rouvrez-le avec un nombre sous « Lignes » dans la boîte d’import%4 pour entraîner sur un échantillon aléatoire de ses lignes ; pour évaluer chaque ligne d’un fichier aussi grand, enregistrez le modèle entraîné avec Fichier &gt; Exporter le modèle et utilisez « anomaly-cli score » (voir le README).</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundTask.cpp" line="165"/>
        <source>An unexpected error stopped the work.</source>
        <translation>Une erreur inattendue a interrompu le travail.</translation>
    </message>
</context>
<context>
    <name>ChartMenu</name>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="30"/>
        <source>The chart was not saved</source>
        <translation>Le graphique n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="31"/>
        <source>%1 could not be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="60"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="73"/>
        <source>Save as &amp;PNG...</source>
        <translation>Enregistrer en &amp;PNG...</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="73"/>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="74"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="75"/>
        <source>Save as &amp;SVG...</source>
        <translation>Enregistrer en &amp;SVG...</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="75"/>
        <source>Save Chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <location filename="../ui/views/ChartMenu.cpp" line="76"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../ui/views/FormTips.h" line="55"/>
        <source>min-max to [0, 1]</source>
        <translation>min-max vers [0, 1]</translation>
    </message>
    <message>
        <location filename="../ui/views/FormTips.h" line="56"/>
        <source>standardise (z-score)</source>
        <translation>standardiser (z-score)</translation>
    </message>
    <message>
        <location filename="../ui/views/FormTips.h" line="57"/>
        <source>robust (median, IQR)</source>
        <translation>robuste (médiane, EIQ)</translation>
    </message>
    <message>
        <location filename="../ui/views/FormTips.h" line="58"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>ClassificationReportModel</name>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="91"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="92"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="93"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="94"/>
        <source>Support</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="98"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="99"/>
        <source>anomaly</source>
        <translation>anomalie</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="100"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="101"/>
        <source>macro avg</source>
        <translation>moy. macro</translation>
    </message>
    <message>
        <location filename="../ui/results/ClassificationReportModel.cpp" line="102"/>
        <source>weighted avg</source>
        <translation>moy. pondérée</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="25"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="71"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="71"/>
        <source>recorded (UTC)</source>
        <translation>enregistrée (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="68"/>
        <location filename="../app/cli/CliHistory.cpp" line="72"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="72"/>
        <source>test ROC-AUC per detector</source>
        <translation>ROC-AUC test par détecteur</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="92"/>
        <source>Run %1 &quot;%2&quot;, recorded %3</source>
        <translation>Exécution %1 &quot;%2&quot;, enregistrée le %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="95"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="154"/>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="164"/>
        <source>(* the settings differ)</source>
        <translation>(* les réglages diffèrent)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="165"/>
        <source>metric</source>
        <translation>métrique</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="176"/>
        <source>(* the best of the row)</source>
        <translation>(* la meilleure valeur de la ligne)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="178"/>
        <source>Flagged test rows: by all %1, by some %2, by none %3</source>
        <translation>Lignes de test signalées : par tous %1, par certains %2, par aucun %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="191"/>
        <location filename="../app/cli/CliHistory.cpp" line="208"/>
        <source>the run is not recorded in the history: %1</source>
        <translation>l&apos;exécution n&apos;est pas enregistrée dans l&apos;historique : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHistory.cpp" line="227"/>
        <source>Deleted run %1.</source>
        <translation>Exécution %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <location filename="../app/cli/CliValues.h" line="28"/>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 attend un nombre de %2 à %3, pas &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="38"/>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="52"/>
        <source>--%1 expects one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 attend une valeur parmi %2, pas &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="61"/>
        <source>--delimiter expects one of , ; | tab, not &quot;%1&quot;.</source>
        <translation>--delimiter attend , ; | ou tab, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="32"/>
        <source>--models expects detector ids (%1), all or none, not &quot;%2&quot;.</source>
        <translation>--models attend des identifiants de détecteurs (%1), all ou none, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="39"/>
        <source>--models names %1 twice.</source>
        <translation>--models cite %1 deux fois.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="67"/>
        <source>%1 names the detector &quot;%2&quot;, which is not among --models.</source>
        <translation>%1 désigne le détecteur &quot;%2&quot;, qui ne figure pas dans --models.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="117"/>
        <source>Training data file (CSV/TSV, optionally .gz).</source>
        <translation>Fichier de données d&apos;entraînement (CSV/TSV, éventuellement .gz).</translation>
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
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="118"/>
        <source>Separate test data file; otherwise a stratified split of the training file.</source>
        <translation>Fichier de données de test séparé ; sinon, un découpage stratifié du fichier d&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="121"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="122"/>
        <source>Label column: a name or a 0-based index.</source>
        <translation>Colonne d&apos;étiquette : un nom ou un indice à partir de 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="122"/>
        <location filename="../app/cli/CliOptions.cpp" line="130"/>
        <source>COL</source>
        <translation>COL</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="123"/>
        <source>Label value(s) meaning normal, comma-separated (default: detected).</source>
        <translation>Valeur(s) d&apos;étiquette signifiant normal, séparées par des virgules (par défaut : détectées).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="123"/>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="124"/>
        <source>Columns to ignore: names or 0-based indices, comma-separated.</source>
        <translation>Colonnes à ignorer : noms ou indices à partir de 0, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="124"/>
        <location filename="../app/cli/CliOptions.cpp" line="126"/>
        <location filename="../app/cli/CliOptions.cpp" line="128"/>
        <location filename="../app/cli/CliOptions.cpp" line="140"/>
        <location filename="../app/cli/CliOptions.cpp" line="141"/>
        <location filename="../app/cli/CliScore.cpp" line="63"/>
        <source>COLS</source>
        <translation>COLS</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="125"/>
        <source>Columns to read as categories, one-hot encoded (a port or protocol code): names or 0-based indices, comma-separated.</source>
        <translation>Colonnes à lire comme catégories, encodées en one-hot (un code de port ou de protocole) : noms ou indices à partir de 0, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="127"/>
        <source>Columns to read as numbers, for those the reader took for categories.</source>
        <translation>Colonnes à lire comme nombres, pour celles que le lecteur a prises pour des catégories.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="129"/>
        <source>A second target column with the attack type (e.g. UNSW-NB15&apos;s attack_cat): never a feature; reports give recall per type.</source>
        <translation>Une seconde colonne cible contenant le type d&apos;attaque (p. ex. attack_cat de UNSW-NB15) : jamais une variable ; les rapports donnent le rappel par type.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="131"/>
        <location filename="../app/cli/CliScore.cpp" line="67"/>
        <source>The first line is a header.</source>
        <translation>La première ligne est un en-tête.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="132"/>
        <location filename="../app/cli/CliScore.cpp" line="68"/>
        <source>The first line is data.</source>
        <translation>La première ligne contient des données.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="133"/>
        <location filename="../app/cli/CliScore.cpp" line="66"/>
        <source>Field delimiter: , ; | or tab (default: detected).</source>
        <translation>Séparateur de champs : , ; | ou tab (par défaut : détecté).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="133"/>
        <location filename="../app/cli/CliScore.cpp" line="66"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="134"/>
        <source>Missing or non-finite cells: impute (training median), drop (the row) or fail.</source>
        <translation>Cellules manquantes ou non finies : impute (médiane d&apos;entraînement), drop (supprimer la ligne) ou fail (erreur).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="134"/>
        <location filename="../app/cli/CliOptions.cpp" line="156"/>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="136"/>
        <source>SCALING</source>
        <translation>SCALING</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="137"/>
        <source>log1p before scaling: off, or heavy-tailed (non-negative columns spanning three decades: bytes, packets, durations).</source>
        <translation>log1p avant la mise à l&apos;échelle : off, ou heavy-tailed (colonnes non négatives couvrant trois ordres de grandeur : octets, paquets, durées).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="138"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="139"/>
        <source>Columns to take log1p of whatever --log says (names or indices).</source>
        <translation>Colonnes auxquelles appliquer log1p quel que soit --log (noms ou indices).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="141"/>
        <source>Columns never to take log1p of.</source>
        <translation>Colonnes auxquelles ne jamais appliquer log1p.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="142"/>
        <source>Seed for the split and every detector&apos;s seed (default %1).</source>
        <translation>Graine du découpage et de chaque détecteur (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="144"/>
        <source>Use the built-in generated demo data (optionally ROWS rows, default %1).</source>
        <translation>Utiliser les données de démonstration générées intégrées (éventuellement ROWS lignes, par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="147"/>
        <source>Detectors to run: ids comma-separated (%1), all, or none (default all).</source>
        <translation>Détecteurs à exécuter : identifiants séparés par des virgules (%1), all ou none (par défaut all).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="154"/>
        <source>Threshold policy for every detector (see Threshold policies below), or compare: a table of every policy&apos;s threshold and what it flags.</source>
        <translation>Stratégie de seuil pour tous les détecteurs (voir Stratégies de seuil ci-dessous), ou compare : un tableau du seuil de chaque stratégie et de ce qu&apos;il signale.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="160"/>
        <source>Train and evaluate on a uniform random sample of N rows of the --train file, read in one pass (for files larger than memory); --scores then scores every row of the --train and the --test file in a stream, a first column naming the file, the label column copied.</source>
        <translation>Entraîner et évaluer sur un échantillon aléatoire uniforme de N lignes du fichier --train, lu en une passe (pour les fichiers plus grands que la mémoire) ; --scores évalue ensuite chaque ligne du fichier --train et du fichier --test en flux, une première colonne nommant le fichier, la colonne d’étiquette recopiée.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="166"/>
        <source>Save the trained detectors with their preprocessing to FILE.</source>
        <translation>Enregistrer les détecteurs entraînés avec leur prétraitement dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="167"/>
        <source>Score with the detectors in FILE instead of training.</source>
        <translation>Calculer les scores avec les détecteurs de FILE au lieu d&apos;entraîner.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="168"/>
        <source>Write the trained detectors with their preprocessing to FILE as an ONNX model (ECOD has no ONNX form and is left out).</source>
        <translation>Écrire les détecteurs entraînés avec leur prétraitement dans FICHIER comme modèle ONNX (ECOD n’a pas de forme ONNX et en est exclu).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="171"/>
        <source>Print each step and its progress on standard error.</source>
        <translation>Afficher chaque étape et sa progression sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="172"/>
        <source>The run history database every run is recorded in (default: %1).</source>
        <translation>La base de l&apos;historique où chaque exécution est enregistrée (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="174"/>
        <source>Do not record the run in the history.</source>
        <translation>Ne pas enregistrer l&apos;exécution dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="175"/>
        <source>Keep the trained detectors in the history, so the run can be reopened and scored again.</source>
        <translation>Conserver les détecteurs entraînés dans l&apos;historique, pour pouvoir rouvrir l&apos;exécution et recalculer ses scores.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="176"/>
        <source>Write a PDF report of the run to FILE (needs no display).</source>
        <translation>Écrire un rapport PDF de l&apos;exécution dans FILE (aucun affichage requis).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="177"/>
        <source>Page size of the report: a4 or letter (default: the locale&apos;s).</source>
        <translation>Format de page du rapport : a4 ou letter (par défaut : selon les paramètres régionaux).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="177"/>
        <location filename="../app/cli/CliOptions.cpp" line="556"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="178"/>
        <source>Write the test rows flagged by any detector to FILE as CSV: their original columns, each detector&apos;s score and prediction, the true label.</source>
        <translation>Écrire dans FILE, en CSV, les lignes de test signalées par au moins un détecteur : leurs colonnes d&apos;origine, le score et la prédiction de chaque détecteur, l&apos;étiquette réelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="181"/>
        <source>Write every detector&apos;s train and test metrics to FILE as CSV.</source>
        <translation>Écrire dans FILE, en CSV, les métriques d&apos;entraînement et de test de chaque détecteur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="182"/>
        <source>sweep: the settings to sweep, e.g. &quot;%1&quot; (1 to 3 axes; every combination is one run).</source>
        <translation>sweep : les réglages à balayer, p. ex. &quot;%1&quot; (1 à 3 axes ; chaque combinaison est une exécution).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="183"/>
        <location filename="../app/cli/CliOptions.cpp" line="446"/>
        <source>AXES</source>
        <translation>AXES</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="187"/>
        <source>Same as --set %1.%2=%3.</source>
        <translation>Équivaut à --set %1.%2=%3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="190"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="221"/>
        <source>Threshold policies (--threshold, DETECTOR.threshold=):</source>
        <translation>Stratégies de seuil (--threshold, DETECTOR.threshold=) :</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="223"/>
        <source>Detectors (--models; set with --set DETECTOR.KEY=VALUE; every detector also takes DETECTOR.threshold=POLICY and DETECTOR.train_on=normal|all):</source>
        <translation>Détecteurs (--models ; réglage avec --set DETECTOR.KEY=VALUE ; chaque détecteur accepte aussi DETECTOR.threshold=POLICY et DETECTOR.train_on=normal|all) :</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="230"/>
        <source>(no parameters)</source>
        <translation>(aucun paramètre)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="261"/>
        <source>%1 and %2 both name column %3: a column has one role.</source>
        <translation>%1 et %2 désignent tous deux la colonne %3 : une colonne a un seul rôle.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="406"/>
        <source>--rerun replays a stored run as it was; it does not take --%1.</source>
        <translation>--rerun rejoue une exécution enregistrée telle quelle ; il n&apos;accepte pas --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="441"/>
        <source>Runs every combination of the settings in --grid (1 to 3 axes) on the same data and split, prints one line of figures per run and records each run in the run history (--json FILE also writes them as JSON). The data and detector options below apply to every run; the outputs of a single run (%1) do not.</source>
        <translation>Exécute chaque combinaison des réglages de --grid (1 à 3 axes) sur les mêmes données et le même découpage, affiche une ligne de mesures par exécution et enregistre chaque exécution dans l&apos;historique (--json FICHIER les écrit aussi en JSON). Les options de données et de détecteurs ci-dessous s&apos;appliquent à chaque exécution, les sorties d&apos;une exécution unique (%1) non.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="462"/>
        <source>Trains anomaly detectors on network-traffic data and prints classification reports and confusion matrices for train and test.</source>
        <translation>Entraîne des détecteurs d&apos;anomalies sur des données de trafic réseau et affiche les rapports de classification et les matrices de confusion pour l&apos;entraînement et le test.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="464"/>
        <source>Other commands: anomaly-cli score (streams a file of any size through a saved model), anomaly-cli sweep --grid ... (runs every combination of settings), anomaly-cli history (lists, shows, compares and deletes recorded runs); each has its own --help.</source>
        <translation>Autres commandes : anomaly-cli score (note en flux un fichier de toute taille avec un modèle enregistré), anomaly-cli sweep --grid ... (exécute chaque combinaison de réglages), anomaly-cli history (liste, affiche, compare et supprime les exécutions enregistrées) ; chacune a son propre --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="490"/>
        <source>sweep needs --grid &quot;DETECTOR.KEY=V1,V2;...&quot;.</source>
        <translation>sweep nécessite --grid &quot;DETECTOR.KEY=V1,V2;...&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="490"/>
        <source>--grid goes with the sweep command.</source>
        <translation>--grid s&apos;utilise avec la commande sweep.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="393"/>
        <location filename="../app/cli/CliOptions.cpp" line="568"/>
        <source>--page-size expects a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page-size attend a4 ou letter, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="297"/>
        <source>--sample needs --train FILE: it samples that file&apos;s rows (the demo data is generated whole; --demo N makes it smaller).</source>
        <translation>--sample demande --train FICHIER : il échantillonne les lignes de ce fichier (les données de démonstration sont générées entières ; --demo N les réduit).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="506"/>
        <source>sweep writes its runs to the history and --json; it does not take --%1.</source>
        <translation>sweep écrit ses exécutions dans l&apos;historique et --json ; il n&apos;accepte pas --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="516"/>
        <source>--load-model scores with the saved detectors&apos; own settings; it does not take --%1.</source>
        <translation>--load-model calcule les scores avec les réglages propres aux détecteurs enregistrés ; il n&apos;accepte pas --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="522"/>
        <source>--save-model needs at least one detector (--models).</source>
        <translation>--save-model nécessite au moins un détecteur (--models).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="549"/>
        <source>Lists, shows, compares and deletes the runs recorded in the run history.</source>
        <translation>Liste, affiche, compare et supprime les exécutions enregistrées dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="551"/>
        <source>list, show ID, compare ID ID..., or delete ID. An ID is a run&apos;s number, or NUMBER:DETECTOR for one detector of it.</source>
        <translation>list, show ID, compare ID ID... ou delete ID. Un ID est le numéro d&apos;une exécution, ou NUMBER:DETECTOR pour l&apos;un de ses détecteurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="553"/>
        <source>Print JSON instead of tables.</source>
        <translation>Afficher du JSON au lieu de tableaux.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="554"/>
        <source>compare: also write a PDF comparison report to FILE.</source>
        <translation>compare : écrire aussi un rapport de comparaison PDF dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="555"/>
        <source>compare: also write the comparison&apos;s tables to FILE as CSV.</source>
        <translation>compare : écrire aussi les tableaux de la comparaison dans FILE, en CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="556"/>
        <source>Page size of the report: a4 or letter.</source>
        <translation>Format de page du rapport : a4 ou letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="557"/>
        <source>The run history database (default: %1).</source>
        <translation>La base de l&apos;historique des exécutions (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="587"/>
        <source>history expects list, show ID, compare ID ID... or delete ID, not &quot;%1&quot;.</source>
        <translation>history attend list, show ID, compare ID ID... ou delete ID, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="595"/>
        <source>history %1: wrong number of run ids (compare takes 1 to 8, show and delete one, list none).</source>
        <translation>history %1 : nombre d&apos;identifiants d&apos;exécution incorrect (compare en prend 1 à 8, show et delete un seul, list aucun).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="365"/>
        <source>--set expects DETECTOR.KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--set attend DETECTOR.KEY=VALUE, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="52"/>
        <source>%1 has no automatic threshold; choose another policy (see --help).</source>
        <translation>%1 n&apos;a pas de seuil automatique ; choisissez une autre stratégie (voir --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="120"/>
        <source>Fraction of the training file held out for testing (default %1).</source>
        <translation>Fraction du fichier d&apos;entraînement réservée au test (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="135"/>
        <source>Scaling of numeric features: minmax, standard, robust (median and interquartile range) or none.</source>
        <translation>Mise à l&apos;échelle des variables numériques : minmax, standard, robust (médiane et écart interquartile) ou none.</translation>
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
        <translation>Écrire les données de démonstration générées dans FILE, en CSV, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="148"/>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="149"/>
        <source>Set a detector&apos;s parameter, threshold policy or training rows, e.g. %1 (repeatable; see Detectors below).</source>
        <translation>Régler un paramètre, la stratégie de seuil ou les lignes d&apos;entraînement d&apos;un détecteur, p. ex. %1 (répétable ; voir Détecteurs ci-dessous).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="151"/>
        <source>DETECTOR.KEY=VALUE</source>
        <translation>DETECTOR.KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="152"/>
        <source>Rows every detector is fitted on: normal (the labelled-normal rows; all rows when unlabelled) or all (default normal).</source>
        <translation>Lignes sur lesquelles chaque détecteur est entraîné : normal (les lignes étiquetées normales ; toutes les lignes sans étiquettes) ou all (par défaut normal).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="157"/>
        <source>Worker threads for fitting and scoring (default: all cores).</source>
        <translation>Threads de travail pour l&apos;entraînement et le calcul des scores (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="158"/>
        <source>Write the run (its spec and its results) as a JSON document to FILE.</source>
        <translation>Écrire l&apos;exécution (sa spécification et ses résultats) dans FILE sous forme de document JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="159"/>
        <source>Replay the run stored in a JSON document written by --json.</source>
        <translation>Rejouer l&apos;exécution stockée dans un document JSON écrit par --json.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="165"/>
        <source>Write per-row scores, predictions and labels to FILE as CSV.</source>
        <translation>Écrire dans FILE, en CSV, les scores, prédictions et étiquettes de chaque ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="153"/>
        <source>ROWS</source>
        <translation>ROWS</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="486"/>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Argument inattendu &quot;%1&quot; (voir --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="292"/>
        <source>Give a data file with --train FILE, or --demo for the built-in demo data.</source>
        <translation>Indiquez un fichier de données avec --train FILE, ou --demo pour les données de démonstration intégrées.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="294"/>
        <source>--demo and --train exclude each other.</source>
        <translation>--demo et --train s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliValues.h" line="88"/>
        <source>--header and --no-header exclude each other.</source>
        <translation>--header et --no-header s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="53"/>
        <source>Scores a file of any size with the detectors of a saved model, in bounded memory: reads it in chunks and writes line, &lt;detector&gt;_score, &lt;detector&gt;_prediction per row as it goes.</source>
        <translation>Note un fichier de toute taille avec les détecteurs d’un modèle enregistré, en mémoire bornée : le lit par blocs et écrit au fur et à mesure line, &lt;detector&gt;_score, &lt;detector&gt;_prediction par ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="60"/>
        <source>The model file (--save-model) whose detectors score.</source>
        <translation>Le fichier de modèle (--save-model) dont les détecteurs notent.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="60"/>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="61"/>
        <source>The data: CSV/TSV, plain or .gz, or - for standard input.</source>
        <translation>Les données : CSV/TSV, brut ou .gz, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="62"/>
        <source>Where the scores go: a CSV file, or - for standard output.</source>
        <translation>Où vont les scores : un fichier CSV, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="63"/>
        <source>Input columns to copy beside the scores: names or 0-based indices, comma-separated.</source>
        <translation>Colonnes d’entrée à recopier à côté des scores : noms ou indices à partir de 0, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="64"/>
        <source>A row the model cannot score (ragged, text in a numeric column): skip (listed and counted) or fail (default).</source>
        <translation>Une ligne que le modèle ne peut pas noter (nombre de champs erroné, texte dans une colonne numérique) : skip (listée et comptée) ou fail (par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="65"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="69"/>
        <source>Worker threads (default: all cores).</source>
        <translation>Threads de travail (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="70"/>
        <source>Print progress on standard error.</source>
        <translation>Afficher la progression sur la sortie d’erreur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="78"/>
        <source>score needs --load-model MODEL, --input FILE and --output FILE (- for standard input or output); --%1 is missing.</source>
        <translation>score demande --load-model MODÈLE, --input FICHIER et --output FICHIER (- pour l’entrée ou la sortie standard) ; --%1 manque.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="81"/>
        <source>Unexpected argument &quot;%1&quot; (see score --help).</source>
        <translation>Argument inattendu « %1 » (voir score --help).</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="37"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="42"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="42"/>
        <source>anomaly</source>
        <translation>anomalie</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="44"/>
        <source>Confusion matrix (rows: true class, columns: predicted class)</source>
        <translation>Matrice de confusion (lignes : classe réelle, colonnes : classe prédite)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="97"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="100"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="102"/>
        <source>, %1 anomalies (%2)</source>
        <translation>, %1 anomalies (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="105"/>
        <location filename="../app/cli/CliReport.cpp" line="252"/>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="106"/>
        <location filename="../app/cli/CliReport.cpp" line="253"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="106"/>
        <source>(split from the training file)</source>
        <translation>(extrait du fichier d&apos;entraînement)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="111"/>
        <source>format: delimiter %1, %2</source>
        <translation>format : séparateur %1, %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="108"/>
        <source>header line</source>
        <translation>ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="63"/>
        <source>numeric</source>
        <translation>numériques</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="64"/>
        <source>categorical</source>
        <translation>catégorielles</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="65"/>
        <source>attack type</source>
        <translation>type d&apos;attaque</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="66"/>
        <source>ignored</source>
        <translation>ignorées</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="76"/>
        <source>%1 (%2): </source>
        <comment>a role and its columns&apos; count</comment>
        <translation>%1 (%2) : </translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="108"/>
        <source>no header</source>
        <translation>sans en-tête</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="110"/>
        <source>%1, decimal comma (0,25)</source>
        <translation>%1, virgule décimale (0,25)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="112"/>
        <source>columns: %1 features (%2 numeric, %3 categorical), %4 ignored</source>
        <translation>colonnes : %1 variables (%2 numériques, %3 catégorielles), %4 ignorées</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="117"/>
        <source>encoded: %1 features (%2 constant in training)</source>
        <translation>encodage : %1 variables (%2 constantes à l&apos;entraînement)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="119"/>
        <source>label: none (unlabelled data: scores only, no metrics)</source>
        <translation>étiquette : aucune (données non étiquetées : scores uniquement, pas de métriques)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="124"/>
        <source>label: %1; normal value %2 (%3)</source>
        <translation>étiquette : %1 ; valeur normale %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="126"/>
        <source>detected</source>
        <translation>détectée</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="126"/>
        <source>given</source>
        <translation>fournie</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="128"/>
        <source>missing cells: %1, non-finite cells: %2; imputed %3, rows dropped %4</source>
        <translation>cellules manquantes : %1, cellules non finies : %2 ; imputées %3, lignes supprimées %4</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="129"/>
        <source>unseen categories in test: %1 cells</source>
        <translation>catégories inédites en test : %1 cellules</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="131"/>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="132"/>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="133"/>
        <source>load %1, preprocess %2</source>
        <translation>chargement %1, prétraitement %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="150"/>
        <source>flagged per label value (recall for attack types):</source>
        <translation>signalées par valeur d&apos;étiquette (rappel pour les types d&apos;attaque) :</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="156"/>
        <source>(normal: false alarms)</source>
        <translation>(normal : fausses alertes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliReport.cpp" line="162"/>
        <source>and %n more value(s) with %1 rows (--json lists every one)</source>
        <translation>
            <numerusform>et %n autre valeur sur %1 lignes (--json les liste toutes)</numerusform>
            <numerusform>et %n autres valeurs sur %1 lignes (--json les liste toutes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="176"/>
        <source>threshold policies compared</source>
        <translation>comparaison des stratégies de seuil</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="177"/>
        <source>policy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="177"/>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="177"/>
        <source>train alerts/10k</source>
        <translation>alertes entr./10k</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="179"/>
        <source>train P</source>
        <translation>P entr.</translation>
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
        <translation>alertes test/10k</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="183"/>
        <source>test P</source>
        <translation>P test</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="220"/>
        <source>parameters: %1</source>
        <translation>paramètres : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="221"/>
        <source>trained on %1 normal training rows</source>
        <translation>entraîné sur %1 lignes d&apos;entraînement normales</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="221"/>
        <source>trained on all %1 training rows</source>
        <translation>entraîné sur les %1 lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="224"/>
        <source>fitted: %1</source>
        <translation>ajusté : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="225"/>
        <source>threshold %1 (%2: %3); flagged when the score is above it</source>
        <translation>seuil %1 (%2 : %3) ; ligne signalée si son score le dépasse</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="229"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="230"/>
        <source>fit %1, score %2</source>
        <translation>entraînement %1, scores %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="232"/>
        <source>epochs %1 (best %2%3), %4 per epoch</source>
        <translation>époques %1 (meilleure %2%3), %4 par époque</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="234"/>
        <source>, stopped early</source>
        <translation>, arrêt anticipé</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="243"/>
        <source>ROC-AUC %1   average precision %2</source>
        <translation>ROC-AUC %1   précision moyenne %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="249"/>
        <source>No metrics: the data has no labels, or labels of one class only; scores only.</source>
        <translation>Pas de métriques : les données n&apos;ont pas d&apos;étiquettes, ou des étiquettes d&apos;une seule classe ; scores uniquement.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliReport.cpp" line="251"/>
        <source>The training rows are all of one class: metrics on the test rows only.</source>
        <translation>Les lignes d&apos;entraînement sont toutes d&apos;une même classe : métriques sur les lignes de test uniquement.</translation>
    </message>
</context>
<context>
    <name>CliScore</name>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="34"/>
        <source> Rows of empty cells skipped: %1.</source>
        <translation> Lignes de cellules vides ignorées : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="36"/>
        <source> Copies of the header line skipped: %1.</source>
        <translation> Copies de la ligne d’en-tête ignorées : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="38"/>
        <source>scored %1 of %2 rows (bad rows skipped: %3) in %4 s, %5 rows/s; above threshold: %6; missing cells imputed: %7; cells of categories training never saw: %8.</source>
        <translation>%1 lignes notées sur %2 (lignes erronées ignorées : %3) en %4 s, %5 lignes/s ; au-dessus du seuil : %6 ; cellules manquantes imputées : %7 ; cellules de catégories jamais vues à l’entraînement : %8.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="111"/>
        <source>skipped %1</source>
        <translation>ignorée : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="113"/>
        <source>further bad rows are skipped without a line each.</source>
        <translation>les lignes erronées suivantes sont ignorées sans message chacune.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="120"/>
        <source>score: %1 of %2 MB read</source>
        <translation>score : %1 Mo lus sur %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="122"/>
        <source>score: %1 MB read</source>
        <translation>score : %1 Mo lus</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="129"/>
        <source>%1: %2</source>
        <comment>file name: summary line</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliScore.cpp" line="140"/>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message numerus="yes">
        <location filename="../app/cli/CliSweep.cpp" line="27"/>
        <source>Sweep of %n run(s) on data loaded once.</source>
        <translation>
            <numerusform>Balayage de %n exécution sur des données chargées une seule fois.</numerusform>
            <numerusform>Balayage de %n exécutions sur des données chargées une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSweep.cpp" line="47"/>
        <source>(history run %1)</source>
        <translation>(exécution %1 de l&apos;historique)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <location filename="../ui/history/ComparisonView.cpp" line="74"/>
        <source>Comparison of %n detector(s)</source>
        <translation>
            <numerusform>Comparaison de %n détecteur</numerusform>
            <numerusform>Comparaison de %n détecteurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="98"/>
        <source>Export Report...</source>
        <translation>Exporter le rapport...</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="100"/>
        <source>This comparison as a PDF report: settings, metrics, curves and confusion matrices</source>
        <translation>Cette comparaison sous forme de rapport PDF : réglages, métriques, courbes et matrices de confusion</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="101"/>
        <source>Export Table...</source>
        <translation>Exporter le tableau...</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="103"/>
        <source>The settings and metrics tables as CSV</source>
        <translation>Les tableaux des réglages et des métriques en CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="105"/>
        <source>Export Comparison Report</source>
        <translation>Exporter le rapport de comparaison</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="105"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="110"/>
        <source>Export Comparison Table</source>
        <translation>Exporter le tableau de comparaison</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="110"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="127"/>
        <location filename="../ui/history/ComparisonView.cpp" line="138"/>
        <source>The export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="187"/>
        <source>Settings (highlighted: they differ)</source>
        <translation>Réglages (surlignés : ils diffèrent)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="188"/>
        <source>Metrics (green: the best of the row)</source>
        <translation>Métriques (en vert : la meilleure valeur de la ligne)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="201"/>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="202"/>
        <source>True positive rate</source>
        <translation>Rappel (TVP)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="203"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="204"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="229"/>
        <source>ROC on test rows (AUC; dots: each threshold)</source>
        <translation>ROC sur les lignes de test (AUC ; points : chaque seuil)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="230"/>
        <source>Precision–recall on test rows (AP; dots: each threshold)</source>
        <translation>Précision–rappel sur les lignes de test (AP ; points : chaque seuil)</translation>
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
        <translation>anomalie</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="241"/>
        <source>Rows: the true class; columns: the predicted class</source>
        <translation>Lignes : la classe réelle ; colonnes : la classe prédite</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="259"/>
        <source>Confusion matrices on test rows, each at its own threshold (rows: true, columns: predicted)</source>
        <translation>Matrices de confusion sur les lignes de test, chacune à son propre seuil (lignes : réel, colonnes : prédit)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="311"/>
        <source>Score distributions on test rows, each class as a share of its rows (blue normal, orange anomaly; red: the threshold)</source>
        <translation>Distributions des scores sur les lignes de test, chaque classe en part de ses lignes (bleu : normal, orange : anomalie ; rouge : le seuil)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="321"/>
        <source>The detectors did not all read the same input (fingerprint): no agreement between their flagged rows to show.</source>
        <translation>Les détecteurs n&apos;ont pas tous lu la même entrée (empreinte) : aucune concordance entre leurs lignes signalées à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="323"/>
        <location filename="../ui/history/ComparisonView.cpp" line="339"/>
        <source>Agreement between the flagged test rows</source>
        <translation>Concordance entre les lignes de test signalées</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="325"/>
        <source>Test rows flagged</source>
        <translation>Lignes de test signalées</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="328"/>
        <source>by all</source>
        <translation>par tous</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="328"/>
        <source>by some</source>
        <translation>par certains</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="329"/>
        <source>by none</source>
        <translation>par aucun</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="332"/>
        <source>List these rows in the flagged-rows table of the current results (same data only)</source>
        <translation>Lister ces lignes dans le tableau des lignes signalées des résultats actuels (mêmes données uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/history/ComparisonView.cpp" line="334"/>
        <source>flagged %1 of the compared detectors</source>
        <translation>signalées %1 (détecteurs comparés)</translation>
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
        <translation>Aucune étiquette réelle : une matrice de confusion nécessite un jeu de données étiqueté.</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="116"/>
        <source>No results yet.</source>
        <translation>Aucun résultat pour le moment.</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="126"/>
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="131"/>
        <source>True class</source>
        <translation>Classe réelle</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="134"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="165"/>
        <source>%1 of true %2</source>
        <translation>%1 de la classe %2</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="187"/>
        <source>%1 anomalies flagged as anomalies (%2% of true anomalies).</source>
        <translation>%1 anomalies signalées comme anomalies (%2 % des anomalies réelles).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="188"/>
        <source>%1 anomalies missed: not flagged (%2% of true anomalies).</source>
        <translation>%1 anomalies manquées : non signalées (%2 % des anomalies réelles).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="190"/>
        <source>%1 normal rows flagged as anomalies (%2% of normal rows).</source>
        <translation>%1 lignes normales signalées comme anomalies (%2 % des lignes normales).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="191"/>
        <source>%1 normal rows left unflagged (%2% of normal rows).</source>
        <translation>%1 lignes normales non signalées (%2 % des lignes normales).</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="194"/>
        <source>Click to show these rows in the table.</source>
        <translation>Cliquez pour afficher ces lignes dans le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="214"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="217"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixView.cpp" line="218"/>
        <source>By label value: %1</source>
        <translation>Par valeur d&apos;étiquette : %1</translation>
    </message>
</context>
<context>
    <name>CurveChart</name>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="54"/>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="54"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="55"/>
        <source>True positive rate</source>
        <translation>Rappel (TVP)</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="55"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="88"/>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="88"/>
        <source>Precision–recall curve</source>
        <translation>Courbe précision–rappel</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="94"/>
        <source>%1: needs true labels</source>
        <translation>%1 : nécessite des étiquettes réelles</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="110"/>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="110"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="111"/>
        <source>ROC (%1): AUC = %2</source>
        <translation>ROC (%1) : AUC = %2</translation>
    </message>
    <message>
        <location filename="../ui/results/CurveChart.cpp" line="112"/>
        <source>Precision–recall (%1): AP = %2</source>
        <translation>Précision–rappel (%1) : AP = %2</translation>
    </message>
</context>
<context>
    <name>DatasetSummaryView</name>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="19"/>
        <source>&lt;b&gt;No dataset loaded.&lt;/b&gt;&lt;br&gt;Open a CSV/TSV file (Ctrl+O), drop one onto the window, or open the built-in demo dataset from the File menu.</source>
        <translation>&lt;b&gt;Aucun jeu de données chargé.&lt;/b&gt;&lt;br&gt;Ouvrez un fichier CSV/TSV (Ctrl+O), déposez-en un sur la fenêtre ou ouvrez le jeu de démonstration intégré depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="34"/>
        <source>Training file</source>
        <translation>Fichier d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="35"/>
        <source>Test data</source>
        <translation>Données de test</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="35"/>
        <source>split off the training file</source>
        <translation>extraites du fichier d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="37"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="37"/>
        <source>%1 train, %2 test</source>
        <translation>%1 entraînement, %2 test</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="38"/>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="38"/>
        <source>%1 numeric, %2 categorical → %3 encoded (%4 constant)</source>
        <translation>%1 numériques, %2 catégorielles → %3 encodées (%4 constantes)</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="40"/>
        <source>Ignored columns</source>
        <translation>Colonnes ignorées</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="42"/>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="47"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="42"/>
        <source>none: scores only</source>
        <translation>aucune : scores uniquement</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="47"/>
        <source>%1 (normal: %2%3)</source>
        <translation>%1 (normal : %2%3)</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="48"/>
        <source>, detected</source>
        <translation>, détecté</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="49"/>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="49"/>
        <source>%1 train (%2), %3 test (%4)</source>
        <translation>%1 entraînement (%2), %3 test (%4)</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="53"/>
        <source>Missing cells</source>
        <translation>Cellules manquantes</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="53"/>
        <source>%1 missing, %2 non-finite; %3 imputed, %4 rows dropped</source>
        <translation>%1 manquantes, %2 non finies ; %3 imputées, %4 lignes supprimées</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="55"/>
        <source>Unseen categories</source>
        <translation>Catégories inédites</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="55"/>
        <source>%1 test cells</source>
        <translation>%1 cellules de test</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="57"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="58"/>
        <source>Load time</source>
        <translation>Temps de chargement</translation>
    </message>
    <message>
        <location filename="../ui/views/DatasetSummaryView.cpp" line="58"/>
        <source>%1 s read, %2 s encode</source>
        <translation>%1 s lecture, %2 s encodage</translation>
    </message>
</context>
<context>
    <name>DetectorPanel</name>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="38"/>
        <source>This detector has no parameters to tune.</source>
        <translation>Ce détecteur n&apos;a aucun paramètre à régler.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="42"/>
        <source>normal rows</source>
        <translation>lignes normales</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="43"/>
        <source>all rows</source>
        <translation>toutes les lignes</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="45"/>
        <source>Train on</source>
        <translation>Entraîner sur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="46"/>
        <source>Normal rows teach the detector what benign traffic looks like (needs labels; unlabelled data uses every row). All rows works without labels but only while attacks are rare: where attacks are the majority, a detector fitted on all rows learns them as normal.</source>
        <translation>« Lignes normales » apprend au détecteur à quoi ressemble le trafic bénin (nécessite des étiquettes ; sans étiquettes, toutes les lignes sont utilisées). « Toutes les lignes » fonctionne sans étiquettes, mais seulement tant que les attaques sont rares : là où elles sont majoritaires, un détecteur entraîné sur toutes les lignes les apprend comme normales.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="51"/>
        <source>Reset to defaults</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="54"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="56"/>
        <source>Train %1 on the loaded dataset with these settings</source>
        <translation>Entraîner %1 sur le jeu de données chargé avec ces réglages</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="81"/>
        <source>How the threshold is set after training. The default is the best F1 on the training rows when they are labelled, and Otsu&apos;s split of the scores when not. Hover over a policy to see what it assumes. You can still move the threshold on the histogram afterwards.</source>
        <translation>Comment le seuil est fixé après l&apos;entraînement. Par défaut : le meilleur F1 sur les lignes d&apos;entraînement si elles sont étiquetées, sinon la séparation d&apos;Otsu des scores. Survolez une stratégie pour voir ce qu&apos;elle suppose. Vous pourrez encore déplacer le seuil sur l&apos;histogramme ensuite.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DetectorPanel.cpp" line="79"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
</context>
<context>
    <name>FlaggedRowsModel</name>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="97"/>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="106"/>
        <source>anomaly</source>
        <translation>anomalie</translation>
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
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="151"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="152"/>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsModel.cpp" line="153"/>
        <source>True label</source>
        <translation>Étiquette réelle</translation>
    </message>
</context>
<context>
    <name>FlaggedRowsTable</name>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="32"/>
        <source>Click “Line” or the score column to sort.</source>
        <translation>Cliquez sur « Ligne » ou sur la colonne du score pour trier.</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="196"/>
        <source>Copy selected rows</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/results/FlaggedRowsTable.cpp" line="199"/>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="59"/>
        <source>Rows table: copy the selected rows</source>
        <translation>Tableau des lignes : copier les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="60"/>
        <source>Score histogram: move the threshold</source>
        <translation>Histogramme des scores : déplacer le seuil</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="60"/>
        <source>Drag the red line</source>
        <translation>Faire glisser la ligne rouge</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="61"/>
        <source>Score histogram: list a score range&apos;s rows</source>
        <translation>Histogramme des scores : lister les lignes d’une plage de scores</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="61"/>
        <source>Shift+Drag</source>
        <translation>Maj+Glisser</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="62"/>
        <source>Confusion matrix: list a cell&apos;s rows</source>
        <translation>Matrice de confusion : lister les lignes d’une cellule</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="62"/>
        <source>Click the cell</source>
        <translation>Cliquer sur la cellule</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="63"/>
        <source>Any chart: copy or save as PNG or SVG</source>
        <translation>Tout graphique : copier ou enregistrer en PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="63"/>
        <source>Right-click</source>
        <translation>Clic droit</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="64"/>
        <source>Import dialog: undo or redo a role change</source>
        <translation>Boîte d’importation : annuler ou rétablir un changement de rôle</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="78"/>
        <source>User Guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="86"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="86"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="95"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="103"/>
        <source>Trains and compares anomaly detectors on network-traffic data.</source>
        <translation>Entraîne et compare des détecteurs d’anomalies sur des données de trafic réseau.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="104"/>
        <source>Released under the MIT licence. The program as distributed links QCustomPlot, which is under the GNU GPL version 3, so the combined program is covered by the GPL version 3.</source>
        <translation>Publié sous licence MIT. Le programme distribué est lié à QCustomPlot, sous GNU GPL version 3 ; le programme combiné relève donc de la GPL version 3.</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="106"/>
        <source>It is built on these libraries:</source>
        <translation>Il repose sur ces bibliothèques :</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="113"/>
        <source>Qt version: %1</source>
        <translation>Version de Qt : %1</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindows.cpp" line="117"/>
        <source>About Anomaly Workbench</source>
        <translation>À propos d’Anomaly Workbench</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="41"/>
        <source>Filter runs by any text: name, dataset, detector, setting, note…</source>
        <translation>Filtrer les exécutions par texte : nom, jeu de données, détecteur, réglage, remarque…</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="45"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="47"/>
        <source>Compare the selected detectors side by side (select 2 to 8 rows)</source>
        <translation>Comparer côte à côte les détecteurs sélectionnés (sélectionnez 2 à 8 lignes)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="48"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="50"/>
        <source>Load the run&apos;s data again and score it with the run&apos;s kept models</source>
        <translation>Recharger les données de l&apos;exécution et recalculer leurs scores avec les modèles conservés</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="51"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="53"/>
        <source>Delete the selected runs from the history</source>
        <translation>Supprimer de l&apos;historique les exécutions sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="81"/>
        <location filename="../ui/history/HistoryDock.cpp" line="102"/>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="95"/>
        <source>No run history: %1</source>
        <translation>Pas d&apos;historique des exécutions : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="162"/>
        <source>Delete runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/HistoryDock.cpp" line="163"/>
        <source>Delete %n run(s) from the history? Their results and stored models cannot be brought back.</source>
        <translation>
            <numerusform>Supprimer %n exécution de l&apos;historique ? Ses résultats et modèles enregistrés ne pourront pas être récupérés.</numerusform>
            <numerusform>Supprimer %n exécutions de l&apos;historique ? Leurs résultats et modèles enregistrés ne pourront pas être récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryDock.cpp" line="167"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="114"/>
        <source>demo (%1 rows)</source>
        <translation>démo (%1 lignes)</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="117"/>
        <source>%1, a sample of %2 rows</source>
        <translation>%1, échantillon de %2 lignes</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="133"/>
        <source>%1
Double-click to rename the run</source>
        <translation>%1
Double-cliquez pour renommer l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="137"/>
        <source>Double-click to add a note</source>
        <translation>Double-cliquez pour ajouter une remarque</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="146"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="147"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="148"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="149"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="150"/>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="151"/>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="152"/>
        <source>Test ROC-AUC</source>
        <translation>ROC-AUC test</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="153"/>
        <source>Test AP</source>
        <translation>AP test</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="154"/>
        <source>Test F1</source>
        <translation>F1 test</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="155"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../ui/history/HistoryModel.cpp" line="156"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="30"/>
        <source>numeric feature</source>
        <translation>variable numérique</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="31"/>
        <source>categorical feature</source>
        <translation>variable catégorielle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="32"/>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="33"/>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="34"/>
        <source>attack type</source>
        <translation>type d&apos;attaque</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="41"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="66"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="68"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="82"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="89"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="354"/>
        <source>detect</source>
        <translation>détection auto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="83"/>
        <source>comma ,</source>
        <translation>virgule ,</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="84"/>
        <source>semicolon ;</source>
        <translation>point-virgule ;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="85"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="259"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="86"/>
        <source>pipe |</source>
        <translation>barre verticale |</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="87"/>
        <source>The character between fields. Detected from the first lines unless you choose one.</source>
        <translation>Le caractère entre les champs. Détecté à partir des premières lignes, sauf si vous en choisissez un.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="90"/>
        <source>first line is a header</source>
        <translation>la première ligne est un en-tête</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="91"/>
        <source>no header</source>
        <translation>pas d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="92"/>
        <source>Whether the first line names the columns. Detected unless you choose: a first line of words over numeric rows is a header.</source>
        <translation>Si la première ligne nomme les colonnes. Détecté sauf si vous choisissez : une première ligne de mots au-dessus de lignes numériques est un en-tête.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="96"/>
        <source>The column that says whether a row is normal or an attack. Without one, models still score rows but nothing can be evaluated.</source>
        <translation>La colonne qui indique si une ligne est normale ou une attaque. Sans elle, les modèles calculent quand même des scores, mais rien ne peut être évalué.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="99"/>
        <source>Label values that mean normal traffic, comma-separated. Every other value is an anomaly. Empty: detected (normal, benign, 0, ...).</source>
        <translation>Valeurs d&apos;étiquette qui signifient un trafic normal, séparées par des virgules. Toute autre valeur est une anomalie. Vide : détection auto (normal, benign, 0, ...).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="102"/>
        <source>impute the training median</source>
        <translation>imputer la médiane d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="103"/>
        <source>drop the row</source>
        <translation>supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="104"/>
        <source>stop with an error</source>
        <translation>arrêter avec une erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="105"/>
        <source>What to do with empty, NaN, NA, null, ‘-’, ‘?’ or infinite cells in numeric columns.</source>
        <translation>Que faire des cellules vides, NaN, NA, null, « - », « ? » ou infinies dans les colonnes numériques.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="109"/>
        <source>Scaling of numeric features, fitted on the training rows only. Robust scaling is least moved by outliers.</source>
        <translation>Mise à l&apos;échelle des variables numériques, ajustée sur les lignes d&apos;entraînement uniquement. La mise à l&apos;échelle robuste est la moins sensible aux valeurs aberrantes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="113"/>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="114"/>
        <source>heavy-tailed counters</source>
        <translation>compteurs à queue lourde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="115"/>
        <source>log1p before scaling, for non-negative columns whose values span three decades (bytes, packets, durations). Tick or untick single columns in the preview&apos;s log1p row.</source>
        <translation>log1p avant la mise à l&apos;échelle, pour les colonnes non négatives dont les valeurs couvrent trois ordres de grandeur (octets, paquets, durées). Cochez ou décochez des colonnes dans la ligne log1p de l&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="149"/>
        <source>A separate file to evaluate on (same columns), such as NSL-KDD&apos;s KDDTest+. Without one, a stratified share of this file is held out.</source>
        <translation>Un fichier distinct pour l&apos;évaluation (mêmes colonnes), comme KDDTest+ de NSL-KDD. Sans lui, une part stratifiée de ce fichier est mise de côté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="168"/>
        <source>Seed of the stratified split and of the row sample: the same seed gives the same rows.</source>
        <translation>Graine du découpage stratifié et de l’échantillon de lignes : la même graine donne les mêmes lignes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="174"/>
        <source>all rows</source>
        <translation>toutes les lignes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="134"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="175"/>
        <source>Train and evaluate on a uniform random sample of this many rows of the file, read in one pass (at least 100; 0 reads every row): for files too large for memory. The dataset summary says the rows were sampled.</source>
        <translation>Entraîner et évaluer sur un échantillon aléatoire uniforme de ce nombre de lignes du fichier, lu en une passe (au moins 100 ; 0 lit toutes les lignes) : pour les fichiers trop grands pour la mémoire. Le résumé du jeu de données indique l’échantillonnage.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="199"/>
        <source>Set the selected columns to...</source>
        <translation>Rôle des colonnes sélectionnées...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="202"/>
        <source>Select cells in several columns of the preview, then choose their role here.</source>
        <translation>Sélectionnez des cellules dans plusieurs colonnes de l&apos;aperçu, puis choisissez leur rôle ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="260"/>
        <source>%n column(s), delimiter %1, %2.</source>
        <translation>
            <numerusform>%n colonne, séparateur %1, %2.</numerusform>
            <numerusform>%n colonnes, séparateur %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="313"/>
        <source>Proposed as ignored: %1.</source>
        <translation>Proposée comme ignorée : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="410"/>
        <source>Set %n columns&apos; role</source>
        <translation>
            <numerusform>Changement de rôle de %n colonne</numerusform>
            <numerusform>Changement de rôle de %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="444"/>
        <source>Change a column&apos;s role</source>
        <translation>Changement de rôle d&apos;une colonne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="148"/>
        <source>none: split the training file</source>
        <translation>aucun (découpage)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="151"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="135"/>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="153"/>
        <source>Test file</source>
        <translation>Fichier de test</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="154"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.tsv *.txt *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="164"/>
        <source>Share of the rows held out for testing, stratified by class.</source>
        <translation>Part des lignes réservée au test, stratifiée par classe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="126"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="127"/>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="128"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="129"/>
        <source>Label column</source>
        <translation>Colonne d&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="130"/>
        <source>Normal values</source>
        <translation>Valeurs normales</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="131"/>
        <source>Missing cells</source>
        <translation>Cellules manquantes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="132"/>
        <source>Scaling</source>
        <translation>Mise à l&apos;échelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="133"/>
        <source>Log transform</source>
        <translation>Transformation log</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="136"/>
        <source>Test fraction</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="137"/>
        <source>Split seed</source>
        <translation>Graine du découpage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="48"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="231"/>
        <source>Rows spread over the file (their line numbers on the left), as they will be read. Choose each column&apos;s role in the first row; hover over a role to see why it is proposed (ignored, the attack type) or what was noticed about the column.</source>
        <translation>Lignes réparties dans le fichier (leurs numéros de ligne à gauche), telles qu&apos;elles seront lues. Choisissez le rôle de chaque colonne dans la première ligne ; survolez un rôle pour voir pourquoi il est proposé (ignorée, type d&apos;attaque) ou ce qui a été remarqué sur la colonne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="261"/>
        <source>the first line is a header</source>
        <translation>la première ligne est un en-tête</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="261"/>
        <source>no header line</source>
        <translation>pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="263"/>
        <source>Numbers are written with a decimal comma (0,25).</source>
        <translation>Les nombres sont écrits avec une virgule décimale (0,25).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="265"/>
        <source>The text is not UTF-8: it is read as Windows-1252, as Excel on Windows saves it.</source>
        <translation>Le texte n&apos;est pas en UTF-8 : il est lu en Windows-1252, comme Excel sous Windows l&apos;enregistre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="273"/>
        <source>“%1” %2 %</source>
        <comment>a label value in quotes, its share of the rows</comment>
        <translation>« %1 » %2 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="277"/>
        <source>%n more values</source>
        <translation>
            <numerusform>%n autre valeur</numerusform>
            <numerusform>%n autres valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="278"/>
        <source>Labels over all %1 rows: %2.</source>
        <translation>Étiquettes sur les %1 lignes : %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="278"/>
        <source>Labels over the first %1 rows: %2.</source>
        <translation>Étiquettes sur les %1 premières lignes : %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="303"/>
        <source>(none: unlabelled)</source>
        <translation>(aucune : non étiquetées)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="314"/>
        <source>Proposed as the attack type: %1.</source>
        <translation>Proposée comme type d&apos;attaque : %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="315"/>
        <source>Proposed as a feature: %1.</source>
        <translation>Proposée comme variable : %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="328"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="328"/>
        <source>log1p</source>
        <translation>log1p</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="341"/>
        <source>Heavy-tailed: spans three decades above its median.</source>
        <translation>Queue lourde : couvre trois ordres de grandeur au-dessus de sa médiane.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="342"/>
        <source>Take log1p of this column before scaling.</source>
        <translation>Appliquer log1p à cette colonne avant la mise à l&apos;échelle.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="354"/>
        <source>detected: %1</source>
        <translation>détecté : %1</translation>
    </message>
</context>
<context>
    <name>LossCurvePlot</name>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="41"/>
        <location filename="../ui/views/LossCurvePlot.cpp" line="116"/>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="45"/>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="48"/>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="49"/>
        <source>mean squared error</source>
        <translation>erreur quadr. moyenne</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="62"/>
        <location filename="../ui/views/LossCurvePlot.cpp" line="124"/>
        <source>Loss curves appear for detectors that train in epochs.</source>
        <translation>Les courbes de perte apparaissent pour les détecteurs entraînés par époques.</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="116"/>
        <source>%1: training loss</source>
        <translation>%1 : perte d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/views/LossCurvePlot.cpp" line="122"/>
        <source>%1 is fitted in one pass: no loss curve.</source>
        <translation>%1 s&apos;entraîne en une seule passe : pas de courbe de perte.</translation>
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
        <translation>Aucun jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Detector settings</source>
        <translation>Réglages du détecteur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="37"/>
        <source>&amp;Open Dataset...</source>
        <translation>&amp;Ouvrir un jeu de données...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="39"/>
        <source>Open a CSV or TSV file, optionally gzipped</source>
        <translation>Ouvrir un fichier CSV ou TSV, éventuellement compressé en gzip</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="40"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>Ouvrir le jeu de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="41"/>
        <source>Load the built-in generated network-flow dataset (20,000 labelled flows)</source>
        <translation>Charger le jeu de données intégré de flux réseau générés (20 000 flux étiquetés)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="42"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="44"/>
        <source>Open &amp;Session...</source>
        <translation>Ouvrir une &amp;session...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="46"/>
        <source>Open a saved session: its dataset, settings, trained detectors, thresholds and views</source>
        <translation>Ouvrir une session enregistrée : son jeu de données, ses réglages, ses détecteurs entraînés, ses seuils et ses vues</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="47"/>
        <source>Recent S&amp;essions</source>
        <translation>Sessions ré&amp;centes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="48"/>
        <source>Sa&amp;ve Session...</source>
        <translation>&amp;Enregistrer la session...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="50"/>
        <source>Save the dataset reference, every detector&apos;s settings, the trained detectors, the thresholds and the views to an .awbsession file (Ctrl+S)</source>
        <translation>Enregistrer la référence du jeu de données, les réglages de chaque détecteur, les détecteurs entraînés, les seuils et les vues dans un fichier .awbsession (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="54"/>
        <source>Export &amp;Report...</source>
        <translation>Exporter le ra&amp;pport...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="56"/>
        <source>A PDF report of every trained detector, at the thresholds on screen (Ctrl+P)</source>
        <translation>Un rapport PDF de chaque détecteur entraîné, aux seuils affichés (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="57"/>
        <source>Export Ro&amp;ws...</source>
        <translation>Exporter les &amp;lignes...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="59"/>
        <source>The rows of the current table, as filtered and sorted, to CSV</source>
        <translation>Les lignes du tableau actuel, filtrées et triées, en CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="60"/>
        <source>Export &amp;Metrics...</source>
        <translation>Exporter les &amp;métriques...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="61"/>
        <source>Every trained detector&apos;s train and test metrics to CSV</source>
        <translation>Les métriques d&apos;entraînement et de test de chaque détecteur entraîné, en CSV</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="62"/>
        <source>Export Mo&amp;del...</source>
        <translation>E&amp;xporter le modèle...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="63"/>
        <source>The trained detectors with their preprocessing and the thresholds on screen as a model file, for &quot;anomaly-cli score --load-model&quot; to score files of any size (or anomaly-cli --load-model)</source>
        <translation>Les détecteurs entraînés avec leur prétraitement et les seuils affichés comme fichier de modèle, avec lequel « anomaly-cli score --load-model » note des fichiers de toute taille (ou anomaly-cli --load-model)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="65"/>
        <source>Export Model as &amp;ONNX...</source>
        <translation>Exporter le modèle en &amp;ONNX...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="66"/>
        <source>The trained detectors with their preprocessing and the thresholds on screen as an ONNX model, to score with ONNX Runtime where the traffic is (ECOD has no ONNX form and is left out)</source>
        <translation>Les détecteurs entraînés avec leur prétraitement et les seuils affichés comme modèle ONNX, pour noter avec ONNX Runtime là où se trouve le trafic (ECOD n’a pas de forme ONNX et en est exclu)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="74"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="75"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="77"/>
        <source>Take back the last threshold or settings change of this detector (Ctrl+Z)</source>
        <translation>Annuler la dernière modification du seuil ou des réglages de ce détecteur (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="78"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="83"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="87"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="88"/>
        <source>&amp;Train All Detectors</source>
        <translation>&amp;Entraîner tous les détecteurs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="90"/>
        <source>Train every detector at the same time, each in its own thread (Ctrl+R)</source>
        <translation>Entraîner tous les détecteurs en même temps, chacun dans son propre thread (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="93"/>
        <source>Train %1</source>
        <translation>Entraîner %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="96"/>
        <source>&amp;Sweep Settings...</source>
        <translation>&amp;Balayage de paramètres...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="98"/>
        <source>Train one detector over a grid of settings and compare the runs</source>
        <translation>Entraîner un détecteur sur une grille de réglages et comparer les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="100"/>
        <source>C&amp;ompare Detectors</source>
        <translation>C&amp;omparer les détecteurs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="101"/>
        <source>Compare the detectors trained on this dataset side by side</source>
        <translation>Comparer côte à côte les détecteurs entraînés sur ce jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="192"/>
        <source>Change the %1 settings</source>
        <translation>Modification des réglages de %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="212"/>
        <source>The language changes the next time Anomaly Workbench starts.</source>
        <translation>La langue changera au prochain démarrage d&apos;Anomaly Workbench.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>Invalid settings</source>
        <translation>Réglages invalides</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>%1: a parameter holds a value it does not accept (marked in red).</source>
        <translation>%1 : un paramètre contient une valeur qu&apos;il n&apos;accepte pas (marquée en rouge).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="104"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="106"/>
        <source>Stop loading or training (Esc)</source>
        <translation>Arrêter le chargement ou l&apos;entraînement (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="108"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="112"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="113"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="114"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="116"/>
        <source>&amp;About Anomaly Workbench</source>
        <translation>À &amp;propos d&apos;Anomaly Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="117"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="119"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Open Dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Data files (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.tsv *.txt *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>demo dataset</source>
        <translation>jeu de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Loading %1</source>
        <translation>Chargement : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>%1: %2 train + %3 test rows, %4 features</source>
        <translation>%1 : %2 + %3 lignes (entraînement + test), %4 variables</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>The dataset could not be loaded</source>
        <translation>Impossible de charger le jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Nothing to train on</source>
        <translation>Aucune donnée à entraîner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Open a dataset first (File &gt; Open Dataset, or the demo dataset).</source>
        <translation>Ouvrez d&apos;abord un jeu de données (Fichier &gt; Ouvrir un jeu de données, ou le jeu de démonstration).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="397"/>
        <source>%1: training cancelled; the previous results are unchanged.</source>
        <translation>%1 : entraînement annulé ; les résultats précédents sont inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>%1 training failed</source>
        <translation>Échec de l&apos;entraînement de %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="49"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="80"/>
        <source>Recording the run</source>
        <translation>Enregistrement de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="103"/>
        <source>The run was not recorded in the history: %1</source>
        <translation>L&apos;exécution n&apos;a pas été enregistrée dans l&apos;historique : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="142"/>
        <source>Train at least two detectors on this dataset to compare them.</source>
        <translation>Entraînez au moins deux détecteurs sur ce jeu de données pour les comparer.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="152"/>
        <source>Those rows belong to data that is not open here: open the compared runs&apos; data and train a detector to list them.</source>
        <translation>Ces lignes appartiennent à des données qui ne sont pas ouvertes ici : ouvrez les données des exécutions comparées et entraînez un détecteur pour les lister.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowHistory.cpp" line="181"/>
        <source>Sweep of %n run(s)</source>
        <translation>
            <numerusform>Balayage de %n exécution</numerusform>
            <numerusform>Balayage de %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="224"/>
        <source>The sweep failed</source>
        <translation>Le balayage a échoué</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="239"/>
        <source>Reopening run %1</source>
        <translation>Réouverture de l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowHistory.cpp" line="269"/>
        <source>The run could not be reopened</source>
        <translation>Impossible de rouvrir l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="47"/>
        <source>Exporting %1</source>
        <translation>Exportation : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="57"/>
        <location filename="../ui/MainWindowExport.cpp" line="118"/>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="60"/>
        <source>The export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="66"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="66"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="73"/>
        <source>Export Rows</source>
        <translation>Exporter les lignes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="73"/>
        <location filename="../ui/MainWindowExport.cpp" line="95"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="80"/>
        <source>Export Model as ONNX</source>
        <translation>Exporter le modèle en ONNX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="80"/>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="87"/>
        <source>Export Model</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="87"/>
        <source>Anomaly Workbench models (*.awbmodel)</source>
        <translation>Modèles Anomaly Workbench (*.awbmodel)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="95"/>
        <source>Export Metrics</source>
        <translation>Exporter les métriques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="106"/>
        <location filename="../ui/MainWindowExport.cpp" line="129"/>
        <source>No model to export</source>
        <translation>Aucun modèle à exporter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="119"/>
        <source>Exported %1; left out, having no ONNX form: %2</source>
        <translation>%1 exporté ; exclus faute de forme ONNX : %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="134"/>
        <source>Exported %1: anomaly-cli score --load-model scores files of any size with it</source>
        <translation>%1 exporté : anomaly-cli score --load-model note avec lui des fichiers de toute taille</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="151"/>
        <source>Nothing to report</source>
        <translation>Rien à rapporter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="151"/>
        <source>Train a detector first: the report shows the trained detectors&apos; results.</source>
        <translation>Entraînez d&apos;abord un détecteur : le rapport présente les résultats des détecteurs entraînés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="170"/>
        <source>No rows to export</source>
        <translation>Aucune ligne à exporter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="170"/>
        <source>Train a detector first: its rows table is what is exported.</source>
        <translation>Entraînez d&apos;abord un détecteur : c&apos;est son tableau de lignes qui est exporté.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="186"/>
        <source>No metrics to export</source>
        <translation>Aucune métrique à exporter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowExport.cpp" line="106"/>
        <location filename="../ui/MainWindowExport.cpp" line="129"/>
        <location filename="../ui/MainWindowExport.cpp" line="186"/>
        <source>Train a detector first.</source>
        <translation>Entraînez d&apos;abord un détecteur.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="34"/>
        <source>Anomaly Workbench sessions (*.awbsession)</source>
        <translation>Sessions Anomaly Workbench (*.awbsession)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="85"/>
        <location filename="../ui/MainWindowSession.cpp" line="311"/>
        <source>Save Session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="93"/>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="93"/>
        <source>Open a dataset first: a session keeps a dataset and what was done with it.</source>
        <translation>Ouvrez d&apos;abord un jeu de données : une session conserve un jeu de données et ce qui a été fait avec.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="96"/>
        <source>Saving %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="106"/>
        <source>Session saved to %1</source>
        <translation>Session enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="110"/>
        <location filename="../ui/MainWindowSession.cpp" line="317"/>
        <source>The session could not be saved</source>
        <translation>Impossible d&apos;enregistrer la session</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="117"/>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="118"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="133"/>
        <source>Opening %1</source>
        <translation>Ouverture : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="161"/>
        <source>The session could not be opened</source>
        <translation>Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="184"/>
        <source>The data has changed</source>
        <translation>Les données ont changé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="185"/>
        <source>Since %1 was saved, %2 changed. The stored detectors can score the data as it is now, or be trained again on it with the stored settings.</source>
        <translation>Depuis l&apos;enregistrement de %1, des modifications touchent %2. Les détecteurs stockés peuvent calculer les scores des données telles qu&apos;elles sont maintenant, ou être entraînés à nouveau sur elles avec les réglages stockés.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="187"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="190"/>
        <source>&amp;Retrain</source>
        <translation>&amp;Réentraîner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="192"/>
        <source>&amp;Keep Trained Detectors</source>
        <translation>&amp;Conserver les détecteurs entraînés</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="254"/>
        <source>Saving the state for recovery</source>
        <translation>Enregistrement de l&apos;état pour la récupération</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="268"/>
        <source>The state could not be saved for recovery: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;état pour la récupération : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="279"/>
        <source>Restore the last state?</source>
        <translation>Restaurer le dernier état ?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="280"/>
        <source>Anomaly Workbench did not close normally last time. Restore the dataset, settings and trained detectors it had then?</source>
        <translation>Anomaly Workbench ne s&apos;est pas fermé normalement la dernière fois. Restaurer le jeu de données, les réglages et les détecteurs entraînés qu&apos;il avait alors ?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="284"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="285"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="304"/>
        <source>Discard the results?</source>
        <translation>Abandonner les résultats ?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowSession.cpp" line="305"/>
        <source>The trained detectors are neither in the run history nor in a saved session. Save them in a session first?</source>
        <translation>Les détecteurs entraînés ne figurent ni dans l&apos;historique des exécutions ni dans une session enregistrée. Les enregistrer d&apos;abord dans une session ?</translation>
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
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ParamEditor.cpp" line="68"/>
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="21"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="26"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="43"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="45"/>
        <source>Run History Database</source>
        <translation>Base de l&apos;historique des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="46"/>
        <source>SQLite databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="60"/>
        <source>all cores (%1)</source>
        <translation>tous les cœurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="65"/>
        <source>as the locale has it</source>
        <translation>selon les paramètres régionaux</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="66"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="67"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="71"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="72"/>
        <source>The language of menus, messages and reports. Takes effect the next time the workbench starts.</source>
        <translation>La langue des menus, des messages et des rapports. Prend effet au prochain démarrage de l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="73"/>
        <source>Scaling of new files</source>
        <translation>Mise à l&apos;échelle des nouveaux fichiers</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="74"/>
        <source>How numeric columns are scaled when a file is opened for the first time; a recent file keeps its own choice. Min-max suits most detectors; robust scaling resists outliers in the training rows.</source>
        <translation>Mise à l&apos;échelle des colonnes numériques quand un fichier est ouvert pour la première fois ; un fichier récent conserve son propre choix. Min-max convient à la plupart des détecteurs ; la mise à l&apos;échelle robuste résiste aux valeurs aberrantes des lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="76"/>
        <source>Default threshold policy</source>
        <translation>Stratégie de seuil par défaut</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="77"/>
        <source>The policy every detector starts with and returns to with Reset to defaults.</source>
        <translation>La stratégie avec laquelle chaque détecteur démarre et à laquelle il revient avec Réinitialiser.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="78"/>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="79"/>
        <source>The SQLite database every run is recorded in, shared with anomaly-cli (its --history option). Empty: the default in your data folder.</source>
        <translation>La base SQLite où chaque exécution est enregistrée, partagée avec anomaly-cli (son option --history). Vide : la base par défaut de votre dossier de données.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="81"/>
        <source>Training threads</source>
        <translation>Threads d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="82"/>
        <source>Threads each training and scoring uses. Fewer leave cores free for other work; results do not depend on it except for the autoencoder&apos;s floating-point sums.</source>
        <translation>Threads utilisés par chaque entraînement et chaque calcul des scores. Moins de threads laissent des cœurs libres pour d&apos;autres travaux ; les résultats n&apos;en dépendent pas, sauf pour les sommes en virgule flottante de l&apos;autoencoder.</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="84"/>
        <source>Report page size</source>
        <translation>Format de page des rapports</translation>
    </message>
    <message>
        <location filename="../ui/preferences/PreferencesDialog.cpp" line="84"/>
        <source>The page size of PDF reports.</source>
        <translation>Le format de page des rapports PDF.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="122"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="138"/>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
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
        <translation>anomalie</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="159"/>
        <source>predicted</source>
        <translation>prédit</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportCharts.cpp" line="169"/>
        <source>true %1</source>
        <translation>réel : %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../ui/report/ReportDocument.cpp" line="77"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../ui/report/Reports.cpp" line="48"/>
        <source>no parameters</source>
        <translation>aucun paramètre</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="55"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="57"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="57"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="60"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="60"/>
        <source>%1 numeric, %2 categorical features; %3 ignored; %4 encoded features (%5 constant)</source>
        <translation>%1 variables numériques, %2 catégorielles ; %3 ignorées ; %4 variables encodées (%5 constantes)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="63"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="63"/>
        <source>none (unlabelled)</source>
        <translation>aucune (non étiquetées)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source>Normal values</source>
        <translation>Valeurs normales</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source> (detected)</source>
        <translation> (détectées)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="67"/>
        <source> (given)</source>
        <translation> (fournies)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="68"/>
        <location filename="../ui/report/Reports.cpp" line="184"/>
        <source>Training rows</source>
        <translation>Lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="68"/>
        <location filename="../ui/report/Reports.cpp" line="69"/>
        <source>%1, of which %2 anomalies</source>
        <translation>%1, dont %2 anomalies</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="69"/>
        <location filename="../ui/report/Reports.cpp" line="184"/>
        <source>Test rows</source>
        <translation>Lignes de test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="70"/>
        <source>Missing, non-finite cells</source>
        <translation>Cellules manquantes, non finies</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="70"/>
        <source>%1 missing, %2 non-finite; %3 imputed, %4 rows dropped</source>
        <translation>%1 manquantes, %2 non finies ; %3 imputées, %4 lignes supprimées</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="73"/>
        <source>Unseen categories in test</source>
        <translation>Catégories inédites en test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="73"/>
        <source>%1 cells</source>
        <translation>%1 cellules</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="75"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="77"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="77"/>
        <source>delimiter %1, %2; scaling %3; missing cells: %4; %5</source>
        <translation>séparateur %1, %2 ; mise à l&apos;échelle %3 ; cellules manquantes : %4 ; %5</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="78"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="76"/>
        <source>header line</source>
        <translation>ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="76"/>
        <source>no header</source>
        <translation>sans en-tête</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="79"/>
        <source>%1, decimal comma (0,25)</source>
        <translation>%1, virgule décimale (0,25)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="82"/>
        <source>test rows split off (fraction %1, seed %2)</source>
        <translation>lignes de test extraites (fraction %1, graine %2)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="83"/>
        <source>separate test file</source>
        <translation>fichier de test séparé</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <location filename="../ui/report/Reports.cpp" line="107"/>
        <location filename="../ui/report/Reports.cpp" line="314"/>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <location filename="../ui/report/Reports.cpp" line="106"/>
        <location filename="../ui/report/Reports.cpp" line="314"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="90"/>
        <source>support</source>
        <translation>effectif</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="94"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="95"/>
        <source>anomaly</source>
        <translation>anomalie</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="96"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="97"/>
        <source>macro avg</source>
        <translation>moy. macro</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="98"/>
        <source>weighted avg</source>
        <translation>moy. pondérée</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="105"/>
        <source>ROC (test): AUC %1</source>
        <translation>ROC (test) : AUC %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="105"/>
        <source>Precision-recall (test): AP %1</source>
        <translation>Précision-rappel (test) : AP %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="106"/>
        <location filename="../ui/report/Reports.cpp" line="313"/>
        <source>false positive rate</source>
        <translation>taux de faux positifs</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="107"/>
        <location filename="../ui/report/Reports.cpp" line="313"/>
        <source>true positive rate</source>
        <translation>taux de vrais positifs</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <location filename="../ui/report/Reports.cpp" line="202"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>true label</source>
        <translation>étiquette réelle</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>strongest columns</source>
        <translation>colonnes dominantes</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="126"/>
        <source>the row as it stood in the file</source>
        <translation>la ligne telle que dans le fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="148"/>
        <source>Top %n flagged test rows by score</source>
        <translation>
            <numerusform>%n ligne de test signalée au score le plus élevé</numerusform>
            <numerusform>%n lignes de test signalées aux scores les plus élevés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="150"/>
        <source>No test row scores above the threshold.</source>
        <translation>Aucune ligne de test n&apos;a un score supérieur au seuil.</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Label value</source>
        <translation>Valeur d&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="161"/>
        <source>Share flagged</source>
        <translation>Part signalée</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="164"/>
        <source> (normal)</source>
        <translation> (normal)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="167"/>
        <source>Test rows flagged per label value (recall of each attack type)</source>
        <translation>Lignes de test signalées par valeur d&apos;étiquette (rappel de chaque type d&apos;attaque)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="175"/>
        <source>Settings: %1. Fitted on %2 %3. Threshold %4, from the policy %5 (%6).</source>
        <translation>Réglages : %1. Entraîné sur %2 %3. Seuil %4, issu de la stratégie %5 (%6).</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="177"/>
        <source>normal training rows</source>
        <translation>lignes d&apos;entraînement normales</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="177"/>
        <source>training rows (all)</source>
        <translation>lignes d&apos;entraînement (toutes)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="181"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="183"/>
        <source>No metrics: the data has no labels, or labels of one class only; scores only.</source>
        <translation>Pas de métriques : les données n&apos;ont pas d&apos;étiquettes, ou des étiquettes d&apos;une seule classe ; scores uniquement.</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="187"/>
        <source>%1: ROC-AUC %2, average precision %3</source>
        <translation>%1 : ROC-AUC %2, précision moyenne %3</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="192"/>
        <source>Confusion matrix, training rows</source>
        <translation>Matrice de confusion, lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="193"/>
        <source>Confusion matrix, test rows</source>
        <translation>Matrice de confusion, lignes de test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="201"/>
        <source>Scores (test)</source>
        <translation>Scores (test)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="214"/>
        <source>Training loss per epoch</source>
        <translation>Perte d&apos;entraînement par époque</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="214"/>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="214"/>
        <source>mean squared error (log)</source>
        <translation>erreur quadr. moyenne (log)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="215"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="215"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="255"/>
        <source>generated demo data (%1 rows, seed %2)</source>
        <translation>données de démonstration générées (%1 lignes, graine %2)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="258"/>
        <source>Anomaly Workbench run report</source>
        <translation>Rapport d&apos;exécution Anomaly Workbench</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="258"/>
        <source>Anomaly Workbench run report · %1</source>
        <translation>Rapport d&apos;exécution Anomaly Workbench · %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="259"/>
        <source>Run report</source>
        <translation>Rapport d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="260"/>
        <source>Data: %1
Files: %2%3
Input fingerprint: %4
Rows: %5 training, %6 test
Created %7 by Anomaly Workbench %8</source>
        <translation>Données : %1
Fichiers : %2%3
Empreinte des entrées : %4
Lignes : %5 entraînement, %6 test
Créé le %7 par Anomaly Workbench %8</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>detector</source>
        <translation>détecteur</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>fitted on</source>
        <translation>entraîné sur</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test ROC-AUC</source>
        <translation>ROC-AUC test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test AP</source>
        <translation>AP test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test F1</source>
        <translation>F1 test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test FP</source>
        <translation>FP test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="265"/>
        <source>test FN</source>
        <translation>FN test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="273"/>
        <source>Detectors at a glance</source>
        <translation>Vue d&apos;ensemble des détecteurs</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="287"/>
        <source>Anomaly Workbench comparison report</source>
        <translation>Rapport de comparaison Anomaly Workbench</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="287"/>
        <source>Comparison of %1</source>
        <translation>Comparaison de %1</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="288"/>
        <source>Comparison report</source>
        <translation>Rapport de comparaison</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/Reports.cpp" line="288"/>
        <source>%n detector(s): %1
Created %2</source>
        <translation>
            <numerusform>%n détecteur : %1
Créé le %2</numerusform>
            <numerusform>%n détecteurs : %1
Créé le %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="291"/>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="299"/>
        <source>Settings (highlighted and *: they differ)</source>
        <translation>Réglages (surlignés et * : ils diffèrent)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="302"/>
        <source>metric</source>
        <translation>métrique</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="311"/>
        <source>Metrics (highlighted and *: the best of the row)</source>
        <translation>Métriques (surlignées et * : la meilleure valeur de la ligne)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="313"/>
        <source>ROC, test rows</source>
        <translation>ROC, lignes de test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="314"/>
        <source>Precision-recall, test rows</source>
        <translation>Précision-rappel, lignes de test</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="329"/>
        <source>Curves on the test rows (dots: each detector&apos;s threshold)</source>
        <translation>Courbes sur les lignes de test (points : seuil de chaque détecteur)</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="332"/>
        <source>Confusion matrices on the test rows, each at its own threshold</source>
        <translation>Matrices de confusion sur les lignes de test, chacune à son propre seuil</translation>
    </message>
    <message>
        <location filename="../ui/report/Reports.cpp" line="345"/>
        <source>Flagged test rows: by all %1, by some %2, by none %3.</source>
        <translation>Lignes de test signalées : par tous %1, par certains %2, par aucun %3.</translation>
    </message>
</context>
<context>
    <name>ResultSelection</name>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="151"/>
        <source>true positives</source>
        <translation>vrais positifs</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="151"/>
        <source>false negatives</source>
        <translation>faux négatifs</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="152"/>
        <source>false positives</source>
        <translation>faux positifs</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="152"/>
        <source>true negatives</source>
        <translation>vrais négatifs</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="163"/>
        <source>score %1 – %2</source>
        <translation>score %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="167"/>
        <source>text “%1”</source>
        <translation>texte « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultSelection.cpp" line="168"/>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="67"/>
        <source>Classification report</source>
        <translation>Rapport de classification</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="68"/>
        <source>Confusion matrix (click a cell to list its rows)</source>
        <translation>Matrice de confusion (clic sur une cellule : ses lignes)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="76"/>
        <source>Score distribution</source>
        <translation>Distribution des scores</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="124"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="130"/>
        <source>Threshold assistant</source>
        <translation>Assistant de seuil</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="131"/>
        <source>Compare threshold policies (best F1, a false positive rate, costs, an alert budget, ...) and apply one.</source>
        <translation>Comparer les stratégies de seuil (meilleur F1, un taux de faux positifs, des coûts, un budget d&apos;alertes, ...) et en appliquer une.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="134"/>
        <source>What drives this row&apos;s score?</source>
        <translation>Qu’est-ce qui fait le score de cette ligne ?</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="95"/>
        <source>Out of date: the settings were changed after these results were computed. Train again to update them.</source>
        <translation>Obsolète : les réglages ont été modifiés après le calcul de ces résultats. Entraînez à nouveau pour les mettre à jour.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="165"/>
        <source>Test rows</source>
        <translation>Lignes de test</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="166"/>
        <source>Training rows</source>
        <translation>Lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="167"/>
        <source>Evaluate on the held-out test rows or on the rows the model was trained on.</source>
        <translation>Évaluer sur les lignes de test mises de côté ou sur les lignes d&apos;entraînement du modèle.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="176"/>
        <source>Rows scoring above the threshold are flagged. Lower it to catch more anomalies at the cost of more false positives.</source>
        <translation>Les lignes dont le score dépasse le seuil sont signalées. Abaissez-le pour détecter plus d&apos;anomalies, au prix de plus de faux positifs.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="181"/>
        <source>Model threshold</source>
        <translation>Seuil du modèle</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="182"/>
        <location filename="../ui/results/ResultsPanel.cpp" line="374"/>
        <source>Back to the threshold the model was trained with.</source>
        <translation>Revenir au seuil avec lequel le modèle a été entraîné.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="190"/>
        <source>Evaluate on:</source>
        <translation>Évaluer sur :</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="193"/>
        <source>Threshold:</source>
        <translation>Seuil :</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="212"/>
        <source>Filter rows by text in any original column (e.g. an IP, a service)…</source>
        <translation>Filtrer les lignes par texte dans n&apos;importe quelle colonne d&apos;origine (p. ex. une IP, un service)…</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="237"/>
        <source>Clear the filter and show all rows.</source>
        <translation>Effacer le filtre et afficher toutes les lignes.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="251"/>
        <source>Rows (sorted by score; select rows to mark them on the histogram, Ctrl+C copies)</source>
        <translation>Lignes (triées par score ; sélectionnez des lignes pour les marquer sur l&apos;histogramme, Ctrl+C les copie)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="311"/>
        <source>Move the threshold</source>
        <translation>Déplacement du seuil</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="320"/>
        <source>Threshold by %1</source>
        <translation>Seuil selon %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="381"/>
        <source>Checked after training (the threshold as the policy chose it): %1</source>
        <translation>Vérifié après l&apos;entraînement (au seuil choisi par la stratégie) : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="383"/>
        <source>fitted on %1 normal training rows</source>
        <translation>entraîné sur %1 lignes d&apos;entraînement normales</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="384"/>
        <source>fitted on all %1 training rows</source>
        <translation>entraîné sur les %1 lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="386"/>
        <source>Back to the threshold %1 that the policy %2 chose after training.</source>
        <translation>Revenir au seuil %1 choisi par la stratégie %2 après l&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="412"/>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="425"/>
        <source>No results yet: train a model.</source>
        <translation>Aucun résultat pour le moment : entraînez un modèle.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPanel.cpp" line="429"/>
        <source>%1 of %2 rows flagged · table shows %3 rows</source>
        <translation>%1 lignes sur %2 signalées · le tableau affiche %3 lignes</translation>
    </message>
</context>
<context>
    <name>RowExplanationChart</name>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="57"/>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="61"/>
        <source>never seen in normal rows</source>
        <translation>jamais vu dans les lignes normales</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="62"/>
        <source>%1 % of normal rows</source>
        <translation>%1 % des lignes normales</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="64"/>
        <source>normal %1 – %2, median %3</source>
        <translation>normal %1 – %2, médiane %3</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="110"/>
        <source>Select a row in the table to see which columns make it stand out.</source>
        <translation>Sélectionnez une ligne du tableau pour voir quelles colonnes la font ressortir.</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="114"/>
        <source>This result carries no model to explain its rows.</source>
        <translation>Ce résultat ne contient aucun modèle pour expliquer ses lignes.</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="131"/>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="132"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="133"/>
        <source>%1 · score %2 · %3
Bars: %4; each column beside what normal training rows hold.</source>
        <translation>%1 · score %2 · %3
Barres : %4 ; chaque colonne comparée au contenu des lignes d&apos;entraînement normales.</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="160"/>
        <source>Contribution to the score</source>
        <translation>Contribution au score</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="136"/>
        <source>flagged</source>
        <translation>signalée</translation>
    </message>
    <message>
        <location filename="../ui/results/RowExplanationChart.cpp" line="136"/>
        <source>not flagged</source>
        <translation>non signalée</translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="32"/>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="36"/>
        <source>Logarithmic score axis: spreads out scores that span several orders of magnitude.</source>
        <translation>Axe des scores logarithmique : étale les scores qui couvrent plusieurs ordres de grandeur.</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="37"/>
        <source>Stacked by true class</source>
        <translation>Empilé par classe réelle</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="38"/>
        <source>Overlaid by true class</source>
        <translation>Superposé par classe réelle</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="39"/>
        <source>Stacked shows the total per bin; overlaid compares the two classes&apos; shapes.</source>
        <translation>Empilé montre le total par intervalle ; superposé compare les formes des deux classes.</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="40"/>
        <source>Drag the red line: threshold · Shift-drag: filter a score range</source>
        <translation>Faites glisser la ligne rouge : seuil · Shift+glisser : filtrer une plage de scores</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="65"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="82"/>
        <source>Selected rows</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="173"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="225"/>
        <source>Normal (true class)</source>
        <translation>Normal (réel)</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="225"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="229"/>
        <source>Anomaly (true class)</source>
        <translation>Anomalie (réelle)</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="262"/>
        <source>Alerts per 10,000 flows (flagged above that score)</source>
        <translation>Alertes pour 10 000 flux (signalés au-dessus de ce score)</translation>
    </message>
    <message>
        <location filename="../ui/results/ScoreHistogram.cpp" line="354"/>
        <source>threshold %1
%2 flagged (%3 per 10,000)</source>
        <translation>seuil %1
%2 signalées (%3 pour 10 000)</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="23"/>
        <source>Sweep Settings</source>
        <translation>Balayage de paramètres</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="27"/>
        <source>The detector whose settings are swept; its other settings are those of its panel.</source>
        <translation>Le détecteur dont les réglages sont balayés ; ses autres réglages sont ceux de son panneau.</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="30"/>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="34"/>
        <source>values: 50, 100, 200  or a range 1:5:1</source>
        <translation>valeurs : 50, 100, 200  ou une plage 1:5:1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="35"/>
        <source>Comma-separated values as the command line&apos;s --set spells them, or FROM:TO:STEP for a range (seeds 1:5:1 repeat a run over five seeds).</source>
        <translation>Valeurs séparées par des virgules, écrites comme pour --set en ligne de commande, ou DÉBUT:FIN:PAS pour une plage (les graines 1:5:1 répètent une exécution sur cinq graines).</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="43"/>
        <source>A setting of the detector, and the values the sweep gives it: %1</source>
        <translation>Un réglage du détecteur, et les valeurs que le balayage lui donne : %1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="45"/>
        <source>Setting %1</source>
        <translation>Réglage %1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="52"/>
        <source>Run Sweep</source>
        <translation>Lancer le balayage</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="69"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="72"/>
        <source>Threshold policy</source>
        <translation>Stratégie de seuil</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="73"/>
        <source>Train on</source>
        <translation>Entraîner sur</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/SweepDialog.cpp" line="101"/>
        <source>%n run(s) on data loaded once; each is recorded in the history.</source>
        <translation>
            <numerusform>%n exécution sur des données chargées une seule fois ; elle est enregistrée dans l&apos;historique.</numerusform>
            <numerusform>%n exécutions sur des données chargées une seule fois ; chacune est enregistrée dans l&apos;historique.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/SweepDialog.cpp" line="113"/>
        <source>The sweep cannot run</source>
        <translation>Le balayage ne peut pas être lancé</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message numerus="yes">
        <location filename="../ui/history/SweepView.cpp" line="45"/>
        <source>Sweep: %n run(s)</source>
        <translation>
            <numerusform>Balayage : %n exécution</numerusform>
            <numerusform>Balayage : %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="46"/>
        <source>History run</source>
        <translation>Exécution (historique)</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <location filename="../ui/history/SweepView.cpp" line="74"/>
        <source>Test ROC-AUC</source>
        <translation>ROC-AUC test</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Test AP</source>
        <translation>AP test</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Test F1</source>
        <translation>F1 test</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="49"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="74"/>
        <source>Test average precision</source>
        <translation>Précision moyenne test</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="74"/>
        <source>Test F1 (anomaly)</source>
        <translation>F1 test (anomalie)</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="82"/>
        <source>Plot</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="85"/>
        <source>against %1</source>
        <translation>en fonction de %1</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="89"/>
        <source>Cancelled: the runs finished before it are shown and recorded.</source>
        <translation>Annulé : les exécutions terminées avant sont affichées et enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/history/SweepView.cpp" line="130"/>
        <source>runs</source>
        <translation>exécutions</translation>
    </message>
</context>
<context>
    <name>ThresholdAssistant</name>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="31"/>
        <source>TP %1 · FP %2 · FN %3 · TN %4</source>
        <translation>VP %1 · FP %2 · FN %3 · VN %4</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Train alerts /10k</source>
        <translation>Alertes entr. /10k</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="58"/>
        <source>Train confusion</source>
        <translation>Confusion entr.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Train F1</source>
        <translation>F1 entr.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Test alerts /10k</source>
        <translation>Alertes test /10k</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Test confusion</source>
        <translation>Confusion test</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="59"/>
        <source>Test F1</source>
        <translation>F1 test</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="66"/>
        <source>Each policy&apos;s threshold, chosen on the training rows, and what it flags there and on the test rows. Select one and press Apply, or double-click it.</source>
        <translation>Le seuil de chaque stratégie, choisi sur les lignes d&apos;entraînement, et ce qu&apos;il signale sur celles-ci et sur les lignes de test. Sélectionnez-en une et cliquez sur Appliquer, ou double-cliquez dessus.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="72"/>
        <source>Add to the table</source>
        <translation>Ajouter au tableau</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="74"/>
        <source>Apply this policy with your inputs (costs, budget, target rate) and list it with the others.</source>
        <translation>Appliquer cette stratégie avec vos valeurs (coûts, budget, taux cible) et la lister avec les autres.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="75"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="77"/>
        <source>Set the threshold to the selected policy&apos;s; every view follows. Ctrl+Z takes it back.</source>
        <translation>Régler le seuil sur celui de la stratégie sélectionnée ; toutes les vues suivent. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="96"/>
        <source>Your policy:</source>
        <translation>Votre stratégie :</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="180"/>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="222"/>
        <source>Threshold (red: current)</source>
        <translation>Seuil (rouge : actuel)</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="223"/>
        <source>Cost per 10,000 flows</source>
        <translation>Coût pour 10 000 flux</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="224"/>
        <source>Expected cost on the training rows, a false alarm costing %1 and a missed attack %2 (the last cost policy in the table).</source>
        <translation>Coût attendu sur les lignes d&apos;entraînement, une fausse alerte coûtant %1 et une attaque manquée %2 (la dernière stratégie de coût du tableau).</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="266"/>
        <source>Select a policy to see what it assumes and how its threshold came about.</source>
        <translation>Sélectionnez une stratégie pour voir ce qu&apos;elle suppose et comment son seuil a été obtenu.</translation>
    </message>
    <message>
        <location filename="../ui/results/ThresholdAssistant.cpp" line="272"/>
        <source>Chosen as: %1.</source>
        <translation>Choisi ainsi : %1.</translation>
    </message>
</context>
<context>
    <name>ThresholdPolicyEditor</name>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="92"/>
        <source>default for the data</source>
        <translation>par défaut selon les données</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="93"/>
        <source>detector&apos;s own cut-off</source>
        <translation>seuil propre au détecteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="94"/>
        <source>fixed value</source>
        <translation>valeur fixe</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="95"/>
        <source>best F1 (labels)</source>
        <translation>meilleur F1 (étiquettes)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="96"/>
        <source>false positive rate (labels)</source>
        <translation>taux de faux positifs (étiquettes)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="97"/>
        <source>recall (labels)</source>
        <translation>rappel (étiquettes)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="98"/>
        <source>least cost (labels)</source>
        <translation>coût minimal (étiquettes)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="99"/>
        <source>alert budget</source>
        <translation>budget d&apos;alertes</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="100"/>
        <source>contamination</source>
        <translation>contamination</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="101"/>
        <source>percentile</source>
        <translation>centile</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="102"/>
        <source>robust z-score (MAD)</source>
        <translation>z-score robuste (MAD)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="103"/>
        <source>Otsu&apos;s split</source>
        <translation>séparation d&apos;Otsu</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="104"/>
        <source>knee of sorted scores</source>
        <translation>coude des scores triés</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="156"/>
        <source>false alarm</source>
        <translation>fausse alerte</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="156"/>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="157"/>
        <source>missed attack</source>
        <translation>attaque manquée</translation>
    </message>
    <message>
        <location filename="../ui/panels/ThresholdPolicyEditor.cpp" line="157"/>
        <source>per flows</source>
        <translation>par flux</translation>
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
        <translation>Erreur de reconstruction (quadratique moyenne)</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="21"/>
        <source>squared reconstruction error of the column&apos;s encoded features</source>
        <translation>erreur de reconstruction au carré des variables encodées de la colonne</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="29"/>
        <source>Encoder layers</source>
        <translation>Couches de l&apos;encodeur</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="30"/>
        <source>Widths of the encoder&apos;s layers, comma-separated, narrowing to the bottleneck; the decoder mirrors them. A narrower bottleneck learns only the dominant normal patterns (anomalies reconstruct worse) but may miss rare normal traffic.</source>
        <translation>Largeurs des couches de l&apos;encodeur, séparées par des virgules, décroissantes jusqu&apos;au goulot d&apos;étranglement ; le décodeur les reproduit en miroir. Un goulot plus étroit n&apos;apprend que les motifs normaux dominants (les anomalies sont moins bien reconstruites) mais peut manquer le trafic normal rare.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="35"/>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="36"/>
        <source>Non-linearity of the hidden layers. ReLU trains fast and is the usual choice; leaky ReLU avoids units that stop learning; tanh and sigmoid are smoother and suit small networks.</source>
        <translation>Non-linéarité des couches cachées. ReLU s&apos;entraîne vite et est le choix habituel ; leaky ReLU évite les unités qui cessent d&apos;apprendre ; tanh et sigmoid sont plus lisses et conviennent aux petits réseaux.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="41"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="42"/>
        <source>Activation of the reconstruction. Linear suits any scaling; sigmoid keeps outputs in [0, 1], which matches min-max scaled features.</source>
        <translation>Activation de la reconstruction. Une sortie linéaire convient à toute mise à l&apos;échelle ; sigmoid maintient les sorties dans [0, 1], ce qui correspond aux variables mises à l&apos;échelle en min-max.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="45"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="46"/>
        <source>Passes over the training rows. More epochs fit normal traffic more closely; early stopping ends training when the validation loss stops improving.</source>
        <translation>Passages sur les lignes d&apos;entraînement. Davantage d&apos;époques ajustent le trafic normal de plus près ; l&apos;arrêt anticipé met fin à l&apos;entraînement quand la perte de validation cesse de s&apos;améliorer.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="50"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="51"/>
        <source>Rows per gradient step. Larger batches run faster per epoch and give smoother steps; smaller ones take more, noisier steps that can generalise better.</source>
        <translation>Lignes par pas de gradient. Des lots plus grands vont plus vite par époque et donnent des pas plus réguliers ; des lots plus petits font des pas plus nombreux et plus bruités, qui peuvent mieux généraliser.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="55"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="56"/>
        <source>Step size of the optimizer. Too high and the loss jumps or diverges; too low and training needs many more epochs.</source>
        <translation>Taille du pas de l&apos;optimiseur. Trop élevé, la perte fait des sauts ou diverge ; trop faible, l&apos;entraînement demande beaucoup plus d&apos;époques.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="59"/>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="60"/>
        <source>Adam adapts the step per weight and works well out of the box; SGD with momentum is simpler and may need a tuned learning rate.</source>
        <translation>Adam adapte le pas pour chaque poids et fonctionne bien sans réglage ; SGD avec momentum est plus simple et peut nécessiter un taux d&apos;apprentissage ajusté.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="63"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="64"/>
        <source>SGD only: how much of the previous step carries over; smooths noisy gradients.</source>
        <translation>SGD uniquement : part du pas précédent qui est reportée ; lisse les gradients bruités.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="67"/>
        <source>L2 weight decay</source>
        <translation>Décroissance des poids L2</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="68"/>
        <source>Penalty on large weights. A little regularises the network against memorising rows; too much blurs reconstructions of normal traffic too.</source>
        <translation>Pénalité sur les poids élevés. Un peu régularise le réseau contre la mémorisation des lignes ; trop brouille aussi les reconstructions du trafic normal.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="71"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="72"/>
        <source>Share of hidden units switched off at random during training. Regularises like L2; 0 turns it off.</source>
        <translation>Part des unités cachées désactivées au hasard pendant l&apos;entraînement. Régularise comme L2 ; 0 le désactive.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="75"/>
        <source>Validation fraction</source>
        <translation>Fraction de validation</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="76"/>
        <source>Share of training rows held out to measure the validation loss each epoch, used for early stopping. 0 trains on every row but disables early stopping.</source>
        <translation>Part des lignes d&apos;entraînement mise de côté pour mesurer la perte de validation à chaque époque, utilisée pour l&apos;arrêt anticipé. 0 entraîne sur toutes les lignes mais désactive l&apos;arrêt anticipé.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="79"/>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="80"/>
        <source>Epochs without a better validation loss before training stops (the best weights are kept); 0 never stops early.</source>
        <translation>Époques sans amélioration de la perte de validation avant l&apos;arrêt de l&apos;entraînement (les meilleurs poids sont conservés) ; 0 désactive l&apos;arrêt anticipé.</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="83"/>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="48"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../core/models/autoencoder/AutoencoderDetector.cpp" line="84"/>
        <source>Seed for initial weights, shuffling and dropout: the same seed and number of threads give the same model.</source>
        <translation>Graine des poids initiaux, du mélange et du dropout : la même graine et le même nombre de threads donnent le même modèle.</translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="12"/>
        <source>ECOD</source>
        <translation>ECOD</translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="17"/>
        <source>ECOD outlier score (sum of -log tail probabilities)</source>
        <translation>Score d&apos;anomalie ECOD (somme des -log des probabilités de queue)</translation>
    </message>
    <message>
        <location filename="../core/models/ecod/EcodDetector.cpp" line="22"/>
        <source>-log of the tail probability of the row&apos;s value among the training rows</source>
        <translation>-log de la probabilité de queue de la valeur de la ligne parmi les lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="11"/>
        <source>Isolation Forest</source>
        <translation>Isolation Forest</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="16"/>
        <source>Isolation Forest anomaly score</source>
        <translation>Score d&apos;anomalie Isolation Forest</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="21"/>
        <source>how often the column split the row&apos;s path near the root, summed over the trees (short paths are what isolate an anomaly)</source>
        <translation>fréquence à laquelle la colonne a séparé le chemin de la ligne près de la racine, cumulée sur les arbres (ce sont les chemins courts qui isolent une anomalie)</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="29"/>
        <source>Trees</source>
        <translation>Arbres</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="30"/>
        <source>Number of isolation trees. More trees give steadier scores (less variance between seeds) at proportionally more training and scoring time; gains flatten beyond a few hundred.</source>
        <translation>Nombre d&apos;arbres d&apos;isolation. Plus d&apos;arbres donnent des scores plus stables (moins de variance entre graines), pour un temps d&apos;entraînement et de calcul des scores proportionnellement plus long ; les gains plafonnent au-delà de quelques centaines.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="34"/>
        <source>Max samples</source>
        <translation>Échantillons max</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="35"/>
        <source>Rows drawn to build each tree: auto is min(256, rows). Small samples isolate anomalies best and keep trees shallow and fast; larger samples see rare normal patterns but dilute anomalies (masking) and cost more.</source>
        <translation>Lignes tirées pour construire chaque arbre : auto vaut min(256, lignes). De petits échantillons isolent le mieux les anomalies et gardent des arbres peu profonds et rapides ; des échantillons plus grands voient les motifs normaux rares mais diluent les anomalies (masquage) et coûtent plus.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="39"/>
        <source>Max features</source>
        <translation>Variables max</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="40"/>
        <source>Features each tree may split on, drawn per tree. All features (1.0) is the classic forest; fewer make trees more diverse and can help when many features are irrelevant, but an anomaly visible in one feature is seen by fewer trees.</source>
        <translation>Variables sur lesquelles chaque arbre peut effectuer ses coupures, tirées par arbre. Toutes les variables (1.0) donnent la forêt classique ; moins rendent les arbres plus divers et peuvent aider quand beaucoup de variables sont non pertinentes, mais une anomalie visible dans une seule variable est vue par moins d&apos;arbres.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="44"/>
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="45"/>
        <source>Draw each tree&apos;s rows with replacement instead of without. Rarely matters for isolation forests; off by default as in scikit-learn.</source>
        <translation>Tirer les lignes de chaque arbre avec remise plutôt que sans. Importe rarement pour les forêts d&apos;isolation ; désactivé par défaut comme dans scikit-learn.</translation>
    </message>
    <message>
        <location filename="../core/models/iforest/IsolationForestDetector.cpp" line="49"/>
        <source>Seed of the random generator: the same seed gives the same forest and scores, whatever the number of threads.</source>
        <translation>Graine du générateur aléatoire : la même graine donne la même forêt et les mêmes scores, quel que soit le nombre de threads.</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="11"/>
        <source>PCA subspace</source>
        <translation>Sous-espace PCA</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="16"/>
        <source>Squared residual outside the normal subspace (SPE)</source>
        <translation>Résidu au carré hors du sous-espace normal (SPE)</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="21"/>
        <source>squared residual of the column&apos;s encoded features outside the normal subspace</source>
        <translation>résidu au carré des variables encodées de la colonne hors du sous-espace normal</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="28"/>
        <source>Explained variance</source>
        <translation>Variance expliquée</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="29"/>
        <source>The normal subspace keeps the fewest principal components whose explained variance exceeds this share. Higher keeps more of normal traffic&apos;s variation (fewer false alarms) but leaves less room for anomalies to stand out.</source>
        <translation>Le sous-espace normal garde le plus petit nombre de composantes principales dont la variance expliquée dépasse cette part. Plus élevée, elle conserve davantage de la variation du trafic normal (moins de fausses alertes) mais laisse moins de place aux anomalies pour ressortir.</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="33"/>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <location filename="../core/models/pca/PcaDetector.cpp" line="34"/>
        <source>A fixed number of principal components for the normal subspace instead of choosing by explained variance; 0 chooses by variance.</source>
        <translation>Un nombre fixe de composantes principales pour le sous-espace normal au lieu d&apos;un choix par variance expliquée ; 0 choisit par variance.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="72"/>
        <source>the input</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="74"/>
        <source>the training file&apos;s contents</source>
        <translation>le contenu du fichier d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="74"/>
        <source>the test file&apos;s contents</source>
        <translation>le contenu du fichier de test</translation>
    </message>
    <message>
        <location filename="../core/pipeline/Fingerprint.cpp" line="75"/>
        <source>the load options</source>
        <translation>les options de chargement</translation>
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
        <translation>  default             meilleur F1 sur les lignes d&apos;entraînement si elles sont étiquetées, sinon otsu
  auto                le seuil propre au détecteur (Isolation Forest : 0.5, &apos;auto&apos; de scikit-learn)
  fixed:V             la valeur V
  f1                  meilleur F1 sur les lignes d&apos;entraînement (étiquettes requises)
  fpr:R               signaler au plus la part R des lignes d&apos;entraînement normales, p. ex. fpr:0.01
  recall:R            détecter au moins la part R des attaques d&apos;entraînement, p. ex. recall:0.9
  cost:fp=A,fn=B      coût attendu minimal, une fausse alerte coûtant A et une attaque manquée B
  budget:N/M          au plus N alertes pour M flux, p. ex. budget:50/10000 (ou par jour : N/flux par jour)
  contamination:C     signaler la part C (0-0.5) des lignes sur lesquelles le détecteur a été entraîné
  percentile:P        le P-ième centile (0-100) des scores des lignes sur lesquelles il a été entraîné
  mad[:Z]             médiane + Z écarts-types robustes des scores d&apos;entraînement (Z 3.5)
  otsu                séparation d&apos;Otsu des scores d&apos;entraînement en deux groupes
  knee                le coude des scores d&apos;entraînement triés</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="154"/>
        <source>Picks best F1 on the training rows when they are labelled, and Otsu&apos;s split when not.</source>
        <translation>Choisit le meilleur F1 sur les lignes d&apos;entraînement si elles sont étiquetées, sinon la séparation d&apos;Otsu.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="155"/>
        <source>Uses the detector&apos;s own cut-off, whatever the data.</source>
        <translation>Utilise le seuil propre au détecteur, quelles que soient les données.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="156"/>
        <source>Uses the value as given.</source>
        <translation>Utilise la valeur telle quelle.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="158"/>
        <source>Assumes the training rows mix normal traffic and attacks as the traffic to watch does, and weighs missed attacks and false alarms alike.</source>
        <translation>Suppose que les lignes d&apos;entraînement mêlent trafic normal et attaques comme le trafic à surveiller, et accorde le même poids aux attaques manquées et aux fausses alertes.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="161"/>
        <source>Flags at most this share of the normal training rows; assumes normal traffic stays like them.</source>
        <translation>Signale au plus cette part des lignes d&apos;entraînement normales ; suppose que le trafic normal leur reste semblable.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="162"/>
        <source>Catches at least this share of the training attacks; assumes new attacks score like them.</source>
        <translation>Détecte au moins cette part des attaques d&apos;entraînement ; suppose que les nouvelles attaques obtiennent des scores semblables.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="164"/>
        <source>Minimises the expected cost on the training rows; assumes their attack share is that of the traffic.</source>
        <translation>Minimise le coût attendu sur les lignes d&apos;entraînement ; suppose que leur part d&apos;attaques est celle du trafic.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="165"/>
        <source>Flags at most this many rows per flows on the training rows, whatever they are.</source>
        <translation>Signale au plus ce nombre de lignes par ce nombre de flux sur les lignes d&apos;entraînement, quelles qu&apos;elles soient.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="166"/>
        <source>Assumes this share of the rows the detector was fitted on is anomalous.</source>
        <translation>Suppose que cette part des lignes sur lesquelles le détecteur a été entraîné est anormale.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="167"/>
        <source>Flags the rows above this percentile of the rows the detector was fitted on.</source>
        <translation>Signale les lignes dont le score dépasse ce centile des scores des lignes sur lesquelles le détecteur a été entraîné.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="169"/>
        <source>Assumes most training scores are normal and spread about their median, so that scores more than Z robust standard deviations (1.4826 x MAD) above it are anomalous.</source>
        <translation>Suppose que la plupart des scores d&apos;entraînement sont normaux et répartis autour de leur médiane, de sorte que les scores qui la dépassent de plus de Z écarts-types robustes (1.4826 x MAD) sont anormaux.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="172"/>
        <source>Assumes the training scores form two groups, normal and anomalous, and splits them where the variance between the groups is largest.</source>
        <translation>Suppose que les scores d&apos;entraînement forment deux groupes, normal et anormal, et les sépare là où la variance entre les groupes est la plus grande.</translation>
    </message>
    <message>
        <location filename="../core/eval/ThresholdPolicy.cpp" line="175"/>
        <source>Assumes anomalies form a steep tail of the sorted training scores and cuts where the curve bends most.</source>
        <translation>Suppose que les anomalies forment une queue abrupte des scores d&apos;entraînement triés et coupe là où la courbe s&apos;infléchit le plus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_cli.cpp" line="58"/>
        <source>warning: the input is not the stored run&apos;s (%1 changed); scores and metrics may differ.</source>
        <translation>avertissement : l&apos;entrée n&apos;est pas celle de l&apos;exécution enregistrée (%1 a changé) ; les scores et les métriques peuvent différer.</translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="74"/>
        <source>%1 %2 is not written.</source>
        <translation>%1 %2 n’est pas écrit.</translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="81"/>
        <source>%1 has no ONNX form and is not in %2.</source>
        <translation>%1 n’a pas de forme ONNX et n’est pas dans %2.</translation>
    </message>
    <message>
        <location filename="../app/main_cli.cpp" line="223"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="41"/>
        <source>Anomaly detection workbench for network traffic.</source>
        <translation>Atelier de détection d&apos;anomalies pour le trafic réseau.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="44"/>
        <source>Start with the built-in demo dataset.</source>
        <translation>Démarrer avec le jeu de démonstration intégré.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="46"/>
        <source>A dataset (CSV/TSV, optionally .gz) or a session (.awbsession) to open.</source>
        <translation>Un jeu de données (CSV/TSV, éventuellement .gz) ou une session (.awbsession) à ouvrir.</translation>
    </message>
</context>
</TS>
