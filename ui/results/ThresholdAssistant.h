// The threshold assistant of one result: every applicable policy with its threshold and what it
// flags, on the training rows it was chosen on and on the test rows (confusion counts, F1, alerts
// per 10,000 flows); a row for a policy with the analyst's own inputs (costs, budget, target
// rate); the expected-cost curve on the training rows. The candidates are marked on the histogram
// and the curves through the ResultSelection; Apply asks for the selected one.
// The policies are applied on a worker thread, so a million-row result never blocks the window.
#pragma once

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <vector>

#include "ResultSelection.h"
#include "eval/ThresholdChoice.h"

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;
class ThresholdPolicyEditor;

class ThresholdAssistant : public QWidget {
    Q_OBJECT
public:
    explicit ThresholdAssistant(ResultSelection *selection, QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const awb::Dataset> data, std::shared_ptr<const awb::DetectorRun> run);
    QTableWidget *table() const { return table_; }
    ThresholdPolicyEditor *editor() const { return editor_; }
    const std::vector<awb::PolicyComparison> &rows() const { return rows_; }
    bool computing() const { return watcher_.isRunning(); }  // the policies are being computed

signals:
    void applyRequested(double threshold, const QString &policy);
    void computed();  // the table holds the policies of the current result

private:
    void compute();
    void showRows();
    void updateCostCurve();
    void moveCostLine();
    void addOwnPolicy();
    void applySelected();
    void updateAssumption();

    ResultSelection *selection_;
    std::shared_ptr<const awb::Dataset> data_;
    std::shared_ptr<const awb::DetectorRun> run_;
    std::vector<awb::ThresholdPolicy> requested_;  // the standard policies, then the analyst's own
    std::vector<awb::PolicyComparison> rows_;
    // What the worker hands back: the table, and at most 601 of the training cuts (evenly spaced in
    // score order, and the last) that the cost curve is drawn from.
    struct Computed {
        std::vector<awb::PolicyComparison> rows;
        std::vector<awb::thresholdrules::Cut> cuts;  // empty when unlabelled
    };
    // Its own thread, not Qt's global pool: Qt Gui draws large pixmaps with that pool, and a paint
    // would wait seconds for a computation over millions of scores. Declared before the watcher,
    // so it outlives it and waits for a computation still running when the panel goes. Its thread
    // yields to the GUI thread (yieldToTheGuiThread).
    QThreadPool pool_;
    QFutureWatcher<Computed> watcher_;
    std::vector<awb::thresholdrules::Cut> cuts_;
    QTableWidget *table_;
    ThresholdPolicyEditor *editor_ = nullptr;
    QPushButton *add_ = nullptr;
    QPushButton *apply_ = nullptr;
    QLabel *assumption_ = nullptr;
    QCustomPlot *costPlot_ = nullptr;
    class QCPItemStraightLine *costLine_ = nullptr;  // the current threshold
};
