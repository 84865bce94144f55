// The run history as a table: one row per detector of each recorded run (newest run first), with
// when, name, dataset, detector, the settings that differ from the detector's defaults, test
// ROC-AUC / average precision / F1 at the threshold, duration and note. Name and note are edited
// in place and written to the history.
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

#include "history/RunHistory.h"

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, WhenColumn, NameColumn, DatasetColumn, DetectorColumn, ChangedColumn, AucColumn, ApColumn,
                  F1Column, SecondsColumn, NoteColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    // Shows the runs of `history` (or nothing without one); the model does not own it.
    void setHistory(awb::RunHistory *history);
    void reload();
    QString lastError() const { return lastError_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // The run and detector shown at a row.
    const awb::HistoryEntry &entry(int row) const;
    const awb::DetectorResult &detector(int row) const;

signals:
    void failed(const QString &message);

private:
    struct Row {
        std::size_t entry;
        std::size_t detector;
    };
    QString changedSettings(const awb::DetectorResult &result) const;

    awb::RunHistory *history_ = nullptr;
    std::vector<awb::HistoryEntry> entries_;
    std::vector<Row> rows_;
    QString lastError_;
};
