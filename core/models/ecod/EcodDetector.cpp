// The adapter from Ecod to TrainedDetector.
#include "models/ecod/EcodDetector.h"

#include "common/InputError.h"
#include "common/Translatable.h"

namespace awb {
namespace {

class TrainedEcod : public TrainedDetector {
public:
    explicit TrainedEcod(Ecod model) : model_(std::move(model)) {}
    std::size_t featureCount() const override { return model_.featureCount(); }
    std::vector<float> score(ConstMatrixRef rows, int threads, const ProgressFn &progress,
                             const CancelFlag *cancel) const override
    {
        return model_.score(rows, threads, progress, cancel);
    }
    std::vector<double> explain(const float *row) const override { return model_.tailTerms(row); }
    void save(std::ostream &out) const override { model_.save(out); }

private:
    Ecod model_;
};

} // namespace

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

std::unique_ptr<TrainedDetector> EcodDetector::fit(ConstMatrixRef rows, const ParamSet &params, int threads,
                                                   const ProgressFn &progress, const CancelFlag *cancel) const
{
    if (!params.empty())
        throw InputError("", 0, 0, "ECOD has no parameters.");
    return std::make_unique<TrainedEcod>(Ecod::fit(rows, threads, progress, cancel));
}

std::unique_ptr<TrainedDetector> EcodDetector::load(std::istream &in, const std::string &fileName) const
{
    return std::make_unique<TrainedEcod>(Ecod::load(in, fileName));
}

} // namespace awb
