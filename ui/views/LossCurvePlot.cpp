// LossCurvePlot: two QCustomPlot graphs on a log-scaled loss axis.
#include "LossCurvePlot.h"

#include <cmath>

LossCurvePlot::LossCurvePlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName("lossCurve");
    setMinimumHeight(160);
    addGraph();
    graph(0)->setName(tr("training loss"));
    graph(0)->setPen(QPen(QColor(31, 119, 180), 2));
    graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    addGraph();
    graph(1)->setName(tr("validation loss"));
    graph(1)->setPen(QPen(QColor(255, 127, 14), 2));
    graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 5));
    xAxis->setLabel(tr("epoch"));
    yAxis->setLabel(tr("mean squared error"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1.0);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(epochs);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void LossCurvePlot::clearCurves()
{
    graph(0)->data()->clear();
    graph(1)->data()->clear();
    replot();
}

void LossCurvePlot::addEpochs(const std::vector<awb::ProgressEvent> &epochs)
{
    for (const awb::ProgressEvent &e : epochs) {
        graph(0)->addData(e.epoch, e.trainLoss);
        if (std::isfinite(e.validationLoss))
            graph(1)->addData(e.epoch, e.validationLoss);
    }
    rescaleAxes();
    xAxis->setRange(0.5, std::max(2.0, xAxis->range().upper + 0.5));
    yAxis->scaleRange(1.2, yAxis->range().center());
    replot(QCustomPlot::rpQueuedReplot);
}

int LossCurvePlot::pointCount() const
{
    return graph(0)->dataCount();
}
