// Field-by-field JSON for the run values. Readers name the missing or mistyped key in their
// InputError; numbers that may be NaN (a validation loss without validation rows) are null.
#include "pipeline/RunDocument.h"

#include <cmath>

#include "common/InputError.h"
#include "models/DetectorRegistry.h"

namespace awb {
namespace {

constexpr const char *kFormat = "anomaly-workbench-run";
constexpr int kVersion = 3;

[[noreturn]] void badKey(const std::string &key)
{
    throw InputError("", 0, 0, "The run document's \"" + key + "\" is missing or has the wrong type.");
}

const Json &at(const Json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key))
        badKey(key);
    return j.at(key);
}

template <typename T>
T get(const Json &j, const char *key)
{
    const Json &v = at(j, key);
    try {
        return v.get<T>();
    } catch (const Json::exception &) {
        badKey(key);
    }
}

template <typename T>
T getOr(const Json &j, const char *key, T fallback)
{
    return j.is_object() && j.contains(key) ? get<T>(j, key) : fallback;
}

Json toJson(const ColumnRef &c)
{
    return c.index >= 0 ? Json(c.index) : Json(c.name);
}

ColumnRef columnFromJson(const Json &j)
{
    ColumnRef c;
    if (j.is_number_integer())
        c.index = j.get<int>();
    else if (j.is_string())
        c.name = j.get<std::string>();
    else
        badKey("column");
    return c;
}

ColumnRole roleFromString(const std::string &text)
{
    for (const auto role : {ColumnRole::NumericFeature, ColumnRole::CategoricalFeature, ColumnRole::Label,
                            ColumnRole::Ignored, ColumnRole::AttackType})
        if (text == nameOf(role))
            return role;
    badKey("role");
}

template <typename Enum>
Enum enumFromJson(const Json &j, const char *key, std::initializer_list<Enum> values)
{
    const auto text = get<std::string>(j, key);
    for (const Enum e : values)
        if (text == nameOf(e))
            return e;
    badKey(key);
}

Json toJson(const ClassMetrics &m)
{
    return {{"precision", m.precision}, {"recall", m.recall}, {"f1", m.f1}, {"support", m.support}};
}

ClassMetrics classMetricsFromJson(const Json &j)
{
    return {get<double>(j, "precision"), get<double>(j, "recall"), get<double>(j, "f1"), get<std::int64_t>(j, "support")};
}

// A number that may be NaN or infinite (an AUC without both classes, a diverged model's scores):
// null in JSON, NaN when read back.
double numberAt(const Json &j, const char *key)
{
    const Json &v = at(j, key);
    if (!v.is_null() && !v.is_number())
        badKey(key);
    return numberFrom(v);
}

Json toJson(const ScoreSummary &s)
{
    return {{"count", s.count}, {"min", numberOrNull(s.min)}, {"max", numberOrNull(s.max)},
            {"mean", numberOrNull(s.mean)}, {"median", numberOrNull(s.median)}};
}

ScoreSummary scoreSummaryFromJson(const Json &j)
{
    return {get<std::size_t>(j, "count"), numberAt(j, "min"), numberAt(j, "max"), numberAt(j, "mean"),
            numberAt(j, "median")};
}

} // namespace

const char *nameOf(TrainOn trainOn)
{
    return trainOn == TrainOn::Normal ? "normal" : "all";
}

TrainOn trainOnFromString(const std::string &text)
{
    if (text == "normal")
        return TrainOn::Normal;
    if (text == "all")
        return TrainOn::All;
    throw InputError("", 0, 0, "Training rows are \"normal\" or \"all\", not \"" + text + "\".");
}

