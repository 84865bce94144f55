// How a detector's threshold is chosen, applied after scoring and the same for every detector:
// a fixed value, a percentile of the scores of the rows the detector was fitted on, the share of
// those rows expected to be anomalous (contamination), or the detector's own natural cut-off
// ("auto": the Isolation Forest's score 0.5, as scikit-learn's contamination='auto').
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace awb {

struct ThresholdPolicy {
    enum class Kind { Automatic, Fixed, Percentile, Contamination };
    Kind kind = Kind::Percentile;
    double value = 95.0;  // Fixed: the threshold; Percentile: 0-100; Contamination: (0, 0.5]

    // "auto", "fixed:0.5", "percentile:95", "contamination:0.05"; throws InputError otherwise.
    static ThresholdPolicy parse(std::string_view text);
    std::string text() const;
    bool operator==(const ThresholdPolicy &) const = default;
};

struct ThresholdChoice {
    double threshold = 0.0;
    std::string reasoning;  // one sentence: how the value came about
};

// `fittedScores` are the scores of the rows the detector was fitted on; `automatic` is the
// detector's natural cut-off, if it has one (otherwise Automatic is an InputError).
ThresholdChoice chooseThreshold(const ThresholdPolicy &policy, std::span<const float> fittedScores,
                                std::optional<double> automatic);

// numpy.percentile's default (linear) interpolation, q in [0, 100].
double percentile(std::span<const float> values, double q);

} // namespace awb
