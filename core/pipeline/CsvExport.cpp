// Writing the CSV exports; see CsvExport.h.
#include "pipeline/CsvExport.h"

#include <cmath>
#include <cstdio>

namespace awb {
namespace {

std::string number(double v, const char *format = "%.9g")
{
    if (!std::isfinite(v))
        return "";
    char text[40];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

void line(std::ostream &out, const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        out << (i ? "," : "") << csvField(fields[i]);
    out << "\r\n";
}

} // namespace

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos && (text.empty() || (text.front() != ' ' && text.back() != ' ')))
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::vector<std::uint32_t> flaggedByAny(const std::vector<DetectorRun> &runs)
{
    std::vector<std::uint32_t> rows;
    const std::size_t n = runs.empty() ? 0 : runs.front().testScores.size();
    for (std::size_t r = 0; r < n; ++r)
        for (const DetectorRun &run : runs)
            if (run.testScores[r] > run.result.threshold) {
                rows.push_back(static_cast<std::uint32_t>(r));
                break;
            }
    return rows;
}

void writeRowsCsv(std::ostream &out, const Dataset &data, const std::vector<DetectorRun> &runs, DataPart part,
                  const std::vector<std::uint32_t> &rows, const CancelFlag *cancel)
{
    const bool test = part == DataPart::Test;
    const std::size_t offset = test ? data.trainRows : 0;
    std::vector<std::string> header{"line"};
    for (const ColumnInfo &c : data.schema.columns)
        header.push_back(c.name);
    for (const DetectorRun &run : runs) {
        header.push_back(run.result.spec.name + "_score");
        header.push_back(run.result.spec.name + "_prediction");
    }
    const int label = data.schema.labelColumn;
    if (label >= 0)
        header.push_back("true_label");
    line(out, header);
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i % 65536 == 0)
            throwIfCancelled(cancel);
        const std::size_t matrixRow = offset + rows[i];
        const RowSource &source = *data.sources[data.sourceFile[matrixRow]];
        fields = source.cells(data.sourceRow[matrixRow]);
        fields.insert(fields.begin(), std::to_string(source.lineNumber(data.sourceRow[matrixRow])));
        for (const DetectorRun &run : runs) {
            const float score = (test ? run.testScores : run.trainScores)[rows[i]];
            fields.push_back(number(score));
            fields.push_back(score > run.result.threshold ? "anomaly" : "normal");
        }
        if (label >= 0)
            fields.push_back(fields[static_cast<std::size_t>(label) + 1]);
        line(out, fields);
    }
}

void writeMetricsCsv(std::ostream &out, const RunResult &result)
{
    line(out, {"detector", "part", "threshold", "threshold_policy", "roc_auc", "average_precision", "tn", "fp", "fn", "tp",
               "precision_normal", "recall_normal", "f1_normal", "precision_anomaly", "recall_anomaly", "f1_anomaly",
               "accuracy", "trained_rows"});
    for (const DetectorResult &d : result.detectors)
        for (const auto &[part, evaluation] : {std::pair{"train", &d.train}, std::pair{"test", &d.test}}) {
            if (!*evaluation)
                continue;
            const Evaluation &e = **evaluation;
            line(out, {d.spec.name, part, number(d.threshold, "%.17g"), d.spec.threshold.text(), number(e.rocAuc, "%.17g"),
                       number(e.averagePrecision, "%.17g"), std::to_string(e.confusion.tn), std::to_string(e.confusion.fp),
                       std::to_string(e.confusion.fn), std::to_string(e.confusion.tp), number(e.report.normal.precision, "%.17g"),
                       number(e.report.normal.recall, "%.17g"), number(e.report.normal.f1, "%.17g"),
                       number(e.report.anomaly.precision, "%.17g"), number(e.report.anomaly.recall, "%.17g"),
                       number(e.report.anomaly.f1, "%.17g"), number(e.report.accuracy, "%.17g"), std::to_string(d.trainedRows)});
        }
}

void writeComparisonCsv(std::ostream &out, const Comparison &c)
{
    std::vector<std::string> header{"table", "name"};
    header.insert(header.end(), c.labels.begin(), c.labels.end());
    header.push_back("marked");
    line(out, header);
    for (const ComparedParameter &p : c.parameters) {
        std::vector<std::string> fields{"setting", p.name};
        fields.insert(fields.end(), p.values.begin(), p.values.end());
        fields.push_back(p.differs ? "differs" : "");
        line(out, fields);
    }
    for (const ComparedMetric &m : c.metrics) {
        std::vector<std::string> fields{"metric", m.name};
        std::string best;
        for (std::size_t i = 0; i < m.values.size(); ++i) {
            fields.push_back(m.values[i] ? number(*m.values[i], "%.17g") : "");
            if (m.best[i])
                best += (best.empty() ? "best: " : "; ") + c.labels[i];
        }
        fields.push_back(best);
        line(out, fields);
    }
}

} // namespace awb
