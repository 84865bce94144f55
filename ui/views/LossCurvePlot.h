// A detector's training and validation loss per epoch (detectors that train in epochs), drawn live
// while it trains and from its stored history afterwards. Epochs arrive in batches from
// BackgroundTask (at most ten times a second), and one replot follows each.
#pragma once

#include <qcustomplot.h>

#include <vector>

#include "common/Progress.h"
#include "models/Detector.h"

class LossCurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit LossCurvePlot(QWidget *parent = nullptr);

    void clearCurves();
    void showEpochs(const QString &detector, const std::vector<awb::ProgressEvent> &epochs);
    void showHistory(const QString &detector, const awb::TrainingHistory &history);
    int pointCount() const;
    QString detectorShown() const { return detector_; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void draw(const QString &detector, const std::vector<std::pair<double, double>> &loss);
    void setPlaceholder(const QString &text);

    QString detector_;
    class QCPItemText *placeholder_ = nullptr;
    QString placeholderText_;  // unbroken; broken into lines for the current width
};
