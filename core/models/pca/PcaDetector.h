// The PCA subspace detector behind the Detector interface: id "pca".
#pragma once

#include "models/Detector.h"
#include "models/pca/PcaSubspace.h"

namespace awb {

class PcaDetector : public Detector {
public:
    std::string id() const override { return "pca"; }
    std::string displayName() const override;
    std::string scoreName() const override;
    std::string explanationMeaning() const override;
    const ParamSchema &schema() const override;
    std::unique_ptr<TrainedDetector> fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                         const ProgressFn &progress, const CancelFlag *cancel) const override;
    std::unique_ptr<TrainedDetector> load(std::istream &in, const std::string &fileName) const override;

    static const ParamBinding<PcaParams> &binding();
};

} // namespace awb
