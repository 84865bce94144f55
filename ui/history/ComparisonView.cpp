// The comparison view; see ComparisonView.h.
#include "ComparisonView.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "ReportCharts.h"

#include "Reports.h"
#include "ReportDocument.h"
#include "common/AtomicFile.h"
#include "pipeline/CsvExport.h"
#include "views/Framed.h"
#include "views/SavePath.h"
#include "views/ChartMenu.h"
#include "preferences/Preferences.h"

namespace {

QWidget *sideBySide(QWidget *left, QWidget *right)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(left);
    layout->addWidget(right);
    return row;
}

const QColor kHighlight(255, 236, 179);
const QColor kBest(200, 236, 200);

QTableWidget *table(int rows, const std::vector<std::string> &labels)
{
    auto *t = new QTableWidget(rows, static_cast<int>(labels.size()));
    QStringList headers;
    for (const auto &l : labels)
        headers << QString::fromStdString(l);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void styleAxes(QCustomPlot *plot)
{
    plot->setBackground(plot->palette().color(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setRange(0, 1);
        axis->grid()->setPen(QPen(plot->palette().color(QPalette::Mid), 0, Qt::DotLine));
    }
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot->setMinimumHeight(260);
}

} // namespace

ComparisonView::ComparisonView(std::vector<awb::ComparedDetector> detectors, QWidget *parent)
    : QWidget(parent), detectors_(std::move(detectors)), comparison_(awb::compare(detectors_))
{
    setObjectName(QStringLiteral("comparisonView"));
    setWindowTitle(tr("Comparison of %n detector(s)", "", static_cast<int>(detectors_.size())));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildTables(), 3);
    layout->addWidget(buildCurves(), 3);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(buildMatrices(), 2);
    bottom->addWidget(buildDistributions(), 3);
    layout->addLayout(bottom, 2);
    layout->addWidget(buildAgreement());
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(buildExportBar());
    outer->addWidget(scroll);
}

QWidget *ComparisonView::buildExportBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 0);
    auto *report = new QPushButton(tr("Export Report..."));
    report->setObjectName(QStringLiteral("comparisonExportReport"));
    report->setToolTip(tr("This comparison as a PDF report: settings, metrics, curves and confusion matrices"));
    auto *table = new QPushButton(tr("Export Table..."));
    table->setObjectName(QStringLiteral("comparisonExportTable"));
    table->setToolTip(tr("The settings and metrics tables as CSV"));
    connect(report, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(this, tr("Export Comparison Report"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
        if (!path.isEmpty())
            exportReport(path);
    });
    connect(table, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(this, tr("Export Comparison Table"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
        if (!path.isEmpty())
            exportTable(path);
    });
    layout->addStretch();
    layout->addWidget(report);
    layout->addWidget(table);
    return bar;
}

bool ComparisonView::exportReport(const QString &path)
{
    try {
        const QByteArray pdf = renderComparisonReport(detectors_, Preferences::load().reportPageSize());
        awb::writeFileAtomically(path.toStdString(), [&](std::ostream &out) { out.write(pdf.constData(), pdf.size()); });
        return true;
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("The export failed"), QString::fromStdString(e.what()));
        return false;
    }
}

bool ComparisonView::exportTable(const QString &path)
{
    try {
        awb::writeFileAtomically(path.toStdString(), [&](std::ostream &out) { awb::writeComparisonCsv(out, comparison_); });
        return true;
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("The export failed"), QString::fromStdString(e.what()));
        return false;
    }
}

bool ComparisonView::isHighlighted(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->background().color() != QColor() && item->background().style() != Qt::NoBrush;
}

