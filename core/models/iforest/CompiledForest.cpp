// CompiledForest: layout and the two traversals.
#include "models/iforest/CompiledForest.h"

#include <algorithm>
#include <limits>

namespace awb {
namespace {

int maxDepth(const std::vector<IsolationForest::Node> &tree, std::int32_t node, int level)
{
    const auto &n = tree[static_cast<std::size_t>(node)];
    if (n.feature < 0)
        return level;
    return std::max(maxDepth(tree, n.left, level + 1), maxDepth(tree, n.right, level + 1));
}

} // namespace

CompiledForest::CompiledForest(const std::vector<std::vector<IsolationForest::Node>> &trees)
{
    for (const auto &tree : trees)
        depth_ = std::max(depth_, tree.empty() ? 0 : maxDepth(tree, 0, 0));
    perfect_ = depth_ <= kMaxPerfectDepth;
    if (!perfect_) {
        trees_ = trees;
        return;
    }
    internalPerTree_ = (std::size_t{1} << depth_) - 1;
    leavesPerTree_ = std::size_t{1} << depth_;
    feature_.assign(trees.size() * internalPerTree_, 0);
    threshold_.assign(trees.size() * internalPerTree_, std::numeric_limits<float>::infinity());
    leaf_.assign(trees.size() * leavesPerTree_, 0.0f);
    for (std::size_t t = 0; t < trees.size(); ++t)
        if (!trees[t].empty())
            fill(trees[t], 0, 0, 0, t);
}

void CompiledForest::fill(const std::vector<IsolationForest::Node> &tree, std::int32_t node, std::size_t heapIndex,
                          int level, std::size_t t)
{
    const auto &n = tree[static_cast<std::size_t>(node)];
    if (level == depth_) {
        leaf_[t * leavesPerTree_ + heapIndex - internalPerTree_] = n.leafPathLength;
        return;
    }
    const std::size_t at = t * internalPerTree_ + heapIndex;
    if (n.feature < 0) {
        // An early leaf: +inf never compares greater-or-equal, so every row keeps going left.
        fill(tree, node, 2 * heapIndex + 1, level + 1, t);
        return;
    }
    feature_[at] = n.feature;
    threshold_[at] = n.splitValue;
    fill(tree, n.left, 2 * heapIndex + 1, level + 1, t);
    fill(tree, n.right, 2 * heapIndex + 2, level + 1, t);
}

void CompiledForest::pathLengthSums(ConstMatrixRef rows, float *out) const
{
    if (perfect_)
        perfectSums(rows, out);
    else
        walkedSums(rows, out);
}

void CompiledForest::perfectSums(ConstMatrixRef rows, float *out) const
{
    constexpr Eigen::Index kBlock = 256;  // rows whose features stay in cache across all trees
    constexpr int kLanes = 8;            // rows stepping together through one tree
    const std::size_t trees = leaf_.size() / leavesPerTree_;
    const Eigen::Index stride = rows.outerStride();
    for (Eigen::Index start = 0; start < rows.rows(); start += kBlock) {
        const Eigen::Index count = std::min(kBlock, rows.rows() - start);
        float *sums = out + start;
        std::fill(sums, sums + count, 0.0f);
        const float *base = rows.data() + start * stride;
        for (std::size_t t = 0; t < trees; ++t) {
            const std::int32_t *feature = feature_.data() + t * internalPerTree_;
            const float *threshold = threshold_.data() + t * internalPerTree_;
            const float *leaf = leaf_.data() + t * leavesPerTree_ - internalPerTree_;
            Eigen::Index r = 0;
            for (; r + kLanes <= count; r += kLanes) {
                const float *lane[kLanes];
                std::uint32_t idx[kLanes];
                for (int k = 0; k < kLanes; ++k) {
                    lane[k] = base + (r + k) * stride;
                    idx[k] = 0;
                }
                for (int level = 0; level < depth_; ++level)
                    for (int k = 0; k < kLanes; ++k)
                        idx[k] = 2 * idx[k] + 1 + (lane[k][feature[idx[k]]] >= threshold[idx[k]]);
                for (int k = 0; k < kLanes; ++k)
                    sums[r + k] += leaf[idx[k]];
            }
            for (; r < count; ++r) {
                const float *row = base + r * stride;
                std::uint32_t idx = 0;
                for (int level = 0; level < depth_; ++level)
                    idx = 2 * idx + 1 + (row[feature[idx]] >= threshold[idx]);
                sums[r] += leaf[idx];
            }
        }
    }
}

void CompiledForest::walkedSums(ConstMatrixRef rows, float *out) const
{
    for (Eigen::Index r = 0; r < rows.rows(); ++r) {
        const float *row = rows.row(r).data();
        float sum = 0.0f;
        for (const auto &tree : trees_) {
            std::int32_t node = 0;
            while (tree[static_cast<std::size_t>(node)].feature >= 0) {
                const auto &n = tree[static_cast<std::size_t>(node)];
                node = row[n.feature] < n.splitValue ? n.left : n.right;
            }
            sum += tree[static_cast<std::size_t>(node)].leafPathLength;
        }
        out[r] = sum;
    }
}

} // namespace awb
