// The results panel of one model; see ResultsPanel.h.
#include "ResultsPanel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "ClassificationReportModel.h"
#include "views/Framed.h"
#include "ConfusionMatrixView.h"
#include "CurveChart.h"
#include "FlaggedRowsTable.h"
#include "RowExplanationChart.h"
#include "ScoreHistogram.h"
#include "ThresholdAssistant.h"

ResultsPanel::ResultsPanel(QWidget *parent) : QWidget(parent), selection_(new ResultSelection(this))
{
    reportModel_ = new ClassificationReportModel(selection_, this);
    reportTable_ = new QTableView;
    reportTable_->setObjectName(QStringLiteral("reportTable"));
    reportTable_->setModel(reportModel_);
    // Columns as wide as their headers and numbers ("Precision" must not be clipped).
    reportTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    reportTable_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    reportTable_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    reportTable_->setSelectionMode(QAbstractItemView::NoSelection);
    reportTable_->setFocusPolicy(Qt::NoFocus);
    reportTable_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    reportTable_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its five rows in whatever style and font: never a scroll bar, never blank space.
    reportTable_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    reportTable_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    matrix_ = new ConfusionMatrixView(selection_);
    matrix_->setObjectName(QStringLiteral("confusionMatrixView"));
    histogram_ = new ScoreHistogram(selection_);
    histogram_->setObjectName(QStringLiteral("scoreHistogram"));
    roc_ = new CurveChart(CurveChart::Kind::Roc, selection_);
    roc_->setObjectName(QStringLiteral("rocChart"));
    pr_ = new CurveChart(CurveChart::Kind::PrecisionRecall, selection_);
    pr_->setObjectName(QStringLiteral("prChart"));
    explanation_ = new RowExplanationChart(selection_);
    explanation_->setObjectName(QStringLiteral("explanationView"));

    auto *evaluation = new QWidget;
    auto *evaluationLayout = new QVBoxLayout(evaluation);
    evaluationLayout->setContentsMargins(0, 0, 0, 0);
    evaluationLayout->addWidget(framed(tr("Classification report"), reportTable_));
    evaluationLayout->addWidget(framed(tr("Confusion matrix (click a cell to list its rows)"), matrix_), 1);

    auto *curves = new QSplitter(Qt::Vertical);
    curves->addWidget(roc_);
    curves->addWidget(pr_);

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(evaluation);
    top->addWidget(framed(tr("Score distribution"), histogram_));
    top->addWidget(curves);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 6);
    top->setStretchFactor(2, 3);
    top->setSizes({460, 700, 400});

    QSplitter *bottom = buildBottom();

    auto *main = new QSplitter(Qt::Vertical);
    main->addWidget(top);
    main->addWidget(bottom);
    main->setStretchFactor(0, 11);
    main->setStretchFactor(1, 9);
    main->setSizes({520, 430});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    outOfDate_ = banner(QStringLiteral("outOfDateBanner"), "#fff3cd", "#664d03", "#e0c36a");
    outOfDate_->setText(tr("Out of date: the settings were changed after these results were computed. Train again "
                           "to update them."));
    warnings_ = banner(QStringLiteral("warningsBanner"), "#f8d7da", "#58151c", "#e4a0a7");
    layout->addWidget(outOfDate_);
    layout->addWidget(warnings_);
    layout->addWidget(buildControls());
    layout->addWidget(main, 1);

    connect(selection_, &ResultSelection::resultChanged, this, &ResultsPanel::updateControls);
    connect(selection_, &ResultSelection::partChanged, this, &ResultsPanel::updateThresholdSpin);
    connect(selection_, &ResultSelection::thresholdChanged, this, &ResultsPanel::updateThresholdSpin);
    connect(selection_, &ResultSelection::thresholdChanged, this, &ResultsPanel::updateCounts);
    connect(selection_, &ResultSelection::filterChanged, this, &ResultsPanel::updateFilterWidgets);
    connect(selection_, &ResultSelection::filterChanged, this, &ResultsPanel::updateCounts);
    undo_ = new QUndoStack(this);
    connect(selection_, &ResultSelection::thresholdChanged, this, &ResultsPanel::recordThreshold);
    updateControls();
}

