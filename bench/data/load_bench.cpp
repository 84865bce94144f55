// Loads and encodes a file with the project's data layer (the CLI's default options; optional
// test file) and prints one JSON line: seconds, MB/s over the bytes read, and peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "data/DatasetLoader.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: load_bench TRAIN [TEST] [--ignore COL]...\n");
        return 2;
    }
    awb::LoadOptions options;
    options.trainFile = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--ignore" && i + 1 < argc)
            options.ignore.push_back(awb::ColumnRef::parse(argv[++i]));
        else
            options.testFile = arg;
    }
    std::uintmax_t bytes = std::filesystem::file_size(options.trainFile);
    if (!options.testFile.empty())
        bytes += std::filesystem::file_size(options.testFile);
    const auto start = std::chrono::steady_clock::now();
    const awb::Dataset data = awb::loadDataset(options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double matrixMB = static_cast<double>(data.features.size()) * sizeof(float) / 1e6;
    std::printf("{\"seconds\": %.4f, \"mb_per_s\": %.1f, \"peak_rss_mb\": %.1f, \"matrix_mb\": %.1f, \"file_mb\": %.1f, "
                "\"rows\": %lld, \"encoded_features\": %lld}\n",
                seconds, static_cast<double>(bytes) / 1e6 / seconds, usage.ru_maxrss / 1024.0, matrixMB,
                static_cast<double>(bytes) / 1e6, static_cast<long long>(data.features.rows()),
                static_cast<long long>(data.features.cols()));
    return 0;
}
