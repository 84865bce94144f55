// Progress reporting and cancellation: the one pattern every long-running core function follows.
// The core calls a plain callback (from any thread) and polls an atomic flag; front ends marshal
// the events to their own threads and set the flag to cancel.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>

namespace awb {

struct ProgressEvent {
    enum class Stage { Reading, Encoding, Fitting, Scoring, Epoch, Runs };
    Stage stage = Stage::Reading;
    std::uint64_t done = 0;   // units finished: bytes, rows, trees, batches; Runs: thousandths of runs
    std::uint64_t total = 0;  // units in all; 0 when unknown
    // Autoencoder only: in Epoch events the epoch just finished (1-based) and its losses; in Fitting
    // events the epoch under way of `epochs`, so progress reads in epochs rather than batches.
    int epoch = 0;
    int epochs = 0;
    double trainLoss = std::numeric_limits<double>::quiet_NaN();
    double validationLoss = std::numeric_limits<double>::quiet_NaN();
};

using ProgressFn = std::function<void(const ProgressEvent &)>;
using CancelFlag = std::atomic<bool>;

// Thrown by long work that saw its cancellation flag set; nothing half-done is returned.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("The operation was cancelled.") {}
};

inline void report(const ProgressFn &progress, const ProgressEvent &event)
{
    if (progress)
        progress(event);
}

inline bool isCancelled(const CancelFlag *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

inline void throwIfCancelled(const CancelFlag *cancel)
{
    if (isCancelled(cancel))
        throw Cancelled();
}

} // namespace awb
