// Reports and exports from the command line, as the acceptance states it: on NSL-KDD the PDF
// holds every detector's test ROC-AUC as the run document gives it and its confusion counts, the
// flagged-rows CSV has exactly the rows flagged on test by any detector and reads back with the
// same values through the workbench's reader and pandas; a comparison report of three runs; and
// exports that cannot be written (a folder that is not there or read-only, a full file system, a
// file-size limit) fail with a message, leave no partial file and keep an earlier file unchanged.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "data/DatasetLoader.h"
#include "pipeline/CliProcess.h"

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class tst_Reports : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    void runReportAndFlaggedRowsOnNslKdd()
    {
        if (!QFile::exists(nslKdd("KDDTrain+.txt")))
            QSKIP("NSL-KDD is not at ../shared/datasets/nsl-kdd: skipping the report on real data.");
        const QString pdf = dir.filePath("r.pdf"), csv = dir.filePath("f.csv"), json = dir.filePath("r.json"),
                      scores = dir.filePath("s.csv");
        const CliRun r = runCli({"--train", nslKdd("KDDTrain+.txt"), "--test", nslKdd("KDDTest+.txt"), "--ignore", "42",
                                 "--models", "all", "--report", pdf, "--export-flagged", csv, "--json", json, "--scores", scores,
                                 "--no-history"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const int pages = tool("pdfinfo", {pdf}).section("Pages:", 1).section('\n', 0, 0).trimmed().toInt();
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));  // the overview, then each detector
        const QString text = tool("pdftotext", {"-layout", pdf, "-"});
        const QJsonObject detectors = readJson(json).object()["result"].toObject()["detectors"].toObject();
        QCOMPARE(detectors.size(), 4);
        const QLocale english(QLocale::English);
        for (const QString &name : detectors.keys()) {
            const QJsonObject test = detectors[name].toObject()["test"].toObject();
            const QString auc = QString::number(test["roc_auc"].toDouble(), 'f', 4);
            QVERIFY2(text.contains("ROC-AUC " + auc), qPrintable(name + " " + auc));
            const QJsonArray cm = test["confusion_matrix"].toArray();
            for (const auto &row : cm)
                for (const auto &cell : row.toArray())
                    QVERIFY2(text.contains(english.toString(cell.toInteger())), qPrintable(name));
        }
        // The CSV holds exactly the test rows some detector flags (the scores file says which).
        int flagged = 0;
        const QList<QByteArray> lines = bytesOf(scores).split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> f = line.split(',');
            if (f.size() < 3 || f[0] != "test")
                continue;
            bool any = false;
            for (int i = 3; i + 1 < f.size(); i += 2)
                any |= f[i] == "1";
            flagged += any;
        }
        // Read back with the workbench's own reader (every cell as it splits them) and pandas.
        awb::LoadOptions options;
        options.trainFile = csv.toStdString();
        options.testFraction = 0.0;
        const awb::Dataset mine = awb::loadDataset(options);
        QCOMPARE(int(mine.sourceRow.size()), flagged);
        QVERIFY(mine.summary.hasHeader);
        std::size_t firstRow = 0, lastRow = 0;  // the matrix rows of the file's first and last data rows
        for (std::size_t i = 0; i < mine.sourceRow.size(); ++i) {
            if (mine.sourceRow[i] == 0)
                firstRow = i;
            if (mine.sourceRow[i] + 1 == mine.sourceRow.size())
                lastRow = i;
        }
        const QString script = QStringLiteral(
            "import json, sys, pandas\n"
            "df = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)\n"
            "print(json.dumps({'rows': len(df), 'columns': list(df.columns), 'first': list(df.iloc[0]), 'last': list(df.iloc[-1])}))\n");
        const QJsonObject pandas = QJsonDocument::fromJson(tool("/usr/bin/python3", {"-c", script, csv}).toUtf8()).object();
        QCOMPARE(pandas["rows"].toInt(), flagged);
        QCOMPARE(pandas["columns"].toArray().size(), int(mine.schema.columns.size()));
        for (const auto &[key, matrixRow] : {std::pair{"first", firstRow}, std::pair{"last", lastRow}}) {
            const QJsonArray cells = pandas[key].toArray();
            const std::vector<std::string> row = mine.originalRow(matrixRow);
            QCOMPARE(cells.size(), int(row.size()));
            for (int i = 0; i < cells.size(); ++i)
                QCOMPARE(cells[i].toString().toStdString(), row[static_cast<std::size_t>(i)]);
        }
    }

    void comparisonReportOfThreeRuns()
    {
        const QString db = dir.filePath("h.db");
        for (const char *trees : {"30", "60", "120"})
            QVERIFY(runCli({"--demo", "2000", "--models", "iforest", "--set", QString("iforest.trees=") + trees, "--history", db}).exitCode == 0);
        const QString pdf = dir.filePath("c.pdf"), csv = dir.filePath("c.csv");
        const CliRun r = runCli({"history", "compare", "1", "2", "3", "--report", pdf, "--csv", csv, "--history", db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = tool("pdftotext", {"-layout", pdf, "-"});
        for (const char *label : {"#1 iforest", "#2 iforest", "#3 iforest", "iforest.trees *", "test ROC-AUC"})
            QVERIFY2(text.contains(label), label);
        const QList<QByteArray> lines = bytesOf(csv).trimmed().split('\n');
        QVERIFY(lines.front().startsWith("table,name,#1 iforest,#2 iforest,#3 iforest,marked"));
        QVERIFY(bytesOf(csv).contains("setting,iforest.trees,30,60,120,differs"));
    }

    void unwritableTargetsLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("missing folder") << "missing";
        QTest::newRow("file-size limit") << "ulimit";
        QTest::newRow("read-only file system") << "readonly";
        QTest::newRow("full file system") << "full";
    }

    void unwritableTargetsLeaveNothingBehind()
    {
        QFETCH(QString, how);
        QString folder = dir.filePath(how);
        const QStringList run{"--demo", "3000", "--models", "iforest,pca", "--no-history"};
        if (how == "missing") {
            folder = dir.filePath("no/such/folder");
        } else {
            QDir().mkpath(folder);
            if (how == "readonly" || how == "full") {
                if (::geteuid() != 0 || QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=12k", "tmpfs", folder}) != 0)
                    QSKIP("Mounting a small tmpfs needs root and mount rights here; the file-size limit stands in for a full disk.");
                QVERIFY(QProcess::execute("/bin/sh", {"-c", QString("echo earlier > %1/r.pdf").arg(folder)}) == 0);
                if (how == "readonly")
                    QVERIFY(QProcess::execute("mount", {"-o", "remount,ro", folder}) == 0);
            } else {
                QFile earlier(folder + "/r.pdf");
                QVERIFY(earlier.open(QIODevice::WriteOnly));
                earlier.write("earlier\n");
            }
        }
        const QString target = folder + "/r.pdf";
        const QByteArray before = bytesOf(target);
        CliRun r;
        if (how == "ulimit") {
            QProcess p;
            const QStringList args = QStringList{"-c", "ulimit -f 16; exec \"$0\" \"$@\"", QStringLiteral(AWB_CLI_PATH)} + run +
                                     QStringList{"--report", target};
            p.start("/bin/sh", args);
            p.waitForFinished(120000);
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            r.err = QString::fromUtf8(p.readAllStandardError());
        } else {
            r = runCli(run + QStringList{"--report", target});
        }
        const QByteArray after = bytesOf(target);
        const QStringList left = how == "missing" ? QStringList{} : filesIn(folder);
        if (how == "readonly" || how == "full")
            QProcess::execute("umount", {folder});
        if (how != "missing")
            QCOMPARE(left, QStringList{"r.pdf"});  // the earlier file, and no partial one beside it
        QCOMPARE(after, before);
        QVERIFY2(r.exitCode == 1, qPrintable(QString("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.trimmed().count('\n') == 0 && r.err.contains(target), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_Reports)
#include "tst_reports.moc"
