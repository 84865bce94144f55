// The history table model; see HistoryModel.h.
#include "HistoryModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include "common/InputError.h"
#include "models/DetectorRegistry.h"

namespace {

// A metric as shown (four decimals, "-" when there is none) or as sorted (the number itself).
QVariant number(const QVariant &value, bool sortKey)
{
    if (sortKey)
        return value;
    return value.isNull() ? QVariant(QStringLiteral("-")) : QVariant(QString::number(value.toDouble(), 'f', 4));
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setHistory(awb::RunHistory *history)
{
    history_ = history;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    entries_.clear();
    rows_.clear();
    lastError_.clear();
    if (history_) {
        try {
            entries_ = history_->list();
        } catch (const std::exception &e) {
            lastError_ = QString::fromStdString(e.what());
        }
    }
    for (std::size_t e = 0; e < entries_.size(); ++e)
        for (std::size_t d = 0; d < entries_[e].result.detectors.size(); ++d)
            rows_.push_back({e, d});
    endResetModel();
    if (!lastError_.isEmpty())
        emit failed(lastError_);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const awb::HistoryEntry &HistoryModel::entry(int row) const
{
    return entries_[rows_[static_cast<std::size_t>(row)].entry];
}

const awb::DetectorResult &HistoryModel::detector(int row) const
{
    const Row &r = rows_[static_cast<std::size_t>(row)];
    return entries_[r.entry].result.detectors[r.detector];
}

QString HistoryModel::changedSettings(const awb::DetectorResult &result) const
{
    const awb::Detector *kind = awb::detectorRegistry().find(result.spec.detector);
    if (!kind)
        return {};
    const awb::DetectorSpec defaults = awb::defaultDetectorSpec(result.spec.detector);
    QStringList changed;
    for (const awb::ParamSpec &s : kind->schema().specs()) {
        const auto found = result.spec.params.find(s.key);
        if (found != result.spec.params.end() && !(found->second == s.defaultValue))
            changed << QStringLiteral("%1=%2").arg(QString::fromStdString(s.key),
                                                   QString::fromStdString(awb::ParamSchema::toText(found->second)));
    }
    if (result.spec.trainOn != defaults.trainOn)
        changed << QStringLiteral("train_on=%1").arg(QLatin1String(awb::nameOf(result.spec.trainOn)));
    if (!(result.spec.threshold == defaults.threshold))
        changed << QStringLiteral("threshold=%1").arg(QString::fromStdString(result.spec.threshold.text()));
    return changed.join(QStringLiteral(", "));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const awb::HistoryEntry &e = entry(index.row());
    const awb::DetectorResult &d = detector(index.row());
    const auto metric = [&](double awb::Evaluation::*field) -> QVariant {
        return d.test ? QVariant((*d.test).*field) : QVariant();
    };
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::UserRole) {
        const bool sortKey = role == Qt::UserRole;
        switch (index.column()) {
        case IdColumn: return static_cast<qlonglong>(e.id);  // sorts as a number ("10" after "9")
        case WhenColumn: {
            const QDateTime when = QDateTime::fromString(QString::fromStdString(e.createdAt), Qt::ISODate).toLocalTime();
            return sortKey ? QVariant(when) : QVariant(QLocale().toString(when, QLocale::ShortFormat));
        }
        case NameColumn: return QString::fromStdString(e.name);
        case DatasetColumn: {
            const QString file = e.spec.data.demo ? tr("demo (%1 rows)").arg(e.spec.data.demoRows)
                                                  : QFileInfo(QString::fromStdString(e.spec.data.load.trainFile)).fileName();
            const std::uint64_t sampled = e.result.dataset.sampledRows;
            return sampled > 0 ? tr("%1, a sample of %2 rows").arg(file, QLocale().toString(qulonglong(sampled))) : file;
        }
        case DetectorColumn: return QString::fromStdString(d.spec.name);
        case ChangedColumn: return changedSettings(d);
        case AucColumn: return number(metric(&awb::Evaluation::rocAuc), sortKey);
        case ApColumn: return number(metric(&awb::Evaluation::averagePrecision), sortKey);
        case F1Column: return number(d.test ? QVariant(d.test->report.anomaly.f1) : QVariant(), sortKey);
        case SecondsColumn:
            return sortKey ? QVariant(d.fitSeconds + d.scoreSeconds) : QVariant(QString::number(d.fitSeconds + d.scoreSeconds, 'f', 2));
        case NoteColumn: return QString::fromStdString(e.note);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AucColumn && index.column() <= SecondsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // The table keeps one line per run: the tooltips hold what a narrow column cuts off.
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("%1\nDouble-click to rename the run").arg(QString::fromStdString(e.name));
    if (role == Qt::ToolTipRole && (index.column() == DatasetColumn || index.column() == ChangedColumn))
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return e.note.empty() ? tr("Double-click to add a note") : QString::fromStdString(e.note);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Run");
    case WhenColumn: return tr("When");
    case NameColumn: return tr("Name");
    case DatasetColumn: return tr("Dataset");
    case DetectorColumn: return tr("Detector");
    case ChangedColumn: return tr("Settings changed");
    case AucColumn: return tr("Test ROC-AUC");
    case ApColumn: return tr("Test AP");
    case F1Column: return tr("Test F1");
    case SecondsColumn: return tr("Seconds");
    case NoteColumn: return tr("Note");
    }
    return {};
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn || index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!history_ || role != Qt::EditRole || (index.column() != NameColumn && index.column() != NoteColumn))
        return false;
    const std::int64_t id = entry(index.row()).id;
    try {
        if (index.column() == NameColumn)
            history_->rename(id, value.toString().toStdString());
        else
            history_->setNote(id, value.toString().toStdString());
    } catch (const std::exception &e) {
        emit failed(QString::fromStdString(e.what()));
        return false;
    }
    // Every row of the run shows its name and note.
    const std::size_t e = rows_[static_cast<std::size_t>(index.row())].entry;
    (index.column() == NameColumn ? entries_[e].name : entries_[e].note) = value.toString().toStdString();
    emit dataChanged(this->index(0, index.column()), this->index(rowCount() - 1, index.column()));
    return true;
}
