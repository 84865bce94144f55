// Every autoencoder hyperparameter as a validated input with a tooltip that says what it does and
// how it trades off; defaults come from awb::AutoencoderParams.
#pragma once

#include <QWidget>

#include "models/Autoencoder.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSettings;
class QSpinBox;

class AutoencoderPanel : public QWidget {
    Q_OBJECT
public:
    explicit AutoencoderPanel(QWidget *parent = nullptr);

    // The parameters as entered; the layer list is validated as typed (the field turns red).
    awb::AutoencoderParams params() const;
    void setParams(const awb::AutoencoderParams &params);
    bool layersValid() const;
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void trainRequested();

private:
    void updateEnabled();

    QLineEdit *layers_;
    QComboBox *activation_;
    QComboBox *output_;
    QSpinBox *epochs_;
    QSpinBox *batch_;
    QDoubleSpinBox *learningRate_;
    QComboBox *optimizer_;
    QDoubleSpinBox *momentum_;
    QDoubleSpinBox *l2_;
    QDoubleSpinBox *dropout_;
    QDoubleSpinBox *validation_;
    QSpinBox *patience_;
    QComboBox *trainOn_;
    QDoubleSpinBox *percentile_;
    QSpinBox *seed_;
    QSpinBox *threads_;
};
