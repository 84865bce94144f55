// Warnings an analyst can act on, about a trained detector: scores that rank attacks below normal
// traffic on the training rows, a threshold that flags almost nothing or almost everything, and
// attacks as the majority of rows a detector was fitted on. Each says the likely cause and the fix.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "eval/Metrics.h"

namespace awb {

struct DiagnosticFacts {
    std::string detector;              // the display name, as the sentence names it
    bool trainedOnAllRows = false;
    std::size_t trainRows = 0, trainAttacks = 0;  // attacks: labelled anomalies (0 when unlabelled)
    bool labelled = false;
    std::optional<double> trainRocAuc;
    std::size_t checkedRows = 0, flaggedRows = 0;  // at the threshold, on the test rows (or training rows)
    std::size_t checkedAttacks = 0;    // labelled anomalies among the checked rows
    bool checkedTestRows = true;
    std::string thresholdPolicy;       // as applied, e.g. "f1"
};

std::vector<std::string> diagnose(const DiagnosticFacts &facts);

} // namespace awb
