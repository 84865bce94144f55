// The two PDF reports, one code path for the GUI and the CLI: a run report (title block, dataset
// summary, per detector its settings, training rows and threshold, classification reports and
// confusion matrices for train and test, score histogram, ROC and precision-recall curves, loss
// curve, and the top flagged rows with their strongest columns) and a comparison report (settings
// and metrics side by side, overlaid curves, confusion matrices). The numbers are those of the
// run document and the screen, with four decimals where a ratio is shown.
#pragma once

#include <QByteArray>
#include <QPageSize>

#include <vector>

#include "history/Comparison.h"
#include "history/RunDetails.h"
#include "pipeline/Pipeline.h"

struct RunReportInput {
    awb::RunSpec spec;
    awb::RunResult result;
    awb::RunDetails details;
    const awb::Dataset *data = nullptr;                  // with runs: the top flagged rows
    const std::vector<awb::DetectorRun> *runs = nullptr;
    int topRows = 25;
};

QByteArray renderRunReport(const RunReportInput &input, const QPageSize &pageSize);
QByteArray renderComparisonReport(const std::vector<awb::ComparedDetector> &detectors, const QPageSize &pageSize);

// "a4" or "letter" (any case); anything else: nullopt.
std::optional<QPageSize> pageSizeNamed(const QString &name);
