// The workbench's CSV exports, RFC 4180 (fields with a comma, quote or line break are quoted,
// quotes doubled; CRLF line ends), UTF-8 with a header line: the flagged rows with their original
// columns, every detector's score and prediction and the true label; a run's metrics; a
// comparison's tables. Each reads back through the workbench's own reader and through
// pandas.read_csv with the same values.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "history/Comparison.h"
#include "pipeline/Pipeline.h"

namespace awb {

std::string csvField(const std::string &text);

enum class DataPart { Train, Test };

// Rows of one part (indices into it), in the given order, with their original cells, then per
// detector "<name>_score" and "<name>_prediction", then "true_label" (the label as in the file).
void writeRowsCsv(std::ostream &out, const Dataset &data, const std::vector<DetectorRun> &runs, DataPart part,
                  const std::vector<std::uint32_t> &rows, const CancelFlag *cancel = nullptr);
// The test rows flagged by at least one of the detectors, in file order.
std::vector<std::uint32_t> flaggedByAny(const std::vector<DetectorRun> &runs);

// One row per detector and part: the classification report's figures, the confusion matrix,
// ROC-AUC, average precision and the threshold.
void writeMetricsCsv(std::ostream &out, const RunResult &result);
// The settings table, then the metrics table, each with the detectors as columns.
void writeComparisonCsv(std::ostream &out, const Comparison &comparison);

} // namespace awb
