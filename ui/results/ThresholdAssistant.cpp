// The threshold assistant; see ThresholdAssistant.h.
#include "ThresholdAssistant.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include "models/DetectorRegistry.h"
#include "panels/ThresholdPolicyEditor.h"
#include "pipeline/Pipeline.h"
#include "views/ChartMenu.h"
#include "views/CompactRows.h"
#include "workers/BackgroundTask.h"

namespace {

enum Column { PolicyColumn, ThresholdColumn, TrainAlertsColumn, TrainCountsColumn, TrainF1Column, TestAlertsColumn,
              TestCountsColumn, TestF1Column, ColumnCount };

QString counts(const std::optional<awb::ConfusionMatrix> &cm)
{
    if (!cm)
        return QStringLiteral("–");
    return ThresholdAssistant::tr("TP %1 · FP %2 · FN %3 · TN %4")
        .arg(QLocale().toString(qlonglong(cm->tp)), QLocale().toString(qlonglong(cm->fp)),
             QLocale().toString(qlonglong(cm->fn)), QLocale().toString(qlonglong(cm->tn)));
}

QString f1(const std::optional<awb::ConfusionMatrix> &cm)
{
    return cm ? QLocale().toString(awb::classificationReport(*cm).anomaly.f1, 'f', 3) : QStringLiteral("–");
}

// The cost of a false alarm and of a missed attack the curve is drawn with: the last cost policy
// in the table.
std::pair<double, double> costsOf(const std::vector<awb::PolicyComparison> &rows)
{
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        if (it->choice.policy.kind == awb::ThresholdPolicy::Kind::Cost)
            return {it->choice.policy.value, it->choice.policy.value2};
    return {1.0, 20.0};
}

} // namespace

