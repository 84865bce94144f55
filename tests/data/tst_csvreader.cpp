// Reading tables: delimiter and header detection on samples shaped like NSL-KDD, UNSW-NB15 and
// CICIDS2017 exports, RFC 4180 quoting, CRLF, BOM, gzip, blank lines, missing and non-finite
// cells under each policy, and every kind of bad input as an InputError naming file, line, column.
#include <QTest>

#include <QElapsedTimer>

#include <mutex>

#include "DataFiles.h"
#include "common/InputError.h"
#include "data/DatasetLoader.h"

namespace {

// NSL-KDD-like: no header, 43 fields, label at 41 ("normal" or an attack), difficulty at 42.
QByteArray nslLike(int rows)
{
    QByteArray out;
    for (int i = 0; i < rows; ++i) {
        out += QByteArray::number(i % 7) + (i % 3 ? ",tcp," : ",udp,") + (i % 2 ? "http" : "private") + ",SF,";
        for (int f = 4; f < 41; ++f)
            out += QByteArray::number((i * f) % 11) + (f % 5 == 0 ? ".50," : ",");
        out += (i % 4 == 0 ? "neptune," : "normal,") + QByteArray::number(i % 21) + "\n";
    }
    return out;
}

awb::Dataset load(const QString &file, awb::MissingPolicy missing = awb::MissingPolicy::Impute)
{
    awb::LoadOptions o;
    o.trainFile = file.toStdString();
    o.missing = missing;
    return awb::loadDataset(o);
}

// Loading `file` fails with an InputError at this line and column whose message holds `text`.
void expectLoadError(const QString &file, std::uint64_t line, std::uint64_t column, const char *text)
{
    try {
        load(file);
        QFAIL("no error");
    } catch (const awb::InputError &e) {
        QCOMPARE(e.line(), line);
        QCOMPARE(e.column(), column);
        QVERIFY2(QString(e.what()).contains(text), e.what());
    }
}

} // namespace

class tst_CsvReader : public QObject {
    Q_OBJECT

    DataFiles files;

private slots:
    void nslKddLikeHasNoHeaderAndItsLabelIsFound()
    {
        awb::LoadOptions o;
        o.trainFile = files.write("nsl.txt", nslLike(200)).toStdString();
        o.ignore = {awb::ColumnRef::parse("42")};
        const awb::Dataset d = awb::loadDataset(o);
        QVERIFY(!d.summary.hasHeader);
        QCOMPARE(d.summary.delimiter, ',');
        QCOMPARE(d.summary.labelName, std::string("column_41"));
        QCOMPARE(d.summary.normalValues, std::vector<std::string>{"normal"});
        QCOMPARE(d.summary.categoricalFeatures, std::size_t(3));
        QCOMPARE(d.summary.numericFeatures, std::size_t(38));
        QCOMPARE(d.summary.trainAnomalies + d.summary.testAnomalies, std::size_t(50));  // every fourth row
        // Without --ignore 42 the label is still found: the numeric difficulty column is passed over.
        o.ignore.clear();
        QCOMPARE(awb::loadDataset(o).summary.labelName, std::string("column_41"));
    }

    void unswLikeUsesTheLabelColumnAndZeroAsNormal()
    {
        QByteArray csv = "srcip,dur,proto,sbytes,attack_cat,label\n";
        for (int i = 0; i < 120; ++i)
            csv += "10.0." + QByteArray::number(i) + ".1," + QByteArray::number(i * 7 % 13 * 0.5) + (i % 2 ? ",tcp," : ",udp,") +
                   QByteArray::number(i * 11 % 23 * 10) + (i % 5 ? ",Normal,0\n" : ",Exploits,1\n");
        const awb::Dataset d = load(files.write("unsw.csv", csv));
        QVERIFY(d.summary.hasHeader);
        QCOMPARE(d.summary.labelName, std::string("label"));
        QCOMPARE(d.summary.normalValues, std::vector<std::string>{"0"});
        QCOMPARE(d.schema.columns[0].role, awb::ColumnRole::Ignored);  // 120 distinct addresses: an identifier
        QVERIFY(d.schema.columns[0].identifierLike);
        // attack_cat is a second target: it gives the label away, so it is proposed as the attack
        // type (never a feature), said so.
        QCOMPARE(d.schema.columns[4].role, awb::ColumnRole::AttackType);
        QVERIFY(std::any_of(d.summary.notes.begin(), d.summary.notes.end(), [](const std::string &n) {
            return n.starts_with("Column \"attack_cat\" is the attack type: its values give the label away");
        }));
        QCOMPARE(d.summary.trainAnomalies + d.summary.testAnomalies, std::size_t(24));
    }

