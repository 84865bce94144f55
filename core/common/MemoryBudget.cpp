#include "common/MemoryBudget.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>
#include <utility>

#include <sys/resource.h>

namespace awb {
namespace {

constexpr std::uint64_t kUnlimited = std::numeric_limits<std::uint64_t>::max();

// A "Key:   1234 kB" line of a /proc file, in bytes; 0 when absent.
std::uint64_t procValue(const char *file, const std::string &key)
{
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key + ":", 0) == 0) {
            std::istringstream fields(line.substr(key.size() + 1));
            std::uint64_t kb = 0;
            fields >> kb;
            return kb * 1024;
        }
    return 0;
}

std::uint64_t roomUnder(int resource, std::uint64_t used)
{
    rlimit limit{};
    if (::getrlimit(resource, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return kUnlimited;
    const auto cap = static_cast<std::uint64_t>(limit.rlim_cur);
    return cap > used ? cap - used : 0;
}

std::uint64_t roomInCgroup()
{
    std::ifstream maxFile("/sys/fs/cgroup/memory.max"), currentFile("/sys/fs/cgroup/memory.current");
    std::string max;
    std::uint64_t current = 0;
    if (!(maxFile >> max) || max == "max" || !(currentFile >> current))
        return kUnlimited;
    const std::uint64_t cap = std::stoull(max);
    return cap > current ? cap - current : 0;
}

} // namespace

std::uint64_t availableMemory()
{
    std::uint64_t room = procValue("/proc/meminfo", "MemAvailable");
    if (room == 0)
        room = kUnlimited;
    room = std::min(room, roomUnder(RLIMIT_AS, procValue("/proc/self/status", "VmSize")));
    room = std::min(room, roomUnder(RLIMIT_DATA, procValue("/proc/self/status", "VmData")));
    return std::min(room, roomInCgroup());
}

std::string byteSize(std::uint64_t bytes)
{
    char text[32];
    if (bytes >= (1ull << 30))
        std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / (1ull << 30));
    else
        std::snprintf(text, sizeof text, "%.0f MB", std::max(1.0, static_cast<double>(bytes) / (1ull << 20)));
    return text;
}

std::uint64_t rowsThatFit(std::uint64_t available, std::uint64_t bytesPerRow)
{
    if (bytesPerRow == 0)
        return 0;
    // Half the room: training takes about as much again as the encoded rows (the forest's and
    // ECOD's sorted copies, the autoencoder's batches).
    std::uint64_t rows = available / 2 / bytesPerRow;
    std::uint64_t unit = 1;
    while (rows / unit >= 100)
        unit *= 10;
    rows = rows / unit * unit;
    return rows >= 100 ? rows : 0;
}

namespace {

std::string sampleAdvice(std::uint64_t rows)
{
    return rows > 0 ? "anomaly-cli --sample N, N up to about " + std::to_string(rows) + " here" : "anomaly-cli --sample N";
}

} // namespace

TooLargeToLoad::TooLargeToLoad(std::string file, std::uint64_t need, const std::string &what, std::uint64_t available,
                               std::uint64_t bytesPerRow)
    : InputError(std::move(file), 0, 0,
                 "Loading this file needs about " + byteSize(need) + " of memory (" + what + "), but only " +
                     byteSize(available) + " are available: train on a sample of its rows (" +
                     sampleAdvice(rowsThatFit(available, bytesPerRow)) +
                     ") and score the whole file in a stream (anomaly-cli score)."),
      need_(need), available_(available), sampleRows_(rowsThatFit(available, bytesPerRow))
{
}

} // namespace awb
