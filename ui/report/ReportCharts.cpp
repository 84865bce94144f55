// Chart drawing for the PDF reports; see ReportCharts.h.
#include "ReportCharts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// Device units per point: the PDF writer draws at its own resolution.
double pt(const QPainter &p, double points)
{
    return points * p.device()->logicalDpiX() / 72.0;
}

QFont chartFont(double size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);  // no ligatures: searchable text (see ReportDocument)
    return f;
}

QString tick(double v)
{
    return std::abs(v) >= 100 ? QLocale(QLocale::English).toString(v, 'f', 0) : QString::number(v, 'g', 3);
}

// Frame, title, axis labels and ticks; returns the plotting rectangle.
QRectF axes(QPainter &p, const QRectF &area, const QString &title, const QString &xLabel, const QString &yLabel,
            double xLow, double xHigh, double yLow, double yHigh, bool logY)
{
    p.setFont(chartFont(8.5, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), pt(p, 12)), Qt::AlignHCenter | Qt::AlignVCenter, title);
    const QRectF plot = area.adjusted(pt(p, 34), pt(p, 16), -pt(p, 6), -pt(p, 26));
    p.setPen(QPen(QColor(80, 80, 80), pt(p, 0.6)));
    p.drawRect(plot);
    p.setFont(chartFont(6.5));
    for (int i = 0; i <= 4; ++i) {
        const double fx = i / 4.0;
        const double x = plot.left() + fx * plot.width(), y = plot.bottom() - fx * plot.height();
        p.setPen(QPen(QColor(225, 225, 225), pt(p, 0.4)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(60, 60, 60));
        p.drawText(QRectF(x - pt(p, 20), plot.bottom() + pt(p, 2), pt(p, 40), pt(p, 9)), Qt::AlignHCenter | Qt::AlignTop,
                   tick(xLow + fx * (xHigh - xLow)));
        const double yValue = logY ? std::pow(10.0, yLow + fx * (yHigh - yLow)) : yLow + fx * (yHigh - yLow);
        p.drawText(QRectF(area.left(), y - pt(p, 5), pt(p, 31), pt(p, 10)), Qt::AlignRight | Qt::AlignVCenter, tick(yValue));
    }
    p.setFont(chartFont(7));
    p.drawText(QRectF(plot.left(), plot.bottom() + pt(p, 12), plot.width(), pt(p, 11)), Qt::AlignHCenter, xLabel);
    p.save();
    p.translate(area.left() + pt(p, 2), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), pt(p, 10)), Qt::AlignHCenter | Qt::AlignTop, yLabel);
    p.restore();
    return plot;
}

} // namespace

QColor seriesColor(std::size_t index)
{
    static const QColor colors[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40),
                                    QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127)};
    return colors[index % std::size(colors)];
}

