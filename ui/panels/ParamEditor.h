// One parameter's input, built from its awb::ParamSpec: a check box, a spin box, a choice, a
// count-or-fraction pair or a list of whole numbers, with the schema's range. The detector panels
// are rows of these, so a parameter's limits and default are never written in the UI.
#pragma once

#include <QWidget>

#include "models/ParamSchema.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

class ParamEditor : public QWidget {
    Q_OBJECT
public:
    explicit ParamEditor(awb::ParamSpec spec, QWidget *parent = nullptr);

    const awb::ParamSpec &spec() const { return spec_; }
    awb::ParamValue value() const;  // the default while the text is not a valid value
    void setValue(const awb::ParamValue &value);
    bool isValid() const;

signals:
    void changed();

private:
    void updateSizeRange();

    awb::ParamSpec spec_;
    QCheckBox *check_ = nullptr;
    QSpinBox *spin_ = nullptr;
    QDoubleSpinBox *number_ = nullptr;  // reals, large whole numbers and size values
    QComboBox *combo_ = nullptr;        // choices and the size's kind
    QLineEdit *list_ = nullptr;
};
