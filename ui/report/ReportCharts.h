// The report's charts, drawn as vectors with QPainter into a rectangle of a PDF page: line charts
// (ROC, precision-recall, training loss, overlays of several detectors), the score histogram by
// class with its threshold, and the confusion-matrix heatmap.
#pragma once

#include <QColor>
#include <QPainter>
#include <QString>

#include <optional>
#include <vector>

#include "eval/Metrics.h"

struct ChartSeries {
    QString name;
    QColor color;
    std::vector<double> x, y;
    std::optional<QPointF> marker;  // e.g. the operating point
};

struct LineChart {
    QString title, xLabel, yLabel;
    std::vector<ChartSeries> series;
    double xLow = 0, xHigh = 1, yLow = 0, yHigh = 1;
    bool logY = false;
};

void drawLineChart(QPainter &painter, const QRectF &area, const LineChart &chart);

struct HistogramChart {
    QString title, xLabel;
    double low = 0, high = 1;
    std::vector<double> normal, anomaly;  // counts per equal-width bin
    double threshold = 0;
};

void drawHistogram(QPainter &painter, const QRectF &area, const HistogramChart &chart);

void drawConfusionHeatmap(QPainter &painter, const QRectF &area, const QString &title, const awb::ConfusionMatrix &cm);

QColor seriesColor(std::size_t index);
