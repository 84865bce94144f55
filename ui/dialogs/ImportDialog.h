// Choosing how a file is read before it is loaded: the first rows exactly as the reader parses
// them (awb::previewFile), the delimiter, header, label column, normal value and a role per
// column pre-filled by the core's inference (a column proposed as ignored says why and is greyed
// out; several selected columns take a role at once), scaling and the log transform (per run, and
// per column in the preview's second row), and either a test file or a split fraction and seed.
#pragma once

#include <QDialog>

#include <map>

#include "data/DatasetLoader.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString &file, QWidget *parent = nullptr);

    awb::LoadOptions options() const;
    // Sets every choice as stored (Open Recent): how the file is read, the label, the roles the
    // analyst changed, scaling, the log and the split. Columns the file no longer has are skipped.
    void setOptions(const awb::LoadOptions &stored);
    const QString &previewError() const { return previewError_; }
    QTableWidget *previewTable() const { return table_; }  // the rows
    QTableWidget *roleTable() const { return roleTable_; } // the column names, roles and log1p, above them

private:
    void refreshPreview();
    int columnOf(const awb::ColumnRef &ref) const;  // -1 when the preview has no such column
    void fillTable(const awb::FilePreview &preview);
    void roleChanged(int column, awb::ColumnRole role);
    void labelChanged();
    void updateLogRow();
    void updateColumnLook(int column);
    void setSelectedRoles(awb::ColumnRole role);
    // Role and label changes are steps on undo_ (Ctrl+Z, Ctrl+Shift+Z in the dialog): each step
    // restores every column's role and the label as they were, cascades included.
    std::vector<int> roleSnapshot() const;  // every column's role, then the label column
    void applyRoleSnapshot(const std::vector<int> &snapshot);
    void recordRoles();
    void alignTables();
    class QVBoxLayout *buildPreview();
    class QFormLayout *buildOptionsForm();
    class QHBoxLayout *buildRowsAndSplit();
    awb::LoadOptions readOptions() const;

    QString file_;
    awb::FilePreview preview_;
    QString previewError_;
    QComboBox *delimiter_;
    QComboBox *header_;
    QComboBox *label_;
    QLineEdit *normal_;
    QComboBox *missing_;
    QComboBox *scaling_;
    QComboBox *log_;
    QComboBox *bulkRole_;
    QLineEdit *testFile_;
    QDoubleSpinBox *testFraction_;
    QSpinBox *seed_;
    QSpinBox *sample_;  // 0: all rows
    QLabel *status_;
    QTableWidget *table_;
    QTableWidget *roleTable_;  // stays in view while the rows scroll
    std::vector<QComboBox *> roles_;
    std::map<int, bool> logOverrides_;  // per column: log1p as the user ticked it
    class QUndoStack *undo_;
    std::vector<int> recordedRoles_;  // the roles as the last undo step left them
    bool updating_ = false;
};
