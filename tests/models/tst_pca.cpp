// The PCA subspace detector: a plane in 3-D with a point off it (its score is the squared distance
// to the plane, its explanation that distance in the one feature that leaves the plane),
// scikit-learn's rule for choosing k by explained variance, determinism over thread counts,
// cancellation and model files.
#include <QTest>

#include <cstring>
#include <sstream>

#include "common/InputError.h"
#include "common/Random.h"
#include "models/pca/PcaSubspace.h"

using awb::PcaSubspace;

namespace {

// Four corners of a rectangle in the plane z = 0: covariance diag(16/3, 4/3, 0).
awb::Matrix plane()
{
    awb::Matrix x(4, 3);
    x << -2, -1, 0, 2, -1, 0, -2, 1, 0, 2, 1, 0;
    return x;
}

} // namespace

class tst_Pca : public QObject {
    Q_OBJECT

private slots:
    void pointOffThePlaneScoresItsSquaredDistance()
    {
        awb::PcaParams p;
        p.variance = 0.95;  // 80 % + 20 %: two components
        const PcaSubspace model = PcaSubspace::fit(plane(), p);
        QCOMPARE(model.components(), 2);
        // The basis is orthonormal and spans the plane: no z component.
        const Eigen::MatrixXf gram = model.basis().transpose() * model.basis();
        QVERIFY((gram - Eigen::MatrixXf::Identity(2, 2)).cwiseAbs().maxCoeff() < 1e-5f);
        QVERIFY(model.basis().row(2).cwiseAbs().maxCoeff() < 1e-6f);
        QVERIFY(std::abs(model.explainedVariance() - 1.0) < 1e-9);
        QCOMPARE(model.fittedSummary(), std::string("kept 2 of 3 components (100.0 % of the variance)"));
        awb::Matrix rows(3, 3);
        rows << 1, 0.5f, 3,   // 3 above the plane
            -1.5f, 0.25f, 0,  // on it
            0, 0, -0.5f;      // just below it
        const std::vector<float> s = model.score(rows);
        QVERIFY(std::abs(s[0] - 9.0f) < 1e-5f);
        QVERIFY(std::abs(s[1]) < 1e-6f);
        QVERIFY(std::abs(s[2] - 0.25f) < 1e-6f);
        const std::vector<double> r = model.explain(rows.row(0).data());
        QVERIFY(std::abs(r[0]) < 1e-9 && std::abs(r[1]) < 1e-9);
        QVERIFY(std::abs(r[2] - 9.0) < 1e-5);
    }

    void oneComponentLeavesTheSecondAxisOut()
    {
        awb::PcaParams p;
        p.components = 1;  // only the x axis (variance 16/3) spans the normal subspace
        const PcaSubspace model = PcaSubspace::fit(plane(), p);
        awb::Matrix row(1, 3);
        row << 1, 0.5f, 3;
        QVERIFY(std::abs(model.score(row)[0] - (0.25f + 9.0f)) < 1e-5f);
    }

    void componentsChosenAsScikitLearnDoes_data()
    {
        QTest::addColumn<double>("variance");
        QTest::addColumn<int>("components");
        // Ratios 0.8, 0.2, 0: searchsorted(cumsum, v, side="right") + 1.
        QTest::newRow("0.5") << 0.5 << 1;
        QTest::newRow("0.79") << 0.79 << 1;
        QTest::newRow("0.8 exactly") << 0.8 << 2;
        QTest::newRow("0.95") << 0.95 << 2;
        QTest::newRow("1.0") << 1.0 << 3;
    }

    void componentsChosenAsScikitLearnDoes()
    {
        QFETCH(double, variance);
        QFETCH(int, components);
        QCOMPARE(awb::componentsForVariance({16.0 / 3, 4.0 / 3, 0.0}, variance), components);
    }

    void sameModelOnAnyThreadCount()
    {
        awb::Random rng(3);
        awb::Matrix x(20000, 6);
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            for (Eigen::Index j = 0; j < x.cols(); ++j)
                x(i, j) = static_cast<float>(rng.normal() * (j + 1));
        const PcaSubspace one = PcaSubspace::fit(x, {}, 1), two = PcaSubspace::fit(x, {}, 2);
        QCOMPARE(one.score(x, 1), two.score(x, 2));
    }

    void cancellationThrows()
    {
        awb::CancelFlag cancel{true};
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, PcaSubspace::fit(plane(), {}, 1, {}, &cancel));
        const PcaSubspace model = PcaSubspace::fit(plane(), {});
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, model.score(plane(), 1, {}, &cancel));
    }

    void savedModelScoresIdentically()
    {
        const PcaSubspace model = PcaSubspace::fit(plane(), {});
        std::stringstream file;
        model.save(file);
        const PcaSubspace loaded = PcaSubspace::load(file, "model.awb");
        QCOMPARE(loaded.score(plane()), model.score(plane()));
        std::stringstream cut(file.str().substr(0, 30));
        QVERIFY_THROWS_EXCEPTION(awb::InputError, PcaSubspace::load(cut, "model.awb"));
    }

    // A damaged header claiming the largest basis (65,536 x 65,536 floats, 16 GiB) in a file of a few
    // bytes is rejected before anything is allocated for it.
    void claimedSizesBeyondTheFileAreRejected()
    {
        std::stringstream file;
        PcaSubspace::fit(plane(), {}).save(file);
        std::string bytes = file.str();
        const std::uint64_t huge = 1u << 16;
        std::memcpy(bytes.data() + 12, &huge, sizeof huge);  // after the 8-byte tag and the version
        std::memcpy(bytes.data() + 20, &huge, sizeof huge);
        std::stringstream damaged(bytes);
        try {
            PcaSubspace::load(damaged, "model.awb");
            QFAIL("a damaged model file was read");
        } catch (const awb::InputError &e) {
            QVERIFY2(QString(e.what()).contains("ends too early"), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(tst_Pca)
#include "tst_pca.moc"
