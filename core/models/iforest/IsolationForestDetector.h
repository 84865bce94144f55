// The Isolation Forest behind the Detector interface: id "iforest".
#pragma once

#include "models/Detector.h"
#include "models/iforest/IsolationForest.h"

namespace awb {

class IsolationForestDetector : public Detector {
public:
    std::string id() const override { return "iforest"; }
    std::string displayName() const override;
    std::string scoreName() const override;
    std::string explanationMeaning() const override;
    const ParamSchema &schema() const override;
    std::optional<double> automaticThreshold() const override { return 0.5; }  // scikit-learn's 'auto'
    std::vector<OptionAlias> optionAliases() const override
    {
        return {{"if-trees", "trees", ""}, {"if-max-samples", "max_samples", ""},
                {"if-contamination", "threshold", "contamination:"}, {"if-max-features", "max_features", ""},
                {"if-bootstrap", "bootstrap", ""}};
    }
    std::unique_ptr<TrainedDetector> fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                         const ProgressFn &progress, const CancelFlag *cancel) const override;
    std::unique_ptr<TrainedDetector> load(std::istream &in, const std::string &fileName) const override;

    static const ParamBinding<IsolationForestParams> &binding();
};

} // namespace awb
