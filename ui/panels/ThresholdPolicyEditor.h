// Choosing a threshold policy: a list of every policy (those needing labels say so) and the
// one or two numbers it takes (a rate, costs, alerts per flows), each with a tooltip that says what
// the policy assumes. A newly chosen policy starts from its usual inputs.
#pragma once

#include <QWidget>

#include <optional>

#include "eval/ThresholdPolicy.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;

class ThresholdPolicyEditor : public QWidget {
    Q_OBJECT
public:
    // `automatic`: the detector's own cut-off, offered as "auto" when it has one.
    explicit ThresholdPolicyEditor(std::optional<double> automatic, QWidget *parent = nullptr);

    awb::ThresholdPolicy policy() const;
    void setPolicy(const awb::ThresholdPolicy &policy);

    // The usual inputs of a kind of policy: fpr 0.01, cost fp=1 fn=20, budget 50/10000, ...
    static awb::ThresholdPolicy typical(awb::ThresholdPolicy::Kind kind, std::optional<double> automatic);
    // The policy's name as the list shows it.
    static QString displayName(awb::ThresholdPolicy::Kind kind);

signals:
    void changed();

private:
    void configureFields();

    std::optional<double> automatic_;
    QComboBox *kind_ = nullptr;
    QLabel *valueLabel_ = nullptr, *value2Label_ = nullptr;
    QDoubleSpinBox *value_ = nullptr, *value2_ = nullptr;
};
