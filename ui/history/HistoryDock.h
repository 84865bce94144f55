// The History dock: every recorded run's detectors in a sortable, filterable table. Rename and add
// notes in place; select 2 to 8 rows and Compare; Reopen a run whose models were kept; Delete.
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

#include "history/Comparison.h"
#include "history/RunHistory.h"

class HistoryModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class HistoryDock : public QWidget {
    Q_OBJECT
public:
    explicit HistoryDock(QWidget *parent = nullptr);

    void setHistory(awb::RunHistory *history);  // not owned; null shows why there is none
    void setUnavailable(const QString &why);
    HistoryModel *model() const { return model_; }
    QTableView *table() const { return table_; }
    // The detectors of the selected rows, ready to compare (2 to 8 of them).
    std::vector<awb::ComparedDetector> selectedDetectors() const;

public slots:
    void reload();
    void compareSelected();
    void deleteSelected();
    void reopenSelected();

signals:
    void compareRequested(const std::vector<awb::ComparedDetector> &detectors);
    void reopenRequested(std::int64_t runId);

private:
    std::vector<int> selectedSourceRows() const;
    void updateButtons();
    void fitColumns();

    awb::RunHistory *history_ = nullptr;
    HistoryModel *model_;
    QSortFilterProxyModel *proxy_;
    QTableView *table_;
    QLineEdit *filter_;
    QLabel *status_;
    QPushButton *compare_, *reopen_, *delete_;
};