// Below the charts: the rows table and the threshold assistant as tabs, the row explanation
// beside them.
QSplitter *ResultsPanel::buildBottom()
{
    auto *bottom = new QSplitter(Qt::Horizontal);
    assistant_ = new ThresholdAssistant(selection_);
    assistant_->setObjectName(QStringLiteral("thresholdAssistant"));
    connect(assistant_, &ThresholdAssistant::applyRequested, this, &ResultsPanel::applyThreshold);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("tableTabs"));
    tabs->addTab(buildTableArea(), tr("Rows"));
    // In a scroll area: its rows of inputs would otherwise set the whole window's minimum width.
    auto *assistantArea = new QScrollArea;
    assistantArea->setWidget(assistant_);
    assistantArea->setWidgetResizable(true);
    assistantArea->setFrameShape(QFrame::NoFrame);
    tabs->addTab(assistantArea, tr("Threshold assistant"));
    tabs->setTabToolTip(1, tr("Compare threshold policies (best F1, a false positive rate, costs, an alert budget, ...) "
                              "and apply one."));
    bottom->addWidget(tabs);
    QWidget *explanationFrame = framed(tr("What drives this row's score?"), explanation_);
    bottom->addWidget(explanationFrame);
    // The explanation is of the row selected in the table; the assistant takes the whole width.
    connect(tabs, &QTabWidget::currentChanged, explanationFrame, [explanationFrame](int tab) { explanationFrame->setVisible(tab == 0); });
    bottom->setStretchFactor(0, 7);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({1100, 500});
    return bottom;
}

// A hidden, word-wrapped strip above the results in the given colours (background, text, border).
QLabel *ResultsPanel::banner(const QString &objectName, const char *background, const char *text, const char *border)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px;"
                                        " padding: 4px 8px; }").arg(QLatin1String(background), QLatin1String(text),
                                                                    QLatin1String(border)));
    label->hide();
    return label;
}

QWidget *ResultsPanel::buildControls()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    partSwitch_ = new QComboBox;
    partSwitch_->setObjectName(QStringLiteral("partSwitch"));
    partSwitch_->addItem(tr("Test rows"), static_cast<int>(ResultPart::Test));
    partSwitch_->addItem(tr("Training rows"), static_cast<int>(ResultPart::Train));
    partSwitch_->setToolTip(tr("Evaluate on the held-out test rows or on the rows the model was trained on."));
    connect(partSwitch_, &QComboBox::currentIndexChanged, this, [this](int i) {
        selection_->setPart(static_cast<ResultPart>(partSwitch_->itemData(i).toInt()));
    });

    thresholdSpin_ = new QDoubleSpinBox;
    thresholdSpin_->setObjectName(QStringLiteral("thresholdSpin"));
    thresholdSpin_->setKeyboardTracking(false);
    thresholdSpin_->setMinimumWidth(140);
    thresholdSpin_->setToolTip(tr("Rows scoring above the threshold are flagged. Lower it to catch more anomalies "
                                  "at the cost of more false positives."));
    connect(thresholdSpin_, &QDoubleSpinBox::valueChanged, selection_, &ResultSelection::setThreshold);

    resetThreshold_ = new QToolButton;
    resetThreshold_->setText(tr("Model threshold"));
    resetThreshold_->setToolTip(tr("Back to the threshold the model was trained with."));
    connect(resetThreshold_, &QToolButton::clicked, selection_, &ResultSelection::resetThreshold);

    countsLabel_ = new QLabel;
    countsLabel_->setObjectName(QStringLiteral("flaggedCountLabel"));
    countsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    countsLabel_->setWordWrap(true);  // wraps rather than widening the window in longer languages

    layout->addWidget(new QLabel(tr("Evaluate on:")));
    layout->addWidget(partSwitch_);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("Threshold:")));
    layout->addWidget(thresholdSpin_);
    layout->addWidget(resetThreshold_);
    layout->addSpacing(16);
    layout->addWidget(countsLabel_, 1);
    fittedOn_ = new QLabel;
    fittedOn_->setObjectName(QStringLiteral("fittedOnLabel"));
    fittedOn_->setWordWrap(true);
    layout->addWidget(fittedOn_);
    return bar;
}

