// The score histogram with a draggable threshold; see ScoreHistogram.h.
#include "ScoreHistogram.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include "views/ChartMenu.h"

namespace {

constexpr int binCount = 80;
constexpr int grabPixels = 6;        // how close to the threshold line a press starts a drag
constexpr std::size_t maxMarkers = 2000;  // more selected rows than this are not told apart anyway

const QColor normalColor(0x3b, 0x7d, 0xd8);
const QColor anomalyColor(0xe0, 0x6c, 0x1b);
const QColor thresholdColor(0xd6, 0x3a, 0x2f);

} // namespace

ScoreHistogram::ScoreHistogram(ResultSelection *selection, QWidget *parent)
    : QWidget(parent), selection_(selection), plot_(new QCustomPlot(this)), logBox_(new QCheckBox(tr("Log scale"), this)),
      modeBox_(new QComboBox(this))
{
    addChartMenu(plot_, QStringLiteral("score-histogram"));
    logBox_->setToolTip(tr("Logarithmic score axis: spreads out scores that span several orders of magnitude."));
    modeBox_->addItem(tr("Stacked by true class"));
    modeBox_->addItem(tr("Overlaid by true class"));
    modeBox_->setToolTip(tr("Stacked shows the total per bin; overlaid compares the two classes' shapes."));
    auto *hint = new QLabel(tr("Drag the red line: threshold · Shift-drag: filter a score range"), this);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    auto *controls = new QHBoxLayout;
    controls->addWidget(logBox_);
    controls->addWidget(modeBox_);
    controls->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(plot_, 1);

    plot_->setMinimumSize(300, 180);
    plot_->setBackground(palette().color(QPalette::Base));
    for (QCPAxis *axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(palette().color(QPalette::Text)));
        axis->setTickPen(QPen(palette().color(QPalette::Text)));
        axis->setSubTickPen(QPen(palette().color(QPalette::Text)));
        axis->setTickLabelColor(palette().color(QPalette::Text));
        axis->setLabelColor(palette().color(QPalette::Text));
        axis->grid()->setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    }
    plot_->yAxis->setLabel(tr("Rows"));
    plot_->legend->setVisible(true);
    plot_->legend->setBrush(palette().color(QPalette::Base));
    plot_->legend->setTextColor(palette().color(QPalette::Text));
    // The legend sits in a strip above the plot, so it never hides bars or the threshold label.
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setMargins(QMargins(4, 2, 4, 2));

    normalGraph_ = plot_->addGraph();
    anomalyGraph_ = plot_->addGraph();
    for (QCPGraph *g : {normalGraph_, anomalyGraph_})
        g->setLineStyle(QCPGraph::lsStepLeft);
    markers_ = plot_->addGraph();
    markers_->setName(tr("Selected rows"));
    markers_->setLineStyle(QCPGraph::lsNone);
    markers_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, palette().color(QPalette::Text),
                                              palette().color(QPalette::Highlight), 9));

    thresholdLine_ = new QCPItemStraightLine(plot_);
    thresholdLine_->setPen(QPen(thresholdColor, 2, Qt::DashLine));
    thresholdLabel_ = new QCPItemText(plot_);
    thresholdLabel_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    thresholdLabel_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    thresholdLabel_->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    thresholdLabel_->setColor(thresholdColor);
    thresholdLabel_->setPadding(QMargins(4, 2, 4, 2));
    QColor labelBackground = palette().color(QPalette::Base);
    labelBackground.setAlpha(210);
    thresholdLabel_->setBrush(labelBackground);
    rangeItem_ = new QCPItemRect(plot_);
    rangeItem_->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    rangeItem_->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rangeItem_->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    rangeItem_->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    QColor rangeFill = palette().color(QPalette::Highlight);
    rangeFill.setAlpha(50);
    rangeItem_->setBrush(rangeFill);
    rangeItem_->setPen(QPen(palette().color(QPalette::Highlight)));
    rangeItem_->setVisible(false);

    connect(logBox_, &QCheckBox::toggled, this, &ScoreHistogram::setLogScale);
    connect(modeBox_, &QComboBox::currentIndexChanged, this, [this](int i) { setStacked(i == 0); });
    connect(plot_, &QCustomPlot::mousePress, this, &ScoreHistogram::onPress);
    connect(plot_, &QCustomPlot::mouseMove, this, &ScoreHistogram::onMove);
    connect(plot_, &QCustomPlot::mouseRelease, this, &ScoreHistogram::onRelease);
    connect(selection_, &ResultSelection::resultChanged, this, [this] {
        // Scores that span decades (reconstruction errors, residuals) read best on a log scale.
        const bool decades = selection_->hasResult() && selection_->minScore() > 0.0f &&
                             selection_->maxScore() / selection_->minScore() >= 1000.0f;
        logScale_ = decades;
        const QSignalBlocker block(logBox_);
        logBox_->setChecked(decades);
        rebuild();
    });
    connect(selection_, &ResultSelection::partChanged, this, &ScoreHistogram::rebuild);
    connect(selection_, &ResultSelection::candidatesChanged, this, &ScoreHistogram::updateCandidates);
    setUpAlertsAxis();
    connect(selection_, &ResultSelection::thresholdChanged, this, &ScoreHistogram::updateThreshold);
    connect(selection_, &ResultSelection::filterChanged, this, &ScoreHistogram::updateRangeItem);
    connect(selection_, &ResultSelection::selectedRowsChanged, this, &ScoreHistogram::updateSelectionMarkers);
    rebuild();
}

