// A fully-connected network's forward and backward pass on a mini-batch, templated on the scalar
// type: the autoencoder trains it in float, the gradient check runs the very same code in double.
// Buffers live in a Workspace sized once for the largest batch, so the batch loop allocates
// nothing; every product is a matrix product over the whole batch (no per-sample loops).
#pragma once

#include <Eigen/Core>

#include <cmath>
#include <vector>

#include "common/Random.h"
#include "models/autoencoder/Autoencoder.h"

namespace awb {

template <typename Scalar>
struct DenseNetwork {
    using Mat = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    using Row = Eigen::Matrix<Scalar, 1, Eigen::Dynamic>;

    std::vector<Mat> weights;  // layer l: inputs(l) x outputs(l)
    std::vector<Row> biases;
    Activation hidden = Activation::ReLU;
    Activation output = Activation::Linear;
    Scalar leakySlope = Scalar(kLeakySlope);

    std::size_t layerCount() const { return weights.size(); }
    Activation activationOf(std::size_t layer) const { return layer + 1 == weights.size() ? output : hidden; }

    // Widths input, hidden..., output (the autoencoder passes in, encoder..., mirrored decoder, in).
    // He initialisation for (leaky) ReLU, Xavier/Glorot for the others; biases start at zero.
    void initialise(const std::vector<int> &widths, Activation hiddenActivation, Activation outputActivation,
                    Random &rng)
    {
        hidden = hiddenActivation;
        output = outputActivation;
        weights.clear();
        biases.clear();
        for (std::size_t l = 0; l + 1 < widths.size(); ++l) {
            const int in = widths[l], out = widths[l + 1];
            Mat w(in, out);
            const Activation a = l + 2 == widths.size() ? outputActivation : hiddenActivation;
            const bool he = a == Activation::ReLU || a == Activation::LeakyReLU;
            const double heStd = std::sqrt(2.0 / in);
            const double xavierLimit = std::sqrt(6.0 / (in + out));
            for (Eigen::Index i = 0; i < w.size(); ++i)
                w.data()[i] = static_cast<Scalar>(he ? rng.normal() * heStd : rng.uniform(-xavierLimit, xavierLimit));
            weights.push_back(std::move(w));
            biases.push_back(Row::Zero(out));
        }
    }

    // Per-thread buffers for one slice of a batch of at most `rows` rows.
    struct Workspace {
        std::vector<Mat> z, a;  // pre-activations and activations per layer
        std::vector<Mat> mask;  // dropout masks (0 or the 1/(1-rate) scale) per hidden layer
        std::vector<Mat> delta; // dLoss/dz per layer
        std::vector<Mat> gradW;
        std::vector<Row> gradB;

        void resize(const DenseNetwork &net, Eigen::Index rows)
        {
            const std::size_t n = net.layerCount();
            z.resize(n);
            a.resize(n);
            mask.resize(n);
            delta.resize(n);
            gradW.resize(n);
            gradB.resize(n);
            for (std::size_t l = 0; l < n; ++l) {
                const Eigen::Index out = net.weights[l].cols();
                z[l].resize(rows, out);
                a[l].resize(rows, out);
                mask[l].resize(rows, out);
                delta[l].resize(rows, out);
                gradW[l].resizeLike(net.weights[l]);
                gradB[l].resize(out);
            }
        }
    };

    template <typename In, typename Out>
    void activate(std::size_t layer, const In &z, Out &a) const
    {
        switch (activationOf(layer)) {
        case Activation::ReLU: a = z.cwiseMax(Scalar(0)); break;
        case Activation::LeakyReLU: a = z.unaryExpr([s = leakySlope](Scalar v) { return v > 0 ? v : s * v; }); break;
        case Activation::Tanh: a = z.array().tanh().matrix(); break;
        case Activation::Sigmoid: a = (Scalar(1) / (Scalar(1) + (-z.array()).exp())).matrix(); break;
        case Activation::Linear: a = z; break;
        }
    }

