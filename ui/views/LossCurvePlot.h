// The autoencoder's training and validation loss per epoch, drawn live while it trains. Points
// arrive in batches from BackgroundTask (at most ten times a second), and one replot follows each.
#pragma once

#include <qcustomplot.h>

#include <vector>

#include "common/Progress.h"

class LossCurvePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit LossCurvePlot(QWidget *parent = nullptr);

    void clearCurves();
    void addEpochs(const std::vector<awb::ProgressEvent> &epochs);
    int pointCount() const;
};
