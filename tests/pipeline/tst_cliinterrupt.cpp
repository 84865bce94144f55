// Ctrl+C in every step of a 1,000,000-row run: anomaly-cli exits with 130, says "Cancelled." and
// writes none of the files it was asked for (JSON, scores, model). The step is found from the
// --progress lines; SIGINT goes out the moment the step's line arrives. A step that ends before the
// signal lands (the shortest last tens of milliseconds) is tried again; the test fails if the
// signal never lands inside it.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Interrupted {
    int exitCode = -1;
    QString lastStep;
    QString err;
};

Interrupted interruptAt(const QString &step, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(AWB_CLI_PATH), args);
    Interrupted r;
    bool sent = false;
    QByteArray pending;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() || !pending.isEmpty()) {
        p.waitForReadyRead(20);
        p.setReadChannel(QProcess::StandardError);
        pending += p.readAll();
        int end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            r.err += line + '\n';
            if (line.startsWith(QStringLiteral("anomaly-cli: step "))) {
                r.lastStep = line.mid(18);
                if (!sent && r.lastStep == step) {
                    ::kill(static_cast<pid_t>(p.processId()), SIGINT);
                    sent = true;
                }
            }
        }
        if (p.state() == QProcess::NotRunning && !p.bytesAvailable())
            break;
    }
    p.waitForFinished(60000);
    r.err += QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

} // namespace

class tst_CliInterrupt : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString data;

private slots:
    void initTestCase()
    {
        data = dir.filePath("flows-1m.csv");
        QProcess p;
        p.start(QStringLiteral(AWB_CLI_PATH), {"--demo", "1000000", "--write-demo", data});
        QVERIFY(p.waitForFinished(120000) && p.exitCode() == 0);
    }

    void ctrlCInEveryStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("options");  // what makes the step last long enough to be hit
        QTest::newRow("load") << "load" << QStringList{"--models", "iforest"};
        QTest::newRow("fit iforest") << "fit iforest" << QStringList{"--models", "iforest", "--set", "iforest.trees=3000"};
        QTest::newRow("score iforest") << "score iforest" << QStringList{"--models", "iforest"};
        QTest::newRow("fit autoencoder") << "fit autoencoder" << QStringList{"--models", "autoencoder"};
        QTest::newRow("score autoencoder") << "score autoencoder"
                                           << QStringList{"--models", "autoencoder", "--set", "autoencoder.epochs=1", "--threads", "1"};
        QTest::newRow("fit pca") << "fit pca" << QStringList{"--models", "pca", "--threads", "1"};
        QTest::newRow("score pca") << "score pca" << QStringList{"--models", "pca", "--threads", "1"};
        QTest::newRow("fit ecod") << "fit ecod" << QStringList{"--models", "ecod"};
        QTest::newRow("score ecod") << "score ecod" << QStringList{"--models", "ecod"};
        QTest::newRow("write outputs") << "write" << QStringList{"--models", "iforest,ecod"};
    }

    void ctrlCInEveryStep()
    {
        QFETCH(QString, step);
        QFETCH(QStringList, options);
        const QStringList outputs{dir.filePath("run.json"), dir.filePath("scores.csv"), dir.filePath("model.awbmodel")};
        const QStringList args = QStringList{"--train", data, "--progress", "--json", outputs[0], "--scores", outputs[1],
                                             "--save-model", outputs[2]} + options;
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const Interrupted r = interruptAt(step, args);
            QVERIFY2(r.exitCode == 130, qPrintable(QString("exit %1\n%2").arg(r.exitCode).arg(r.err)));
            QVERIFY2(r.err.contains("Cancelled."), qPrintable(r.err));
            for (const QString &file : outputs)
                QVERIFY2(!QFile::exists(file), qPrintable(file));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);  // only the data: no temporary files
            if (r.lastStep == step)
                return;  // the signal landed inside the step
            qInfo("attempt %d: %s ended before the signal; it landed in %s", attempt, qPrintable(step), qPrintable(r.lastStep));
        }
        QFAIL("the signal never landed inside the step");
    }
};

QTEST_GUILESS_MAIN(tst_CliInterrupt)
#include "tst_cliinterrupt.moc"
