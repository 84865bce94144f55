// The per-row feature contribution chart; see RowExplanationChart.h.
#include "RowExplanationChart.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include "views/ChartMenu.h"

RowExplanationChart::RowExplanationChart(ResultSelection *selection, QWidget *parent)
    : QWidget(parent), selection_(selection), title_(new QLabel(this)), plot_(new QCustomPlot(this))
{
    addChartMenu(plot_, QStringLiteral("row-explanation"));
    title_->setWordWrap(true);
    title_->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(plot_, 1);
    layout->addStretch(0);

    plot_->setMinimumSize(260, 150);
    plot_->setBackground(palette().color(QPalette::Base));
    bars_ = new QCPBars(plot_->yAxis, plot_->xAxis);  // horizontal: features along the vertical axis
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(0xe0, 0x6c, 0x1b));
    bars_->setWidth(0.3);
    for (QCPAxis *axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(palette().color(QPalette::Text)));
        axis->setTickPen(QPen(palette().color(QPalette::Text)));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(palette().color(QPalette::Text));
        axis->setLabelColor(palette().color(QPalette::Text));
        axis->grid()->setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    }
    plot_->yAxis->grid()->setVisible(false);
    plot_->yAxis->setRangeReversed(true);  // the largest contribution on top
    // Each bar's label sits above it (an item per bar), so the bars have the plot's whole width.
    plot_->yAxis->setTickLabels(false);
    plot_->yAxis->setTicks(false);

    connect(selection_, &ResultSelection::selectedRowsChanged, this, &RowExplanationChart::refresh);
    connect(selection_, &ResultSelection::resultChanged, this, &RowExplanationChart::refresh);
    refresh();
}

QString RowExplanationChart::columnLabel(const awb::ColumnContribution &column)
{
    const QLocale locale;
    const QString value = column.value.empty() ? tr("(missing)") : QString::fromStdString(column.value);
    QString head = QStringLiteral("%1 = %2").arg(QString::fromStdString(column.column), value.left(24));
    if (column.categorical) {
        if (column.categoryShare <= 0.0)
            return head + '\n' + tr("never seen in normal rows");
        return head + '\n' + tr("%1 % of normal rows").arg(locale.toString(100.0 * column.categoryShare, 'g', 3));
    }
    return head + '\n' + tr("normal %1 – %2, median %3").arg(number(column.normal.q1), number(column.normal.q3), number(column.normal.median));
}

QString RowExplanationChart::number(double value)
{
    // Counters (bytes, rates) in digits with separators, as the table shows them; no exponents,
    // which read like a different kind of number beside them.
    const QLocale locale;
    if (std::abs(value) >= 1e4 && std::abs(value) < 1e15)
        return locale.toString(std::round(value), 'f', 0);
    return locale.toString(value, 'g', 4);
}

void RowExplanationChart::showMessage(const QString &message)
{
    shown_.clear();
    title_->setText(message);
    bars_->data()->clear();
    plot_->clearItems();
    plot_->hide();  // empty axes would only look like a chart of nothing
}

std::size_t RowExplanationChart::barsThatFit() const
{
    const double line = QFontMetricsF(plot_->yAxis->tickLabelFont()).height();
    const double room = plot_->height() - 3.5 * line;  // the x axis's ticks and label
    return std::clamp<std::size_t>(static_cast<std::size_t>(std::max(0.0, room / (3.6 * line))), 2, topColumns);
}

void RowExplanationChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Once the layout has given the plot its new height.
    QTimer::singleShot(0, this, [this] {
        if (!shown_.empty() && barsThatFit() != fit_)
            refresh();
    });
}

void RowExplanationChart::refresh()
{
    const awb::DetectorRun *run = selection_->run();
    const awb::Dataset *data = selection_->dataset();
    const PreparedResult *prepared = selection_->prepared();
    const auto current = selection_->currentRow();
    if (!run || !data || !prepared || !current || *current >= selection_->partRowCount()) {
        showMessage(tr("Select a row in the table to see which columns make it stand out."));
        return;
    }
    if (!run->model) {
        showMessage(tr("This result carries no model to explain its rows."));
        return;
    }
    const std::size_t matrixRow = selection_->partOffset() + *current;
    std::vector<awb::ColumnContribution> columns = awb::explainRow(*data, prepared->normalProfile, *run->model, matrixRow);
    // Columns under 1% of the strongest would be invisible slivers that only add names to read.
    const double floor = columns.empty() ? 0.0 : columns.front().contribution * 0.01;
    shown_.clear();
    fit_ = barsThatFit();
    for (const auto &column : columns)
        if (shown_.size() < fit_ && column.contribution > floor)
            shown_.push_back(column);

    const awb::Detector *detector = selection_->detector();
    const QString meaning = detector ? QCoreApplication::translate("awb", detector->explanationMeaning().c_str()) : QString();
    const float score = selection_->partScores()[*current];
    const QString where = data->sources.empty()
                              ? tr("Row %1").arg(*current + 1)
                              : tr("Line %1").arg(data->sources[data->sourceFile[matrixRow]]->lineNumber(data->sourceRow[matrixRow]));
    title_->setText(tr("%1 · score %2 · %3\nBars: %4; each column beside what normal training rows hold.")
                        .arg(where)
                        .arg(score, 0, 'g', 4)
                        .arg(score > selection_->threshold() ? tr("flagged") : tr("not flagged"))
                        .arg(meaning));

    // Slot i spans [i - 0.5, i + 0.5]: its two-line label at the top, its bar below.
    QVector<double> keys, heights;
    double top = 0.0;
    plot_->clearItems();
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        keys << static_cast<double>(i) + 0.3;
        heights << shown_[i].contribution;
        top = std::max(top, shown_[i].contribution);
        auto *label = new QCPItemText(plot_);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextAlignment(Qt::AlignLeft);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.01, static_cast<double>(i) - 0.48);
        label->setFont(plot_->yAxis->tickLabelFont());
        label->setColor(palette().color(QPalette::Text));
        label->setText(columnLabel(shown_[i]));
    }
    bars_->setData(keys, heights, true);
    plot_->yAxis->setRange(-0.6, std::max<double>(static_cast<double>(fit_), keys.size()) - 0.4);
    plot_->xAxis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    plot_->xAxis->setLabel(tr("Contribution to the score"));
    plot_->show();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}
