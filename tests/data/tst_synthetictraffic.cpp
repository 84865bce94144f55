// The demo data generator: deterministic for a seed, the requested size, well-formed rows, the
// requested share of attacks, and each attack family carrying its signature.
#include <QTest>

#include <algorithm>
#include <map>
#include <sstream>

#include "data/SyntheticTraffic.h"

namespace {

std::string generate(std::size_t rows, std::uint64_t seed, double anomalyFraction = 0.1)
{
    std::ostringstream out;
    awb::writeSyntheticTraffic(out, {rows, seed, anomalyFraction});
    return out.str();
}

std::vector<std::vector<std::string>> parse(const std::string &csv)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::istringstream fields(line);
        std::string cell;
        while (std::getline(fields, cell, ','))
            cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

} // namespace

class tst_SyntheticTraffic : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameBytes()
    {
        QCOMPARE(generate(2000, 7), generate(2000, 7));
        QVERIFY(generate(2000, 7) != generate(2000, 8));
    }

    void requestedSizeAndShape_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("demo") << 20000;
    }

    void requestedSizeAndShape()
    {
        QFETCH(int, rows);
        const auto table = parse(generate(static_cast<std::size_t>(rows), 42));
        QCOMPARE(int(table.size()), rows + 1);
        QCOMPARE(table.front().front(), std::string("flow_id"));
        QCOMPARE(table.front().back(), std::string("label"));
        for (const auto &row : table)
            QCOMPARE(row.size(), table.front().size());
    }

    void attackShareAndFamilies()
    {
        const auto table = parse(generate(20000, 42, 0.1));
        std::map<std::string, int> labels;
        for (std::size_t i = 1; i < table.size(); ++i)
            ++labels[table[i].back()];
        const int attacks = 20000 - labels["normal"];
        // Binomial(20000, 0.1): sd = 42, so +-200 is a five-sigma band.
        QVERIFY2(std::abs(attacks - 2000) < 200, qPrintable(QString::number(attacks)));
        for (const char *family : {"portscan", "synflood", "bruteforce", "exfiltration"})
            QVERIFY2(labels[family] > 100, family);
        QCOMPARE(int(labels.size()), 5);
    }

    void familiesCarryTheirSignatures()
    {
        const auto table = parse(generate(20000, 3));
        const auto &header = table.front();
        const auto column = [&](const char *name) {
            return int(std::find(header.begin(), header.end(), name) - header.begin());
        };
        const int dstBytes = column("dst_bytes"), serror = column("serror_rate"), auth = column("auth_failures");
        const int ports = column("distinct_dst_ports"), service = column("service");
        double floodSerror = 0, normalSerror = 0, normalAuth = 0, bruteAuth = 0, scanPorts = 0, normalPorts = 0;
        int floods = 0, normals = 0, brutes = 0, scans = 0;
        for (std::size_t i = 1; i < table.size(); ++i) {
            const auto &r = table[i];
            const std::string &label = r.back();
            if (label == "synflood") {
                QCOMPARE(r[dstBytes], std::string("0"));
                floodSerror += std::stod(r[serror]);
                ++floods;
            } else if (label == "bruteforce") {
                QVERIFY(r[service] == "ssh" || r[service] == "ftp");
                bruteAuth += std::stod(r[auth]);
                ++brutes;
            } else if (label == "portscan") {
                scanPorts += std::stod(r[ports]);
                ++scans;
            } else if (label == "normal") {
                normalSerror += std::stod(r[serror]);
                normalAuth += std::stod(r[auth]);
                normalPorts += std::stod(r[ports]);
                ++normals;
            }
        }
        QVERIFY(floodSerror / floods > 0.8 && normalSerror / normals < 0.05);
        QVERIFY(bruteAuth / brutes > 2.0 && normalAuth / normals < 0.05);
        QVERIFY(scanPorts / scans > 20.0 && normalPorts / normals < 3.0);
    }
};

QTEST_APPLESS_MAIN(tst_SyntheticTraffic)
#include "tst_synthetictraffic.moc"
