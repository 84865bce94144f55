// Isolation Forest (Liu, Ting and Zhou, 2008), numerically as scikit-learn's IsolationForest:
// random axis-parallel splits isolate points; short average path lengths mean anomalies.
// Trees are flat node arrays built once and read many times; fit and score run over trees or rows
// on `threads` threads; the same seed and thread count give the same scores.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/Matrix.h"
#include "common/TrainingRows.h"
#include "common/Progress.h"
#include "models/ParamSchema.h"

namespace awb {

class CompiledForest;
class OnnxGraph;

struct IsolationForestParams {
    int trees = 100;
    SizeValue maxSamples{SizeValue::Kind::Auto, 0.0};       // rows per tree; Auto = min(256, n)
    SizeValue maxFeatures{SizeValue::Kind::Fraction, 1.0};  // features per tree
    bool bootstrap = false;
    std::uint64_t seed = 42;
};

// c(n): the average path length of an unsuccessful BST search, 2H(n-1) - 2(n-1)/n; c(1) = 0, c(2) = 1.
double averagePathLength(double n);

class IsolationForest {
public:
    struct Node {                // a flat tree: children at fixed offsets, no per-node allocation
        float splitValue = 0.0f; // go left when x[feature] < splitValue
        std::int32_t feature = -1;  // -1: a leaf
        std::int32_t left = -1;
        std::int32_t right = -1;
        float leafPathLength = 0.0f;  // depth + c(leaf size), for leaves
    };

    static IsolationForest fit(const TrainingRows &data, const IsolationForestParams &params, int threads = 0,
                               const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr);

    // Anomaly scores s(x) = 2^(-E[h(x)] / c(psi)), in (0, 1]; higher = more anomalous.
    std::vector<float> score(ConstMatrixRef data, int threads = 0, const ProgressFn &progress = {},
                             const CancelFlag *cancel = nullptr) const;

    const IsolationForestParams &params() const { return params_; }
    std::size_t featureCount() const { return features_; }
    std::size_t sampleSize() const { return sampleSize_; }
    const std::vector<std::vector<Node>> &trees() const { return trees_; }

    // How often each feature split the row's path near the root (at most shortDepth(sampleSize())
    // splits deep), summed over the trees: short paths are what isolate an anomaly.
    std::vector<double> explain(const float *row) const;
    // Half the trees' height limit ceil(log2(sample size)), where typical normal rows are still far
    // from isolated.
    static int shortDepth(std::size_t sampleSize);

    // ai.onnx.ml TreeEnsembleRegressor averaging the leaves' path lengths, then 2^(-mean / c(psi)),
    // as skl2onnx converts scikit-learn's forest.
    std::optional<std::string> exportOnnx(OnnxGraph &graph, const std::string &features) const;
    void save(std::ostream &out) const;
    static IsolationForest load(std::istream &in, const std::string &fileName);  // throws InputError

    // For tests: a forest built from given trees.
    static IsolationForest fromTrees(std::vector<std::vector<Node>> trees, std::size_t features,
                                     std::size_t sampleSize);

private:
    void compile();  // builds the scoring layout from trees_

    IsolationForestParams params_;
    std::vector<std::vector<Node>> trees_;
    std::shared_ptr<const CompiledForest> compiled_;
    std::size_t features_ = 0;
    std::size_t sampleSize_ = 0;
};

} // namespace awb
