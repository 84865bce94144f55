// The flagged-rows table over one part of the dataset: source line, score, prediction and true
// label, then the row's original columns as they stood in the file. Virtual: the model holds one
// index vector (the visible rows, in display order) and reads each cell on demand, keeping the
// parsed original rows of the recently shown window only, so a million rows scroll smoothly.
// Rows reach the views a page at a time (fetchPage, as the table scrolls to its end): a view's
// row header keeps a record per row, and building one for ten million rows on every new result
// would stall the window and hold tens of megabytes per view. Qt's own fetchMore is not used:
// views call it on their own (at either scroll bar's end), and the table alone decides.
#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QStringList>

#include <cstdint>
#include <vector>

#include "ResultSelection.h"

class FlaggedRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineColumn, ScoreColumn, PredictionColumn, LabelColumn, FirstOriginalColumn };

    explicit FlaggedRowsModel(ResultSelection *selection, QObject *parent = nullptr);

    static constexpr int kPageRows = 50000;

    int rowCount(const QModelIndex &parent = {}) const override;  // the rows fetched so far
    int totalRows() const { return static_cast<int>(rows_.size()); }
    void fetchPage();  // the next kPageRows rows, if any are left
    void fetchAll();
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts by score or by position in the file; other columns would need every row read back.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == LineColumn || column == ScoreColumn; }
    int sortColumn() const { return order_ == RowOrder::File ? LineColumn : ScoreColumn; }
    Qt::SortOrder sortOrder() const;

    // The part row (index into the part's scores) shown at table row `row`.
    std::uint32_t partRow(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    // Every row the table lists, in its order, including those not fetched yet.
    const std::vector<std::uint32_t> &orderedRows() const { return rows_; }
    // Tab-separated text of the given table rows, with a header line: what Ctrl+C copies.
    QString rowsAsText(const std::vector<int> &rows) const;

private:
    void rebuild();
    void fetchUpTo(int rows);  // rows_[0, rows) become the model's rows
    void thresholdMoved();
    QString cellText(std::uint32_t partRow, int column) const;
    const QStringList &originalRow(std::uint32_t partRow) const;

    ResultSelection *selection_;
    std::vector<std::uint32_t> rows_;
    int fetched_ = 0;  // rows_[0, fetched_) are the model's rows
    RowOrder order_ = RowOrder::ScoreDescending;
    bool descendingFile_ = false;  // File order, reversed
    QStringList originalHeaders_;
    mutable QCache<std::uint32_t, QStringList> originalRows_{2048};
};
