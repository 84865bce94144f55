// Reservoir sampling: exactly the rows asked for, distinct, in file order with their own line
// numbers, the same for the same seed; every row equally likely (inclusion frequencies over many
// seeds); the whole file when it is smaller; a sampled load says so and keeps the lines.
#include <QTest>

#include <map>
#include <set>

#include "DataFiles.h"
#include "common/InputError.h"
#include "data/DatasetLoader.h"
#include "data/RowSample.h"

namespace {

// "id,value,label" with row i (0-based) holding id i on line i + 2.
QByteArray numberedRows(int rows)
{
    QByteArray text = "id,value,label\n";
    for (int i = 0; i < rows; ++i)
        text += QByteArray::number(i) + ',' + QByteArray::number(i % 7) + (i % 10 == 0 ? ",attack\n" : ",normal\n");
    return text;
}

std::string textOf(const awb::RowSample &sample)
{
    return {sample.text.begin(), sample.text.end()};
}

std::vector<int> idsOf(const awb::RowSample &sample)
{
    const std::string text = textOf(sample);
    std::vector<int> ids;
    std::size_t start = text.find('\n') + 1;  // after the header
    while (start < text.size()) {
        ids.push_back(std::stoi(text.substr(start, text.find(',', start) - start)));
        start = text.find('\n', start) + 1;
    }
    return ids;
}

} // namespace

class tst_RowSample : public QObject {
    Q_OBJECT

    DataFiles files_;

private slots:
    void sampleIsDistinctOrderedAndKeepsLines()
    {
        const QString path = files_.writeGzip("rows.csv.gz", numberedRows(50000));
        const awb::RowSample sample = awb::sampleRows(path.toStdString(), 1000, 42, {});
        QVERIFY(sample.hasHeader);
        QCOMPARE(sample.fileRows, std::uint64_t{50000});
        QCOMPARE(sample.sampledRows, std::size_t{1000});
        const std::vector<int> ids = idsOf(sample);
        QCOMPARE(ids.size(), std::size_t{1000});
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QCOMPARE(std::set<int>(ids.begin(), ids.end()).size(), std::size_t{1000});
        QCOMPARE(sample.lines.size(), std::size_t{1001});
        QCOMPARE(sample.lines[0], std::uint32_t{1});
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(sample.lines[i + 1], static_cast<std::uint32_t>(ids[i] + 2));
        QVERIFY(awb::sampleRows(path.toStdString(), 1000, 42, {}).text == sample.text);
        QVERIFY(awb::sampleRows(path.toStdString(), 1000, 43, {}).text != sample.text);
    }

    void everyRowIsEquallyLikely()
    {
        // 100 rows, samples of 10, 2000 seeds: each row is expected 200 times (sd 13.4).
        const QString path = files_.write("hundred.csv", numberedRows(100));
        std::map<int, int> count;
        for (std::uint64_t seed = 1; seed <= 2000; ++seed)
            for (const int id : idsOf(awb::sampleRows(path.toStdString(), 10, seed, {})))
                ++count[id];
        QCOMPARE(count.size(), std::size_t{100});
        for (const auto &[id, times] : count)
            QVERIFY2(times > 140 && times < 260, qPrintable(QStringLiteral("row %1 drawn %2 times").arg(id).arg(times)));
    }

    // A ragged row stops a sampled load at its line and column whether the sample takes it or not.
    void aRaggedRowIsNamedWhateverTheSample()
    {
        QByteArray text = numberedRows(3000);
        text.replace("\n41,6,normal\n", "\n41,6\n");  // line 43
        const QString path = files_.write("ragged.csv", text);
        for (const std::uint64_t seed : {1u, 2u, 3u, 4u}) {
            try {
                awb::sampleRows(path.toStdString(), 100, seed, {});
                QFAIL("no error");
            } catch (const awb::InputError &e) {
                QCOMPARE(e.line(), std::uint64_t{43});
                QCOMPARE(e.column(), std::uint64_t{3});
                QVERIFY2(std::string(e.what()).find("This row has 2 fields, but the table has 3 columns") != std::string::npos,
                         e.what());
            }
        }
    }

    void aSmallFileIsTakenWhole()
    {
        const QString path = files_.write("small.csv", numberedRows(50));
        const awb::RowSample sample = awb::sampleRows(path.toStdString(), 1000, 42, {});
        QCOMPARE(sample.sampledRows, std::size_t{50});
        QCOMPARE(textOf(sample), numberedRows(50).toStdString());
        // A load of it says that every row is used, and it is not counted as sampled.
        awb::LoadOptions options;
        options.trainFile = path.toStdString();
        options.sampleRows = 1000;
        const awb::Dataset data = awb::loadDataset(options);
        QCOMPARE(data.trainRows + data.testRows(), std::size_t{50});
        QCOMPARE(data.summary.sampledRows, std::uint64_t{0});
        QVERIFY(std::any_of(data.summary.notes.begin(), data.summary.notes.end(), [](const std::string &note) {
            return note == "The file has 50 data rows, no more than the sample of 1,000 asked for: every row is used.";
        }));
    }

    // A sample of exactly the file's rows is the whole file; a bad cell in it is named at its line
    // in the file (blank lines make that differ from the row's place in the sample).
    void aSampleOfEveryRowNamesTheFilesLines()
    {
        QByteArray text = "bytes,label\n";
        for (int i = 0; i < 200; ++i)
            text += QByteArray::number(i * 7919 % 100000) + (i == 50 ? ",normal\n\n\n" : i % 10 ? ",normal\n" : ",attack\n");
        awb::LoadOptions options;
        options.trainFile = files_.write("every.csv", text).toStdString();
        options.sampleRows = 200;
        QCOMPARE(awb::loadDataset(options).summary.sampledRows, std::uint64_t{0});
        // Row 120 is on line 124: the header, then two blank lines after row 50.
        text.replace("\n" + QByteArray::number(120 * 7919 % 100000) + ",", "\nabc,");
        options.trainFile = files_.write("every-bad.csv", text).toStdString();
        try {
            awb::loadDataset(options);
            QFAIL("the bad cell was not found");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t{124});
            QCOMPARE(e.column(), std::uint64_t{1});
        }
    }

    void sampledLoadSaysSoAndKeepsLineNumbers()
    {
        awb::LoadOptions options;
        options.trainFile = files_.write("load.csv", numberedRows(20000)).toStdString();
        options.sampleRows = 3000;
        const awb::Dataset data = awb::loadDataset(options);
        QCOMPARE(data.trainRows + data.testRows(), std::size_t{3000});
        QCOMPARE(data.summary.sampledRows, std::uint64_t{3000});
        QVERIFY(std::any_of(data.summary.notes.begin(), data.summary.notes.end(), [](const std::string &note) {
            return note.starts_with("The rows are a uniform random sample of 3,000 of the file's 20,000 data rows");
        }));
        for (std::size_t row = 0; row < 50; ++row) {
            const auto cells = data.originalRow(row);
            const auto &source = *data.sources[data.sourceFile[row]];
            QCOMPARE(source.lineNumber(data.sourceRow[row]), static_cast<std::uint64_t>(std::stoi(cells[0]) + 2));
        }
    }
};

QTEST_GUILESS_MAIN(tst_RowSample)
#include "tst_rowsample.moc"
