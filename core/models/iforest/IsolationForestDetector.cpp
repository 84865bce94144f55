// The Isolation Forest's names and parameter schema; TrainedModel adapts the forest itself.
#include "models/iforest/IsolationForestDetector.h"

#include "common/Translatable.h"
#include "models/TrainedModel.h"

namespace awb {

std::string IsolationForestDetector::displayName() const
{
    return QT_TRANSLATE_NOOP("awb", "Isolation Forest");
}

std::string IsolationForestDetector::scoreName() const
{
    return QT_TRANSLATE_NOOP("awb", "Isolation Forest anomaly score");
}

std::string IsolationForestDetector::explanationMeaning() const
{
    return QT_TRANSLATE_NOOP("awb", "how often the column split the row's path near the root, summed over the trees "
                                    "(short paths are what isolate an anomaly)");
}

const ParamBinding<IsolationForestParams> &IsolationForestDetector::binding()
{
    static const ParamBinding<IsolationForestParams> b = [] {
        ParamBinding<IsolationForestParams> p;
        p.integer("trees", QT_TRANSLATE_NOOP("awb", "Trees"),
                  QT_TRANSLATE_NOOP("awb", "Number of isolation trees. More trees give steadier scores (less variance "
                                           "between seeds) at proportionally more training and scoring time; gains "
                                           "flatten beyond a few hundred."),
                  &IsolationForestParams::trees, 1, 100000);
        p.size("max_samples", QT_TRANSLATE_NOOP("awb", "Max samples"),
               QT_TRANSLATE_NOOP("awb", "Rows drawn to build each tree: auto is min(256, rows). Small samples isolate "
                                        "anomalies best and keep trees shallow and fast; larger samples see rare normal "
                                        "patterns but dilute anomalies (masking) and cost more."),
               &IsolationForestParams::maxSamples, 1e9, true);
        p.size("max_features", QT_TRANSLATE_NOOP("awb", "Max features"),
               QT_TRANSLATE_NOOP("awb", "Features each tree may split on, drawn per tree. All features (1.0) is the "
                                        "classic forest; fewer make trees more diverse and can help when many features "
                                        "are irrelevant, but an anomaly visible in one feature is seen by fewer trees."),
               &IsolationForestParams::maxFeatures, 1e6, false);
        p.boolean("bootstrap", QT_TRANSLATE_NOOP("awb", "Bootstrap"),
                  QT_TRANSLATE_NOOP("awb", "Draw each tree's rows with replacement instead of without. Rarely matters "
                                           "for isolation forests; off by default as in scikit-learn."),
                  &IsolationForestParams::bootstrap);
        p.integer("seed", QT_TRANSLATE_NOOP("awb", "Seed"),
                  QT_TRANSLATE_NOOP("awb", "Seed of the random generator: the same seed gives the same forest and "
                                           "scores, whatever the number of threads."),
                  &IsolationForestParams::seed, 0, 9007199254740991.0);
        return p;
    }();
    return b;
}

const ParamSchema &IsolationForestDetector::schema() const
{
    static const ParamSchema s = binding().schema();
    return s;
}

std::unique_ptr<TrainedDetector> IsolationForestDetector::fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                                              const ProgressFn &progress, const CancelFlag *cancel) const
{
    return std::make_unique<TrainedModel<IsolationForest>>(IsolationForest::fit(rows, binding().read(params), threads, progress, cancel));
}

std::unique_ptr<TrainedDetector> IsolationForestDetector::load(std::istream &in, const std::string &fileName) const
{
    return std::make_unique<TrainedModel<IsolationForest>>(IsolationForest::load(in, fileName));
}

} // namespace awb
