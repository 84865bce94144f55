// The flagged-rows table view; see FlaggedRowsTable.h.
#include "FlaggedRowsTable.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>

#include "views/CompactRows.h"

FlaggedRowsTable::FlaggedRowsTable(ResultSelection *selection, QWidget *parent)
    : QTableView(parent), selection_(selection), model_(new FlaggedRowsModel(selection, this))
{
    setModel(model_);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setCompactRows(this);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(90);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    // The indicator first: enabling sorting sorts by whatever it shows.
    horizontalHeader()->setSortIndicator(model_->sortColumn(), model_->sortOrder());
    setSortingEnabled(true);
    horizontalHeader()->setToolTip(tr("Click \u201cLine\u201d or the score column to sort."));

    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &FlaggedRowsTable::restoreSortIndicator,
            Qt::QueuedConnection);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        setColumnWidth(FlaggedRowsModel::ScoreColumn, 150);
        updateFrozenColumns();
        publishSelection();
    });
    // The next page of rows when the table is scrolled to its end (the frozen twin follows this
    // scroll bar).
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, this, [this](int value) {
        if (value == verticalScrollBar()->maximum())
            model_->fetchPage();
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &FlaggedRowsTable::publishSelection);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FlaggedRowsTable::publishSelection);
    setColumnWidth(FlaggedRowsModel::ScoreColumn, 150);
    setUpFrozenColumns();
}

void FlaggedRowsTable::setUpFrozenColumns()
{
    frozen_ = new QTableView(this);
    frozen_->setObjectName(QStringLiteral("frozenColumns"));
    frozen_->setModel(model_);
    frozen_->setSelectionModel(selectionModel());
    frozen_->setSelectionBehavior(QAbstractItemView::SelectRows);
    frozen_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    frozen_->setFocusPolicy(Qt::NoFocus);
    frozen_->setAlternatingRowColors(true);
    frozen_->setWordWrap(false);
    frozen_->verticalHeader()->hide();
    frozen_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    frozen_->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    frozen_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    frozen_->horizontalHeader()->setHighlightSections(false);
    frozen_->horizontalHeader()->setToolTip(horizontalHeader()->toolTip());
    frozen_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    frozen_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    frozen_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    frozen_->setStyleSheet(QStringLiteral("QTableView { border: none; border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(frozen_);
    // Sorting from either header; the indicator shows on both.
    frozen_->horizontalHeader()->setSortIndicatorShown(true);
    frozen_->horizontalHeader()->setSectionsClickable(true);
    connect(frozen_->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        const bool same = column == model_->sortColumn();
        sortByColumn(column, same && model_->sortOrder() == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, frozen_->horizontalHeader(),
            [this] { frozen_->horizontalHeader()->setSortIndicator(model_->sortColumn(), model_->sortOrder()); },
            Qt::QueuedConnection);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column < kFrozenColumns)
            updateFrozenColumns();
    });
    connect(frozen_->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, frozen_->verticalScrollBar(), &QAbstractSlider::setValue);
    updateFrozenColumns();
    frozen_->show();
}

void FlaggedRowsTable::updateFrozenColumns()
{
    if (!frozen_)
        return;
    int width = 0;
    for (int c = 0; c < model_->columnCount(); ++c) {
        frozen_->setColumnHidden(c, c >= kFrozenColumns);
        if (c < kFrozenColumns) {
            frozen_->setColumnWidth(c, columnWidth(c));
            width += columnWidth(c);
        }
    }
    frozen_->horizontalHeader()->setSortIndicator(model_->sortColumn(), model_->sortOrder());
    frozen_->setGeometry(frameWidth(), frameWidth(), width + 1, viewport()->height() + horizontalHeader()->height());
}

void FlaggedRowsTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenColumns();
}

// A cell scrolled into view is never left hidden under the frozen columns: for a frozen cell, its
// row is scrolled to with the first column beside them.
void FlaggedRowsTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const bool frozen = index.isValid() && index.column() < kFrozenColumns && model_->columnCount() > kFrozenColumns;
    QTableView::scrollTo(frozen ? index.siblingAtColumn(kFrozenColumns) : index, hint);
}

// Ctrl+End goes to the last row of all, not of the rows fetched so far.
QModelIndex FlaggedRowsTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveEnd && modifiers.testFlag(Qt::ControlModifier))
        model_->fetchAll();
    return QTableView::moveCursor(cursorAction, modifiers);
}

// Select all means every row the table lists.
void FlaggedRowsTable::selectAll()
{
    model_->fetchAll();
    QTableView::selectAll();
}

// Only the score and line columns sort (others would need every row read back from the file): a
// click elsewhere puts the indicator back on the column that really orders the rows.
void FlaggedRowsTable::restoreSortIndicator()
{
    const QSignalBlocker block(horizontalHeader());
    horizontalHeader()->setSortIndicator(model_->sortColumn(), model_->sortOrder());
}

std::vector<int> FlaggedRowsTable::selectedTableRows() const
{
    std::vector<int> rows;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.push_back(r);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void FlaggedRowsTable::publishSelection()
{
    std::vector<std::uint32_t> partRows;
    for (int r : selectedTableRows())
        if (r < model_->rowCount())
            partRows.push_back(model_->partRow(r));
    std::optional<std::uint32_t> current;
    const QModelIndex index = currentIndex();
    if (index.isValid() && selectionModel()->isRowSelected(index.row(), {}))
        current = model_->partRow(index.row());
    else if (!partRows.empty())
        current = partRows.front();
    selection_->setSelectedRows(std::move(partRows), current);
}

void FlaggedRowsTable::copySelection() const
{
    const std::vector<int> rows = selectedTableRows();
    if (!rows.empty())
        QApplication::clipboard()->setText(model_->rowsAsText(rows));
}

void FlaggedRowsTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void FlaggedRowsTable::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy selected rows"), this, &FlaggedRowsTable::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel()->hasSelection());
    QAction *filterCell = menu.addAction(tr("Clear filter"), selection_, &ResultSelection::clearFilter);
    filterCell->setEnabled(!selection_->filter().isEmpty());
    menu.exec(event->globalPos());
}
