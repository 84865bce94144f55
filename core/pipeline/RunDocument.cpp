// The JSON spelling of datasets, parameters and results. Key names follow the CLI's documented
// contract: {dataset, timings_s, models: {isolation_forest | autoencoder: {params, threshold,
// timings_s, train, test}}}.
#include "pipeline/RunDocument.h"

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
    j["contamination"] = p.contaminationAuto ? Json("auto") : Json(p.contamination);
    j["max_features"] = sizeJson(p.maxFeaturesKind, p.maxFeatures);
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

} // namespace awb
