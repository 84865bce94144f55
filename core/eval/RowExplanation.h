// "Why is this row flagged", in the analyst's terms: a detector's per-feature values summed back
// into the original columns (one-hot parts into their categorical column), each shown with the
// row's value as it stood in the file and what normal looks like: the median and interquartile
// range of the normal training rows for a number, the share of normal rows with the same category
// for a categorical.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "models/Detector.h"

namespace awb {

// What normal training rows look like, per encoded column; computed once per dataset.
struct NormalProfile {
    struct Numeric {
        double q1 = 0.0, median = 0.0, q3 = 0.0;  // in the file's units
    };
    std::vector<Numeric> numeric;                    // per Preprocessor::numeric
    std::vector<std::vector<double>> categoryShare;  // per Preprocessor::categorical, per category
    std::size_t rows = 0;                            // normal training rows (all rows when unlabelled)
};

NormalProfile profileNormalRows(const Dataset &data);

struct ColumnContribution {
    std::string column;
    double contribution = 0.0;
    std::string value;      // as it stood in the file
    bool categorical = false;
    NormalProfile::Numeric normal;  // numeric columns
    double categoryShare = 0.0;     // categorical columns: share of normal rows with this value (0: never seen)
};

// Columns by contribution, largest first.
std::vector<ColumnContribution> explainRow(const Dataset &data, const NormalProfile &profile,
                                           const TrainedDetector &detector, std::size_t matrixRow);

} // namespace awb
