// prepareResult: one sort per part for the row order, the curves' own sorts, the score index.
#include "PreparedResult.h"

#include <algorithm>
#include <numeric>

std::shared_ptr<const PreparedResult> prepareResult(const awb::Dataset &data, const awb::DetectorRun &run)
{
    auto prepared = std::make_shared<PreparedResult>();
    prepared->normalProfile = awb::profileNormalRows(data);
    std::vector<std::uint8_t> zeros;
    for (const int part : {0, 1}) {
        const std::vector<float> &scores = part == 0 ? run.trainScores : run.testScores;
        if (scores.empty())
            continue;
        std::span<const std::uint8_t> labels;
        if (data.labelled()) {
            labels = std::span<const std::uint8_t>(data.isAnomaly).subspan(part == 0 ? 0 : data.trainRows, scores.size());
        } else {
            zeros.assign(scores.size(), 0);
            labels = zeros;
        }
        auto p = std::make_shared<PreparedPart>();
        p->index = awb::ScoreIndex(labels, scores);
        p->byScore.resize(scores.size());
        std::iota(p->byScore.begin(), p->byScore.end(), 0u);
        std::stable_sort(p->byScore.begin(), p->byScore.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return scores[a] < scores[b]; });
        if (data.labelled()) {
            p->roc = awb::thinnedForDisplay(awb::rocCurve(labels, scores));
            p->pr = awb::thinnedForDisplay(awb::precisionRecallCurve(labels, scores));
            p->rocAuc = awb::rocAuc(labels, scores);
            p->averagePrecision = awb::averagePrecision(labels, scores);
        }
        prepared->parts[static_cast<std::size_t>(part)] = std::move(p);
    }
    return prepared;
}
