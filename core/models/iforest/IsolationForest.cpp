// Isolation Forest fitting and scoring. Each tree is grown from its own seed (derived from the
// forest's seed and the tree's index), so the forest is the same for any thread count. Trees are
// grown as node lists, then laid out as perfect binary trees of the height limit: scoring is then
// a fixed number of branch-free steps per tree, several rows at a time (CompiledForest).
#include "models/iforest/IsolationForest.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <thread>

#include "common/ParallelChunks.h"
#include "common/Random.h"
#include "models/iforest/CompiledForest.h"

namespace awb {
namespace {

constexpr double kEulerGamma = 0.5772156649;

int resolveThreads(int threads)
{
    return threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

std::uint64_t treeSeed(std::uint64_t seed, std::size_t tree)
{
    return seed * 0x9e3779b97f4a7c15ULL + 0xbf58476d1ce4e5b9ULL * (tree + 1);
}

class TreeBuilder {
public:
    TreeBuilder(ConstMatrixRef data, std::vector<int> features, int heightLimit, Random &rng)
        : data_(data), features_(std::move(features)), heightLimit_(heightLimit), rng_(rng) {}

    std::vector<IsolationForest::Node> build(std::vector<Eigen::Index> rows)
    {
        rows_ = std::move(rows);
        nodes_.clear();
        grow(0, rows_.size(), 0);
        return std::move(nodes_);
    }

private:
    // Grows the node for rows_[begin, end) at `depth`; returns its index.
    std::int32_t grow(std::size_t begin, std::size_t end, int depth)
    {
        const auto index = static_cast<std::int32_t>(nodes_.size());
        nodes_.emplace_back();
        const std::size_t size = end - begin;
        if (depth >= heightLimit_ || size <= 1)
            return leaf(index, size, depth);
        // A random feature that is not constant in this node; none left: a leaf.
        std::size_t candidates = features_.size();
        while (candidates > 0) {
            const std::size_t pick = rng_.below(candidates);
            const int feature = features_[pick];
            float lo = data_(rows_[begin], feature), hi = lo;
            for (std::size_t i = begin + 1; i < end; ++i) {
                const float v = data_(rows_[i], feature);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            if (hi > lo) {
                float split = static_cast<float>(rng_.uniform(lo, hi));
                if (!(split > lo))
                    split = std::nextafter(lo, hi);  // keep both sides non-empty
                const auto middle = std::partition(rows_.begin() + static_cast<std::ptrdiff_t>(begin),
                                                   rows_.begin() + static_cast<std::ptrdiff_t>(end),
                                                   [&](Eigen::Index r) { return data_(r, feature) < split; });
                const auto mid = static_cast<std::size_t>(middle - rows_.begin());
                nodes_[static_cast<std::size_t>(index)].feature = feature;
                nodes_[static_cast<std::size_t>(index)].splitValue = split;
                const std::int32_t left = grow(begin, mid, depth + 1);
                const std::int32_t right = grow(mid, end, depth + 1);
                nodes_[static_cast<std::size_t>(index)].left = left;
                nodes_[static_cast<std::size_t>(index)].right = right;
                return index;
            }
            std::swap(features_[pick], features_[candidates - 1]);
            --candidates;
        }
        return leaf(index, size, depth);
    }

    std::int32_t leaf(std::int32_t index, std::size_t size, int depth)
    {
        nodes_[static_cast<std::size_t>(index)].leafPathLength =
            static_cast<float>(depth + averagePathLength(static_cast<double>(size)));
        return index;
    }

    ConstMatrixRef data_;
    std::vector<int> features_;
    int heightLimit_;
    Random &rng_;
    std::vector<Eigen::Index> rows_;
    std::vector<IsolationForest::Node> nodes_;
};

std::size_t resolveSampleSize(const IsolationForestParams &p, std::size_t n)
{
    using Kind = SizeValue::Kind;
    switch (p.maxSamples.kind) {
    case Kind::Auto: return std::min<std::size_t>(256, n);
    case Kind::Count: return std::min<std::size_t>(static_cast<std::size_t>(p.maxSamples.value), n);
    case Kind::Fraction:
        return std::max<std::size_t>(1, static_cast<std::size_t>(p.maxSamples.value * static_cast<double>(n)));
    }
    return n;
}

std::size_t resolveFeatureCount(const IsolationForestParams &p, std::size_t features)
{
    if (p.maxFeatures.kind == SizeValue::Kind::Count)
        return std::clamp<std::size_t>(static_cast<std::size_t>(p.maxFeatures.value), 1, features);
    return std::clamp<std::size_t>(static_cast<std::size_t>(p.maxFeatures.value * static_cast<double>(features)), 1,
                                   features);
}

} // namespace

double averagePathLength(double n)
{
    if (n <= 1.0)
        return 0.0;
    if (n <= 2.0)
        return 1.0;
    return 2.0 * (std::log(n - 1.0) + kEulerGamma) - 2.0 * (n - 1.0) / n;
}

IsolationForest IsolationForest::fit(const TrainingRows &data, const IsolationForestParams &params, int threads,
                                     const ProgressFn &progress, const CancelFlag *cancel)
{
    const auto n = static_cast<std::size_t>(data.rows());
    const auto d = static_cast<std::size_t>(data.cols());
    if (n < 2 || d == 0)  // path lengths are normalised by c(n), which is 0 for one row
        throw std::invalid_argument("The Isolation Forest needs at least two training rows and one feature.");
    if (params.trees < 1)
        throw std::invalid_argument("The Isolation Forest needs at least one tree.");

    IsolationForest forest;
    forest.params_ = params;
    forest.features_ = d;
    forest.sampleSize_ = resolveSampleSize(params, n);
    const int heightLimit = static_cast<int>(std::ceil(std::log2(std::max<double>(static_cast<double>(forest.sampleSize_), 2.0))));
    const std::size_t treeFeatures = resolveFeatureCount(params, d);
    forest.trees_.resize(static_cast<std::size_t>(params.trees));
    std::atomic<std::uint64_t> built{0};

    parallelChunks(forest.trees_.size(), resolveThreads(threads), [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t t = begin; t < end; ++t) {
            throwIfCancelled(cancel);
            Random rng(treeSeed(params.seed, t));
            std::vector<Eigen::Index> rows(forest.sampleSize_);
            if (params.bootstrap) {
                for (auto &r : rows)
                    r = static_cast<Eigen::Index>(rng.below(n));
            } else {
                // Floyd's algorithm: a uniform sample without replacement, without an n-sized array.
                std::vector<Eigen::Index> chosen;
                chosen.reserve(forest.sampleSize_);
                std::vector<bool> taken(n);
                for (std::size_t j = n - forest.sampleSize_; j < n; ++j) {
                    auto r = static_cast<Eigen::Index>(rng.below(j + 1));
                    if (taken[static_cast<std::size_t>(r)])
                        r = static_cast<Eigen::Index>(j);
                    taken[static_cast<std::size_t>(r)] = true;
                    chosen.push_back(r);
                }
                rows = std::move(chosen);
            }
            for (auto &r : rows)
                r = data.matrixRow(r);
            std::vector<int> features(d);
            std::iota(features.begin(), features.end(), 0);
            for (std::size_t i = 0; i < treeFeatures; ++i)
                std::swap(features[i], features[i + rng.below(d - i)]);
            features.resize(treeFeatures);
            std::sort(features.begin(), features.end());
            forest.trees_[t] = TreeBuilder(data.matrix(), std::move(features), heightLimit, rng).build(std::move(rows));
            report(progress, {ProgressEvent::Stage::Fitting, ++built, static_cast<std::uint64_t>(params.trees)});
        }
    }, 1);
    forest.compile();
    return forest;
}

void IsolationForest::compile()
{
    compiled_ = std::make_shared<const CompiledForest>(trees_);
}

std::vector<float> IsolationForest::score(ConstMatrixRef data, int threads, const ProgressFn &progress,
                                          const CancelFlag *cancel) const
{
    if (static_cast<std::size_t>(data.cols()) != features_)
        throw std::invalid_argument("The data has " + std::to_string(data.cols()) + " features; the forest was trained on " +
                                    std::to_string(features_) + ".");
    const auto n = static_cast<std::size_t>(data.rows());
    std::vector<float> scores(n);
    const double norm = averagePathLength(static_cast<double>(sampleSize_)) * static_cast<double>(trees_.size());
    std::atomic<std::uint64_t> scored{0};
    constexpr std::size_t kBlock = 4096;
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    parallelChunks(blocks, resolveThreads(threads), [&](int, std::size_t begin, std::size_t end) {
        std::vector<float> pathSums(kBlock);
        for (std::size_t b = begin; b < end; ++b) {
            throwIfCancelled(cancel);
            const std::size_t first = b * kBlock, count = std::min(kBlock, n - first);
            compiled_->pathLengthSums(data.middleRows(static_cast<Eigen::Index>(first), static_cast<Eigen::Index>(count)),
                                      pathSums.data());
            for (std::size_t i = 0; i < count; ++i)
                scores[first + i] = static_cast<float>(std::exp2(-pathSums[i] / norm));
            report(progress, {ProgressEvent::Stage::Scoring, scored += count, n});
        }
    }, 1);
    return scores;
}

int IsolationForest::shortDepth(std::size_t sampleSize)
{
    const int height = static_cast<int>(std::ceil(std::log2(std::max<double>(2.0, static_cast<double>(sampleSize)))));
    return std::max(1, (height + 1) / 2);
}

std::vector<double> IsolationForest::explain(const float *row) const
{
    const int depthLimit = shortDepth(sampleSize_);
    std::vector<double> counts(features_, 0.0);
    std::vector<int> path;
    for (const auto &tree : trees_) {
        path.clear();
        std::int32_t node = 0;
        while (tree[static_cast<std::size_t>(node)].feature >= 0) {
            const Node &split = tree[static_cast<std::size_t>(node)];
            path.push_back(split.feature);
            node = row[split.feature] < split.splitValue ? split.left : split.right;
        }
        if (static_cast<int>(path.size()) <= depthLimit)
            for (const int feature : path)
                counts[static_cast<std::size_t>(feature)] += 1.0;
    }
    return counts;
}

IsolationForest IsolationForest::fromTrees(std::vector<std::vector<Node>> trees, std::size_t features, std::size_t sampleSize)
{
    IsolationForest forest;
    forest.trees_ = std::move(trees);
    forest.features_ = features;
    forest.sampleSize_ = sampleSize;
    forest.params_.trees = static_cast<int>(forest.trees_.size());
    forest.compile();
    return forest;
}

} // namespace awb
