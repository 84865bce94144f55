// The sweep view; see SweepView.h.
#include "SweepView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "ReportCharts.h"

#include <map>
#include "views/ChartMenu.h"

namespace {

std::optional<double> metricOf(const awb::DetectorResult &r, int metric)
{
    if (!r.test)
        return std::nullopt;
    switch (metric) {
    case 0: return r.test->rocAuc;
    case 1: return r.test->averagePrecision;
    default: return r.test->report.anomaly.f1;
    }
}

QString valueOf(const std::string &setting)
{
    return QString::fromStdString(setting.substr(setting.find('=') + 1));
}

} // namespace

SweepView::SweepView(std::vector<awb::SweepAxis> axes, std::vector<SweepRow> rows, bool cancelled, QWidget *parent)
    : QWidget(parent), axes_(std::move(axes)), rows_(std::move(rows)), table_(new QTableWidget), metric_(new QComboBox),
      plot_(new QCustomPlot)
{
    setObjectName(QStringLiteral("sweepView"));
    addChartMenu(plot_, QStringLiteral("sweep"));
    setWindowTitle(tr("Sweep: %n run(s)", "", static_cast<int>(rows_.size())));
    QStringList headers{tr("History run")};
    for (const awb::SweepAxis &axis : axes_)
        headers << QString::fromStdString(axis.detector + "." + axis.key);
    headers << tr("Test ROC-AUC") << tr("Test AP") << tr("Test F1") << tr("Threshold") << tr("Seconds");
    table_->setObjectName(QStringLiteral("sweepTable"));
    table_->setColumnCount(static_cast<int>(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    table_->setRowCount(static_cast<int>(rows_.size()));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    for (int r = 0; r < static_cast<int>(rows_.size()); ++r) {
        const SweepRow &row = rows_[static_cast<std::size_t>(r)];
        int c = 0;
        table_->setItem(r, c++, new QTableWidgetItem(row.historyId ? QString::number(row.historyId) : QStringLiteral("-")));
        for (const std::string &setting : row.settings)
            table_->setItem(r, c++, new QTableWidgetItem(valueOf(setting)));
        const awb::DetectorResult &d = row.result.detectors.front();
        for (int m = 0; m < 3; ++m) {
            const auto v = metricOf(d, m);
            auto *item = new QTableWidgetItem(v ? QString::number(*v, 'f', 4) : QStringLiteral("-"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, c++, item);
        }
        table_->setItem(r, c++, new QTableWidgetItem(QString::number(d.threshold, 'g', 6)));
        table_->setItem(r, c++, new QTableWidgetItem(QString::number(d.fitSeconds + d.scoreSeconds, 'f', 2)));
    }
    table_->resizeColumnsToContents();

    metric_->addItems({tr("Test ROC-AUC"), tr("Test average precision"), tr("Test F1 (anomaly)")});
    connect(metric_, &QComboBox::currentIndexChanged, this, &SweepView::replot);
    plot_->setObjectName(QStringLiteral("sweepPlot"));
    plot_->setMinimumHeight(300);
    plot_->legend->setVisible(axes_.size() > 1);
    plot_->setBackground(palette().color(QPalette::Base));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Plot")));
    controls->addWidget(metric_);
    controls->addWidget(new QLabel(axes_.empty() ? QString()
                                                 : tr("against %1").arg(QString::fromStdString(axes_.front().detector + "." +
                                                                                               axes_.front().key))));
    controls->addStretch();
    if (cancelled)
        controls->addWidget(new QLabel(tr("Cancelled: the runs finished before it are shown and recorded.")));
    auto *chart = new QWidget;
    auto *chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(controls);
    chartLayout->addWidget(plot_, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(table_);
    split->addWidget(chart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    replot();
}

void SweepView::replot()
{
    plot_->clearGraphs();
    if (rows_.empty() || axes_.empty())
        return plot_->replot();
    // x: the first setting's value where it is a number, else its position; one line per
    // combination of the other settings.
    QSharedPointer<QCPAxisTickerText> labels = QSharedPointer<QCPAxisTickerText>::create();
    bool numeric = true;
    for (const SweepRow &row : rows_) {
        bool ok = false;
        valueOf(row.settings.front()).toDouble(&ok);
        numeric &= ok;
    }
    std::map<QString, QCPGraph *> lines;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const SweepRow &row = rows_[i];
        QStringList others;
        for (std::size_t a = 1; a < row.settings.size(); ++a)
            others << QString::fromStdString(row.settings[a]);
        const QString key = others.join(QStringLiteral(", "));
        QCPGraph *&g = lines[key];
        if (!g) {
            g = plot_->addGraph();
            const QColor color = seriesColor(lines.size() - 1);
            g->setPen(QPen(color, 2));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, 7));
            g->setName(key.isEmpty() ? tr("runs") : key);
        }
        const auto axisValue = std::find(axes_.front().values.begin(), axes_.front().values.end(),
                                         valueOf(row.settings.front()).toStdString()) - axes_.front().values.begin();
        const double x = numeric ? valueOf(row.settings.front()).toDouble() : static_cast<double>(axisValue);
        if (!numeric)
            labels->addTick(x, valueOf(row.settings.front()));
        if (const auto v = metricOf(row.result.detectors.front(), metric_->currentIndex()))
            g->addData(x, *v);
    }
    if (numeric)
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    else
        plot_->xAxis->setTicker(labels);
    plot_->xAxis->setLabel(QString::fromStdString(axes_.front().detector + "." + axes_.front().key));
    plot_->yAxis->setLabel(metric_->currentText());
    plot_->rescaleAxes();
    plot_->xAxis->scaleRange(1.1, plot_->xAxis->range().center());
    plot_->yAxis->scaleRange(1.2, plot_->yAxis->range().center());
    plot_->replot();
}
