// The training rows' numeric statistics, and fitting and applying imputation and scaling: medians
// (exact, or from the rows sampled while the second pass wrote them), then min-max, standard or
// robust scaling, applied to the whole matrix in place.
#include "data/NumericFitting.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/ParallelChunks.h"

namespace awb {

NumericStats::NumericStats(std::size_t columns)
    : lo(columns, std::numeric_limits<double>::infinity()), hi(columns, -std::numeric_limits<double>::infinity()),
      sum(columns, 0.0), squares(columns, 0.0), missing(columns, 0)
{
}

void NumericStats::add(const float *row)
{
    // Without a branch per cell: std::min and std::max keep the bound when v is NaN.
    for (std::size_t j = 0; j < lo.size(); ++j) {
        const double v = row[j];
        const bool isMissing = std::isnan(v);
        const double counted = isMissing ? 0.0 : v;
        missing[j] += isMissing;
        lo[j] = std::min(lo[j], v);
        hi[j] = std::max(hi[j], v);
        sum[j] += counted;
        squares[j] += counted * counted;
    }
}

void NumericStats::merge(const NumericStats &other)
{
    for (std::size_t j = 0; j < lo.size() && j < other.lo.size(); ++j) {
        lo[j] = std::min(lo[j], other.lo[j]);
        hi[j] = std::max(hi[j], other.hi[j]);
        sum[j] += other.sum[j];
        squares[j] += other.squares[j];
        missing[j] += other.missing[j];
    }
}

void TrainingNumbers::startSample(std::size_t trainRows, std::size_t numeric)
{
    constexpr std::size_t kMedianSample = 1 << 14;
    step_ = std::max<std::size_t>(1, trainRows / kMedianSample);
    numeric_ = numeric;
    sample_.assign((trainRows + step_ - 1) / step_ * numeric, 0.0f);
}

namespace {

// The median (numpy's: the mean of the two middle values for an even count) and, when asked (robust
// scaling), the interquartile range of `values`, which it reorders; zeros when empty.
void medianAndQuartileRange(std::vector<float> &values, float &median, bool quartiles, double &quartileRange)
{
    median = 0.0f;
    quartileRange = 0.0;
    if (values.empty())
        return;
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    median = *mid;
    if (values.size() % 2 == 0)
        median = (median + *std::max_element(values.begin(), mid)) / 2.0f;
    if (!quartiles)
        return;
    const auto q1 = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 4);
    const auto q3 = values.begin() + static_cast<std::ptrdiff_t>(3 * values.size() / 4);
    std::nth_element(values.begin(), q1, mid);
    std::nth_element(mid, q3, values.end());
    quartileRange = double(*q3) - double(*q1);
}

} // namespace

void fitNumeric(const Matrix &features, std::size_t trainRows, const TrainingNumbers &training, Preprocessor &p, int threads)
{
    const auto rows = static_cast<Eigen::Index>(trainRows);
    const std::size_t numeric = p.numeric.size();
    const NumericStats &total = training.stats;
    // Medians: exact where this training data has missing cells (they are imputed now); where it
    // has none, the median only serves later files, and the sampled rows estimate it.
    std::vector<double> quartileRange(numeric, 0.0);  // for robust scaling, from the same rows
    parallelChunks(numeric, threads, [&](int, std::size_t begin, std::size_t end) {
        std::vector<float> values;
        for (std::size_t j = begin; j < end; ++j) {
            values.clear();
            if (total.missing[j] > 0) {
                for (Eigen::Index r = 0; r < rows; ++r)
                    if (const float v = features(r, static_cast<Eigen::Index>(j)); !std::isnan(v))
                        values.push_back(v);
            } else {
                for (std::size_t r = 0; r < training.sampledRows(); ++r)
                    values.push_back(training.sampled(r, j));
            }
            medianAndQuartileRange(values, p.numeric[j].median, p.scaling == Scaling::Robust, quartileRange[j]);
        }
    }, 1);

    for (std::size_t j = 0; j < numeric; ++j) {
        NumericEncoding &n = p.numeric[j];
        // Statistics of the imputed column: missing cells count as the median.
        const double imputed = static_cast<double>(total.missing[j]);
        const double lo = imputed > 0 ? std::min<double>(total.lo[j], n.median) : total.lo[j];
        const double hi = imputed > 0 ? std::max<double>(total.hi[j], n.median) : total.hi[j];
        const double sum = total.sum[j] + imputed * n.median;
        const double squares = total.squares[j] + imputed * n.median * n.median;
        n.constant = !(hi > lo);
        if (n.constant) {
            n.offset = static_cast<float>(std::isfinite(lo) ? lo : 0.0);
            n.scale = 0.0f;
            continue;
        }
        switch (p.scaling) {
        case Scaling::MinMax:
            n.offset = static_cast<float>(lo);
            n.scale = static_cast<float>(1.0 / (hi - lo));
            break;
        case Scaling::Standard: {
            const double mean = sum / static_cast<double>(rows);
            const double variance = std::max(0.0, squares / static_cast<double>(rows) - mean * mean);
            n.offset = static_cast<float>(mean);
            n.scale = variance > 0 ? static_cast<float>(1.0 / std::sqrt(variance)) : 1.0f;
            break;
        }
        case Scaling::None:
            n.offset = 0.0f;
            n.scale = 1.0f;
            break;
        case Scaling::Robust:  // scikit-learn's RobustScaler: a zero range scales by 1
            n.offset = n.median;
            n.scale = quartileRange[j] > 0 ? static_cast<float>(1.0 / quartileRange[j]) : 1.0f;
            break;
        }
    }
}

void applyNumeric(Matrix &features, const Preprocessor &p, DatasetSummary &summary, int threads)
{
    const auto numeric = static_cast<Eigen::Index>(p.numeric.size());
    Eigen::RowVectorXf offset(numeric), scale(numeric), median(numeric);
    for (Eigen::Index j = 0; j < numeric; ++j) {
        offset(j) = p.numeric[static_cast<std::size_t>(j)].offset;
        scale(j) = p.numeric[static_cast<std::size_t>(j)].scale;
        median(j) = p.numeric[static_cast<std::size_t>(j)].median;
    }
    // Without missing cells (the usual case) the whole block is one vectorised expression.
    const bool anyMissing = summary.missingCells + summary.nonFiniteCells > 0;
    std::vector<std::uint64_t> imputed(static_cast<std::size_t>(std::max(1, threads)), 0);
    parallelChunks(static_cast<std::size_t>(features.rows()), threads, [&](int chunk, std::size_t begin, std::size_t end) {
        auto block = features.block(static_cast<Eigen::Index>(begin), 0, static_cast<Eigen::Index>(end - begin), numeric);
        if (anyMissing) {
            for (Eigen::Index r = 0; r < block.rows(); ++r)
                for (Eigen::Index j = 0; j < numeric; ++j)
                    if (std::isnan(block(r, j))) {
                        block(r, j) = median(j);
                        ++imputed[static_cast<std::size_t>(chunk)];
                    }
        }
        block.array() = (block.array().rowwise() - offset.array()).rowwise() * scale.array();
    });
    for (const auto count : imputed)
        summary.imputedCells += count;
}

} // namespace awb
