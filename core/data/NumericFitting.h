// The training rows' numeric statistics, gathered while the second pass writes the rows, and the
// imputation and scaling fitted from them and applied to the encoded matrix.
#pragma once

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
// them: the statistics, and every sampleStep-th training row's numeric cells, row by row (about
// kMedianSample rows: they estimate the medians of columns without missing cells).
struct TrainingNumbers {
    static constexpr std::size_t kMedianSample = 1 << 14;
    NumericStats stats;
    std::size_t sampleStep = 1;
    std::vector<float> sample;
};

// Medians (exact from the first `trainRows` rows where a column has missing cells, else from the
// sample) and scaling from the training statistics.
void fitNumeric(const Matrix &features, std::size_t trainRows, const TrainingNumbers &training, Preprocessor &preprocessor,
                int threads);
// Imputes NaN with the medians and scales, in place.
void applyNumeric(Matrix &features, const Preprocessor &preprocessor, DatasetSummary &summary, int threads);

} // namespace awb
