// Fitting sorts each feature once (features in parallel) and tabulates its tail terms at the
// distinct values, so scoring a value is one binary search and two table reads.
#include "models/ecod/Ecod.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <stdexcept>
#include <thread>

#include "common/BinaryStream.h"
#include "common/ParallelChunks.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'E', 'C', 'O', 'D', '1'};
constexpr std::uint32_t kVersion = 1;

int resolveThreads(int threads)
{
    return threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Sign of the (biased, as scipy.stats.skew) sample skewness of one column.
bool negativelySkewed(const TrainingRows &data, Eigen::Index column)
{
    const auto n = static_cast<double>(data.rows());
    double mean = 0.0;
    for (Eigen::Index i = 0; i < data.rows(); ++i)
        mean += data(i, column);
    mean /= n;
    double m2 = 0.0, m3 = 0.0;
    for (Eigen::Index i = 0; i < data.rows(); ++i) {
        const double d = data(i, column) - mean;
        m2 += d * d;
        m3 += d * d * d;
    }
    return m2 > 0.0 && m3 < 0.0;
}

} // namespace

Ecod Ecod::fit(const TrainingRows &data, int threads, const ProgressFn &progress, const CancelFlag *cancel)
{
    const Eigen::Index n = data.rows(), d = data.cols();
    if (n < 2 || d < 1)  // one row's tails are all 1/2: every score the same
        throw std::invalid_argument("ECOD needs at least two training rows and one feature.");
    Ecod model;
    model.rows_ = static_cast<std::uint64_t>(n);
    model.features_.resize(static_cast<std::size_t>(d));
    const double logTotal = std::log(static_cast<double>(n) + 1.0);
    std::atomic<std::uint64_t> done{0};
    parallelChunks(static_cast<std::size_t>(d), resolveThreads(threads), [&](int, std::size_t begin, std::size_t end) {
        std::vector<float> column(static_cast<std::size_t>(n));
        for (std::size_t j = begin; j < end; ++j) {
            throwIfCancelled(cancel);
            for (Eigen::Index i = 0; i < n; ++i)
                column[static_cast<std::size_t>(i)] = data(i, static_cast<Eigen::Index>(j));
            std::sort(column.begin(), column.end());
            Feature &f = model.features_[j];
            std::vector<std::uint64_t> atOrBelow;  // training values <= values[i]
            for (std::size_t i = 0; i < column.size(); ++i) {
                if (f.values.empty() || column[i] != f.values.back()) {
                    f.values.push_back(column[i]);
                    atOrBelow.push_back(0);
                }
                atOrBelow.back() = i + 1;
            }
            const std::size_t m = f.values.size();
            const auto term = [&](std::uint64_t count) { return logTotal - std::log(static_cast<double>(count) + 1.0); };
            f.left.resize(m + 1);
            f.right.resize(m + 1);
            f.left[0] = term(0);
            for (std::size_t i = 0; i < m; ++i)
                f.left[i + 1] = term(atOrBelow[i]);
            for (std::size_t i = 0; i < m; ++i)
                f.right[i] = term(static_cast<std::uint64_t>(n) - (i == 0 ? 0 : atOrBelow[i - 1]));
            f.right[m] = term(0);
            f.leftSkewed = negativelySkewed(data, static_cast<Eigen::Index>(j));
            report(progress, {ProgressEvent::Stage::Fitting, ++done, static_cast<std::uint64_t>(d)});
        }
    }, 1);
    return model;
}

void Ecod::terms(const Feature &f, float x, double &left, double &right) const
{
    // upper: the first distinct value above x; x equals values[upper - 1] when present.
    const auto upper = static_cast<std::size_t>(std::upper_bound(f.values.begin(), f.values.end(), x) - f.values.begin());
    left = f.left[upper];
    const std::size_t lower = upper > 0 && f.values[upper - 1] == x ? upper - 1 : upper;
    right = f.right[lower];
}

