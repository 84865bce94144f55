// The pipeline both front ends call: config in, results out. runPipeline() loads and encodes the
// data, trains the chosen detectors, scores train and test and evaluates them. The GUI calls the
// same steps separately (load once, train each model in its own thread) through trainModel().
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/Dataset.h"
#include "data/LoadOptions.h"
#include "eval/Metrics.h"
#include "models/Autoencoder.h"
#include "models/IsolationForest.h"

namespace awb {

enum class ModelKind { IsolationForest, Autoencoder };
const char *toString(ModelKind kind);  // "isolation_forest", "autoencoder"

struct PipelineConfig {
    LoadOptions data;
    bool useDemo = false;           // generated data instead of data.trainFile
    std::size_t demoRows = 20000;
    std::uint64_t demoSeed = 42;    // the demo data is one fixed dataset per size unless asked otherwise
    std::vector<ModelKind> models{ModelKind::IsolationForest, ModelKind::Autoencoder};
    IsolationForestParams isolationForest;
    AutoencoderParams autoencoder;
    int threads = 0;                // 0 = all hardware threads; overrides both models' threads
};

// One trained model's outcome on one dataset: plain values, ready to print, save or compare.
struct ModelRun {
    ModelKind kind = ModelKind::IsolationForest;
    IsolationForestParams isolationForestParams;
    AutoencoderParams autoencoderParams;
    double threshold = 0.0;
    std::vector<float> trainScores, testScores;
    std::optional<Evaluation> train, test;  // empty when the data is unlabelled
    double fitSeconds = 0.0;
    double scoreSeconds = 0.0;
    TrainingHistory history;                 // autoencoder only
    // The trained model itself, for saving and for the GUI's per-row explanations.
    std::shared_ptr<const IsolationForest> isolationForest;
    std::shared_ptr<const Autoencoder> autoencoder;
};

struct RunResult {
    DatasetSummary dataset;
    std::vector<ModelRun> models;
};

// Loads the configured data (or generates the demo data) and encodes it; with `fitted`, applies
// that encoding instead of fitting one (scoring with a loaded model).
Dataset prepareData(const PipelineConfig &config, const ProgressFn &progress = {},
                    const CancelFlag *cancel = nullptr, const Preprocessor *fitted = nullptr);

// Trains one model on data.train(), scores train and test, evaluates both when labelled.
ModelRun trainModel(const Dataset &data, ModelKind kind, const PipelineConfig &config,
                    const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr);

// Where the demo data of this config is (generated there on first use).
std::string demoDatasetPath(const PipelineConfig &config);

// Fills run.train / run.test from the run's scores and threshold (nothing when unlabelled).
void evaluateRun(const Dataset &data, ModelRun &run);

RunResult runPipeline(const PipelineConfig &config, const ProgressFn &progress = {},
                      const CancelFlag *cancel = nullptr);

} // namespace awb
