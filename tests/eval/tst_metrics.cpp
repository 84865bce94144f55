// Evaluation metrics against hand-computed cases and against scikit-learn 1.2.1. The reference
// values below were computed once with Debian's python3-sklearn 1.2.1:
//   y = [...]; s = np.array([...], dtype=np.float32)
//   roc_curve(y, s); roc_auc_score(y, s); precision_recall_curve(y, s); average_precision_score(y, s)
//   classification_report(y, pred, labels=[0, 1], target_names=["normal", "anomaly"], zero_division=0)
#include <QTest>

#include <cmath>

#include "common/Random.h"
#include "eval/Metrics.h"

using Labels = std::vector<std::uint8_t>;
using Scores = std::vector<float>;
using Values = std::vector<double>;
Q_DECLARE_METATYPE(Labels)
Q_DECLARE_METATYPE(Scores)
Q_DECLARE_METATYPE(Values)

namespace {

void compareValues(const Values &actual, const Values &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-12,
                 qPrintable(QString("index %1: %2 vs %3").arg(i).arg(actual[i], 0, 'g', 17).arg(expected[i], 0, 'g', 17)));
}

} // namespace

class tst_Metrics : public QObject {
    Q_OBJECT

private slots:
    // Hand-made: a point is kept when it moved more than the step (|dx| + |dy|) from the last kept
    // one; both ends always; thresholds stay with their points.
    void thinnedForDisplayKeepsVisibleMovesAndEnds()
    {
        const awb::Curve curve{{0.0, 0.0004, 0.0008, 0.0012, 0.5, 0.5004, 1.0},
                               {0.0, 0.0, 0.0004, 0.0004, 0.5, 0.5, 1.0},
                               {9, 8, 7, 6, 5, 4, 3}};
        const awb::Curve thin = awb::thinnedForDisplay(curve, 1e-3);
        // (0.0004, 0) moved 0.0004: dropped; (0.0008, 0.0004) moved 0.0012: kept; (0.0012, 0.0004)
        // 0.0004 from it: dropped; (0.5, 0.5) kept; (0.5004, 0.5) dropped; the end kept.
        QCOMPARE(thin.x, (std::vector<double>{0.0, 0.0008, 0.5, 1.0}));
        QCOMPARE(thin.y, (std::vector<double>{0.0, 0.0004, 0.5, 1.0}));
        QCOMPARE(thin.thresholds, (std::vector<double>{9, 7, 5, 3}));
        QCOMPARE(awb::thinnedForDisplay(awb::Curve{}).x.size(), std::size_t{0});
    }

    void curvesMatchScikitLearn_data()
    {
        QTest::addColumn<Labels>("labels");
        QTest::addColumn<Scores>("scores");
        QTest::addColumn<double>("auc");
        QTest::addColumn<double>("ap");
        QTest::addColumn<Values>("fpr");
        QTest::addColumn<Values>("tpr");
        QTest::addColumn<Values>("rocThresholds");
        QTest::addColumn<Values>("precision");
        QTest::addColumn<Values>("recall");

        QTest::newRow("ties") << Labels{0, 0, 1, 1, 0, 1, 0, 1, 1, 0}
                              << Scores{0.1f, 0.4f, 0.35f, 0.8f, 0.4f, 0.9f, 0.2f, 0.35f, 0.5f, 0.6f} << 0.72 << 0.8
                              << Values{0.0, 0.0, 0.0, 0.2, 0.2, 0.6, 0.6, 1.0}
                              << Values{0.0, 0.2, 0.4, 0.4, 0.6, 0.6, 1.0, 1.0}
                              << Values{1.899999976158142, 0.8999999761581421, 0.800000011920929, 0.6000000238418579,
                                        0.5, 0.4000000059604645, 0.3499999940395355, 0.10000000149011612}
                              << Values{0.5, 0.5555555555555556, 0.625, 0.5, 0.75, 0.6666666666666666, 1.0, 1.0, 1.0}
                              << Values{1.0, 1.0, 1.0, 0.6, 0.6, 0.4, 0.4, 0.2, 0.0};
        QTest::newRow("all tied") << Labels{0, 1, 0, 1} << Scores{0.5f, 0.5f, 0.5f, 0.5f} << 0.5 << 0.5
                                  << Values{0.0, 1.0} << Values{0.0, 1.0} << Values{1.5, 0.5}
                                  << Values{0.5, 1.0} << Values{1.0, 0.0};
        QTest::newRow("perfect") << Labels{0, 0, 0, 1, 1} << Scores{0.1f, 0.2f, 0.3f, 0.8f, 0.9f} << 1.0 << 1.0
                                 << Values{0.0, 0.0, 0.0, 1.0} << Values{0.0, 0.5, 1.0, 1.0}
                                 << Values{1.899999976158142, 0.8999999761581421, 0.800000011920929, 0.10000000149011612}
                                 << Values{0.4, 0.5, 0.6666666666666666, 1.0, 1.0, 1.0}
                                 << Values{1.0, 1.0, 1.0, 1.0, 0.5, 0.0};
        QTest::newRow("inverted") << Labels{1, 1, 0, 0, 0} << Scores{0.1f, 0.2f, 0.3f, 0.8f, 0.9f} << 0.0 << 0.325
                                  << Values{0.0, 0.3333333333333333, 1.0, 1.0} << Values{0.0, 0.0, 0.0, 1.0}
                                  << Values{1.899999976158142, 0.8999999761581421, 0.30000001192092896, 0.10000000149011612}
                                  << Values{0.4, 0.25, 0.0, 0.0, 0.0, 1.0} << Values{1.0, 0.5, 0.0, 0.0, 0.0, 0.0};
    }

