// The settings of one detector, built from the registry: a row per schema parameter (label and
// field both carry the parameter's help as a tooltip), the training rows, the threshold policy,
// "Reset to defaults" and "Train". It edits an awb::DetectorSpec and knows no detector by name.
// The last settings are kept in QSettings as the spec's JSON document.
#pragma once

#include <QWidget>

#include <optional>

#include <vector>

#include "pipeline/RunSpec.h"

class ParamEditor;
class QComboBox;
class QPushButton;
class QSettings;

class DetectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetectorPanel(const awb::Detector &detector, QWidget *parent = nullptr);

    const awb::Detector &detector() const { return detector_; }
    awb::DetectorSpec spec() const;
    void setSpec(const awb::DetectorSpec &spec);
    bool isValid() const;  // every field holds a value its parameter accepts
    ParamEditor *editor(const std::string &key) const;
    void setTrainEnabled(bool enabled);
    // The threshold policy Reset to defaults and a first start use (Preferences); a policy the
    // detector cannot take ("auto" without a cut-off of its own) leaves the detector's own default.
    void setDefaultThreshold(const awb::ThresholdPolicy &policy);
    awb::DetectorSpec defaults() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void trainRequested();
    void specChanged();

private:
    void addThresholdRow(class QFormLayout *form);

    const awb::Detector &detector_;
    std::vector<ParamEditor *> editors_;
    QComboBox *trainOn_ = nullptr;
    class ThresholdPolicyEditor *policy_ = nullptr;
    QPushButton *train_ = nullptr;
    std::optional<awb::ThresholdPolicy> defaultThreshold_;
};
