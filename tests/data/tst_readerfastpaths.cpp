// The reader's fast paths read what the plain ones do: decimals parsed by multiplication round as
// strtod does, a large file indexed in two halves on two threads gives the front-to-back index
// (and its errors' lines, and progress from one thread), and numbers parsed while a record is
// scanned give the matrix whatever surrounds them.
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <thread>

#include "DataFiles.h"
#include "common/InputError.h"
#include "data/CellParser.h"
#include "data/CsvRecords.h"
#include "data/DatasetLoader.h"

class tst_ReaderFastPaths : public QObject {
    Q_OBJECT

    DataFiles files;

private slots:
    void plainDecimalsRoundAsStrtodDoes()
    {
        std::mt19937_64 rng(7);
        std::vector<std::string> cells;
        char text[64];
        for (int i = 0; i < 200000; ++i) {
            const auto mantissa = static_cast<long long>(rng() % 1000000000000000ull >> (rng() % 40));
            const int decimals = static_cast<int>(rng() % 15);  // with the mantissa, at most 15 digits
            // "%0*lld" pads with zeros so that a point can go before the last `decimals` digits.
            const int length = std::snprintf(text, sizeof text, "%s%0*lld", i % 5 == 0 ? "-" : "", decimals + 1, mantissa);
            std::string cell(text, static_cast<std::size_t>(length));
            if (decimals > 0)
                cell.insert(cell.size() - static_cast<std::size_t>(decimals), 1, '.');
            cells.push_back(std::move(cell));
        }
        // Midpoints between neighbouring floats, written with 15 significant digits.
        std::uniform_real_distribution<float> exponent(-3.0f, 6.0f);
        for (int i = 0; i < 200000; ++i) {
            const float f = std::pow(10.0f, exponent(rng));
            const double midpoint = (double(f) + double(std::nextafter(f, 1e30f))) / 2.0;
            const int integerDigits = std::max(1, static_cast<int>(std::floor(std::log10(midpoint))) + 1);
            std::snprintf(text, sizeof text, "%.*f", std::max(0, 15 - integerDigits), midpoint);
            cells.emplace_back(text);
        }
        std::size_t plainCells = 0, productWouldMiss = 0;
        for (const std::string &cell : cells) {
            float parsed = 0.0f;
            if (!awb::parsePlainDecimal(cell, parsed, '.'))
                continue;
            ++plainCells;
            const double exact = std::strtod(cell.c_str(), nullptr);
            QCOMPARE(std::bit_cast<std::uint32_t>(parsed), std::bit_cast<std::uint32_t>(static_cast<float>(exact)));
            const auto point = cell.find('.');
            if (point == std::string::npos)
                continue;
            const double mantissa = std::strtod((cell.substr(0, point) + cell.substr(point + 1)).c_str(), nullptr);
            const double product = mantissa * std::pow(10.0, -static_cast<double>(cell.size() - point - 1));
            productWouldMiss += static_cast<float>(product) != static_cast<float>(exact);
        }
        QCOMPARE(plainCells, cells.size());
        QVERIFY2(productWouldMiss > 0, "the cases include ones the multiplication alone gets wrong");
    }