std::vector<float> Ecod::score(ConstMatrixRef data, int threads, const ProgressFn &progress, const CancelFlag *cancel) const
{
    if (static_cast<std::size_t>(data.cols()) != features_.size())
        throw std::invalid_argument("The data has " + std::to_string(data.cols()) + " features; ECOD was trained on " +
                                    std::to_string(features_.size()) + ".");
    const auto n = static_cast<std::size_t>(data.rows());
    std::vector<float> scores(n);
    std::atomic<std::uint64_t> scored{0};
    constexpr std::size_t kBlock = 2048;
    parallelChunks((n + kBlock - 1) / kBlock, resolveThreads(threads), [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t b = begin; b < end; ++b) {
            throwIfCancelled(cancel);
            const std::size_t first = b * kBlock, last = std::min(n, first + kBlock);
            for (std::size_t i = first; i < last; ++i) {
                const float *row = data.row(static_cast<Eigen::Index>(i)).data();
                double sumLeft = 0.0, sumRight = 0.0, sumSkew = 0.0;
                for (std::size_t j = 0; j < features_.size(); ++j) {
                    double left = 0.0, right = 0.0;
                    terms(features_[j], row[j], left, right);
                    sumLeft += left;
                    sumRight += right;
                    sumSkew += features_[j].leftSkewed ? left : right;
                }
                scores[i] = static_cast<float>(std::max({sumLeft, sumRight, sumSkew}));
            }
            report(progress, {ProgressEvent::Stage::Scoring, scored += last - first, n});
        }
    }, 1);
    return scores;
}

std::vector<double> Ecod::explain(const float *row) const
{
    std::vector<double> left(features_.size()), right(features_.size()), skew(features_.size());
    double sumLeft = 0.0, sumRight = 0.0, sumSkew = 0.0;
    for (std::size_t j = 0; j < features_.size(); ++j) {
        terms(features_[j], row[j], left[j], right[j]);
        skew[j] = features_[j].leftSkewed ? left[j] : right[j];
        sumLeft += left[j];
        sumRight += right[j];
        sumSkew += skew[j];
    }
    if (sumLeft >= sumRight && sumLeft >= sumSkew)
        return left;
    return sumRight >= sumSkew ? right : skew;
}

void Ecod::save(std::ostream &out) const
{
    BinaryWriter w(out);
    w.magic(kMagic);
    w.value(kVersion);
    w.value<std::uint64_t>(rows_);
    w.value<std::uint64_t>(features_.size());
    for (const Feature &f : features_) {
        w.value<std::uint8_t>(f.leftSkewed ? 1 : 0);
        w.value<std::uint64_t>(f.values.size());
        w.floats(f.values.data(), f.values.size());
        for (const auto *table : {&f.left, &f.right})
            for (const double t : *table)
                w.value(t);
    }
}

Ecod Ecod::load(std::istream &in, const std::string &fileName)
{
    BinaryReader r(in, fileName, "The ECOD detector in this model file");
    r.expectMagic(kMagic, "This model file holds no ECOD detector where one was expected.");
    if (r.value<std::uint32_t>() != kVersion)
        r.damaged("its format version is unknown");
    Ecod model;
    model.rows_ = r.value<std::uint64_t>();
    const auto d = r.count(1u << 20);
    if (model.rows_ == 0 || model.rows_ > (1ull << 40) || d == 0)
        r.damaged("its sizes are out of range");
    model.features_.resize(d);
    for (Feature &f : model.features_) {
        f.leftSkewed = r.value<std::uint8_t>() != 0;
        f.values.resize(r.count(model.rows_, sizeof(float)));
        if (f.values.empty())
            r.damaged("a feature has no values");
        r.floats(f.values.data(), f.values.size());
        if (!std::is_sorted(f.values.begin(), f.values.end()))
            r.damaged("a feature's values are out of order");
        for (auto *table : {&f.left, &f.right}) {
            table->resize(f.values.size() + 1);
            for (double &t : *table) {
                t = r.value<double>();
                if (!(t >= 0.0 && t < 1e3))
                    r.damaged("a tail probability is out of range");
            }
        }
    }
    return model;
}

} // namespace awb
