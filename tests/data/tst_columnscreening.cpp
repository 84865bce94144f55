// Column screening: identifiers by name and by rising values, and label leakage, each proposed as
// ignored with its reason in the dataset's notes, a second target as the attack type; informative
// features (a counter that tells the label on its own among them) and the user's own choices are
// left alone. The layout follows UNSW-NB15 (id, addresses, ports, times, attack_cat beside the 0/1
// label) with attacks as the majority.
#include <QTest>

#include <random>

#include "DataFiles.h"
#include "data/ColumnScreening.h"
#include "data/DatasetLoader.h"

namespace {

QByteArray unswLike(int rows)
{
    std::mt19937 rng(5);
    std::lognormal_distribution<double> bytes(6.0, 2.0);  // heavy-tailed
    QByteArray csv = "id,srcip,sport,dsport,stime,dur,sbytes,proto,attack_cat,label\n";
    const char *attacks[] = {"Exploits", "Fuzzers", "DoS", "Reconnaissance"};
    for (int i = 0; i < rows; ++i) {
        const bool attack = rng() % 100 < 55;
        const bool noisy = rng() % 100 < 10;  // dur follows the label, but not perfectly
        csv += QByteArray::number(i + 1) + ",10.0.0." + QByteArray::number(int(rng() % 6)) + "," +
               QByteArray::number(1024 + int(rng() % 60000)) + "," + QByteArray::number(attack && rng() % 2 ? 80 : 53 + int(rng() % 3) * 390) +
               "," + QByteArray::number(1421927414 + i * 3 + int(rng() % 3)) + "," +
               QByteArray::number((attack != noisy ? 2.0 : 0.1) + double(rng() % 100) / 100.0) + "," +
               QByteArray::number(qRound64(bytes(rng))) + (rng() % 2 ? ",tcp," : ",udp,") +
               (attack ? attacks[rng() % 4] : "Normal") + (attack ? ",1\n" : ",0\n");
    }
    return csv;
}

const awb::ColumnInfo &column(const awb::Dataset &d, const std::string &name)
{
    for (const auto &c : d.schema.columns)
        if (c.name == name)
            return c;
    throw std::runtime_error("no column " + name);
}

bool noted(const awb::Dataset &d, const std::string &start)
{
    return std::any_of(d.summary.notes.begin(), d.summary.notes.end(),
                       [&](const std::string &n) { return n.starts_with(start); });
}

} // namespace

class tst_ColumnScreening : public QObject {
    Q_OBJECT

