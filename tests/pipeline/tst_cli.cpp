// anomaly-cli end to end, as a user or a batch script runs it: the run document's keys, the scores
// file, saved models that score exactly as trained, --rerun replaying a run to the last digit (and
// naming what changed when the input did), and one clear line for each bad input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "data/SyntheticTraffic.h"
#include "pipeline/CliProcess.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    // Messages and reports in the system's language and number format; the first language asked for
    // wins (LANGUAGE=en_US:de stays English rather than falling through to German).
    void followsTheSystemLanguage()
    {
        const QStringList demo{"--demo", "2000", "--models", "pca", "--no-history"};
        const CliRun german = runCli(demo, 60000, {"LANG=de_DE.UTF-8", "LANGUAGE=", "LC_ALL="});
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QStringLiteral("Datensatz")) && german.out.contains(QStringLiteral("1.400 Zeilen")),
                 qPrintable(german.out.left(400)));
        const CliRun french = runCli({"--help"}, 60000, {"LANG=fr_FR.UTF-8", "LANGUAGE=", "LC_ALL="});
        QVERIFY2(french.out.contains(QStringLiteral("Options")) && french.out.contains(QStringLiteral("Fichier")),
                 qPrintable(french.out.left(400)));
        const CliRun english = runCli({"--help"}, 60000, {"LANG=de_DE.UTF-8", "LANGUAGE=en_US:de", "LC_ALL="});
        QVERIFY2(english.out.startsWith(QStringLiteral("Usage:")), qPrintable(english.out.left(200)));
        // English (the sources' language, or any language without a translation) has its plural forms.
        for (const QString &lang : {QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANG=es_ES.UTF-8")})
            for (const auto &[grid, expected] : {std::pair{"iforest.trees=20", "Sweep of 1 run on"}, std::pair{"iforest.trees=20,30", "Sweep of 2 runs on"}}) {
                const CliRun sweep = runCli({"sweep", "--demo", "600", "--models", "iforest", "--grid", grid, "--no-history"},
                                            60000, {lang, "LANGUAGE=", "LC_ALL="});
                QVERIFY2(sweep.exitCode == 0 && sweep.out.startsWith(QLatin1String(expected)), qPrintable(sweep.out.left(200) + sweep.err));
            }
        // A command's usage line names it in Qt's own translated words too.
        const CliRun score = runCli({"score", "--help"}, 60000, {"LANG=de_DE.UTF-8", "LANGUAGE=", "LC_ALL="});
        const QString usage = score.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.startsWith(QStringLiteral("Aufruf: ")) && usage.endsWith(QStringLiteral(" score [Optionen]")), qPrintable(usage));
    }

    void jsonDocumentKeepsTheContract()
    {
        const QString json = dir.filePath("run.json"), scores = dir.filePath("scores.csv");
        const CliRun r = runCli({"--demo", "3000", "--models", "all", "--ae-epochs", "3", "--json", json, "--scores",
                                 scores, "--save-model", dir.filePath("model.awb")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("precision    recall  f1-score   support"));

        const QJsonObject doc = readJson(json).object();
        QCOMPARE(doc["format"].toString(), QStringLiteral("anomaly-workbench-run"));
        QCOMPARE(doc["version"].toInt(), 3);
        const QJsonObject spec = doc["spec"].toObject(), result = doc["result"].toObject();
        QVERIFY(!spec["data"].toObject()["load"].toObject().contains("sample_rows"));  // the whole file
        QCOMPARE(spec["data"].toObject()["demo_rows"].toInt(), 3000);
        QCOMPARE(spec["detectors"].toArray().size(), 4);
        const QJsonObject dataset = result["dataset"].toObject();
        for (const char *key : {"train_rows", "test_rows", "encoded_features", "normal_values", "load_s", "preprocess_s"})
            QVERIFY2(dataset.contains(key), key);
        QCOMPARE(dataset["train_rows"].toInt() + dataset["test_rows"].toInt(), 3000);
        QCOMPARE(dataset["normal_values"].toArray().first().toString(), QStringLiteral("normal"));
        QCOMPARE(dataset["fingerprint"].toString().size(), 50);  // three 16-digit hashes
        QVERIFY(!result["app_version"].toString().isEmpty());

        const QJsonObject detectors = result["detectors"].toObject();
        QCOMPARE(detectors.keys(), (QStringList{"autoencoder", "ecod", "iforest", "pca"}));
        for (const QString &name : detectors.keys()) {
            const QJsonObject m = detectors[name].toObject();
            QCOMPARE(m["spec"].toObject()["name"].toString(), name);
            QVERIFY(m.contains("threshold") && m.contains("threshold_reason") && m.contains("trained_rows"));
            QVERIFY(m["timings_s"].toObject().contains("fit"));
            QVERIFY(m["timings_s"].toObject().contains("score"));
            for (const char *part : {"train", "test"}) {
                const QJsonObject e = m[part].toObject();
                const QJsonArray cm = e["confusion_matrix"].toArray();
                const int tn = cm[0][0].toInt(), fp = cm[0][1].toInt(), fn = cm[1][0].toInt(), tp = cm[1][1].toInt();
                QCOMPARE(tn + fp + fn + tp, dataset[QString(part) + "_rows"].toInt());
                const QJsonObject report = e["report"].toObject();
                QCOMPARE(report["normal"].toObject()["support"].toInt(), tn + fp);
                QCOMPARE(report["anomaly"].toObject()["support"].toInt(), fn + tp);
                QCOMPARE(report["accuracy"].toDouble(), double(tn + tp) / (tn + fp + fn + tp));
                const double auc = e["roc_auc"].toDouble();
                QVERIFY2(auc > 0.5 && auc <= 1.0, qPrintable(QString::number(auc)));
                QVERIFY(e.contains("average_precision"));
            }
        }
        QCOMPARE(detectors["autoencoder"].toObject()["history"].toObject()["loss"].toArray().size(), 3);

        QFile csv(scores);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3001);
        QCOMPARE(lines.front(), QByteArray("part,line,iforest_score,iforest_prediction,autoencoder_score,"
                                           "autoencoder_prediction,pca_score,pca_prediction,ecod_score,ecod_prediction,"
                                           "is_anomaly"));
    }

    void savedModelScoresAsTrained()
    {
        const QString first = dir.filePath("run.json"), second = dir.filePath("reloaded.json");
        const CliRun r = runCli({"--demo", "3000", "--load-model", dir.filePath("model.awb"), "--json", second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject a = readJson(first).object()["result"].toObject()["detectors"].toObject();
        const QJsonObject b = readJson(second).object()["result"].toObject()["detectors"].toObject();
        QCOMPARE(b.keys(), a.keys());
        for (const QString &name : a.keys()) {
            QCOMPARE(b[name].toObject()["threshold"].toDouble(), a[name].toObject()["threshold"].toDouble());
            QCOMPARE(b[name].toObject()["spec"].toObject(), a[name].toObject()["spec"].toObject());
            QCOMPARE(b[name].toObject()["test"].toObject(), a[name].toObject()["test"].toObject());
        }
    }

    // --export-onnx with no detector that has an ONNX form: no file, an exit code saying a file asked
    // for is missing, and the run's other outputs still written.
    void onnxWithNothingToExportFails()
    {
        const QString onnx = dir.filePath("ecod.onnx"), json = dir.filePath("ecod.json");
        const CliRun r = runCli({"--demo", "2000", "--models", "ecod", "--export-onnx", onnx, "--json", json, "--no-history"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ecod.onnx is not written"), qPrintable(r.err));
        QVERIFY(!QFile::exists(onnx));
        QVERIFY(QFile::exists(json));
    }

    // A file named relative to where the command ran is kept by its absolute path: the run is
    // replayed from anywhere.
    void dataFilesAreKeptByAbsolutePath()
    {
        const QString json = dir.filePath("relative.json");
        awb::writeSyntheticTrafficFile(dir.filePath("relative.csv").toStdString(), {1000, 5, 0.1});
        CliRun r = runCli({"--train", "relative.csv", "--models", "pca", "--json", json, "--no-history"}, 60000, {}, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString stored =
            readJson(json).object()["spec"].toObject()["data"].toObject()["load"].toObject()["train_file"].toString();
        QCOMPARE(stored, dir.filePath("relative.csv"));
        r = runCli({"--rerun", json, "--no-history"}, 60000, {}, QStringLiteral("/"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void rerunReplaysTheRunExactly()
    {
        const QString first = dir.filePath("run.json"), again = dir.filePath("again.json");
        const CliRun r = runCli({"--rerun", first, "--json", again});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains("warning"), qPrintable(r.err));
        const QJsonObject a = readJson(first).object(), b = readJson(again).object();
        QCOMPARE(b["spec"].toObject(), a["spec"].toObject());
        QCOMPARE(b["result"].toObject()["dataset"].toObject()["fingerprint"], a["result"].toObject()["dataset"].toObject()["fingerprint"]);
        const QJsonObject da = a["result"].toObject()["detectors"].toObject(), db = b["result"].toObject()["detectors"].toObject();
        for (const QString &name : da.keys())
            for (const char *key : {"threshold", "train", "test", "train_scores", "test_scores", "trained_rows"})
                QVERIFY2(db[name].toObject()[key] == da[name].toObject()[key], qPrintable(name + " " + key));
    }

    void rerunNamesWhatChanged()
    {
        const QString data = dir.filePath("flows.csv"), json = dir.filePath("flows.json");
        QVERIFY(runCli({"--demo", "2000", "--write-demo", data}).exitCode == 0);
        QVERIFY(runCli({"--train", data, "--models", "ecod", "--json", json}).exitCode == 0);
        QFile f(data);
        QVERIFY(f.open(QIODevice::Append));
        f.write("1,2,3\n");
        f.close();
        QVERIFY(runCli({"--demo", "2000", "--write-demo", data}).exitCode == 0);  // same bytes again: no warning
        CliRun r = runCli({"--rerun", json});
        QVERIFY2(r.exitCode == 0 && !r.err.contains("warning"), qPrintable(r.err));
        QVERIFY(runCli({"--demo", "2100", "--write-demo", data}).exitCode == 0);
        r = runCli({"--rerun", json});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("warning") && r.err.contains("training file's contents") && !r.err.contains("load options"),
                 qPrintable(r.err));
    }

    void badInputIsOneLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");  // the file:line prefix the message must carry
        QTest::newRow("empty file") << QByteArray() << "bad.csv";
        QTest::newRow("header only") << QByteArray("a,b,label\n") << "bad.csv";
        QTest::newRow("ragged row") << QByteArray("a,b,label\n1,2,normal\n3,4,attack\n5,normal\n6,7,normal\n") << "bad.csv:4";
        QTest::newRow("unterminated quote") << QByteArray("a,b,label\n1,2,normal\n\"3,4,attack\n5,6,normal\n") << "bad.csv:3";
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0", 24) << "bad.csv";
        QTest::newRow("no feature") << QByteArray("label\nnormal\nattack\nnormal\n") << "bad.csv";
    }

    void badInputIsOneLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        const QString file = dir.filePath("bad.csv");
        writeFile(file, content);
        const CliRun r = runCli({"--train", file, "--label", "label", "--models", "none"});
        QCOMPARE(r.exitCode, 1);
        const QString message = r.err.trimmed();
        QVERIFY2(!message.contains('\n'), qPrintable(message));
        QVERIFY2(message.startsWith("anomaly-cli: ") && message.contains(where), qPrintable(message));
    }

    // All-normal labels: trained and scored as normal-only data, with a note and no metrics.
    void oneClassIsScoredWithANote()
    {
        QByteArray csv = "a,b,label\n";
        for (int i = 0; i < 60; ++i)
            csv += QByteArray::number(i % 13) + "," + QByteArray::number(i % 5) + ",normal\n";
        const QString file = dir.filePath("normal-only.csv"), scores = dir.filePath("normal-only-scores.csv");
        writeFile(file, csv);
        const CliRun r = runCli({"--train", file, "--label", "label", "--models", "iforest,ecod", "--scores", scores,
                                 "--no-history"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("note: Every training row is normal"), qPrintable(r.out));
        QCOMPARE(r.out.count("No metrics: the data has no labels, or labels of one class only"), 2);
        QVERIFY(r.out.contains("(otsu: default without both classes labelled: Otsu's split"));
        QCOMPARE(bytesOf(scores).count("\n"), 61);  // a header and every row scored
    }

    // The summary names the columns of each role, a long list wrapped at 100 characters under its
    // first name.
    void summaryNamesTheColumnsOfEachRole()
    {
        QStringList counters;
        for (int i = 0; i < 24; ++i)
            counters << QStringLiteral("packet_counter_%1").arg(i);
        QByteArray csv = "id,proto," + counters.join(',').toUtf8() + ",label\n";
        for (int i = 0; i < 80; ++i) {
            csv += "flow-" + QByteArray::number(i * 7919) + (i % 2 ? ",tcp" : ",udp");
            for (int c = 0; c < counters.size(); ++c)
                csv += ',' + QByteArray::number((i * (c + 3)) % 17);
            csv += i % 5 ? ",normal\n" : ",attack\n";
        }
        const QString file = dir.filePath("roles.csv");
        writeFile(file, csv);
        const CliRun r = runCli({"--train", file, "--ignore", "id", "--models", "none", "--no-history"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split('\n');
        const auto first = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith("    numeric (24): "); });
        QVERIFY2(first != lines.end(), qPrintable(r.out));
        QString listed = first->mid(18);
        for (auto line = first + 1; line != lines.end() && line->startsWith(QString(18, ' ')); ++line) {
            QVERIFY2(line->size() <= 100 && !line->at(18).isSpace(), qPrintable(*line));
            listed += ' ' + line->mid(18);
        }
        QCOMPARE(listed.split(QStringLiteral(", ")).join(','), counters.join(','));
        QVERIFY2(lines.contains(QStringLiteral("    categorical (1): proto")), qPrintable(r.out));
        QVERIFY2(lines.contains(QStringLiteral("    ignored (1): id")), qPrintable(r.out));
    }

    // A label of many values lists the 20 with the most rows per part, then how many more there are.
    void manyLabelValuesAreCutShort()
    {
        QByteArray csv = "bytes,packets,label\n";
        for (int i = 0; i < 600; ++i)
            csv += QByteArray::number(i * 37 % 1000) + ',' + QByteArray::number(i % 9 + 1) + ',' +
                   (i % 2 ? QByteArray("normal") : "attack-" + QByteArray::number(i % 62 / 2)) + '\n';
        const QString file = dir.filePath("many-labels.csv");
        writeFile(file, csv);
        const CliRun r = runCli({"--train", file, "--test-fraction", "0", "--models", "pca", "--no-history"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString table = r.out.section(QStringLiteral("flagged per label value"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QCOMPARE(table.count(QStringLiteral("\n  ")), 21);  // 20 values and the line after them
        // normal (300 rows), attack-0..20 (10 rows each), attack-21..30 (9 each): after normal and 19
        // tens come 2 tens and 10 nines.
        QVERIFY2(table.contains(QStringLiteral("and 12 more values with 110 rows (--json lists every one)")), qPrintable(table));
    }

    void missingFileIsOneLine()
    {
        const CliRun r = runCli({"--train", dir.filePath("nowhere.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nowhere.csv") && !r.err.trimmed().contains('\n'), qPrintable(r.err));
    }

    void badOptionExitsTwo()
    {
        const CliRun r = runCli({"--demo", "--scale", "log"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--scale"));
    }

    void nslKddSummary()
    {
        if (!QFile::exists(nslKdd("KDDTrain+.txt")))
            QSKIP("NSL-KDD is not at ../shared/datasets/nsl-kdd: skipping the real-data summary.");
        const QString json = dir.filePath("nsl.json");
        const CliRun r = runCli({"--train", nslKdd("KDDTrain+.txt"), "--test", nslKdd("KDDTest+.txt"), "--ignore", "42",
                                 "--models", "none", "--json", json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject d = readJson(json).object()["result"].toObject()["dataset"].toObject();
        QCOMPARE(d["train_rows"].toInt(), 125973);
        QCOMPARE(d["test_rows"].toInt(), 22544);
        QCOMPARE(d["numeric_features"].toInt() + d["categorical_features"].toInt(), 41);
        QCOMPARE(d["categorical_features"].toInt(), 3);
        QCOMPARE(d["normal_values"].toArray().first().toString(), QStringLiteral("normal"));
        QCOMPARE(d["train_rows"].toInt() - d["train_anomalies"].toInt(), 67343);
        QCOMPARE(d["test_rows"].toInt() - d["test_anomalies"].toInt(), 9711);
        QVERIFY(r.out.contains("125,973"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
