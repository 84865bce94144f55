// The JSON spelling of datasets, parameters and results. Key names follow the CLI's documented
// contract: {dataset, timings_s, models: {isolation_forest | autoencoder: {params, threshold,
// timings_s, train, test}}}.
#include "pipeline/RunDocument.h"

#include "common/InputError.h"

namespace awb {
namespace {

Json toJson(const ClassMetrics &m)
{
    Json j = Json::object();
    j["precision"] = m.precision;
    j["recall"] = m.recall;
    j["f1"] = m.f1;
    j["support"] = m.support;
    return j;
}

Json sizeJson(IsolationForestParams::SizeKind kind, double value)
{
    switch (kind) {
    case IsolationForestParams::SizeKind::Auto: return Json("auto");
    case IsolationForestParams::SizeKind::Count: return Json(static_cast<long long>(value));
    case IsolationForestParams::SizeKind::Fraction: return Json(value);
    }
    return Json();
}

const char *sizeKindName(IsolationForestParams::SizeKind kind)
{
    switch (kind) {
    case IsolationForestParams::SizeKind::Auto: return "auto";
    case IsolationForestParams::SizeKind::Count: return "count";
    case IsolationForestParams::SizeKind::Fraction: return "fraction";
    }
    return "";
}

Json joined(const std::vector<std::string> &values)
{
    std::string text;
    for (const auto &v : values)
        text += (text.empty() ? "" : ",") + v;
    return Json(text);
}

} // namespace

Json toJson(const DatasetSummary &s)
{
    Json j = Json::object();
    j["train_file"] = s.trainFile;
    j["test_file"] = s.testFile;
    j["train_rows"] = s.trainRows;
    j["test_rows"] = s.testRows;
    j["features"] = s.numericFeatures + s.categoricalFeatures;
    j["numeric_features"] = s.numericFeatures;
    j["categorical_features"] = s.categoricalFeatures;
    j["ignored_columns"] = s.ignoredColumns;
    j["encoded_features"] = s.encodedFeatures;
    j["constant_features"] = s.constantFeatures;
    j["label"] = s.labelName;
    j["normal_value"] = joined(s.normalValues);
    j["normal_value_detected"] = s.normalValueDetected;
    j["train_anomalies"] = s.trainAnomalies;
    j["test_anomalies"] = s.testAnomalies;
    j["missing_cells"] = s.missingCells;
    j["non_finite_cells"] = s.nonFiniteCells;
    j["imputed_cells"] = s.imputedCells;
    j["dropped_rows"] = s.droppedRows;
    j["unseen_category_cells"] = s.unseenCategoryCells;
    return j;
}

Json toJson(const IsolationForestParams &p)
{
    Json j = Json::object();
    j["trees"] = p.trees;
    j["max_samples"] = sizeJson(p.maxSamplesKind, p.maxSamples);
    j["max_samples_kind"] = sizeKindName(p.maxSamplesKind);
    j["contamination"] = p.contaminationAuto ? Json("auto") : Json(p.contamination);
    j["max_features"] = sizeJson(p.maxFeaturesKind, p.maxFeatures);
    j["max_features_kind"] = sizeKindName(p.maxFeaturesKind);
    j["bootstrap"] = p.bootstrap;
    j["seed"] = p.seed;
    j["threads"] = p.threads;
    return j;
}

Json toJson(const AutoencoderParams &p)
{
    Json j = Json::object();
    Json layers = Json::array();
    for (const int width : p.encoderLayers)
        layers.push(width);
    j["encoder_layers"] = layers;
    j["activation"] = toString(p.activation);
    j["output_activation"] = toString(p.outputActivation);
    j["optimizer"] = toString(p.optimizer);
    j["learning_rate"] = p.learningRate;
    j["beta1"] = p.beta1;
    j["beta2"] = p.beta2;
    j["epsilon"] = p.epsilon;
    j["momentum"] = p.momentum;
    j["l2"] = p.l2;
    j["dropout"] = p.dropout;
    j["batch_size"] = p.batchSize;
    j["epochs"] = p.epochs;
    j["validation_fraction"] = p.validationFraction;
    j["patience"] = p.patience;
    j["train_on"] = toString(p.trainOn);
    if (p.thresholdByContamination)
        j["contamination"] = p.contamination;
    else
        j["threshold_percentile"] = p.thresholdPercentile;
    j["seed"] = p.seed;
    j["threads"] = p.threads;
    return j;
}

Json toJson(const Evaluation &e)
{
    Json j = Json::object();
    j["roc_auc"] = e.rocAuc;
    j["average_precision"] = e.averagePrecision;
    Json matrix = Json::array();
    matrix.push(Json(Json::Array{Json(e.confusion.tn), Json(e.confusion.fp)}));
    matrix.push(Json(Json::Array{Json(e.confusion.fn), Json(e.confusion.tp)}));
    j["confusion_matrix"] = matrix;
    Json report = Json::object();
    report["normal"] = toJson(e.report.normal);
    report["anomaly"] = toJson(e.report.anomaly);
    report["accuracy"] = e.report.accuracy;
    report["macro_avg"] = toJson(e.report.macroAvg);
    report["weighted_avg"] = toJson(e.report.weightedAvg);
    j["report"] = report;
    return j;
}

Json toJson(const ModelRun &run)
{
    Json j = Json::object();
    const bool forest = run.kind == ModelKind::IsolationForest;
    j["params"] = forest ? toJson(run.isolationForestParams) : toJson(run.autoencoderParams);
    j["threshold"] = run.threshold;
    Json timings = Json::object();
    timings["fit"] = run.fitSeconds;
    timings["score"] = run.scoreSeconds;
    if (!forest)
        timings["seconds_per_epoch"] = run.history.secondsPerEpoch;
    j["timings_s"] = timings;
    if (run.train)
        j["train"] = toJson(*run.train);
    if (run.test)
        j["test"] = toJson(*run.test);
    if (!forest) {
        Json history = Json::array();
        for (const auto &[train, validation] : run.history.loss)
            history.push(Json(Json::Array{Json(train), Json(validation)}));
        j["loss_history"] = history;
        j["best_epoch"] = run.history.bestEpoch;
        j["stopped_early"] = run.history.stoppedEarly;
        j["cancelled"] = run.history.cancelled;
    }
    return j;
}

Json toJson(const RunResult &result)
{
    Json j = Json::object();
    j["dataset"] = toJson(result.dataset);
    Json timings = Json::object();
    timings["load"] = result.dataset.loadSeconds;
    timings["preprocess"] = result.dataset.preprocessSeconds;
    j["timings_s"] = timings;
    Json models = Json::object();
    for (const ModelRun &run : result.models)
        models[toString(run.kind)] = toJson(run);
    j["models"] = models;
    return j;
}

namespace {

// Reads typed values out of a parameters object, naming the key in every error.
class ParamReader {
public:
    explicit ParamReader(const Json &json) : json_(json)
    {
        if (!json.isObject())
            throw InputError("", 0, 0, "The parameters are not a JSON object.");
    }