void drawLineChart(QPainter &p, const QRectF &area, const LineChart &c)
{
    const QRectF plot = axes(p, area, c.title, c.xLabel, c.yLabel, c.xLow, c.xHigh, c.yLow, c.yHigh, c.logY);
    const auto map = [&](double x, double y) {
        const double yv = c.logY ? std::log10(std::max(y, 1e-300)) : y;
        return QPointF(plot.left() + (x - c.xLow) / (c.xHigh - c.xLow) * plot.width(),
                       plot.bottom() - (yv - c.yLow) / (c.yHigh - c.yLow) * plot.height());
    };
    p.save();
    p.setClipRect(plot.adjusted(-pt(p, 4), -pt(p, 4), pt(p, 4), pt(p, 4)));
    for (const ChartSeries &s : c.series) {
        QPainterPath path;
        for (std::size_t i = 0; i < s.x.size(); ++i) {
            if (!std::isfinite(s.y[i]))
                continue;
            const QPointF point = map(s.x[i], s.y[i]);
            path.elementCount() == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        p.setPen(QPen(s.color, pt(p, 1.2)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (s.marker) {
            p.setBrush(s.color);
            p.setPen(QPen(Qt::black, pt(p, 0.5)));
            p.drawEllipse(map(s.marker->x(), s.marker->y()), pt(p, 3), pt(p, 3));
        }
    }
    p.restore();
    // Legend, top right inside the plot.
    p.setFont(chartFont(6.5));
    double y = plot.top() + pt(p, 3);
    for (const ChartSeries &s : c.series) {
        if (s.name.isEmpty())
            continue;
        const QRectF text(plot.left() + plot.width() * 0.35, y, plot.width() * 0.65 - pt(p, 4), pt(p, 9));
        p.setPen(QPen(s.color, pt(p, 1.5)));
        p.drawLine(QPointF(text.left() - pt(p, 12), text.center().y()), QPointF(text.left() - pt(p, 3), text.center().y()));
        p.setPen(Qt::black);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, s.name);
        y += pt(p, 9);
    }
}

void drawHistogram(QPainter &p, const QRectF &area, const HistogramChart &c)
{
    double top = 1.0;
    for (std::size_t b = 0; b < c.normal.size(); ++b)
        top = std::max(top, c.normal[b] + (b < c.anomaly.size() ? c.anomaly[b] : 0.0));
    const QRectF plot = axes(p, area, c.title, c.xLabel, QCoreApplication::translate("ReportCharts", "Rows"), c.low, c.high,
                             0, top, false);
    const double width = plot.width() / static_cast<double>(std::max<std::size_t>(1, c.normal.size()));
    for (std::size_t b = 0; b < c.normal.size(); ++b) {
        const double normal = c.normal[b] / top * plot.height();
        const double anomaly = (b < c.anomaly.size() ? c.anomaly[b] : 0.0) / top * plot.height();
        const double x = plot.left() + static_cast<double>(b) * width;
        p.fillRect(QRectF(x, plot.bottom() - normal, width, normal), QColor(76, 134, 198));
        p.fillRect(QRectF(x, plot.bottom() - normal - anomaly, width, anomaly), QColor(240, 140, 60));
    }
    if (c.high > c.low && c.threshold >= c.low && c.threshold <= c.high) {
        const double x = plot.left() + (c.threshold - c.low) / (c.high - c.low) * plot.width();
        p.setPen(QPen(QColor(200, 30, 30), pt(p, 1.2), Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setFont(chartFont(6.5));
        p.drawText(QRectF(x + pt(p, 2), plot.top() + plot.height() * 0.45, pt(p, 80), pt(p, 9)), Qt::AlignLeft,
                   QCoreApplication::translate("ReportCharts", "threshold %1").arg(tick(c.threshold)));
    }
    p.setFont(chartFont(6.5));
    p.fillRect(QRectF(plot.right() - pt(p, 80), plot.top() + pt(p, 4), pt(p, 7), pt(p, 7)), QColor(76, 134, 198));
    p.setPen(Qt::black);
    p.drawText(QRectF(plot.right() - pt(p, 70), plot.top() + pt(p, 2), pt(p, 68), pt(p, 10)), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("ReportCharts", "normal"));
    p.fillRect(QRectF(plot.right() - pt(p, 80), plot.top() + pt(p, 14), pt(p, 7), pt(p, 7)), QColor(240, 140, 60));
    p.drawText(QRectF(plot.right() - pt(p, 70), plot.top() + pt(p, 12), pt(p, 68), pt(p, 10)), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("ReportCharts", "anomaly"));
}

void drawConfusionHeatmap(QPainter &p, const QRectF &area, const QString &title, const awb::ConfusionMatrix &cm)
{
    p.setFont(chartFont(8.5, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), pt(p, 12)), Qt::AlignHCenter | Qt::AlignVCenter, title);
    const double side = std::min(area.width() - pt(p, 60), area.height() - pt(p, 40)) / 2.0;
    const QPointF origin(area.center().x() - side + pt(p, 20), area.top() + pt(p, 34));
    const std::int64_t cells[2][2] = {{cm.tn, cm.fp}, {cm.fn, cm.tp}};
    p.setFont(chartFont(6.5, true));
    p.drawText(QRectF(origin.x(), origin.y() - pt(p, 20), 2 * side, pt(p, 9)), Qt::AlignCenter,
               QCoreApplication::translate("ReportCharts", "predicted"));
    const std::int64_t rowTotals[2] = {cm.tn + cm.fp, cm.fn + cm.tp};
    const QString names[2] = {QCoreApplication::translate("ReportCharts", "normal"),
                              QCoreApplication::translate("ReportCharts", "anomaly")};
    const QLocale english(QLocale::English);
    p.setFont(chartFont(6.5));
    for (int c = 0; c < 2; ++c)
        p.drawText(QRectF(origin.x() + c * side, origin.y() - pt(p, 11), side, pt(p, 10)), Qt::AlignCenter, names[c]);
    for (int r = 0; r < 2; ++r) {
        p.drawText(QRectF(origin.x() - pt(p, 58), origin.y() + r * side, pt(p, 55), side), Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("ReportCharts", "true %1").arg(names[r]));
        for (int c = 0; c < 2; ++c) {
            const double share = rowTotals[r] ? double(cells[r][c]) / double(rowTotals[r]) : 0.0;
            const QRectF cell(origin.x() + c * side, origin.y() + r * side, side, side);
            const QColor fill = QColor::fromRgbF(1.0 - 0.75 * share, 1.0 - 0.55 * share, 1.0 - 0.2 * share);
            p.fillRect(cell, fill);
            p.setPen(QPen(Qt::white, pt(p, 1)));
            p.drawRect(cell);
            p.setPen(share > 0.55 ? Qt::white : Qt::black);
            p.setFont(chartFont(9, true));
            p.drawText(cell.adjusted(0, 0, 0, -side * 0.25), Qt::AlignCenter, english.toString(static_cast<qlonglong>(cells[r][c])));
            p.setFont(chartFont(6.5));
            p.drawText(cell.adjusted(0, side * 0.35, 0, 0), Qt::AlignCenter, QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %"));
        }
    }
    p.setPen(Qt::black);
}
