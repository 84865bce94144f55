// Streaming scoring: the scores of a file read in many small chunks (plain and gzip) are exactly
// those of the in-memory path (the whole file loaded with the model's preprocessing and scored at
// once); bad rows are skipped and reported with their line and column, or stop the run; quoted
// fields with line breaks survive chunk boundaries; kept columns are copied as they stood.
#include <QTest>

#include <algorithm>
#include <sstream>

#include "../data/DataFiles.h"
#include "common/InputError.h"
#include "data/CellParser.h"
#include "data/ChunkReader.h"
#include "data/DatasetLoader.h"
#include "data/RowEncoder.h"
#include "data/SyntheticTraffic.h"
#include "pipeline/ModelFile.h"
#include "pipeline/Pipeline.h"
#include "pipeline/StreamScoring.h"

namespace {

struct Trained {
    std::string csv;
    awb::ModelFile model;
};

const Trained &trained()
{
    static const Trained t = [] {
        Trained t;
        std::ostringstream csv;
        awb::writeSyntheticTraffic(csv, {30000, 7, 0.1});
        t.csv = csv.str();
        awb::RunSpec spec;
        spec.data.demo = true;
        spec.data.demoRows = 30000;
        spec.data.demoSeed = 7;
        spec.threads = 2;
        for (const char *id : {"iforest", "autoencoder", "pca", "ecod"})
            spec.detectors.push_back(awb::defaultDetectorSpec(id));
        spec.detectors[0].params["trees"] = std::int64_t{50};
        spec.detectors[1].params["epochs"] = std::int64_t{3};
        const awb::PipelineOutput out = awb::Pipeline(spec).run();
        std::stringstream file;
        awb::writeModelFile(file, out.data->preprocessor, out.detectors);
        t.model = awb::readModelFile(file, "model");
        return t;
    }();
    return t;
}

struct Rows {
    std::vector<std::uint64_t> line;
    std::vector<std::vector<std::string>> cells;  // after "line"
};

Rows parse(const std::string &csv)
{
    Rows rows;
    std::istringstream in(csv);
    std::string text;
    std::getline(in, text);  // header
    while (std::getline(in, text)) {
        std::vector<std::string> cells;
        std::istringstream line(text);
        std::string cell;
        while (std::getline(line, cell, ','))
            cells.push_back(cell);
        rows.line.push_back(std::stoull(cells.front()));
        rows.cells.emplace_back(cells.begin() + 1, cells.end());
    }
    return rows;
}

awb::StreamScoreSummary stream(const QString &input, std::string &output, awb::StreamScoreOptions options = {},
                               std::vector<std::string> *bad = nullptr)
{
    options.input = input.toStdString();
    options.threads = 2;
    std::ostringstream out;
    const awb::StreamScoreSummary summary = awb::scoreStream(trained().model, options, out, [bad](const awb::InputError &e) {
        if (bad)
            bad->push_back(e.what());
    });
    output = out.str();
    return summary;
}

// A model that reads two numeric columns, `first` at place a and `second` at place b.
awb::Preprocessor twoNumeric(int a, const std::string &first, int b, const std::string &second)
{
    awb::Preprocessor p;
    p.numeric.resize(2);
    p.numeric[0].sourceColumn = a;
    p.numeric[0].name = first;
    p.numeric[1].sourceColumn = b;
    p.numeric[1].name = second;
    return p;
}

// The file with an index column ("id") in front and each pair of columns swapped.
std::string withColumnsMoved(const std::string &csv, const std::vector<std::pair<std::size_t, std::size_t>> &swaps)
{
    std::string moved;
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');)
            cells.push_back(cell);
        for (const auto &[a, b] : swaps)
            std::swap(cells[a], cells[b]);
        moved += (moved.empty() ? "id" : std::to_string(std::count(moved.begin(), moved.end(), '\n')));
        for (const std::string &cell : cells)
            moved += ',' + cell;
        moved += '\n';
    }
    return moved;
}

} // namespace

