// How much memory this process can still take, so that a load too large for the machine is
// refused with a sentence (what it needs, what there is, what to do instead) before the kernel's
// OOM killer or std::bad_alloc ends it.
#pragma once

#include <cstdint>
#include <string>

#include "InputError.h"

namespace awb {

// The least of: the system's available memory (MemAvailable), the room left under the process's
// address-space and data limits (ulimit -v, -d), and the room left under its cgroup's memory.max.
std::uint64_t availableMemory();

// "6.6 GB", "850 MB": one decimal from 1 GB up.
std::string byteSize(std::uint64_t bytes);

// A load refused for want of memory. Its message is the sentence for the command line: `need`
// estimated bytes and what they are, `available` bytes, and the two ways round it (--sample and
// score); need() and available() let the window say the same in its own terms.
// `bytesPerRow` (0: unknown) is what a loaded row costs: the message then says about how many rows
// a sample can have (sampleRows(), 0 when too few for one).
class TooLargeToLoad : public InputError {
public:
    TooLargeToLoad(std::string file, std::uint64_t need, const std::string &what, std::uint64_t available,
                   std::uint64_t bytesPerRow);

    std::uint64_t need() const { return need_; }
    std::uint64_t available() const { return available_; }
    std::uint64_t sampleRows() const { return sampleRows_; }

private:
    std::uint64_t need_, available_, sampleRows_;
};

// About how many rows of `bytesPerRow` a sample can hold in `available` bytes, leaving room for
// training: two significant digits, rounded down; 0 below the smallest sample (100 rows).
std::uint64_t rowsThatFit(std::uint64_t available, std::uint64_t bytesPerRow);

} // namespace awb
