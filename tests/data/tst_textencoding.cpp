// Text that is not UTF-8, as files written elsewhere arrive: the UTF-8 check (overlong forms,
// surrogates and cut-off ends), Windows-1252 into UTF-8, and a Windows-1252 file read by the load,
// the preview, a sample and a stream alike, with its names and values in UTF-8.
#include <QTest>

#include "DataFiles.h"
#include "data/ChunkReader.h"
#include "data/DatasetLoader.h"
#include "data/RowSample.h"
#include "data/TextBuffer.h"
#include "data/TextEncoding.h"

class tst_TextEncoding : public QObject {
    Q_OBJECT

    DataFiles files;

    static std::string utf8Of(std::string_view windows1252)
    {
        const std::vector<char> out = awb::windows1252ToUtf8(windows1252);
        return {out.begin(), out.end()};
    }

private slots:
    void utf8IsToldFromOtherText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("utf8");
        QTest::newRow("ASCII, long") << QByteArray(200, 'a') << true;
        QTest::newRow("two, three and four bytes") << QByteArray("Dur\xC3\xA9" "e \xE2\x80\x93 \xF0\x9F\x98\x80") << true;
        QTest::newRow("Windows-1252 after 100 ASCII bytes") << QByteArray(100, 'x') + "Dur\xE9" "e" << false;
        QTest::newRow("en dash in Windows-1252") << QByteArray("Web Attack \x96 Brute Force") << false;
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("cut off at the end") << QByteArray("caf\xC3") << false;
        QTest::newRow("Windows-1252 letter last") << QByteArray("label\nbenign\nrefus\xE9") << false;
    }

    void utf8IsToldFromOtherText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, utf8);
        QCOMPARE(awb::isUtf8(std::string_view(text.constData(), std::size_t(text.size()))), utf8);
    }

    void windows1252BecomesUtf8()
    {
        QCOMPARE(utf8Of("Dur\xE9" "e"), std::string("Dur\xC3\xA9" "e"));
        QCOMPARE(utf8Of("\x80 \x96 \x9F \xFF"), std::string("\xE2\x82\xAC \xE2\x80\x93 \xC5\xB8 \xC3\xBF"));
        QCOMPARE(utf8Of("\x81"), std::string("\xEF\xBF\xBD"));  // undefined in the code page
        QVERIFY(awb::isUtf8(utf8Of(std::string(256, '\x80'))));
    }

    // The encoding is told from the first megabyte, cut at a line break, by the whole-file reader
    // and the stream alike: bytes past it do not change how either reads the file.
    void bothReadersTellTheEncodingFromTheSameBytes()
    {
        QByteArray csv = "name,bytes\n";
        while (csv.size() < (1 << 20) + 100)
            csv += "abcdefghij,123456\n";
        const std::string_view sample = awb::encodingSample(std::string_view(csv.constData(), std::size_t(csv.size())));
        QVERIFY(sample.size() <= (1u << 20) && sample.ends_with('\n') && sample.size() > (1u << 20) - 20);
        csv += "Dur\xE9" "e,7\n";
        const std::string file = files.write("late.csv", csv).toStdString();
        QVERIFY(!awb::TextBuffer::open(file)->readAsWindows1252());
        awb::ChunkReader reader(file, ',', 256 << 10);
        awb::TextChunk chunk;
        while (reader.next(chunk)) {
        }
        QVERIFY(!reader.readAsWindows1252());
        const QByteArray early = "Dur\xE9" "e,7\n" + csv;
        QVERIFY(awb::TextBuffer::open(files.write("early.csv", early).toStdString())->readAsWindows1252());
    }

    // Excel's "CSV" on a Western European Windows: the same table as its UTF-8 copy, named alike,
    // with a note; a model's columns are found in either.
    void aWindows1252FileReadsAsItsUtf8Copy()
    {
        QByteArray csv = "Zone;Dur\xE9" "e;Octets;\xC9tiquette\r\n";
        for (int i = 0; i < 300; ++i)
            csv += QByteArray(i % 3 ? "R\xE9seau interne" : "Ext\xE9rieur") + ';' + QByteArray::number(i * 7 % 50) + ';' +
                   QByteArray::number(i * 37 % 1000) + (i % 5 ? ";normal\r\n" : ";attaque\r\n");
        const QByteArray utf8 = QByteArray::fromStdString(utf8Of(csv.toStdString()));
        awb::LoadOptions o;
        o.testFraction = 0.0;
        o.trainFile = files.write("utf8.csv", utf8).toStdString();
        const awb::Dataset expected = awb::loadDataset(o);
        o.trainFile = files.write("excel.csv", csv).toStdString();
        o.ignore = {awb::ColumnRef::parse("Dur\xC3\xA9" "e")};
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.labelName, std::string("\xC3\x89tiquette"));
        QCOMPARE(d.preprocessor.categorical.at(0).categories,
                 (std::vector<std::string>{"Ext\xC3\xA9rieur", "R\xC3\xA9seau interne"}));
        QVERIFY(std::find(d.summary.notes.begin(), d.summary.notes.end(),
                          "excel.csv is not UTF-8: its text is read as Windows-1252 (Western European, as Excel and other "
                          "Windows programs save it).") != d.summary.notes.end());
        QCOMPARE(d.features.cols() + 1, expected.features.cols());  // Durée ignored by its UTF-8 name
        QCOMPARE(awb::previewFile(o.trainFile, o).schema.columns[1].name, std::string("Dur\xC3\xA9" "e"));
        const awb::RowSample sample = awb::sampleRows(o.trainFile, 50, 1, {});
        QVERIFY(sample.readAsWindows1252);
        QVERIFY(awb::isUtf8(std::string_view(sample.text.data(), sample.text.size())));
        awb::ChunkReader reader(o.trainFile, ';', 1024);
        awb::TextChunk chunk;
        std::string streamed;
        while (reader.next(chunk))
            streamed += chunk.text;
        QVERIFY(reader.readAsWindows1252());
        QCOMPARE(streamed, utf8.toStdString());
    }
};

QTEST_APPLESS_MAIN(tst_TextEncoding)
#include "tst_textencoding.moc"
