// The input widgets per parameter type.
#include "ParamEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace {

QDoubleSpinBox *decimalBox(double lo, double hi, int decimals)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSingleStep(std::min(std::pow(10.0, 1 - decimals), (hi - lo) / 10.0));
    return box;
}

} // namespace

ParamEditor::ParamEditor(awb::ParamSpec spec, QWidget *parent) : QWidget(parent), spec_(std::move(spec))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (spec_.type) {
    case awb::ParamType::Bool:
        check_ = new QCheckBox;
        connect(check_, &QCheckBox::toggled, this, &ParamEditor::changed);
        layout->addWidget(check_);
        break;
    case awb::ParamType::Integer:
        if (spec_.max <= std::numeric_limits<int>::max()) {
            spin_ = new QSpinBox;
            spin_->setRange(static_cast<int>(spec_.min), static_cast<int>(spec_.max));
            connect(spin_, &QSpinBox::valueChanged, this, &ParamEditor::changed);
            layout->addWidget(spin_);
        } else {
            number_ = decimalBox(spec_.min, spec_.max, 0);
            number_->setSingleStep(1.0);
            connect(number_, &QDoubleSpinBox::valueChanged, this, &ParamEditor::changed);
            layout->addWidget(number_);
        }
        break;
    case awb::ParamType::Real:
        number_ = decimalBox(spec_.min, spec_.max, spec_.decimals);
        connect(number_, &QDoubleSpinBox::valueChanged, this, &ParamEditor::changed);
        layout->addWidget(number_);
        break;
    case awb::ParamType::Choice:
        combo_ = new QComboBox;
        for (const std::string &choice : spec_.choices)
            combo_->addItem(QString::fromStdString(choice), QString::fromStdString(choice));
        connect(combo_, &QComboBox::currentIndexChanged, this, &ParamEditor::changed);
        layout->addWidget(combo_);
        break;
    case awb::ParamType::Size:
        combo_ = new QComboBox;
        if (spec_.allowAuto)
            combo_->addItem(tr("auto"), int(awb::SizeValue::Kind::Auto));
        combo_->addItem(tr("count"), int(awb::SizeValue::Kind::Count));
        combo_->addItem(tr("fraction"), int(awb::SizeValue::Kind::Fraction));
        number_ = new QDoubleSpinBox;
        connect(combo_, &QComboBox::currentIndexChanged, this, [this] {
            updateSizeRange();
            emit changed();
        });
        connect(number_, &QDoubleSpinBox::valueChanged, this, &ParamEditor::changed);
        layout->addWidget(combo_);
        layout->addWidget(number_, 1);
        break;
    case awb::ParamType::IntegerList:
        list_ = new QLineEdit;
        list_->setValidator(new QRegularExpressionValidator(QRegularExpression("^\\s*\\d+(\\s*,\\s*\\d+)*\\s*$"), list_));
        connect(list_, &QLineEdit::textChanged, this, [this] {
            list_->setStyleSheet(isValid() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d33; }"));
            emit changed();
        });
        layout->addWidget(list_);
        break;
    }
    setValue(spec_.defaultValue);
}

void ParamEditor::updateSizeRange()
{
    const auto kind = awb::SizeValue::Kind(combo_->currentData().toInt());
    number_->setEnabled(kind != awb::SizeValue::Kind::Auto);
    if (kind == awb::SizeValue::Kind::Fraction) {
        number_->setDecimals(3);
        number_->setRange(0.001, 1.0);
        number_->setSingleStep(0.05);
    } else {
        number_->setDecimals(0);
        number_->setRange(spec_.min, spec_.max);
        number_->setSingleStep(1.0);
    }
}

bool ParamEditor::isValid() const
{
    if (!list_)
        return true;
    const QStringList parts = list_->text().split(',', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts) {
        const long long v = part.trimmed().toLongLong();
        if (v < spec_.min || v > spec_.max)
            return false;
    }
    return true;
}

awb::ParamValue ParamEditor::value() const
{
    switch (spec_.type) {
    case awb::ParamType::Bool: return check_->isChecked();
    case awb::ParamType::Integer:
        return static_cast<std::int64_t>(spin_ ? spin_->value() : std::llround(number_->value()));
    case awb::ParamType::Real: return number_->value();
    case awb::ParamType::Choice: return combo_->currentData().toString().toStdString();
    case awb::ParamType::Size: {
        const auto kind = awb::SizeValue::Kind(combo_->currentData().toInt());
        return awb::SizeValue{kind, kind == awb::SizeValue::Kind::Auto ? 0.0 : number_->value()};
    }
    case awb::ParamType::IntegerList: {
        if (!isValid())
            return spec_.defaultValue;
        std::vector<std::int64_t> values;
        for (const QString &part : list_->text().split(',', Qt::SkipEmptyParts))
            values.push_back(part.trimmed().toLongLong());
        return values;
    }
    }
    return spec_.defaultValue;
}

void ParamEditor::setValue(const awb::ParamValue &v)
{
    switch (spec_.type) {
    case awb::ParamType::Bool: check_->setChecked(std::get<bool>(v)); break;
    case awb::ParamType::Integer:
        if (spin_)
            spin_->setValue(static_cast<int>(std::get<std::int64_t>(v)));
        else
            number_->setValue(static_cast<double>(std::get<std::int64_t>(v)));
        break;
    case awb::ParamType::Real: number_->setValue(std::get<double>(v)); break;
    case awb::ParamType::Choice:
        combo_->setCurrentIndex(combo_->findData(QString::fromStdString(std::get<std::string>(v))));
        break;
    case awb::ParamType::Size: {
        const auto &size = std::get<awb::SizeValue>(v);
        combo_->setCurrentIndex(combo_->findData(int(size.kind)));
        updateSizeRange();
        if (size.kind != awb::SizeValue::Kind::Auto)
            number_->setValue(size.value);
        break;
    }
    case awb::ParamType::IntegerList:
        list_->setText(QString::fromStdString(awb::ParamSchema::toText(v)).replace(',', QStringLiteral(", ")));
        break;
    }
}
