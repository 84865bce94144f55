// The per-row feature contribution chart; see RowExplanationChart.h.
#include "RowExplanationChart.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

RowExplanationChart::RowExplanationChart(ResultSelection *selection, QWidget *parent)
    : QWidget(parent), selection_(selection), title_(new QLabel(this)), plot_(new QCustomPlot(this))
{
    title_->setWordWrap(true);
    title_->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(plot_, 1);
    layout->addStretch(0);

    plot_->setMinimumSize(260, 200);
    plot_->setBackground(palette().color(QPalette::Base));
    bars_ = new QCPBars(plot_->yAxis, plot_->xAxis);  // horizontal: features along the vertical axis
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(QColor(0xe0, 0x6c, 0x1b));
    bars_->setWidth(0.7);
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

    connect(selection_, &ResultSelection::selectedRowsChanged, this, &RowExplanationChart::refresh);
    connect(selection_, &ResultSelection::resultChanged, this, &RowExplanationChart::refresh);
    refresh();
}

int RowExplanationChart::shortDepth(std::size_t sampleSize)
{
    const int height = static_cast<int>(std::ceil(std::log2(std::max<double>(2.0, static_cast<double>(sampleSize)))));
    return std::max(1, (height + 1) / 2);
}

void RowExplanationChart::showMessage(const QString &message)
{
    shown_.clear();
    title_->setText(message);
    bars_->data()->clear();
    plot_->hide();  // empty axes would only look like a chart of nothing
}

void RowExplanationChart::refresh()
{
    const awb::ModelRun *run = selection_->run();
    const awb::Dataset *data = selection_->dataset();
    const auto current = selection_->currentRow();
    if (!run || !data || !current || *current >= selection_->partRowCount()) {
        showMessage(tr("Select a row in the table to see which features make it stand out."));
        return;
    }
    const std::size_t matrixRow = selection_->partOffset() + *current;
    const float *row = data->features.row(static_cast<Eigen::Index>(matrixRow)).data();

    std::vector<double> values;
    QString what, axisLabel;
    if (run->kind == awb::ModelKind::Autoencoder && run->autoencoder) {
        const std::vector<float> errors = run->autoencoder->featureErrors(row);
        values.assign(errors.begin(), errors.end());
        what = tr("squared reconstruction error per feature");
        axisLabel = tr("Squared reconstruction error");
    } else if (run->kind == awb::ModelKind::IsolationForest && run->isolationForest) {
        const int depth = shortDepth(run->isolationForest->sampleSize());
        values = run->isolationForest->featureIsolationCounts(row, depth);
        what = tr("how often each feature split its path above depth %1, summed over the trees").arg(depth);
        axisLabel = tr("Splits near the root");
    } else {
        showMessage(tr("This result carries no model to explain its rows."));
        return;
    }

    const std::vector<std::string> names = data->preprocessor.featureNames();
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const std::size_t k = std::min<std::size_t>(topFeatures, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    // Bars under 1% of the largest would be invisible slivers that only add names to read.
    const double floor = k ? values[order[0]] * 0.01 : 0.0;
    shown_.clear();
    for (std::size_t i = 0; i < k; ++i) {
        const std::size_t f = order[i];
        if (values[f] > floor)
            shown_.emplace_back(f < names.size() ? names[f] : std::to_string(f), values[f]);
    }

    const float score = selection_->partScores()[*current];
    const QString where = data->sources.empty()
                              ? tr("Row %1").arg(*current + 1)
                              : tr("Line %1").arg(data->sources[data->sourceFile[matrixRow]]->lineNumber(data->sourceRow[matrixRow]));
    title_->setText(tr("%1 · score %2 · %3\nTop %4 features: %5.")
                        .arg(where)
                        .arg(score, 0, 'g', 4)
                        .arg(score > selection_->threshold() ? tr("flagged") : tr("not flagged"))
                        .arg(shown_.size())
                        .arg(what));

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, heights;
    double top = 0.0;
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        keys << static_cast<double>(i);
        heights << shown_[i].second;
        ticker->addTick(static_cast<double>(i), QString::fromStdString(shown_[i].first));
        top = std::max(top, shown_[i].second);
    }
    bars_->setData(keys, heights, true);
    plot_->yAxis->setTicker(ticker);
    plot_->yAxis->setRange(-0.6, std::max<double>(static_cast<double>(topFeatures), keys.size()) - 0.4);
    plot_->xAxis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    plot_->xAxis->setLabel(axisLabel);
    plot_->show();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}
