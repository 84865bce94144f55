// The training rows' numeric statistics, gathered while the second pass writes the rows, and the
// imputation and scaling fitted from them and applied to the encoded matrix.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "common/Matrix.h"
#include "data/Dataset.h"

namespace awb {

// Range, sums and missing cells of each numeric column over the training rows, gathered while the
// second pass writes them (so fitting needs no extra pass over the matrix).
struct NumericStats {
    std::vector<double> lo, hi, sum, squares;
    std::vector<std::uint64_t> missing;
    explicit NumericStats(std::size_t columns = 0);
    void add(const float *row);
    void merge(const NumericStats &other);
};

// What fitting needs from the training rows' numeric cells, gathered while the second pass writes
// them: the statistics, and about 16,384 evenly spaced training rows' numeric cells, row by row
// (they estimate the medians of columns without missing cells).
class TrainingNumbers {
public:
    NumericStats stats;
    // Makes room for the sample of `trainRows` training rows of `numeric` cells each.
    void startSample(std::size_t trainRows, std::size_t numeric);
    // Keeps training row `row`'s cells when it is a sampled one (threads may offer different rows).
    void offer(std::size_t row, const float *cells)
    {
        if (row % step_ == 0)
            std::copy(cells, cells + numeric_, sample_.begin() + static_cast<std::ptrdiff_t>(row / step_ * numeric_));
    }
    std::size_t sampledRows() const { return numeric_ == 0 ? 0 : sample_.size() / numeric_; }
    float sampled(std::size_t row, std::size_t column) const { return sample_[row * numeric_ + column]; }

private:
    std::size_t step_ = 1, numeric_ = 0;
    std::vector<float> sample_;
};

// Medians (exact from the first `trainRows` rows where a column has missing cells, else from the
// sample) and scaling from the training statistics.
void fitNumeric(const Matrix &features, std::size_t trainRows, const TrainingNumbers &training, Preprocessor &preprocessor,
                int threads);
// Imputes NaN with the medians and scales, in place.
void applyNumeric(Matrix &features, const Preprocessor &preprocessor, DatasetSummary &summary, int threads);

} // namespace awb
