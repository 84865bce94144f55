// One trained model's results, ready to place in a dock or tab: the train/test switch and
// threshold controls, the classification report, the confusion-matrix heatmap, the score histogram,
// ROC and precision-recall curves, the flagged-rows table with its filter box and "clear filter"
// chip, and the per-row explanation, all linked through one ResultSelection.
#pragma once

#include <QWidget>

#include <memory>

#include "ResultSelection.h"

class ClassificationReportModel;
class ConfusionMatrixView;
class CurveChart;
class FlaggedRowsTable;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class RowExplanationChart;
class ScoreHistogram;
class ThresholdAssistant;
class QUndoStack;

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const awb::Dataset> data, std::shared_ptr<const awb::DetectorRun> run,
                   std::shared_ptr<const PreparedResult> prepared = nullptr);
    void clear();
    ResultSelection *selection() const { return selection_; }
    // Marks the shown result as computed with other settings than the panel's.
    void setOutOfDate(bool outOfDate);
    bool isOutOfDate() const;
    ThresholdAssistant *assistant() const { return assistant_; }
    // Threshold changes, and the owner's steps (the window adds parameter changes); a new result
    // starts a new history. The owner provides the Undo and Redo actions.
    QUndoStack *undoStack() const { return undo_; }

private:
    static QLabel *banner(const QString &objectName, const char *background, const char *text, const char *border);
    QWidget *buildControls();
    QWidget *buildTableArea();
    class QSplitter *buildBottom();
    void updateControls();
    void updateThresholdSpin();
    void updateFilterWidgets();
    void updateCounts();
    void updateFittedOn();
    void applyThreshold(double threshold, const QString &policy);
    void recordThreshold(double threshold);

    ResultSelection *selection_;
    QComboBox *partSwitch_ = nullptr;
    QDoubleSpinBox *thresholdSpin_ = nullptr;
    QToolButton *resetThreshold_ = nullptr;
    QLabel *countsLabel_ = nullptr;
    QLabel *outOfDate_ = nullptr;
    QLabel *warnings_ = nullptr;  // the run's diagnostics, at its trained threshold
    QLabel *fittedOn_ = nullptr;
    ClassificationReportModel *reportModel_ = nullptr;
    QTableView *reportTable_ = nullptr;
    ConfusionMatrixView *matrix_ = nullptr;
    ScoreHistogram *histogram_ = nullptr;
    CurveChart *roc_ = nullptr;
    CurveChart *pr_ = nullptr;
    FlaggedRowsTable *table_ = nullptr;
    QLineEdit *filterEdit_ = nullptr;
    QTimer *filterDelay_ = nullptr;
    QToolButton *filterChip_ = nullptr;
    RowExplanationChart *explanation_ = nullptr;
    ThresholdAssistant *assistant_ = nullptr;
    QUndoStack *undo_ = nullptr;
    double recordedThreshold_ = 0.0;  // the threshold the last step on the stack left
    bool applyingUndo_ = false;       // an undo or redo is setting the threshold
};
