// The registry and its built-in detectors: adding a detector is its folder plus one line here.
#include "models/DetectorRegistry.h"

#include <cmath>
#include <stdexcept>

#include "common/InputError.h"
#include "models/autoencoder/AutoencoderDetector.h"
#include "models/ecod/EcodDetector.h"
#include "models/iforest/IsolationForestDetector.h"
#include "models/pca/PcaDetector.h"

namespace awb {

bool TrainingHistory::operator==(const TrainingHistory &other) const
{
    const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    if (loss.size() != other.loss.size() || bestEpoch != other.bestEpoch || stoppedEarly != other.stoppedEarly ||
        secondsPerEpoch != other.secondsPerEpoch)
        return false;
    for (std::size_t i = 0; i < loss.size(); ++i)
        if (!same(loss[i].first, other.loss[i].first) || !same(loss[i].second, other.loss[i].second))
            return false;
    return true;
}

const TrainingHistory &TrainedDetector::history() const
{
    static const TrainingHistory none;
    return none;
}

std::optional<std::string> TrainedDetector::exportOnnx(OnnxGraph &, const std::string &) const
{
    return std::nullopt;
}

void DetectorRegistry::add(std::shared_ptr<const Detector> detector)
{
    if (find(detector->id()))
        throw std::logic_error("A detector with the id \"" + detector->id() + "\" is already registered.");
    detectors_.push_back(std::move(detector));
}

const Detector *DetectorRegistry::find(std::string_view id) const
{
    for (const auto &d : detectors_)
        if (d->id() == id)
            return d.get();
    return nullptr;
}

const Detector &DetectorRegistry::get(std::string_view id) const
{
    if (const Detector *d = find(id))
        return *d;
    throw InputError("", 0, 0, "There is no detector \"" + std::string(id) + "\"; the detectors are " + idList() + ".");
}

std::string DetectorRegistry::idList() const
{
    std::string list;
    for (const auto &d : detectors_)
        list += (list.empty() ? "" : ", ") + d->id();
    return list;
}

DetectorRegistry &detectorRegistry()
{
    static DetectorRegistry registry = [] {
        DetectorRegistry r;
        r.add(std::make_shared<IsolationForestDetector>());
        r.add(std::make_shared<AutoencoderDetector>());
        r.add(std::make_shared<PcaDetector>());
        r.add(std::make_shared<EcodDetector>());
        return r;
    }();
    return registry;
}

} // namespace awb
