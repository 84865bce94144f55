// The detectors the workbench knows, by id. The built-in ones are registered in
// DetectorRegistry.cpp, one line each; tests and plug-ins may add more before a front end builds
// its options, forms and tabs from the list.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "models/Detector.h"

namespace awb {

class DetectorRegistry {
public:
    void add(std::shared_ptr<const Detector> detector);  // a second detector with the same id replaces none: error
    const Detector *find(std::string_view id) const;
    const Detector &get(std::string_view id) const;      // InputError naming the known ids
    const std::vector<std::shared_ptr<const Detector>> &all() const { return detectors_; }
    std::string idList() const;                           // "iforest, autoencoder, pca, ecod"

private:
    std::vector<std::shared_ptr<const Detector>> detectors_;
};

DetectorRegistry &detectorRegistry();

} // namespace awb
