// The table view over FlaggedRowsModel: fixed row heights (so a million rows need no measuring),
// sort by score or file position from the header, Ctrl+C / context-menu copy of the selected rows
// as tab-separated text, and the selected rows passed on to the linked views.
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

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void publishSelection();
    void restoreSortIndicator();

    ResultSelection *selection_;
    FlaggedRowsModel *model_;
};
