// What anomaly-cli prints and writes: the dataset summary, per-detector reports for train and test,
// and the per-row scores CSV. Plain text for terminals and logs; labels go through tr(), the
// classification report keeps scikit-learn's layout so the two can be compared line by line.
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <string>
#include <vector>

#include "pipeline/Pipeline.h"

class CliReport {
    Q_DECLARE_TR_FUNCTIONS(CliReport)

public:
    // With the schema (not kept in the history), the columns of each role are named.
    static QString summary(const awb::DatasetSummary &summary, const awb::Schema *schema = nullptr);
    static QString detectorReport(const awb::DetectorResult &result);
    // --threshold compare: every applicable policy's threshold, and on labelled data its train and
    // test precision, recall and F1; alerts per 10,000 flows on both.
    static QString thresholdComparison(const awb::Dataset &data, const awb::DetectorRun &run);
    // --progress: a line on standard error when each step starts, then its progress at most twice a
    // second; an empty observer when not enabled.
    static awb::PipelineObserver progressLines(bool enabled);
    // "a4", "letter", or empty for the locale's.
    static QPageSize pageSize(const std::string &name);
    // The per-row scores CSV; throws Cancelled when the flag is set.
    static void writeScores(std::ostream &out, const awb::Dataset &data, const std::vector<awb::DetectorRun> &runs,
                            const awb::CancelFlag *cancel);
};
