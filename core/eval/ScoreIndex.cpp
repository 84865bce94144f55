// ScoreIndex: each class's scores sorted once; the confusion matrix at a threshold is then two
// binary searches (rows flagged = scores strictly above the threshold).
#include <algorithm>

#include "eval/Metrics.h"

namespace awb {

ScoreIndex::ScoreIndex(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores)
{
    for (std::size_t i = 0; i < scores.size(); ++i)
        (i < isAnomaly.size() && isAnomaly[i] ? anomaly_ : normal_).push_back(scores[i]);
    std::sort(normal_.begin(), normal_.end());
    std::sort(anomaly_.begin(), anomaly_.end());
}

ConfusionMatrix ScoreIndex::at(double threshold) const
{
    const auto above = [threshold](const std::vector<float> &sorted) {
        const auto first = std::upper_bound(sorted.begin(), sorted.end(), threshold,
                                            [](double t, float s) { return t < static_cast<double>(s); });
        return static_cast<std::int64_t>(sorted.end() - first);
    };
    ConfusionMatrix cm;
    cm.fp = above(normal_);
    cm.tn = static_cast<std::int64_t>(normal_.size()) - cm.fp;
    cm.tp = above(anomaly_);
    cm.fn = static_cast<std::int64_t>(anomaly_.size()) - cm.tp;
    return cm;
}

std::size_t ScoreIndex::flaggedCount(double threshold) const
{
    const ConfusionMatrix cm = at(threshold);
    return static_cast<std::size_t>(cm.fp + cm.tp);
}

std::pair<std::size_t, std::size_t> ScoreIndex::below(double x) const
{
    const auto count = [x](const std::vector<float> &sorted) {
        return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), x,
                                                         [](float s, double t) { return static_cast<double>(s) < t; }) -
                                        sorted.begin());
    };
    return {count(normal_), count(anomaly_)};
}

float ScoreIndex::minScore() const
{
    if (normal_.empty())
        return anomaly_.empty() ? 0.0f : anomaly_.front();
    return anomaly_.empty() ? normal_.front() : std::min(normal_.front(), anomaly_.front());
}

float ScoreIndex::maxScore() const
{
    if (normal_.empty())
        return anomaly_.empty() ? 0.0f : anomaly_.back();
    return anomaly_.empty() ? normal_.back() : std::max(normal_.back(), anomaly_.back());
}

} // namespace awb