    void curvesMatchScikitLearn()
    {
        QFETCH(Labels, labels);
        QFETCH(Scores, scores);
        QFETCH(double, auc);
        QFETCH(double, ap);
        QFETCH(Values, fpr);
        QFETCH(Values, tpr);
        QFETCH(Values, rocThresholds);
        QFETCH(Values, precision);
        QFETCH(Values, recall);
        const awb::Curve roc = awb::rocCurve(labels, scores);
        compareValues(roc.x, fpr);
        compareValues(roc.y, tpr);
        compareValues(roc.thresholds, rocThresholds);
        const awb::Curve pr = awb::precisionRecallCurve(labels, scores);
        compareValues(pr.y, precision);
        compareValues(pr.x, recall);
        QVERIFY(std::abs(awb::rocAuc(labels, scores) - auc) < 1e-12);
        QVERIFY(std::abs(awb::averagePrecision(labels, scores) - ap) < 1e-12);
    }

    void oneClassHasNoRocAuc()
    {
        const Labels normalOnly{0, 0, 0};
        const Scores scores{0.1f, 0.2f, 0.3f};
        QVERIFY(std::isnan(awb::rocAuc(normalOnly, scores)));
        QVERIFY(std::isnan(awb::rocAuc(Labels{}, Scores{})));
        QCOMPARE(awb::averagePrecision(Labels{}, Scores{}), 0.0);
    }

    void reportMatchesScikitLearnText_data()
    {
        QTest::addColumn<int>("tn");
        QTest::addColumn<int>("fp");
        QTest::addColumn<int>("fn");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        // y = [0,0,1,1,0,1,0,1,1,0], pred = scores("ties") > 0.38 -> confusion_matrix [[2, 3], [2, 3]]
        QTest::newRow("balanced") << 2 << 3 << 2 << 3 << 2
            << "              precision    recall  f1-score   support\n\n      normal       0.50      0.40      0.44         5\n"
               "     anomaly       0.50      0.60      0.55         5\n\n    accuracy                           0.50        10\n"
               "   macro avg       0.50      0.50      0.49        10\nweighted avg       0.50      0.50      0.49        10\n";
        // y = [0,0,0,1,1], pred = [0,0,0,0,0]: anomaly precision is 0/0, zero_division=0
        QTest::newRow("zero division") << 3 << 0 << 2 << 0 << 2
            << "              precision    recall  f1-score   support\n\n      normal       0.60      1.00      0.75         3\n"
               "     anomaly       0.00      0.00      0.00         2\n\n    accuracy                           0.60         5\n"
               "   macro avg       0.30      0.50      0.37         5\nweighted avg       0.36      0.60      0.45         5\n";
        QTest::newRow("four digits") << 3 << 0 << 2 << 0 << 4
            << "              precision    recall  f1-score   support\n\n      normal     0.6000    1.0000    0.7500         3\n"
               "     anomaly     0.0000    0.0000    0.0000         2\n\n    accuracy                         0.6000         5\n"
               "   macro avg     0.3000    0.5000    0.3750         5\nweighted avg     0.3600    0.6000    0.4500         5\n";
    }

