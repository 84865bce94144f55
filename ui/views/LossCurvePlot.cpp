// LossCurvePlot: two QCustomPlot graphs on a log-scaled loss axis.
#include "LossCurvePlot.h"

#include <cmath>
#include "views/ChartMenu.h"

namespace {

// Log ticks that stay readable when the losses span less than a decade or two: there QCustomPlot's
// log ticker falls back to evenly spaced ones, which crowd at the top of a log axis ("0.1" over
// "0.075"). Here they are 1, 2 and 5 times a power of ten, or every digit when that gives fewer
// than two ticks, or evenly spaced ones when even that does (0.073 to 0.079).
class LossTicker : public QCPAxisTickerLog {
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override
    {
        if (!(range.lower > 0) || std::log10(range.upper / range.lower) >= 1.6)
            return QCPAxisTickerLog::createTickVector(tickStep, range);
        QVector<double> ticks;
        for (const std::initializer_list<int> &digits : {std::initializer_list<int>{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}}) {
            ticks.clear();
            for (double power = std::pow(10.0, std::floor(std::log10(range.lower))); power <= range.upper; power *= 10.0)
                for (const int d : digits)
                    if (d * power >= range.lower && d * power <= range.upper)
                        ticks.append(d * power);
            if (ticks.size() >= 2)
                return ticks;
        }
        return QCPAxisTicker::createTickVector(tickStep, range);  // within one digit's step: evenly spaced
    }
};

} // namespace

LossCurvePlot::LossCurvePlot(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName("lossCurve");
    addChartMenu(this, QStringLiteral("training-loss"));
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
    yAxis->setTicker(QSharedPointer<LossTicker>(new LossTicker));
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1.0);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(epochs);
    legend->setVisible(false);  // until there are curves: it would cover the placeholder
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    placeholder_ = new QCPItemText(this);
    placeholder_->position->setType(QCPItemPosition::ptAxisRectRatio);
    placeholder_->position->setCoords(0.5, 0.5);
    placeholder_->setColor(palette().color(QPalette::PlaceholderText));
    setPlaceholder(tr("Loss curves appear for detectors that train in epochs."));
}

// The note, broken into lines that fit between the axes however narrow the dock is.
void LossCurvePlot::setPlaceholder(const QString &text)
{
    placeholderText_ = text;
    const QFontMetrics metrics(placeholder_->font());
    const int room = std::max(80, width() - 90);  // the y axis and its label take the rest
    QStringList lines{QString()};
    for (const QString &word : text.split(' ', Qt::SkipEmptyParts)) {
        const QString longer = lines.back().isEmpty() ? word : lines.back() + ' ' + word;
        if (!lines.back().isEmpty() && metrics.horizontalAdvance(longer) > room)
            lines << word;
        else
            lines.back() = longer;
    }
    placeholder_->setText(lines.join('\n'));
}

void LossCurvePlot::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    setPlaceholder(placeholderText_);
}

void LossCurvePlot::clearCurves()
{
    draw({}, {});
}

void LossCurvePlot::showEpochs(const QString &detector, const std::vector<awb::ProgressEvent> &epochs)
{
    std::vector<std::pair<double, double>> loss;
    for (const awb::ProgressEvent &e : epochs)
        loss.emplace_back(e.trainLoss, e.validationLoss);
    draw(detector, loss);
}

void LossCurvePlot::showHistory(const QString &detector, const awb::TrainingHistory &history)
{
    draw(detector, history.loss);
}

void LossCurvePlot::draw(const QString &detector, const std::vector<std::pair<double, double>> &loss)
{
    detector_ = loss.empty() ? QString() : detector;
    graph(0)->data()->clear();
    graph(1)->data()->clear();
    for (std::size_t i = 0; i < loss.size(); ++i) {
        graph(0)->addData(static_cast<double>(i + 1), loss[i].first);
        if (std::isfinite(loss[i].second))
            graph(1)->addData(static_cast<double>(i + 1), loss[i].second);
    }
    graph(0)->setName(detector_.isEmpty() ? tr("training loss") : tr("%1: training loss").arg(detector_));
    legend->setVisible(!loss.empty());
    placeholder_->setVisible(loss.empty());
    xAxis->setTickLabels(!loss.empty());
    yAxis->setTickLabels(!loss.empty());
    if (loss.empty() && !detector.isEmpty())
        setPlaceholder(tr("%1 is fitted in one pass: no loss curve.").arg(detector));
    else if (loss.empty())
        setPlaceholder(tr("Loss curves appear for detectors that train in epochs."));
    if (!loss.empty()) {
        rescaleAxes();
        xAxis->setRange(0.5, std::max(2.0, xAxis->range().upper + 0.5));
        yAxis->scaleRange(1.2, yAxis->range().center());
    }
    replot(QCustomPlot::rpQueuedReplot);
}

int LossCurvePlot::pointCount() const
{
    return graph(0)->dataCount();
}
