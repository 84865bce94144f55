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

// _binary_clf_curve, one point at a time: visit(tps, fps, threshold) with the cumulative true and
// false positives at each distinct score, highest first. Nothing per point is kept here, so a
// caller that only sums (the AUC, the average precision) needs no memory per distinct score.
template <typename Visit>
void forEachThreshold(std::span<const std::uint8_t> labels, std::span<const float> scores, Visit visit)
{
    const std::size_t n = std::min(labels.size(), scores.size());
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return scores[a] > scores[b]; });
    double tp = 0, fp = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t row = order[i];
        (labels[row] ? tp : fp) += 1;
        if (i + 1 == n || scores[order[i + 1]] != scores[row])
            visit(tp, fp, double(scores[row]));
    }
}

// Room for a point per row: a curve never has more, and the pages past its real length are never
// touched, so this costs address space only, where growing by doubling would copy the curve.
void reserve(Curve &curve, std::size_t points)
{
    curve.x.reserve(points);
    curve.y.reserve(points);
    curve.thresholds.reserve(points);
}

} // namespace

Curve rocCurve(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    // drop_intermediate keeps both ends and every point where the curve bends (the second
    // difference of fps or tps there is not zero): decided one point late, when the next is known.
    // The first entry is sklearn's extra point (0, 0) at max score + 1; x and y hold counts until
    // the totals are known.
    struct Point {
        double tp = 0, fp = 0, threshold = 0;
    };
    Curve curve;
    reserve(curve, std::min(isAnomaly.size(), scores.size()) + 1);
    const auto keep = [&](const Point &p) {
        curve.x.push_back(p.fp);
        curve.y.push_back(p.tp);
        curve.thresholds.push_back(p.threshold);
    };
    Point before, previous;  // the two points before the one visited
    std::size_t seen = 0;
    forEachThreshold(isAnomaly, scores, [&](double tp, double fp, double threshold) {
        const Point p{tp, fp, threshold};
        if (seen == 0) {
            keep({0, 0, threshold + 1.0});
            keep(p);
        } else if (seen >= 2 && ((p.fp - 2 * previous.fp + before.fp) != 0 || (p.tp - 2 * previous.tp + before.tp) != 0)) {
            keep(previous);
        }
        before = previous;
        previous = p;
        ++seen;
    });
    if (seen >= 2)
        keep(previous);
    const double negatives = previous.fp, positives = previous.tp;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < curve.x.size(); ++i) {
        curve.x[i] = negatives > 0 ? curve.x[i] / negatives : nan;
        curve.y[i] = positives > 0 ? curve.y[i] / positives : nan;
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
    // Trapezoids over every distinct score in counts, scaled once at the end: the points
    // drop_intermediate leaves out lie on straight segments and add no area.
    double area = 0.0, lastTp = 0.0, lastFp = 0.0;
    forEachThreshold(isAnomaly, scores, [&](double tp, double fp, double) {
        area += (fp - lastFp) * (tp + lastTp) / 2.0;
        lastTp = tp;
        lastFp = fp;
    });
    if (lastTp == 0.0 || lastFp == 0.0)
        return std::numeric_limits<double>::quiet_NaN();  // sklearn: "Only one class present"
    return area / (lastTp * lastFp);
}

Curve precisionRecallCurve(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    Curve curve;  // built highest score first (x holding true positives), then reversed: recall decreasing
    reserve(curve, std::min(isAnomaly.size(), scores.size()) + 1);
    double positives = 0.0;
    forEachThreshold(isAnomaly, scores, [&](double tp, double fp, double threshold) {
        curve.y.push_back(tp + fp > 0 ? tp / (tp + fp) : 0.0);
        curve.x.push_back(tp);
        curve.thresholds.push_back(threshold);
        positives = tp;
    });
    for (double &x : curve.x)
        x = positives > 0 ? x / positives : 1.0;
    std::reverse(curve.x.begin(), curve.x.end());
    std::reverse(curve.y.begin(), curve.y.end());
    std::reverse(curve.thresholds.begin(), curve.thresholds.end());
    curve.y.push_back(1.0);
    curve.x.push_back(0.0);
    return curve;
}

double averagePrecision(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    // -sum(diff(recall) * precision[:-1]) over the curve above, summed highest score first: each
    // distinct score adds the recall it gains times the precision there. With no anomalies
    // sklearn's recall is 1 everywhere, so the sum is 0.
    double sum = 0.0, lastTp = 0.0;
    forEachThreshold(isAnomaly, scores, [&](double tp, double fp, double) {
        sum += (tp - lastTp) * (tp / (tp + fp));
        lastTp = tp;
    });
    return lastTp > 0 ? sum / lastTp : 0.0;
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