Json toJson(const LoadOptions &o)
{
    Json j = {{"train_file", o.trainFile}, {"test_file", o.testFile}, {"test_fraction", o.testFraction}, {"seed", o.seed}};
    if (o.sampleRows > 0)  // only then: the input fingerprint hashes these options, and a whole-file run's stays as it was
        j["sample_rows"] = o.sampleRows;
    j["delimiter"] = o.read.delimiter ? Json(std::string(1, *o.read.delimiter)) : Json(nullptr);
    j["header"] = o.read.header ? Json(*o.read.header) : Json(nullptr);
    j["label"] = o.label ? toJson(*o.label) : Json(nullptr);
    j["attack_type"] = o.attackType ? toJson(*o.attackType) : Json(nullptr);
    j["normal_values"] = o.normalValues;
    Json ignore = Json::array();
    for (const ColumnRef &c : o.ignore)
        ignore.push_back(toJson(c));
    j["ignore"] = ignore;
    Json roles = Json::array();
    for (const auto &[column, role] : o.roleOverrides)
        roles.push_back({{"column", toJson(column)}, {"role", nameOf(role)}});
    j["roles"] = roles;
    j["missing"] = nameOf(o.missing);
    j["scaling"] = nameOf(o.scaling);
    j["log"] = nameOf(o.log);
    Json logs = Json::array();
    for (const auto &[column, on] : o.logOverrides)
        logs.push_back({{"column", toJson(column)}, {"log1p", on}});
    j["log_columns"] = logs;
    return j;
}

LoadOptions loadOptionsFromJson(const Json &j)
{
    LoadOptions o;
    o.trainFile = get<std::string>(j, "train_file");
    o.testFile = get<std::string>(j, "test_file");
    o.testFraction = get<double>(j, "test_fraction");
    o.seed = get<std::uint64_t>(j, "seed");
    if (j.contains("sample_rows"))  // from version 3
        o.sampleRows = get<std::size_t>(j, "sample_rows");
    if (const Json &d = at(j, "delimiter"); !d.is_null()) {
        const auto text = get<std::string>(j, "delimiter");
        if (text.size() != 1)
            badKey("delimiter");
        o.read.delimiter = text[0];
    }
    if (!at(j, "header").is_null())
        o.read.header = get<bool>(j, "header");
    if (const Json &label = at(j, "label"); !label.is_null())
        o.label = columnFromJson(label);
    if (j.contains("attack_type") && !at(j, "attack_type").is_null())  // from version 2
        o.attackType = columnFromJson(at(j, "attack_type"));
    o.normalValues = get<std::vector<std::string>>(j, "normal_values");
    for (const Json &c : at(j, "ignore"))
        o.ignore.push_back(columnFromJson(c));
    for (const Json &r : at(j, "roles"))
        o.roleOverrides.emplace_back(columnFromJson(at(r, "column")), roleFromString(get<std::string>(r, "role")));
    o.missing = enumFromJson(j, "missing", {MissingPolicy::Impute, MissingPolicy::DropRow, MissingPolicy::Fail});
    o.scaling = enumFromJson(j, "scaling", {Scaling::MinMax, Scaling::Standard, Scaling::None, Scaling::Robust});
    if (j.contains("log")) {  // from version 2
        o.log = enumFromJson(j, "log", {LogTransform::Off, LogTransform::HeavyTailed});
        for (const Json &c : at(j, "log_columns"))
            o.logOverrides.emplace_back(columnFromJson(at(c, "column")), get<bool>(c, "log1p"));
    }
    return o;
}

Json toJson(const DetectorSpec &s)
{
    const Detector &detector = detectorRegistry().get(s.detector);
    return {{"name", s.name}, {"detector", s.detector}, {"params", detector.schema().toJson(s.params)},
            {"train_on", nameOf(s.trainOn)}, {"threshold", s.threshold.text()}};
}

DetectorSpec detectorSpecFromJson(const Json &j)
{
    DetectorSpec s;
    s.name = get<std::string>(j, "name");
    s.detector = get<std::string>(j, "detector");
    s.params = detectorRegistry().get(s.detector).schema().fromJson(at(j, "params"));
    s.trainOn = trainOnFromString(get<std::string>(j, "train_on"));
    s.threshold = ThresholdPolicy::parse(get<std::string>(j, "threshold"));
    return s;
}

