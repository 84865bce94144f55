// Autoencoder training and scoring. Each mini-batch is gathered into one buffer, split into
// contiguous slices that ParallelSlices runs on the worker threads (forward + backward per
// slice, gradients summed in a fixed order, so a seed and a thread count give one model), then
// one Adam or SGD step. Validation loss after each epoch drives early stopping.
#include "models/autoencoder/Autoencoder.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <thread>

#include "common/ParallelSlices.h"
#include "common/Random.h"
#include "models/autoencoder/DenseNetwork.h"

namespace awb {
namespace {

using Net = DenseNetwork<float>;

int resolveThreads(int threads)
{
    return threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void validate(const AutoencoderParams &p, Eigen::Index rows, Eigen::Index features)
{
    const auto fail = [](const std::string &why) { throw std::invalid_argument(why); };
    if (features < 1)
        fail("The autoencoder needs at least one feature.");
    if (rows < 2)
        fail("The autoencoder needs at least two training rows.");
    if (p.encoderLayers.empty())
        fail("The autoencoder needs at least one encoder layer.");
    for (const int w : p.encoderLayers)
        if (w < 1)
            fail("Every autoencoder layer needs at least one unit.");
    if (p.batchSize < 1 || p.epochs < 1)
        fail("Batch size and epochs must be at least 1.");
    if (!(p.learningRate > 0.0))
        fail("The learning rate must be positive.");
    if (p.dropout < 0.0 || p.dropout >= 1.0)
        fail("Dropout must be in [0, 1).");
    if (p.validationFraction < 0.0 || p.validationFraction >= 1.0)
        fail("The validation fraction must be in [0, 1).");
    if (p.outputActivation != Activation::Linear && p.outputActivation != Activation::Sigmoid)
        fail("The output activation must be linear or sigmoid.");
}

// The optimizer state mirrors the network's parameters; update() touches each parameter once.
class OptimizerState {
public:
    OptimizerState(const Net &net, const AutoencoderParams &p) : p_(p)
    {
        for (std::size_t l = 0; l < net.layerCount(); ++l) {
            mW_.push_back(Net::Mat::Zero(net.weights[l].rows(), net.weights[l].cols()));
            vW_.push_back(Net::Mat::Zero(net.weights[l].rows(), net.weights[l].cols()));
            mB_.push_back(Net::Row::Zero(net.biases[l].size()));
            vB_.push_back(Net::Row::Zero(net.biases[l].size()));
        }
    }

    void update(Net &net, std::vector<Net::Mat> &gradW, std::vector<Net::Row> &gradB)
    {
        ++step_;
        const float lr = static_cast<float>(p_.learningRate);
        if (p_.optimizer == Optimizer::SgdMomentum) {
            const float mu = static_cast<float>(p_.momentum);
            for (std::size_t l = 0; l < net.layerCount(); ++l) {
                mW_[l] = mu * mW_[l] + gradW[l];
                mB_[l] = mu * mB_[l] + gradB[l];
                net.weights[l] -= lr * mW_[l];
                net.biases[l] -= lr * mB_[l];
            }
            return;
        }
        const float b1 = static_cast<float>(p_.beta1), b2 = static_cast<float>(p_.beta2);
        const float eps = static_cast<float>(p_.epsilon);
        const float c1 = 1.0f - static_cast<float>(std::pow(p_.beta1, step_));
        const float c2 = 1.0f - static_cast<float>(std::pow(p_.beta2, step_));
        const float stepSize = lr / c1;
        const float root = std::sqrt(c2);
        for (std::size_t l = 0; l < net.layerCount(); ++l) {
            mW_[l] = b1 * mW_[l] + (1.0f - b1) * gradW[l];
            vW_[l] = b2 * vW_[l] + (1.0f - b2) * gradW[l].cwiseProduct(gradW[l]);
            net.weights[l].array() -= stepSize * mW_[l].array() / (vW_[l].array().sqrt() / root + eps);
            mB_[l] = b1 * mB_[l] + (1.0f - b1) * gradB[l];
            vB_[l] = b2 * vB_[l] + (1.0f - b2) * gradB[l].cwiseProduct(gradB[l]);
            net.biases[l].array() -= stepSize * mB_[l].array() / (vB_[l].array().sqrt() / root + eps);
        }
    }

private:
    const AutoencoderParams &p_;
    std::vector<Net::Mat> mW_, vW_;
    std::vector<Net::Row> mB_, vB_;
    long step_ = 0;
};

std::vector<int> layerWidths(Eigen::Index features, const std::vector<int> &encoder)
{
    std::vector<int> widths{static_cast<int>(features)};
    widths.insert(widths.end(), encoder.begin(), encoder.end());
    for (auto it = encoder.rbegin() + 1; it != encoder.rend(); ++it)
        widths.push_back(*it);
    widths.push_back(static_cast<int>(features));
    return widths;
}

// Scores are computed in double from the trained float weights: a near-perfect reconstruction's
// error is a difference of nearly equal numbers, which float32 products would leave with only a
// few correct digits, so a score would depend on the order a matrix product adds in (Eigen's or
// ONNX Runtime's). In double the orders differ far below float precision, so the score rounded
// to float nearly always comes out the same.
using ScoringNet = DenseNetwork<double>;

ScoringNet scoringNetwork(const std::vector<Matrix> &weights, const std::vector<Eigen::RowVectorXf> &biases,
                          Activation hidden, Activation output)
{
    ScoringNet net;
    for (const auto &w : weights)
        net.weights.push_back(w.cast<double>());
    for (const auto &b : biases)
        net.biases.push_back(b.cast<double>());
    net.hidden = hidden;
    net.output = output;
    return net;
}

ScoringNet scoringNetwork(const Net &net)
{
    return scoringNetwork(net.weights, net.biases, net.hidden, net.output);
}

// Mean squared error of each row, computed in chunks on `threads` threads.
std::vector<float> rowErrors(const ScoringNet &net, ConstMatrixRef data, int threads, const ProgressFn &progress = {},
                             const CancelFlag *cancel = nullptr)
{
    const Eigen::Index rows = data.rows();
    std::vector<float> errors(static_cast<std::size_t>(rows));
    if (rows == 0)
        return errors;
    constexpr Eigen::Index kChunk = 42 * kRowGroup;  // 2016: whole row groups, so only a slice's last chunk is padded
    const int slices = static_cast<int>(std::min<Eigen::Index>(resolveThreads(threads), (rows + kChunk - 1) / kChunk));
    ParallelSlices pool(slices);
    const Eigen::Index perSlice = (rows + slices - 1) / slices;
    std::atomic<std::uint64_t> scored{0};
    std::atomic<bool> stopped{false};
    pool.run([&](int s) {
        ScoringNet::Workspace ws;
        ws.resize(net, paddedRows(std::min(kChunk, perSlice)));
        ScoringNet::Mat input;  // the chunk in double, with zero rows after it up to whole row groups
        const Eigen::Index begin = s * perSlice, end = std::min(rows, begin + perSlice);
        for (Eigen::Index start = begin; start < end; start += kChunk) {
            if (isCancelled(cancel)) {
                stopped = true;
                return;
            }
            const Eigen::Index n = std::min(kChunk, end - start);
            input.setZero(paddedRows(n), data.cols());
            input.topRows(n) = data.middleRows(start, n).cast<double>();
            net.forward(input, ws);
            const Eigen::VectorXd mse =
                (ws.a.back().topRows(n) - input.topRows(n)).rowwise().squaredNorm() / static_cast<double>(data.cols());
            for (Eigen::Index i = 0; i < n; ++i)
                errors[static_cast<std::size_t>(start + i)] = static_cast<float>(mse(i));
            report(progress, {ProgressEvent::Stage::Scoring, scored += static_cast<std::uint64_t>(n),
                              static_cast<std::uint64_t>(rows)});
        }
    });
    if (stopped)
        throw Cancelled();
    return errors;
}

// Mini-batch training: each batch is gathered into one buffer and split into contiguous slices
// that run on the worker threads (forward and backward), their gradients summed in slice order,
// then one optimizer step. Buffers are sized once, so a batch allocates nothing.
class BatchTrainer {
public:
    BatchTrainer(Net &net, const AutoencoderParams &p, const TrainingRows &data, Eigen::Index batch, int threads)
        : net_(net), p_(p), data_(data), batch_(batch), slices_(static_cast<int>(std::min<Eigen::Index>(threads, batch))),
          pool_(slices_), workspaces_(static_cast<std::size_t>(slices_)), batchBuffer_(batch, data.cols()),
          sliceLoss_(static_cast<std::size_t>(slices_)), optimizer_(net, p), task_([this](int s) { slice(s); })
    {
        const Eigen::Index sliceRows = (batch + slices_ - 1) / slices_;
        for (int s = 0; s < slices_; ++s) {
            workspaces_[static_cast<std::size_t>(s)].resize(net, sliceRows);
            dropoutRngs_.emplace_back(p.seed ^ (0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(s + 1)));
        }
    }

    // One pass over `rows` (shuffled by the caller) in batches, reporting a step per batch of epoch
    // `epoch`; returns the summed loss (each batch's mean loss times its rows).
    double epoch(int epoch, const std::vector<std::uint32_t> &rows, const ProgressFn &progress, const CancelFlag *cancel)
    {
        const auto batch = static_cast<std::size_t>(batch_);
        const std::size_t batches = (rows.size() + batch - 1) / batch;
        double loss = 0.0;
        for (std::size_t b = 0; b < batches; ++b) {
            throwIfCancelled(cancel);
            const std::size_t first = b * batch;
            const auto n = static_cast<Eigen::Index>(std::min(rows.size() - first, batch));
            for (Eigen::Index i = 0; i < n; ++i)
                batchBuffer_.row(i) = data_.row(rows[first + static_cast<std::size_t>(i)]);
            loss += static_cast<double>(step(n)) * static_cast<double>(n);
            ProgressEvent event{ProgressEvent::Stage::Fitting, (static_cast<std::uint64_t>(epoch) - 1) * batches + b + 1,
                                static_cast<std::uint64_t>(p_.epochs) * batches};
            event.epoch = epoch;
            event.epochs = p_.epochs;
            report(progress, event);
        }
        return loss;
    }

private:
    // The first n rows of the batch buffer through every slice, then one optimizer step; returns
    // the batch's loss.
    float step(Eigen::Index n)
    {
        batchRows_ = n;
        pool_.run(task_);
        auto &gradW = workspaces_[0].gradW;
        auto &gradB = workspaces_[0].gradB;
        float loss = sliceLoss_[0];
        for (int s = 1; s < slices_; ++s) {
            for (std::size_t l = 0; l < net_.layerCount(); ++l) {
                gradW[l] += workspaces_[static_cast<std::size_t>(s)].gradW[l];
                gradB[l] += workspaces_[static_cast<std::size_t>(s)].gradB[l];
            }
            loss += sliceLoss_[static_cast<std::size_t>(s)];
        }
        if (p_.l2 > 0.0)
            for (std::size_t l = 0; l < net_.layerCount(); ++l)
                gradW[l] += static_cast<float>(p_.l2) * net_.weights[l];
        optimizer_.update(net_, gradW, gradB);
        return loss;
    }

    // Slice s of the batch: forward and backward pass into its own workspace.
    void slice(int s)
    {
        const Eigen::Index n = batchRows_, perSlice = (n + slices_ - 1) / slices_;
        auto &ws = workspaces_[static_cast<std::size_t>(s)];
        const Eigen::Index begin = std::min(n, s * perSlice), count = std::min(perSlice, n - begin);
        if (count == 0) {
            for (auto &g : ws.gradW)
                g.setZero();
            for (auto &g : ws.gradB)
                g.setZero();
            sliceLoss_[static_cast<std::size_t>(s)] = 0.0f;
            return;
        }
        const auto input = batchBuffer_.middleRows(begin, count);
        net_.forward(input, ws, p_.dropout, &dropoutRngs_[static_cast<std::size_t>(s)]);
        sliceLoss_[static_cast<std::size_t>(s)] = net_.backward(input, n, ws, p_.dropout > 0.0);
    }

    Net &net_;
    const AutoencoderParams &p_;
    const TrainingRows &data_;
    const Eigen::Index batch_;
    const int slices_;
    ParallelSlices pool_;
    std::vector<Net::Workspace> workspaces_;
    std::vector<Random> dropoutRngs_;
    Matrix batchBuffer_;
    std::vector<float> sliceLoss_;
    OptimizerState optimizer_;
    Eigen::Index batchRows_ = 0;
    const std::function<void(int)> task_;  // built once: dispatching a batch allocates nothing
};

// A seeded random validation set of round(fraction * rows) rows (at most all but one), copied out;
// `trainRows` becomes the other rows, in the shuffled order.
Matrix holdOut(const TrainingRows &data, double fraction, Random &rng, std::vector<std::uint32_t> &trainRows)
{
    const Eigen::Index rows = data.rows();
    std::vector<std::uint32_t> order(static_cast<std::size_t>(rows));  // rows are counted in 32 bits throughout
    for (Eigen::Index i = 0; i < rows; ++i)
        order[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(i);
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng.below(i)]);
    const Eigen::Index held = std::min(static_cast<Eigen::Index>(std::llround(fraction * static_cast<double>(rows))), rows - 1);
    Matrix validation(held, data.cols());
    for (Eigen::Index i = 0; i < held; ++i)
        validation.row(i) = data.row(order[static_cast<std::size_t>(i)]);
    order.erase(order.begin(), order.begin() + held);
    trainRows = std::move(order);
    return validation;
}

double meanOf(const std::vector<float> &values)
{
    double sum = 0.0;
    for (const float v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

} // namespace

struct AutoencoderTrainer {
    static void train(Autoencoder &model, Net &net, const TrainingRows &data, int threads, const ProgressFn &progress,
                      const CancelFlag *cancel);
};

// Epochs of shuffled mini-batches; the validation loss after each (the training loss without a
// validation set) keeps the best network and drives early stopping.
void AutoencoderTrainer::train(Autoencoder &model, Net &net, const TrainingRows &data, int threadCount,
                               const ProgressFn &progress, const CancelFlag *cancel)
{
    const AutoencoderParams &p = model.params_;
    Random rng(p.seed);
    net.initialise(layerWidths(data.cols(), p.encoderLayers), p.activation, p.outputActivation, rng);
    std::vector<std::uint32_t> trainRows;
    const Matrix validation = holdOut(data, p.validationFraction, rng, trainRows);
    const int threads = resolveThreads(threadCount);
    BatchTrainer trainer(net, p, data, std::min<Eigen::Index>(p.batchSize, static_cast<Eigen::Index>(trainRows.size())), threads);

    TrainingHistory &history = model.history_;
    history = {};
    double bestLoss = std::numeric_limits<double>::infinity();
    Net best = net;
    int epochsWithoutImprovement = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int epoch = 1; epoch <= p.epochs; ++epoch) {
        for (std::size_t i = trainRows.size(); i > 1; --i)
            std::swap(trainRows[i - 1], trainRows[rng.below(i)]);
        const double trainLoss = trainer.epoch(epoch, trainRows, progress, cancel) / static_cast<double>(trainRows.size());
        const double validationLoss = validation.rows() > 0 ? meanOf(rowErrors(scoringNetwork(net), validation, threads))
                                                            : std::numeric_limits<double>::quiet_NaN();
        history.loss.emplace_back(trainLoss, validationLoss);
        const double monitored = validation.rows() > 0 ? validationLoss : trainLoss;
        if (monitored < bestLoss) {
            bestLoss = monitored;
            best = net;
            history.bestEpoch = epoch;
            epochsWithoutImprovement = 0;
        } else {
            ++epochsWithoutImprovement;
        }
        ProgressEvent event{ProgressEvent::Stage::Epoch, static_cast<std::uint64_t>(epoch), static_cast<std::uint64_t>(p.epochs)};
        event.epoch = epoch;
        event.trainLoss = trainLoss;
        event.validationLoss = validationLoss;
        report(progress, event);
        if (p.patience > 0 && validation.rows() > 0 && epochsWithoutImprovement >= p.patience) {
            history.stoppedEarly = true;
            break;
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    history.secondsPerEpoch = history.loss.empty() ? 0.0 : seconds / static_cast<double>(history.loss.size());
    if (history.bestEpoch > 0)
        net = std::move(best);
}

Autoencoder Autoencoder::fit(const TrainingRows &data, const AutoencoderParams &params, int threads,
                             const ProgressFn &progress, const CancelFlag *cancel)
{
    validate(params, data.rows(), data.cols());
    Autoencoder model;
    model.params_ = params;
    model.features_ = static_cast<std::size_t>(data.cols());
    Net net;
    AutoencoderTrainer::train(model, net, data, threads, progress, cancel);
    model.weights_ = std::move(net.weights);
    model.biases_.clear();
    for (auto &b : net.biases)
        model.biases_.push_back(std::move(b));
    return model;
}

std::vector<float> Autoencoder::score(ConstMatrixRef data, int threads, const ProgressFn &progress,
                                      const CancelFlag *cancel) const
{
    if (static_cast<std::size_t>(data.cols()) != features_)
        throw std::invalid_argument("The data has " + std::to_string(data.cols()) + " features; the autoencoder was trained on " +
                                    std::to_string(features_) + ".");
    return rowErrors(scoringNetwork(weights_, biases_, params_.activation, params_.outputActivation), data, threads, progress, cancel);
}

std::vector<double> Autoencoder::explain(const float *row) const
{
    const ScoringNet net = scoringNetwork(weights_, biases_, params_.activation, params_.outputActivation);
    ScoringNet::Workspace ws;
    ws.resize(net, 1);
    const ScoringNet::Mat input = Eigen::Map<const Matrix>(row, 1, static_cast<Eigen::Index>(features_)).cast<double>();
    net.forward(input, ws);
    std::vector<double> errors(features_);
    for (std::size_t f = 0; f < features_; ++f) {
        const double d = ws.a.back()(0, static_cast<Eigen::Index>(f)) - input(0, static_cast<Eigen::Index>(f));
        errors[f] = d * d;
    }
    return errors;
}

const char *nameOf(Activation activation)
{
    switch (activation) {
    case Activation::ReLU: return "relu";
    case Activation::LeakyReLU: return "leaky_relu";
    case Activation::Tanh: return "tanh";
    case Activation::Sigmoid: return "sigmoid";
    case Activation::Linear: return "linear";
    }
    return "";
}

const char *nameOf(Optimizer optimizer)
{
    return optimizer == Optimizer::Adam ? "adam" : "sgd";
}

} // namespace awb
