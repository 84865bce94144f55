// The cut-offs a threshold policy computes from scores, without the reasoning around them.
// Every function returns a threshold t; a row is flagged when its score is above t.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace awb::thresholdrules {

// A candidate cut of labelled (or unlabelled: all labels 0) scores: what flagging every score
// above `threshold` catches. Cuts run from flagging nothing (threshold = the highest score) to
// flagging everything, one per distinct score; each threshold is itself a score (or just below
// the lowest one).
struct Cut {
    double threshold = 0.0;
    std::uint32_t tp = 0, fp = 0;  // rows are counted in 32 bits throughout; 16 bytes a cut, millions of them
    std::int64_t flagged() const { return std::int64_t{tp} + fp; }
};
// NaN scores are in no cut (never flagged); the other rules leave them out too.
std::vector<Cut> cuts(std::span<const float> scores, std::span<const std::uint8_t> labels);

// Median + z * 1.4826 * MAD. When the MAD is 0 (over half the scores equal), the IQR / 1.349 and
// then the standard deviation stand in for it.
double robustZ(std::span<const float> scores, double z);

// Otsu's method on the exact scores: the split of the sorted scores that maximises the variance
// between the two groups. The threshold is the highest score of the lower group.
double otsu(std::span<const float> scores);

// Kneedle on the sorted scores (ascending, both axes scaled to [0, 1]): the score where the curve
// lies furthest below the diagonal, i.e. where the steep tail begins.
double knee(std::span<const float> scores);

} // namespace awb::thresholdrules
