// Detectors of several runs side by side, as the comparison view and `history compare` show them:
// the settings that determine each (data options, detector, training rows, threshold policy and
// every parameter) with the differing rows marked, the metrics on train and test with the best per
// row marked, and, when every run read the same input (fingerprint), how far their flagged test
// rows agree: flagged by all, by some, by none.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/Json.h"
#include "history/RunDetails.h"
#include "pipeline/RunSpec.h"

namespace awb {

struct ComparedDetector {
    std::int64_t runId = 0;  // 0: the current run, not from the history
    std::string label;       // "#12 iforest"
    DataSpec data;
    DetectorResult result;
    DatasetSummary dataset;  // of the run: its fingerprint, its sample
    std::optional<DetectorDetails> details;
};

struct ComparedParameter {
    std::string name;
    std::vector<std::string> values;  // per detector; "-" where it has no such parameter
    bool differs = false;             // among the detectors that have it
};

struct ComparedMetric {
    std::string name;
    std::vector<std::optional<double>> values;
    bool higherIsBetter = true;
    bool count = false;      // a number of rows, not a rate
    std::vector<bool> best;  // every detector that reaches the best value
};

struct FlagAgreement {
    bool available = false;  // the detectors read the same input and kept their flagged rows
    std::vector<std::uint32_t> byAll, bySome, byNone;  // test rows
};

struct Comparison {
    std::vector<std::string> labels;
    std::vector<ComparedParameter> parameters;
    std::vector<ComparedMetric> metrics;
    FlagAgreement agreement;
};

Comparison compare(const std::vector<ComparedDetector> &detectors);
// The label of a detector of a recorded run: "#12 pca".
std::string comparedLabel(std::int64_t runId, const std::string &detector);
Json toJson(const Comparison &comparison);

} // namespace awb
