// The autoencoder as an ONNX graph: per layer MatMul, Add and its activation (the hidden one, the
// output one on the last layer), then the mean over features of the squared error. In double, as
// Autoencoder::score computes it, from the features and the float weights widened; the score is
// then rounded to float.
#include "common/OnnxGraph.h"
#include "models/autoencoder/Autoencoder.h"

namespace awb {
namespace {

std::string activated(OnnxGraph &graph, const std::string &z, Activation activation, const std::string &name)
{
    switch (activation) {
    case Activation::ReLU: return graph.node("Relu", {z}, name);
    case Activation::LeakyReLU: {  // max(z, slope * z): ONNX Runtime has LeakyRelu for float only
        const std::string sloped = graph.node("Mul", {z, graph.doubles(name + "_slope", {double(kLeakySlope)}, {})}, name + "_sloped");
        return graph.node("Max", {z, sloped}, name);
    }
    case Activation::Tanh: return graph.node("Tanh", {z}, name);
    case Activation::Sigmoid: return graph.node("Sigmoid", {z}, name);
    case Activation::Linear: break;
    }
    return z;
}

} // namespace

std::optional<std::string> Autoencoder::exportOnnx(OnnxGraph &graph, const std::string &features) const
{
    const std::int64_t toDouble = static_cast<std::int64_t>(OnnxGraph::Type::Double);
    const std::string input = graph.node("Cast", {features}, "ae_input", {{"to", toDouble}});
    const auto widened = [](const float *begin, Eigen::Index size) { return std::vector<double>(begin, begin + size); };
    std::string a = input;
    for (std::size_t l = 0; l < weights_.size(); ++l) {
        const Matrix &w = weights_[l];
        const std::string layer = "ae_layer" + std::to_string(l + 1);
        const std::string product = graph.node(
            "MatMul", {a, graph.doubles(layer + "_w", widened(w.data(), w.size()), {w.rows(), w.cols()})}, layer + "_product");
        const Eigen::RowVectorXf &b = biases_[l];
        const std::string z = graph.node("Add", {product, graph.doubles(layer + "_b", widened(b.data(), b.size()), {b.size()})},
                                         layer + "_z");
        a = activated(graph, z, l + 1 < weights_.size() ? params_.activation : params_.outputActivation, layer + "_a");
    }
    const std::string error = graph.node("Sub", {a, input}, "ae_error");
    const std::string squared = graph.node("Mul", {error, error}, "ae_squared_error");
    const std::string mean = graph.node("ReduceMean", {squared}, "ae_mean_squared_error",
                                        {{"axes", std::vector<std::int64_t>{1}}, {"keepdims", std::int64_t{0}}});
    return graph.node("Cast", {mean}, "ae_score", {{"to", static_cast<std::int64_t>(OnnxGraph::Type::Float)}});
}

} // namespace awb
