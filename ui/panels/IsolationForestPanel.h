// Every Isolation Forest hyperparameter as a validated input with a tooltip that says what it
// does and how it trades off; defaults come from awb::IsolationForestParams.
#pragma once

#include <QWidget>

#include "models/IsolationForest.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSettings;
class QSpinBox;

class IsolationForestPanel : public QWidget {
    Q_OBJECT
public:
    explicit IsolationForestPanel(QWidget *parent = nullptr);

    awb::IsolationForestParams params() const;
    void setParams(const awb::IsolationForestParams &params);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void trainRequested();

private:
    void updateEnabled();

    QSpinBox *trees_;
    QComboBox *samplesKind_;
    QDoubleSpinBox *samples_;
    QCheckBox *contaminationAuto_;
    QDoubleSpinBox *contamination_;
    QComboBox *featuresKind_;
    QDoubleSpinBox *features_;
    QCheckBox *bootstrap_;
    QSpinBox *seed_;
    QSpinBox *threads_;
};
