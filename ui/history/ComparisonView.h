// Detectors of several runs side by side, from awb::compare(): the settings with the differing
// rows highlighted, the metrics on train and test with the best per row marked, ROC and
// precision-recall curves overlaid with each detector's operating point, the confusion matrices
// at each threshold, the normalised score distributions, and, when the runs read the same input,
// buttons for the test rows flagged by all, by some and by none.
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

#include "history/Comparison.h"

class QCustomPlot;
class QTableWidget;
class QPushButton;

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(std::vector<awb::ComparedDetector> detectors, QWidget *parent = nullptr);

    const awb::Comparison &comparison() const { return comparison_; }
    QTableWidget *parameterTable() const { return parameters_; }
    QTableWidget *metricTable() const { return metrics_; }
    static bool isHighlighted(const QTableWidget *table, int row, int column);
    // The comparison as a PDF report or as CSV tables; a failure is shown and returns false.
    bool exportReport(const QString &path);
    bool exportTable(const QString &path);

signals:
    // The test rows of a group (flagged by all, some or none) and the group's name.
    void rowsRequested(const std::vector<std::uint32_t> &testRows, const QString &group,
                       const std::string &fingerprint);

private:
    QWidget *buildTables();
    QWidget *buildCurves();
    QWidget *buildMatrices();
    QWidget *buildDistributions();
    QWidget *buildAgreement();
    QWidget *buildExportBar();

    std::vector<awb::ComparedDetector> detectors_;
    awb::Comparison comparison_;
    QTableWidget *parameters_ = nullptr;
    QTableWidget *metrics_ = nullptr;
};
