// Trained detectors saved together with the preprocessing they need, so that a loaded model
// encodes and scores new data exactly as it was trained. One file holds every detector of a run,
// each with its spec (parameters, training rows, threshold policy) and threshold. Versioned; a
// damaged or foreign file is an InputError.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "data/Preprocessor.h"
#include "pipeline/Pipeline.h"

namespace awb {

struct SavedDetector {
    DetectorSpec spec;
    double threshold = 0.0;
    std::string thresholdReason;
    ThresholdPolicy thresholdPolicy;  // the policy that chose the threshold, "default" resolved
    std::size_t trainedRows = 0;
    bool trainedOnNormalRows = false;
    TrainingHistory history;
    std::shared_ptr<const TrainedDetector> model;
};

struct ModelFile {
    Preprocessor preprocessor;
    std::vector<SavedDetector> detectors;
};

// The trained detectors of a run as they would read back from its model file.
ModelFile modelFileOf(const Preprocessor &preprocessor, const std::vector<DetectorRun> &runs);

void writeModelFile(std::ostream &out, const Preprocessor &preprocessor, const std::vector<DetectorRun> &runs);
ModelFile readModelFile(std::istream &in, const std::string &fileName);
void saveModelFile(const std::string &path, const Preprocessor &preprocessor, const std::vector<DetectorRun> &runs);
ModelFile loadModelFile(const std::string &path);

} // namespace awb
