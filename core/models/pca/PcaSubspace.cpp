// Fitting: the mean, then the covariance accumulated in double over fixed blocks of rows (summed
// in block order, so any thread count gives the same model), then a symmetric eigensolver.
// Scoring: rows in blocks, centred, projected and reconstructed with two matrix products.
#include "models/pca/PcaSubspace.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cstdio>
#include <atomic>
#include <stdexcept>
#include <thread>

#include "common/BinaryStream.h"
#include "common/OnnxGraph.h"
#include "common/ParallelChunks.h"

namespace awb {
namespace {

constexpr Eigen::Index kBlock = 4096;
constexpr char kMagic[8] = {'A', 'W', 'B', 'P', 'C', 'A', 'S', '1'};
constexpr std::uint32_t kVersion = 1;

int resolveThreads(int threads)
{
    return threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// fn(block, firstRow, rowCount) over fixed-size blocks of rows, on `threads` threads.
template <typename Fn>
void forBlocks(Eigen::Index rows, int threads, const CancelFlag *cancel, Fn fn)
{
    const auto blocks = static_cast<std::size_t>((rows + kBlock - 1) / kBlock);
    parallelChunks(blocks, resolveThreads(threads), [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t b = begin; b < end; ++b) {
            throwIfCancelled(cancel);
            const Eigen::Index first = static_cast<Eigen::Index>(b) * kBlock;
            fn(b, first, std::min(kBlock, rows - first));
        }
    }, 1);
}

} // namespace

std::string PcaSubspace::fittedSummary() const
{
    char share[16];
    std::snprintf(share, sizeof share, "%.1f", 100.0 * explained_);
    return "kept " + std::to_string(components()) + " of " + std::to_string(featureCount()) + " components (" + share +
           " % of the variance)";
}

int componentsForVariance(const std::vector<double> &eigenvalues, double variance)
{
    double total = 0.0;
    for (const double v : eigenvalues)
        total += v;
    if (!(total > 0.0))
        return 1;
    int below = 0;
    double cumulative = 0.0;
    for (const double v : eigenvalues) {
        cumulative += v / total;
        if (cumulative <= variance)
            ++below;
    }
    return std::min(below + 1, static_cast<int>(eigenvalues.size()));
}

PcaSubspace PcaSubspace::fit(const TrainingRows &data, const PcaParams &params, int threads, const ProgressFn &progress,
                             const CancelFlag *cancel)
{
    const Eigen::Index n = data.rows(), d = data.cols();
    if (n < 2 || d < 1)
        throw std::invalid_argument("The PCA detector needs at least two rows and one feature.");
    const auto blocks = static_cast<std::size_t>((n + kBlock - 1) / kBlock);

    std::vector<Eigen::RowVectorXd> sums(blocks, Eigen::RowVectorXd::Zero(d));
    forBlocks(n, threads, cancel, [&](std::size_t b, Eigen::Index first, Eigen::Index count) {
        Matrix scratch;
        sums[b] = data.block(first, count, scratch).cast<double>().colwise().sum();
    });
    Eigen::RowVectorXd mean = Eigen::RowVectorXd::Zero(d);
    for (const auto &s : sums)
        mean += s;
    mean /= static_cast<double>(n);
    report(progress, {ProgressEvent::Stage::Fitting, 1, 3});

    // Partial covariances per group of blocks (at most 16 groups), summed in group order.
    const std::size_t groups = std::min<std::size_t>(16, blocks);
    std::vector<Eigen::MatrixXd> partial(groups, Eigen::MatrixXd::Zero(d, d));
    parallelChunks(groups, resolveThreads(threads), [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t g = begin; g < end; ++g) {
            Matrix scratch;
            for (std::size_t b = g * blocks / groups; b < (g + 1) * blocks / groups; ++b) {
                throwIfCancelled(cancel);
                const Eigen::Index first = static_cast<Eigen::Index>(b) * kBlock;
                const Eigen::MatrixXd centred =
                    data.block(first, std::min(kBlock, n - first), scratch).cast<double>().rowwise() - mean;
                partial[g].noalias() += centred.transpose() * centred;
            }
        }
    }, 1);
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(d, d);
    for (const auto &p : partial)
        covariance += p;
    covariance /= static_cast<double>(n - 1);
    report(progress, {ProgressEvent::Stage::Fitting, 2, 3});
    throwIfCancelled(cancel);

    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    std::vector<double> eigenvalues(static_cast<std::size_t>(d));
    for (Eigen::Index i = 0; i < d; ++i)  // the solver sorts ascending
        eigenvalues[static_cast<std::size_t>(i)] = std::max(0.0, solver.eigenvalues()(d - 1 - i));
    const int k = params.components > 0 ? std::min(params.components, static_cast<int>(d))
                                        : componentsForVariance(eigenvalues, params.variance);

