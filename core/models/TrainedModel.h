// The adapter from a detector's own model class to TrainedDetector. A model class provides
// featureCount(), score(rows, threads, progress, cancel), explain(row), save(out) and, if it trains
// in epochs, history(); its detector then returns TrainedModel<Model> from fit() and load().
#pragma once

#include <ostream>
#include <utility>

#include "models/Detector.h"

namespace awb {

template <typename Model>
class TrainedModel : public TrainedDetector {
public:
    explicit TrainedModel(Model model) : model_(std::move(model)) {}

    std::size_t featureCount() const override { return model_.featureCount(); }
    std::vector<float> score(ConstMatrixRef rows, int threads, const ProgressFn &progress,
                             const CancelFlag *cancel) const override
    {
        return model_.score(rows, threads, progress, cancel);
    }
    std::vector<double> explain(const float *row) const override { return model_.explain(row); }
    const TrainingHistory &history() const override
    {
        if constexpr (requires(const Model &m) { m.history(); })
            return model_.history();
        else
            return TrainedDetector::history();
    }
    std::string fittedSummary() const override
    {
        if constexpr (requires(const Model &m) { m.fittedSummary(); })
            return model_.fittedSummary();
        else
            return TrainedDetector::fittedSummary();
    }
    std::optional<std::string> exportOnnx(OnnxGraph &graph, const std::string &features) const override
    {
        if constexpr (requires(const Model &m) { m.exportOnnx(graph, features); })
            return model_.exportOnnx(graph, features);
        else
            return TrainedDetector::exportOnnx(graph, features);
    }
    void save(std::ostream &out) const override { model_.save(out); }

private:
    Model model_;
};

} // namespace awb
