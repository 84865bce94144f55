// The real NSL-KDD files (../shared/datasets/nsl-kdd) load with the counts their README gives.
#include <QFile>
#include <QTest>

#include "data/DatasetLoader.h"

class tst_NslKdd : public QObject {
    Q_OBJECT

private slots:
    void trainAndTestLoadWithTheirKnownCounts()
    {
        const QString folder = QStringLiteral(AWB_SHARED_DATASETS "/nsl-kdd/");
        if (!QFile::exists(folder + "KDDTrain+.txt") || !QFile::exists(folder + "KDDTest+.txt"))
            QSKIP("NSL-KDD is not at ../shared/datasets/nsl-kdd: skipping the real-data integration test.");
        awb::LoadOptions o;
        o.trainFile = (folder + "KDDTrain+.txt").toStdString();
        o.testFile = (folder + "KDDTest+.txt").toStdString();
        o.ignore = {awb::ColumnRef::parse("42")};  // difficulty: not a feature
        const awb::Dataset d = awb::loadDataset(o);
        const awb::DatasetSummary &s = d.summary;
        QCOMPARE(s.trainRows, std::size_t(125973));
        QCOMPARE(s.testRows, std::size_t(22544));
        QCOMPARE(s.numericFeatures + s.categoricalFeatures, std::size_t(41));
        QCOMPARE(s.categoricalFeatures, std::size_t(3));
        QCOMPARE(s.trainRows - s.trainAnomalies, std::size_t(67343));
        QCOMPARE(s.testRows - s.testAnomalies, std::size_t(9711));
        QCOMPARE(s.normalValues, std::vector<std::string>{"normal"});
        QVERIFY(s.normalValueDetected);
        // protocol_type 3 + service 70 + flag 11 one-hot columns beside 38 numeric ones.
        QCOMPARE(s.encodedFeatures, std::size_t(38 + 3 + 70 + 11));
        QCOMPARE(s.unseenCategoryCells, std::uint64_t(0));  // KDDTest+ has no service training lacks
        QCOMPARE(s.constantFeatures, std::size_t(1));       // num_outbound_cmds is always 0
        QCOMPARE(d.originalRow(0).at(41), std::string("normal"));
        QVERIFY(d.features.allFinite());
    }
};

QTEST_APPLESS_MAIN(tst_NslKdd)
#include "tst_nslkdd.moc"
