// The score histogram of one part, split by true class (stacked or overlaid), for any detector's
// score (log-scale x option, the default for scores that span decades). The
// threshold is a vertical line the user drags (every linked view follows live); a shift- or
// right-drag selects a score range that filters the table; rows selected in the table are marked
// above their bins.
#pragma once

#include <QWidget>

#include <vector>

#include "ResultSelection.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;

class ScoreHistogram : public QWidget {
    Q_OBJECT
public:
    explicit ScoreHistogram(ResultSelection *selection, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return plot_; }
    bool logScale() const { return logScale_; }
    bool stacked() const { return stacked_; }
    // Where a score is drawn, in plot-widget pixels (for tests and the drag hit test).
    int pixelForScore(double score) const;
    double scoreForPixel(int x) const;
    int selectionMarkerCount() const;

public slots:
    void setLogScale(bool on);
    void setStacked(bool on);

protected:
    void resizeEvent(QResizeEvent *event) override;  // the alerts axis's labels are spaced in pixels

private:
    void rebuild();  // bins and axes: on a new result, part or scale
    void updateThreshold();
    void setUpAlertsAxis();
    void updateAlertsAxis();
    void updateCandidates();
    void updateRangeItem();
    void updateSelectionMarkers();
    void onPress(QMouseEvent *event);
    void onMove(QMouseEvent *event);
    void onRelease(QMouseEvent *event);
    double binTop(double score) const;  // stacked height of the bin holding `score`
    double displayMin() const;          // lower x limit; positive on a log axis

    ResultSelection *selection_;
    QCustomPlot *plot_;
    QCheckBox *logBox_;
    QComboBox *modeBox_;
    QCPGraph *normalGraph_ = nullptr;
    QCPGraph *anomalyGraph_ = nullptr;
    QCPGraph *markers_ = nullptr;
    QCPItemStraightLine *thresholdLine_ = nullptr;
    QCPItemText *thresholdLabel_ = nullptr;
    QCPItemRect *rangeItem_ = nullptr;
    QList<class QCPAbstractItem *> candidateItems_;
    std::vector<double> edges_;  // bin edges, ascending (bins = edges - 1)
    std::vector<double> normalCounts_, anomalyCounts_;
    bool logScale_ = false;
    bool stacked_ = true;
    enum class Drag { None, Threshold, Range } drag_ = Drag::None;
    double rangeStart_ = 0.0;
};
