// The scoring form of an Isolation Forest: every tree laid out as a perfect binary tree of the
// forest's depth (heap order, children of i at 2i+1 and 2i+2), with leaves that end early
// extended by pass-through nodes. A row then takes exactly `depth` branch-free steps per tree, and
// eight rows step together so the loads of one hide the latency of the others. Forests too deep
// for that layout (huge max_samples) are walked node by node instead.
#pragma once

#include <cstdint>
#include <vector>

#include "common/Matrix.h"
#include "models/iforest/IsolationForest.h"

namespace awb {

class CompiledForest {
public:
    explicit CompiledForest(const std::vector<std::vector<IsolationForest::Node>> &trees);

    // out[i] = sum over the trees of the path length h(row i).
    void pathLengthSums(ConstMatrixRef rows, float *out) const;

private:
    void fill(const std::vector<IsolationForest::Node> &tree, std::int32_t node, std::size_t heapIndex, int level,
              std::size_t tree_);
    void perfectSums(ConstMatrixRef rows, float *out) const;
    void walkedSums(ConstMatrixRef rows, float *out) const;

    static constexpr int kMaxPerfectDepth = 14;
    int depth_ = 0;
    bool perfect_ = false;
    std::size_t internalPerTree_ = 0, leavesPerTree_ = 0;
    std::vector<std::int32_t> feature_;
    std::vector<float> threshold_;
    std::vector<float> leaf_;
    std::vector<std::vector<IsolationForest::Node>> trees_;  // for the walked fallback
};

} // namespace awb