    PcaSubspace model;
    model.mean_ = mean.cast<float>();
    model.basis_.resize(d, k);
    double kept = 0.0, total = 0.0;
    for (Eigen::Index i = 0; i < d; ++i) {
        total += eigenvalues[static_cast<std::size_t>(i)];
        if (i < k) {
            model.basis_.col(i) = solver.eigenvectors().col(d - 1 - i).cast<float>();
            kept += eigenvalues[static_cast<std::size_t>(i)];
        }
    }
    model.explained_ = total > 0.0 ? kept / total : 1.0;
    report(progress, {ProgressEvent::Stage::Fitting, 3, 3});
    return model;
}

std::vector<float> PcaSubspace::score(ConstMatrixRef data, int threads, const ProgressFn &progress,
                                      const CancelFlag *cancel) const
{
    if (data.cols() != mean_.size())
        throw std::invalid_argument("The data has " + std::to_string(data.cols()) + " features; the PCA detector was "
                                    "trained on " + std::to_string(mean_.size()) + ".");
    std::vector<float> scores(static_cast<std::size_t>(data.rows()));
    std::atomic<std::uint64_t> scored{0};
    forBlocks(data.rows(), threads, cancel, [&](std::size_t, Eigen::Index first, Eigen::Index count) {
        Eigen::MatrixXf centred = Eigen::MatrixXf::Zero(paddedRows(count), data.cols());
        centred.topRows(count) = data.middleRows(first, count).rowwise() - mean_;
        const Eigen::MatrixXf residual = centred - (centred * basis_) * basis_.transpose();
        const Eigen::VectorXf spe = residual.rowwise().squaredNorm();
        std::copy(spe.data(), spe.data() + count, scores.begin() + first);
        report(progress, {ProgressEvent::Stage::Scoring, scored += static_cast<std::uint64_t>(count),
                          static_cast<std::uint64_t>(data.rows())});
    });
    return scores;
}

std::vector<double> PcaSubspace::explain(const float *row) const
{
    const Eigen::Map<const Eigen::RowVectorXf> x(row, mean_.size());
    const Eigen::RowVectorXf centred = x - mean_;
    const Eigen::RowVectorXf residual = centred - (centred * basis_) * basis_.transpose();
    std::vector<double> out(static_cast<std::size_t>(residual.size()));
    for (Eigen::Index j = 0; j < residual.size(); ++j)
        out[static_cast<std::size_t>(j)] = static_cast<double>(residual(j)) * residual(j);
    return out;
}

std::optional<std::string> PcaSubspace::exportOnnx(OnnxGraph &graph, const std::string &features) const
{
    const auto d = static_cast<std::int64_t>(basis_.rows()), k = static_cast<std::int64_t>(basis_.cols());
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> basis = basis_;
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> basisT = basis_.transpose();
    const std::string centred = graph.node("Sub", {features, graph.floats("pca_mean", {mean_.data(), mean_.data() + d}, {d})},
                                           "pca_centred");
    const std::string projected = graph.node(
        "MatMul", {centred, graph.floats("pca_basis", {basis.data(), basis.data() + d * k}, {d, k})}, "pca_projected");
    const std::string rebuilt = graph.node(
        "MatMul", {projected, graph.floats("pca_basis_t", {basisT.data(), basisT.data() + d * k}, {k, d})}, "pca_rebuilt");
    const std::string residual = graph.node("Sub", {centred, rebuilt}, "pca_residual");
    return graph.node("ReduceSumSquare", {residual}, "pca_squared_residual",
                      {{"axes", std::vector<std::int64_t>{1}}, {"keepdims", std::int64_t{0}}});
}

void PcaSubspace::save(std::ostream &out) const
{
    BinaryWriter w(out);
    w.magic(kMagic);
    w.value(kVersion);
    w.value<std::uint64_t>(static_cast<std::uint64_t>(basis_.rows()));
    w.value<std::uint64_t>(static_cast<std::uint64_t>(basis_.cols()));
    w.value(explained_);
    w.floats(mean_.data(), static_cast<std::size_t>(mean_.size()));
    w.floats(basis_.data(), static_cast<std::size_t>(basis_.size()));
}

PcaSubspace PcaSubspace::load(std::istream &in, const std::string &fileName)
{
    BinaryReader r(in, fileName, "The PCA detector in this model file");
    r.expectMagic(kMagic, "This model file holds no PCA detector where one was expected.");
    if (r.value<std::uint32_t>() != kVersion)
        r.damaged("its format version is unknown");
    const auto d = r.value<std::uint64_t>(), k = r.value<std::uint64_t>();
    if (d == 0 || d > (1u << 16) || k == 0 || k > d)
        r.damaged("its sizes are out of range");
    PcaSubspace model;
    model.explained_ = r.value<double>();
    r.need((d + d * k) * sizeof(float));  // the mean and the basis follow
    model.mean_.resize(static_cast<Eigen::Index>(d));
    model.basis_.resize(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(k));
    r.floats(model.mean_.data(), d);
    r.floats(model.basis_.data(), d * k);
    return model;
}

} // namespace awb
