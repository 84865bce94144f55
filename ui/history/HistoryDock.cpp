// The History dock; see HistoryDock.h.
#include "HistoryDock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

#include "HistoryModel.h"
#include "views/CompactRows.h"

HistoryDock::HistoryDock(QWidget *parent)
    : QWidget(parent), model_(new HistoryModel(this)), proxy_(new QSortFilterProxyModel(this)), table_(new QTableView),
      filter_(new QLineEdit), status_(new QLabel)
{
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(Qt::UserRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);
    table_->setObjectName(QStringLiteral("historyTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(HistoryModel::IdColumn, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);  // one line per run
    setCompactRows(table_);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);

    filter_->setObjectName(QStringLiteral("historyFilter"));
    filter_->setPlaceholderText(tr("Filter runs by any text: name, dataset, detector, setting, note…"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);

    compare_ = new QPushButton(tr("Compare"));
    compare_->setObjectName(QStringLiteral("historyCompare"));
    compare_->setToolTip(tr("Compare the selected detectors side by side (select 2 to 8 rows)"));
    reopen_ = new QPushButton(tr("Reopen"));
    reopen_->setObjectName(QStringLiteral("historyReopen"));
    reopen_->setToolTip(tr("Load the run's data again and score it with the run's kept models"));
    delete_ = new QPushButton(tr("Delete"));
    delete_->setObjectName(QStringLiteral("historyDelete"));
    delete_->setToolTip(tr("Delete the selected runs from the history"));
    connect(compare_, &QPushButton::clicked, this, &HistoryDock::compareSelected);
    connect(reopen_, &QPushButton::clicked, this, &HistoryDock::reopenSelected);
    connect(delete_, &QPushButton::clicked, this, &HistoryDock::deleteSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDock::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &HistoryDock::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &HistoryDock::fitColumns);
    connect(model_, &HistoryModel::failed, this, [this](const QString &message) { status_->setText(message); });

    status_->setObjectName(QStringLiteral("historyStatus"));
    status_->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(filter_, 1);
    buttons->addWidget(compare_);
    buttons->addWidget(reopen_);
    buttons->addWidget(delete_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    updateButtons();
}

void HistoryDock::setHistory(awb::RunHistory *history)
{
    history_ = history;
    model_->setHistory(history);
    status_->setText(history ? tr("History: %1").arg(QString::fromStdString(history->path())) : QString());
}

// Columns as wide as what they hold, the free-text ones within reason.
void HistoryDock::fitColumns()
{
    table_->resizeColumnsToContents();
    for (const int column : {HistoryModel::NameColumn, HistoryModel::ChangedColumn, HistoryModel::DatasetColumn})
        table_->setColumnWidth(column, std::min(table_->columnWidth(column), 280));
}

void HistoryDock::setUnavailable(const QString &why)
{
    setHistory(nullptr);
    status_->setText(tr("No run history: %1").arg(why));
}

void HistoryDock::reload()
{
    model_->reload();
    if (model_->lastError().isEmpty() && history_)
        status_->setText(tr("History: %1").arg(QString::fromStdString(history_->path())));
}

std::vector<int> HistoryDock::selectedSourceRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &index : table_->selectionModel()->selectedRows())
        rows.push_back(proxy_->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HistoryDock::updateButtons()
{
    const std::vector<int> rows = selectedSourceRows();
    compare_->setEnabled(history_ && rows.size() >= 2 && rows.size() <= 8);
    std::set<std::int64_t> runs;
    for (const int row : rows)
        runs.insert(model_->entry(row).id);
    reopen_->setEnabled(history_ && runs.size() == 1 && model_->entry(rows.front()).hasModels);
    delete_->setEnabled(history_ && !runs.empty());
}

std::vector<awb::ComparedDetector> HistoryDock::selectedDetectors() const
{
    std::vector<awb::ComparedDetector> items;
    if (!history_)
        return items;
    for (const int row : selectedSourceRows()) {
        const awb::HistoryEntry &e = model_->entry(row);
        const awb::DetectorResult &d = model_->detector(row);
        awb::ComparedDetector item{e.id, awb::comparedLabel(e.id, d.spec.name), e.spec.data, d,
                                   e.result.dataset, std::nullopt};
        const awb::RunDetails details = history_->details(e.id);
        if (const awb::DetectorDetails *kept = details.find(d.spec.name))
            item.details = *kept;
        items.push_back(std::move(item));
    }
    return items;
}

void HistoryDock::compareSelected()
{
    try {
        const auto items = selectedDetectors();
        if (items.size() >= 2 && items.size() <= 8)
            emit compareRequested(items);
    } catch (const std::exception &e) {
        status_->setText(QString::fromStdString(e.what()));
    }
}

void HistoryDock::deleteSelected()
{
    std::set<std::int64_t> runs;
    for (const int row : selectedSourceRows())
        runs.insert(model_->entry(row).id);
    if (runs.empty() || !history_)
        return;
    // Asked first, without blocking: the runs and their stored models cannot be brought back.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete runs"),
                                tr("Delete %n run(s) from the history? Their results and stored models cannot be "
                                   "brought back.", "", int(runs.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, runs](QAbstractButton *button) {
        if (button != remove || !history_)
            return;
        try {
            for (const std::int64_t id : runs)
                history_->remove(id);
        } catch (const std::exception &e) {
            status_->setText(QString::fromStdString(e.what()));
        }
        reload();
    });
    box->open();
}

void HistoryDock::reopenSelected()
{
    const std::vector<int> rows = selectedSourceRows();
    if (!rows.empty())
        emit reopenRequested(model_->entry(rows.front()).id);
}
