// The numeric storage every model reads: float32, row-major, because rows are the unit of work
// (a tree traversal or an autoencoder mini-batch reads whole rows, and a row-major block of
// consecutive rows is one contiguous span that Eigen maps without copying).
#pragma once

#include <Eigen/Core>

namespace awb {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixRef = Eigen::Ref<Matrix>;
using ConstMatrixRef = Eigen::Ref<const Matrix>;

} // namespace awb
