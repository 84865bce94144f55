// Trains the project's autoencoder on a raw float32 matrix written by compare_torch.py and prints
// one JSON line (seconds per epoch, losses); writes the test rows' reconstruction errors so the
// script scores both implementations with the same metric code.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "models/autoencoder/Autoencoder.h"

namespace {

awb::Matrix readMatrix(const std::string &path, long rows, long cols)
{
    awb::Matrix m(rows, cols);
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char *>(m.data()), static_cast<std::streamsize>(m.size() * sizeof(float)))) {
        std::fprintf(stderr, "ae_bench: cannot read %ld x %ld floats from %s\n", rows, cols, path.c_str());
        std::exit(1);
    }
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 10) {
        std::fprintf(stderr, "usage: ae_bench TRAIN.f32 ROWS COLS TEST.f32 TEST_ROWS EPOCHS SEED THREADS SCORES_OUT.f32\n");
        return 2;
    }
    const long cols = std::atol(argv[3]);
    const awb::Matrix train = readMatrix(argv[1], std::atol(argv[2]), cols);
    const awb::Matrix test = readMatrix(argv[4], std::atol(argv[5]), cols);
    awb::AutoencoderParams p;
    p.epochs = std::atoi(argv[6]);
    p.seed = std::strtoull(argv[7], nullptr, 10);
    const int threads = std::atoi(argv[8]);
    const awb::Autoencoder model = awb::Autoencoder::fit(train, p, threads);
    const std::vector<float> scores = model.score(test, threads);
    std::ofstream(argv[9], std::ios::binary)
        .write(reinterpret_cast<const char *>(scores.data()), static_cast<std::streamsize>(scores.size() * sizeof(float)));
    const auto &h = model.history();
    std::printf("{\"seconds_per_epoch\": %.6f, \"epochs\": %zu, \"best_epoch\": %d, \"final_train_loss\": %.6g, "
                "\"final_validation_loss\": %.6g}\n",
                h.secondsPerEpoch, h.loss.size(), h.bestEpoch, h.loss.back().first, h.loss.back().second);
    return 0;
}
