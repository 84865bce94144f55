// The numeric storage every model reads: float32, row-major, because rows are the unit of work
// (a tree traversal or an autoencoder mini-batch reads whole rows, and a row-major block of
// consecutive rows is one contiguous span that Eigen maps without copying).
#pragma once

#include <Eigen/Core>

namespace awb {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixRef = Eigen::Ref<Matrix>;
using ConstMatrixRef = Eigen::Ref<const Matrix>;

// Eigen's matrix product computes rows in groups (of up to 3 SIMD packets); the rows left over at
// the end of a block that is not a whole number of groups take another code path that sums in
// another order, so a row's result would depend on where it sits in its block, and scoring the
// same row in a file, in a stream or in a partition would differ in the last bits. Scoring pads
// each block with zero rows to a multiple of kRowGroup (a group for SSE, AVX and AVX-512 alike),
// so every row takes the same path and its score depends on the row alone.
inline constexpr Eigen::Index kRowGroup = 48;

inline Eigen::Index paddedRows(Eigen::Index rows)
{
    return (rows + kRowGroup - 1) / kRowGroup * kRowGroup;
}

} // namespace awb
