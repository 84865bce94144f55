// How a detector's threshold is chosen: a policy applied after scoring, the same for every
// detector. A row is flagged when its score is above the threshold.
//
// With labels, chosen on the training rows (never on test rows): the best F1, a target false
// positive rate, a target recall, the minimum expected cost of false alarms and missed attacks.
// Without labels: an alert budget, a contamination share or percentile of the rows the detector
// was fitted on, and three data-driven cut-offs on the score distribution (robust z-score, Otsu,
// knee), each with what it assumes. "default" picks per situation (see resolvedPolicy in ThresholdChoice.h); "auto" is
// the detector's own cut-off where it has one (the Isolation Forest's 0.5, scikit-learn's 'auto').
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace awb {

struct ThresholdPolicy {
    enum class Kind {
        Default, Automatic, Fixed,                 // situation's default, detector's own, a value
        BestF1, FalsePositiveRate, Recall, Cost,   // need labels
        Budget, Contamination, Percentile,         // a share of the rows
        RobustZ, Otsu, Knee,                       // data-driven cut-offs
    };
    Kind kind = Kind::Default;
    // Fixed: the threshold. FalsePositiveRate: a rate in [0, 1); Recall: (0, 1]; Contamination: (0, 0.5].
    // Percentile: 0-100. Cost: the cost of a false alarm. Budget: alerts. RobustZ: z.
    double value = 0.0;
    // Cost: the cost of a missed attack. Budget: per how many flows.
    double value2 = 0.0;

    // Spellings: default, auto, fixed:V, f1, fpr:R, recall:R, cost:fp=A,fn=B, budget:N/M,
    // contamination:C, percentile:P, mad[:Z], otsu, knee. InputError otherwise.
    static ThresholdPolicy parse(std::string_view text);
    std::string text() const;
    bool needsLabels() const;
    bool operator==(const ThresholdPolicy &) const = default;
};

// Every spelling parse() accepts, one line each, for --help and error messages.
std::string thresholdPolicyHelp();

// One sentence saying what the policy assumes or chooses ("assumes the scores of normal traffic
// are spread symmetrically about their median ...").
std::string thresholdPolicyAssumption(const ThresholdPolicy &policy);

} // namespace awb
