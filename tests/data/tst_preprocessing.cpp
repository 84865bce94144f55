// The encoding is fitted on the training rows only and applied unchanged to the test rows: min-max
// and standard scaling by hand, one-hot with an unseen test category, constant columns, the saved
// preprocessor; and the stratified, seeded split.
#include <QTest>

#include <cmath>
#include <sstream>

#include "DataFiles.h"
#include "common/InputError.h"
#include "data/DatasetLoader.h"

class tst_Preprocessing : public QObject {
    Q_OBJECT

    DataFiles files;

    // Train: x = 0, 10, 20, 30 (proto tcp/udp); test: x = 40 and proto icmp, never seen in training.
    awb::LoadOptions trainTest(awb::Scaling scaling)
    {
        awb::LoadOptions o;
        o.trainFile = files.write("train.csv", "x,k,proto,label\n0,5,tcp,normal\n10,5,udp,attack\n20,5,tcp,normal\n30,5,udp,normal\n")
                          .toStdString();
        o.testFile = files.write("test.csv", "x,k,proto,label\n40,5,icmp,attack\n15,5,tcp,normal\n").toStdString();
        o.scaling = scaling;
        return o;
    }

private slots:
    void minMaxIsFittedOnTrainingRowsOnly()
    {
        const awb::Dataset d = awb::loadDataset(trainTest(awb::Scaling::MinMax));
        QCOMPARE(d.trainRows, std::size_t(4));
        QCOMPARE(d.features(0, 0), 0.0f);
        QCOMPARE(d.features(3, 0), 1.0f);
        QCOMPARE(d.features(4, 0), 40.0f / 30.0f);  // beyond the training range: above 1
        QCOMPARE(d.features(5, 0), 0.5f);
    }

    void standardScalingByHand()
    {
        const awb::Dataset d = awb::loadDataset(trainTest(awb::Scaling::Standard));
        const double mean = 15.0, sd = std::sqrt((225.0 + 25.0 + 25.0 + 225.0) / 4.0);  // population sd, as sklearn
        QVERIFY(std::abs(d.features(0, 0) - (0.0 - mean) / sd) < 1e-6);
        QVERIFY(std::abs(d.features(4, 0) - (40.0 - mean) / sd) < 1e-6);
    }

    // Robust: (x - median) / (q3 - q1) over the training rows 0, 10, 20, 30: median 15, and the
    // quartiles the loader takes (sorted[n/4] = 10, sorted[3n/4] = 30) give a range of 20.
    void robustScalingByHand()
    {
        const awb::Dataset d = awb::loadDataset(trainTest(awb::Scaling::Robust));
        QCOMPARE(d.preprocessor.numeric[0].offset, 15.0f);
        QCOMPARE(d.preprocessor.numeric[0].scale, 1.0f / 20.0f);
        QCOMPARE(d.features(0, 0), -0.75f);
        QCOMPARE(d.features(4, 0), 1.25f);  // test x = 40
    }

    // log1p before scaling: chosen for heavy-tailed columns, or by name either way; the encoding
    // keeps it, so a loaded model transforms new data the same.
    void logTransformOfHeavyTailedCounters()
    {
        QByteArray csv = "bytes,count,label\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray::number(i == 7 ? 5000000 : i % 9) + "," + QByteArray::number(i % 5) + (i % 4 ? ",normal\n" : ",attack\n");
        awb::LoadOptions o;
        o.trainFile = files.write("tailed.csv", csv).toStdString();
        o.testFraction = 0.0;
        o.scaling = awb::Scaling::None;
        o.log = awb::LogTransform::HeavyTailed;
        awb::Dataset d = awb::loadDataset(o);
        QVERIFY(d.schema.columns[0].heavyTailed && !d.schema.columns[1].heavyTailed);
        QVERIFY(d.preprocessor.numeric[0].log1p && !d.preprocessor.numeric[1].log1p);
        for (std::size_t r = 0; r < d.sourceRow.size(); ++r) {
            const int i = int(d.sourceRow[r]);
            QCOMPARE(d.features(Eigen::Index(r), 0), std::log1p(float(i == 7 ? 5000000 : i % 9)));
            QCOMPARE(d.features(Eigen::Index(r), 1), float(i % 5));
        }
        o.logOverrides = {{awb::ColumnRef::parse("bytes"), false}, {awb::ColumnRef::parse("1"), true}};
        d = awb::loadDataset(o);
        QVERIFY(!d.preprocessor.numeric[0].log1p && d.preprocessor.numeric[1].log1p);
        std::stringstream file;
        d.preprocessor.save(file);
        QVERIFY(awb::Preprocessor::load(file, "model.awb").numeric[1].log1p);
    }

