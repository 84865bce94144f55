// The virtual flagged-rows table model; see FlaggedRowsModel.h.
#include "FlaggedRowsModel.h"

#include <QColor>

#include <algorithm>

FlaggedRowsModel::FlaggedRowsModel(ResultSelection *selection, QObject *parent)
    : QAbstractTableModel(parent), selection_(selection)
{
    connect(selection_, &ResultSelection::resultChanged, this, &FlaggedRowsModel::rebuild);
    connect(selection_, &ResultSelection::partChanged, this, &FlaggedRowsModel::rebuild);
    connect(selection_, &ResultSelection::filterChanged, this, &FlaggedRowsModel::rebuild);
    connect(selection_, &ResultSelection::thresholdChanged, this, &FlaggedRowsModel::thresholdMoved);
    rebuild();
}

void FlaggedRowsModel::rebuild()
{
    beginResetModel();
    originalRows_.clear();
    originalHeaders_.clear();
    if (const awb::Dataset *data = selection_->dataset())
        for (const auto &column : data->schema.columns)
            originalHeaders_ << QString::fromStdString(column.name);
    rows_ = selection_->visibleRows(order_);
    if (order_ == RowOrder::File && descendingFile_)
        std::reverse(rows_.begin(), rows_.end());
    fetched_ = std::min(totalRows(), kPageRows);
    endResetModel();
}

// Without a cell filter the visible rows stay the same and only the prediction column changes;
// the view repaints just the cells it shows.
void FlaggedRowsModel::thresholdMoved()
{
    if (selection_->filter().cell || rows_.empty())
        return;
    emit dataChanged(index(0, PredictionColumn), index(rowCount() - 1, PredictionColumn));
}

int FlaggedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fetched_;
}

void FlaggedRowsModel::fetchPage()
{
    fetchUpTo(fetched_ + std::min(totalRows() - fetched_, kPageRows));
}

void FlaggedRowsModel::fetchAll()
{
    fetchUpTo(totalRows());
}

void FlaggedRowsModel::fetchUpTo(int rows)
{
    if (rows <= fetched_)
        return;
    beginInsertRows({}, fetched_, rows - 1);
    fetched_ = rows;
    endInsertRows();
}

int FlaggedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstOriginalColumn + static_cast<int>(originalHeaders_.size());
}

const QStringList &FlaggedRowsModel::originalRow(std::uint32_t partRow) const
{
    if (QStringList *cached = originalRows_.object(partRow))
        return *cached;
    auto *cells = new QStringList;
    const awb::Dataset *data = selection_->dataset();
    if (data && !data->sources.empty())
        for (const std::string &cell : data->originalRow(selection_->partOffset() + partRow))
            *cells << QString::fromStdString(cell);
    originalRows_.insert(partRow, cells);
    return *cells;
}

QString FlaggedRowsModel::cellText(std::uint32_t partRow, int column) const
{
    switch (column) {
    case LineColumn: {
        const awb::Dataset *data = selection_->dataset();
        const std::size_t matrixRow = selection_->partOffset() + partRow;
        if (data && matrixRow < data->sourceFile.size() && data->sourceFile[matrixRow] < data->sources.size())
            return QString::number(data->sources[data->sourceFile[matrixRow]]->lineNumber(data->sourceRow[matrixRow]));
        return QString::number(partRow + 1);
    }
    case ScoreColumn:
        return QString::number(selection_->partScores()[partRow], 'g', 6);
    case PredictionColumn:
        return selection_->partScores()[partRow] > selection_->threshold() ? tr("anomaly") : tr("normal");
    case LabelColumn: {
        if (!selection_->labelled())
            return tr("–");
        // The label as the file has it (the attack type), which says more than anomaly / normal.
        const awb::Dataset *data = selection_->dataset();
        const std::size_t matrixRow = selection_->partOffset() + partRow;
        if (matrixRow < data->labelCode.size())
            return QString::fromStdString(data->labelValues[data->labelCode[matrixRow]]);
        return selection_->partLabels()[partRow] ? tr("anomaly") : tr("normal");
    }
    default: {
        const QStringList &cells = originalRow(partRow);
        const int i = column - FirstOriginalColumn;
        return i < cells.size() ? cells[i] : QString();
    }
    }
}

QVariant FlaggedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::uint32_t partRow = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(partRow, column);
    case Qt::TextAlignmentRole:
        if (column == LineColumn || column == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A prediction that disagrees with the true label stands out in either palette.
        if (column == PredictionColumn && selection_->labelled()) {
            const bool predicted = selection_->partScores()[partRow] > selection_->threshold();
            if (predicted != (selection_->partLabels()[partRow] != 0))
                return QColor(0xd6, 0x3a, 0x2f);
        }
        return {};
    default:
        return {};
    }
}

QVariant FlaggedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LineColumn: return tr("Line");
    case ScoreColumn:
        return tr("Score");
    case PredictionColumn: return tr("Prediction");
    case LabelColumn: return tr("True label");
    default: {
        const int i = section - FirstOriginalColumn;
        return i < originalHeaders_.size() ? originalHeaders_[i] : QVariant();
    }
    }
}

Qt::SortOrder FlaggedRowsModel::sortOrder() const
{
    if (order_ == RowOrder::File)
        return descendingFile_ ? Qt::DescendingOrder : Qt::AscendingOrder;
    return order_ == RowOrder::ScoreAscending ? Qt::AscendingOrder : Qt::DescendingOrder;
}

void FlaggedRowsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    if (column == ScoreColumn) {
        order_ = order == Qt::AscendingOrder ? RowOrder::ScoreAscending : RowOrder::ScoreDescending;
    } else {
        order_ = RowOrder::File;
        descendingFile_ = order == Qt::DescendingOrder;
    }
    rebuild();
}

QString FlaggedRowsModel::rowsAsText(const std::vector<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join('\t');
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << cellText(partRow(row), c);
        lines << cells.join('\t');
    }
    return lines.join('\n') + '\n';
}
