// The threshold policy chooser; see ThresholdPolicyEditor.h.
#include "ThresholdPolicyEditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>

namespace {

using Kind = awb::ThresholdPolicy::Kind;

struct Field {
    double min, max;
    int decimals;
    double step;
};

// The range of a policy's first and second numbers; a zero-width range means "not used".
std::pair<Field, Field> fieldsOf(Kind kind)
{
    const Field none{0, 0, 0, 0}, rate{0.0001, 1.0, 4, 0.005};
    switch (kind) {
    case Kind::Fixed: return {{-1e12, 1e12, 6, 0.01}, none};
    case Kind::FalsePositiveRate: return {{0.0, 0.9999, 4, 0.005}, none};
    case Kind::Recall: return {rate, none};
    case Kind::Contamination: return {{0.0001, 0.5, 4, 0.01}, none};
    case Kind::Percentile: return {{0.0, 100.0, 2, 0.5}, none};
    case Kind::RobustZ: return {{0.1, 100.0, 2, 0.5}, none};
    case Kind::Cost: return {{0.0, 1e9, 2, 1.0}, {0.0, 1e9, 2, 1.0}};
    case Kind::Budget: return {{0.0, 1e12, 0, 10.0}, {1.0, 1e12, 0, 1000.0}};
    default: return {none, none};
    }
}

} // namespace

ThresholdPolicyEditor::ThresholdPolicyEditor(std::optional<double> automatic, QWidget *parent)
    : QWidget(parent), automatic_(automatic)
{
    kind_ = new QComboBox;
    kind_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kind_->setMinimumContentsLength(12);
    kind_->setObjectName(QStringLiteral("thresholdPolicy"));
    std::vector<Kind> kinds = {Kind::Default};
    if (automatic_)
        kinds.push_back(Kind::Automatic);
    for (const Kind k : {Kind::BestF1, Kind::FalsePositiveRate, Kind::Recall, Kind::Cost, Kind::Budget,
                         Kind::Contamination, Kind::Percentile, Kind::RobustZ, Kind::Otsu, Kind::Knee, Kind::Fixed})
        kinds.push_back(k);
    for (const Kind k : kinds) {
        kind_->addItem(displayName(k), int(k));
        kind_->setItemData(kind_->count() - 1,
                           QCoreApplication::translate("awb", awb::thresholdPolicyAssumption({k}).c_str()),
                           Qt::ToolTipRole);
    }
    value_ = new QDoubleSpinBox;
    value_->setObjectName(QStringLiteral("thresholdValue"));
    value2_ = new QDoubleSpinBox;
    value2_->setObjectName(QStringLiteral("thresholdValue2"));
    valueLabel_ = new QLabel;
    value2Label_ = new QLabel;
    valueLabel_->setBuddy(value_);
    value2Label_->setBuddy(value2_);

    // The policy above its numbers, so that the editor fits a narrow settings dock.
    auto *numbers = new QHBoxLayout;
    numbers->setContentsMargins(0, 0, 0, 0);
    numbers->addWidget(valueLabel_);
    numbers->addWidget(value_, 1);
    numbers->addWidget(value2Label_);
    numbers->addWidget(value2_, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(kind_);
    layout->addLayout(numbers);

    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        setPolicy(typical(Kind(kind_->currentData().toInt()), automatic_));
        emit changed();
    });
    connect(value_, &QDoubleSpinBox::valueChanged, this, &ThresholdPolicyEditor::changed);
    connect(value2_, &QDoubleSpinBox::valueChanged, this, &ThresholdPolicyEditor::changed);
    setPolicy({});
}

QString ThresholdPolicyEditor::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Default: return tr("default for the data");
    case Kind::Automatic: return tr("detector's own cut-off");
    case Kind::Fixed: return tr("fixed value");
    case Kind::BestF1: return tr("best F1 (labels)");
    case Kind::FalsePositiveRate: return tr("false positive rate (labels)");
    case Kind::Recall: return tr("recall (labels)");
    case Kind::Cost: return tr("least cost (labels)");
    case Kind::Budget: return tr("alert budget");
    case Kind::Contamination: return tr("contamination");
    case Kind::Percentile: return tr("percentile");
    case Kind::RobustZ: return tr("robust z-score (MAD)");
    case Kind::Otsu: return tr("Otsu's split");
    case Kind::Knee: return tr("knee of sorted scores");
    }
    return {};
}

awb::ThresholdPolicy ThresholdPolicyEditor::typical(Kind kind, std::optional<double> automatic)
{
    switch (kind) {
    case Kind::Fixed: return {kind, automatic.value_or(0.0)};
    case Kind::FalsePositiveRate: return {kind, 0.01};
    case Kind::Recall: return {kind, 0.9};
    case Kind::Cost: return {kind, 1.0, 20.0};
    case Kind::Budget: return {kind, 50.0, 10000.0};
    case Kind::Contamination: return {kind, 0.05};
    case Kind::Percentile: return {kind, 95.0};
    case Kind::RobustZ: return {kind, 3.5};
    default: return {kind};
    }
}

awb::ThresholdPolicy ThresholdPolicyEditor::policy() const
{
    const auto kind = Kind(kind_->currentData().toInt());
    const auto [first, second] = fieldsOf(kind);
    return {kind, first.max > first.min ? value_->value() : 0.0, second.max > second.min ? value2_->value() : 0.0};
}

void ThresholdPolicyEditor::setPolicy(const awb::ThresholdPolicy &policy)
{
    const QSignalBlocker blockKind(kind_), blockValue(value_), blockValue2(value2_);
    const int index = kind_->findData(int(policy.kind));
    kind_->setCurrentIndex(index >= 0 ? index : 0);
    configureFields();
    value_->setValue(policy.value);
    value2_->setValue(policy.value2);
}

void ThresholdPolicyEditor::configureFields()
{
    const auto kind = Kind(kind_->currentData().toInt());
    const auto [first, second] = fieldsOf(kind);
    const auto configure = [](QDoubleSpinBox *box, const Field &f) {
        box->setVisible(f.max > f.min);
        box->setRange(f.min, f.max);
        box->setDecimals(f.decimals);
        box->setSingleStep(f.step);
    };
    configure(value_, first);
    configure(value2_, second);
    const bool twoNumbers = kind == Kind::Cost || kind == Kind::Budget;
    valueLabel_->setVisible(twoNumbers);
    value2Label_->setVisible(twoNumbers);
    valueLabel_->setText(kind == Kind::Cost ? tr("false alarm") : tr("alerts"));
    value2Label_->setText(kind == Kind::Cost ? tr("missed attack") : tr("per flows"));
    const QString tip = QCoreApplication::translate("awb", awb::thresholdPolicyAssumption({kind}).c_str());
    kind_->setToolTip(tip);
    value_->setToolTip(tip);
    value2_->setToolTip(tip);
}
