// How BackgroundTask reports a failed piece of work: a load refused for want of memory names the
// window's own way round (the import dialog's Rows, anomaly-cli score) instead of the command
// line's options; any other error passes through as the core wrote it.
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "common/InputError.h"
#include "common/MemoryBudget.h"
#include "workers/BackgroundTask.h"

class TestBackgroundTask : public QObject {
    Q_OBJECT

    static QString failureOf(const BackgroundTask::Work &work)
    {
        BackgroundTask task(QStringLiteral("Loading"), work);
        QSignalSpy failed(&task, &BackgroundTask::failed);
        task.start();
        return failed.wait(10000) ? failed.first().first().toString() : QString();
    }

private slots:
    void aRefusedLoadNamesTheWindowsWayRound()
    {
        const QString message = failureOf([](const awb::ProgressFn &, const awb::CancelFlag *) {
            throw awb::TooLargeToLoad("flows.csv.gz", std::uint64_t{7} << 30, "its rows", std::uint64_t{3} << 29, 1000);
        });
        QVERIFY2(message.startsWith(QStringLiteral("flows.csv.gz: loading this file needs about 7.0 GB of memory, but "
                                                   "only 1.5 GB are available.")),
                 qPrintable(message));
        // Half of 1.5 GB at 1,000 bytes a row: 805,306 rows, 800,000 to two digits.
        QVERIFY2(message.contains(QStringLiteral("\u201cRows\u201d in the import dialog (up to about %1 rows fit here)")
                                      .arg(QLocale().toString(qulonglong(800000)))),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("--sample")), qPrintable(message));
    }

    void otherErrorsAsTheCoreWroteThem()
    {
        const awb::InputError error("flows.csv", 12, 3, "Expected a number, found \"tcp\".");
        const QString message = failureOf([&](const awb::ProgressFn &, const awb::CancelFlag *) { throw error; });
        QCOMPARE(message, QString::fromStdString(error.what()));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