QWidget *ComparisonView::buildTables()
{
    parameters_ = table(static_cast<int>(comparison_.parameters.size()), comparison_.labels);
    parameters_->setObjectName(QStringLiteral("comparisonParameters"));
    QStringList names;
    for (int r = 0; r < static_cast<int>(comparison_.parameters.size()); ++r) {
        const auto &p = comparison_.parameters[static_cast<std::size_t>(r)];
        names << QString::fromStdString(p.name);
        for (int c = 0; c < static_cast<int>(p.values.size()); ++c) {
            auto *item = new QTableWidgetItem(QString::fromStdString(p.values[static_cast<std::size_t>(c)]));
            if (p.differs)
                item->setBackground(kHighlight);
            parameters_->setItem(r, c, item);
        }
    }
    parameters_->setVerticalHeaderLabels(names);

    metrics_ = table(static_cast<int>(comparison_.metrics.size()), comparison_.labels);
    metrics_->setObjectName(QStringLiteral("comparisonMetrics"));
    names.clear();
    for (int r = 0; r < static_cast<int>(comparison_.metrics.size()); ++r) {
        const auto &m = comparison_.metrics[static_cast<std::size_t>(r)];
        names << QString::fromStdString(m.name);
        for (int c = 0; c < static_cast<int>(m.values.size()); ++c) {
            const auto &v = m.values[static_cast<std::size_t>(c)];
            auto *item = new QTableWidgetItem(v ? QString::number(*v, 'f', m.count ? 0 : 4) : QStringLiteral("-"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (m.best[static_cast<std::size_t>(c)]) {
                item->setBackground(kBest);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            metrics_->setItem(r, c, item);
        }
    }
    metrics_->setVerticalHeaderLabels(names);

    return sideBySide(framed(tr("Settings (highlighted: they differ)"), parameters_),
                      framed(tr("Metrics (green: the best of the row)"), metrics_));
}

QWidget *ComparisonView::buildCurves()
{
    auto *roc = new QCustomPlot;
    roc->setObjectName(QStringLiteral("comparisonRoc"));
    auto *pr = new QCustomPlot;
    pr->setObjectName(QStringLiteral("comparisonPr"));
    styleAxes(roc);
    styleAxes(pr);
    addChartMenu(roc, QStringLiteral("roc-comparison"));
    addChartMenu(pr, QStringLiteral("precision-recall-comparison"));
    roc->xAxis->setLabel(tr("False positive rate"));
    roc->yAxis->setLabel(tr("True positive rate"));
    pr->xAxis->setLabel(tr("Recall"));
    pr->yAxis->setLabel(tr("Precision"));
    pr->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    for (std::size_t i = 0; i < detectors_.size(); ++i) {
        const auto &d = detectors_[i];
        if (!d.details || !d.details->test || d.details->test->roc.x.empty() || !d.result.test)
            continue;
        const awb::PartDetails &part = *d.details->test;
        const awb::ConfusionMatrix &cm = d.result.test->confusion;
        const auto draw = [&](QCustomPlot *plot, const awb::Curve &curve, double area, double x, double y) {
            QCPGraph *g = plot->addGraph();
            g->setData(QVector<double>(curve.x.begin(), curve.x.end()), QVector<double>(curve.y.begin(), curve.y.end()), true);
            g->setPen(QPen(seriesColor(i), 2));
            g->setName(QStringLiteral("%1 (%2)").arg(QString::fromStdString(d.label)).arg(area, 0, 'f', 4));
            QCPGraph *point = plot->addGraph();
            point->setData({x}, {y});
            point->setLineStyle(QCPGraph::lsNone);
            point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black), seriesColor(i), 9));
            point->removeFromLegend();
        };
        const awb::OperatingPoint at = awb::operatingPoint(cm);
        draw(roc, part.roc, d.result.test->rocAuc, at.falsePositiveRate, at.recall);
        draw(pr, part.pr, d.result.test->averagePrecision, at.recall, at.precision);
    }
    roc->replot();
    pr->replot();
    return sideBySide(framed(tr("ROC on test rows (AUC; dots: each threshold)"), roc),
                      framed(tr("Precision–recall on test rows (AP; dots: each threshold)"), pr));
}

QWidget *ComparisonView::buildMatrices()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    for (const auto &d : detectors_) {
        auto *grid = new QTableWidget(2, 2);
        grid->setHorizontalHeaderLabels({tr("normal"), tr("anomaly")});
        grid->setVerticalHeaderLabels({tr("normal"), tr("anomaly")});
        grid->setToolTip(tr("Rows: the true class; columns: the predicted class"));
        grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
        grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        grid->setMinimumWidth(150);
        if (d.result.test) {
            const awb::ConfusionMatrix &cm = d.result.test->confusion;
            const std::int64_t cells[] = {cm.tn, cm.fp, cm.fn, cm.tp};
            for (int i = 0; i < 4; ++i) {
                auto *item = new QTableWidgetItem(QLocale().toString(static_cast<qlonglong>(cells[i])));
                item->setTextAlignment(Qt::AlignCenter);
                grid->setItem(i / 2, i % 2, item);
            }
        }
        grid->setMaximumHeight(110);
        layout->addWidget(framed(QString::fromStdString(d.label), grid));
    }
    return framed(tr("Confusion matrices on test rows, each at its own threshold (rows: true, columns: predicted)"), row);
}