void ScoreHistogram::setLogScale(bool on)
{
    if (on == logScale_)
        return;
    logScale_ = on;
    const QSignalBlocker block(logBox_);
    logBox_->setChecked(on);
    rebuild();
}

void ScoreHistogram::setStacked(bool on)
{
    if (on == stacked_)
        return;
    stacked_ = on;
    const QSignalBlocker block(modeBox_);
    modeBox_->setCurrentIndex(on ? 0 : 1);
    rebuild();
}

double ScoreHistogram::displayMin() const
{
    const auto scores = selection_->partScores();
    if (!logScale_)
        return std::min<double>(selection_->minScore(), selection_->threshold());
    double smallest = std::numeric_limits<double>::infinity();
    for (float s : scores)
        if (s > 0.0f && s < smallest)
            smallest = s;
    const double top = std::max<double>(selection_->maxScore(), 1e-12);
    return std::isfinite(smallest) ? std::max(smallest, top * 1e-9) : top * 1e-6;
}

void ScoreHistogram::rebuild()
{
    const auto scores = selection_->partScores();
    edges_.clear();
    normalCounts_.assign(binCount, 0.0);
    anomalyCounts_.assign(binCount, 0.0);

    const awb::Detector *detector = selection_->detector();
    plot_->xAxis->setLabel(detector ? QCoreApplication::translate("awb", detector->scoreName().c_str()) : tr("Score"));
    plot_->xAxis->setScaleType(logScale_ ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logScale_)
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());

    if (!scores.empty()) {
        double lo = displayMin();
        double hi = std::max<double>(selection_->maxScore(), selection_->threshold());
        if (logScale_)
            hi = std::max(hi, lo * 10);
        if (hi <= lo)
            hi = lo + 1.0;
        edges_.resize(binCount + 1);
        for (int i = 0; i <= binCount; ++i) {
            const double t = static_cast<double>(i) / binCount;
            edges_[i] = logScale_ ? lo * std::pow(hi / lo, t) : lo + (hi - lo) * t;
        }
        // Counted from the sorted scores, one search per edge (not one pass over millions of rows on
        // the GUI thread); scores below the first edge fall in the first bin, the rest above the
        // last inner edge in the last.
        const awb::ScoreIndex &index = selection_->preparedPart()->index;
        std::pair<std::size_t, std::size_t> before{0, 0};
        for (int b = 0; b < binCount; ++b) {
            const auto upTo = b + 1 == binCount ? index.below(std::numeric_limits<double>::infinity()) : index.below(edges_[b + 1]);
            normalCounts_[b] = static_cast<double>(upTo.first - before.first);
            anomalyCounts_[b] = static_cast<double>(upTo.second - before.second);
            before = upTo;
        }
    }

    QVector<double> keys, normal, anomaly;
    for (std::size_t b = 0; b + 1 < edges_.size(); ++b) {
        keys << edges_[b];
        normal << normalCounts_[b];
        anomaly << (stacked_ ? normalCounts_[b] + anomalyCounts_[b] : anomalyCounts_[b]);
    }
    if (!keys.isEmpty()) {  // a step graph needs the last bin's right edge
        keys << edges_.back();
        normal << normal.back();
        anomaly << anomaly.back();
    }
    normalGraph_->setData(keys, normal, true);
    anomalyGraph_->setData(keys, anomaly, true);

    const bool labelled = selection_->labelled();
    QColor nFill = normalColor, aFill = anomalyColor;
    nFill.setAlpha(stacked_ ? 200 : 110);
    aFill.setAlpha(stacked_ ? 200 : 110);
    normalGraph_->setPen(QPen(normalColor.darker(120), 1.5));
    normalGraph_->setBrush(nFill);
    normalGraph_->setName(labelled ? tr("Normal (true class)") : tr("All rows"));
    anomalyGraph_->setPen(QPen(anomalyColor.darker(120), 1.5));
    anomalyGraph_->setBrush(aFill);
    anomalyGraph_->setChannelFillGraph(stacked_ ? normalGraph_ : nullptr);
    anomalyGraph_->setName(tr("Anomaly (true class)"));
    anomalyGraph_->setVisible(labelled);
    if (labelled)
        anomalyGraph_->addToLegend();
    else
        anomalyGraph_->removeFromLegend();

    double top = 1.0;
    for (std::size_t b = 0; b < normalCounts_.size(); ++b)
        top = std::max(top, stacked_ ? normalCounts_[b] + anomalyCounts_[b]
                                     : std::max(normalCounts_[b], anomalyCounts_[b]));
    plot_->yAxis->setRange(0, top * 1.25);  // the top fifth holds the threshold's label clear of the bars
    if (!edges_.empty()) {
        const double lo = edges_.front(), hi = edges_.back();
        if (logScale_)
            plot_->xAxis->setRange(lo / 1.15, hi * 1.15);
        else
            plot_->xAxis->setRange(lo - (hi - lo) * 0.02, hi + (hi - lo) * 0.02);
    } else {
        plot_->xAxis->setRange(logScale_ ? 0.1 : 0.0, 1.0);  // no result: nothing of an earlier dataset's scale
    }
    updateAlertsAxis();
    updateCandidates();
    updateThreshold();
    updateRangeItem();
    updateSelectionMarkers();
}