ThresholdAssistant::ThresholdAssistant(ResultSelection *selection, QWidget *parent)
    : QWidget(parent), selection_(selection), table_(new QTableWidget(0, ColumnCount))
{
    pool_.setMaxThreadCount(1);
    table_->setObjectName(QStringLiteral("thresholdPolicies"));
    table_->setHorizontalHeaderLabels({tr("Policy"), tr("Threshold"), tr("Train alerts /10k"), tr("Train confusion"),
                                       tr("Train F1"), tr("Test alerts /10k"), tr("Test confusion"), tr("Test F1")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->hide();
    setCompactRows(table_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setToolTip(tr("Each policy's threshold, chosen on the training rows, and what it flags there and on the "
                          "test rows. Select one and press Apply, or double-click it."));

    editor_ = new ThresholdPolicyEditor(std::nullopt);
    editor_->setObjectName(QStringLiteral("ownPolicy"));
    editor_->setPolicy(ThresholdPolicyEditor::typical(awb::ThresholdPolicy::Kind::Cost, std::nullopt));
    add_ = new QPushButton(tr("Add to the table"));
    add_->setObjectName(QStringLiteral("addPolicy"));
    add_->setToolTip(tr("Apply this policy with your inputs (costs, budget, target rate) and list it with the others."));
    apply_ = new QPushButton(tr("Apply"));
    apply_->setObjectName(QStringLiteral("applyPolicy"));
    apply_->setToolTip(tr("Set the threshold to the selected policy's; every view follows. Ctrl+Z takes it back."));
    apply_->setEnabled(false);
    assumption_ = new QLabel;
    assumption_->setWordWrap(true);
    assumption_->setObjectName(QStringLiteral("policyAssumption"));
    QFont small = assumption_->font();  // a note under the table: the table keeps the room
    small.setPointSizeF(small.pointSizeF() * 0.9);
    assumption_->setFont(small);

    costPlot_ = new QCustomPlot;
    costPlot_->setObjectName(QStringLiteral("costCurve"));
    addChartMenu(costPlot_, QStringLiteral("expected-cost"));
    costPlot_->setMinimumSize(240, 160);
    costPlot_->addGraph();
    costLine_ = new QCPItemStraightLine(costPlot_);
    costLine_->setPen(QPen(QColor(0xd6, 0x3a, 0x2f), 1.5, Qt::DashLine));
    costPlot_->setBackground(palette().color(QPalette::Base));

    auto *own = new QHBoxLayout;
    own->addWidget(new QLabel(tr("Your policy:")));
    own->addWidget(editor_, 1);
    own->addWidget(add_);
    own->addStretch();
    own->addWidget(apply_);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(table_, 1);
    leftLayout->addLayout(own);
    leftLayout->addWidget(assumption_);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(costPlot_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(add_, &QPushButton::clicked, this, &ThresholdAssistant::addOwnPolicy);
    connect(apply_, &QPushButton::clicked, this, &ThresholdAssistant::applySelected);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &ThresholdAssistant::applySelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &ThresholdAssistant::updateAssumption);
    connect(&watcher_, &QFutureWatcher<Computed>::finished, this, [this] {
        if (!run_)
            return;  // cleared while it was computing
        Computed result = watcher_.result();
        rows_ = std::move(result.rows);
        cuts_ = std::move(result.cuts);
        showRows();
        emit computed();
    });
    connect(selection_, &ResultSelection::thresholdChanged, this, &ThresholdAssistant::moveCostLine);
}

void ThresholdAssistant::setResult(std::shared_ptr<const awb::Dataset> data, std::shared_ptr<const awb::DetectorRun> run)
{
    data_ = std::move(data);
    run_ = std::move(run);
    rows_.clear();
    cuts_.clear();
    showRows();
    if (!data_ || !run_)
        return;
    const bool automatic = awb::detectorRegistry().get(run_->result.spec.detector).automaticThreshold().has_value();
    requested_ = awb::standardPolicies(data_->labelled(), automatic);
    compute();
}

// Applies every requested policy on a worker. A computation still running is left to finish
// unwatched (it owns its inputs): the new one covers all it was asked for and more.
void ThresholdAssistant::compute()
{
    watcher_.setFuture(QtConcurrent::run(&pool_, [data = data_, run = run_, policies = requested_] {
        yieldToTheGuiThread();
        std::vector<awb::thresholdrules::Cut> all;
        Computed result{awb::compareThresholdPolicies(*data, *run, policies, &all), {}};
        if (data->labelled()) {
            const std::size_t step = std::max<std::size_t>(1, (all.size() + 599) / 600);
            for (std::size_t i = 0; i < all.size(); i += step)
                result.cuts.push_back(all[i]);
            if (!all.empty() && (all.size() - 1) % step != 0)
                result.cuts.push_back(all.back());  // flagging everything: the curve's far end
        }
        return result;
    }));
}

void ThresholdAssistant::showRows()
{
    const bool labelled = data_ && data_->labelled();
    table_->setRowCount(static_cast<int>(rows_.size()));
    std::vector<ThresholdCandidate> candidates;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const awb::PolicyComparison &r = rows_[i];
        const QString policy = QString::fromStdString(r.choice.policy.text());
        QStringList cells{policy};
        if (r.error.empty()) {
            cells << QString::number(r.choice.threshold, 'g', 6) << QLocale().toString(r.trainAlertsPer10k, 'f', 1)
                  << counts(r.train) << f1(r.train) << QLocale().toString(r.testAlertsPer10k, 'f', 1) << counts(r.test)
                  << f1(r.test);
            candidates.push_back({policy, r.choice.threshold});
        } else {
            cells << tr("not applicable");
        }
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(c < cells.size() ? cells[c] : QString());
            item->setToolTip(r.error.empty() ? QString::fromStdString(r.choice.reasoning) : QString::fromStdString(r.error));
            if (c != PolicyColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(static_cast<int>(i), c, item);
        }
    }
    for (const int c : {TrainCountsColumn, TrainF1Column, TestCountsColumn, TestF1Column})
        table_->setColumnHidden(c, !labelled);
    selection_->setCandidates(std::move(candidates));
    updateCostCurve();
    updateAssumption();
}

// Expected cost against threshold on the training rows, with the costs of the last cost policy.
void ThresholdAssistant::updateCostCurve()
{
    QCPGraph *graph = costPlot_->graph(0);
    const bool labelled = data_ && run_ && data_->labelled() && !cuts_.empty();
    costPlot_->setVisible(labelled);
    if (!labelled) {
        graph->data()->clear();
        return;
    }
    const auto [fpCost, fnCost] = costsOf(rows_);
    const auto labels = std::span(data_->isAnomaly).first(data_->trainRows);
    const auto attacks = std::count(labels.begin(), labels.end(), std::uint8_t{1});  // NaN-scored ones too
    const double perRow = 10000.0 / static_cast<double>(run_->trainScores.size());
    QVector<double> x, y;
    for (const awb::thresholdrules::Cut &cut : cuts_) {
        x.prepend(cut.threshold);
        y.prepend(perRow * (fpCost * double(cut.fp) + fnCost * double(attacks - cut.tp)));
    }
    graph->setData(x, y, true);
    graph->setPen(QPen(QColor(0x3b, 0x7d, 0xd8), 1.5));
    costPlot_->xAxis->setScaleType(selection_->minScore() > 0 && selection_->maxScore() / selection_->minScore() >= 1000
                                       ? QCPAxis::stLogarithmic
                                       : QCPAxis::stLinear);
    costPlot_->rescaleAxes();
    costPlot_->xAxis->setLabel(tr("Threshold (red: current)"));
    costPlot_->yAxis->setLabel(tr("Cost per 10,000 flows"));
    costPlot_->setToolTip(tr("Expected cost on the training rows, a false alarm costing %1 and a missed attack %2 "
                             "(the last cost policy in the table).").arg(fpCost).arg(fnCost));
    moveCostLine();
}

// Only the line moves with the threshold: the curve is computed once per table.
void ThresholdAssistant::moveCostLine()
{
    costLine_->point1->setCoords(selection_->threshold(), 0);
    costLine_->point2->setCoords(selection_->threshold(), 1);
    costPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void ThresholdAssistant::addOwnPolicy()
{
    if (!data_ || !run_)
        return;
    const awb::ThresholdPolicy own = editor_->policy();
    if (std::find(requested_.begin(), requested_.end(), own) == requested_.end())
        requested_.push_back(own);
    compute();
}

void ThresholdAssistant::applySelected()
{
    const int row = table_->currentRow();
    if (row < 0 || row >= static_cast<int>(rows_.size()) || !rows_[static_cast<std::size_t>(row)].error.empty())
        return;
    const awb::PolicyComparison &r = rows_[static_cast<std::size_t>(row)];
    emit applyRequested(r.choice.threshold, QString::fromStdString(r.choice.policy.text()));
}

void ThresholdAssistant::updateAssumption()
{
    const int row = table_->currentRow();
    const bool valid = row >= 0 && row < static_cast<int>(rows_.size());
    std::vector<ThresholdCandidate> candidates = selection_->candidates();
    for (ThresholdCandidate &c : candidates)
        c.highlighted = valid && c.name == QString::fromStdString(rows_[static_cast<std::size_t>(row)].choice.policy.text());
    selection_->setCandidates(std::move(candidates));
    apply_->setEnabled(valid && rows_[static_cast<std::size_t>(row)].error.empty());
    if (!valid) {
        assumption_->setText(tr("Select a policy to see what it assumes and how its threshold came about."));
        return;
    }
    const awb::PolicyComparison &r = rows_[static_cast<std::size_t>(row)];
    assumption_->setText(
        QCoreApplication::translate("awb", awb::thresholdPolicyAssumption(r.choice.policy).c_str()) + ' ' +
        (r.error.empty() ? tr("Chosen as: %1.").arg(QString::fromStdString(r.choice.reasoning)) : QString::fromStdString(r.error)));
}
