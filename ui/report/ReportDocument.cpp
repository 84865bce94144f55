// The report page layout; see ReportDocument.h.
#include "ReportDocument.h"

#include <QBuffer>
#include <QLocale>
#include <QPdfWriter>

namespace {

constexpr double kMargin = 42.0;  // points

QFont font(double pointSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Latin text without shaping has no ligatures: "fi" stays two letters, so the PDF's text is
    // found by a search for "fixed" or "fitted".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Numbers line up on the right, words on the left.
bool looksNumeric(QString text)
{
    text.remove(QLatin1Char(',')).remove(QStringLiteral(" *")).remove(QStringLiteral(" %"));
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

} // namespace

ReportDocument::ReportDocument(const QString &title, const QString &runningHeader, const QPageSize &pageSize)
    : buffer_(std::make_unique<QBuffer>()), runningHeader_(runningHeader)
{
    buffer_->open(QIODevice::WriteOnly);
    writer_ = std::make_unique<QPdfWriter>(buffer_.get());
    writer_->setPageSize(pageSize);
    writer_->setPageMargins(QMarginsF(0, 0, 0, 0));
    writer_->setResolution(1200);
    writer_->setTitle(title);
    writer_->setCreator(QStringLiteral("Anomaly Workbench"));
    painter_.begin(writer_.get());
    painter_.setRenderHint(QPainter::Antialiasing);
    const QRectF paper = writer_->pageLayout().fullRectPixels(writer_->resolution());
    body_ = paper.adjusted(points(kMargin), points(kMargin + 14), -points(kMargin), -points(kMargin + 6));
    startPage();
}

ReportDocument::~ReportDocument() = default;

QPageSize ReportDocument::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4);
}

double ReportDocument::points(double p) const
{
    return p * writer_->resolution() / 72.0;
}

void ReportDocument::startPage()
{
    if (page_ > 0)
        writer_->newPage();
    ++page_;
    y_ = body_.top();
    const QRectF paper = writer_->pageLayout().fullRectPixels(writer_->resolution());
    painter_.setPen(QColor(90, 90, 90));
    painter_.setFont(font(8));
    const QRectF header(body_.left(), points(kMargin - 6), body_.width(), points(12));
    painter_.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, runningHeader_);
    painter_.drawLine(QPointF(body_.left(), header.bottom() + points(2)), QPointF(body_.right(), header.bottom() + points(2)));
    const QRectF footer(body_.left(), paper.bottom() - points(kMargin - 8), body_.width(), points(12));
    painter_.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1").arg(page_));
    painter_.setPen(Qt::black);
}

void ReportDocument::ensureRoom(double height)
{
    if (y_ + height > body_.bottom() && y_ > body_.top())
        startPage();
}

void ReportDocument::pageBreak()
{
    if (y_ > body_.top())
        startPage();
}

void ReportDocument::title(const QString &text, const QString &subtitle)
{
    painter_.setFont(font(18, true));
    const QRectF titleRect(body_.left(), y_, body_.width(), points(28));
    painter_.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    y_ += points(30);
    paragraph(subtitle);
    y_ += points(6);
}

void ReportDocument::heading(const QString &text)
{
    title(text, {13, 60, 8, 18, 22});
}

void ReportDocument::subheading(const QString &text)
{
    title(text, {10.5, 40, 4, 14, 17});
}

// A bold line kept with what follows (`room`), with space before it and its own height and advance.
void ReportDocument::title(const QString &text, const TitleStyle &style)
{
    ensureRoom(points(style.room));
    y_ += points(style.before);
    painter_.setFont(font(style.size, true));
    painter_.drawText(QRectF(body_.left(), y_, body_.width(), points(style.height)), Qt::AlignLeft | Qt::AlignVCenter, text);
    y_ += points(style.advance);
}

void ReportDocument::paragraph(const QString &text)
{
    painter_.setFont(font(9));
    const QRectF bound = painter_.boundingRect(QRectF(body_.left(), 0, body_.width(), 1e9), Qt::TextWordWrap, text);
    ensureRoom(bound.height());
    painter_.drawText(QRectF(body_.left(), y_, body_.width(), bound.height()), Qt::TextWordWrap, text);
    y_ += bound.height() + points(4);
}

void ReportDocument::table(const Table &t)
{
    const int columns = static_cast<int>(t.header.size());
    std::vector<double> weights = t.columnWeights;
    if (static_cast<int>(weights.size()) != columns)
        weights.assign(static_cast<std::size_t>(columns), 1.0);
    double total = 0.0;
    for (const double w : weights)
        total += w;
    std::vector<double> x{body_.left()};
    for (const double w : weights)
        x.push_back(x.back() + body_.width() * w / total);
    const double rowHeight = points(12);
    const double pad = points(3);
    const auto drawRow = [&](const QStringList &cells, bool header, int row) {
        ensureRoom(rowHeight);
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x[static_cast<std::size_t>(c)], y_, x[static_cast<std::size_t>(c) + 1] - x[static_cast<std::size_t>(c)], rowHeight);
            if (header)
                painter_.fillRect(cell, QColor(230, 233, 238));
            else if (t.highlight && t.highlight(row, c))
                painter_.fillRect(cell, QColor(255, 236, 179));
            painter_.setPen(QColor(200, 200, 200));
            painter_.drawRect(cell);
            painter_.setPen(Qt::black);
            painter_.setFont(font(7.5, header));
            const QString text = c < cells.size() ? cells[c] : QString();
            const QString shown = painter_.fontMetrics().elidedText(text, Qt::ElideRight, static_cast<int>(cell.width() - 2 * pad));
            painter_.drawText(cell.adjusted(pad, 0, -pad, 0), (looksNumeric(text) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, shown);
        }
        y_ += rowHeight;
    };
    ensureRoom(rowHeight * std::min<std::size_t>(4, t.rows.size() + 1));
    drawRow(t.header, true, -1);
    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        if (y_ + rowHeight > body_.bottom()) {
            startPage();
            drawRow(t.header, true, -1);  // the header again on the next page
        }
        drawRow(t.rows[static_cast<std::size_t>(r)], false, r);
    }
    y_ += points(8);
}

void ReportDocument::figure(double heightPoints, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    figures(heightPoints, {draw});
}

void ReportDocument::figures(double heightPoints, const std::vector<std::function<void(QPainter &, const QRectF &)>> &draws)
{
    const double height = points(heightPoints);
    ensureRoom(height);
    const double gap = points(10);
    const double width = (body_.width() - gap * static_cast<double>(draws.size() - 1)) / static_cast<double>(draws.size());
    for (std::size_t i = 0; i < draws.size(); ++i) {
        const QRectF area(body_.left() + static_cast<double>(i) * (width + gap), y_, width, height);
        painter_.save();
        draws[i](painter_, area);
        painter_.restore();
    }
    y_ += height + points(8);
}

QByteArray ReportDocument::finish()
{
    painter_.end();
    writer_.reset();
    return buffer_->data();
}