class tst_StreamScoring : public QObject {
    Q_OBJECT

private slots:
    void equalsInMemoryScoresInSmallChunks_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }

    void equalsInMemoryScoresInSmallChunks()
    {
        QFETCH(bool, gzip);
        DataFiles files;
        const QByteArray bytes = QByteArray::fromStdString(trained().csv);
        const QString path = gzip ? files.writeGzip("t.csv.gz", bytes) : files.write("t.csv", bytes);
        std::string output;
        awb::StreamScoreOptions options;
        options.chunkBytes = 100000;  // about 40 chunks
        const awb::StreamScoreSummary summary = stream(path, output, options);
        QCOMPARE(summary.rows, std::uint64_t{30000});
        QCOMPARE(summary.scored, std::uint64_t{30000});
        QCOMPARE(summary.skipped, std::uint64_t{0});

        awb::LoadOptions load;
        load.trainFile = path.toStdString();
        load.testFraction = 0.0;
        const awb::Dataset data = awb::loadDataset(load, {}, nullptr, &trained().model.preprocessor);
        QCOMPARE(data.trainRows, std::size_t{30000});
        const Rows rows = parse(output);
        QCOMPARE(rows.line.size(), std::size_t{30000});
        for (std::size_t d = 0; d < trained().model.detectors.size(); ++d) {
            const auto &saved = trained().model.detectors[d];
            const std::vector<float> expected = saved.model->score(data.train(), 2, {}, nullptr);
            std::uint64_t flagged = 0;
            for (std::size_t r = 0; r < rows.line.size(); ++r) {
                QCOMPARE(rows.line[r], std::uint64_t{r + 2});  // file order, after the header line
                const float score = std::stof(rows.cells[r][2 * d]);
                if (score != expected[data.sourceRow[r]])
                    QFAIL(qPrintable(QStringLiteral("%1, line %2: streamed %3, in memory %4")
                                         .arg(QString::fromStdString(saved.spec.name)).arg(rows.line[r])
                                         .arg(double(score), 0, 'g', 9).arg(double(expected[data.sourceRow[r]]), 0, 'g', 9)));
                const bool flag = score > saved.threshold;
                QCOMPARE(rows.cells[r][2 * d + 1], std::string(flag ? "1" : "0"));
                flagged += flag;
            }
            QCOMPARE(summary.flagged[d].second, flagged);
            QVERIFY(flagged > 0);
        }
    }

    void badRowsAreSkippedWithTheirLineOrStopTheRun()
    {
        const std::string csv = trained().csv;
        std::vector<std::string> lines;
        std::istringstream in(csv);
        for (std::string line; std::getline(in, line) && lines.size() < 200;)
            lines.push_back(line);
        lines[10] = lines[10].substr(0, lines[10].rfind(','));  // ragged: one field short
        std::string &numeric = lines[20];  // duration is the third column
        const auto a = numeric.find(',', numeric.find(',') + 1), b = numeric.find(',', a + 1);
        numeric.replace(a + 1, b - a - 1, "fast");
        std::string text;
        for (const auto &line : lines)
            text += line + "\r\n";  // spreadsheet line ends too
        DataFiles files;
        const QString path = files.write("bad.csv", QByteArray::fromStdString(text));

        std::string output;
        std::vector<std::string> bad;
        awb::StreamScoreOptions options;
        options.skipBadRows = true;
        const awb::StreamScoreSummary summary = stream(path, output, options, &bad);
        QCOMPARE(summary.rows, std::uint64_t{199});
        QCOMPARE(summary.skipped, std::uint64_t{2});
        QCOMPARE(summary.scored, std::uint64_t{197});
        QCOMPARE(bad.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(bad[0]), path + QStringLiteral(":11:23: This row has 22 fields, but the table has 23 columns."));
        QCOMPARE(QString::fromStdString(bad[1]),
                 path + QStringLiteral(":21:3: \"fast\" is not a number, but column \"duration\" is numeric."));
        const Rows rows = parse(output);
        QCOMPARE(rows.line.size(), std::size_t{197});
        QVERIFY(std::find(rows.line.begin(), rows.line.end(), 11) == rows.line.end());
        QVERIFY(std::find(rows.line.begin(), rows.line.end(), 12) != rows.line.end());

        try {
            stream(path, output);
            QFAIL("a bad row did not stop the run");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t{11});
            QCOMPARE(e.column(), std::uint64_t{23});
        }
    }

    void quotedLineBreaksCrossChunksAndKeptColumnsAreCopied()
    {
        const std::string csv = trained().csv;
        std::istringstream in(csv);
        std::string header, text;
        std::getline(in, header);
        text = header + "\n";
        std::size_t row = 0;
        for (std::string line; std::getline(in, line) && row < 3000; ++row) {
            // flow_id (column 0, ignored by the model) quoted with a line break and a comma in it
            const auto comma = line.find(',');
            text.append("\"").append(line, 0, comma).append("\n(ok, 2)\"").append(line, comma).append("\n");
        }
        DataFiles files;
        const QString path = files.write("quoted.csv", QByteArray::fromStdString(text));
        std::string output;
        awb::StreamScoreOptions options;
        options.chunkBytes = 4096;
        options.keep = {awb::ColumnRef::parse("flow_id"), awb::ColumnRef::parse("label")};
        const awb::StreamScoreSummary summary = stream(path, output, options);
        QCOMPARE(summary.scored, std::uint64_t{3000});
        std::istringstream result(output);
        std::string first, line1, line2;
        std::getline(result, first);
        QVERIFY(first.ends_with(",flow_id,label"));
        std::getline(result, line1);
        std::getline(result, line2);
        // The first data row starts on line 2; its kept flow id is quoted again, line break and all.
        QVERIFY2(line1.starts_with("2,") && line1.find(",\"10.") != std::string::npos, line1.c_str());
        QVERIFY2(line2.starts_with("(ok, 2)\","), line2.c_str());
        std::getline(result, line1);
        QVERIFY2(line1.starts_with("4,"), line1.c_str());  // the next row starts two lines further
    }

    // A quote inside a field (27" screens) is text, as the reader takes it, not the start of a
    // quoted field that would swallow the rest of the file; old Mac line ends (CR alone) are lines;
    // an unterminated quote deep in the file is reported at its own line; a header alone is no rows.
    void strayQuotesOldMacFilesAndLateErrors()
    {
        const std::string csv = trained().csv;
        std::istringstream in(csv);
        std::string header, text;
        std::getline(in, header);
        text = header + "\n";
        std::size_t rows = 0;
        for (std::string line; std::getline(in, line) && rows < 5000; ++rows)
            text += (rows == 10 ? "27\"" + line.substr(line.find(',')) : line) + "\n";  // flow_id 27" (ignored column)
        DataFiles files;
        std::string output;
        awb::StreamScoreOptions options;
        options.chunkBytes = 4096;
        const QString stray = files.write("stray.csv", QByteArray::fromStdString(text));
        QCOMPARE(stream(stray, output, options).scored, std::uint64_t{5000});
        awb::ChunkReader reader(stray.toStdString(), std::nullopt, 4096);
        awb::TextChunk chunk;
        for (int i = 0; i < 3; ++i) {  // the stray quote is in the first chunk; the chunks stay small (the carry: one record)
            QVERIFY(reader.next(chunk));
            QVERIFY2(chunk.text.size() <= 2 * 4096, qPrintable(QString::number(chunk.text.size())));  // with the carry
        }

        std::string mac = text;
        std::replace(mac.begin(), mac.end(), '\n', '\r');
        const Rows macRows = parse([&] {
            stream(files.write("mac.csv", QByteArray::fromStdString(mac)), output, options);
            return output;
        }());
        QCOMPARE(macRows.line.size(), std::size_t{5000});
        QCOMPARE(macRows.line.back(), std::uint64_t{5001});

        std::string late = text;
        late.insert(late.rfind('\n', late.size() - 2) + 1, "\"unterminated,");  // the last line, 5001
        try {
            stream(files.write("late.csv", QByteArray::fromStdString(late)), output, options);
            QFAIL("an unterminated quote was read");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t{5001});
        }
        // A header and no rows (an empty partition of a distributed job): the output's header alone.
        const awb::StreamScoreSummary none = stream(files.write("header-only.csv", QByteArray::fromStdString(header + "\n")), output, options);
        QCOMPARE(none.rows, std::uint64_t{0});
        QCOMPARE(std::count(output.begin(), output.end(), '\n'), std::ptrdiff_t{1});
        QVERIFY2(output.starts_with("line,"), output.c_str());
    }

    // A file with a column added in front and two pairs of columns swapped (an export with its index):
    // the model's columns are found by name, and every score is the original file's.
    void columnsAreFoundByName()
    {
        DataFiles files;
        const std::string moved = withColumnsMoved(trained().csv, {{2, 5}, {3, 4}});
        std::string original, reordered;
        stream(files.write("original.csv", QByteArray::fromStdString(trained().csv)), original);
        stream(files.write("moved.csv", QByteArray::fromStdString(moved)), reordered);
        QVERIFY(original.size() > 30000 * 8);
        QCOMPARE(reordered, original);
        // A header without one of the model's columns names that column, wherever the others are.
        std::string without = moved;
        without.replace(without.find("duration"), 8, "renamed");
        try {
            std::string ignored;
            stream(files.write("without.csv", QByteArray::fromStdString(without)), ignored);
            QFAIL("scored a file without the model's duration");
        } catch (const awb::InputError &e) {
            QCOMPARE(QString::fromStdString(e.message()),
                     QStringLiteral("The file does not have the column \"duration\" that the model was trained on."));
        }
        // A model trained on a file with an unnamed column (column_1) and "bytes" after it: in a
        // file where "bytes" has moved into column 1, the two would be read from one column.
        try {
            awb::RowEncoder(twoNumeric(1, "column_1", 2, "bytes"), {"id", "bytes", "other"}, "moved.csv");
            QFAIL("two of the model's columns were read from one");
        } catch (const awb::InputError &e) {
            QVERIFY2(QString::fromStdString(e.message()).contains(QStringLiteral("\"column_1\" and \"bytes\" would both be read")),
                     e.what());
        }
        QCOMPARE(awb::RowEncoder(twoNumeric(1, "column_1", 2, "bytes"), {"id", "count", "bytes"}, "same.csv").width(),
                 std::size_t{2});
        // A model saved when a repeated header name was kept as it stood (CICIDS2017's second
        // "Fwd Header Length"): its columns are found where the file, numbered now, has them.
        const awb::Preprocessor placed = awb::placedIn(twoNumeric(2, "Fwd Header Length", 0, "Fwd Header Length"),
                                                       {"id", "Fwd Header Length", "x", "Fwd Header Length (2)"}, "cicids.csv");
        QCOMPARE(placed.numeric[0].sourceColumn, 3);
        QCOMPARE(placed.numeric[0].name, std::string("Fwd Header Length (2)"));
        QCOMPARE(placed.numeric[1].sourceColumn, 1);
    }

    // A spreadsheet's trailing rows of empty cells, and copies of the header line where files were
    // joined, get no score line: skipped and counted, as the loader skips them.
    void rowsThatAreNoDataAreSkipped()
    {
        DataFiles files;
        std::string csv = trained().csv;
        const std::string header = csv.substr(0, csv.find('\n') + 1);
        const std::size_t columns = static_cast<std::size_t>(std::count(header.begin(), header.end(), ',')) + 1;
        const std::size_t middle = csv.find('\n', csv.size() / 2) + 1;
        csv.insert(middle, header);
        csv += header;
        for (int i = 0; i < 3; ++i)
            csv += std::string(columns - 1, ',') + '\n';
        std::string output;
        const awb::StreamScoreSummary summary = stream(files.write("empty.csv", QByteArray::fromStdString(csv)), output);
        QCOMPARE(summary.scored, std::uint64_t{30000});
        QCOMPARE(summary.empty, std::uint64_t{3});
        QCOMPARE(summary.headerCopies, std::uint64_t{2});
        QCOMPARE(summary.skipped, std::uint64_t{0});
        QCOMPARE(parse(output).line.size(), std::size_t{30000});
    }

    // The same traffic saved by a spreadsheet in a locale that writes "0,25" (semicolons between
    // the cells): every score is the original file's.
    void decimalCommaInputScoresAlike()
    {
        DataFiles files;
        std::string commas;
        std::istringstream in(trained().csv);
        for (std::string line; std::getline(in, line);) {
            std::istringstream fields(line);
            std::string cells;
            for (std::string cell; std::getline(fields, cell, ',');) {
                float value = 0;
                if (cell.find('.') != std::string::npos && awb::parsePlainDecimal(cell, value, '.'))
                    std::replace(cell.begin(), cell.end(), '.', ',');
                cells += (cells.empty() ? "" : ";") + cell;
            }
            commas += cells + '\n';
        }
        QVERIFY(commas.find("0,") != std::string::npos);
        std::string original, converted;
        stream(files.write("original.csv", QByteArray::fromStdString(trained().csv)), original);
        stream(files.write("commas.csv", QByteArray::fromStdString(commas)), converted);
        QVERIFY(original.size() > 30000 * 8);
        QCOMPARE(converted, original);
    }

    // The in-memory path (anomaly-cli --load-model with a data file) finds the model's columns as
    // score does: an index in front, two numeric and two categorical columns swapped, and the
    // matrix is the original file's, in the model's column order.
    void inMemoryLoadFindsColumnsByName()
    {
        DataFiles files;
        const awb::Preprocessor &model = trained().model.preprocessor;
        const auto load = [&](const std::string &name, const std::string &csv) {
            awb::LoadOptions options;
            options.trainFile = files.write(QString::fromStdString(name), QByteArray::fromStdString(csv)).toStdString();
            options.testFraction = 0.0;
            return awb::loadDataset(options, {}, nullptr, &model);
        };
        const awb::Dataset original = load("original.csv", trained().csv);
        const awb::Dataset moved = load("moved.csv", withColumnsMoved(trained().csv, {{2, 5}, {3, 4}}));
        QCOMPARE(moved.features.rows(), Eigen::Index{30000});
        QVERIFY(moved.features == original.features);
        const auto protocol = std::find_if(moved.preprocessor.categorical.begin(), moved.preprocessor.categorical.end(),
                                           [](const awb::CategoricalEncoding &c) { return c.name == "protocol"; });
        QVERIFY(protocol != moved.preprocessor.categorical.end());
        QCOMPARE(protocol->sourceColumn, 5);  // 3, one later for the index, swapped with service
        QCOMPARE(moved.schema.columns[5].name, std::string("protocol"));
        QCOMPARE(moved.schema.columns[5].role, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(moved.schema.columns[0].role, awb::ColumnRole::Ignored);
    }

    void aColumnTheModelNeedsIsMissing()
    {
        DataFiles files;
        // A column to keep that the file lacks is named with the file's columns, as a load does.
        awb::StreamScoreOptions keep;
        keep.keep = {awb::ColumnRef::parse("Flow_ID")};
        try {
            std::string ignored;
            stream(files.write("t.csv", QByteArray::fromStdString(trained().csv)), ignored, keep);
            QFAIL("kept a column the file lacks");
        } catch (const awb::InputError &e) {
            QVERIFY2(QString::fromStdString(e.message())
                         .startsWith(QStringLiteral("There is no column \"Flow_ID\" (did you mean \"flow_id\"?) for the "
                                                    "columns to keep; the file's 23 columns are flow_id, timestamp,")),
                     e.what());
        }
        const QString path = files.write("other.csv", "a,b\n1,2\n4,5\n");
        std::string output;
        try {
            stream(path, output);
            QFAIL("scored a file without the model's columns");
        } catch (const awb::InputError &e) {
            QVERIFY2(QString::fromStdString(e.message()).contains(QStringLiteral("that the model was trained on")), e.what());
        }
        try {
            stream(files.write("empty.csv", ""), output);
            QFAIL("scored an empty file");
        } catch (const awb::InputError &e) {
            QCOMPARE(QString::fromStdString(e.message()), QStringLiteral("The file is empty."));
        }
    }
};

QTEST_GUILESS_MAIN(tst_StreamScoring)
#include "tst_streamscoring.moc"
