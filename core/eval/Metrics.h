// Binary evaluation of anomaly scores (label 1 = anomaly, higher score = more anomalous),
// numerically as scikit-learn: confusion_matrix, classification_report (zero division gives 0),
// roc_curve / roc_auc_score, precision_recall_curve / average_precision_score (step definition),
// with tied scores handled as scikit-learn does.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace awb {

struct ConfusionMatrix {
    std::int64_t tn = 0, fp = 0, fn = 0, tp = 0;  // rows: true normal/anomaly; columns: predicted
    std::int64_t total() const { return tn + fp + fn + tp; }
    bool operator==(const ConfusionMatrix &) const = default;
};

struct ClassMetrics {
    double precision = 0.0, recall = 0.0, f1 = 0.0;
    std::int64_t support = 0;
    bool operator==(const ClassMetrics &) const = default;
};

struct ClassificationReport {
    ClassMetrics normal, anomaly, macroAvg, weightedAvg;
    double accuracy = 0.0;
    std::int64_t total = 0;
    // The text layout of scikit-learn's classification_report(digits=2), class names "normal" and
    // "anomaly".
    std::string text(int digits = 2) const;
    bool operator==(const ClassificationReport &) const = default;
};

ConfusionMatrix confusionMatrix(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores,
                                double threshold);  // flagged: score > threshold
ClassificationReport classificationReport(const ConfusionMatrix &cm);

// Where a threshold sits on the ROC and precision-recall curves: false positive rate, recall and
// precision of its confusion matrix (precision 1 when nothing is flagged, as the curves start).
struct OperatingPoint {
    double falsePositiveRate = 0.0, recall = 0.0, precision = 1.0;
};
OperatingPoint operatingPoint(const ConfusionMatrix &cm);
std::string confusionMatrixText(const ConfusionMatrix &cm);

struct Curve {
    std::vector<double> x, y;        // ROC: fpr, tpr. PR: recall, precision
    std::vector<double> thresholds;  // score thresholds, as scikit-learn returns them
    bool operator==(const Curve &) const = default;
};

Curve rocCurve(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores);
// What a chart can show of a curve over millions of rows: the points that move it by more than
// `step` (x and y distance added, in the unit square) from the last point kept, and both ends.
Curve thinnedForDisplay(const Curve &curve, double step = 1e-3);
double rocAuc(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores);
Curve precisionRecallCurve(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores);
double averagePrecision(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores);
double precisionAtK(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores, std::size_t k);

// Scores sorted once per class, so that the confusion matrix at any threshold costs two binary
// searches: what a dragged threshold in the GUI needs.
class ScoreIndex {
public:
    ScoreIndex() = default;
    ScoreIndex(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores);
    ConfusionMatrix at(double threshold) const;   // O(log n)
    std::size_t flaggedCount(double threshold) const;
    // Rows scoring below x: normal, then anomalous. O(log n): a histogram of millions of scores
    // costs one call per bin edge.
    std::pair<std::size_t, std::size_t> below(double x) const;
    float minScore() const;
    float maxScore() const;

private:
    std::vector<float> normal_, anomaly_;  // ascending
};

// How one label value (an attack type, or a normal value) fared at a threshold: of its rows, how
// many were flagged. For an attack type that is its recall; for a normal value, its false alarms.
struct TypeDetection {
    std::string type;
    bool anomaly = true;
    std::int64_t rows = 0, flagged = 0;
    double share() const { return rows == 0 ? 0.0 : double(flagged) / double(rows); }
    bool operator==(const TypeDetection &) const = default;
};

// Per label value present in the rows, most rows first (ties by name). `codes` index `values`.
std::vector<TypeDetection> detectionByType(std::span<const std::uint32_t> codes, const std::vector<std::string> &values,
                                           std::span<const std::uint8_t> isAnomaly, std::span<const float> scores,
                                           double threshold);

// Everything the reports show for one model on one part of the data.
struct Evaluation {
    ConfusionMatrix confusion;
    ClassificationReport report;
    double rocAuc = 0.0;
    double averagePrecision = 0.0;
    std::vector<TypeDetection> byType;  // empty when the label's values are not known
    bool operator==(const Evaluation &) const = default;
};

Evaluation evaluate(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores, double threshold);

} // namespace awb
