// ROC and precision-recall charts; see CurveChart.h.
#include "CurveChart.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include "views/ChartMenu.h"

namespace {

// The curve's points (already thinned for display when the result was prepared).
QList<QPointF> pointsOf(const awb::Curve &curve)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(curve.x.size()));
    for (std::size_t i = 0; i < curve.x.size(); ++i)
        points << QPointF(curve.x[i], curve.y[i]);
    return points;
}

} // namespace

CurveChart::CurveChart(Kind kind, ResultSelection *selection, QWidget *parent)
    : QChartView(parent), kind_(kind), selection_(selection), curve_(new QLineSeries), baseline_(new QLineSeries),
      marker_(new QScatterSeries), candidates_(new QScatterSeries), axisX_(new QValueAxis), axisY_(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 220);
    addChartMenu(this, kind == Kind::Roc ? QStringLiteral("roc-curve") : QStringLiteral("precision-recall-curve"));
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));

    curve_->setPen(QPen(QColor(0x3b, 0x7d, 0xd8), 2));
    baseline_->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    marker_->setMarkerSize(12);
    marker_->setColor(QColor(0xd6, 0x3a, 0x2f));
    marker_->setBorderColor(palette().color(QPalette::Base));
    candidates_->setMarkerSize(9);
    candidates_->setColor(Qt::transparent);
    candidates_->setBorderColor(palette().color(QPalette::Text));
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(baseline_), static_cast<QAbstractSeries *>(curve_),
                               static_cast<QAbstractSeries *>(candidates_), static_cast<QAbstractSeries *>(marker_)})
        chart->addSeries(s);

    const bool roc = kind_ == Kind::Roc;
    axisX_->setTitleText(roc ? tr("False positive rate") : tr("Recall"));
    axisY_->setTitleText(roc ? tr("True positive rate") : tr("Precision"));
    for (QValueAxis *axis : {axisX_, axisY_}) {
        // A little past [0, 1], so that an operating point in a corner is not cut in half.
        axis->setRange(-0.02, 1.02);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(0.2);
        axis->setLabelFormat(QStringLiteral("%.1f"));
        axis->setLabelsBrush(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
    }
    chart->addAxis(axisX_, Qt::AlignBottom);
    chart->addAxis(axisY_, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(axisX_);
        s->attachAxis(axisY_);
    }
    setChart(chart);

    connect(selection_, &ResultSelection::resultChanged, this, [this] {
        cache_ = {};
        rebuild();
    });
    connect(selection_, &ResultSelection::partChanged, this, &CurveChart::rebuild);
    connect(selection_, &ResultSelection::thresholdChanged, this, &CurveChart::updateMarker);
    connect(selection_, &ResultSelection::candidatesChanged, this, &CurveChart::updateCandidates);
    rebuild();
}

void CurveChart::rebuild()
{
    const bool roc = kind_ == Kind::Roc;
    const QString name = roc ? tr("ROC curve") : tr("Precision–recall curve");
    if (!selection_->hasResult() || !selection_->labelled() || selection_->partRowCount() == 0) {
        curve_->clear();
        baseline_->clear();
        marker_->clear();
        candidates_->clear();
        chart()->setTitle(selection_->hasResult() ? tr("%1: needs true labels").arg(name) : name);
        return;
    }
    auto &slot = cache_[selection_->part() == ResultPart::Train ? 0 : 1];
    if (!slot) {
        const PreparedPart &prepared = *selection_->preparedPart();
        PartCurve c;
        c.points = pointsOf(roc ? prepared.roc : prepared.pr);
        c.area = roc ? prepared.rocAuc : prepared.averagePrecision;
        slot = std::move(c);
    }
    curve_->replace(slot->points);
    // The no-skill line: the diagonal for ROC, the anomaly share for precision-recall.
    const awb::ConfusionMatrix cm = selection_->currentConfusion();
    const double prevalence = cm.total() ? static_cast<double>(cm.tp + cm.fn) / static_cast<double>(cm.total()) : 0.0;
    baseline_->replace(roc ? QList<QPointF>{{0, 0}, {1, 1}} : QList<QPointF>{{0, prevalence}, {1, prevalence}});
    const QString part = selection_->part() == ResultPart::Train ? tr("train") : tr("test");
    chart()->setTitle(roc ? tr("ROC (%1): AUC = %2").arg(part).arg(slot->area, 0, 'f', 4)
                          : tr("Precision–recall (%1): AP = %2").arg(part).arg(slot->area, 0, 'f', 4));
    updateMarker();
    updateCandidates();
}

QPointF CurveChart::operatingPoint() const
{
    return pointOf(selection_->currentConfusion());
}

QPointF CurveChart::pointOf(const awb::ConfusionMatrix &cm) const
{
    const awb::OperatingPoint p = awb::operatingPoint(cm);
    return kind_ == Kind::Roc ? QPointF(p.falsePositiveRate, p.recall) : QPointF(p.recall, p.precision);
}

int CurveChart::candidatePointCount() const
{
    return static_cast<int>(candidates_->count());
}

// The assistant's candidate thresholds as hollow rings on the curve.
void CurveChart::updateCandidates()
{
    candidates_->clear();
    const PreparedPart *part = selection_->preparedPart();
    if (!part || !selection_->labelled())
        return;
    for (const ThresholdCandidate &c : selection_->candidates())
        candidates_->append(pointOf(part->index.at(c.threshold)));
}

void CurveChart::updateMarker()
{
    marker_->clear();
    if (selection_->hasResult() && selection_->labelled() && selection_->partRowCount())
        marker_->append(operatingPoint());
}

double CurveChart::area() const
{
    const auto &slot = cache_[selection_->part() == ResultPart::Train ? 0 : 1];
    return slot ? slot->area : std::numeric_limits<double>::quiet_NaN();
}

int CurveChart::curvePointCount() const
{
    return static_cast<int>(curve_->count());
}
