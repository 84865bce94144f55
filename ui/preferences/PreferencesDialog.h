// Edit > Preferences: the language (applied at the next start), the scaling a newly opened file
// starts with, every detector's default threshold policy, the run history's file, the training
// threads and the reports' page size. Each field and its label explain themselves in a tooltip.
#pragma once

#include <QDialog>

#include "Preferences.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class ThresholdPolicyEditor;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *language_;
    QComboBox *scaling_;
    ThresholdPolicyEditor *threshold_;
    QLineEdit *history_;
    QSpinBox *threads_;
    QComboBox *pageSize_;
};
