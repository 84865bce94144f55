// The classification report table model; see ClassificationReportModel.h.
#include "ClassificationReportModel.h"

#include <QFont>
#include <QLocale>

ClassificationReportModel::ClassificationReportModel(ResultSelection *selection, QObject *parent)
    : QAbstractTableModel(parent), selection_(selection)
{
    connect(selection_, &ResultSelection::thresholdChanged, this, &ClassificationReportModel::recompute);
    connect(selection_, &ResultSelection::partChanged, this, &ClassificationReportModel::recompute);
    connect(selection_, &ResultSelection::resultChanged, this, &ClassificationReportModel::recompute);
    recompute();
}

void ClassificationReportModel::recompute()
{
    valid_ = selection_->hasResult() && selection_->labelled();
    report_ = valid_ ? awb::classificationReport(selection_->currentConfusion()) : awb::ClassificationReport{};
    emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

int ClassificationReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ClassificationReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassificationReportModel::value(int row, int column) const
{
    if (!valid_)
        return {};
    if (row == AccuracyRow) {
        // As scikit-learn prints it: accuracy under f1-score, the total under support.
        if (column == F1Column)
            return report_.accuracy;
        if (column == SupportColumn)
            return static_cast<qint64>(report_.total);
        return {};
    }
    const awb::ClassMetrics &m = row == NormalRow    ? report_.normal
                                 : row == AnomalyRow ? report_.anomaly
                                 : row == MacroRow   ? report_.macroAvg
                                                     : report_.weightedAvg;
    switch (column) {
    case PrecisionColumn: return m.precision;
    case RecallColumn: return m.recall;
    case F1Column: return m.f1;
    default: return static_cast<qint64>(m.support);
    }
}

QVariant ClassificationReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant v = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!v.isValid())
            return {};
        if (index.column() == SupportColumn)
            return QLocale().toString(v.toLongLong());
        return QString::number(v.toDouble(), 'f', 2);
    case Qt::ToolTipRole:
        return v.isValid() && index.column() != SupportColumn ? QString::number(v.toDouble(), 'g', 10) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::UserRole:
        return v;
    default:
        return {};
    }
}

QVariant ClassificationReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::FontRole && orientation == Qt::Vertical && section >= AccuracyRow) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        switch (section) {
        case PrecisionColumn: return tr("Precision");
        case RecallColumn: return tr("Recall");
        case F1Column: return tr("F1");
        default: return tr("Support");
        }
    }
    switch (section) {
    case NormalRow: return tr("normal");
    case AnomalyRow: return tr("anomaly");
    case AccuracyRow: return tr("accuracy");
    case MacroRow: return tr("macro avg");
    default: return tr("weighted avg");
    }
}
