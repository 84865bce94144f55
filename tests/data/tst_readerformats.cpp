// Files as other tools write them (see also tst_csvreader): spreadsheets in locales that write
// "0,25" or group thousands ("1,218"), their trailing rows of empty cells, and Zeek logs with
// their metadata lines.
#include <QTest>

#include "DataFiles.h"
#include "common/InputError.h"
#include "data/CellParser.h"
#include "data/ChunkReader.h"
#include "data/DatasetLoader.h"
#include "data/RowSample.h"

class tst_ReaderFormats : public QObject {
    Q_OBJECT

    DataFiles files;

    // Every row of `csv`, written as `name`, as training rows (no test split).
    awb::Dataset loadWhole(const QString &name, const QByteArray &csv)
    {
        awb::LoadOptions o;
        o.testFraction = 0.0;
        o.trainFile = files.write(name, csv).toStdString();
        return awb::loadDataset(o);
    }

private slots:
    // A spreadsheet saved where numbers read "0,25" (semicolons or tabs between the cells): the
    // table is the one written with points, with and without a header, and a text cell is still
    // named. A semicolon file with points keeps them.
    void decimalCommaFilesReadAsTheSameNumbers_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("header");
        QTest::newRow("semicolon, header") << ';' << true;
        QTest::newRow("tab, header") << '\t' << true;
        QTest::newRow("semicolon, no header") << ';' << false;
    }

    void decimalCommaFilesReadAsTheSameNumbers()
    {
        QFETCH(char, delimiter);
        QFETCH(bool, header);
        // Row `badRow` (if any) has a word in its byte count.
        const auto table = [header](int badRow) {
            QByteArray csv = header ? "duration,proto,rate,bytes,label\n" : "";
            for (int i = 0; i < 300; ++i)
                csv += QByteArray::number(i % 17 * 0.125 + 0.5, 'f', 3) + (i % 3 ? ",tcp," : ",udp,") +
                       QByteArray::number(-0.01 * (i % 9), 'f', 2) + ',' +
                       (i == badRow ? QByteArray("3.x5") : QByteArray::number(i * 37 % 1000)) + (i % 6 ? ",normal\n" : ",attack\n");
            return csv;
        };
        const auto withCommas = [delimiter](QByteArray csv) { return csv.replace(',', delimiter).replace('.', ','); };
        const QByteArray points = table(-1), commas = withCommas(points);
        const awb::Dataset expected = loadWhole("points.csv", points);
        const awb::Dataset d = loadWhole("commas.txt", commas);
        QCOMPARE(d.summary.decimalPoint, ',');
        QCOMPARE(d.summary.delimiter, delimiter);
        QCOMPARE(d.summary.hasHeader, header);
        QCOMPARE(d.summary.numericFeatures, std::size_t(3));
        QCOMPARE(d.features.rows(), Eigen::Index{300});
        QVERIFY(d.features == expected.features);
        QCOMPARE(expected.summary.decimalPoint, '.');

        try {
            loadWhole("bad.txt", withCommas(table(10)));
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t(header ? 12 : 11));
            QCOMPARE(e.column(), std::uint64_t(4));
            QVERIFY2(QString(e.what()).contains("\"3,x5\" is not a number"), e.what());
        }
        QByteArray semicolonsWithPoints = points;
        semicolonsWithPoints.replace(',', ';');
        const awb::Dataset same = loadWhole("semicolons.csv", semicolonsWithPoints);
        QCOMPARE(same.summary.decimalPoint, '.');
        QVERIFY(same.features == expected.features);
    }

    // Thousands in groups ("486,498") are no decimal commas, and "1,234" alone tells nothing; a
    // decimal comma first seen after 300 rows of whole numbers is still found.
    void decimalCommaIsToldFromThousands()
    {
        const auto pointOf = [&](const QByteArray &csv) {
            awb::LoadOptions o;
            o.trainFile = files.write("t.txt", csv).toStdString();
            return awb::previewFile(o.trainFile, o).decimalPoint;
        };
        QByteArray grouped = "bytes\tpkts\tlabel\n";
        for (int i = 0; i < 100; ++i)
            grouped += (i % 3 ? QByteArray::number(100 + i) : QByteArray::number(1 + i) + ",234,567") + "\t4\tnormal\n";
        QCOMPARE(pointOf(grouped), '.');
        QByteArray thousands = "bytes\tpkts\tlabel\n";
        for (int i = 0; i < 100; ++i)
            thousands += (i % 3 ? QByteArray::number(100 + i) : QByteArray::number(1 + i) + ",498") + "\t4\tnormal\n";
        QCOMPARE(pointOf(thousands), '.');
        QByteArray late = "dur;label\n";
        for (int i = 0; i < 1500; ++i)
            late += (i < 300 ? QByteArray("0") : "0," + QByteArray::number(100 + i % 900)) + ";normal\n";
        QCOMPARE(pointOf(late), ',');
    }

    // Thousands grouped as a spreadsheet writes them: "1,218" in a comma file (quoted, as the cell
    // holds the delimiter) and "1.218,5" in a file with decimal commas read as the plain numbers;
    // digits in other groups are not numbers.
    void thousandsGroupedBySpreadsheetsAreNumbers()
    {
        float v = 0;
        QCOMPARE(awb::parseCell("1,218", v), awb::CellKind::Number);
        QCOMPARE(v, 1218.0f);
        QCOMPARE(awb::parseCell(" -12,345,678.5", v), awb::CellKind::Number);
        QCOMPARE(v, -12345678.5f);
        QCOMPARE(awb::parseCell("12.345.678,25", v, ','), awb::CellKind::Number);
        QCOMPARE(v, 12345678.25f);
        QCOMPARE(awb::parseCell("76.543", v, ','), awb::CellKind::Number);
        QCOMPARE(v, 76543.0f);
        QCOMPARE(awb::parseCell("0.543", v, ','), awb::CellKind::Number);
        QCOMPARE(v, 0.543f);
        for (const char *text : {"12,34", "1234,567", "0,218", "1,2345", "1,218.", ",218", "1,,218", "1,218,5"})
            QVERIFY2(awb::parseCell(text, v) == awb::CellKind::Text, text);
        QVERIFY(awb::parseCell("1.218,5", v) == awb::CellKind::Text);
        QVERIFY(awb::parseCell("192.168.100.200", v, ',') == awb::CellKind::Text);  // an address, not 192,168,100,200
        QCOMPARE(awb::parseCell("1.192.168.100,5", v, ','), awb::CellKind::Number);
        QCOMPARE(awb::parseCell("1.234.567.890", v, ','), awb::CellKind::Number);  // a part over 255: no address
        QCOMPARE(v, 1234567890.0f);

        const auto table = [](bool grouped, char delimiter, char point) {
            QByteArray csv = QByteArray("bytes,rate,proto,label\n").replace(',', delimiter);
            for (int i = 0; i < 400; ++i) {
                const qint64 bytes = qint64(i) * 76543 % 9000000;
                QByteArray cell = QByteArray::number(bytes);
                if (grouped)
                    for (int at = cell.size() - 3; at > 0; at -= 3)
                        cell.insert(at, point == '.' ? ',' : '.');
                if (grouped && delimiter == ',' && bytes >= 1000)
                    cell = '"' + cell + '"';
                const QByteArray rate = QByteArray::number(i % 13 * 0.25, 'f', 2).replace('.', point);
                csv += cell + delimiter + rate + delimiter + (i % 3 ? "tcp" : "udp") + delimiter + (i % 7 ? "normal\n" : "attack\n");
            }
            return csv;
        };
        const awb::Dataset expected = loadWhole("plain.csv", table(false, ',', '.'));
        QCOMPARE(expected.summary.numericFeatures, std::size_t(2));
        for (const auto &[delimiter, point] : {std::pair{',', '.'}, std::pair{';', ','}}) {
            const awb::Dataset d = loadWhole("grouped.csv", table(true, delimiter, point));
            QCOMPARE(d.summary.decimalPoint, point);
            QCOMPARE(d.summary.numericFeatures, std::size_t(2));
            QVERIFY(d.features == expected.features);
        }
    }

    // Numbers with a unit, as exporters write some counters: nfdump's bytes ("2.25 M", CIDDS-001),
    // sizes ("1.5 KB") and shares ("12%") read as the numbers they stand for; a name that ends in a
    // letter ("5G", "12B", "tcp M") stays text.
    void numbersWithAUnitAreNumbers()
    {
        float v = 0;
        const std::pair<const char *, float> read[] = {{"12%", 12.0f}, {"-2.5 %", -2.5f}, {"2.25 M", 2250000.0f},
                                                       {"1.5 KB", 1500.0f}, {"1.5KB", 1500.0f}, {"3 kB", 3000.0f},
                                                       {"2 G", 2e9f}, {"512 B", 512.0f}, {" 1,250 MB", 1.25e9f}};
        for (const auto &[text, expected] : read) {
            QVERIFY2(awb::parseCell(text, v) == awb::CellKind::Number, text);
            QCOMPARE(v, expected);
        }
        QCOMPARE(awb::parseCell("1,5 M", v, ','), awb::CellKind::Number);
        QCOMPARE(v, 1500000.0f);
        for (const char *text : {"5G", "12B", "tcp M", "M", " KB", "1.5 XB", "%", "1..5 M"})
            QVERIFY2(awb::parseCell(text, v) == awb::CellKind::Text, text);

        const auto table = [](bool units) {
            QByteArray csv = "Bytes,load,Proto,class\n";
            for (int i = 0; i < 300; ++i) {
                const double bytes = i % 10 == 0 ? (i % 7 + 1) * 250000.0 : double(i * 37 % 900);
                const QByteArray plain = QByteArray::number(qint64(bytes));
                csv += (units && bytes >= 100000 ? QByteArray::number(bytes / 1e6, 'f', 2) + " M" : plain) + ',' +
                       QByteArray::number(i % 40) + (units ? "%," : ",") + (i % 3 ? "TCP" : "UDP") + (i % 6 ? ",normal\n" : ",attacker\n");
            }
            return csv;
        };
        const awb::Dataset expected = loadWhole("plain.csv", table(false));
        const awb::Dataset d = loadWhole("units.csv", table(true));
        QCOMPARE(d.summary.numericFeatures, std::size_t(2));
        QVERIFY(d.features == expected.features);
    }

    // log1p asked for on a column with negative values: each reads as 0, which a note says.
    void log1pOfNegativeValuesIsNoted()
    {
        QByteArray csv = "win_delta,bytes,label\n";
        for (int i = 0; i < 200; ++i)
            csv += QByteArray::number(i % 5 ? i * 7 % 300 : -65000 + i) + ',' + QByteArray::number(i * 37 % 999) +
                   (i % 5 ? ",normal\n" : ",attack\n");
        awb::LoadOptions o;
        o.trainFile = files.write("negative.csv", csv).toStdString();
        o.logOverrides = {{awb::ColumnRef::parse("win_delta"), true}};
        const awb::Dataset d = awb::loadDataset(o);
        QVERIFY(std::find(d.summary.notes.begin(), d.summary.notes.end(),
                          "Column \"win_delta\" has negative values (down to -65000 in the sampled rows): log1p reads each "
                          "as 0, so they all look alike.") != d.summary.notes.end());
        o.logOverrides = {{awb::ColumnRef::parse("bytes"), true}};
        const auto notes = awb::loadDataset(o).summary.notes;
        QVERIFY(std::none_of(notes.begin(), notes.end(), [](const std::string &n) { return n.find("negative") != std::string::npos; }));
    }

    // A Zeek log as Zeek writes it: metadata lines first ("#separator \x09" ... "#types"), the
    // "#fields" line naming the columns, "#close" last. Read whole or in chunks, the columns are
    // its fields and every row keeps its line number in the file.
    void zeekLogsReadTheirFieldsLine()
    {
        QByteArray log = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
                         "#fields\tts\tuid\tproto\tduration\torig_bytes\tlabel\n"
                         "#types\ttime\tstring\tenum\tinterval\tcount\tstring\n";
        for (int i = 0; i < 200; ++i)
            log += QByteArray::number(1600000000 + i) + ".5\tC" + QByteArray::number(i) + (i % 2 ? "\ttcp\t" : "\tudp\t") +
                   (i % 5 ? QByteArray::number(i % 13 * 0.25) : QByteArray("-")) + '\t' + QByteArray::number(i * 37 % 500) +
                   (i % 8 ? "\tnormal\n" : "\tscan\n");
        log += "#close\t2020-09-13-13-00-00\n";
        const QString path = files.write("conn.log", log);
        awb::LoadOptions o;
        o.trainFile = path.toStdString();
        o.testFraction = 0.0;
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.delimiter, '\t');
        QVERIFY(d.summary.hasHeader);
        QCOMPARE(d.schema.columns.size(), std::size_t(6));
        QCOMPARE(d.schema.columns[0].name, std::string("ts"));
        QCOMPARE(d.schema.columns[3].name, std::string("duration"));
        QCOMPARE(d.summary.labelName, std::string("label"));
        QCOMPARE(d.summary.trainRows, std::size_t(200));
        QCOMPARE(d.summary.missingCells, std::uint64_t(40));  // Zeek's unset field, "-"
        QCOMPARE(d.sources[0]->lineNumber(0), std::uint64_t(8));

        awb::ChunkReader reader(path.toStdString(), std::nullopt, 256);
        awb::TextChunk chunk;
        QByteArray read;
        std::uint64_t lines = 1;
        while (reader.next(chunk)) {
            QCOMPARE(chunk.firstLine, lines);
            lines += static_cast<std::uint64_t>(std::count(chunk.text.begin(), chunk.text.end(), '\n'));
            read += QByteArray::fromStdString(chunk.text);
        }
        QCOMPARE(reader.delimiter(), '\t');
        QVERIFY(!read.contains('#'));
        QVERIFY(read.startsWith("\n\n\n\n\nts\tuid\tproto\tduration\torig_bytes\tlabel\n\n1600000000.5\tC0\t"));
        QCOMPARE(lines, std::uint64_t(209));  // past the 208 lines of the file: 7 before the rows, 200 rows, #close

        // Logs written one after another (cat conn.*.log): one header, every row; gzipped alike.
        const QString both = files.write("both.log", log + log);
        o.trainFile = both.toStdString();
        const awb::Dataset plain = awb::loadDataset(o);
        QCOMPARE(plain.summary.trainRows, std::size_t(400));
        o.trainFile = files.writeGzip("both.log.gz", log + log).toStdString();
        const awb::Dataset gzipped = awb::loadDataset(o);
        QVERIFY(gzipped.features == plain.features);
        QCOMPARE(gzipped.sources[0]->lineNumber(200), std::uint64_t(216));  // the second log's first row
        awb::ChunkReader again(both.toStdString(), std::nullopt, 256);
        QByteArray all;
        while (again.next(chunk))
            all += QByteArray::fromStdString(chunk.text);
        QCOMPARE(all.count("ts\tuid\tproto"), 1);
        QCOMPARE(all.count("\n1600000000.5\tC0\t"), 2);
    }

    // Files joined with their headers (CSE-CIC-IDS2018's have the header line again where parts
    // meet): the copies are skipped with a note naming the first, by the load, the preview's label
    // mix and a sample, also within the rows the schema is read from.
    void copiesOfTheHeaderLineAreSkipped()
    {
        QByteArray plain = "Dst Port,Flow Byts/s,Protocol,Label\r\n", joined = plain;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray row = QByteArray::number(i % 7 * 1000 + 22) + ',' + QByteArray::number(i * 13 % 997) + ".5," +
                                   (i % 2 ? "6" : "17") + (i % 5 ? ",Benign\r\n" : ",DDOS attack-HOIC\r\n");
            plain += row;
            joined += row;
            if (i == 40 || i == 2000)  // the second with the joined file's own byte-order mark
                joined += QByteArray(i == 2000 ? "\xEF\xBB\xBF" : "") + "Dst Port,Flow Byts/s,Protocol,Label\r\n";
        }
        const awb::Dataset expected = loadWhole("plain.csv", plain);
        const awb::Dataset d = loadWhole("joined.csv", joined);
        QVERIFY(d.features == expected.features);
        QCOMPARE(d.summary.numericFeatures, expected.summary.numericFeatures);
        QCOMPARE(d.summary.droppedRows, std::uint64_t(2));
        QVERIFY(std::find(d.summary.notes.begin(), d.summary.notes.end(),
                          "2 copies of the header line in joined.csv (where files were joined) are skipped, the first on "
                          "line 43; they count among the rows dropped.") != d.summary.notes.end());
        const std::string file = d.summary.trainFile;
        QCOMPARE(awb::previewFile(file, {}).labelMix.size(), std::size_t(2));
        QCOMPARE(awb::sampleRows(file, 100, 1, {}).fileRows, std::uint64_t(3000));
        awb::LoadOptions sampled;
        sampled.trainFile = file;
        sampled.sampleRows = 1000;
        const auto notes = awb::loadDataset(sampled).summary.notes;
        QVERIFY(std::find(notes.begin(), notes.end(), "2 copies of the header line in joined.csv (where files were joined) "
                                                      "are skipped, the first on line 43.") != notes.end());
    }

    // Rows of empty cells alone (",,,," at the end of a spreadsheet's export) are skipped and
    // counted, whatever the missing-cell policy, also when they fill whole chunks of the passes
    // (9,000 of them after 60 rows); a row with one cell left is not.
    void rowsOfEmptyCellsAreSkipped()
    {
        QByteArray csv = "bytes,proto,label\r\n";
        for (int i = 0; i < 60; ++i)
            csv += QByteArray::number(i * 7 % 50) + (i % 2 ? ",tcp," : ",udp,") + (i % 6 ? "normal\r\n" : "attack\r\n");
        csv += " , ,\r\n,\r\n";
        for (int i = 0; i < 8999; ++i)
            csv += ",,\r\n";
        awb::LoadOptions o;
        o.trainFile = files.write("sheet.csv", csv).toStdString();
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.trainRows + d.summary.testRows, std::size_t(60));
        QCOMPARE(d.summary.droppedRows, std::uint64_t(9001));
        QVERIFY(std::find(d.summary.notes.begin(), d.summary.notes.end(),
                          "9,001 rows of empty cells alone (as spreadsheets leave them) are skipped; they count among the "
                          "rows dropped.") != d.summary.notes.end());
        QCOMPARE(d.summary.trainAnomalies + d.summary.testAnomalies, std::size_t(10));
        // The preview's label mix and a sample know them as the load does: no rows at all.
        const awb::FilePreview preview = awb::previewFile(o.trainFile, o);
        QCOMPARE(preview.labelMix.size(), std::size_t(2));
        QCOMPARE(awb::sampleRows(o.trainFile, 100, 1, {}).fileRows, std::uint64_t(60));
        awb::LoadOptions sampled = o;  // a sample leaves them out, and says so
        sampled.sampleRows = 100;
        const auto notes = awb::loadDataset(sampled).summary.notes;
        QVERIFY(std::find(notes.begin(), notes.end(),
                          "9,001 rows of empty cells alone (as spreadsheets leave them) are skipped.") != notes.end());
        csv += "5,tcp,\r\n";
        o.trainFile = files.write("sheet2.csv", csv).toStdString();
        try {
            awb::loadDataset(o);
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t(9063));
            QCOMPARE(e.column(), std::uint64_t(3));
            QVERIFY2(QString(e.what()).contains("The label cell is empty"), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(tst_ReaderFormats)
#include "tst_readerformats.moc"
