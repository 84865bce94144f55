// The Isolation Forest: c(n) and path lengths against hand-computed values, planted outliers
// ranked first, the height limit and sample size, determinism across thread counts,
// cancellation, model files, and the detector's schema.
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "common/InputError.h"
#include "common/Random.h"
#include "models/iforest/IsolationForest.h"
#include "models/iforest/IsolationForestDetector.h"

using awb::IsolationForest;
using Node = IsolationForest::Node;

namespace {

awb::Matrix gaussianWithOutliers(int rows, int outliers, int features, std::uint64_t seed)
{
    awb::Random rng(seed);
    awb::Matrix x(rows + outliers, features);
    for (int i = 0; i < rows; ++i)
        for (int f = 0; f < features; ++f)
            x(i, f) = static_cast<float>(rng.normal());
    for (int i = rows; i < rows + outliers; ++i)
        for (int f = 0; f < features; ++f)
            x(i, f) = static_cast<float>((rng.chance(0.5) ? 1 : -1) * rng.uniform(6.0, 9.0));
    return x;
}

// h(x) by walking the node lists: the definition, against which the compiled layout is checked.
double walkedPathLength(const std::vector<Node> &tree, const float *row)
{
    std::int32_t node = 0;
    while (tree[std::size_t(node)].feature >= 0)
        node = row[tree[std::size_t(node)].feature] < tree[std::size_t(node)].splitValue ? tree[std::size_t(node)].left
                                                                                       : tree[std::size_t(node)].right;
    return tree[std::size_t(node)].leafPathLength;
}

int depthOf(const std::vector<Node> &tree, std::int32_t node = 0)
{
    const Node &n = tree[std::size_t(node)];
    return n.feature < 0 ? 0 : 1 + std::max(depthOf(tree, n.left), depthOf(tree, n.right));
}

} // namespace

class tst_IsolationForest : public QObject {
    Q_OBJECT

private slots:
    void averagePathLength_data()
    {
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("expected");
        // c(n) = 2 H(n-1) - 2 (n-1) / n with H(i) = ln(i) + 0.5772156649, c(1) = 0, c(2) = 1.
        QTest::newRow("1") << 1.0 << 0.0;
        QTest::newRow("2") << 2.0 << 1.0;
        QTest::newRow("3") << 3.0 << 1.207392357586557;    // 2 (ln 2 + g) - 4/3
        QTest::newRow("256") << 256.0 << 10.244770920116851;  // 2 (ln 255 + g) - 510/256
    }

    void averagePathLength()
    {
        QFETCH(double, n);
        QFETCH(double, expected);
        QVERIFY(std::abs(awb::averagePathLength(n) - expected) < 1e-12);
    }

    void pathLengthsOnAHandBuiltTree()
    {
        // x0 < 0.5 -> leaf of 3 samples at depth 1; else x1 < 2 -> leaf of 1 at depth 2, else leaf of 2.
        const double c3 = awb::averagePathLength(3);
        std::vector<Node> tree(5);
        tree[0] = {0.5f, 0, 1, 2, 0.0f};
        tree[1].leafPathLength = float(1 + c3);
        tree[2] = {2.0f, 1, 3, 4, 0.0f};
        tree[3].leafPathLength = 2.0f;
        tree[4].leafPathLength = 3.0f;  // 2 + c(2)
        const IsolationForest forest = IsolationForest::fromTrees({tree}, 2, 4);
        awb::Matrix x(3, 2);
        x << 0.2f, 9.0f, 0.7f, 1.0f, 0.7f, 5.0f;
        const std::vector<float> s = forest.score(x, 1);
        const double c4 = awb::averagePathLength(4);
        QVERIFY(std::abs(s[0] - std::exp2(-(1 + c3) / c4)) < 1e-6);  // 0.43766
        QVERIFY(std::abs(s[1] - std::exp2(-2.0 / c4)) < 1e-6);       // 0.47299
        QVERIFY(std::abs(s[2] - std::exp2(-3.0 / c4)) < 1e-6);       // 0.32530
        QVERIFY(std::abs(s[0] - 0.4376598631629028) < 1e-6);
    }

