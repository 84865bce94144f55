// Building the comparison tables from detector results.
#include "history/Comparison.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iterator>

#include "eval/NumberText.h"
#include "models/DetectorRegistry.h"

namespace awb {
namespace {

std::string dataName(const ComparedDetector &x)
{
    const DataSpec &d = x.data;
    std::string name = d.demo ? "demo " + std::to_string(d.demoRows) + " rows, seed " + std::to_string(d.demoSeed)
                              : std::filesystem::path(d.load.trainFile).filename().string();
    if (x.dataset.sampledRows > 0)
        name += ", a sample of " + countText(x.dataset.sampledRows) + " rows (seed " + std::to_string(d.load.seed) + ")";
    return name;
}

std::string testName(const DataSpec &d)
{
    if (!d.load.testFile.empty())
        return std::filesystem::path(d.load.testFile).filename().string();
    return "split " + ParamSchema::toText(d.load.testFraction) + ", seed " + std::to_string(d.load.seed);
}

void addParameters(const std::vector<ComparedDetector> &items, Comparison &c)
{
    using Getter = std::function<std::string(const ComparedDetector &)>;
    const std::vector<std::pair<std::string, Getter>> fixed = {
        {"data", [](const ComparedDetector &x) { return dataName(x); }},
        {"test rows", [](const ComparedDetector &x) { return testName(x.data); }},
        {"scaling", [](const ComparedDetector &x) { return std::string(nameOf(x.data.load.scaling)); }},
        {"missing cells", [](const ComparedDetector &x) { return std::string(nameOf(x.data.load.missing)); }},
        {"detector", [](const ComparedDetector &x) { return x.result.spec.detector; }},
        {"train on", [](const ComparedDetector &x) { return std::string(nameOf(x.result.spec.trainOn)); }},
        {"threshold policy", [](const ComparedDetector &x) {  // "default (f1)": the policy the data made it
             const std::string asked = x.result.spec.threshold.text(), applied = x.result.thresholdPolicy.text();
             return asked == applied ? asked : asked + " (" + applied + ")";
         }},
        {"threshold", [](const ComparedDetector &x) {  // six significant digits: the documents keep them all
             char text[32];
             std::snprintf(text, sizeof text, "%.6g", x.result.threshold);
             return std::string(text);
         }},
    };
    for (const auto &[name, get] : fixed) {
        ComparedParameter p{name, {}, false};
        for (const ComparedDetector &x : items)
            p.values.push_back(get(x));
        c.parameters.push_back(std::move(p));
    }
    // Every parameter of every detector kind present, in schema order.
    std::vector<std::string> keys;
    for (const ComparedDetector &x : items)
        if (const Detector *d = detectorRegistry().find(x.result.spec.detector))
            for (const ParamSpec &s : d->schema().specs())
                if (std::find(keys.begin(), keys.end(), x.result.spec.detector + "." + s.key) == keys.end())
                    keys.push_back(x.result.spec.detector + "." + s.key);
    for (const std::string &key : keys) {
        ComparedParameter p{key, {}, false};
        const std::string detector = key.substr(0, key.find('.')), param = key.substr(key.find('.') + 1);
        for (const ComparedDetector &x : items) {
            const auto found = x.result.spec.params.find(param);
            p.values.push_back(x.result.spec.detector == detector && found != x.result.spec.params.end()
                                   ? ParamSchema::toText(found->second)
                                   : "-");
        }
        c.parameters.push_back(std::move(p));
    }
    for (ComparedParameter &p : c.parameters) {
        std::vector<std::string> present;
        std::copy_if(p.values.begin(), p.values.end(), std::back_inserter(present), [](const std::string &v) { return v != "-"; });
        p.differs = std::adjacent_find(present.begin(), present.end(), std::not_equal_to<>()) != present.end();
    }
}

void addMetrics(const std::vector<ComparedDetector> &items, Comparison &c)
{
    using Getter = std::function<std::optional<double>(const DetectorResult &)>;
    const auto onPart = [](bool test, std::function<double(const Evaluation &)> f) -> Getter {
        return [test, f](const DetectorResult &r) -> std::optional<double> {
            const auto &e = test ? r.test : r.train;
            return e ? std::optional<double>(f(*e)) : std::nullopt;
        };
    };
    struct Row {
        std::string name;
        Getter get;
        bool higherIsBetter;
        bool count = false;
    };
    std::vector<Row> rows;
    for (const bool test : {true, false}) {
        const std::string part = test ? "test " : "train ";
        rows.push_back({part + "ROC-AUC", onPart(test, [](const Evaluation &e) { return e.rocAuc; }), true});
        rows.push_back({part + "average precision", onPart(test, [](const Evaluation &e) { return e.averagePrecision; }), true});
        rows.push_back({part + "F1 (anomaly)", onPart(test, [](const Evaluation &e) { return e.report.anomaly.f1; }), true});
        rows.push_back({part + "precision (anomaly)", onPart(test, [](const Evaluation &e) { return e.report.anomaly.precision; }), true});
        rows.push_back({part + "recall (anomaly)", onPart(test, [](const Evaluation &e) { return e.report.anomaly.recall; }), true});
        rows.push_back({part + "accuracy", onPart(test, [](const Evaluation &e) { return e.report.accuracy; }), true});
        rows.push_back({part + "false positives", onPart(test, [](const Evaluation &e) { return double(e.confusion.fp); }), false, true});
        rows.push_back({part + "false negatives", onPart(test, [](const Evaluation &e) { return double(e.confusion.fn); }), false, true});
    }
    rows.push_back({"fit seconds", [](const DetectorResult &r) { return std::optional<double>(r.fitSeconds); }, false});
    rows.push_back({"score seconds", [](const DetectorResult &r) { return std::optional<double>(r.scoreSeconds); }, false});
    for (const Row &row : rows) {
        ComparedMetric m{row.name, {}, row.higherIsBetter, row.count, {}};
        std::optional<double> best;
        for (const ComparedDetector &x : items) {
            m.values.push_back(row.get(x.result));
            if (m.values.back() && (!best || (row.higherIsBetter ? *m.values.back() > *best : *m.values.back() < *best)))
                best = m.values.back();
        }
        for (const auto &v : m.values)
            m.best.push_back(best && v && *v == *best && items.size() > 1);
        c.metrics.push_back(std::move(m));
    }
}

FlagAgreement agreementOf(const std::vector<ComparedDetector> &items)
{
    FlagAgreement a;
    if (items.empty())
        return a;
    for (const ComparedDetector &x : items)
        if (!x.details || !x.details->test || x.dataset.fingerprint != items.front().dataset.fingerprint ||
            x.details->test->rows != items.front().details->test->rows)
            return a;
    a.available = true;
    const std::size_t rows = items.front().details->test->rows;
    for (std::size_t r = 0; r < rows; ++r) {
        std::size_t flagged = 0;
        for (const ComparedDetector &x : items)
            flagged += x.details->test->flagged(r);
        (flagged == items.size() ? a.byAll : flagged == 0 ? a.byNone : a.bySome).push_back(static_cast<std::uint32_t>(r));
    }
    return a;
}

} // namespace

Comparison compare(const std::vector<ComparedDetector> &items)
{
    Comparison c;
    for (const ComparedDetector &x : items)
        c.labels.push_back(x.label);
    addParameters(items, c);
    addMetrics(items, c);
    c.agreement = agreementOf(items);
    return c;
}

std::string comparedLabel(std::int64_t runId, const std::string &detector)
{
    std::string label = "#";
    label.append(std::to_string(runId)).append(" ").append(detector);
    return label;
}

Json toJson(const Comparison &c)
{
    Json parameters = Json::array(), metrics = Json::array();
    for (const ComparedParameter &p : c.parameters)
        parameters.push_back({{"name", p.name}, {"values", p.values}, {"differs", p.differs}});
    for (const ComparedMetric &m : c.metrics) {
        Json values = Json::array();
        for (const auto &v : m.values)
            values.push_back(v ? Json(*v) : Json(nullptr));
        metrics.push_back({{"name", m.name}, {"values", values}, {"higher_is_better", m.higherIsBetter}, {"best", m.best}});
    }
    Json j = {{"labels", c.labels}, {"parameters", parameters}, {"metrics", metrics}};
    if (c.agreement.available)
        j["agreement"] = {{"flagged_by_all", c.agreement.byAll.size()}, {"flagged_by_some", c.agreement.bySome.size()},
                          {"flagged_by_none", c.agreement.byNone.size()}};
    return j;
}

} // namespace awb