    template <typename T>
    void number(const char *key, T &out, double lo, double hi) const
    {
        if (const Json *v = json_.find(key)) {
            if (!v->isNumber() || v->toNumber() < lo || v->toNumber() > hi)
                bad(key);
            out = static_cast<T>(v->toNumber());
        }
    }
    void boolean(const char *key, bool &out) const
    {
        if (const Json *v = json_.find(key)) {
            if (!v->isBool())
                bad(key);
            out = v->toBool();
        }
    }
    const Json *find(const char *key) const { return json_.find(key); }
    [[noreturn]] static void bad(const char *key)
    {
        throw InputError("", 0, 0, std::string("The parameter \"") + key + "\" has a value of the wrong type or range.");
    }

private:
    const Json &json_;
};

// A size is "auto", a count or a fraction; the "<key>_kind" entry says which (1 is ambiguous).
void sizeFromJson(const ParamReader &r, const char *key, IsolationForestParams::SizeKind &kind, double &value)
{
    using Kind = IsolationForestParams::SizeKind;
    const Json *v = r.find(key);
    if (!v)
        return;
    if (v->isString() && v->toString() == "auto") {
        kind = Kind::Auto;
        return;
    }
    if (!v->isNumber() || !(v->toNumber() > 0))
        ParamReader::bad(key);
    value = v->toNumber();
    const Json *k = r.find((std::string(key) + "_kind").c_str());
    if (k && k->isString() && k->toString() == "count")
        kind = Kind::Count;
    else if (k && k->isString() && k->toString() == "fraction")
        kind = Kind::Fraction;
    else
        kind = value <= 1.0 ? Kind::Fraction : Kind::Count;
    if (kind == Kind::Fraction && value > 1.0)
        ParamReader::bad(key);
}

template <typename Enum>
void enumFromJson(const ParamReader &r, const char *key, Enum &out, std::initializer_list<Enum> values)
{
    const Json *v = r.find(key);
    if (!v)
        return;
    for (const Enum e : values)
        if (v->isString() && v->toString() == toString(e)) {
            out = e;
            return;
        }
    ParamReader::bad(key);
}

} // namespace

IsolationForestParams isolationForestParamsFromJson(const Json &json)
{
    const ParamReader r(json);
    IsolationForestParams p;
    r.number("trees", p.trees, 1, 1e6);
    sizeFromJson(r, "max_samples", p.maxSamplesKind, p.maxSamples);
    if (const Json *c = r.find("contamination")) {
        p.contaminationAuto = c->isString() && c->toString() == "auto";
        if (!p.contaminationAuto)
            r.number("contamination", p.contamination, 1e-9, 0.5);
    }
    sizeFromJson(r, "max_features", p.maxFeaturesKind, p.maxFeatures);
    if (p.maxFeaturesKind == IsolationForestParams::SizeKind::Auto)
        ParamReader::bad("max_features");
    r.boolean("bootstrap", p.bootstrap);
    r.number("seed", p.seed, 0, 9.007199254740992e15);
    r.number("threads", p.threads, 0, 4096);
    return p;
}

AutoencoderParams autoencoderParamsFromJson(const Json &json)
{
    const ParamReader r(json);
    AutoencoderParams p;
    if (const Json *layers = r.find("encoder_layers")) {
        if (!layers->isArray() || layers->toArray().empty())
            ParamReader::bad("encoder_layers");
        p.encoderLayers.clear();
        for (const Json &w : layers->toArray()) {
            if (!w.isNumber() || w.toNumber() < 1 || w.toNumber() > 1e6)
                ParamReader::bad("encoder_layers");
            p.encoderLayers.push_back(static_cast<int>(w.toNumber()));
        }
    }
    using A = Activation;
    enumFromJson(r, "activation", p.activation, {A::ReLU, A::LeakyReLU, A::Tanh, A::Sigmoid});
    enumFromJson(r, "output_activation", p.outputActivation, {A::Linear, A::Sigmoid});
    enumFromJson(r, "optimizer", p.optimizer, {Optimizer::Adam, Optimizer::SgdMomentum});
    enumFromJson(r, "train_on", p.trainOn, {TrainOn::NormalRows, TrainOn::AllRows});
    r.number("learning_rate", p.learningRate, 1e-12, 100.0);
    r.number("beta1", p.beta1, 0.0, 0.999999);
    r.number("beta2", p.beta2, 0.0, 0.999999999);
    r.number("epsilon", p.epsilon, 0.0, 1.0);
    r.number("momentum", p.momentum, 0.0, 0.999999);
    r.number("l2", p.l2, 0.0, 10.0);
    r.number("dropout", p.dropout, 0.0, 0.99);
    r.number("batch_size", p.batchSize, 1, 1 << 24);
    r.number("epochs", p.epochs, 1, 1e6);
    r.number("validation_fraction", p.validationFraction, 0.0, 0.9);
    r.number("patience", p.patience, 0, 1e6);
    if (r.find("contamination")) {
        p.thresholdByContamination = true;
        r.number("contamination", p.contamination, 1e-9, 0.5);
    }
    r.number("threshold_percentile", p.thresholdPercentile, 0.0, 100.0);
    r.number("seed", p.seed, 0, 9.007199254740992e15);
    r.number("threads", p.threads, 0, 4096);
    return p;
}

} // namespace awb
