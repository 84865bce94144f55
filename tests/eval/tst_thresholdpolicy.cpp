// Threshold policies: parsing and spelling, and each policy against values computed by hand on
// small score sets (the arithmetic is in the comments).
#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>

#include "common/InputError.h"
#include "eval/ThresholdChoice.h"
#include "eval/ThresholdRules.h"

using awb::ThresholdPolicy;
using Kind = ThresholdPolicy::Kind;

namespace {

// Ten training rows: scores 0.1 .. 1.0, attacks at 0.7, 0.9 and 1.0 (3 attacks, 7 normal rows).
// Flagging above t (descending cuts):   t=1.0: tp 0 fp 0   t=0.9: tp 1 fp 0   t=0.8: tp 2 fp 0
// t=0.7: tp 2 fp 1   t=0.6: tp 3 fp 1   t=0.5: tp 3 fp 2   ...
const std::vector<float> kScores = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.0f};
const std::vector<std::uint8_t> kLabels = {0, 0, 0, 0, 0, 0, 1, 0, 1, 1};
const std::vector<std::uint8_t> kAllAttacks(10, 1), kAllNormal(10, 0);

awb::ThresholdInputs labelledInputs()
{
    return {kScores, kLabels, kScores, std::nullopt, {}};
}

double chosen(const char *policy, const awb::ThresholdInputs &inputs = labelledInputs())
{
    return awb::chooseThreshold(ThresholdPolicy::parse(policy), inputs).threshold;
}

} // namespace

