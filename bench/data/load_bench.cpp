// Loads and encodes a file with the project's data layer (the CLI's default options; optional
// test file) and prints one JSON line: the median seconds of --repeat loads, MB/s over the bytes
// read, and peak RSS.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <vector>
#include <cstdio>
#include <filesystem>
#include <string>

#include "data/DatasetLoader.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: load_bench TRAIN [TEST] [--ignore COL]... [--repeat N]\n");
        return 2;
    }
    awb::LoadOptions options;
    options.trainFile = argv[1];
    int repeats = 1;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc)
            repeats = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--ignore" && i + 1 < argc)
            options.ignore.push_back(awb::ColumnRef::parse(argv[++i]));
        else
            options.testFile = arg;
    }
    std::uintmax_t bytes = std::filesystem::file_size(options.trainFile);
    if (!options.testFile.empty())
        bytes += std::filesystem::file_size(options.testFile);
    std::vector<double> times;
    awb::Dataset data;
    for (int r = 0; r < repeats; ++r) {
        data = {};  // the previous load's memory is freed first, as a new load in the app would
        const auto start = std::chrono::steady_clock::now();
        data = awb::loadDataset(options);
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2), times.end());
    const double seconds = times[times.size() / 2];
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double matrixMB = static_cast<double>(data.features.size()) * sizeof(float) / 1e6;
    // FNV-1a over the encoded matrix and the medians: two builds that load alike print the same.
    std::uint64_t hash = 1469598103934665603ull;
    const auto mix = [&hash](const void *bytes, std::size_t size) {
        for (std::size_t i = 0; i < size; ++i)
            hash = (hash ^ static_cast<const unsigned char *>(bytes)[i]) * 1099511628211ull;
    };
    mix(data.features.data(), static_cast<std::size_t>(data.features.size()) * sizeof(float));
    for (const auto &n : data.preprocessor.numeric)
        mix(&n.median, sizeof n.median);
    std::printf("{\"matrix_hash\": \"%016llx\", \"seconds\": %.4f, \"mb_per_s\": %.1f, \"peak_rss_mb\": %.1f, \"matrix_mb\": %.1f, \"file_mb\": %.1f, "
                "\"rows\": %lld, \"encoded_features\": %lld, \"missing_cells\": %llu, \"non_finite_cells\": %llu, "
                "\"imputed_cells\": %llu}\n",
                static_cast<unsigned long long>(hash), seconds, static_cast<double>(bytes) / 1e6 / seconds, usage.ru_maxrss / 1024.0, matrixMB,
                static_cast<double>(bytes) / 1e6, static_cast<long long>(data.features.rows()),
                static_cast<long long>(data.features.cols()), static_cast<unsigned long long>(data.summary.missingCells),
                static_cast<unsigned long long>(data.summary.nonFiniteCells),
                static_cast<unsigned long long>(data.summary.imputedCells));
    return 0;
}
