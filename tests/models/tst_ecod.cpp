// ECOD against a table worked by hand: three features of four training rows (symmetric, right-
// and left-skewed), tail probabilities (count + 1) / (n + 1), the three sums and their maximum;
// the explanation's terms; thread counts, cancellation and model files.
#include <QTest>

#include <cmath>
#include <sstream>

#include "common/InputError.h"
#include "models/ecod/Ecod.h"

using awb::Ecod;

namespace {

// f1 = 1, 2, 2, 3 (skewness 0: right tail); f2 = 0, 0, 0, 10 (right-skewed); f3 = 0, 10, 10, 10 (left-skewed).
awb::Matrix table()
{
    awb::Matrix x(4, 3);
    x << 1, 0, 0, 2, 0, 10, 2, 0, 10, 3, 10, 10;
    return x;
}

} // namespace

class tst_Ecod : public QObject {
    Q_OBJECT

private slots:
    void scoresAsWorkedByHand_data()
    {
        QTest::addColumn<float>("f1");
        QTest::addColumn<float>("f2");
        QTest::addColumn<float>("f3");
        QTest::addColumn<double>("score");
        // (5, 0, 0): left terms 0 + -log(4/5) + -log(2/5) = 1.1394; right terms log 5 + 0 + 0;
        // skewness-chosen right, right, left: log 5 + 0 + log 2.5 = log 12.5, the largest.
        QTest::newRow("beyond f1, low f3") << 5.0f << 0.0f << 0.0f << std::log(12.5);
        // (2, 0, 10): left -log(4/5) + -log(4/5) + 0 (f3: all 4 rows <= 10); right -log(4/5) + 0 +
        // -log(4/5); skew -log(4/5) + 0 + 0. Max: 2 log(5/4).
        QTest::newRow("typical row") << 2.0f << 0.0f << 10.0f << 2.0 * std::log(1.25);
        // (0, 10, 10): left log 5 + 0 + 0 = log 5; right 0 + -log(2/5) + -log(4/5); skew: 0 + log 2.5 + 0.
        QTest::newRow("below f1") << 0.0f << 10.0f << 10.0f << std::log(5.0);
    }

    void scoresAsWorkedByHand()
    {
        QFETCH(float, f1);
        QFETCH(float, f2);
        QFETCH(float, f3);
        QFETCH(double, score);
        const Ecod model = Ecod::fit(table());
        awb::Matrix row(1, 3);
        row << f1, f2, f3;
        QVERIFY2(std::abs(model.score(row)[0] - score) < 1e-5,
                 qPrintable(QString("%1 vs %2").arg(model.score(row)[0]).arg(score)));
    }

    void explanationIsTheWinningSumsTerms()
    {
        const Ecod model = Ecod::fit(table());
        const float row[] = {5, 0, 0};
        const std::vector<double> terms = model.explain(row);
        QCOMPARE(terms.size(), std::size_t(3));
        QVERIFY(std::abs(terms[0] - std::log(5.0)) < 1e-12);
        QVERIFY(std::abs(terms[1]) < 1e-12);
        QVERIFY(std::abs(terms[2] - std::log(2.5)) < 1e-12);
    }

    void sameScoresOnAnyThreadCount()
    {
        awb::Matrix x(9000, 4);
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            for (Eigen::Index j = 0; j < x.cols(); ++j)
                x(i, j) = static_cast<float>((i * (j + 3)) % 97);
        QCOMPARE(Ecod::fit(x, 1).score(x, 1), Ecod::fit(x, 2).score(x, 2));
    }

    void oneRowIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Ecod::fit(table().topRows(1)));
        QCOMPARE(Ecod::fit(table().topRows(2)).score(table()).size(), std::size_t(table().rows()));
    }

    void cancellationThrows()
    {
        awb::CancelFlag cancel{true};
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, Ecod::fit(table(), 1, {}, &cancel));
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, Ecod::fit(table()).score(table(), 1, {}, &cancel));
    }

    void savedModelScoresIdentically()
    {
        const Ecod model = Ecod::fit(table());
        std::stringstream file;
        model.save(file);
        const Ecod loaded = Ecod::load(file, "model.awb");
        QCOMPARE(loaded.score(table()), model.score(table()));
        std::stringstream cut(file.str().substr(0, 40));
        QVERIFY_THROWS_EXCEPTION(awb::InputError, Ecod::load(cut, "model.awb"));
    }
};

QTEST_APPLESS_MAIN(tst_Ecod)
#include "tst_ecod.moc"
