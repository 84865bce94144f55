// The encoding fitted on the training rows only and applied unchanged to test rows and to any
// later file: median imputation and scaling of numeric columns, one-hot encoding of categorical
// columns (a category never seen in training encodes as all zeros). A plain value, saved with
// every model so that a loaded model encodes new data exactly as it was trained.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "data/LoadOptions.h"

namespace awb {

struct NumericEncoding {
    int sourceColumn = -1;
    std::string name;
    // Imputed for a missing or non-finite cell: the training median (exact when the training data
    // had missing cells in the column, else estimated from about 16,384 evenly spaced rows), of the
    // log-transformed values when log1p is set.
    float median = 0.0f;
    float offset = 0.0f;   // encoded = (value - offset) * scale
    float scale = 1.0f;
    bool constant = false; // a single value in training: encodes as 0 and carries no information
    bool log1p = false;    // the cell becomes log1p(max(value, 0)) before imputation and scaling
};

struct CategoricalEncoding {
    int sourceColumn = -1;
    std::string name;
    std::vector<std::string> categories;  // training categories, in output-column order
};

struct Preprocessor {
    Scaling scaling = Scaling::MinMax;
    std::vector<NumericEncoding> numeric;          // encoded columns [0, numeric.size())
    std::vector<CategoricalEncoding> categorical;  // then one block of one-hot columns each

    std::size_t encodedWidth() const;
    std::vector<std::string> featureNames() const;  // "src_bytes", "service=http", ...

    void save(std::ostream &out) const;
    static Preprocessor load(std::istream &in, const std::string &fileName);  // throws InputError
};

} // namespace awb