    void compiledScoringEqualsTheTreeWalk()
    {
        const awb::Matrix x = gaussianWithOutliers(3000, 30, 6, 1);
        awb::IsolationForestParams p;
        p.trees = 20;
        const IsolationForest forest = IsolationForest::fit(x, p);
        const std::vector<float> s = forest.score(x);
        const double norm = awb::averagePathLength(double(forest.sampleSize())) * forest.trees().size();
        for (Eigen::Index r = 0; r < x.rows(); r += 7) {
            double sum = 0;
            for (const auto &tree : forest.trees())
                sum += walkedPathLength(tree, x.row(r).data());
            QVERIFY(std::abs(s[std::size_t(r)] - std::exp2(-sum / norm)) < 1e-5);
        }
    }

    void plantedOutliersRankFirst()
    {
        const awb::Matrix x = gaussianWithOutliers(2000, 10, 5, 2);
        const std::vector<float> s = IsolationForest::fit(x, {}).score(x);
        std::vector<int> order(s.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return s[std::size_t(a)] > s[std::size_t(b)]; });
        for (int i = 0; i < 10; ++i)
            QVERIFY2(order[std::size_t(i)] >= 2000, qPrintable(QString("rank %1 is row %2").arg(i).arg(order[std::size_t(i)])));
        QVERIFY(s[2005] > 0.6f && s[0] < 0.6f);
    }

    void heightLimitAndSampleSize_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("maxSamples");
        QTest::addColumn<int>("sampleSize");
        QTest::newRow("auto") << int(awb::SizeValue::Kind::Auto) << 0.0 << 256;
        QTest::newRow("count") << int(awb::SizeValue::Kind::Count) << 64.0 << 64;
        QTest::newRow("count beyond n") << int(awb::SizeValue::Kind::Count) << 5000.0 << 1000;
        QTest::newRow("fraction") << int(awb::SizeValue::Kind::Fraction) << 0.5 << 500;
    }

    void heightLimitAndSampleSize()
    {
        QFETCH(int, kind);
        QFETCH(double, maxSamples);
        QFETCH(int, sampleSize);
        const awb::Matrix x = gaussianWithOutliers(1000, 0, 3, 3);
        awb::IsolationForestParams p;
        p.trees = 10;
        p.maxSamples = {awb::SizeValue::Kind(kind), maxSamples};
        const IsolationForest forest = IsolationForest::fit(x, p);
        QCOMPARE(int(forest.sampleSize()), sampleSize);
        const int limit = int(std::ceil(std::log2(double(sampleSize))));
        for (const auto &tree : forest.trees())
            QVERIFY(depthOf(tree) <= limit);
    }

    void constantFeaturesAreNeverSplitOn()
    {
        awb::Matrix x = gaussianWithOutliers(500, 0, 3, 4);
        x.col(1).setConstant(7.0f);
        const IsolationForest forest = IsolationForest::fit(x, {});
        for (const auto &tree : forest.trees())
            for (const Node &n : tree)
                QVERIFY(n.feature != 1);
    }

    // One training row would give every score NaN (c(1) = 0): the fit says so instead.
    void oneRowIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IsolationForest::fit(gaussianWithOutliers(1, 0, 3, 4), {}));
        const IsolationForest two = IsolationForest::fit(gaussianWithOutliers(2, 0, 3, 4), {});
        for (const float s : two.score(gaussianWithOutliers(2, 0, 3, 4)))
            QVERIFY(std::isfinite(s));
    }

    void sameSeedSameScoresOnAnyThreadCount()
    {
        const awb::Matrix x = gaussianWithOutliers(3000, 20, 4, 5);
        awb::IsolationForestParams p;
        const std::vector<float> one = IsolationForest::fit(x, p, 1).score(x, 1);
        QCOMPARE(IsolationForest::fit(x, p, 2).score(x, 2), one);
        p.seed = 7;
        QVERIFY(IsolationForest::fit(x, p, 2).score(x, 2) != one);
    }

    void schemaDefaultsAreTheStructs()
    {
        const awb::IsolationForestDetector detector;
        const awb::ParamSet defaults = detector.schema().defaults();
        const awb::IsolationForestParams read = awb::IsolationForestDetector::binding().read(defaults);
        const awb::IsolationForestParams plain;
        QCOMPARE(read.trees, plain.trees);
        QVERIFY(read.maxSamples == plain.maxSamples && read.maxFeatures == plain.maxFeatures);
        QCOMPARE(read.seed, plain.seed);
        QCOMPARE(detector.automaticThreshold().value_or(-1.0), 0.5);  // scikit-learn's 'auto'
        const awb::ParamSet set = detector.schema().set(defaults, "max_samples", "0.25");
        QCOMPARE(awb::IsolationForestDetector::binding().read(set).maxSamples,
                 (awb::SizeValue{awb::SizeValue::Kind::Fraction, 0.25}));
        QVERIFY_THROWS_EXCEPTION(awb::InputError, detector.schema().set(defaults, "trees", "0"));
        QVERIFY_THROWS_EXCEPTION(awb::InputError, detector.schema().set(defaults, "max_features", "auto"));
    }

    void cancellationThrows()
    {
        const awb::Matrix x = gaussianWithOutliers(1000, 0, 3, 8);
        awb::CancelFlag cancel{true};
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, IsolationForest::fit(x, {}, 0, {}, &cancel));
        const IsolationForest forest = IsolationForest::fit(x, {});
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, forest.score(x, 1, {}, &cancel));
    }

    void savedForestScoresIdentically()
    {
        const awb::Matrix x = gaussianWithOutliers(1000, 10, 4, 9);
        awb::IsolationForestParams p;
        p.maxFeatures = {awb::SizeValue::Kind::Count, 3};
        const IsolationForest forest = IsolationForest::fit(x, p);
        std::stringstream file;
        forest.save(file);
        const IsolationForest loaded = IsolationForest::load(file, "model.awb");
        QCOMPARE(loaded.score(x), forest.score(x));
        QVERIFY(loaded.params().maxFeatures == p.maxFeatures);
    }

    void damagedFilesAreClearErrors_data()
    {
        QTest::addColumn<int>("cut");     // keep this many bytes; -1: corrupt a link instead
        QTest::newRow("empty") << 0;
        QTest::newRow("header only") << 12;
        QTest::newRow("cut in a tree") << 300;
        QTest::newRow("broken link") << -1;
    }

    void damagedFilesAreClearErrors()
    {
        QFETCH(int, cut);
        const awb::Matrix x = gaussianWithOutliers(300, 0, 3, 10);
        awb::IsolationForestParams p;
        p.trees = 3;
        std::stringstream good;
        IsolationForest::fit(x, p).save(good);
        std::string bytes = good.str();
        if (cut >= 0) {
            bytes.resize(std::size_t(cut));
        } else {
            // The first node's left child is stored after the parameters: point it backwards.
            // magic, version, trees, max samples (kind, value), max features (kind, value), bootstrap,
            // seed, features, sample size, tree count, the first tree's node count.
            const std::size_t firstNode = 8 + 4 + 8 + 1 + 8 + 1 + 8 + 1 + 8 + 8 + 8 + 8 + 8;
            const std::int32_t backwards = -5;
            std::memcpy(bytes.data() + firstNode + 8, &backwards, sizeof backwards);
        }
        std::stringstream damaged(bytes);
        QVERIFY_THROWS_EXCEPTION(awb::InputError, IsolationForest::load(damaged, "model.awb"));
    }
};

QTEST_APPLESS_MAIN(tst_IsolationForest)
#include "tst_isolationforest.moc"