    // delta <- delta * f'(z). The stored activation gives tanh' and sigmoid' cheaply, unless dropout
    // scaled it (`dropped`); then they are recomputed from z.
    template <typename Z, typename A, typename D>
    void multiplyDerivative(std::size_t layer, const Z &z, const A &a, bool dropped, D &delta) const
    {
        switch (activationOf(layer)) {
        case Activation::ReLU:
            delta = (z.array() > Scalar(0)).select(delta, Scalar(0));
            break;
        case Activation::LeakyReLU:
            delta = (z.array() > Scalar(0)).select(delta, delta * leakySlope);
            break;
        case Activation::Tanh:
            if (dropped)
                delta.array() *= Scalar(1) - z.array().tanh().square();
            else
                delta.array() *= Scalar(1) - a.array().square();
            break;
        case Activation::Sigmoid:
            if (dropped)
                delta.array() *= (Scalar(1) / (Scalar(1) + (-z.array()).exp())) *
                                 (Scalar(1) - Scalar(1) / (Scalar(1) + (-z.array()).exp()));
            else
                delta.array() *= a.array() * (Scalar(1) - a.array());
            break;
        case Activation::Linear:
            break;
        }
    }

    // Forward pass of `input` (n rows) into the workspace's first n rows. With dropoutRate > 0 and
    // an rng, hidden activations are dropped (inverted dropout: survivors scaled by 1/(1-rate)).
    template <typename In>
    void forward(const In &input, Workspace &ws, double dropoutRate = 0.0, Random *rng = nullptr) const
    {
        const Eigen::Index n = input.rows();
        for (std::size_t l = 0; l < layerCount(); ++l) {
            auto z = ws.z[l].topRows(n);
            auto a = ws.a[l].topRows(n);
            if (l == 0)
                z.noalias() = input * weights[l];
            else
                z.noalias() = ws.a[l - 1].topRows(n) * weights[l];
            z.rowwise() += biases[l];
            activate(l, z, a);
            if (dropoutRate > 0.0 && rng && l + 1 < layerCount()) {
                auto m = ws.mask[l].topRows(n);
                const Scalar keep = Scalar(1.0 / (1.0 - dropoutRate));
                for (Eigen::Index i = 0; i < m.rows(); ++i)
                    for (Eigen::Index j = 0; j < m.cols(); ++j)
                        m(i, j) = rng->uniform() < dropoutRate ? Scalar(0) : keep;
                a.array() *= m.array();
            }
        }
    }

    // Backward pass of the MSE loss sum((out - input)^2) / (batchRows * features) for the n rows in
    // the workspace (a slice of a batch of `batchRows` rows): writes gradients to ws.gradW/gradB and
    // returns this slice's share of the loss. The caller adds L2 (l2/2 * |W|^2) once per batch.
    template <typename In>
    Scalar backward(const In &input, Eigen::Index batchRows, Workspace &ws, bool dropout) const
    {
        const Eigen::Index n = input.rows();
        const std::size_t last = layerCount() - 1;
        const Scalar scale = Scalar(1) / Scalar(batchRows * input.cols());
        auto outDelta = ws.delta[last].topRows(n);
        outDelta = ws.a[last].topRows(n) - input;
        const Scalar loss = outDelta.squaredNorm() * scale;
        outDelta *= Scalar(2) * scale;
        for (std::size_t l = last + 1; l-- > 0;) {
            auto delta = ws.delta[l].topRows(n);
            const bool dropped = dropout && l != last;
            if (dropped)
                delta.array() *= ws.mask[l].topRows(n).array();
            multiplyDerivative(l, ws.z[l].topRows(n), ws.a[l].topRows(n), dropped, delta);
            if (l == 0)
                ws.gradW[l].noalias() = input.transpose() * delta;
            else
                ws.gradW[l].noalias() = ws.a[l - 1].topRows(n).transpose() * delta;
            ws.gradB[l] = delta.colwise().sum();
            if (l > 0)
                ws.delta[l - 1].topRows(n).noalias() = delta * weights[l].transpose();
        }
        return loss;
    }
};

} // namespace awb
