// The table view over FlaggedRowsModel: fixed row heights (so a million rows need no measuring),
// sort by score or file position from the header, Ctrl+C / context-menu copy of the selected rows
// as tab-separated text, and the selected rows passed on to the linked views. The Line and score
// columns stay in view when the original columns scroll sideways: a second view of the same model
// and selection shows only them, laid over the left edge (Qt's frozen-column pattern). Rows are
// fetched a page at a time as the table scrolls to its end; Ctrl+End and select all fetch them all.
#pragma once

#include <QTableView>

#include <vector>

#include "FlaggedRowsModel.h"

class FlaggedRowsTable : public QTableView {
    Q_OBJECT
public:
    FlaggedRowsTable(ResultSelection *selection, QWidget *parent = nullptr);

    FlaggedRowsModel *rowsModel() const { return model_; }
    std::vector<int> selectedTableRows() const;  // ascending
    void copySelection() const;
    QTableView *frozenColumns() const { return frozen_; }
    static constexpr int kFrozenColumns = 2;  // Line and score

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

public slots:
    void selectAll() override;

private:
    void publishSelection();
    void restoreSortIndicator();
    void setUpFrozenColumns();
    void updateFrozenColumns();  // which columns it shows, their widths, and where it sits

    ResultSelection *selection_;
    FlaggedRowsModel *model_;
    QTableView *frozen_ = nullptr;
};
