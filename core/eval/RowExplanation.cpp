// Normal profiles from the encoded training rows (scaling is affine and increasing, so quantiles
// of the encoded values map back to the file's units), and the per-column sums of a detector's
// per-feature explanation.
#include "eval/RowExplanation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "eval/ThresholdChoice.h"

namespace awb {
namespace {

std::vector<std::size_t> normalTrainingRows(const Dataset &data)
{
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < data.trainRows; ++i)
        if (!data.labelled() || data.isAnomaly[i] == 0)
            rows.push_back(i);
    return rows;
}

// An encoded value as it stood in the file: scaling undone, then the log transform.
double original(const NumericEncoding &n, double encoded)
{
    const double value = n.scale != 0.0f && !n.constant ? encoded / n.scale + n.offset : n.median;
    return n.log1p ? std::expm1(value) : value;
}

} // namespace

NormalProfile profileNormalRows(const Dataset &data)
{
    NormalProfile profile;
    const std::vector<std::size_t> rows = normalTrainingRows(data);
    profile.rows = rows.size();
    const Preprocessor &p = data.preprocessor;
    std::vector<float> column(rows.size());
    for (std::size_t c = 0; c < p.numeric.size(); ++c) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            column[i] = data.features(static_cast<Eigen::Index>(rows[i]), static_cast<Eigen::Index>(c));
        const NumericEncoding &n = p.numeric[c];
        NormalProfile::Numeric q;
        if (!rows.empty()) {
            q.q1 = original(n, percentile(column, 25.0));
            q.median = original(n, percentile(column, 50.0));
            q.q3 = original(n, percentile(column, 75.0));
        }
        profile.numeric.push_back(q);
    }
    std::size_t offset = p.numeric.size();
    for (const CategoricalEncoding &c : p.categorical) {
        std::vector<double> shares(c.categories.size(), 0.0);
        for (std::size_t k = 0; k < c.categories.size(); ++k) {
            double count = 0.0;
            for (const std::size_t r : rows)
                count += data.features(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(offset + k)) > 0.5f;
            shares[k] = rows.empty() ? 0.0 : count / static_cast<double>(rows.size());
        }
        profile.categoryShare.push_back(std::move(shares));
        offset += c.categories.size();
    }
    return profile;
}

std::vector<ColumnContribution> explainRow(const Dataset &data, const NormalProfile &profile,
                                           const TrainedDetector &detector, std::size_t matrixRow)
{
    const float *row = data.features.row(static_cast<Eigen::Index>(matrixRow)).data();
    const std::vector<double> values = detector.explain(row);
    const std::vector<std::string> cells = data.sources.empty() ? std::vector<std::string>{} : data.originalRow(matrixRow);
    const auto cell = [&](int column) {
        return column >= 0 && static_cast<std::size_t>(column) < cells.size() ? cells[static_cast<std::size_t>(column)]
                                                                               : std::string();
    };
    const Preprocessor &p = data.preprocessor;
    std::vector<ColumnContribution> out;
    for (std::size_t c = 0; c < p.numeric.size(); ++c) {
        ColumnContribution col;
        col.column = p.numeric[c].name;
        col.contribution = c < values.size() ? values[c] : 0.0;
        col.value = cell(p.numeric[c].sourceColumn);
        if (c < profile.numeric.size())
            col.normal = profile.numeric[c];
        out.push_back(std::move(col));
    }
    std::size_t offset = p.numeric.size();
    for (std::size_t c = 0; c < p.categorical.size(); ++c) {
        const CategoricalEncoding &enc = p.categorical[c];
        ColumnContribution col;
        col.column = enc.name;
        col.categorical = true;
        col.value = cell(enc.sourceColumn);
        for (std::size_t k = 0; k < enc.categories.size() && offset + k < values.size(); ++k)
            col.contribution += values[offset + k];
        const auto first = col.value.find_first_not_of(" \t"), last = col.value.find_last_not_of(" \t");
        const std::string category = first == std::string::npos ? std::string() : col.value.substr(first, last - first + 1);
        const auto found = std::find(enc.categories.begin(), enc.categories.end(), category);
        if (found != enc.categories.end() && c < profile.categoryShare.size())
            col.categoryShare = profile.categoryShare[c][static_cast<std::size_t>(found - enc.categories.begin())];
        out.push_back(std::move(col));
        offset += enc.categories.size();
    }
    std::stable_sort(out.begin(), out.end(), [](const ColumnContribution &a, const ColumnContribution &b) {
        return a.contribution > b.contribution;
    });
    return out;
}

} // namespace awb
