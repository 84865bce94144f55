// `anomaly-cli score` as a user runs it: gzip data on standard input, scores on standard output
// and the summary line on standard error; bad rows listed with file, line and column and skipped,
// or fatal by default; missing options named. And the load it is the way round: a small .gz that
// inflates to more than the memory a limit leaves is refused with one sentence, not bad_alloc.
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include "CliProcess.h"

namespace {

struct Piped {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Piped runWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(AWB_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    Piped r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class tst_CliScore : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString model_, data_;

private slots:
    void initTestCase()
    {
        model_ = dir_.filePath("m.awbmodel");
        data_ = dir_.filePath("d.csv");
        QCOMPARE(runCli({"--write-demo", data_, "--demo", "3000"}).exitCode, 0);
        const CliRun train = runCli({"--demo", "3000", "--models", "iforest,pca", "--save-model", model_, "--no-history"});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
    }

    void gzipFromStandardInputToStandardOutput()
    {
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {"-c", data_});
        QVERIFY(gzip.waitForFinished());
        const Piped r = runWithInput({"score", "--load-model", model_, "--input", "-", "--output", "-", "--keep", "label"},
                                     gzip.readAllStandardOutput());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3001);
        QCOMPARE(lines.first(), QByteArray("line,iforest_score,iforest_prediction,pca_score,pca_prediction,label"));
        QVERIFY(lines.at(1).startsWith("2,"));
        QVERIFY2(r.err.startsWith(QStringLiteral("anomaly-cli: scored 3,000 of 3,000 rows (bad rows skipped: 0) in ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("above threshold: iforest ")), qPrintable(r.err));
        // Progress from standard input counts the text read (a pipe has no size and no offset).
        const QByteArray text = [&] {
            QFile f(data_);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Piped progress = runWithInput({"score", "--load-model", model_, "--input", "-", "--output", "-", "--progress"}, text);
        const QString expected = QStringLiteral("anomaly-cli: score: %1 MB read\n").arg(QLocale().toString(text.size() / 1e6, 'f', 1));
        QVERIFY2(progress.err.contains(expected), qPrintable(progress.err.left(300)));
    }

    void badRowsSkippedOrFatal()
    {
        QByteArray text = bytesOf(data_);
        text.append("1,2,3\n");  // ragged, on line 3002
        const QString bad = dir_.filePath("bad.csv");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const QString out = dir_.filePath("scores.csv");
        const CliRun skip = runCli({"score", "--load-model", model_, "--input", bad, "--output", out, "--on-bad-row", "skip"});
        QVERIFY2(skip.exitCode == 0, qPrintable(skip.err));
        QVERIFY2(skip.err.contains(QStringLiteral("anomaly-cli: skipped %1:3002:4: This row has 3 fields").arg(bad)), qPrintable(skip.err));
        QVERIFY2(skip.err.contains(QStringLiteral("scored 3,000 of 3,001 rows (bad rows skipped: 1)")), qPrintable(skip.err));
        QCOMPARE(bytesOf(out).count('\n'), 3001);

        QFile::remove(out);
        const CliRun fail = runCli({"score", "--load-model", model_, "--input", bad, "--output", out});
        QCOMPARE(fail.exitCode, 1);
        QVERIFY2(fail.err.contains(QStringLiteral("%1:3002:4: This row has 3 fields").arg(bad)), qPrintable(fail.err));
        QVERIFY2(!QFile::exists(out), "a failed run left its output");
    }

    void tooLargeToLoadIsRefusedBeforeMemoryRunsOut()
    {
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
        QSKIP("AddressSanitizer reserves terabytes of address space, so no address-space limit can apply to this build.");
#endif
#endif
        // 600 MB of text in a few MB of gzip, loaded under a 1 GB address-space limit: the text and
        // its matrix (about as large again) cannot both fit.
        const QString big = dir_.filePath("big.csv.gz");
        gzFile gz = gzopen(big.toLocal8Bit().constData(), "wb1");
        QByteArray block = "duration,service,bytes,label\n";
        // Every combination of three features, the label their parity: no one column gives it away.
        const QByteArray line = "0.25,http,1520,normal\n0.25,http,80,attack\n0.25,dns,1520,attack\n0.25,dns,80,normal\n"
                                "0.5,http,1520,attack\n0.5,http,80,normal\n0.5,dns,1520,normal\n0.5,dns,80,attack\n";
        for (int i = 0; i < 5000; ++i)
            block += line;
        for (int i = 0; i < 600 * (1 << 20) / block.size(); ++i)
            gzwrite(gz, block.constData() + (i ? 29 : 0), static_cast<unsigned>(block.size() - (i ? 29 : 0)));
        gzclose(gz);
        const auto limited = [&](const QString &options) {
            QProcess p;
            p.start(QStringLiteral("bash"), {"-c", QStringLiteral("ulimit -v 1000000; exec \"%1\" --train \"%2\" --no-history "
                                                                   "--models iforest %3").arg(QStringLiteral(AWB_CLI_PATH), big, options)});
            p.waitForFinished(300000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const auto [code, err] = limited({});
        QCOMPARE(code, 1);
        QVERIFY2(err.startsWith(QStringLiteral("anomaly-cli: %1: Loading this file needs about ").arg(big)), qPrintable(err));
        const QRegularExpressionMatch advice =
            QRegularExpression(QStringLiteral(" are available: train on a sample of its rows \\(anomaly-cli --sample N, N up to "
                                              "about (\\d+) here\\) and score the whole file in a stream \\(anomaly-cli score\\)\\.\n$"))
                .match(err);
        QVERIFY2(advice.hasMatch(), qPrintable(err));
        QCOMPARE(err.count('\n'), 1);
        // The sample it names fits under the same limit, training included.
        const auto [sampledCode, sampledErr] = limited(QStringLiteral("--sample ") + advice.captured(1));
        QVERIFY2(sampledCode == 0, qPrintable(advice.captured(1) + ": " + sampledErr));
    }

    void trainOnASampleThenScoreEveryRow()
    {
        const QString scores = dir_.filePath("sampled-scores.csv");
        const CliRun r = runCli({"--train", data_, "--sample", "1000", "--models", "pca", "--scores", scores, "--no-history"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("note: The rows are a uniform random sample of 1,000 of the file's 3,000 data rows")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("700 rows")), qPrintable(r.out));  // the sample's training part
        const QList<QByteArray> lines = bytesOf(scores).trimmed().split('\n');
        QCOMPARE(lines.size(), 3001);  // every row of the file
        QCOMPARE(lines.first(), QByteArray("file,line,pca_score,pca_prediction,label"));
        QVERIFY(lines[1].startsWith(data_.toUtf8() + ",2,"));
        QVERIFY2(r.err.contains(QStringLiteral("scored 3,000 of 3,000 rows")), qPrintable(r.err));
    }

    // With a test file, --scores covers it too, after the training file: the rows a streamed
    // `score` with the saved model gives (the label kept), each marked with the test file's name.
    void sampledScoresCoverTheTestFile()
    {
        const QString test = dir_.filePath("test-file.csv"), scores = dir_.filePath("sampled-both.csv");
        const QString model = dir_.filePath("sampled.awbmodel"), alone = dir_.filePath("test-alone.csv");
        QCOMPARE(runCli({"--write-demo", test, "--demo", "500"}).exitCode, 0);
        const CliRun r = runCli({"--train", data_, "--test", test, "--sample", "1000", "--models", "pca", "--scores", scores,
                                 "--save-model", model, "--no-history"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("%1: scored 500 of 500 rows").arg(test)), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("training is on the sample, and the test file is read whole.")), qPrintable(r.out));
        const CliRun single = runCli({"score", "--load-model", model, "--input", test, "--output", alone, "--keep", "label"});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const QList<QByteArray> lines = bytesOf(scores).trimmed().split('\n');
        const QList<QByteArray> expected = bytesOf(alone).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3000 + 500);
        QCOMPARE(expected.size(), 1 + 500);
        for (int i = 1; i <= 500; ++i)
            QCOMPARE(lines[3000 + i], test.toUtf8() + "," + expected[i]);
        QVERIFY(lines[3000].startsWith(data_.toUtf8() + ","));
    }

    void missingOptionsAreNamed()
    {
        const CliRun r = runCli({"score", "--load-model", model_, "--input", data_});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--output is missing")), qPrintable(r.err));
        const CliRun choice = runCli({"score", "--load-model", model_, "--input", data_, "--output", "-", "--on-bad-row", "ignore"});
        QCOMPARE(choice.exitCode, 2);
        QVERIFY2(choice.err.contains(QStringLiteral("--on-bad-row expects one of skip, fail")), qPrintable(choice.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliScore)
#include "tst_cliscore.moc"
