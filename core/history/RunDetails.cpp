// Details from a run's scores, and their compact stored form (CBOR, flagged rows as raw bytes).
#include "history/RunDetails.h"

#include <algorithm>
#include <cmath>

#include "common/InputError.h"

namespace awb {
namespace {

PartDetails partDetails(std::span<const std::uint8_t> labels, std::span<const float> scores, double threshold)
{
    PartDetails p;
    p.rows = scores.size();
    if (!labels.empty()) {
        p.roc = thinned(rocCurve(labels, scores), kCurvePoints);
        p.pr = thinned(precisionRecallCurve(labels, scores), kCurvePoints);
    }
    // The histogram covers the finite scores (a diverged model can score NaN or infinity).
    double lo = 0.0, hi = 0.0;
    bool any = false;
    for (const float s : scores)
        if (std::isfinite(s)) {
            lo = any ? std::min<double>(lo, s) : s;
            hi = any ? std::max<double>(hi, s) : s;
            any = true;
        }
    p.histogramLow = lo;
    p.histogramHigh = hi > lo ? hi : lo + 1.0;
    p.normalCounts.assign(kHistogramBins, 0.0);
    p.anomalyCounts.assign(kHistogramBins, 0.0);
    const double width = (p.histogramHigh - p.histogramLow) / static_cast<double>(kHistogramBins);
    p.flaggedBits.assign((scores.size() + 7) / 8, 0);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (std::isfinite(scores[i])) {
            const auto bin = std::min<std::size_t>(kHistogramBins - 1, static_cast<std::size_t>((scores[i] - p.histogramLow) / width));
            (!labels.empty() && labels[i] ? p.anomalyCounts : p.normalCounts)[bin] += 1.0;
        }
        if (scores[i] > threshold)
            p.flaggedBits[i / 8] |= static_cast<std::uint8_t>(1u << (i % 8));
    }
    return p;
}

Json curveJson(const Curve &c)
{
    return {{"x", c.x}, {"y", c.y}, {"thresholds", c.thresholds}};
}

Curve curveFrom(const Json &j)
{
    return {j.at("x").get<std::vector<double>>(), j.at("y").get<std::vector<double>>(),
            j.at("thresholds").get<std::vector<double>>()};
}

Json partJson(const PartDetails &p)
{
    return {{"roc", curveJson(p.roc)}, {"pr", curveJson(p.pr)}, {"low", p.histogramLow}, {"high", p.histogramHigh},
            {"normal", p.normalCounts}, {"anomaly", p.anomalyCounts}, {"rows", p.rows},
            {"flagged", Json::binary(std::vector<std::uint8_t>(p.flaggedBits))}};
}

PartDetails partFrom(const Json &j)
{
    PartDetails p;
    p.roc = curveFrom(j.at("roc"));
    p.pr = curveFrom(j.at("pr"));
    p.histogramLow = j.at("low").get<double>();
    p.histogramHigh = j.at("high").get<double>();
    p.normalCounts = j.at("normal").get<std::vector<double>>();
    p.anomalyCounts = j.at("anomaly").get<std::vector<double>>();
    p.rows = j.at("rows").get<std::size_t>();
    const auto &bits = j.at("flagged").get_binary();
    p.flaggedBits.assign(bits.begin(), bits.end());
    if (p.flaggedBits.size() != (p.rows + 7) / 8)
        throw InputError("", 0, 0, "The stored flagged rows do not match the row count.");
    return p;
}

} // namespace

const DetectorDetails *RunDetails::find(const std::string &name) const
{
    for (const DetectorDetails &d : detectors)
        if (d.name == name)
            return &d;
    return nullptr;
}

Curve thinned(const Curve &curve, std::size_t points)
{
    const std::size_t n = curve.x.size();
    if (n <= points || points < 2)
        return curve;
    Curve out;
    for (std::size_t k = 0; k < points; ++k) {
        const std::size_t i = k * (n - 1) / (points - 1);
        out.x.push_back(curve.x[i]);
        out.y.push_back(curve.y[i]);
        if (i < curve.thresholds.size())
            out.thresholds.push_back(curve.thresholds[i]);
    }
    return out;
}

DetectorDetails detailsOf(const Dataset &data, const DetectorRun &run)
{
    const std::span<const std::uint8_t> labels(data.isAnomaly);
    DetectorDetails d;
    d.name = run.result.spec.name;
    if (!run.trainScores.empty())
        d.train = partDetails(data.labelled() ? labels.first(data.trainRows) : labels, run.trainScores, run.result.threshold);
    if (!run.testScores.empty())
        d.test = partDetails(data.labelled() ? labels.subspan(data.trainRows) : labels, run.testScores, run.result.threshold);
    return d;
}

RunDetails detailsOf(const Dataset &data, const std::vector<DetectorRun> &runs)
{
    RunDetails details;
    for (const DetectorRun &run : runs)
        details.detectors.push_back(detailsOf(data, run));
    return details;
}

std::vector<std::uint8_t> toCbor(const RunDetails &details)
{
    Json detectors = Json::array();
    for (const DetectorDetails &d : details.detectors)
        detectors.push_back({{"name", d.name}, {"train", d.train ? partJson(*d.train) : Json(nullptr)},
                             {"test", d.test ? partJson(*d.test) : Json(nullptr)}});
    return Json::to_cbor(Json{{"version", 1}, {"detectors", detectors}});
}

RunDetails runDetailsFromCbor(const std::vector<std::uint8_t> &bytes)
{
    try {
        const Json j = Json::from_cbor(bytes);
        if (j.at("version").get<int>() != 1)
            throw InputError("", 0, 0, "The stored run details have an unknown version.");
        RunDetails details;
        for (const Json &d : j.at("detectors")) {
            DetectorDetails x;
            x.name = d.at("name").get<std::string>();
            if (!d.at("train").is_null())
                x.train = partFrom(d.at("train"));
            if (!d.at("test").is_null())
                x.test = partFrom(d.at("test"));
            details.detectors.push_back(std::move(x));
        }
        return details;
    } catch (const Json::exception &e) {
        throw InputError("", 0, 0, std::string("The stored run details are damaged (") + e.what() + ").");
    }
}

} // namespace awb
