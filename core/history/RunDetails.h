// What the run history keeps of a run beyond its RunResult, so that past runs can be compared
// without their data: per detector and part, the ROC and precision-recall curves thinned to a few
// hundred points, a score histogram per class, and which rows were flagged at the threshold (one
// bit per row, for the agreement between runs on the same input).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/Json.h"
#include "eval/Metrics.h"
#include "pipeline/Pipeline.h"

namespace awb {

struct PartDetails {
    Curve roc, pr;                          // thinned; empty when unlabelled
    double histogramLow = 0.0, histogramHigh = 0.0;
    std::vector<double> normalCounts, anomalyCounts;  // equal-width bins over [low, high]
    std::vector<std::uint8_t> flaggedBits;  // bit i of byte i / 8: row i scored above the threshold
    std::size_t rows = 0;

    bool flagged(std::size_t row) const { return (flaggedBits[row / 8] >> (row % 8)) & 1u; }
    bool operator==(const PartDetails &) const = default;
};

struct DetectorDetails {
    std::string name;
    std::optional<PartDetails> train, test;
    bool operator==(const DetectorDetails &) const = default;
};

struct RunDetails {
    std::vector<DetectorDetails> detectors;
    const DetectorDetails *find(const std::string &name) const;
    bool operator==(const RunDetails &) const = default;
};

constexpr std::size_t kCurvePoints = 256;
constexpr std::size_t kHistogramBins = 40;

DetectorDetails detailsOf(const Dataset &data, const DetectorRun &run);
RunDetails detailsOf(const Dataset &data, const std::vector<DetectorRun> &runs);  // each run's, in order
// A curve with at most `points` points: the first, the last, and evenly spaced ones between.
Curve thinned(const Curve &curve, std::size_t points);

std::vector<std::uint8_t> toCbor(const RunDetails &details);
RunDetails runDetailsFromCbor(const std::vector<std::uint8_t> &bytes);  // InputError when damaged

} // namespace awb
