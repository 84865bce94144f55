// ECOD, empirical-cumulative-distribution outlier detection (Li et al., TKDE 2022): parameter-free.
// Per feature, the empirical CDF of the training rows gives a row's left tail probability
// P(X <= x) and right tail probability P(X >= x); the score is the largest of three sums over the
// features: of -log left tails, of -log right tails, and of -log of the tail the feature's
// skewness points to. Tail probabilities count the scored row itself ((count + 1) / (n + 1)), so a
// value beyond everything seen in training has a finite, large term.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "common/Matrix.h"
#include "common/TrainingRows.h"
#include "common/Progress.h"

namespace awb {

class Ecod {
public:
    static Ecod fit(const TrainingRows &data, int threads = 0, const ProgressFn &progress = {},
                    const CancelFlag *cancel = nullptr);

    std::vector<float> score(ConstMatrixRef data, int threads = 0, const ProgressFn &progress = {},
                             const CancelFlag *cancel = nullptr) const;
    // The per-feature terms of the sum that gave the row its score.
    std::vector<double> explain(const float *row) const;

    std::size_t featureCount() const { return features_.size(); }

    void save(std::ostream &out) const;
    static Ecod load(std::istream &in, const std::string &fileName);  // throws InputError

private:
    struct Feature {
        std::vector<float> values;  // distinct training values, ascending
        std::vector<double> left;   // -log P(X <= x) for x in [values[i], values[i+1]); index i + 1, [0] below all
        std::vector<double> right;  // -log P(X >= x) for x in (values[i-1], values[i]]; index i, [m] above all
        bool leftSkewed = false;    // negative skewness: the left tail is the unusual one
    };
    // Left, right and skewness-chosen terms of one feature for value x.
    void terms(const Feature &f, float x, double &left, double &right) const;

    std::vector<Feature> features_;
    std::uint64_t rows_ = 0;
};

} // namespace awb