Json toJson(const RunSpec &s)
{
    Json data = {{"demo", s.data.demo}, {"demo_rows", s.data.demoRows}, {"demo_seed", s.data.demoSeed},
                 {"load", toJson(s.data.load)}};
    Json detectors = Json::array();
    for (const DetectorSpec &d : s.detectors)
        detectors.push_back(toJson(d));
    return {{"data", data}, {"detectors", detectors}, {"threads", s.threads}};
}

RunSpec runSpecFromJson(const Json &j)
{
    RunSpec s;
    const Json &data = at(j, "data");
    s.data.demo = get<bool>(data, "demo");
    s.data.demoRows = get<std::size_t>(data, "demo_rows");
    s.data.demoSeed = get<std::uint64_t>(data, "demo_seed");
    s.data.load = loadOptionsFromJson(at(data, "load"));
    for (const Json &d : at(j, "detectors"))
        s.detectors.push_back(detectorSpecFromJson(d));
    s.threads = get<int>(j, "threads");
    return s;
}

Json toJson(const DatasetSummary &s)
{
    return {{"train_file", s.trainFile}, {"test_file", s.testFile}, {"delimiter", std::string(1, s.delimiter)},
            {"has_header", s.hasHeader}, {"train_rows", s.trainRows}, {"test_rows", s.testRows},
            {"numeric_features", s.numericFeatures}, {"categorical_features", s.categoricalFeatures},
            {"ignored_columns", s.ignoredColumns}, {"encoded_features", s.encodedFeatures},
            {"constant_features", s.constantFeatures}, {"label", s.labelName}, {"normal_values", s.normalValues},
            {"normal_value_detected", s.normalValueDetected}, {"train_anomalies", s.trainAnomalies},
            {"test_anomalies", s.testAnomalies}, {"missing_cells", s.missingCells},
            {"non_finite_cells", s.nonFiniteCells}, {"imputed_cells", s.imputedCells}, {"dropped_rows", s.droppedRows},
            {"sampled_rows", s.sampledRows}, {"decimal_point", std::string(1, s.decimalPoint)},
            {"unseen_category_cells", s.unseenCategoryCells}, {"load_s", s.loadSeconds},
            {"preprocess_s", s.preprocessSeconds}, {"fingerprint", s.fingerprint}, {"notes", s.notes}};
}

DatasetSummary datasetSummaryFromJson(const Json &j)
{
    DatasetSummary s;
    s.trainFile = get<std::string>(j, "train_file");
    s.testFile = get<std::string>(j, "test_file");
    const auto delimiter = get<std::string>(j, "delimiter");
    s.delimiter = delimiter.empty() ? ',' : delimiter[0];
    s.hasHeader = get<bool>(j, "has_header");
    s.trainRows = get<std::size_t>(j, "train_rows");
    s.testRows = get<std::size_t>(j, "test_rows");
    s.numericFeatures = get<std::size_t>(j, "numeric_features");
    s.categoricalFeatures = get<std::size_t>(j, "categorical_features");
    s.ignoredColumns = get<std::size_t>(j, "ignored_columns");
    s.encodedFeatures = get<std::size_t>(j, "encoded_features");
    s.constantFeatures = get<std::size_t>(j, "constant_features");
    s.labelName = get<std::string>(j, "label");
    s.normalValues = get<std::vector<std::string>>(j, "normal_values");
    s.normalValueDetected = get<bool>(j, "normal_value_detected");
    s.trainAnomalies = get<std::size_t>(j, "train_anomalies");
    s.testAnomalies = get<std::size_t>(j, "test_anomalies");
    s.missingCells = get<std::uint64_t>(j, "missing_cells");
    s.nonFiniteCells = get<std::uint64_t>(j, "non_finite_cells");
    s.imputedCells = get<std::uint64_t>(j, "imputed_cells");
    s.droppedRows = get<std::uint64_t>(j, "dropped_rows");
    s.unseenCategoryCells = get<std::uint64_t>(j, "unseen_category_cells");
    s.loadSeconds = get<double>(j, "load_s");
    s.preprocessSeconds = get<double>(j, "preprocess_s");
    s.fingerprint = get<std::string>(j, "fingerprint");
    if (j.contains("notes"))  // from version 2
        s.notes = get<std::vector<std::string>>(j, "notes");
    if (j.contains("sampled_rows"))  // not in the version 3 documents written before it: 0 there
        s.sampledRows = get<std::uint64_t>(j, "sampled_rows");
    if (j.contains("decimal_point"))  // not in the version 3 documents written before it: '.' there
        if (const auto point = get<std::string>(j, "decimal_point"); point == ",")
            s.decimalPoint = ',';
    return s;
}