    void reportMatchesScikitLearnText()
    {
        QFETCH(int, tn);
        QFETCH(int, fp);
        QFETCH(int, fn);
        QFETCH(int, tp);
        QFETCH(int, digits);
        QFETCH(QString, text);
        const awb::ClassificationReport report = awb::classificationReport({tn, fp, fn, tp});
        QCOMPARE(QString::fromStdString(report.text(digits)), text);
    }

    void reportByHand()
    {
        // tn 50, fp 10, fn 5, tp 35: anomaly precision 35/45, recall 35/40.
        const awb::ClassificationReport r = awb::classificationReport({50, 10, 5, 35});
        QCOMPARE(r.anomaly.precision, 35.0 / 45.0);
        QCOMPARE(r.anomaly.recall, 35.0 / 40.0);
        QCOMPARE(r.normal.precision, 50.0 / 55.0);
        QCOMPARE(r.normal.recall, 50.0 / 60.0);
        const double f1 = 2 * (35.0 / 45.0) * (35.0 / 40.0) / (35.0 / 45.0 + 35.0 / 40.0);
        QVERIFY(std::abs(r.anomaly.f1 - f1) < 1e-15);
        QCOMPARE(r.accuracy, 0.85);
        QCOMPARE(r.anomaly.support, std::int64_t(40));
        QVERIFY(std::abs(r.weightedAvg.recall - r.accuracy) < 1e-15);  // weighted recall is accuracy
    }

    void confusionMatrixFlagsStrictlyAbove()
    {
        const Labels y{0, 0, 1, 1, 0, 1, 0, 1, 1, 0};
        const Scores s{0.1f, 0.4f, 0.35f, 0.8f, 0.4f, 0.9f, 0.2f, 0.35f, 0.5f, 0.6f};
        QCOMPARE(awb::confusionMatrix(y, s, 0.38), (awb::ConfusionMatrix{2, 3, 2, 3}));
        // A threshold equal to the tied score 0.4f does not flag those rows.
        QCOMPARE(awb::confusionMatrix(y, s, double(0.4f)), (awb::ConfusionMatrix{4, 1, 2, 3}));
    }

    void scoreIndexAgreesEverywhere()
    {
        awb::Random rng(7);
        Labels y(3000);
        Scores s(3000);
        for (std::size_t i = 0; i < y.size(); ++i) {
            y[i] = rng.chance(0.3);
            s[i] = static_cast<float>(std::round(rng.uniform() * 50) / 50 + (y[i] ? 0.2 : 0.0));  // many ties
        }
        const awb::ScoreIndex index(y, s);
        for (const float t : s)  // thresholds exactly at scores, and between them
            for (const double threshold : {double(t), double(t) + 0.005, double(t) - 0.005})
                QCOMPARE(index.at(threshold), awb::confusionMatrix(y, s, threshold));
        QCOMPARE(index.flaggedCount(-1.0), std::size_t(3000));
        QCOMPARE(index.flaggedCount(index.maxScore()), std::size_t(0));
    }

    void precisionAtK()
    {
        const Labels y{0, 1, 1, 0, 1};
        const Scores s{0.9f, 0.8f, 0.7f, 0.1f, 0.75f};
        QCOMPARE(awb::precisionAtK(y, s, 1), 0.0);
        QCOMPARE(awb::precisionAtK(y, s, 3), 2.0 / 3.0);
        QCOMPARE(awb::precisionAtK(y, s, 4), 0.75);
        QCOMPARE(awb::precisionAtK(y, s, 100), 0.6);  // k beyond n: all rows
    }

    void aucIsTheMannWhitneyStatistic()
    {
        // Property: ROC-AUC equals P(score of an anomaly > score of a normal row) + P(tie) / 2.
        awb::Random rng(3);
        Labels y(400);
        Scores s(400);
        for (std::size_t i = 0; i < y.size(); ++i) {
            y[i] = rng.chance(0.4);
            s[i] = static_cast<float>(std::round((rng.normal() + (y[i] ? 0.8 : 0.0)) * 4) / 4);
        }
        double wins = 0, pairs = 0;
        for (std::size_t a = 0; a < y.size(); ++a)
            for (std::size_t n = 0; n < y.size(); ++n)
                if (y[a] && !y[n]) {
                    pairs += 1;
                    wins += s[a] > s[n] ? 1.0 : s[a] == s[n] ? 0.5 : 0.0;
                }
        QVERIFY(std::abs(awb::rocAuc(y, s) - wins / pairs) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
