// The PCA detector's names and parameter schema; TrainedModel adapts the subspace model itself.
#include "models/pca/PcaDetector.h"

#include "common/Translatable.h"
#include "models/TrainedModel.h"

namespace awb {

std::string PcaDetector::displayName() const
{
    return QT_TRANSLATE_NOOP("awb", "PCA subspace");
}

std::string PcaDetector::scoreName() const
{
    return QT_TRANSLATE_NOOP("awb", "Squared residual outside the normal subspace (SPE)");
}

std::string PcaDetector::explanationMeaning() const
{
    return QT_TRANSLATE_NOOP("awb", "squared residual of the column's encoded features outside the normal subspace");
}

const ParamBinding<PcaParams> &PcaDetector::binding()
{
    static const ParamBinding<PcaParams> b = [] {
        ParamBinding<PcaParams> p;
        p.real("variance", QT_TRANSLATE_NOOP("awb", "Explained variance"),
               QT_TRANSLATE_NOOP("awb", "The normal subspace keeps the fewest principal components whose explained "
                                        "variance exceeds this share. Higher keeps more of normal traffic's variation "
                                        "(fewer false alarms) but leaves less room for anomalies to stand out."),
               &PcaParams::variance, 0.01, 1.0, 3);
        p.integer("components", QT_TRANSLATE_NOOP("awb", "Components"),
                  QT_TRANSLATE_NOOP("awb", "A fixed number of principal components for the normal subspace instead "
                                           "of choosing by explained variance; 0 chooses by variance."),
                  &PcaParams::components, 0, 100000);
        return p;
    }();
    return b;
}

const ParamSchema &PcaDetector::schema() const
{
    static const ParamSchema s = binding().schema();
    return s;
}

std::unique_ptr<TrainedDetector> PcaDetector::fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                                  const ProgressFn &progress, const CancelFlag *cancel) const
{
    return std::make_unique<TrainedModel<PcaSubspace>>(PcaSubspace::fit(rows, binding().read(params), threads, progress, cancel));
}

std::unique_ptr<TrainedDetector> PcaDetector::load(std::istream &in, const std::string &fileName) const
{
    return std::make_unique<TrainedModel<PcaSubspace>>(PcaSubspace::load(in, fileName));
}

} // namespace awb