void ScoreHistogram::setUpAlertsAxis()
{
    connect(plot_->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), plot_->xAxis2,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    plot_->xAxis2->setVisible(true);
    plot_->xAxis2->setLabel(tr("Alerts per 10,000 flows (flagged above that score)"));
    plot_->xAxis2->setBasePen(QPen(palette().color(QPalette::Text)));
    plot_->xAxis2->setTickPen(QPen(palette().color(QPalette::Text)));
    plot_->xAxis2->setTickLabelColor(palette().color(QPalette::Text));
    plot_->xAxis2->setLabelColor(palette().color(QPalette::Text));
    plot_->xAxis2->setSubTicks(false);
}

void ScoreHistogram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Once the layout has given the plot its new width.
    QTimer::singleShot(0, this, [this] {
        updateAlertsAxis();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

// The top axis reads a threshold in the work it makes: ticks where 1, 10, 100, ... of every
// 10,000 rows of the part would be flagged.
void ScoreHistogram::updateAlertsAxis()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // Where labels would touch (scores close together), the ones for fewer alerts give way: in
    // pixels, each label's half width apart from the others' and a gap.
    const QCPRange range = plot_->xAxis->range();
    const double width = plot_->xAxis->axisRect()->width();
    const QFontMetricsF metrics(plot_->xAxis2->tickLabelFont());
    const auto pixel = [&](double score) {
        return width * (logScale_ ? std::log(score / range.lower) / std::log(range.upper / range.lower)
                                  : (score - range.lower) / range.size());
    };
    std::vector<std::pair<double, double>> placed;  // centre and half width, in pixels
    for (const double alerts : {5000.0, 1000.0, 100.0, 10.0, 1.0}) {
        const auto score = selection_->scoreForAlertsPer10k(alerts);
        if (!score || (logScale_ && *score <= 0.0))
            continue;
        const QString text = QLocale().toString(alerts, 'f', 0);
        const double centre = pixel(*score), half = metrics.horizontalAdvance(text) / 2.0;
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const auto &p) { return std::abs(p.first - centre) < p.second + half + 8.0; }))
            continue;
        placed.emplace_back(centre, half);
        ticker->addTick(*score, text);
    }
    plot_->xAxis2->setVisible(selection_->hasResult());
    plot_->xAxis2->setScaleType(plot_->xAxis->scaleType());
    plot_->xAxis2->setTicker(ticker);
    plot_->xAxis2->setRange(plot_->xAxis->range());
}

