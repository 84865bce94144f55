// Fits and scores the project's Isolation Forest on raw float32 matrices written by
// compare_sklearn.py; prints one JSON line of timings and writes the test scores so the script
// evaluates both implementations with the same metric code.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "models/iforest/IsolationForest.h"

namespace {

awb::Matrix readMatrix(const std::string &path, long rows, long cols)
{
    awb::Matrix m(rows, cols);
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char *>(m.data()), static_cast<std::streamsize>(m.size() * sizeof(float)))) {
        std::fprintf(stderr, "if_bench: cannot read %ld x %ld floats from %s\n", rows, cols, path.c_str());
        std::exit(1);
    }
    return m;
}

double since(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 9) {
        std::fprintf(stderr, "usage: if_bench TRAIN.f32 ROWS COLS TEST.f32 TEST_ROWS SEED THREADS SCORES_OUT.f32\n");
        return 2;
    }
    const long cols = std::atol(argv[3]);
    const awb::Matrix train = readMatrix(argv[1], std::atol(argv[2]), cols);
    const awb::Matrix test = readMatrix(argv[4], std::atol(argv[5]), cols);
    awb::IsolationForestParams p;
    p.seed = std::strtoull(argv[6], nullptr, 10);
    const int threads = std::atoi(argv[7]);
    auto start = std::chrono::steady_clock::now();
    const awb::IsolationForest forest = awb::IsolationForest::fit(train, p, threads);
    const double fit = since(start);
    start = std::chrono::steady_clock::now();
    const std::vector<float> trainScores = forest.score(train, threads);
    const double scoreTrain = since(start);
    start = std::chrono::steady_clock::now();
    const std::vector<float> scores = forest.score(test, threads);
    const double scoreTest = since(start);
    std::ofstream(argv[8], std::ios::binary)
        .write(reinterpret_cast<const char *>(scores.data()), static_cast<std::streamsize>(scores.size() * sizeof(float)));
    std::printf("{\"fit\": %.6f, \"score_train\": %.6f, \"score_test\": %.6f, \"train_rows\": %zu}\n", fit, scoreTrain,
                scoreTest, trainScores.size());
    return 0;
}
