// The one interface every anomaly detector implements. A Detector is a kind (its id, its names and
// its parameter schema) that fits a TrainedDetector on an encoded training matrix; a trained
// detector scores rows, explains one row feature by feature, and saves itself. Everything above
// the models (pipeline, CLI, GUI, model files) works through these two classes and the registry.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/Matrix.h"
#include "common/TrainingRows.h"
#include "common/Progress.h"
#include "models/ParamSchema.h"

namespace awb {

class OnnxGraph;

// Per-epoch training losses, for detectors that train iteratively (empty for the others).
struct TrainingHistory {
    std::vector<std::pair<double, double>> loss;  // per epoch: train, validation (NaN when none)
    int bestEpoch = 0;
    bool stoppedEarly = false;
    double secondsPerEpoch = 0.0;
    bool operator==(const TrainingHistory &other) const;  // a NaN loss equals a NaN loss
};

class TrainedDetector {
public:
    virtual ~TrainedDetector() = default;

    virtual std::size_t featureCount() const = 0;
    // One score per row, higher = more anomalous. Throws Cancelled when the flag is set.
    virtual std::vector<float> score(ConstMatrixRef rows, int threads, const ProgressFn &progress,
                                     const CancelFlag *cancel) const = 0;
    // A non-negative value per encoded feature: how much that feature makes the row unusual, in the
    // units Detector::explanationMeaning() names.
    virtual std::vector<double> explain(const float *row) const = 0;
    virtual const TrainingHistory &history() const;
    // What fitting chose that the settings do not say (PCA: the components kept); empty if nothing.
    virtual std::string fittedSummary() const { return {}; }
    // Adds this detector's scoring to an ONNX graph whose encoded rows are the float tensor
    // `features` [N, featureCount()]; returns the name of its score vector [N] (equal to score()
    // to float rounding), or nothing when ONNX's operators cannot express the detector.
    virtual std::optional<std::string> exportOnnx(OnnxGraph &graph, const std::string &features) const;
    // The model's own versioned record (the parameters are saved beside it by the model file).
    virtual void save(std::ostream &out) const = 0;
};

// An older command-line option that stands for one of a detector's settings: `key` is a parameter
// key, "threshold" or "train_on"; the option's value is prefixed with `valuePrefix` (except
// "auto"), and an option for a true/false parameter takes no value.
struct OptionAlias {
    std::string option;       // "if-trees"
    std::string key;          // "trees"
    std::string valuePrefix;  // "contamination:" for a threshold given as a fraction
};

class Detector {
public:
    virtual ~Detector() = default;

    virtual std::string id() const = 0;           // "iforest": CLI, JSON, model files
    virtual std::string displayName() const = 0;  // "Isolation Forest" (translated by front ends)
    virtual std::string scoreName() const = 0;    // the score's axis label
    virtual std::string explanationMeaning() const = 0;  // what explain() values are
    virtual const ParamSchema &schema() const = 0;
    virtual std::optional<double> automaticThreshold() const { return std::nullopt; }
    virtual std::vector<OptionAlias> optionAliases() const { return {}; }

    // Fits on every row of `rows` (the pipeline chooses which rows). Throws Cancelled, and
    // InputError for parameters that do not suit the data.
    virtual std::unique_ptr<TrainedDetector> fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                                 const ProgressFn &progress, const CancelFlag *cancel) const = 0;
    virtual std::unique_ptr<TrainedDetector> load(std::istream &in, const std::string &fileName) const = 0;
};

} // namespace awb
