// The confusion-matrix heatmap; see ConfusionMatrixView.h.
#include "ConfusionMatrixView.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <array>
#include "views/ChartMenu.h"

namespace {

std::int64_t cellCount(const awb::ConfusionMatrix &cm, ConfusionCell cell)
{
    if (cell.actualAnomaly)
        return cell.predictedAnomaly ? cm.tp : cm.fn;
    return cell.predictedAnomaly ? cm.fp : cm.tn;
}

double rowRate(const awb::ConfusionMatrix &cm, ConfusionCell cell)
{
    const std::int64_t row = cell.actualAnomaly ? cm.fn + cm.tp : cm.tn + cm.fp;
    return row ? static_cast<double>(cellCount(cm, cell)) / static_cast<double>(row) : 0.0;
}

// A sequential ramp from the palette's base colour to a saturated blue: 0 blends into the
// background in either palette, 1 is the strongest colour.
QColor rampColor(const QPalette &palette, double rate)
{
    const QColor low = palette.color(QPalette::Base);
    const QColor high(0x1f, 0x5f, 0xbf);
    auto mix = [rate](int a, int b) { return static_cast<int>(a + (b - a) * rate + 0.5); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}

QColor textColorOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(0x10, 0x10, 0x10) : QColor(0xf5, 0xf5, 0xf5);
}

constexpr std::array<ConfusionCell, 4> allCells{ConfusionCell{false, false}, ConfusionCell{false, true},
                                                ConfusionCell{true, false}, ConfusionCell{true, true}};

} // namespace

ConfusionMatrixView::ConfusionMatrixView(ResultSelection *selection, QWidget *parent)
    : QWidget(parent), selection_(selection)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    addChartMenu(this, QStringLiteral("confusion-matrix"));
    auto repaint = [this] { update(); };
    connect(selection_, &ResultSelection::thresholdChanged, this, repaint);
    connect(selection_, &ResultSelection::partChanged, this, repaint);
    connect(selection_, &ResultSelection::filterChanged, this, repaint);
    connect(selection_, &ResultSelection::resultChanged, this, repaint);
}

QSize ConfusionMatrixView::sizeHint() const
{
    return {420, 260};
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    return {300, 180};
}

ConfusionMatrixView::Layout ConfusionMatrixView::layoutRects() const
{
    const QFontMetrics fm(font());
    Layout l;
    l.headerLeft = fm.horizontalAdvance(tr("Anomaly")) + 2.5 * fm.height();  // rotated title + row labels
    l.headerTop = 2.5 * fm.height();
    const QRectF area = QRectF(rect()).adjusted(l.headerLeft, l.headerTop, -8, -8);
    l.grid = area;
    return l;
}

QRectF ConfusionMatrixView::cellRect(const Layout &layout, ConfusionCell cell) const
{
    const double w = layout.grid.width() / 2, h = layout.grid.height() / 2;
    return QRectF(layout.grid.left() + (cell.predictedAnomaly ? w : 0), layout.grid.top() + (cell.actualAnomaly ? h : 0),
                  w, h);
}

QPoint ConfusionMatrixView::cellCenter(ConfusionCell cell) const
{
    return cellRect(layoutRects(), cell).center().toPoint();
}