    DataFiles files;

private slots:
    void namesOfIdentifiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("identifier");
        for (const char *yes : {"id", "Flow ID", " Source IP", "Src IP", "src_port", "sport", "Timestamp", "stime",
                                "Unnamed: 0", "dstip", "ts", "id.orig_h", "id.resp_h", "id.orig_p"})
            QTest::newRow(yes) << yes << true;
        for (const char *no : {"Destination Port", "dsport", "dur", "sbytes", "Flow Duration", "idle_time_mean", "proto",
                               "id.resp_p"})
            QTest::newRow(no) << no << false;
    }

    void namesOfIdentifiers()
    {
        QFETCH(QString, name);
        QFETCH(bool, identifier);
        QCOMPARE(awb::nameLooksLikeIdentifier(name.toStdString()), identifier);
    }

    void unswLikeFileIsScreened()
    {
        awb::LoadOptions o;
        o.trainFile = files.write("unsw-like.csv", unswLike(3000)).toStdString();
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.labelName, std::string("label"));
        for (const char *ignored : {"id", "srcip", "sport", "stime"})
            QVERIFY2(column(d, ignored).role == awb::ColumnRole::Ignored, ignored);
        for (const char *kept : {"dsport", "dur", "sbytes", "proto"})
            QVERIFY2(column(d, kept).role != awb::ColumnRole::Ignored, kept);
        QCOMPARE(column(d, "attack_cat").role, awb::ColumnRole::AttackType);
        QVERIFY(noted(d, "Column \"id\" is ignored: its name says it identifies"));
        QVERIFY(noted(d, "Column \"attack_cat\" is the attack type: its values give the label away"));
        QCOMPARE(d.summary.notes.size(), std::size_t(5));
        // Each row's type comes from attack_cat, the label still decides normal or anomaly.
        for (std::size_t r = 0; r < d.labelCode.size(); ++r)
            QCOMPARE(d.labelValues[d.labelCode[r]] == "Normal", d.isAnomaly[r] == 0);
    }

    // A flood seen in one counter (few packets per flow, values that repeat) with 80 % attacks:
    // the counter tells the label on its own and is kept as a feature, with a note; a 0/1 column
    // that copies the label and a second text target are not features. The attack type's empty
    // cells (normal rows) read as "(empty)".
    void aCounterThatTellsTheLabelStaysAFeature()
    {
        std::mt19937 rng(11);
        QByteArray csv = "packets,bytes,is_attack,kind,family,label\n";
        for (int i = 0; i < 1500; ++i) {
            const bool attack = rng() % 100 < 80;
            csv += QByteArray::number(attack ? 1 + int(rng() % 2) : 4 + int(rng() % 30)) + "," +
                   QByteArray::number(40 + int(rng() % 9000)) + (attack ? ",1," : ",0,") + (attack ? "flood" : "") +
                   (attack ? ",ddos," : ",none,") + (attack ? "DDoS\n" : "BENIGN\n");
        }
        awb::LoadOptions o;
        o.trainFile = files.write("flood.csv", csv).toStdString();
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(d.summary.labelName, std::string("label"));
        QCOMPARE(column(d, "packets").role, awb::ColumnRole::NumericFeature);
        QVERIFY(noted(d, "Column \"packets\" is kept as a feature: 100.0 % of the sampled rows' labels follow from its value"));
        QCOMPARE(column(d, "bytes").role, awb::ColumnRole::NumericFeature);
        QCOMPARE(column(d, "is_attack").role, awb::ColumnRole::Ignored);
        QVERIFY(noted(d, "Column \"is_attack\" is ignored: it gives the label away"));
        QCOMPARE(column(d, "kind").role, awb::ColumnRole::AttackType);  // the first text target
        QCOMPARE(column(d, "family").role, awb::ColumnRole::Ignored);
        QCOMPARE(d.summary.notes.size(), std::size_t(4));
        std::vector<std::string> types = d.labelValues;
        std::sort(types.begin(), types.end());
        QCOMPARE(types, (std::vector<std::string>{"(empty)", "flood"}));
    }

    // attack_cat marked as the attack type: not a feature, and each row's type comes from it while
    // the 0/1 label still decides normal or anomaly.
    void attackTypeColumnGivesTheTypes()
    {
        awb::LoadOptions o;
        o.trainFile = files.write("unsw-types.csv", unswLike(600)).toStdString();
        o.attackType = awb::ColumnRef::parse("attack_cat");
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(column(d, "attack_cat").role, awb::ColumnRole::AttackType);
        QVERIFY(!noted(d, "Column \"attack_cat\""));
        std::vector<std::string> types = d.labelValues;
        std::sort(types.begin(), types.end());
        QCOMPARE(types, (std::vector<std::string>{"DoS", "Exploits", "Fuzzers", "Normal", "Reconnaissance"}));
        for (std::size_t r = 0; r < d.labelCode.size(); ++r)
            QCOMPARE(d.labelValues[d.labelCode[r]] == "Normal", d.isAnomaly[r] == 0);
    }

    // Of the text columns that give the label away, the attack type is one of attack names, one
    // named like an attack type first (CIDDS-001's attackType after its Flags); figures in words
    // ("20 pct") are no attack names.
    void attackTypeIsAColumnOfAttackNames()
    {
        QByteArray csv = "loss,Flags,bytes,attackType,class\n";
        const char *types[] = {"portScan", "dos", "bruteForce"};
        for (int i = 0; i < 400; ++i) {
            const bool attack = i % 4 == 0;
            csv += QByteArray::number(attack ? 20 + i % 7 : i % 5) + " pct," + (attack ? ".A..S." : ".AP.SF") + ',' +
                   QByteArray::number(i * 37 % 5000) + ',' + (attack ? types[i % 3] : "---") + (attack ? ",attacker\n" : ",normal\n");
        }
        awb::LoadOptions o;
        o.trainFile = files.write("cidds.csv", csv).toStdString();
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(column(d, "attackType").role, awb::ColumnRole::AttackType);
        QCOMPARE(column(d, "Flags").role, awb::ColumnRole::Ignored);
        QCOMPARE(column(d, "loss").role, awb::ColumnRole::Ignored);
        QVERIFY(noted(d, "Column \"loss\" is ignored: it gives the label away"));
        // Named otherwise, the first column of names is: Flags, not the figures before it.
        o.trainFile = files.write("cidds2.csv", csv.replace("attackType", "kind")).toStdString();
        QCOMPARE(column(awb::loadDataset(o), "Flags").role, awb::ColumnRole::AttackType);
    }

    // Unlabelled, one 0/1 column is named as a possible label; three of them are flags (SYN, ACK,
    // FIN) and none is.
    void twoValuedColumnsAsPossibleLabels()
    {
        const auto notes = [&](int flags) {
            QByteArray csv;  // flags first: a 0/1 column last would be taken for the label
            for (int f = 0; f < flags; ++f)
                csv += "flag" + QByteArray::number(f) + ',';
            csv += "bytes,packets\n";
            for (int i = 0; i < 200; ++i) {
                for (int f = 0; f < flags; ++f)
                    csv += (i + f) % 3 ? "0," : "1,";
                csv += QByteArray::number(i * 37 % 1000) + ',' + QByteArray::number(i % 9 + 1) + '\n';
            }
            awb::LoadOptions o;
            o.trainFile = files.write("flags.csv", csv).toStdString();
            const auto all = awb::loadDataset(o).summary.notes;
            return std::count_if(all.begin(), all.end(), [](const std::string &n) { return n.find("as a label does") != std::string::npos; });
        };
        QCOMPARE(notes(1), 1);
        QCOMPARE(notes(3), 0);
    }

    // With 1 % attacks every column "predicts" 99 % of the labels by answering normal: that is no
    // leak. Epoch seconds a second apart rise row by row (a float could not tell them apart).
    void imbalancedLabelsAndEpochTimestamps()
    {
        std::mt19937 rng(3);
        QByteArray csv = "epoch,bytes,proto,label\n";
        for (int i = 0; i < 2000; ++i)
            csv += QByteArray::number(1700000000 + i) + "," + QByteArray::number(int(rng() % 5000)) +
                   (rng() % 2 ? ",tcp," : ",udp,") + (i % 100 == 7 ? "attack\n" : "normal\n");
        awb::LoadOptions o;
        o.trainFile = files.write("imbalanced.csv", csv).toStdString();
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(column(d, "epoch").role, awb::ColumnRole::Ignored);
        QVERIFY(noted(d, "Column \"epoch\" is ignored: its values increase row by row"));
        QCOMPARE(column(d, "bytes").role, awb::ColumnRole::NumericFeature);
        QCOMPARE(column(d, "proto").role, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(d.summary.notes.size(), std::size_t(1));
    }

    // Addresses that repeat (a few hosts) are no identifiers by their spread, but as one-hot
    // features they would teach the detectors the hosts: ignored, IPv4 and IPv6 alike. Dotted
    // version numbers, times of day and MAC addresses are left alone.
    void addressesAreIgnored()
    {
        QByteArray csv = "peer,peer6,version,clock,mac,bytes,label\n";
        for (int i = 0; i < 400; ++i)
            csv += "192.168.1." + QByteArray::number(i % 7) + ",fe80::" + QByteArray::number(i % 5) + ":1a2b," +
                   (i % 2 ? "1.2.3" : "1.10") + ",09:1" + QByteArray::number(i % 6) + ":00,00:1a:2b:3c:4d:5" +
                   QByteArray::number(i % 4) + "," + QByteArray::number(i * 37 % 1000) + (i % 9 ? ",normal\n" : ",attack\n");
        awb::LoadOptions o;
        o.trainFile = files.write("peers.csv", csv).toStdString();
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(column(d, "peer").role, awb::ColumnRole::Ignored);
        QCOMPARE(column(d, "peer6").role, awb::ColumnRole::Ignored);
        QVERIFY(noted(d, "Column \"peer\" is ignored: its values are IP addresses"));
        QCOMPARE(column(d, "version").role, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(column(d, "clock").role, awb::ColumnRole::CategoricalFeature);  // times of day and MACs are no IPs
        QCOMPARE(column(d, "mac").role, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(column(d, "bytes").role, awb::ColumnRole::NumericFeature);
    }

    void theUsersChoiceStands()
    {
        awb::LoadOptions o;
        o.trainFile = files.write("unsw-chosen.csv", unswLike(600)).toStdString();
        o.roleOverrides = {{awb::ColumnRef::parse("attack_cat"), awb::ColumnRole::CategoricalFeature},
                           {awb::ColumnRef::parse("stime"), awb::ColumnRole::NumericFeature}};
        const awb::Dataset d = awb::loadDataset(o);
        QCOMPARE(column(d, "attack_cat").role, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(column(d, "stime").role, awb::ColumnRole::NumericFeature);
        QVERIFY(!noted(d, "Column \"attack_cat\""));
    }
};

QTEST_APPLESS_MAIN(tst_ColumnScreening)
#include "tst_columnscreening.moc"