Json toJson(const Evaluation &e)
{
    const ConfusionMatrix &c = e.confusion;
    Json report = {{"normal", toJson(e.report.normal)}, {"anomaly", toJson(e.report.anomaly)},
                   {"accuracy", e.report.accuracy}, {"macro_avg", toJson(e.report.macroAvg)},
                   {"weighted_avg", toJson(e.report.weightedAvg)}, {"total", e.report.total}};
    Json types = Json::array();
    for (const TypeDetection &t : e.byType)
        types.push_back({{"type", t.type}, {"anomaly", t.anomaly}, {"rows", t.rows}, {"flagged", t.flagged}});
    return {{"roc_auc", numberOrNull(e.rocAuc)}, {"average_precision", numberOrNull(e.averagePrecision)},
            {"confusion_matrix", {{c.tn, c.fp}, {c.fn, c.tp}}}, {"report", report}, {"by_type", types}};
}

Evaluation evaluationFromJson(const Json &j)
{
    Evaluation e;
    e.rocAuc = numberAt(j, "roc_auc");
    e.averagePrecision = numberAt(j, "average_precision");
    const auto m = get<std::vector<std::vector<std::int64_t>>>(j, "confusion_matrix");
    if (m.size() != 2 || m[0].size() != 2 || m[1].size() != 2)
        badKey("confusion_matrix");
    e.confusion = {m[0][0], m[0][1], m[1][0], m[1][1]};
    const Json &r = at(j, "report");
    e.report.normal = classMetricsFromJson(at(r, "normal"));
    e.report.anomaly = classMetricsFromJson(at(r, "anomaly"));
    e.report.accuracy = get<double>(r, "accuracy");
    e.report.macroAvg = classMetricsFromJson(at(r, "macro_avg"));
    e.report.weightedAvg = classMetricsFromJson(at(r, "weighted_avg"));
    e.report.total = get<std::int64_t>(r, "total");
    if (j.contains("by_type"))  // from version 2
        for (const Json &t : at(j, "by_type"))
            e.byType.push_back({get<std::string>(t, "type"), get<bool>(t, "anomaly"), get<std::int64_t>(t, "rows"),
                                get<std::int64_t>(t, "flagged")});
    return e;
}

Json toJson(const TrainingHistory &h)
{
    Json loss = Json::array();
    for (const auto &[train, validation] : h.loss)
        loss.push_back({numberOrNull(train), numberOrNull(validation)});
    return {{"loss", loss}, {"best_epoch", h.bestEpoch}, {"stopped_early", h.stoppedEarly},
            {"seconds_per_epoch", h.secondsPerEpoch}};
}

TrainingHistory trainingHistoryFromJson(const Json &j)
{
    TrainingHistory h;
    for (const Json &epoch : at(j, "loss")) {
        if (!epoch.is_array() || epoch.size() != 2)
            badKey("loss");
        h.loss.emplace_back(numberFrom(epoch[0]), numberFrom(epoch[1]));
    }
    h.bestEpoch = get<int>(j, "best_epoch");
    h.stoppedEarly = get<bool>(j, "stopped_early");
    h.secondsPerEpoch = get<double>(j, "seconds_per_epoch");
    return h;
}