    // A file of 16 MB or more is indexed in two halves on two threads; the index must equal the one
    // read front to back (maxRecords > 0 keeps indexRecords on one thread), also when a quoted
    // field with line breaks spans the middle, and an error in the second half names its line.
    void largeFilesIndexInHalvesLikeFrontToBack_data()
    {
        QTest::addColumn<bool>("quotedFieldSpansTheMiddle");
        QTest::newRow("plain") << false;
        QTest::newRow("quoted field across the middle") << true;
    }
    void largeFilesIndexInHalvesLikeFrontToBack()
    {
        QFETCH(bool, quotedFieldSpansTheMiddle);
        std::string half;
        for (int i = 0; half.size() < (9u << 20); ++i)
            half += std::to_string(i) + (i % 1000 == 999 ? ",\"two\nlines\",normal\n" : ",tcp,normal\n") + (i % 777 == 0 ? "\n" : "");
        const std::string middle = quotedFieldSpansTheMiddle ? "1,\"" + std::string(20000, '\n') + "\",attack\n" : "";
        const std::string text = half + middle + half;
        const auto sequential = awb::indexRecords(text, ',', "f.csv", std::numeric_limits<std::size_t>::max());
        // Progress comes from the calling thread alone and never goes back.
        std::vector<std::pair<std::thread::id, std::uint64_t>> reports;
        const awb::ProgressFn progress = [&](const awb::ProgressEvent &e) { reports.emplace_back(std::this_thread::get_id(), e.done); };
        const auto parallel = awb::indexRecords(text, ',', "f.csv", 0, false, progress);
        QVERIFY(reports.size() > 2);
        for (std::size_t i = 0; i < reports.size(); ++i) {
            QVERIFY(reports[i].first == std::this_thread::get_id());
            QVERIFY(i == 0 || reports[i].second >= reports[i - 1].second);
        }
        QCOMPARE(reports.back().second, std::uint64_t(text.size()));
        QCOMPARE(parallel.size(), sequential.size());
        QVERIFY(parallel.offset == sequential.offset);
        QVERIFY(parallel.length == sequential.length);
        QVERIFY(parallel.line == sequential.line);

        const std::string broken = text + "1,\"open\n";
        std::uint64_t sequentialLine = 0, parallelLine = 0;
        try {
            awb::indexRecords(broken, ',', "f.csv", std::numeric_limits<std::size_t>::max());
        } catch (const awb::InputError &e) {
            sequentialLine = e.line();
        }
        try {
            awb::indexRecords(broken, ',', "f.csv");
        } catch (const awb::InputError &e) {
            parallelLine = e.line();
        }
        QVERIFY(sequentialLine > parallel.line.back());
        QCOMPARE(parallelLine, sequentialLine);
    }

    // The second pass parses numbers as it scans a record. Quoted fields after parsed cells (the
    // record is then split after all), and delimiters that could be part of a number, must give
    // the matrix the plain comma-separated file gives.
    void numbersReadAlikeWhateverSurroundsThem_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("quoted");
        QTest::newRow("comma, quoted fields") << ',' << true;
        QTest::newRow("point") << '.' << false;
        QTest::newRow("minus") << '-' << false;
    }
    void numbersReadAlikeWhateverSurroundsThem()
    {
        QFETCH(char, delimiter);
        QFETCH(bool, quoted);
        const auto table = [](char d, bool quotes) {
            QByteArray out = QByteArray("bytes,packets,service,rate,label").replace(',', d) + "\n";
            for (int i = 0; i < 600; ++i) {
                const QByteArray service = quotes ? (i % 3 ? "\"http\"" : "\"dns\"") : (i % 3 ? "http" : "dns");
                const QByteArray label = i % 5 ? "normal" : "attack";
                const QByteArray rate = QByteArray::number(i % 17);
                out += QByteArray::number(i * 37 % 1000) + d + QByteArray::number(i % 8) + d + service + d +
                       (quotes && i % 4 == 0 ? "\"" + rate + "\"" : rate) + d + (quotes && i % 2 ? "\"" + label + "\"" : label) + "\n";
            }
            return out;
        };
        awb::LoadOptions plain, other;
        plain.trainFile = files.write("plain.csv", table(',', false)).toStdString();
        other.trainFile = files.write("other.csv", table(delimiter, quoted)).toStdString();
        other.read.delimiter = delimiter;
        const awb::Dataset a = awb::loadDataset(plain), b = awb::loadDataset(other);
        QCOMPARE(b.features.rows(), a.features.rows());
        QCOMPARE(b.features.cols(), a.features.cols());
        QVERIFY(b.features == a.features);
    }
};

QTEST_APPLESS_MAIN(tst_ReaderFastPaths)
#include "tst_readerfastpaths.moc"
