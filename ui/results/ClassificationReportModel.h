// The classification report as a table (precision, recall, F1, support per class, accuracy, macro
// and weighted averages): awb::classificationReport of the confusion matrix at the current
// threshold, shown with the CLI's two decimals (full precision in the tooltip).
#pragma once

#include <QAbstractTableModel>

#include "ResultSelection.h"

class ClassificationReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Row { NormalRow, AnomalyRow, AccuracyRow, MacroRow, WeightedRow, RowCount };
    enum Column { PrecisionColumn, RecallColumn, F1Column, SupportColumn, ColumnCount };

    explicit ClassificationReportModel(ResultSelection *selection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const awb::ClassificationReport &report() const { return report_; }

private:
    void recompute();
    QVariant value(int row, int column) const;  // double or qint64; invalid for blank cells

    ResultSelection *selection_;
    awb::ClassificationReport report_;
    bool valid_ = false;
};
