// Trained models saved together with the preprocessing they need, so that a loaded model encodes
// and scores new data exactly as it was trained. One file may hold several models (the CLI's
// --save-model writes every model of the run). Versioned; a damaged or foreign file is an
// InputError.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/Pipeline.h"

namespace awb {

struct SavedModel {
    ModelKind kind = ModelKind::IsolationForest;
    std::shared_ptr<const IsolationForest> isolationForest;
    std::shared_ptr<const Autoencoder> autoencoder;
};

struct ModelFile {
    Preprocessor preprocessor;
    std::vector<SavedModel> models;
};

void saveModelFile(const std::string &path, const Preprocessor &preprocessor, const std::vector<ModelRun> &runs);
ModelFile loadModelFile(const std::string &path);

// Scores train and test with an already trained model and evaluates them, as trainModel() does
// after fitting.
ModelRun scoreWithModel(const Dataset &data, const SavedModel &model, int threads,
                        const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr);

} // namespace awb
