// The rows a detector is fitted on, read where they are: every row of a matrix, or the rows of it
// named by index (the labelled-normal rows among the training rows), so fitting on a subset does
// not copy the subset out first (at 10,000,000 rows that copy was the largest allocation of a
// training run).
#pragma once

#include <cstdint>
#include <span>
#include <type_traits>

#include "common/Matrix.h"

namespace awb {

class TrainingRows {
public:
    // Every row of a row-major float matrix or block of one, or the rows `rows` of it in that
    // order (`rows` must outlive this object). Referred to, never copied: an expression Eigen would
    // have to evaluate first is refused at compile time, and a TrainingRows is not copied either
    // (an Eigen::Ref copy does not carry a buffer of its own).
    template <typename Derived>
    TrainingRows(const Eigen::MatrixBase<Derived> &matrix) : matrix_(referenced(matrix)) {}
    template <typename Derived>
    TrainingRows(const Eigen::MatrixBase<Derived> &matrix, std::span<const std::uint32_t> rows)
        : matrix_(referenced(matrix)), index_(rows), subset_(true) {}
    TrainingRows(const TrainingRows &) = delete;
    TrainingRows &operator=(const TrainingRows &) = delete;

    Eigen::Index rows() const { return subset_ ? static_cast<Eigen::Index>(index_.size()) : matrix_.rows(); }
    Eigen::Index cols() const { return matrix_.cols(); }
    // The matrix row that is training row i.
    Eigen::Index matrixRow(Eigen::Index i) const { return subset_ ? index_[static_cast<std::size_t>(i)] : i; }
    float operator()(Eigen::Index i, Eigen::Index j) const { return matrix_(matrixRow(i), j); }
    auto row(Eigen::Index i) const { return matrix_.row(matrixRow(i)); }
    const ConstMatrixRef &matrix() const { return matrix_; }

    // Training rows [first, first + count): the matrix's own rows when every row is used, else
    // gathered into `scratch`.
    ConstMatrixRef block(Eigen::Index first, Eigen::Index count, Matrix &scratch) const
    {
        if (!subset_)
            return matrix_.middleRows(first, count);
        scratch.resize(count, cols());
        for (Eigen::Index i = 0; i < count; ++i)
            scratch.row(i) = row(first + i);
        return scratch;
    }

private:
    template <typename Derived>
    static const Derived &referenced(const Eigen::MatrixBase<Derived> &matrix)
    {
        static_assert(std::is_same_v<typename Derived::Scalar, float> && Derived::IsRowMajor &&
                          (Derived::Flags & Eigen::DirectAccessBit),
                      "TrainingRows refers to row-major float rows in memory; anything else would be copied");
        return matrix.derived();
    }

    ConstMatrixRef matrix_;
    std::span<const std::uint32_t> index_;
    bool subset_ = false;
};

} // namespace awb
