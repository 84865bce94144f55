// "Why is this row flagged": for the table's current row, a horizontal bar chart of the features
// that contribute most: the autoencoder's squared reconstruction error per feature, or for the
// Isolation Forest how often each feature split the row's path near the root (short paths are what
// isolate an anomaly). Top features by value, named as the preprocessor encodes them.
#pragma once

#include <QWidget>

#include <string>
#include <vector>

#include "ResultSelection.h"

class QCustomPlot;
class QCPBars;
class QLabel;

class RowExplanationChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int topFeatures = 15;

    explicit RowExplanationChart(ResultSelection *selection, QWidget *parent = nullptr);

    // What the chart shows, largest first: for tests.
    const std::vector<std::pair<std::string, double>> &contributions() const { return shown_; }
    QCustomPlot *plot() const { return plot_; }
    // The depth below which an Isolation Forest split counts as "short": half the trees' height
    // limit ceil(log2(sample size)), where typical normal rows are still far from isolated.
    static int shortDepth(std::size_t sampleSize);

private:
    void refresh();
    void showMessage(const QString &message);

    ResultSelection *selection_;
    QLabel *title_;
    QCustomPlot *plot_;
    QCPBars *bars_;
    std::vector<std::pair<std::string, double>> shown_;
};
