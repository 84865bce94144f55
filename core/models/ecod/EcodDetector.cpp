// ECOD's names; TrainedModel adapts the model itself.
#include "models/ecod/EcodDetector.h"

#include "common/InputError.h"
#include "common/Translatable.h"
#include "models/TrainedModel.h"

namespace awb {

std::string EcodDetector::displayName() const
{
    return QT_TRANSLATE_NOOP("awb", "ECOD");
}

std::string EcodDetector::scoreName() const
{
    return QT_TRANSLATE_NOOP("awb", "ECOD outlier score (sum of -log tail probabilities)");
}

std::string EcodDetector::explanationMeaning() const
{
    return QT_TRANSLATE_NOOP("awb", "-log of the tail probability of the row's value among the training rows");
}

const ParamSchema &EcodDetector::schema() const
{
    static const ParamSchema s;
    return s;
}

std::unique_ptr<TrainedDetector> EcodDetector::fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                                   const ProgressFn &progress, const CancelFlag *cancel) const
{
    if (!params.empty())
        throw InputError("", 0, 0, "ECOD has no parameters.");
    return std::make_unique<TrainedModel<Ecod>>(Ecod::fit(rows, threads, progress, cancel));
}

std::unique_ptr<TrainedDetector> EcodDetector::load(std::istream &in, const std::string &fileName) const
{
    return std::make_unique<TrainedModel<Ecod>>(Ecod::load(in, fileName));
}

} // namespace awb
