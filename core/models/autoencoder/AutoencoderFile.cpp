// The autoencoder's saved form: magic, version, parameters, training history, then each
// layer's shape and weights. Every count is checked against sane bounds before anything is
// allocated, so a damaged or foreign file is a clear InputError, never a crash or a huge allocation.
#include "models/autoencoder/Autoencoder.h"

#include <cstdint>

#include "common/BinaryStream.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'A', 'E', 'N', 'C', '1'};
constexpr std::uint32_t kVersion = 2;
constexpr std::uint64_t kMaxWidth = 1u << 20;
constexpr std::uint64_t kMaxLayers = 64;
constexpr std::uint64_t kMaxEpochs = 1u << 20;

std::uint64_t bounded(BinaryReader &r, std::uint64_t lo, std::uint64_t hi, const char *what)
{
    const auto v = r.value<std::uint64_t>();
    if (v < lo || v > hi)
        r.damaged(std::string("its ") + what + " is out of range");
    return v;
}

template <typename Enum>
Enum enumeration(BinaryReader &r, int count, const char *what)
{
    const auto v = r.value<std::uint8_t>();
    if (v >= count)
        r.damaged(std::string("its ") + what + " is unknown");
    return static_cast<Enum>(v);
}

} // namespace

void Autoencoder::save(std::ostream &out) const
{
    BinaryWriter w(out);
    w.magic(kMagic);
    w.value(kVersion);
    const AutoencoderParams &p = params_;
    w.value<std::uint64_t>(p.encoderLayers.size());
    for (const int width : p.encoderLayers)
        w.value<std::uint64_t>(static_cast<std::uint64_t>(width));
    w.value<std::uint8_t>(static_cast<std::uint8_t>(p.activation));
    w.value<std::uint8_t>(static_cast<std::uint8_t>(p.outputActivation));
    w.value<std::uint8_t>(static_cast<std::uint8_t>(p.optimizer));
    for (const double d : {p.learningRate, p.beta1, p.beta2, p.epsilon, p.momentum, p.l2, p.dropout,
                           p.validationFraction})
        w.value(d);
    w.value<std::int64_t>(p.batchSize);
    w.value<std::int64_t>(p.epochs);
    w.value<std::int64_t>(p.patience);
    w.value<std::uint64_t>(p.seed);

    w.value<std::uint64_t>(features_);
    w.value<std::uint64_t>(history_.loss.size());
    for (const auto &[train, validation] : history_.loss) {
        w.value(train);
        w.value(validation);
    }
    w.value<std::int64_t>(history_.bestEpoch);
    w.value<std::uint8_t>(history_.stoppedEarly ? 1 : 0);
    w.value(history_.secondsPerEpoch);

    w.value<std::uint64_t>(weights_.size());
    for (std::size_t l = 0; l < weights_.size(); ++l) {
        w.value<std::uint64_t>(static_cast<std::uint64_t>(weights_[l].rows()));
        w.value<std::uint64_t>(static_cast<std::uint64_t>(weights_[l].cols()));
        w.floats(weights_[l].data(), static_cast<std::size_t>(weights_[l].size()));
        w.floats(biases_[l].data(), static_cast<std::size_t>(biases_[l].size()));
    }
}

Autoencoder Autoencoder::load(std::istream &in, const std::string &fileName)
{
    BinaryReader r(in, fileName, "The autoencoder in this model file");
    r.expectMagic(kMagic, "This model file holds no autoencoder where one was expected.");
    const auto version = r.value<std::uint32_t>();
    if (version != kVersion)
        r.damaged("its format version " + std::to_string(version) + " is not " + std::to_string(kVersion));

    Autoencoder model;
    AutoencoderParams &p = model.params_;
    p.encoderLayers.resize(bounded(r, 1, kMaxLayers, "layer count"));
    for (int &width : p.encoderLayers)
        width = static_cast<int>(bounded(r, 1, kMaxWidth, "layer width"));
    p.activation = enumeration<Activation>(r, 5, "activation");
    p.outputActivation = enumeration<Activation>(r, 5, "output activation");
    p.optimizer = enumeration<Optimizer>(r, 2, "optimizer");
    for (double *d : {&p.learningRate, &p.beta1, &p.beta2, &p.epsilon, &p.momentum, &p.l2, &p.dropout,
                      &p.validationFraction})
        *d = r.value<double>();
    p.batchSize = static_cast<int>(r.value<std::int64_t>());
    p.epochs = static_cast<int>(r.value<std::int64_t>());
    p.patience = static_cast<int>(r.value<std::int64_t>());
    p.seed = r.value<std::uint64_t>();

    model.features_ = bounded(r, 1, kMaxWidth, "feature count");
    model.history_.loss.resize(bounded(r, 0, kMaxEpochs, "epoch count"));
    for (auto &[train, validation] : model.history_.loss) {
        train = r.value<double>();
        validation = r.value<double>();
    }
    model.history_.bestEpoch = static_cast<int>(r.value<std::int64_t>());
    model.history_.stoppedEarly = r.value<std::uint8_t>() != 0;
    model.history_.secondsPerEpoch = r.value<double>();

    const std::size_t layers = bounded(r, 2, 2 * kMaxLayers, "weight layer count");
    if (layers != 2 * p.encoderLayers.size())
        r.damaged("its layers do not match its architecture");
    std::uint64_t expectedIn = model.features_;
    for (std::size_t l = 0; l < layers; ++l) {
        const auto rows = bounded(r, 1, kMaxWidth, "layer shape");
        const auto cols = bounded(r, 1, kMaxWidth, "layer shape");
        if (rows * cols > (1u << 28))
            r.damaged("a layer is implausibly large");
        if (rows != expectedIn || (l + 1 == layers && cols != model.features_))
            r.damaged("its layer shapes do not chain");
        expectedIn = cols;
        r.need((rows * cols + cols) * sizeof(float));
        Matrix w(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
        Eigen::RowVectorXf b(static_cast<Eigen::Index>(cols));
        r.floats(w.data(), static_cast<std::size_t>(w.size()));
        r.floats(b.data(), static_cast<std::size_t>(b.size()));
        model.weights_.push_back(std::move(w));
        model.biases_.push_back(std::move(b));
    }
    return model;
}

} // namespace awb
