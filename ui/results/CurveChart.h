// The ROC or the precision-recall curve of the current part (Qt Charts), with ROC AUC or average
// precision in the title and the current threshold's operating point marked. Curves are computed
// once per part and thinned to what a chart can draw; the marker moves with the threshold.
#pragma once

#include <QChartView>

#include <array>
#include <optional>

#include "ResultSelection.h"

class QLineSeries;
class QScatterSeries;
class QValueAxis;

class CurveChart : public QChartView {
    Q_OBJECT
public:
    enum class Kind { Roc, PrecisionRecall };
    CurveChart(Kind kind, ResultSelection *selection, QWidget *parent = nullptr);

    Kind kind() const { return kind_; }
    double area() const;               // AUC or AP of the current part (NaN when unlabelled)
    QPointF operatingPoint() const;    // the marked point at the current threshold
    int candidatePointCount() const;
    int curvePointCount() const;

private:
    struct PartCurve {
        QList<QPointF> points;
        double area = 0.0;
    };
    void rebuild();
    void updateMarker();
    void updateCandidates();
    QPointF pointOf(const awb::ConfusionMatrix &cm) const;

    Kind kind_;
    ResultSelection *selection_;
    QLineSeries *curve_;
    QLineSeries *baseline_;
    QScatterSeries *marker_;
    QScatterSeries *candidates_;  // the threshold assistant's proposals
    QValueAxis *axisX_;
    QValueAxis *axisY_;
    std::array<std::optional<PartCurve>, 2> cache_;  // per part, for the current result
};
