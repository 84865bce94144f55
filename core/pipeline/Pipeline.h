// The one pipeline both front ends call: a RunSpec in, results out. load() reads and encodes the
// data (or generates the demo data), train() fits one detector on the rows its spec asks for,
// scores train and test, applies the threshold policy and evaluates; run() does all of that for
// every detector of the spec, in order, for the CLI. The GUI calls load() and train() itself, each
// in its own worker. Every step takes a progress callback and a cancellation flag and throws
// Cancelled when the flag is set; nothing half-done is returned.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/Dataset.h"
#include "eval/ThresholdRules.h"
#include "pipeline/RunSpec.h"

namespace awb {

struct SavedDetector;

// One detector's outcome with what RunResult leaves out: the scores and the trained model.
struct DetectorRun {
    DetectorResult result;
    std::vector<float> trainScores, testScores;
    std::shared_ptr<const TrainedDetector> model;

    // The result and the model without the scores: what a model file, a session or a run's
    // result needs, without a copy of millions of scores.
    DetectorRun withoutScores() const { return {result, {}, {}, model}; }
};

// Which step a run is in, for progress lines and for tests that interrupt a given step.
struct PipelineStep {
    enum class Kind { Load, Fit, Score, Evaluate };
    Kind kind = Kind::Load;
    std::string detector;  // the detector's name, except for Load
};
std::string toString(const PipelineStep &step);  // "load", "fit iforest", ...

struct PipelineObserver {
    ProgressFn progress;
    std::function<void(const PipelineStep &)> stepStarted;
    std::function<void(const Dataset &)> loaded;
    std::function<void(const DetectorRun &)> detectorFinished;
};

struct PipelineOutput {
    std::shared_ptr<const Dataset> data;
    RunSpec spec;  // as run: thread count resolved, detectors of a model file included
    RunResult result;
    std::vector<DetectorRun> detectors;
};

class Pipeline {
public:
    // Resolves threads = 0 to the number of cores; InputError for a detector the registry lacks, an
    // automatic threshold its detector has none of, or two detectors of one name.
    explicit Pipeline(RunSpec spec);
    const RunSpec &spec() const { return spec_; }

    // With `fitted`, the saved encoding is applied instead of fitting one (scoring with a model file).
    Dataset load(const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr,
                 const Preprocessor *fitted = nullptr) const;
    DetectorRun train(const Dataset &data, const DetectorSpec &detector, const PipelineObserver &observer = {},
                      const CancelFlag *cancel = nullptr) const;
    DetectorRun score(const Dataset &data, const SavedDetector &saved, const PipelineObserver &observer = {},
                      const CancelFlag *cancel = nullptr) const;

    // Loads, then trains every detector of the spec (or, with `saved`, scores with the saved ones).
    PipelineOutput run(const PipelineObserver &observer = {}, const CancelFlag *cancel = nullptr,
                       const std::vector<SavedDetector> *saved = nullptr, const Preprocessor *fitted = nullptr) const;

    // The RunResult of detector runs on a dataset.
    RunResult resultOf(const Dataset &data, const std::vector<DetectorRun> &runs, double seconds) const;

private:
    RunSpec spec_;
};

// Fills a run's score summaries and, where a part's labels have both classes, its evaluation at
// run.result.threshold.
void evaluateRun(const Dataset &data, DetectorRun &run);

// A threshold policy applied to a detector run's scores on `data`, as train() applies its own.
ThresholdChoice chooseThreshold(const Dataset &data, const DetectorRun &run, const ThresholdPolicy &policy);

// Each policy applied to a run's scores, with what it flags on train and test (--threshold compare
// and the GUI's threshold assistant). The training cuts it sorts for them are moved into `cuts`
// when given (the assistant draws its cost curve from them).
std::vector<PolicyComparison> compareThresholdPolicies(const Dataset &data, const DetectorRun &run,
                                                       const std::vector<ThresholdPolicy> &policies,
                                                       std::vector<thresholdrules::Cut> *cuts = nullptr);

// The fit and score seconds of detector runs, added up: the duration of runs trained one by one.
double detectorSeconds(const std::vector<DetectorRun> &runs);

// Where the demo data of a spec lives (generated there on first use).
std::string demoDatasetPath(const DataSpec &data);

} // namespace awb
