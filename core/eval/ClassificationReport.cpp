// Confusion matrix and classification report, as scikit-learn 1.2's confusion_matrix and
// classification_report(labels=[0, 1], target_names=["normal", "anomaly"], zero_division=0).
#include <algorithm>
#include <cstdio>
#include <string>

#include "eval/Metrics.h"

namespace awb {
namespace {

double ratio(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : 0.0;  // zero_division=0
}

ClassMetrics classMetrics(std::int64_t truePositive, std::int64_t falsePositive, std::int64_t falseNegative)
{
    ClassMetrics m;
    m.precision = ratio(double(truePositive), double(truePositive + falsePositive));
    m.recall = ratio(double(truePositive), double(truePositive + falseNegative));
    m.f1 = ratio(2.0 * m.precision * m.recall, m.precision + m.recall);
    m.support = truePositive + falseNegative;
    return m;
}

std::string formatRow(const char *name, const ClassMetrics &m, int digits)
{
    char line[160];
    std::snprintf(line, sizeof line, "%12s  %9.*f %9.*f %9.*f %9lld\n", name, digits, m.precision, digits, m.recall,
                  digits, m.f1, static_cast<long long>(m.support));
    return line;
}

} // namespace

ConfusionMatrix confusionMatrix(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores, double threshold)
{
    ConfusionMatrix cm;
    const std::size_t n = std::min(isAnomaly.size(), scores.size());
    for (std::size_t i = 0; i < n; ++i) {
        const bool flagged = scores[i] > threshold;
        if (isAnomaly[i])
            (flagged ? cm.tp : cm.fn) += 1;
        else
            (flagged ? cm.fp : cm.tn) += 1;
    }
    return cm;
}

ClassificationReport classificationReport(const ConfusionMatrix &cm)
{
    ClassificationReport r;
    r.anomaly = classMetrics(cm.tp, cm.fp, cm.fn);
    r.normal = classMetrics(cm.tn, cm.fn, cm.fp);
    r.total = cm.total();
    r.accuracy = ratio(double(cm.tp + cm.tn), double(r.total));
    r.macroAvg.precision = (r.normal.precision + r.anomaly.precision) / 2;
    r.macroAvg.recall = (r.normal.recall + r.anomaly.recall) / 2;
    r.macroAvg.f1 = (r.normal.f1 + r.anomaly.f1) / 2;
    r.macroAvg.support = r.total;
    const double wn = ratio(double(r.normal.support), double(r.total));
    const double wa = ratio(double(r.anomaly.support), double(r.total));
    r.weightedAvg.precision = wn * r.normal.precision + wa * r.anomaly.precision;
    r.weightedAvg.recall = wn * r.normal.recall + wa * r.anomaly.recall;
    r.weightedAvg.f1 = wn * r.normal.f1 + wa * r.anomaly.f1;
    r.weightedAvg.support = r.total;
    return r;
}

std::string ClassificationReport::text(int digits) const
{
    // The column widths of scikit-learn: names right-aligned to len("weighted avg"), numbers to 9.
    std::string out = "              precision    recall  f1-score   support\n\n";
    out += formatRow("normal", normal, digits);
    out += formatRow("anomaly", anomaly, digits);
    out += '\n';
    char line[160];
    std::snprintf(line, sizeof line, "%12s  %9s %9s %9.*f %9lld\n", "accuracy", "", "", digits, accuracy,
                  static_cast<long long>(total));
    out += line;
    out += formatRow("macro avg", macroAvg, digits);
    out += formatRow("weighted avg", weightedAvg, digits);
    return out;
}

std::string confusionMatrixText(const ConfusionMatrix &cm)
{
    char text[256];
    std::snprintf(text, sizeof text,
                  "                 predicted normal  predicted anomaly\n"
                  "true normal      %16lld  %17lld\n"
                  "true anomaly     %16lld  %17lld\n",
                  static_cast<long long>(cm.tn), static_cast<long long>(cm.fp), static_cast<long long>(cm.fn),
                  static_cast<long long>(cm.tp));
    return text;
}

Evaluation evaluate(std::span<const std::uint8_t> isAnomaly, std::span<const float> scores, double threshold)
{
    Evaluation e;
    e.confusion = confusionMatrix(isAnomaly, scores, threshold);
    e.report = classificationReport(e.confusion);
    e.rocAuc = rocAuc(isAnomaly, scores);
    e.averagePrecision = averagePrecision(isAnomaly, scores);
    return e;
}

OperatingPoint operatingPoint(const ConfusionMatrix &cm)
{
    OperatingPoint p;
    p.falsePositiveRate = cm.fp + cm.tn ? double(cm.fp) / double(cm.fp + cm.tn) : 0.0;
    p.recall = cm.tp + cm.fn ? double(cm.tp) / double(cm.tp + cm.fn) : 0.0;
    p.precision = cm.tp + cm.fp ? double(cm.tp) / double(cm.tp + cm.fp) : 1.0;
    return p;
}

std::vector<TypeDetection> detectionByType(std::span<const std::uint32_t> codes, const std::vector<std::string> &values,
                                           std::span<const std::uint8_t> isAnomaly, std::span<const float> scores,
                                           double threshold)
{
    std::vector<TypeDetection> types(values.size());
    for (std::size_t i = 0; i < codes.size(); ++i) {
        TypeDetection &t = types[codes[i]];
        t.anomaly = isAnomaly[i] != 0;
        ++t.rows;
        t.flagged += scores[i] > threshold;
    }
    for (std::size_t c = 0; c < values.size(); ++c)
        types[c].type = values[c];
    std::erase_if(types, [](const TypeDetection &t) { return t.rows == 0; });
    std::sort(types.begin(), types.end(), [](const TypeDetection &a, const TypeDetection &b) {
        return a.rows != b.rows ? a.rows > b.rows : a.type < b.type;
    });
    return types;
}

} // namespace awb