    void constantColumnsEncodeAsZero()
    {
        const awb::Dataset d = awb::loadDataset(trainTest(awb::Scaling::MinMax));
        QVERIFY(d.preprocessor.numeric[1].constant);
        QCOMPARE(d.summary.constantFeatures, std::size_t(1));
        QCOMPARE(d.features.col(1).cwiseAbs().maxCoeff(), 0.0f);
    }

    void unseenCategoriesEncodeAsZerosAndAreCounted()
    {
        const awb::Dataset d = awb::loadDataset(trainTest(awb::Scaling::MinMax));
        QCOMPARE(d.preprocessor.categorical[0].categories, (std::vector<std::string>{"tcp", "udp"}));
        QCOMPARE(d.summary.encodedFeatures, std::size_t(4));
        QCOMPARE(d.summary.unseenCategoryCells, std::uint64_t(1));
        QCOMPARE(d.features(4, 2), 0.0f);  // icmp: both one-hot columns zero
        QCOMPARE(d.features(4, 3), 0.0f);
        QCOMPARE(d.features(5, 2), 1.0f);  // tcp
        QCOMPARE(d.preprocessor.featureNames(), (std::vector<std::string>{"x", "k", "proto=tcp", "proto=udp"}));
    }

    void savedPreprocessorReproducesTheEncoding()
    {
        const awb::LoadOptions options = trainTest(awb::Scaling::MinMax);
        const awb::Dataset d = awb::loadDataset(options);
        std::stringstream file;
        d.preprocessor.save(file);
        const awb::Preprocessor loaded = awb::Preprocessor::load(file, "model.awb");
        const awb::Dataset again = awb::loadDataset(options, {}, nullptr, &loaded);
        QCOMPARE(again.features, d.features);
        std::stringstream damaged(file.str().substr(0, 20));
        QVERIFY_THROWS_EXCEPTION(awb::InputError, awb::Preprocessor::load(damaged, "model.awb"));
        std::stringstream foreign("definitely not a model");
        QVERIFY_THROWS_EXCEPTION(awb::InputError, awb::Preprocessor::load(foreign, "model.awb"));
    }

    void splitIsStratifiedAndSeeded()
    {
        QByteArray csv = "x,label\n";
        for (int i = 0; i < 1000; ++i)
            csv += QByteArray::number(i * 37 % 101) + (i % 10 == 0 ? ",attack\n" : ",normal\n");  // 100 anomalies
        awb::LoadOptions o;
        o.trainFile = files.write("split.csv", csv).toStdString();
        const awb::Dataset a = awb::loadDataset(o);
        QCOMPARE(a.summary.testRows, std::size_t(300));
        QCOMPARE(a.summary.testAnomalies, std::size_t(30));   // 30 % of each class
        QCOMPARE(a.summary.trainAnomalies, std::size_t(70));
        const awb::Dataset b = awb::loadDataset(o);
        QCOMPARE(b.sourceRow, a.sourceRow);                    // the same seed, the same split
        o.seed = 7;
        QVERIFY(awb::loadDataset(o).sourceRow != a.sourceRow);
        o.testFraction = 0.2;
        QCOMPARE(awb::loadDataset(o).summary.testAnomalies, std::size_t(20));
    }

    void aTestFileIsUsedAsItIs()
    {
        const awb::Dataset d = awb::loadDataset(trainTest(awb::Scaling::MinMax));
        QCOMPARE(d.summary.testRows, std::size_t(2));
        QCOMPARE(d.sourceFile[4], std::uint8_t(1));
        QCOMPARE(d.originalRow(4), (std::vector<std::string>{"40", "5", "icmp", "attack"}));
    }
};

QTEST_APPLESS_MAIN(tst_Preprocessing)
#include "tst_preprocessing.moc"
