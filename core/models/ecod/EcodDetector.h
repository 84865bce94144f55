// ECOD behind the Detector interface: id "ecod". It has no parameters.
#pragma once

#include "models/Detector.h"
#include "models/ecod/Ecod.h"

namespace awb {

class EcodDetector : public Detector {
public:
    std::string id() const override { return "ecod"; }
    std::string displayName() const override;
    std::string scoreName() const override;
    std::string explanationMeaning() const override;
    const ParamSchema &schema() const override;
    std::unique_ptr<TrainedDetector> fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                         const ProgressFn &progress, const CancelFlag *cancel) const override;
    std::unique_ptr<TrainedDetector> load(std::istream &in, const std::string &fileName) const override;
};

} // namespace awb
