// A run as a value: RunSpec is everything that determines a run (the data and every load option,
// each detector with its parameters, training rows and threshold policy, the thread count);
// RunResult is what it produced (dataset summary with the input's fingerprint, application
// version, timings, and per detector its threshold, score summaries, evaluations and history).
// Both are plain values that round-trip exactly through JSON (RunDocument.h); the GUI edits a
// RunSpec, the CLI builds one from its options, --rerun reads one back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/LoadOptions.h"
#include "eval/Metrics.h"
#include "eval/ThresholdChoice.h"
#include "models/Detector.h"

namespace awb {

struct DataSpec {
    LoadOptions load;
    bool demo = false;             // generated demo data instead of load.trainFile
    std::size_t demoRows = 20000;
    std::uint64_t demoSeed = 42;
    bool operator==(const DataSpec &) const = default;
};

// Which rows a detector is fitted on. Normal: the labelled-normal training rows (novelty
// detection), or all of them when the data is unlabelled. All: every training row.
enum class TrainOn { Normal, All };
const char *nameOf(TrainOn trainOn);
TrainOn trainOnFromString(const std::string &text);  // "normal" | "all"; InputError otherwise

struct DetectorSpec {
    std::string name;      // unique within the run: "iforest", "iforest-2", ...
    std::string detector;  // the registry id
    ParamSet params;
    TrainOn trainOn = TrainOn::Normal;
    ThresholdPolicy threshold;
    bool operator==(const DetectorSpec &) const = default;
};

// A detector with its defaults: every parameter, training rows and the detector's threshold policy.
DetectorSpec defaultDetectorSpec(const std::string &detectorId, const std::string &name = {});

struct RunSpec {
    DataSpec data;
    std::vector<DetectorSpec> detectors;
    int threads = 0;  // 0 = every core; the pipeline records the number it used
    bool operator==(const RunSpec &) const = default;
};

struct ScoreSummary {
    std::size_t count = 0;
    double min = 0.0, max = 0.0, mean = 0.0, median = 0.0;
    bool operator==(const ScoreSummary &) const = default;
};
ScoreSummary summarizeScores(std::span<const float> scores);

struct DetectorResult {
    DetectorSpec spec;
    std::size_t trainedRows = 0;     // rows the detector was fitted on
    bool trainedOnNormalRows = false; // those were the labelled-normal rows only
    double threshold = 0.0;
    ThresholdPolicy thresholdPolicy;  // the policy that chose it ("default" resolved)
    std::string thresholdReason;
    ScoreSummary trainScores, testScores;
    std::optional<Evaluation> train, test;  // empty when unlabelled
    TrainingHistory history;
    std::string fitted;                 // TrainedDetector::fittedSummary()
    std::vector<std::string> warnings;  // see eval/Diagnostics.h
    double fitSeconds = 0.0, scoreSeconds = 0.0;
    bool operator==(const DetectorResult &) const = default;
};

struct RunResult {
    DatasetSummary dataset;
    std::string appVersion;
    int threads = 0;          // threads used
    double seconds = 0.0;     // the whole run
    std::vector<DetectorResult> detectors;
    bool operator==(const RunResult &) const = default;
};

} // namespace awb
