// A fully-connected autoencoder on Eigen float32 that scores rows by their mean squared
// reconstruction error. Training is batched matrix products (no per-sample loops, no allocation in
// the batch loop); the same seed and thread count give the same model.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "common/Matrix.h"
#include "common/TrainingRows.h"
#include "common/Progress.h"
#include "models/Detector.h"

namespace awb {

enum class Activation { ReLU, LeakyReLU, Tanh, Sigmoid, Linear };
inline constexpr float kLeakySlope = 0.01f;  // leaky ReLU's slope below zero, in training, scoring and ONNX
enum class Optimizer { Adam, SgdMomentum };

struct AutoencoderParams {
    std::vector<int> encoderLayers{32, 16, 8};  // the decoder mirrors them
    Activation activation = Activation::ReLU;
    Activation outputActivation = Activation::Linear;  // Linear or Sigmoid
    Optimizer optimizer = Optimizer::Adam;
    double learningRate = 1e-3;
    double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7;  // Adam
    double momentum = 0.9;                               // SGD
    double l2 = 0.0;
    double dropout = 0.0;           // on hidden layers while training
    int batchSize = 256;
    int epochs = 20;
    double validationFraction = 0.1;
    int patience = 5;               // epochs without validation improvement; 0 = no early stopping
    std::uint64_t seed = 42;
};

const char *nameOf(Activation activation);
const char *nameOf(Optimizer optimizer);

class Autoencoder {
public:
    // Trains on all rows of `data` (the caller selects normal rows). Throws Cancelled between batches.
    static Autoencoder fit(const TrainingRows &data, const AutoencoderParams &params, int threads = 0,
                           const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr);

    // Mean squared reconstruction error per row.
    std::vector<float> score(ConstMatrixRef data, int threads = 0, const ProgressFn &progress = {},
                             const CancelFlag *cancel = nullptr) const;
    std::vector<double> explain(const float *row) const;  // squared reconstruction error per feature

    const AutoencoderParams &params() const { return params_; }
    const TrainingHistory &history() const { return history_; }
    std::size_t featureCount() const { return features_; }

    // The network as ONNX MatMul, Add and activation nodes, then the mean squared error per row.
    std::optional<std::string> exportOnnx(OnnxGraph &graph, const std::string &features) const;
    void save(std::ostream &out) const;
    static Autoencoder load(std::istream &in, const std::string &fileName);  // throws InputError

private:
    friend struct AutoencoderTrainer;
    AutoencoderParams params_;
    TrainingHistory history_;
    std::vector<Matrix> weights_;              // per layer, in x out
    std::vector<Eigen::RowVectorXf> biases_;
    std::size_t features_ = 0;
};

} // namespace awb
