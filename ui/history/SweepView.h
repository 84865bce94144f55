// A sweep's outcome: one row per run with its settings and each detector's test metrics, and the
// chosen metric plotted against the first swept setting (one line per combination of the others).
#pragma once

#include <QWidget>

#include <string>
#include <vector>

#include "pipeline/Sweep.h"

class QComboBox;
class QCustomPlot;
class QTableWidget;

struct SweepRow {
    std::vector<std::string> settings;  // "detector.key=value" per axis
    awb::RunResult result;
    std::int64_t historyId = 0;         // 0: not recorded
};

class SweepView : public QWidget {
    Q_OBJECT
public:
    SweepView(std::vector<awb::SweepAxis> axes, std::vector<SweepRow> rows, bool cancelled, QWidget *parent = nullptr);

    QTableWidget *table() const { return table_; }
    QCustomPlot *plot() const { return plot_; }

private:
    void replot();

    std::vector<awb::SweepAxis> axes_;
    std::vector<SweepRow> rows_;
    QTableWidget *table_;
    QComboBox *metric_;
    QCustomPlot *plot_;
};
