// The run history store: runs recorded and read back exactly (spec, result, details, models),
// renamed, annotated and deleted; a new file gets the current schema; files it must not touch
// (random bytes, another program's SQLite database, a newer schema, a read-only file) are refused
// with a sentence and left byte for byte as they were.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "common/InputError.h"
#include "history/RunHistory.h"
#include "pipeline/Pipeline.h"

namespace {

awb::PipelineOutput demoRun(std::int64_t trees)
{
    awb::RunSpec spec;
    spec.data.demo = true;
    spec.data.demoRows = 1500;
    spec.detectors = {awb::defaultDetectorSpec("iforest"), awb::defaultDetectorSpec("ecod")};
    spec.detectors[0].params["trees"] = trees;
    return awb::Pipeline(spec).run();
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void sqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

void refusedAndUntouched(const QString &path, const QString &mentions)
{
    const QByteArray before = bytesOf(path);
    try {
        awb::RunHistory history(path.toStdString());
        QFAIL("opened");
    } catch (const awb::InputError &e) {
        QVERIFY2(QString(e.what()).contains(mentions) && QString(e.what()).startsWith(path), e.what());
    }
    QCOMPARE(bytesOf(path), before);
    QVERIFY(!QFile::exists(path + "-wal"));
}

} // namespace

class tst_RunHistory : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    void recordsAndReadsBackExactly()
    {
        const QString path = dir.filePath("sub/folder/history.sqlite");  // folders are created
        awb::RunHistory history(path.toStdString());
        const awb::PipelineOutput a = demoRun(50), b = demoRun(80);
        const awb::RunDetails detailsA = awb::detailsOf(*a.data, a.detectors);
        const std::vector<std::uint8_t> models{1, 2, 3, 0, 255};
        const std::int64_t idA = history.record(a.spec, a.result, detailsA, "first", &models);
        const std::int64_t idB = history.record(b.spec, b.result, awb::detailsOf(*b.data, b.detectors));
        QVERIFY(idB > idA);
        const auto entries = history.list();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].id, idB);  // newest first
        QCOMPARE(QString::fromStdString(entries[0].name), QStringLiteral("demo data: iforest, ecod"));
        // A run on a sample says so in its name, with the rows it read; asked for more rows than
        // the file has, it read the whole file and says nothing.
        awb::RunSpec sampled = b.spec;
        sampled.data.demo = false;
        sampled.data.load.trainFile = "/data/flows.csv.gz";
        sampled.data.load.sampleRows = 500000;
        awb::RunResult sampledResult = b.result;
        sampledResult.dataset.sampledRows = 400000;
        const std::int64_t idC = history.record(sampled, sampledResult, awb::detailsOf(*b.data, b.detectors));
        QCOMPARE(QString::fromStdString(history.get(idC).name),
                 QStringLiteral("flows.csv.gz (a sample of 400,000 rows): iforest, ecod"));
        QVERIFY(history.get(idC).result == sampledResult);
        const std::int64_t idD = history.record(sampled, b.result, awb::detailsOf(*b.data, b.detectors));
        QCOMPARE(QString::fromStdString(history.get(idD).name), QStringLiteral("flows.csv.gz: iforest, ecod"));
        history.remove(idC);
        history.remove(idD);
        const awb::HistoryEntry first = history.get(idA);
        QCOMPARE(QString::fromStdString(first.name), QStringLiteral("first"));
        QVERIFY(first.spec == a.spec);
        QVERIFY(first.result == a.result);
        QVERIFY(first.hasModels && !entries[0].hasModels);
        QVERIFY(history.details(idA) == detailsA);
        QCOMPARE(*history.models(idA), models);
        QVERIFY(!history.models(idB));
        // The flagged bits are the rows above the threshold.
        const awb::PartDetails &test = *detailsA.find("iforest")->test;
        for (std::size_t r = 0; r < test.rows; ++r)
            QCOMPARE(test.flagged(r), a.detectors[0].testScores[r] > a.detectors[0].result.threshold);
        QVERIFY(test.roc.x.size() <= awb::kCurvePoints);

        history.rename(idA, "baseline");
        history.setNote(idA, "trees 50; the one to beat");
        QCOMPARE(QString::fromStdString(history.get(idA).note), QStringLiteral("trees 50; the one to beat"));
        history.remove(idB);
        QCOMPARE(history.list().size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(history.list()[0].name), QStringLiteral("baseline"));
        QVERIFY_THROWS_EXCEPTION(awb::InputError, history.get(idB));
        QVERIFY_THROWS_EXCEPTION(awb::InputError, history.remove(idB));
        // A reader opened read-only sees the same.
        const awb::RunHistory reader(path.toStdString(), awb::RunHistory::Access::ReadOnly);
        QVERIFY(reader.get(idA).result == a.result);
    }

    void refusesFilesItMustNotTouch()
    {
        const QString noise = dir.filePath("noise.sqlite");
        QFile f(noise);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            f.putChar(static_cast<char>((i * 7919 + 13) % 251));
        f.close();
        refusedAndUntouched(noise, "damaged");

        const QString foreign = dir.filePath("foreign.sqlite");
        sqlite(foreign, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');");
        refusedAndUntouched(foreign, "not an Anomaly Workbench run history");

        const QString newer = dir.filePath("newer.sqlite");
        { awb::RunHistory created(newer.toStdString()); }
        sqlite(newer, "PRAGMA user_version = 99;");
        refusedAndUntouched(newer, "newer Anomaly Workbench");

        const QString locked = dir.filePath("locked.sqlite");
        { awb::RunHistory created(locked.toStdString()); }
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        refusedAndUntouched(locked, "read-only");
    }

    void defaultPathFollowsXdgDataHome()
    {
        qputenv("XDG_DATA_HOME", dir.path().toUtf8());
        QCOMPARE(QString::fromStdString(awb::defaultHistoryPath()),
                 dir.filePath("AnomalyWorkbench/Anomaly Workbench/history.sqlite"));
    }
};

QTEST_APPLESS_MAIN(tst_RunHistory)
#include "tst_runhistory.moc"
