// Threshold policies: parsing and spelling, and each policy against hand-computed values on a
// small score set (numpy.percentile's linear interpolation).
#include <QTest>

#include <numeric>

#include "common/InputError.h"
#include "eval/ThresholdPolicy.h"

using awb::ThresholdPolicy;

class tst_ThresholdPolicy : public QObject {
    Q_OBJECT

private slots:
    void parsesAndSpells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::newRow("auto") << "auto" << int(ThresholdPolicy::Kind::Automatic) << 0.0;
        QTest::newRow("fixed") << "fixed:0.25" << int(ThresholdPolicy::Kind::Fixed) << 0.25;
        QTest::newRow("negative fixed") << "fixed:-3" << int(ThresholdPolicy::Kind::Fixed) << -3.0;
        QTest::newRow("percentile") << "percentile:99.5" << int(ThresholdPolicy::Kind::Percentile) << 99.5;
        QTest::newRow("contamination") << "contamination:0.05" << int(ThresholdPolicy::Kind::Contamination) << 0.05;
        QTest::newRow("every digit") << "fixed:0.12345678901234568" << int(ThresholdPolicy::Kind::Fixed) << 0.12345678901234568;
        QTest::newRow("tiny") << "fixed:1e-300" << int(ThresholdPolicy::Kind::Fixed) << 1e-300;
    }

    void parsesAndSpells()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(double, value);
        const ThresholdPolicy p = ThresholdPolicy::parse(text.toStdString());
        QCOMPARE(int(p.kind), kind);
        QCOMPARE(p.value, value);
        QCOMPARE(QString::fromStdString(p.text()), text);
    }

    void rejectsWhatIsNotAPolicy_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "percentile", "percentile:101", "contamination:0.6", "contamination:0",
                                "fixed:abc", "f1", "percentile:95x"})
            QTest::newRow(bad) << bad;
    }

    void rejectsWhatIsNotAPolicy()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(awb::InputError, ThresholdPolicy::parse(text.toStdString()));
    }

    void choosesAsComputedByHand()
    {
        std::vector<float> scores(100);
        std::iota(scores.begin(), scores.end(), 1.0f);  // 1..100, shuffled below
        std::swap(scores[3], scores[97]);
        // numpy.percentile(range(1, 101), 95) = 95.05; 90 -> 90.1; 0 -> 1; 100 -> 100.
        QCOMPARE(awb::chooseThreshold({ThresholdPolicy::Kind::Percentile, 95.0}, scores, {}).threshold, 95.05);
        QVERIFY(std::abs(awb::chooseThreshold({ThresholdPolicy::Kind::Contamination, 0.1}, scores, {}).threshold - 90.1) < 1e-9);
        QCOMPARE(awb::chooseThreshold({ThresholdPolicy::Kind::Percentile, 0.0}, scores, {}).threshold, 1.0);
        QCOMPARE(awb::chooseThreshold({ThresholdPolicy::Kind::Percentile, 100.0}, scores, {}).threshold, 100.0);
        QCOMPARE(awb::chooseThreshold({ThresholdPolicy::Kind::Fixed, 7.5}, scores, {}).threshold, 7.5);
        QCOMPARE(awb::chooseThreshold({ThresholdPolicy::Kind::Automatic, 0.0}, scores, 0.5).threshold, 0.5);
        QVERIFY_THROWS_EXCEPTION(awb::InputError,
                                 awb::chooseThreshold({ThresholdPolicy::Kind::Automatic, 0.0}, scores, std::nullopt));
    }
};

QTEST_APPLESS_MAIN(tst_ThresholdPolicy)
#include "tst_thresholdpolicy.moc"