// The thresholds the assistant's policies propose: thin dotted lines; the highlighted one solid
// and named (names of thresholds close together would only overlap).
void ScoreHistogram::updateCandidates()
{
    for (QCPAbstractItem *item : candidateItems_)
        plot_->removeItem(item);
    candidateItems_.clear();
    const QColor color = palette().color(QPalette::Text);
    for (const ThresholdCandidate &c : selection_->candidates()) {
        if (logScale_ && c.threshold <= 0.0)
            continue;
        auto *line = new QCPItemStraightLine(plot_);
        line->setPen(QPen(color, c.highlighted ? 1.5 : 1, c.highlighted ? Qt::SolidLine : Qt::DotLine));
        line->point1->setCoords(c.threshold, 0);
        line->point2->setCoords(c.threshold, 1);
        candidateItems_ << line;
        if (!c.highlighted)
            continue;
        auto *label = new QCPItemText(plot_);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(c.threshold, 0.16);
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        label->setText(c.name);
        label->setColor(color);
        QColor background = palette().color(QPalette::Base);
        background.setAlpha(210);
        label->setBrush(background);
        candidateItems_ << label;
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreHistogram::updateThreshold()
{
    const double t = selection_->threshold();
    thresholdLine_->point1->setCoords(t, 0);
    thresholdLine_->point2->setCoords(t, 1);
    thresholdLine_->setVisible(selection_->hasResult());
    thresholdLabel_->position->setCoords(t, 0.02);
    const std::size_t rows = selection_->partRowCount(), flagged = selection_->flaggedCount();
    thresholdLabel_->setText(tr("threshold %1\n%2 flagged (%3 per 10,000)")
                                 .arg(t, 0, 'g', 4)
                                 .arg(QLocale().toString(static_cast<qulonglong>(flagged)))
                                 .arg(QLocale().toString(rows ? 10000.0 * double(flagged) / double(rows) : 0.0, 'f', 1)));
    thresholdLabel_->setVisible(selection_->hasResult());
    // Past the middle the label would run off the plot: put it on the line's left.
    const bool rightHalf = thresholdLine_->point1->pixelPosition().x() > plot_->axisRect()->center().x();
    thresholdLabel_->setPositionAlignment(Qt::AlignTop | (rightHalf ? Qt::AlignRight : Qt::AlignLeft));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreHistogram::updateRangeItem()
{
    const auto &range = selection_->filter().scoreRange;
    if (drag_ != Drag::Range)
        rangeItem_->setVisible(range.has_value());
    if (range && drag_ != Drag::Range) {
        rangeItem_->topLeft->setCoords(range->first, 0);
        rangeItem_->bottomRight->setCoords(range->second, 1);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

double ScoreHistogram::binTop(double score) const
{
    if (edges_.size() < 2)
        return 0.0;
    const auto it = std::upper_bound(edges_.begin(), edges_.end(), score);
    const int bin = std::clamp(static_cast<int>(it - edges_.begin()) - 1, 0, static_cast<int>(normalCounts_.size()) - 1);
    return stacked_ ? normalCounts_[bin] + anomalyCounts_[bin] : std::max(normalCounts_[bin], anomalyCounts_[bin]);
}

void ScoreHistogram::updateSelectionMarkers()
{
    const auto scores = selection_->partScores();
    const auto &rows = selection_->selectedRows();
    QVector<double> x, y;
    for (std::size_t i = 0; i < rows.size() && i < maxMarkers; ++i) {
        if (rows[i] >= scores.size())
            continue;
        x << scores[rows[i]];
        y << binTop(scores[rows[i]]);
    }
    markers_->setData(x, y);
    if (x.isEmpty())
        markers_->removeFromLegend();
    else
        markers_->addToLegend();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int ScoreHistogram::selectionMarkerCount() const
{
    return markers_->dataCount();
}

int ScoreHistogram::pixelForScore(double score) const
{
    return static_cast<int>(std::lround(plot_->xAxis->coordToPixel(score)));
}

double ScoreHistogram::scoreForPixel(int x) const
{
    return plot_->xAxis->pixelToCoord(x);
}

void ScoreHistogram::onPress(QMouseEvent *event)
{
    if (!selection_->hasResult() || !plot_->axisRect()->rect().contains(event->position().toPoint()))
        return;
    const int x = event->position().toPoint().x();
    const bool rangeGesture = event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier);
    if (rangeGesture) {
        drag_ = Drag::Range;
        rangeStart_ = scoreForPixel(x);
        rangeItem_->topLeft->setCoords(rangeStart_, 0);
        rangeItem_->bottomRight->setCoords(rangeStart_, 1);
        rangeItem_->setVisible(true);
        plot_->replot(QCustomPlot::rpQueuedReplot);
    } else if (event->button() == Qt::LeftButton) {
        // A click anywhere moves the threshold there; a press on the line picks it up.
        drag_ = Drag::Threshold;
        if (std::abs(x - pixelForScore(selection_->threshold())) > grabPixels)
            selection_->setThreshold(scoreForPixel(x));
    }
}

void ScoreHistogram::onMove(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (drag_ == Drag::Threshold) {
        selection_->setThreshold(scoreForPixel(x));
    } else if (drag_ == Drag::Range) {
        rangeItem_->bottomRight->setCoords(scoreForPixel(x), 1);
        plot_->replot(QCustomPlot::rpQueuedReplot);
    } else {
        const bool nearLine = selection_->hasResult() && std::abs(x - pixelForScore(selection_->threshold())) <= grabPixels;
        plot_->setCursor(nearLine ? Qt::SplitHCursor : Qt::ArrowCursor);
    }
}

void ScoreHistogram::onRelease(QMouseEvent *event)
{
    const Drag drag = drag_;
    drag_ = Drag::None;
    if (drag != Drag::Range)
        return;
    const int x = event->position().toPoint().x();
    if (std::abs(x - pixelForScore(rangeStart_)) < 3) {  // a click, not a range
        updateRangeItem();
        return;
    }
    selection_->setScoreRangeFilter(rangeStart_, scoreForPixel(x));
}