class tst_ThresholdPolicy : public QObject {
    Q_OBJECT

private slots:
    void parsesAndSpells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("value2");
        QTest::newRow("default") << "default" << int(Kind::Default) << 0.0 << 0.0;
        QTest::newRow("auto") << "auto" << int(Kind::Automatic) << 0.0 << 0.0;
        QTest::newRow("fixed") << "fixed:0.25" << int(Kind::Fixed) << 0.25 << 0.0;
        QTest::newRow("negative fixed") << "fixed:-3" << int(Kind::Fixed) << -3.0 << 0.0;
        QTest::newRow("every digit") << "fixed:0.12345678901234568" << int(Kind::Fixed) << 0.12345678901234568 << 0.0;
        QTest::newRow("f1") << "f1" << int(Kind::BestF1) << 0.0 << 0.0;
        QTest::newRow("fpr") << "fpr:0.01" << int(Kind::FalsePositiveRate) << 0.01 << 0.0;
        QTest::newRow("recall") << "recall:0.9" << int(Kind::Recall) << 0.9 << 0.0;
        QTest::newRow("cost") << "cost:fp=1,fn=20" << int(Kind::Cost) << 1.0 << 20.0;
        QTest::newRow("budget") << "budget:50/10000" << int(Kind::Budget) << 50.0 << 10000.0;
        QTest::newRow("budget a day") << "budget:200/3600000" << int(Kind::Budget) << 200.0 << 3600000.0;
        QTest::newRow("percentile") << "percentile:99.5" << int(Kind::Percentile) << 99.5 << 0.0;
        QTest::newRow("contamination") << "contamination:0.05" << int(Kind::Contamination) << 0.05 << 0.0;
        QTest::newRow("mad") << "mad:3" << int(Kind::RobustZ) << 3.0 << 0.0;
        QTest::newRow("otsu") << "otsu" << int(Kind::Otsu) << 0.0 << 0.0;
        QTest::newRow("knee") << "knee" << int(Kind::Knee) << 0.0 << 0.0;
    }

    void parsesAndSpells()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(double, value2);
        const ThresholdPolicy p = ThresholdPolicy::parse(text.toStdString());
        QCOMPARE(int(p.kind), kind);
        QCOMPARE(p.value, value);
        QCOMPARE(p.value2, value2);
        QCOMPARE(QString::fromStdString(p.text()), text);
    }

    void otherSpellingsOfTheSamePolicy()
    {
        QCOMPARE(ThresholdPolicy::parse("mad").text(), "mad:3.5");
        QCOMPARE(ThresholdPolicy::parse("cost:fn=20,fp=1").text(), "cost:fp=1,fn=20");
        QCOMPARE(ThresholdPolicy::parse("budget:50").text(), "budget:50/10000");
    }

    void rejectsWhatIsNotAPolicy_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "percentile", "percentile:101", "contamination:0.6", "contamination:0", "fixed:abc",
                                "f1:2", "percentile:95x", "fpr:1", "recall:0", "cost:fp=1", "cost:fp=-1,fn=2",
                                "budget:60/50", "budget:5/0", "mad:-1", "otsu:2", "kneedle"})
            QTest::newRow(bad) << bad;
    }

    void rejectsWhatIsNotAPolicy()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(awb::InputError, ThresholdPolicy::parse(text.toStdString()));
    }

    void labelledPoliciesAsComputedByHand()
    {
        // F1 per cut: 0.9 -> 2/4 = 0.5, 0.8 -> 4/5 = 0.8, 0.7 -> 4/6, 0.6 -> 6/7 = 0.857, 0.5 -> 6/8.
        QCOMPARE(chosen("f1"), double(0.6f));
        // fpr 0.1 allows floor(0.7) = 0 false alarms: the lowest such cut is 0.8; fpr 0.15 allows 1.
        QCOMPARE(chosen("fpr:0.1"), double(0.8f));
        QCOMPARE(chosen("fpr:0.15"), double(0.6f));
        // recall 0.5 needs ceil(1.5) = 2 attacks: first reached at 0.8; recall 1 at 0.6.
        QCOMPARE(chosen("recall:0.5"), double(0.8f));
        QCOMPARE(chosen("recall:1"), double(0.6f));
        // cost fp=1, fn=20: 60, 40, 20, 21, 1, 2, ... -> 0.6. fp=1, fn=0.5: 1.5, 1, 0.5, 1.5, 1 -> 0.8.
        QCOMPARE(chosen("cost:fp=1,fn=20"), double(0.6f));
        QCOMPARE(chosen("cost:fp=1,fn=0.5"), double(0.8f));
        // budget 2 per 10 flows flags at most 2 rows -> 0.8; 2500 per 10,000 still 2 -> 0.8; 3/10 -> 0.7.
        QCOMPARE(chosen("budget:2/10"), double(0.8f));
        QCOMPARE(chosen("budget:2500/10000"), double(0.8f));
        QCOMPARE(chosen("budget:3/10"), double(0.7f));
        // Flagging everything sits just below the lowest score.
        QVERIFY(chosen("recall:1", {kScores, kAllAttacks, kScores, std::nullopt, {}}) < double(0.1f));
    }

    void reasoningGivesTheFigures()
    {
        const awb::ThresholdChoice c = awb::chooseThreshold(ThresholdPolicy::parse("default"), labelledInputs());
        QCOMPARE(c.policy.text(), "f1");
        const QString why = QString::fromStdString(c.reasoning);
        // At 0.6: 4 of 10 rows flagged, 1 of 7 normal rows (14.3 %), 3 of 3 attacks, precision 3/4.
        for (const char *part : {"default for labelled data", "best F1 on the training rows (0.857)",
                                 "4000.0 alerts per 10,000 flows", "FPR 14.3 %", "recall 100.0 %", "precision 75.0 %"})
            QVERIFY2(why.contains(QLatin1String(part)), qPrintable(why));
    }

    void defaultFollowsTheSituation()
    {
        QCOMPARE(awb::resolvedPolicy({Kind::Default}, true).text(), "f1");
        QCOMPARE(awb::resolvedPolicy({Kind::Default}, false).text(), "otsu");
        QCOMPARE(awb::resolvedPolicy({Kind::Percentile, 90.0}, true).text(), "percentile:90");
        // Labelled with normal rows only: nothing to weigh F1 on, so the unlabelled default.
        const awb::ThresholdInputs normalOnly{kScores, kAllNormal, kScores, std::nullopt, {}};
        const awb::ThresholdChoice c = awb::chooseThreshold({Kind::Default}, normalOnly);
        QCOMPARE(c.policy.text(), "otsu");
        // There recall and precision are no figures (no attack to catch); the false alarms are.
        const QString why = QString::fromStdString(c.reasoning);
        QVERIFY2(why.contains("FPR ") && !why.contains("recall") && !why.contains("precision"), qPrintable(why));
        const QString attacksOnly = QString::fromStdString(awb::chooseThreshold(ThresholdPolicy::parse("otsu"),
                                                                                {kScores, kAllAttacks, kScores, std::nullopt, {}}).reasoning);
        QVERIFY2(!attacksOnly.contains("FPR") && attacksOnly.contains("recall "), qPrintable(attacksOnly));
    }

    void policiesThatCannotApplySaySo()
    {
        const awb::ThresholdInputs unlabelled{kScores, {}, kScores, std::nullopt, {}};
        for (const char *p : {"f1", "fpr:0.01", "recall:0.9", "cost:fp=1,fn=5", "auto"})
            QVERIFY_THROWS_EXCEPTION(awb::InputError, chosen(p, unlabelled));
        const awb::ThresholdInputs attacksOnly{kScores, kAllAttacks, kScores, std::nullopt, {}};
        QVERIFY_THROWS_EXCEPTION(awb::InputError, chosen("fpr:0.01", attacksOnly));
        const awb::ThresholdInputs normalOnly{kScores, kAllNormal, kScores, std::nullopt, {}};
        QVERIFY_THROWS_EXCEPTION(awb::InputError, chosen("recall:0.9", normalOnly));
        QCOMPARE(chosen("auto", {kScores, {}, kScores, 0.5, {}}), 0.5);
    }

    void shareOfFittedRows()
    {
        std::vector<float> scores(100);
        std::iota(scores.begin(), scores.end(), 1.0f);  // 1..100, shuffled below
        std::swap(scores[3], scores[97]);
        const awb::ThresholdInputs in{scores, {}, scores, std::nullopt, {}};
        // numpy.percentile(range(1, 101), 95) = 95.05; 90 -> 90.1; 0 -> 1; 100 -> 100.
        QCOMPARE(chosen("percentile:95", in), 95.05);
        QVERIFY(std::abs(chosen("contamination:0.1", in) - 90.1) < 1e-9);
        QCOMPARE(chosen("percentile:0", in), 1.0);
        QCOMPARE(chosen("percentile:100", in), 100.0);
        QCOMPARE(chosen("fixed:7.5", in), 7.5);
        // Percentiles read the fitted rows only: here the first ten.
        const awb::ThresholdInputs fittedFew{scores, {}, std::span(scores).first(10), std::nullopt, {}};
        QCOMPARE(chosen("percentile:100", fittedFew), 98.0);  // scores[3] is 98 after the swap
    }

    void dataDrivenRulesAsComputedByHand()
    {
        namespace rules = awb::thresholdrules;
        // median 3, |deviations| 2 1 0 1 97 -> MAD 1; 3 + 3.5 * 1.4826 = 8.1891.
        const std::vector<float> spread = {1, 2, 3, 4, 100};
        QVERIFY(std::abs(rules::robustZ(spread, 3.5) - 8.1891) < 1e-9);
        // MAD 0: IQR (5.75 - 5) / 1.349 stands in; 5 + 2 * 0.55597 = 6.11193.
        const std::vector<float> ties = {5, 5, 5, 5, 6, 9};
        QVERIFY(std::abs(rules::robustZ(ties, 2.0) - (5.0 + 2.0 * 0.75 / 1.349)) < 1e-9);
        // Otsu, n0 * n1 * (mean0 - mean1)^2 per split: 364.5, 625 (after 2), 364.5, 145.8.
        const std::vector<float> groups = {10, 1, 9, 2, 1, 10};
        QCOMPARE(rules::otsu(groups), 2.0);
        // Knee: i/9 - v/100 peaks at i = 8 (0.889 - 0.08): flags only the 100.
        const std::vector<float> tail = {0, 1, 2, 3, 4, 5, 6, 7, 8, 100};
        QCOMPARE(rules::knee(tail), 8.0);
        // One distinct score: nothing to split, nothing flagged.
        const std::vector<float> flat(5, 2.0f);
        QCOMPARE(rules::otsu(flat), 2.0);
        QCOMPARE(rules::knee(flat), 2.0);
    }

    // A diverged model's NaN scores are never flagged and take no place in any order: the policies
    // still end, and choose as they would without those rows (a NaN attack counts as missed).
    void nanScoresAreNeverFlagged()
    {
        std::vector<float> scores = kScores;
        scores[0] = std::numeric_limits<float>::quiet_NaN();  // a normal row
        const awb::ThresholdInputs in{scores, kLabels, scores, std::nullopt, {}};
        QCOMPARE(chosen("f1", in), double(0.6f));
        QCOMPARE(chosen("budget:3/10", in), double(0.7f));
        for (const char *p : {"mad", "otsu", "knee", "percentile:95", "contamination:0.1"})
            QVERIFY2(std::isfinite(chosen(p, in)), p);
        std::vector<float> attackNan = kScores;
        attackNan[9] = std::numeric_limits<float>::quiet_NaN();  // the 1.0 attack: missed at every cut
        const awb::ThresholdInputs missed{attackNan, kLabels, attackNan, std::nullopt, {}};
        QCOMPARE(awb::thresholdrules::cuts(attackNan, kLabels).back().tp, 2);
        QCOMPARE(chosen("recall:0.5", missed), double(0.6f));  // 2 of 3 attacks need the 0.7 one too
        // Every score NaN: the policies that pick a cut say so (they read past an empty list before).
        const std::vector<float> allNan(kScores.size(), std::numeric_limits<float>::quiet_NaN());
        const awb::ThresholdInputs diverged{allNan, kLabels, allNan, std::nullopt, {}};
        for (const char *p : {"f1", "fpr:0.01", "recall:0.9", "cost:fp=1,fn=5", "budget:3/10", "default"})
            QVERIFY_THROWS_EXCEPTION(awb::InputError, chosen(p, diverged));
    }

    void comparisonCountsTrainAndTest()
    {
        const std::vector<float> test = {0.05f, 0.65f, 0.95f, 0.75f};
        const std::vector<std::uint8_t> testLabels = {0, 1, 1, 0};
        const awb::PolicyComparison row = awb::comparePolicy(ThresholdPolicy::parse("f1"), labelledInputs(), test, testLabels);
        QVERIFY(row.error.empty());
        QCOMPARE(row.trainAlertsPer10k, 4000.0);
        QCOMPARE(row.train->tp, 3);
        QCOMPARE(row.train->fp, 1);
        // Above 0.6 on test: 0.65 (attack), 0.95 (attack), 0.75 (normal).
        QCOMPARE(row.test->tp, 2);
        QCOMPARE(row.test->fp, 1);
        QCOMPARE(row.test->tn, 1);
        QCOMPARE(row.testAlertsPer10k, 7500.0);
        const awb::PolicyComparison bad = awb::comparePolicy(ThresholdPolicy::parse("auto"), labelledInputs(), test, testLabels);
        QVERIFY(!bad.error.empty());
        QCOMPARE(awb::standardPolicies(false, false).size(), std::size_t{6});
        QCOMPARE(awb::standardPolicies(true, true).size(), std::size_t{11});
    }
};

QTEST_APPLESS_MAIN(tst_ThresholdPolicy)
#include "tst_thresholdpolicy.moc"