QWidget *ResultsPanel::buildTableArea()
{
    table_ = new FlaggedRowsTable(selection_);
    table_->setObjectName(QStringLiteral("flaggedRowsTable"));

    filterEdit_ = new QLineEdit;
    filterEdit_->setObjectName(QStringLiteral("filterEdit"));
    filterEdit_->setPlaceholderText(tr("Filter rows by text in any original column (e.g. an IP, a service)…"));
    filterEdit_->setClearButtonEnabled(true);
    // Filtering reads rows back from the file: wait for a pause in typing rather than every key.
    filterDelay_ = new QTimer(this);
    filterDelay_->setSingleShot(true);
    filterDelay_->setInterval(350);
    connect(filterEdit_, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty()) {  // cleared (also by the clear button): show everything at once
            filterDelay_->stop();
            selection_->setTextFilter({});
        } else {
            filterDelay_->start();
        }
    });
    connect(filterDelay_, &QTimer::timeout, this, [this] { selection_->setTextFilter(filterEdit_->text()); });
    connect(filterEdit_, &QLineEdit::returnPressed, this, [this] {
        filterDelay_->stop();
        selection_->setTextFilter(filterEdit_->text());
    });

    filterChip_ = new QToolButton;
    filterChip_->setObjectName(QStringLiteral("filterChip"));
    filterChip_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    filterChip_->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    filterChip_->setAutoRaise(false);
    filterChip_->setToolTip(tr("Clear the filter and show all rows."));
    filterChip_->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(highlight); border-radius: 10px;"
                                              " padding: 2px 8px; background: palette(alternate-base); }"));
    connect(filterChip_, &QToolButton::clicked, selection_, &ResultSelection::clearFilter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterEdit_, 1);
    filterRow->addWidget(filterChip_);

    auto *area = new QWidget;
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(table_, 1);
    return framed(tr("Rows (sorted by score; select rows to mark them on the histogram, Ctrl+C copies)"), area);
}

void ResultsPanel::setResult(std::shared_ptr<const awb::Dataset> data, std::shared_ptr<const awb::DetectorRun> run,
                             std::shared_ptr<const PreparedResult> prepared)
{
    applyingUndo_ = true;  // a new result's threshold is no step to take back
    selection_->setResult(data, run, std::move(prepared));
    applyingUndo_ = false;
    undo_->clear();
    recordedThreshold_ = selection_->threshold();
    assistant_->setResult(std::move(data), std::move(run));  // after the selection: its scale and threshold
}

namespace {

// One threshold change on the panel's undo stack. Changes that follow each other within a second
// (a drag on the histogram, the spin box's arrows) are one step.
class SetThreshold : public QUndoCommand {
public:
    SetThreshold(ResultSelection *selection, bool *applying, double before, double after, const QString &text)
        : QUndoCommand(text), selection_(selection), applying_(applying), before_(before), after_(after)
    {
        time_.start();
    }
    void undo() override { apply(before_); }
    void redo() override { apply(after_); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetThreshold *>(other);
        if (time_.elapsed() > 1000 || next->text() != text())
            return false;
        after_ = next->after_;
        time_.restart();
        return true;
    }

private:
    void apply(double threshold)
    {
        *applying_ = true;
        selection_->setThreshold(threshold);
        *applying_ = false;
    }
    ResultSelection *selection_;
    bool *applying_;
    double before_, after_;
    QElapsedTimer time_;
};

} // namespace

// Every threshold change by hand (histogram, spin box, reset) is a step on the undo stack.
void ResultsPanel::recordThreshold(double threshold)
{
    const double before = recordedThreshold_;
    recordedThreshold_ = threshold;
    if (applyingUndo_ || !selection_->hasResult() || before == threshold)
        return;
    undo_->push(new SetThreshold(selection_, &applyingUndo_, before, threshold, tr("Move the threshold")));
}

// A threshold set from the assistant is one step of its own, named after the policy.
void ResultsPanel::applyThreshold(double threshold, const QString &policy)
{
    const double before = selection_->threshold();
    if (before == threshold)
        return;
    undo_->push(new SetThreshold(selection_, &applyingUndo_, before, threshold, tr("Threshold by %1").arg(policy)));
    recordedThreshold_ = threshold;
}

void ResultsPanel::clear()
{
    applyingUndo_ = true;
    selection_->clear();
    applyingUndo_ = false;
    undo_->clear();
    assistant_->setResult(nullptr, nullptr);
    setOutOfDate(false);
}

void ResultsPanel::setOutOfDate(bool outOfDate)
{
    outOfDate_->setVisible(outOfDate);
}

bool ResultsPanel::isOutOfDate() const
{
    return !outOfDate_->isHidden();
}