std::optional<ConfusionCell> ConfusionMatrixView::cellAt(QPointF pos) const
{
    const Layout l = layoutRects();
    for (ConfusionCell cell : allCells)
        if (cellRect(l, cell).contains(pos))
            return cell;
    return std::nullopt;
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const Layout l = layoutRects();

    if (!selection_->hasResult() || !selection_->labelled()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   selection_->hasResult() ? tr("No true labels: a confusion matrix needs a labelled dataset.")
                                           : tr("No results yet."));
        return;
    }
    const awb::ConfusionMatrix cm = selection_->currentConfusion();

    // Axis titles and class labels.
    QFont bold = font();
    bold.setBold(true);
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(bold);
    p.drawText(QRectF(l.grid.left(), 0, l.grid.width(), fm.height() * 1.2), Qt::AlignCenter, tr("Predicted"));
    p.save();
    p.translate(fm.height() * 0.6, l.grid.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-l.grid.height() / 2, -fm.height() * 0.6, l.grid.height(), fm.height() * 1.2), Qt::AlignCenter,
               tr("True class"));
    p.restore();
    p.setFont(font());
    const QString names[2] = {tr("Normal"), tr("Anomaly")};
    for (int i = 0; i < 2; ++i) {
        const double w = l.grid.width() / 2, h = l.grid.height() / 2;
        p.drawText(QRectF(l.grid.left() + i * w, fm.height() * 1.2, w, fm.height() * 1.2), Qt::AlignCenter, names[i]);
        p.drawText(QRectF(fm.height() * 1.4, l.grid.top() + i * h, l.headerLeft - fm.height() * 1.6, h),
                   Qt::AlignRight | Qt::AlignVCenter, names[i]);
    }

    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.6);
    big.setBold(true);
    const QFontMetrics bigFm(big);
    const auto active = selection_->filter().cell;
    for (ConfusionCell cell : allCells) {
        const QRectF r = cellRect(l, cell).adjusted(2, 2, -2, -2);
        const double rate = rowRate(cm, cell);
        const QColor fill = rampColor(pal, rate);
        p.setPen(active == cell ? QPen(pal.color(QPalette::Highlight), 3) : QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);

        const QColor ink = textColorOn(fill);
        p.setPen(ink);
        const double blockHeight = bigFm.height() + 2 * fm.height();
        QRectF line(r.left(), r.center().y() - blockHeight / 2, r.width(), bigFm.height());
        p.setFont(big);
        p.drawText(line, Qt::AlignCenter, QLocale().toString(static_cast<qlonglong>(cellCount(cm, cell))));
        p.setFont(font());
        line = QRectF(r.left(), line.bottom(), r.width(), fm.height());
        // The long wording when the cell is wide enough, else the bare rate (the tooltip says the rest).
        const QString percent = QLocale().toString(rate * 100.0, 'f', 1) + QLatin1Char('%');
        const QString rateText = tr("%1 of true %2").arg(percent, names[cell.actualAnomaly].toLower());
        p.drawText(line, Qt::AlignCenter, fm.horizontalAdvance(rateText) < r.width() - 8 ? rateText : percent);
        line.translate(0, fm.height());
        // The cell's name whole: in a smaller font where the cell is narrow, cut only below 70 %.
        const QString name = ResultSelection::cellName(cell);
        QFont nameFont = font();
        const double room = r.width() - 8;
        while (QFontMetricsF(nameFont).horizontalAdvance(name) > room && nameFont.pointSizeF() > 0.7 * font().pointSizeF())
            nameFont.setPointSizeF(nameFont.pointSizeF() - 0.5);
        p.setFont(nameFont);
        p.drawText(line, Qt::AlignCenter, QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, int(room)));
        p.setFont(font());
    }
}

QString ConfusionMatrixView::cellToolTip(ConfusionCell cell) const
{
    const awb::ConfusionMatrix cm = selection_->currentConfusion();
    const qlonglong count = cellCount(cm, cell);
    const QString rate = QLocale().toString(rowRate(cm, cell) * 100.0, 'f', 2);
    QString what;
    if (cell.actualAnomaly)
        what = cell.predictedAnomaly ? tr("%1 anomalies flagged as anomalies (%2% of true anomalies).")
                                     : tr("%1 anomalies missed: not flagged (%2% of true anomalies).");
    else
        what = cell.predictedAnomaly ? tr("%1 normal rows flagged as anomalies (%2% of normal rows).")
                                     : tr("%1 normal rows left unflagged (%2% of normal rows).");
    return QStringLiteral("<b>%1</b><br>%2%3<br>%4")
        .arg(ResultSelection::cellName(cell), what.arg(QLocale().toString(count), rate), byTypeText(cell),
             tr("Click to show these rows in the table."));
}

// The cell's rows per label value (attack type), most first: "<br>By label value: neptune 4,650 of
// 4,657 · ...". Empty when the label's values are not known.
QString ConfusionMatrixView::byTypeText(ConfusionCell cell) const
{
    const awb::Dataset *data = selection_->dataset();
    if (!data || data->labelCode.empty())
        return {};
    const auto codes = std::span(data->labelCode).subspan(selection_->partOffset(), selection_->partRowCount());
    std::vector<awb::TypeDetection> types = awb::detectionByType(codes, data->labelValues, selection_->partLabels(),
                                                                 selection_->partScores(), selection_->threshold());
    std::erase_if(types, [&](const awb::TypeDetection &t) { return t.anomaly != cell.actualAnomaly; });
    if (types.size() < 2)
        return {};
    const auto inCell = [&](const awb::TypeDetection &t) { return cell.predictedAnomaly ? t.flagged : t.rows - t.flagged; };
    std::stable_sort(types.begin(), types.end(), [&](const auto &a, const auto &b) { return inCell(a) > inCell(b); });
    QStringList parts;
    for (std::size_t i = 0; i < types.size() && i < 8; ++i)
        parts << tr("%1 %2 of %3").arg(QString::fromStdString(types[i].type).toHtmlEscaped(),
                                       QLocale().toString(qlonglong(inCell(types[i]))), QLocale().toString(qlonglong(types[i].rows)));
    if (types.size() > 8)
        parts << tr("%n more", "", int(types.size() - 8));
    return "<br>" + tr("By label value: %1").arg(parts.join(QStringLiteral(" · ")));
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent *event)
{
    if (!selection_->labelled())
        return;
    if (const auto cell = cellAt(event->position()); cell && event->button() == Qt::LeftButton)
        selection_->setCellFilter(*cell);
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent *event)
{
    const bool overCell = selection_->labelled() && cellAt(event->position());
    setCursor(overCell ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

bool ConfusionMatrixView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto cell = selection_->labelled() ? cellAt(help->pos()) : std::nullopt;
        if (cell)
            QToolTip::showText(help->globalPos(), cellToolTip(*cell), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
