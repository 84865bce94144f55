// PCA subspace anomaly detection (Lakhina, Crovella and Diot, SIGCOMM 2004): the principal
// components of the training rows span the "normal subspace"; a row's score is its squared
// prediction error (SPE), the squared length of the part of the row outside that subspace.
// k components are given or chosen as scikit-learn's PCA(n_components=variance) chooses them.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "common/Matrix.h"
#include "common/TrainingRows.h"
#include "common/Progress.h"

namespace awb {

class OnnxGraph;

struct PcaParams {
    double variance = 0.95;  // keep the fewest components whose explained variance exceeds this share
    int components = 0;      // a fixed number of components instead; 0 = choose by variance
};

class PcaSubspace {
public:
    static PcaSubspace fit(const TrainingRows &data, const PcaParams &params, int threads = 0,
                           const ProgressFn &progress = {}, const CancelFlag *cancel = nullptr);

    std::vector<float> score(ConstMatrixRef data, int threads = 0, const ProgressFn &progress = {},
                             const CancelFlag *cancel = nullptr) const;
    std::vector<double> explain(const float *row) const;  // squared residual per feature; they sum to the score

    std::size_t featureCount() const { return static_cast<std::size_t>(mean_.size()); }
    int components() const { return static_cast<int>(basis_.cols()); }
    double explainedVariance() const { return explained_; }  // share kept by the chosen components
    std::string fittedSummary() const;  // "kept 17 of 121 components (95.3 % of the variance)"
    const Eigen::MatrixXf &basis() const { return basis_; }  // d x k, orthonormal columns

    // The squared reconstruction error as ONNX operators: centre, project, reconstruct, sum squares.
    std::optional<std::string> exportOnnx(OnnxGraph &graph, const std::string &features) const;
    void save(std::ostream &out) const;
    static PcaSubspace load(std::istream &in, const std::string &fileName);  // throws InputError

private:
    Eigen::RowVectorXf mean_;
    Eigen::MatrixXf basis_;
    double explained_ = 0.0;
};

// scikit-learn's rule: the number of leading components whose cumulative explained-variance
// ratio first exceeds `variance` (searchsorted(cumsum, variance, side="right") + 1), at most all.
int componentsForVariance(const std::vector<double> &descendingEigenvalues, double variance);

} // namespace awb
