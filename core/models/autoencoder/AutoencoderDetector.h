// The autoencoder behind the Detector interface: id "autoencoder".
#pragma once

#include "models/Detector.h"
#include "models/autoencoder/Autoencoder.h"

namespace awb {

class AutoencoderDetector : public Detector {
public:
    std::string id() const override { return "autoencoder"; }
    std::string displayName() const override;
    std::string scoreName() const override;
    std::string explanationMeaning() const override;
    const ParamSchema &schema() const override;
    std::vector<OptionAlias> optionAliases() const override
    {
        return {{"ae-layers", "encoder_layers", ""}, {"ae-activation", "activation", ""},
                {"ae-output", "output_activation", ""}, {"ae-epochs", "epochs", ""}, {"ae-batch", "batch_size", ""},
                {"ae-lr", "learning_rate", ""}, {"ae-optimizer", "optimizer", ""}, {"ae-momentum", "momentum", ""},
                {"ae-l2", "l2", ""}, {"ae-dropout", "dropout", ""}, {"ae-val-fraction", "validation_fraction", ""},
                {"ae-patience", "patience", ""}, {"ae-train-on", "train_on", ""},
                {"ae-threshold-percentile", "threshold", "percentile:"}, {"ae-contamination", "threshold", "contamination:"}};
    }
    std::unique_ptr<TrainedDetector> fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                         const ProgressFn &progress, const CancelFlag *cancel) const override;
    std::unique_ptr<TrainedDetector> load(std::istream &in, const std::string &fileName) const override;

    static const ParamBinding<AutoencoderParams> &binding();
};

} // namespace awb
