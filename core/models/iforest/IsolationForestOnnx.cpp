// The forest as an ONNX graph: every tree's nodes in one ai.onnx.ml TreeEnsembleRegressor whose
// leaves hold their path lengths (depth + c(leaf size)), averaged over the trees, then
// 2^(-mean / c(psi)): the arithmetic skl2onnx emits for scikit-learn's score_samples, negated.
#include "common/OnnxGraph.h"
#include "models/iforest/IsolationForest.h"

namespace awb {

std::optional<std::string> IsolationForest::exportOnnx(OnnxGraph &graph, const std::string &features) const
{
    std::vector<std::int64_t> treeIds, nodeIds, featureIds, trueIds, falseIds, targetTrees, targetNodes, targetIds;
    std::vector<float> values, weights;
    std::vector<std::string> modes;
    for (std::size_t t = 0; t < trees_.size(); ++t)
        for (std::size_t i = 0; i < trees_[t].size(); ++i) {
            const Node &n = trees_[t][i];
            const bool leaf = n.feature < 0;
            treeIds.push_back(static_cast<std::int64_t>(t));
            nodeIds.push_back(static_cast<std::int64_t>(i));
            featureIds.push_back(leaf ? 0 : n.feature);
            values.push_back(leaf ? 0.0f : n.splitValue);
            modes.emplace_back(leaf ? "LEAF" : "BRANCH_LT");  // left when x[feature] < splitValue
            trueIds.push_back(leaf ? 0 : n.left);
            falseIds.push_back(leaf ? 0 : n.right);
            if (leaf) {
                targetTrees.push_back(static_cast<std::int64_t>(t));
                targetNodes.push_back(static_cast<std::int64_t>(i));
                targetIds.push_back(0);
                weights.push_back(n.leafPathLength);
            }
        }
    const std::string mean = graph.node("TreeEnsembleRegressor", {features}, "iforest_mean_path",
                                        {{"n_targets", std::int64_t{1}},
                                         {"aggregate_function", std::string("AVERAGE")},
                                         {"nodes_treeids", treeIds},
                                         {"nodes_nodeids", nodeIds},
                                         {"nodes_featureids", featureIds},
                                         {"nodes_values", values},
                                         {"nodes_modes", modes},
                                         {"nodes_truenodeids", trueIds},
                                         {"nodes_falsenodeids", falseIds},
                                         {"target_treeids", targetTrees},
                                         {"target_nodeids", targetNodes},
                                         {"target_ids", targetIds},
                                         {"target_weights", weights}},
                                        "ai.onnx.ml");
    const auto norm = static_cast<float>(averagePathLength(static_cast<double>(sampleSize_)));
    const std::string exponent = graph.node("Neg", {graph.node("Div", {mean, graph.floats("iforest_c", {norm}, {})},
                                                               "iforest_relative_path")},
                                            "iforest_exponent");
    const std::string score = graph.node("Pow", {graph.floats("two", {2.0f}, {}), exponent}, "iforest_s_column");
    return graph.node("Reshape", {score, graph.int64s("flat", {-1}, {1})}, "iforest_s");
}

} // namespace awb
