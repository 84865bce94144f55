#include "pipeline/OnnxExport.h"

#include <cmath>
#include <limits>

#include "common/InputError.h"
#include "common/Json.h"
#include "common/OnnxGraph.h"

namespace awb {
namespace {

// The numeric block: log1p where set, the median for missing or infinite cells, then scaling.
std::string numericBlock(OnnxGraph &graph, const Preprocessor &p)
{
    const auto k = static_cast<std::int64_t>(p.numeric.size());
    std::vector<float> median, offset, scale;
    std::vector<bool> log;
    for (const NumericEncoding &n : p.numeric) {
        median.push_back(n.median);
        offset.push_back(n.offset);
        scale.push_back(n.scale);
        log.push_back(n.log1p);
    }
    graph.input("numeric", OnnxGraph::Type::Float, k);
    const std::string missing = graph.node("Or", {graph.node("IsNaN", {"numeric"}, "nan_cells"),
                                                  graph.node("IsInf", {"numeric"}, "infinite_cells")},
                                           "missing_cells");
    std::string value = "numeric";
    if (std::find(log.begin(), log.end(), true) != log.end()) {
        const std::string positive = graph.node("Max", {"numeric", graph.floats("zero", {0.0f}, {})}, "non_negative");
        const std::string logged = graph.node("Log", {graph.node("Add", {positive, graph.floats("one", {1.0f}, {})}, "plus_one")},
                                              "log1p");
        value = graph.node("Where", {graph.bools("log1p_columns", log, {k}), logged, "numeric"}, "logged");
    }
    const std::string imputed = graph.node("Where", {missing, graph.floats("medians", median, {k}), value}, "imputed");
    const std::string centred = graph.node("Sub", {imputed, graph.floats("offsets", offset, {k})}, "offset");
    return graph.node("Mul", {centred, graph.floats("scales", scale, {k})}, "scaled");
}

// One one-hot block per categorical column (ai.onnx.ml OneHotEncoder; unseen values: zeros).
std::vector<std::string> categoricalBlocks(OnnxGraph &graph, const Preprocessor &p)
{
    std::vector<std::string> blocks;
    graph.input("categorical", OnnxGraph::Type::String, static_cast<std::int64_t>(p.categorical.size()));
    for (std::size_t j = 0; j < p.categorical.size(); ++j) {
        const std::string column = graph.node(
            "Gather", {"categorical", graph.int64s("column", {static_cast<std::int64_t>(j)}, {})}, "category", {{"axis", std::int64_t{1}}});
        blocks.push_back(graph.node("OneHotEncoder", {column}, "one_hot",
                                    {{"cats_strings", p.categorical[j].categories}, {"zeros", std::int64_t{1}}}, "ai.onnx.ml"));
    }
    return blocks;
}

Json inputContract(const Preprocessor &p)
{
    Json numeric = Json::array(), categorical = Json::array();
    for (const NumericEncoding &n : p.numeric)
        numeric.push_back({{"name", n.name}, {"file_column", n.sourceColumn}});
    for (const CategoricalEncoding &c : p.categorical)
        categorical.push_back({{"name", c.name}, {"file_column", c.sourceColumn}});
    return {{"numeric", numeric}, {"categorical", categorical}};
}

} // namespace

OnnxExport exportOnnx(const ModelFile &model, const std::string &producerVersion)
{
    OnnxGraph graph;
    const Preprocessor &p = model.preprocessor;
    std::vector<std::string> parts;
    if (!p.numeric.empty())
        parts.push_back(numericBlock(graph, p));
    if (!p.categorical.empty())
        for (const std::string &block : categoricalBlocks(graph, p))
            parts.push_back(block);
    const std::string features = graph.node("Concat", parts, "features", {{"axis", std::int64_t{1}}});

    OnnxExport result;
    Json thresholds = Json::object();
    for (const SavedDetector &d : model.detectors) {
        const std::optional<std::string> score = d.model->exportOnnx(graph, features);
        if (!score) {
            result.leftOut.push_back(d.spec.name);
            continue;
        }
        // A float score is above the double threshold exactly when it is above the largest float
        // not above it.
        float threshold = static_cast<float>(d.threshold);
        if (static_cast<double>(threshold) > d.threshold)
            threshold = std::nextafter(threshold, -std::numeric_limits<float>::infinity());
        const std::string above = graph.node("Greater", {*score, graph.floats("threshold", {threshold}, {})}, "above");
        const std::string prediction = graph.node("Cast", {above}, "prediction", {{"to", std::int64_t{7}}});
        graph.expose(*score, d.spec.name + "_score");
        graph.expose(prediction, d.spec.name + "_prediction");
        graph.output(d.spec.name + "_score", OnnxGraph::Type::Float, 0);
        graph.output(d.spec.name + "_prediction", OnnxGraph::Type::Int64, 0);
        thresholds[d.spec.name] = d.threshold;
        result.exported.push_back(d.spec.name);
    }
    if (result.exported.empty())
        throw InputError("", 0, 0, "None of the model's detectors has an ONNX form, so there is nothing to export.");
    result.bytes = graph.serialize(producerVersion, {{"awb.inputs", jsonText(inputContract(p))},
                                                     {"awb.thresholds", jsonText(thresholds)},
                                                     {"awb.left_out", jsonText(Json(result.leftOut))}});
    return result;
}

} // namespace awb