Json toJson(const DetectorResult &r)
{
    Json j = {{"spec", toJson(r.spec)}, {"trained_rows", r.trainedRows}, {"trained_on_normal_rows", r.trainedOnNormalRows},
              {"threshold", numberOrNull(r.threshold)}, {"threshold_policy", r.thresholdPolicy.text()}, {"threshold_reason", r.thresholdReason},
              {"warnings", r.warnings},
              {"train_scores", toJson(r.trainScores)}, {"test_scores", toJson(r.testScores)}};
    j["train"] = r.train ? toJson(*r.train) : Json(nullptr);
    j["test"] = r.test ? toJson(*r.test) : Json(nullptr);
    j["history"] = toJson(r.history);
    if (!r.fitted.empty())
        j["fitted"] = r.fitted;
    j["timings_s"] = {{"fit", r.fitSeconds}, {"score", r.scoreSeconds}};
    return j;
}

DetectorResult detectorResultFromJson(const Json &j)
{
    DetectorResult r;
    r.spec = detectorSpecFromJson(at(j, "spec"));
    r.trainedRows = get<std::size_t>(j, "trained_rows");
    r.trainedOnNormalRows = get<bool>(j, "trained_on_normal_rows");
    r.threshold = numberAt(j, "threshold");
    // Version 1 had no "default" policy, so the spec's policy is the one that chose the threshold.
    r.thresholdPolicy = j.contains("threshold_policy") ? ThresholdPolicy::parse(get<std::string>(j, "threshold_policy"))
                                                       : r.spec.threshold;
    r.thresholdReason = get<std::string>(j, "threshold_reason");
    if (j.contains("warnings"))  // from version 2
        r.warnings = get<std::vector<std::string>>(j, "warnings");
    if (j.contains("fitted"))
        r.fitted = get<std::string>(j, "fitted");
    r.trainScores = scoreSummaryFromJson(at(j, "train_scores"));
    r.testScores = scoreSummaryFromJson(at(j, "test_scores"));
    if (!at(j, "train").is_null())
        r.train = evaluationFromJson(at(j, "train"));
    if (!at(j, "test").is_null())
        r.test = evaluationFromJson(at(j, "test"));
    r.history = trainingHistoryFromJson(at(j, "history"));
    const Json &t = at(j, "timings_s");
    r.fitSeconds = get<double>(t, "fit");
    r.scoreSeconds = get<double>(t, "score");
    return r;
}

Json toJson(const RunResult &r)
{
    Json detectors = Json::object();
    for (const DetectorResult &d : r.detectors)
        detectors[d.spec.name] = toJson(d);
    return {{"dataset", toJson(r.dataset)}, {"app_version", r.appVersion},
            {"threads", r.threads}, {"seconds", r.seconds}, {"detectors", detectors}};
}

RunResult runResultFromJson(const Json &j)
{
    RunResult r;
    r.dataset = datasetSummaryFromJson(at(j, "dataset"));
    r.appVersion = get<std::string>(j, "app_version");
    r.threads = get<int>(j, "threads");
    r.seconds = get<double>(j, "seconds");
    const Json &detectors = at(j, "detectors");
    if (!detectors.is_object())
        badKey("detectors");
    for (const auto &[name, d] : detectors.items()) {
        r.detectors.push_back(detectorResultFromJson(d));
        if (r.detectors.back().spec.name != name)
            badKey("detectors");
    }
    return r;
}

Json toJson(const RunDocument &d)
{
    return {{"format", kFormat}, {"version", kVersion}, {"spec", toJson(d.spec)}, {"result", toJson(d.result)}};
}

RunDocument runDocumentFromJson(const Json &j, const std::string &fileName)
{
    try {
        if (getOr<std::string>(j, "format", "") != kFormat)
            throw InputError("", 0, 0, "This is not an Anomaly Workbench run document.");
        const int version = get<int>(j, "version");
        if (version > kVersion)
            throw InputError("", 0, 0, "The run document has format version " + std::to_string(version) +
                                           ", written by a newer Anomaly Workbench; this one reads version " +
                                           std::to_string(kVersion) + ".");
        return {runSpecFromJson(at(j, "spec")), runResultFromJson(at(j, "result"))};
    } catch (const InputError &e) {
        if (!e.file().empty() || fileName.empty())
            throw;
        throw InputError(fileName, 0, 0, e.message());
    }
}

RunDocument readRunDocument(const std::string &path)
{
    return runDocumentFromJson(readJsonFile(path), path);
}

} // namespace awb