QWidget *ComparisonView::buildDistributions()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    for (std::size_t i = 0; i < detectors_.size(); ++i) {
        const auto &d = detectors_[i];
        auto *plot = new QCustomPlot;
        addChartMenu(plot, QStringLiteral("score-distribution"));
        plot->setMinimumSize(160, 150);
        plot->setBackground(plot->palette().color(QPalette::Base));
        plot->yAxis->setTickLabels(false);
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerFixed>::create());
        plot->xAxis->setNumberFormat(QStringLiteral("g"));
        plot->xAxis->setNumberPrecision(3);
        if (d.details && d.details->test) {
            const awb::PartDetails &p = *d.details->test;
            const double width = (p.histogramHigh - p.histogramLow) / static_cast<double>(p.normalCounts.size());
            double normalTotal = 0, anomalyTotal = 0;
            for (std::size_t b = 0; b < p.normalCounts.size(); ++b) {
                normalTotal += p.normalCounts[b];
                anomalyTotal += p.anomalyCounts[b];
            }
            // Each class as a share of its rows, so the shapes compare whatever the class balance.
            for (const auto &[counts, total, color] : {std::tuple{&p.normalCounts, normalTotal, QColor(31, 119, 180)},
                                                       std::tuple{&p.anomalyCounts, anomalyTotal, QColor(230, 120, 30)}}) {
                if (total <= 0)
                    continue;
                QVector<double> x, y;
                for (std::size_t b = 0; b < counts->size(); ++b) {
                    x << p.histogramLow + (static_cast<double>(b) + 0.5) * width;
                    y << (*counts)[b] / total;
                }
                QCPGraph *g = plot->addGraph();
                g->setData(x, y, true);
                g->setLineStyle(QCPGraph::lsStepCenter);
                g->setPen(QPen(color, 1.5));
                g->setBrush(QColor(color.red(), color.green(), color.blue(), 50));
            }
            plot->rescaleAxes();
            plot->xAxis->ticker().staticCast<QCPAxisTickerFixed>()->setTickStep(
                QCPRange(p.histogramLow, p.histogramHigh).size() / 3.0);
            auto *line = new QCPItemStraightLine(plot);
            line->point1->setCoords(d.result.threshold, 0);
            line->point2->setCoords(d.result.threshold, 1);
            line->setPen(QPen(Qt::red, 1.5, Qt::DashLine));
        }
        plot->replot();
        layout->addWidget(framed(QString::fromStdString(d.label), plot));
    }
    return framed(tr("Score distributions on test rows, each class as a share of its rows (blue normal, "
                     "orange anomaly; red: the threshold)"), row);
}

QWidget *ComparisonView::buildAgreement()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    const awb::FlagAgreement &a = comparison_.agreement;
    if (!a.available) {
        layout->addWidget(new QLabel(tr("The detectors did not all read the same input (fingerprint): no agreement "
                                        "between their flagged rows to show.")));
        return framed(tr("Agreement between the flagged test rows"), row);
    }
    layout->addWidget(new QLabel(tr("Test rows flagged")));
    const std::string fingerprint = detectors_.front().dataset.fingerprint;
    for (const auto &[name, rows, objectName] :
         {std::tuple{tr("by all"), &a.byAll, "agreeAll"}, std::tuple{tr("by some"), &a.bySome, "agreeSome"},
          std::tuple{tr("by none"), &a.byNone, "agreeNone"}}) {
        auto *button = new QPushButton(QStringLiteral("%1: %2").arg(name, QLocale().toString(static_cast<qulonglong>(rows->size()))));
        button->setObjectName(QLatin1String(objectName));
        button->setToolTip(tr("List these rows in the flagged-rows table of the current results (same data only)"));
        const std::vector<std::uint32_t> list = *rows;
        const QString group = tr("flagged %1 of the compared detectors").arg(name);
        connect(button, &QPushButton::clicked, this, [this, list, group, fingerprint] { emit rowsRequested(list, group, fingerprint); });
        layout->addWidget(button);
    }
    layout->addStretch();
    return framed(tr("Agreement between the flagged test rows"), row);
}
