// ROC and precision-recall curves, as scikit-learn 1.2.1's roc_curve (drop_intermediate=True,
// first threshold = max score + 1), roc_auc_score (trapezoids), precision_recall_curve and
// average_precision_score (the step sum -sum(diff(recall) * precision[:-1])). Tied scores form
// one threshold, as in sklearn's _binary_clf_curve. One sort, one pass.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "eval/Metrics.h"

namespace awb {
namespace {

// _binary_clf_curve: cumulative false and true positives at each distinct score, highest first.
struct ThresholdCounts {
    std::vector<double> fps, tps, thresholds;
};

ThresholdCounts binaryCurve(std::span<const std::uint8_t> labels, std::span<const float> scores)
{
    const std::size_t n = std::min(labels.size(), scores.size());
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return scores[a] > scores[b]; });
    ThresholdCounts c;
    double tp = 0, fp = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t row = order[i];
        (labels[row] ? tp : fp) += 1;
        if (i + 1 == n || scores[order[i + 1]] != scores[row]) {
            c.tps.push_back(tp);
            c.fps.push_back(fp);
            c.thresholds.push_back(scores[row]);
        }
    }
    return c;
}

} // namespace

Curve rocCurve(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    ThresholdCounts c = binaryCurve(isAnomaly, scores);
    Curve curve;
    if (c.tps.empty())
        return curve;
    std::vector<std::size_t> keep;
    const std::size_t m = c.tps.size();
    for (std::size_t i = 0; i < m; ++i) {
        const bool corner = i == 0 || i + 1 == m || m <= 2 ||
                            (c.fps[i + 1] - 2 * c.fps[i] + c.fps[i - 1]) != 0 ||
                            (c.tps[i + 1] - 2 * c.tps[i] + c.tps[i - 1]) != 0;
        if (corner)
            keep.push_back(i);
    }
    const double negatives = c.fps.back(), positives = c.tps.back();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    curve.x.push_back(negatives > 0 ? 0.0 : nan);
    curve.y.push_back(positives > 0 ? 0.0 : nan);
    curve.thresholds.push_back(c.thresholds.front() + 1.0);
    for (const std::size_t i : keep) {
        curve.x.push_back(negatives > 0 ? c.fps[i] / negatives : nan);
        curve.y.push_back(positives > 0 ? c.tps[i] / positives : nan);
        curve.thresholds.push_back(c.thresholds[i]);
    }
    return curve;
}

Curve thinnedForDisplay(const Curve &curve, double step)
{
    Curve out;
    const std::size_t n = curve.x.size();
    for (std::size_t i = 0; i < n; ++i) {
        const bool end = i == 0 || i + 1 == n;
        if (!end && std::abs(curve.x[i] - out.x.back()) + std::abs(curve.y[i] - out.y.back()) <= step)
            continue;
        out.x.push_back(curve.x[i]);
        out.y.push_back(curve.y[i]);
        if (i < curve.thresholds.size())
            out.thresholds.push_back(curve.thresholds[i]);
    }
    return out;
}

double rocAuc(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    const Curve curve = rocCurve(isAnomaly, scores);
    if (curve.x.size() < 2 || std::isnan(curve.x.back()) || std::isnan(curve.y.back()))
        return std::numeric_limits<double>::quiet_NaN();  // sklearn: "Only one class present"
    double area = 0.0;
    for (std::size_t i = 1; i < curve.x.size(); ++i)
        area += (curve.x[i] - curve.x[i - 1]) * (curve.y[i] + curve.y[i - 1]) / 2.0;
    return area;
}

Curve precisionRecallCurve(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    const ThresholdCounts c = binaryCurve(isAnomaly, scores);
    Curve curve;
    const std::size_t m = c.tps.size();
    const double positives = m ? c.tps.back() : 0.0;
    for (std::size_t k = m; k-- > 0;) {  // reversed: recall decreasing
        const double predicted = c.tps[k] + c.fps[k];
        curve.y.push_back(predicted > 0 ? c.tps[k] / predicted : 0.0);
        curve.x.push_back(positives > 0 ? c.tps[k] / positives : 1.0);
        curve.thresholds.push_back(c.thresholds[k]);
    }
    curve.y.push_back(1.0);
    curve.x.push_back(0.0);
    return curve;
}

double averagePrecision(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    const Curve curve = precisionRecallCurve(isAnomaly, scores);
    double ap = 0.0;
    for (std::size_t i = 0; i + 1 < curve.x.size(); ++i)
        ap -= (curve.x[i + 1] - curve.x[i]) * curve.y[i];
    return ap;
}

double precisionAtK(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores, std::size_t k)
{
    const std::size_t n = std::min(isAnomaly.size(), scores.size());
    k = std::min(k, n);
    if (k == 0)
        return 0.0;
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    // The k highest scores, ties broken by row order so the answer does not depend on the sort.
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](std::uint32_t a, std::uint32_t b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
    std::size_t hits = 0;
    for (std::size_t i = 0; i < k; ++i)
        hits += isAnomaly[order[i]] != 0;
    return static_cast<double>(hits) / static_cast<double>(k);
}

} // namespace awb