void ResultsPanel::updateControls()
{
    const bool has = selection_->hasResult();
    for (int i = 0; i < partSwitch_->count(); ++i) {
        const auto part = static_cast<ResultPart>(partSwitch_->itemData(i).toInt());
        if (auto *model = qobject_cast<QStandardItemModel *>(partSwitch_->model()))
            model->item(i)->setEnabled(selection_->hasPart(part));
    }
    {
        const QSignalBlocker block(partSwitch_);
        partSwitch_->setCurrentIndex(partSwitch_->findData(static_cast<int>(selection_->part())));
    }
    partSwitch_->setEnabled(has);
    thresholdSpin_->setEnabled(has);
    resetThreshold_->setEnabled(has);
    filterEdit_->setEnabled(has);
    updateThresholdSpin();
    updateFilterWidgets();
    updateCounts();
    updateFittedOn();
}

// Which rows the detector learned from and how its threshold was chosen: what the CLI report and
// the run document say too.
void ResultsPanel::updateFittedOn()
{
    const awb::DetectorRun *run = selection_->run();
    warnings_->setVisible(run && !run->result.warnings.empty());
    if (!run) {
        fittedOn_->clear();
        resetThreshold_->setToolTip(tr("Back to the threshold the model was trained with."));
        return;
    }
    const awb::DetectorResult &r = run->result;
    QStringList warnings;
    for (const std::string &w : r.warnings)
        warnings << QString::fromStdString(w);
    warnings_->setText(tr("Checked after training (the threshold as the policy chose it): %1").arg(warnings.join(QLatin1Char(' '))));
    const QString rows = QLocale().toString(static_cast<qulonglong>(r.trainedRows));
    const QString fittedOn = r.trainedOnNormalRows ? tr("fitted on %1 normal training rows").arg(rows)
                                                   : tr("fitted on all %1 training rows").arg(rows);
    fittedOn_->setText(r.fitted.empty() ? fittedOn : fittedOn + QStringLiteral("; ") + QString::fromStdString(r.fitted));
    resetThreshold_->setToolTip(tr("Back to the threshold %1 that the policy %2 chose after training.")
                                    .arg(r.threshold, 0, 'g', 6)
                                    .arg(QString::fromStdString(r.thresholdPolicy.text())));
}

void ResultsPanel::updateThresholdSpin()
{
    const double lo = std::min<double>(selection_->minScore(), selection_->threshold());
    const double hi = std::max<double>(selection_->maxScore(), selection_->threshold());
    const double span = hi > lo ? hi - lo : 1.0;
    // Enough decimals to step through the score range in ~1000 steps, whatever its magnitude, and
    // to show four digits of a threshold far below it (PCA's 7.7e-08 under scores up to 1,000).
    const double t = std::abs(selection_->threshold());
    const int forThreshold = t > 0 ? static_cast<int>(std::ceil(-std::log10(t))) + 3 : 0;
    const int decimals = std::clamp(std::max(static_cast<int>(std::ceil(-std::log10(span))) + 4, forThreshold), 3, 12);
    const QSignalBlocker block(thresholdSpin_);
    thresholdSpin_->setDecimals(decimals);
    thresholdSpin_->setRange(lo - span, hi + span);
    thresholdSpin_->setSingleStep(span / 200.0);
    thresholdSpin_->setValue(selection_->threshold());
}

void ResultsPanel::updateFilterWidgets()
{
    const RowFilter &filter = selection_->filter();
    filterChip_->setVisible(!filter.isEmpty());
    filterChip_->setText(tr("Filter: %1").arg(selection_->filterDescription()));
    // The style sheet's padding is not in the tool button's size hint: reserve room for the text.
    filterChip_->setMinimumWidth(filterChip_->fontMetrics().horizontalAdvance(filterChip_->text()) +
                                 filterChip_->iconSize().width() + 32);
    if (filterEdit_->text().trimmed() != filter.text) {
        const QSignalBlocker block(filterEdit_);
        filterEdit_->setText(filter.text);
    }
}

void ResultsPanel::updateCounts()
{
    if (!selection_->hasResult()) {
        countsLabel_->setText(tr("No results yet: train a model."));
        return;
    }
    const QLocale locale;
    countsLabel_->setText(tr("%1 of %2 rows flagged · table shows %3 rows")
                              .arg(locale.toString(static_cast<qulonglong>(selection_->flaggedCount())),
                                   locale.toString(static_cast<qulonglong>(selection_->partRowCount())),
                                   locale.toString(static_cast<qulonglong>(selection_->visibleRowCount()))));
}
