// "What drives this row's score?": for the table's current row, a horizontal bar chart of the original
// columns that make it stand out (the detector's per-feature explanation summed back into its
// columns by awb::explainRow), each labelled with the row's value as it stood in the file and
// what normal rows look like: the interquartile range and median of a number, or how common the
// category is among normal rows.
#pragma once

#include <QWidget>

#include <vector>

#include "ResultSelection.h"
#include "eval/RowExplanation.h"

class QCustomPlot;
class QCPBars;
class QLabel;

class RowExplanationChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int topColumns = 8;  // at most; fewer where the chart is too low for their labels

    explicit RowExplanationChart(ResultSelection *selection, QWidget *parent = nullptr);

    // What the chart shows, largest first: for tests.
    const std::vector<awb::ColumnContribution> &contributions() const { return shown_; }
    QCustomPlot *plot() const { return plot_; }
    // The bar's label: "service = ftp_data\n2.1 % of normal rows" or "src_bytes = 54540\nnormal 0 – 1,032, median 44".
    static QString columnLabel(const awb::ColumnContribution &column);
    // A figure in a label: digits with the locale's separators from 10,000 on, else 4 significant.
    static QString number(double value);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    std::size_t barsThatFit() const;  // each bar's two-line label above it needs its own height
    void showMessage(const QString &message);

    ResultSelection *selection_;
    QLabel *title_;
    QCustomPlot *plot_;
    QCPBars *bars_;
    std::vector<awb::ColumnContribution> shown_;
    std::size_t fit_ = topColumns;  // the bars the last refresh had room for
};
