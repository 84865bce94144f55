// The run history from the command line, as the acceptance states it: two runs listed with
// the metrics of their own JSON; `history compare` marks exactly the differing parameters; two
// processes recording 25 runs each at once; a corrupt or read-only history leaves the run
// successful with one warning and the file untouched; a 3 x 2 sweep on NSL-KDD loads once,
// records 6 runs and matches 6 single runs.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "pipeline/CliProcess.h"

class tst_CliHistory : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    void twoRunsListedAndCompared()
    {
        const QString db = dir.filePath("h.db");
        const CliRun a = runCli({"--demo", "2000", "--models", "iforest,pca", "--history", db, "--json", dir.filePath("a.json")});
        const CliRun b = runCli({"--demo", "2000", "--models", "iforest,pca", "--set", "iforest.trees=50", "--history", db,
                                 "--json", dir.filePath("b.json")});
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        const CliRun list = runCli({"history", "list", "--json", "--history", db});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray entries = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(entries.size(), 2);
        // Newest first: b, then a; each with exactly its own document's results.
        QCOMPARE(entries[0].toObject()["result"].toObject()["detectors"], readJson(dir.filePath("b.json"))["result"]["detectors"]);
        QCOMPARE(entries[1].toObject()["result"].toObject()["detectors"], readJson(dir.filePath("a.json"))["result"]["detectors"]);
        QCOMPARE(entries[1].toObject()["spec"], readJson(dir.filePath("a.json"))["spec"]);

        const QString first = QString::number(entries[1].toObject()["id"].toInt());
        const QString second = QString::number(entries[0].toObject()["id"].toInt());
        const CliRun compared = runCli({"history", "compare", first, second, "--json", "--history", db});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
        const QJsonObject c = QJsonDocument::fromJson(compared.out.toUtf8()).object();
        QStringList differing;
        for (const auto &p : c["parameters"].toArray())
            if (p.toObject()["differs"].toBool())
                differing << p.toObject()["name"].toString();
        // Two kinds of detector side by side differ in kind and threshold (both chosen by the
        // default policy, best F1); of the parameters only the forest's trees were changed.
        QCOMPARE(differing, (QStringList{"detector", "threshold", "iforest.trees"}));
        const CliRun forests = runCli({"history", "compare", first + ":iforest", second + ":iforest", "--json", "--history", db});
        differing.clear();
        for (const auto &p : QJsonDocument::fromJson(forests.out.toUtf8()).object()["parameters"].toArray())
            if (p.toObject()["differs"].toBool())
                differing << p.toObject()["name"].toString();
        QCOMPARE(differing, (QStringList{"threshold", "iforest.trees"}));
        const CliRun text = runCli({"history", "compare", first + ":iforest", second + ":iforest", "--history", db});
        QVERIFY(text.out.contains("* iforest.trees") && text.out.contains("  iforest.seed"));
        QVERIFY(runCli({"history", "delete", first, "--history", db}).exitCode == 0);
        QCOMPARE(QJsonDocument::fromJson(runCli({"history", "list", "--json", "--history", db}).out.toUtf8()).array().size(), 1);
    }

    // A run on a sample of a file and one on the whole file differ in their data; a sample as large
    // as the file is the whole file.
    void aSampleIsOtherData()
    {
        const QString db = dir.filePath("sampled.db"), file = dir.filePath("flows.csv");
        QVERIFY(runCli({"--demo", "3000", "--write-demo", file}).exitCode == 0);
        for (const QStringList &sample : {QStringList{}, QStringList{"--sample", "1000"}, QStringList{"--sample", "5000"}}) {
            const CliRun run = runCli(QStringList{"--train", file, "--models", "iforest", "--history", db} + sample);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const QJsonArray entries = QJsonDocument::fromJson(runCli({"history", "list", "--json", "--history", db}).out.toUtf8()).array();
        QCOMPARE(entries.size(), 3);
        const auto dataRow = [&](int newer, int older) {
            const QString a = QString::number(entries[older].toObject()["id"].toInt());
            const QString b = QString::number(entries[newer].toObject()["id"].toInt());
            const CliRun compared = runCli({"history", "compare", a, b, "--json", "--history", db});
            for (const auto &p : QJsonDocument::fromJson(compared.out.toUtf8()).object()["parameters"].toArray())
                if (p.toObject()["name"].toString() == "data")
                    return p.toObject();
            return QJsonObject();
        };
        const QJsonObject sampled = dataRow(1, 2);  // whole file, then a sample of 1000
        QVERIFY(sampled["differs"].toBool());
        QCOMPARE(sampled["values"].toArray()[1].toString(), QStringLiteral("flows.csv, a sample of 1,000 rows (seed 42)"));
        const QJsonObject whole = dataRow(0, 2);  // whole file, then "a sample of 5000" of its 3000 rows
        QVERIFY(!whole["differs"].toBool());
        QCOMPARE(whole["values"].toArray()[1].toString(), QStringLiteral("flows.csv"));
    }

    void twoProcessesRecordAtOnce()
    {
        const QString db = dir.filePath("busy.db");
        QStringList seeds;
        for (int s = 1; s <= 25; ++s)
            seeds << QString::number(s);
        const QStringList args{"sweep", "--demo", "800", "--models", "iforest", "--grid", "iforest.seed=" + seeds.join(','),
                               "--history", db};
        QProcess one, two;
        one.start(QStringLiteral(AWB_CLI_PATH), args);
        two.start(QStringLiteral(AWB_CLI_PATH), args);
        QVERIFY(one.waitForFinished(300000) && two.waitForFinished(300000));
        QCOMPARE(one.exitCode(), 0);
        QCOMPARE(two.exitCode(), 0);
        const QString errors = QString::fromUtf8(one.readAllStandardError() + two.readAllStandardError());
        QVERIFY2(!errors.contains("warning"), qPrintable(errors));
        QCOMPARE(QJsonDocument::fromJson(runCli({"history", "list", "--json", "--history", db}).out.toUtf8()).array().size(), 50);
    }

    // A sweep's runs are named with their settings, and the list shows names whole.
    void sweepRunsAreNamedWithTheirSettings()
    {
        const QString db = dir.filePath("named.db");
        QVERIFY(runCli({"sweep", "--demo", "600", "--models", "iforest", "--grid", "iforest.trees=20,30", "--history", db}).exitCode == 0);
        const QJsonArray runs = QJsonDocument::fromJson(runCli({"history", "list", "--json", "--history", db}).out.toUtf8()).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject()["name"].toString(), QStringLiteral("demo data: iforest (iforest.trees=30)"));
        QCOMPARE(runs[1].toObject()["name"].toString(), QStringLiteral("demo data: iforest (iforest.trees=20)"));
        QVERIFY(runCli({"history", "list", "--history", db}).out.contains(QStringLiteral("demo data: iforest (iforest.trees=30)  ")));
    }

    void unusableHistoryWarnsOnceAndTouchesNothing_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("random bytes") << false;
        QTest::newRow("read-only") << true;
    }

    void unusableHistoryWarnsOnceAndTouchesNothing()
    {
        QFETCH(bool, readOnly);
        const QString db = dir.filePath(readOnly ? "locked.db" : "noise.db");
        if (readOnly) {
            QVERIFY(runCli({"--demo", "500", "--models", "iforest", "--history", db}).exitCode == 0);
            QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        } else {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 8192; ++i)
                f.putChar(static_cast<char>((i * 31 + 7) % 253));
        }
        const QByteArray before = bytesOf(db);
        const QString json = dir.filePath("still-written.json");
        const CliRun r = runCli({"--demo", "500", "--models", "iforest", "--history", db, "--json", json});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(json));
        const QStringList lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith("anomaly-cli: warning: the run is not recorded in the history: " + db), qPrintable(lines[0]));
        QCOMPARE(bytesOf(db), before);
    }

    void sweepLoadsOnceAndMatchesSingleRuns()
    {
        if (!QFile::exists(nslKdd("KDDTrain+.txt")))
            QSKIP("NSL-KDD is not at ../shared/datasets/nsl-kdd: skipping the sweep on real data.");
        const QString db = dir.filePath("sweep.db"), json = dir.filePath("sweep.json");
        const QStringList data{"--train", nslKdd("KDDTrain+.txt"), "--test", nslKdd("KDDTest+.txt"), "--ignore", "42",
                               "--history", db};
        const CliRun sweep = runCli(QStringList{"sweep", "--grid", "iforest.trees=50,100,200;iforest.max_samples=128,256",
                                                "--progress", "--json", json} + data);
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        QCOMPARE(sweep.err.count("anomaly-cli: step load"), 1);
        QCOMPARE(sweep.err.count("anomaly-cli: step fit iforest"), 6);
        const QJsonArray runs = readJson(json)["runs"].toArray();
        QCOMPARE(runs.size(), 6);
        QCOMPARE(QJsonDocument::fromJson(runCli({"history", "list", "--json", "--history", db}).out.toUtf8()).array().size(), 6);
        int i = 0;
        for (const char *trees : {"50", "100", "200"})
            for (const char *samples : {"128", "256"}) {
                const QString single = dir.filePath(QString("single-%1.json").arg(i));
                const CliRun r = runCli(QStringList{"--models", "iforest", "--set", QString("iforest.trees=") + trees, "--set",
                                                    QString("iforest.max_samples=") + samples, "--json", single, "--no-history"} + data);
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                const QJsonObject mine = readJson(single)["result"]["detectors"]["iforest"].toObject();
                const QJsonObject swept = runs[i++].toObject()["result"].toObject()["detectors"].toObject()["iforest"].toObject();
                QCOMPARE(swept["test"], mine["test"]);
                QCOMPARE(swept["train"], mine["train"]);
                QCOMPARE(swept["spec"], mine["spec"]);
            }
        QVERIFY(sweep.out.contains("iforest.trees=200"));
    }
};

QTEST_GUILESS_MAIN(tst_CliHistory)
#include "tst_clihistory.moc"
