// A parameter sweep: a grid of settings ("iforest.trees=50,100,200;iforest.max_samples=128,256")
// expanded into one RunSpec per combination, and run with the data loaded and encoded once.
// Each finished point is handed to the caller at once (the CLI and the GUI record it in the run
// history), so a cancelled sweep keeps the points it finished.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/Pipeline.h"

namespace awb {

constexpr std::size_t kMaxSweepRuns = 10000;

struct SweepAxis {
    std::string detector;             // a detector name of the run (its id by default)
    std::string key;                  // a parameter key, "threshold" or "train_on"
    std::vector<std::string> values;  // as --set spells them
};

// "DETECTOR.KEY=V1,V2;DETECTOR.KEY=V3,V4", 1 to 3 axes; a value FROM:TO:STEP stands for the
// numbers from FROM to TO (inclusive) in steps of STEP. InputError on anything else.
std::vector<SweepAxis> parseSweepGrid(std::string_view text);

struct SweepPoint {
    std::vector<std::string> settings;  // one "detector.key=value" per axis
    RunSpec spec;
};

// Every combination of the axes' values applied to `base` (whose detectors are those the axes
// name, with their defaults where `base` lacks them); the first axis varies slowest.
std::vector<SweepPoint> expandSweep(const RunSpec &base, const std::vector<SweepAxis> &axes);

struct SweepObserver {
    PipelineObserver pipeline;  // progress and steps of each point
    std::function<void(const Dataset &)> loaded;
    std::function<void(std::size_t index, const SweepPoint &, const PipelineOutput &)> pointFinished;
};

// Loads the data once, then trains every point's detectors on it. Throws Cancelled (the points
// finished so far were already handed to pointFinished).
void runSweep(const std::vector<SweepPoint> &points, const SweepObserver &observer, const CancelFlag *cancel);

} // namespace awb
