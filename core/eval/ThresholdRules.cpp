// Cut-offs computed from scores: candidate cuts for the labelled policies, and the data-driven rules.
#include "eval/ThresholdRules.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace awb::thresholdrules {
namespace {

// NaN scores (a diverged model) are left out: they are never flagged and have no place in an order.
std::vector<float> sortedAscending(std::span<const float> scores)
{
    std::vector<float> sorted;
    sorted.reserve(scores.size());
    std::copy_if(scores.begin(), scores.end(), std::back_inserter(sorted), [](float s) { return !std::isnan(s); });
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// Linear-interpolated quantile of sorted values, q in [0, 1].
double quantile(const std::vector<float> &sorted, double q)
{
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(position));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (position - static_cast<double>(lo)) * (double(sorted[hi]) - double(sorted[lo]));
}

} // namespace

std::vector<Cut> cuts(std::span<const float> scores, std::span<const std::uint8_t> labels)
{
    struct Scored {
        float score;
        std::uint8_t anomaly;
    };
    std::vector<Scored> sorted;  // NaN scores are never flagged: they stay out of every cut
    sorted.reserve(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (!std::isnan(scores[i]))
            sorted.push_back({scores[i], static_cast<std::uint8_t>(!labels.empty() && labels[i])});
    std::sort(sorted.begin(), sorted.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    std::vector<Cut> result;
    if (sorted.empty())
        return result;
    std::size_t distinct = 1;
    for (std::size_t i = 1; i < sorted.size(); ++i)
        distinct += sorted[i].score != sorted[i - 1].score;
    result.reserve(distinct + 1);  // exactly: a cut per distinct score and the first one, flagging nothing
    Cut cut{sorted.front().score, 0, 0};
    result.push_back(cut);
    for (std::size_t i = 0; i < sorted.size();) {
        const float value = sorted[i].score;
        for (; i < sorted.size() && sorted[i].score == value; ++i)
            (sorted[i].anomaly ? cut.tp : cut.fp) += 1;
        cut.threshold = i < sorted.size() ? double(sorted[i].score) : std::nextafter(double(value), -INFINITY);
        result.push_back(cut);
    }
    return result;
}

double robustZ(std::span<const float> scores, double z)
{
    const std::vector<float> sorted = sortedAscending(scores);
    if (sorted.empty())
        return 0.0;
    const double median = quantile(sorted, 0.5);
    std::vector<float> deviations(sorted.size());
    std::transform(sorted.begin(), sorted.end(), deviations.begin(),
                   [&](float v) { return static_cast<float>(std::abs(double(v) - median)); });
    std::sort(deviations.begin(), deviations.end());
    double spread = 1.4826 * quantile(deviations, 0.5);
    if (spread <= 0.0)
        spread = (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 1.349;
    if (spread <= 0.0) {
        double sum = 0.0, squares = 0.0;
        for (const float v : sorted) {
            sum += v;
            squares += double(v) * v;
        }
        const double n = static_cast<double>(sorted.size());
        spread = std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
    }
    return median + z * spread;
}

double otsu(std::span<const float> scores)
{
    const std::vector<float> sorted = sortedAscending(scores);
    if (sorted.empty())
        return 0.0;
    const double n = static_cast<double>(sorted.size());
    double total = 0.0;
    for (const float v : sorted)
        total += v;
    double best = -1.0, threshold = sorted.back(), below = 0.0;
    for (std::size_t k = 1; k < sorted.size(); ++k) {
        below += sorted[k - 1];
        if (sorted[k] == sorted[k - 1])
            continue;  // a split falls between distinct scores only
        const double n0 = static_cast<double>(k), n1 = n - n0;
        const double mean0 = below / n0, mean1 = (total - below) / n1;
        const double between = n0 * n1 * (mean0 - mean1) * (mean0 - mean1);
        if (between > best) {
            best = between;
            threshold = sorted[k - 1];
        }
    }
    return threshold;
}

double knee(std::span<const float> scores)
{
    const std::vector<float> sorted = sortedAscending(scores);
    if (sorted.empty())
        return 0.0;
    const double lo = sorted.front(), range = double(sorted.back()) - lo;
    if (sorted.size() < 3 || range <= 0.0)
        return sorted.back();
    const double last = static_cast<double>(sorted.size() - 1);
    double best = -1.0, threshold = sorted.back();
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const double below = static_cast<double>(i) / last - (double(sorted[i]) - lo) / range;
        if (below > best) {
            best = below;
            threshold = sorted[i];
        }
    }
    return threshold;
}

} // namespace awb::thresholdrules