    // Labels under other datasets' names (Edge-IIoTset's Attack_label, is_malicious) and in the
    // first column are found; a name other columns bear too ("anomaly" for a score) is taken only
    // for two values or a normal-looking one; a two-valued text column with a word for normal is a
    // label anywhere. Unlabelled, a two-valued feature is named in a note as a possible label.
    void labelsUnderOtherNamesAreFound_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("normal");
        QTest::addColumn<QByteArray>("attack");
        QTest::addColumn<QString>("label");
        QTest::newRow("is_malicious") << QByteArray("is_malicious") << QByteArray("0") << QByteArray("1") << "is_malicious";
        QTest::newRow("Attack_label") << QByteArray("Attack_label") << QByteArray("0") << QByteArray("1") << "Attack_label";
        QTest::newRow("Label Binary") << QByteArray("Label Binary") << QByteArray("0") << QByteArray("1") << "Label Binary";
        QTest::newRow("verdict") << QByteArray("verdict") << QByteArray("clean") << QByteArray("malicious") << "verdict";
        QTest::newRow("a score named anomaly") << QByteArray("anomaly") << QByteArray("0.125") << QByteArray("0.75") << "";
        QTest::newRow("y") << QByteArray("y") << QByteArray("0") << QByteArray("1") << "";
    }

    void labelsUnderOtherNamesAreFound()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, normal);
        QFETCH(QByteArray, attack);
        QFETCH(QString, label);
        QByteArray csv = name + ",bytes,packets,rate,proto\n";
        for (int i = 0; i < 200; ++i) {
            const QByteArray value = name == "anomaly" ? QByteArray::number(i % 17 * 0.0625) : i % 4 ? normal : attack;
            csv += value + ',' + QByteArray::number(i * 37 % 1000) + ',' + QByteArray::number(i % 9 + 1) + ',' +
                   QByteArray::number(i * 13 % 97 * 0.5) + (i % 3 ? ",tcp\n" : ",udp\n");
        }
        const awb::Dataset d = load(files.write("named.csv", csv));
        QCOMPARE(QString::fromStdString(d.summary.labelName), label);
        if (!label.isEmpty()) {
            QCOMPARE(d.schema.columns[0].role, awb::ColumnRole::Label);
            QCOMPARE(d.summary.normalValues, std::vector<std::string>{normal.toStdString()});
            QCOMPARE(d.summary.trainAnomalies + d.summary.testAnomalies, std::size_t(50));
        }
        const bool noted = std::any_of(d.summary.notes.begin(), d.summary.notes.end(), [&](const std::string &n) {
            return n.starts_with("Column \"" + name.toStdString() + "\" is kept as a feature: it holds two values (0, 1) as a label does");
        });
        QCOMPARE(noted, name == "y");
        QVERIFY(std::none_of(d.summary.notes.begin(), d.summary.notes.end(),  // two protocols are no label's pair
                             [](const std::string &n) { return n.starts_with("Column \"proto\""); }));
    }

    // A label with no normal-looking value: the error says which values it has and where to name one.
    void labelWithoutANormalValueSaysWhereToNameOne()
    {
        QByteArray csv = "bytes,label\n";
        for (int i = 0; i < 50; ++i)
            csv += QByteArray::number(i * 37 % 1000) + (i % 4 ? ",quiet\n" : ",loud\n");
        expectLoadError(files.write("no-normal.csv", csv), 0, 0,
                        "Which value of the label column \"label\" means normal traffic? Its values are loud, quiet; name "
                        "the normal value(s): Normal values in the import dialog, --normal on the command line.");
    }

    // A true/false feature last is no label: "false" is not taken for a normal value there; in a
    // column named as the label it is the normal one.
    void aBooleanFeatureLastIsNoLabel()
    {
        QByteArray csv = "bytes,packets,encrypted\n";
        for (int i = 0; i < 100; ++i)
            csv += QByteArray::number(i * 37 % 1000) + ',' + QByteArray::number(i % 9 + 1) + (i % 3 ? ",true\n" : ",false\n");
        QCOMPARE(load(files.write("encrypted.csv", csv)).summary.labelName, std::string());
        const awb::Dataset named = load(files.write("is_malicious.csv", csv.replace("encrypted", "is_malicious")));
        QCOMPARE(named.summary.labelName, std::string("is_malicious"));
        QCOMPARE(named.summary.normalValues, std::vector<std::string>{"false"});
    }

    void cicidsLikeTrimsNamesAndCountsNonFiniteCells()
    {
        QByteArray csv = " Destination Port, Flow Duration, Flow Bytes/s, Label\r\n";
        for (int i = 0; i < 100; ++i) {
            const QByteArray rate = i == 10 ? "Infinity" : i == 20 ? "NaN" : i == 30 ? "1e40" : QByteArray::number(i * 13 % 17 * 1.5);
            csv += QByteArray::number(80 + i % 3) + "," + QByteArray::number(i * 37 % 101 * 100) + "," + rate +
                   (i % 10 ? ",BENIGN\r\n" : ",DDoS\r\n");
        }
        const awb::Dataset d = load(files.write("cicids.csv", csv));
        QCOMPARE(d.schema.columns[0].name, std::string("Destination Port"));
        QCOMPARE(d.summary.labelName, std::string("Label"));
        QCOMPARE(d.summary.normalValues, std::vector<std::string>{"BENIGN"});
        QCOMPARE(d.summary.nonFiniteCells, std::uint64_t(2));  // Infinity, and 1e40 beyond float range
        QCOMPARE(d.summary.missingCells, std::uint64_t(1));
        QCOMPARE(d.summary.imputedCells, std::uint64_t(3));
        QVERIFY(d.features.allFinite());
        QVERIFY(std::find(d.summary.notes.begin(), d.summary.notes.end(),  // where they are, by column
                          "Missing or non-finite cells by column, most first: Flow Bytes/s 3 (2 not finite).") !=
                d.summary.notes.end());
        // A name the header repeats is numbered, so that each column can be named.
        const QByteArray twice = "a,b,a,a (2),a,label\n1,2,3,4,5,normal\n1,2,3,4,5,attack\n";
        const awb::FilePreview preview = awb::previewFile(files.write("twice.csv", twice).toStdString(), {});
        std::vector<std::string> names;
        for (const auto &c : preview.schema.columns)
            names.push_back(c.name);
        QCOMPARE(names, (std::vector<std::string>{"a", "b", "a (3)", "a (2)", "a (4)", "label"}));  // "a (2)" is taken
        // The header's own spelling names a column, spaces and all; another case is suggested.
        awb::LoadOptions o;
        o.trainFile = files.write("cicids.csv", csv).toStdString();
        o.label = awb::ColumnRef::parse(" Label");
        o.ignore = {awb::ColumnRef::parse(" Flow Bytes/s")};
        const awb::Dataset named = awb::loadDataset(o);
        QCOMPARE(named.summary.labelName, std::string("Label"));
        QCOMPARE(named.schema.columns[2].role, awb::ColumnRole::Ignored);
        o.label = awb::ColumnRef::parse("label");
        try {
            awb::loadDataset(o);
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QVERIFY2(QString(e.what()).contains("There is no column \"label\" (did you mean \"Label\"?) for the label; the "
                                                "file's 4 columns are Destination Port, Flow Duration, Flow Bytes/s, Label"),
                     e.what());
        }
    }

    void delimiters_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << ',';
        QTest::newRow("semicolon") << ';';
        QTest::newRow("tab") << '\t';
        QTest::newRow("pipe") << '|';
    }

    void delimiters()
    {
        QFETCH(char, delimiter);
        QByteArray csv = QByteArray("a,b,c,label\n").replace(',', delimiter);
        for (int i = 0; i < 50; ++i) {
            QByteArray line = QByteArray::number(i * 7 % 11) + ",1.5," + QByteArray::number(i % 4) + (i % 5 ? ",normal\n" : ",attack\n");
            csv += line.replace(',', delimiter);
        }
        const awb::Dataset d = load(files.write("delimited.txt", csv));
        QCOMPARE(d.summary.delimiter, delimiter);
        QCOMPARE(d.summary.numericFeatures, std::size_t(3));
        QCOMPARE(d.summary.trainRows + d.summary.testRows, std::size_t(50));
    }

    void quotingBomCrlfAndBlankLines()
    {
        const QByteArray csv = "\xEF\xBB\xBFname,bytes,label\r\n"
                               "\"web, primary\",10,normal\r\n"
                               "\"say \"\"hi\"\"\",20,attack\r\n"
                               "\"two\r\nlines\",30,normal\r\n"
                               "plain,40,attack\r\n"
                               "plain,50,normal\r\n"
                               "\r\n\r\n";
        awb::LoadOptions o;
        o.trainFile = files.write("quoted.csv", csv).toStdString();
        o.testFraction = 0.0;
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.trainRows, std::size_t(5));
        QCOMPARE(d.schema.columns[0].name, std::string("name"));  // the BOM is not part of the name
        const auto row = [&](std::uint32_t source) {
            for (std::size_t r = 0; r < d.sourceRow.size(); ++r)
                if (d.sourceRow[r] == source)
                    return d.originalRow(r);
            return std::vector<std::string>{};
        };
        QCOMPARE(row(0), (std::vector<std::string>{"web, primary", "10", "normal"}));
        QCOMPARE(row(1), (std::vector<std::string>{"say \"hi\"", "20", "attack"}));
        QCOMPARE(row(2), (std::vector<std::string>{"two\r\nlines", "30", "normal"}));
        // The quoted line break moves every later row down a line.
        QCOMPARE(d.sources[0]->lineNumber(3), std::uint64_t(6));
    }

    // Spreadsheets' "Unicode text" (UTF-16 with a byte-order mark, tab separated) and old Mac
    // files (CR alone ends a line) read as the same table as plain UTF-8 with LF.
    void unicodeTextAndCrOnlyFilesLoadLikeAnyOther()
    {
        const QString text = QStringLiteral("host\tbytes\tlabel\r\nstra\u00dfe-\U0001F600\t10\tnormal\r\nb\t20\tattack\r\n"
                                            "c\t30\tnormal\r\nd\t40\tnormal\r\n");
        QByteArray utf16le("\xFF\xFE", 2), utf16be("\xFE\xFF", 2);
        for (const QChar c : text) {
            utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QByteArray crOnly = text.toUtf8();
        crOnly.replace("\r\n", "\r");
        const awb::Dataset reference = load(files.write("plain.tsv", text.toUtf8()));
        QCOMPARE(reference.summary.trainRows + reference.summary.testRows, std::size_t(4));
        for (const auto &[name, bytes] : {std::pair{"le.txt", utf16le}, std::pair{"be.txt", utf16be}, std::pair{"mac.csv", crOnly}}) {
            const awb::Dataset d = load(files.write(name, bytes));
            QCOMPARE(d.summary.delimiter, '\t');
            QVERIFY(d.summary.hasHeader);
            QCOMPARE(d.features, reference.features);
            QCOMPARE(d.isAnomaly, reference.isAnomaly);
            QCOMPARE(d.schema.columns[0].name, std::string("host"));
            std::vector<std::string> first;
            for (std::size_t r = 0; r < d.sourceRow.size(); ++r)
                if (d.sourceRow[r] == 0)
                    first = d.originalRow(r);
            QCOMPARE(QString::fromStdString(first.at(0)), QStringLiteral("stra\u00dfe-\U0001F600"));
        }
    }

    // Labels of one class (all normal) are normal-only training data, with a note, not an error.
    void allNormalLabelsAreNormalOnlyTrainingData()
    {
        QByteArray csv = "a,b,label\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray::number(i) + "," + QByteArray::number(i % 7) + ",normal\n";
        awb::LoadOptions o;
        o.trainFile = files.write("normal-only.csv", csv).toStdString();
        o.normalValues = {"normal"};
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.trainAnomalies + d.summary.testAnomalies, std::size_t(0));
        QCOMPARE(d.summary.notes.size(), std::size_t(1));
        QVERIFY(d.summary.notes[0].find("normal-only training data") != std::string::npos);
    }

    void gzipIsReadLikeThePlainFile()
    {
        const QByteArray csv = nslLike(300);
        awb::LoadOptions plain, gz;
        plain.trainFile = files.write("plain.txt", csv).toStdString();
        gz.trainFile = files.writeGzip("packed.txt.gz", csv).toStdString();
        const awb::Dataset a = awb::loadDataset(plain), b = awb::loadDataset(gz);
        QCOMPARE(b.features, a.features);
        QCOMPARE(b.originalRow(5), a.originalRow(5));
    }

    void missingCellsFollowThePolicy()
    {
        QByteArray csv = "x,y,label\n";
        const auto cell = [](int i) {
            switch (i) {
            case 7: return QByteArray("NA");
            case 9: return QByteArray();
            case 20: return QByteArray("-");  // Zeek's unset field
            case 30: return QByteArray(" ? ");
            default: return QByteArray::number(i % 5);
            }
        };
        for (int i = 0; i < 40; ++i)
            csv += QByteArray::number(i) + "," + cell(i) + (i % 4 ? ",normal\n" : ",attack\n");
        const QString file = files.write("missing.csv", csv);
        const awb::Dataset imputed = load(file, awb::MissingPolicy::Impute);
        QCOMPARE(imputed.summary.missingCells, std::uint64_t(4));
        QCOMPARE(imputed.summary.imputedCells, std::uint64_t(4));
        QVERIFY(imputed.features.allFinite());
        const awb::Dataset dropped = load(file, awb::MissingPolicy::DropRow);
        QCOMPARE(dropped.summary.droppedRows, std::uint64_t(4));
        QCOMPARE(dropped.summary.trainRows + dropped.summary.testRows, std::size_t(36));
        try {
            load(file, awb::MissingPolicy::Fail);
            QFAIL("no error under the fail policy");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t(9));   // row 7 is on line 9 (after the header)
            QCOMPARE(e.column(), std::uint64_t(2));
        }
    }

    void imputationUsesTheTrainingMedian()
    {
        // Column y: training values 1..9 (median 5) and one missing cell; no scaling.
        QByteArray csv = "y,label\n";
        for (int i = 1; i <= 9; ++i)
            csv += QByteArray::number(i) + (i % 3 ? ",normal\n" : ",attack\n");
        csv += ",normal\n";
        awb::LoadOptions o;
        o.trainFile = files.write("median.csv", csv).toStdString();
        o.testFraction = 0.0;
        o.scaling = awb::Scaling::None;
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.preprocessor.numeric[0].median, 5.0f);
        QCOMPARE(d.features(9, 0), 5.0f);
    }

    void badInputNamesFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");    // 0: not applicable
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty file") << QByteArray() << 0 << 0 << "empty";
        QTest::newRow("only blank lines") << QByteArray("\n\n\r\n") << 0 << 0 << "blank";
        QTest::newRow("header only") << QByteArray("a,b,label\n") << 1 << 0 << "no data rows";
        QTest::newRow("ragged row") << QByteArray("a,b,label\n1,2,normal\n3,attack\n4,5,normal\n") << 3 << 3 << "fields";
        QTest::newRow("unterminated quote") << QByteArray("a,b,label\n1,2,normal\n3,\"4,attack\n5,6,normal\n") << 3 << 3 << "quote";
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) << 1 << 6 << "binary";  // the NUL is byte 6
        QTest::newRow("attacks only") << QByteArray("a,b,label\n1,2,dos\n3,4,probe\n5,6,dos\n") << 0 << 0 << "does not occur";
        QTest::newRow("no usable feature") << QByteArray("label\nnormal\nattack\nnormal\n") << 0 << 0 << "No column";
        QTest::newRow("unknown normal value") << QByteArray("a,label\n1,x\n2,y\n3,z\n") << 0 << 0 << "means normal";
    }

    void badInputNamesFileLineAndColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const QString file = files.write("bad.csv", content);
        try {
            awb::LoadOptions o;
            o.trainFile = file.toStdString();
            o.label = awb::ColumnRef::parse("label");
            if (content.startsWith("a,label"))
                o.label = awb::ColumnRef::parse("1");
            if (content.contains("dos"))
                o.normalValues = {"normal"};
            awb::loadDataset(o);
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QCOMPARE(QString::fromStdString(e.file()), file);
            QCOMPARE(int(e.line()), line);
            QCOMPARE(int(e.column()), column);
            QVERIFY2(QString::fromStdString(e.message()).contains(says, Qt::CaseInsensitive), e.what());
        }
    }

    // A word in a numeric column is named by its line and column wherever it sits: after the
    // sampled rows, or among them (one in a hundred sampled cells at most; more make the column text).
    void textInANumericColumnIsNamedWhereverItSits()
    {
        QByteArray csv = "a,b,label\n";
        for (int i = 0; i < 3000; ++i)
            csv += QByteArray::number(i) + "," + QByteArray::number(i * 7 % 1000) + "," + (i % 3 ? "normal\n" : "attack\n");
        expectLoadError(files.write("text-after.csv", csv + "5,oops,normal\n"), 3002, 2, "\"oops\" is not a number");
        QByteArray inSample = csv;
        inSample.replace("\n499,493,", "\n499,lots,");
        expectLoadError(files.write("text-within.csv", inSample), 501, 2, "\"lots\" is not a number");
        // A cell starting with neither a letter nor a digit is named in file order too, ahead of a
        // word further down.
        QByteArray symbols = csv;
        symbols.replace("\n2600,200,", "\n2600,oops,");
        symbols.replace("\n1200,400,", "\n1200,~1,");
        expectLoadError(files.write("symbols.csv", symbols), 1202, 2, "\"~1\" is not a number");
        QByteArray mostlyText = "a,b,label\n";
        for (int i = 0; i < 3000; ++i)
            mostlyText += QByteArray::number(i % 50) + "," + (i % 20 ? QByteArray::number(i) : "n/k") + (i % 3 ? ",normal\n" : ",attack\n");
        const awb::Dataset data = load(files.write("mostly-text.csv", mostlyText));
        QCOMPARE(data.schema.columns[1].role, awb::ColumnRole::Ignored);  // text, its values nearly all distinct
        // The boundary: 20 words in the 2,000 sampled cells keep the counter numeric, 21 do not.
        const auto withWords = [&](int words) {
            QByteArray text = "a,b,label\n";
            for (int i = 0; i < 3000; ++i)
                text += QByteArray::number(i % 50) + "," + (i < 2000 && i % 97 == 5 && i / 97 < words ? "w" : QByteArray::number(i * 7 % 1000)) +
                        (i % 3 ? ",normal\n" : ",attack\n");
            return files.write(QStringLiteral("words-%1.csv").arg(words), text);
        };
        expectLoadError(withWords(20), 7, 2, "\"w\" is not a number");
        QCOMPARE(load(withWords(21)).schema.columns[1].role, awb::ColumnRole::Ignored);
    }

    // Number codes with a few names (a protocol column: 6, 17 and a rare icmp) stay categorical, and
    // a label of 0 with rare attack names is still found: neither looks like a counter.
    void codesWithAFewNamesStayText()
    {
        QByteArray codes = "bytes,proto,label\n";
        for (int i = 0; i < 3000; ++i)
            codes += QByteArray::number(i * 37 % 5000) + "," + (i % 150 == 7 ? "icmp" : i % 2 ? "6" : "17") +
                     (i % 3 ? ",normal\n" : ",attack\n");
        const awb::Dataset coded = load(files.write("codes.csv", codes));
        QCOMPARE(coded.schema.columns[1].role, awb::ColumnRole::CategoricalFeature);
        QByteArray rareAttacks;  // no header: the label is found by its values
        for (int i = 0; i < 3000; ++i)
            rareAttacks += QByteArray::number(i * 37 % 5000) + "," + QByteArray::number(i % 9) + "," +
                           (i % 200 == 3 ? "smurf\n" : "0\n");
        const awb::Dataset labelled = load(files.write("rare-attacks.csv", rareAttacks));
        QCOMPARE(labelled.schema.labelColumn, 2);
        QCOMPARE(labelled.summary.trainAnomalies + labelled.summary.testAnomalies, std::size_t(15));
    }

    // Twenty bad rows in a row after the sample: some go to the test split, and some of those
    // come before the first training one. The error still names the first bad row in the file,
    // ahead of a short row further down.
    void theFirstBadRowInTheFileIsNamed()
    {
        QByteArray csv = "a,b,label\n";
        for (int i = 0; i < 6000; ++i) {
            if (i >= 2500 && i < 2520)
                csv += "1,bad" + QByteArray::number(i) + ",normal\n";
            else if (i == 4000)
                csv += "1,2\n";
            else
                csv += QByteArray::number(i % 13) + "," + QByteArray::number(i % 7) + (i % 3 ? ",normal\n" : ",attack\n");
        }
        expectLoadError(files.write("bad-rows.csv", csv), 2502, 2, "\"bad2500\" is not a number");
    }

    void aHugeLineFailsFast()
    {
        QByteArray csv = "a,b,label\n1,2,normal\n";
        csv += QByteArray(100 << 20, 'a');
        QElapsedTimer clock;
        clock.start();
        try {
            load(files.write("huge.csv", csv));
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t(3));
            QVERIFY(QString(e.what()).contains("MB long"));
        }
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void cancellationStopsTheLoad()
    {
        awb::LoadOptions o;
        o.trainFile = files.write("cancel.txt", nslLike(100000)).toStdString();
        awb::CancelFlag cancel{false};
        const awb::ProgressFn progress = [&](const awb::ProgressEvent &e) {
            if (e.stage == awb::ProgressEvent::Stage::Encoding)
                cancel = true;
        };
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, awb::loadDataset(o, progress, &cancel));
    }

    // Progress of each stage never goes back, though the encoding passes run on several threads.
    void progressNeverGoesBack()
    {
        awb::LoadOptions o;
        o.trainFile = files.write("progress.txt", nslLike(300000)).toStdString();
        std::mutex mutex;
        std::vector<awb::ProgressEvent> events;
        const awb::ProgressFn progress = [&](const awb::ProgressEvent &e) {
            const std::lock_guard lock(mutex);
            events.push_back(e);
        };
        awb::loadDataset(o, progress);
        std::size_t encoding = 0;
        for (std::size_t i = 1; i < events.size(); ++i) {
            if (events[i].stage != events[i - 1].stage || events[i].total != events[i - 1].total)
                continue;
            QVERIFY2(events[i].done >= events[i - 1].done, qPrintable(QStringLiteral("%1: stage %2, %3 after %4 of %5").arg(i).arg(int(events[i].stage)).arg(events[i].done).arg(events[i - 1].done).arg(events[i].total)));
            encoding += events[i].stage == awb::ProgressEvent::Stage::Encoding;
        }
        QVERIFY(encoding > 2);
    }

    void previewShowsWhatTheReaderWillRead()
    {
        const QString file = files.write("preview.csv", "id,bytes,proto,label\n" + QByteArray("x1,10,tcp,normal\nx2,20,udp,attack\n"));
        const awb::FilePreview p = awb::previewFile(file.toStdString(), {}, 1);
        QVERIFY(p.hasHeader);
        QCOMPARE(p.rows.size(), std::size_t(1));
        QCOMPARE(p.rows[0], (std::vector<std::string>{"x1", "10", "tcp", "normal"}));
        QCOMPARE(p.schema.columns[1].role, awb::ColumnRole::NumericFeature);
        QCOMPARE(p.schema.columns[2].role, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(p.schema.labelColumn, 3);
        QCOMPARE(p.detectedNormalValues, std::vector<std::string>{"normal"});
        // A header and no rows: the preview says what the load would.
        const QString headerOnly = files.write("header-only.csv", "id,bytes,proto,label\n");
        awb::LoadOptions asHeader;
        asHeader.read.header = true;
        try {
            awb::previewFile(headerOnly.toStdString(), asHeader);
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.line(), std::uint64_t(1));
            QVERIFY2(std::string(e.what()).find("a header line but no data rows") != std::string::npos, e.what());
        }
    }

    void roleChoicesOverrideInference()
    {
        QByteArray csv = "port,bytes,verdict\n";
        for (int i = 0; i < 60; ++i)
            csv += QByteArray::number(80 + i % 2) + "," + QByteArray::number(i * 7 % 13) + (i % 3 ? ",ok\n" : ",bad\n");
        awb::LoadOptions o;
        o.trainFile = files.write("roles.csv", csv).toStdString();
        o.label = awb::ColumnRef::parse("verdict");
        o.normalValues = {"ok"};
        o.roleOverrides = {{awb::ColumnRef::parse("0"), awb::ColumnRole::CategoricalFeature}};
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.categoricalFeatures, std::size_t(1));
        QCOMPARE(d.summary.numericFeatures, std::size_t(1));
        QCOMPARE(d.summary.encodedFeatures, std::size_t(3));  // bytes + port=80 + port=81
        QVERIFY(!d.summary.normalValueDetected);
    }
};

QTEST_APPLESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
