// Applying a threshold policy to a detector's scores: the threshold and the figures behind it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "eval/Metrics.h"
#include "eval/ThresholdRules.h"
#include "eval/ThresholdPolicy.h"

namespace awb {

// The scores a threshold is chosen from. Labels are per training row (1 = anomaly), empty when the
// data is unlabelled; fitted scores are those of the rows the detector was fitted on.
struct ThresholdInputs {
    std::span<const float> trainScores;
    std::span<const std::uint8_t> trainLabels;
    std::span<const float> fittedScores;
    std::optional<double> automatic;  // the detector's own cut-off, if it has one
    // thresholdrules::cuts(trainScores, trainLabels) when the caller applies several policies to
    // the same scores; empty: each policy that needs them sorts the scores itself.
    std::span<const thresholdrules::Cut> cuts;
    bool labelled() const { return !trainLabels.empty(); }
};

struct ThresholdChoice {
    ThresholdPolicy policy;    // as applied: Default resolved to the situation's policy
    double threshold = 0.0;    // flagged: score > threshold
    std::string reasoning;     // how it came about, with its figures on the training rows
};

// What "default" means in a situation: best F1 when the training rows are labelled with both
// classes, Otsu's split of the training scores otherwise (no labels, or normal rows only). Any other policy is returned as it is.
ThresholdPolicy resolvedPolicy(const ThresholdPolicy &policy, bool bothClassesLabelled);

// InputError when the policy cannot be applied: labels needed but absent, no normal rows for a false
// positive rate, no attacks for a recall, no automatic cut-off.
ThresholdChoice chooseThreshold(const ThresholdPolicy &policy, const ThresholdInputs &inputs);

// numpy.percentile's default (linear) interpolation, q in [0, 100].
double percentile(std::span<const float> values, double q);

// Alerts per 10,000 flows when `flagged` of `rows` are flagged.
double alertsPer10k(std::size_t flagged, std::size_t rows);

// One line of `--threshold compare`: a policy, its threshold and what it flags on train and test.
struct PolicyComparison {
    ThresholdChoice choice;
    std::string error;                       // why the policy could not be applied; empty if it was
    double trainAlertsPer10k = 0.0, testAlertsPer10k = 0.0;
    std::optional<ConfusionMatrix> train, test;  // when labelled
};

// The policies `--threshold compare` and the GUI's assistant offer, with their usual inputs.
std::vector<ThresholdPolicy> standardPolicies(bool labelled, bool hasAutomatic);

PolicyComparison comparePolicy(const ThresholdPolicy &policy, const ThresholdInputs &inputs,
                               std::span<const float> testScores, std::span<const std::uint8_t> testLabels);

} // namespace awb
