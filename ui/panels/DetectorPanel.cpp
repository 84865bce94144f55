// The detector settings form; see DetectorPanel.h.
#include "DetectorPanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include "ParamEditor.h"
#include "pipeline/RunDocument.h"

namespace {

QString core(const std::string &text)
{
    return QCoreApplication::translate("awb", text.c_str());
}

void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tip)
{
    auto *name = new QLabel(label);
    name->setBuddy(field);
    name->setToolTip(tip);
    field->setToolTip(tip);
    form->addRow(name, field);
}

} // namespace

DetectorPanel::DetectorPanel(const awb::Detector &detector, QWidget *parent) : QWidget(parent), detector_(detector)
{
    setObjectName(QString::fromStdString(detector.id()) + QStringLiteral("Panel"));
    auto *form = new QFormLayout;
    for (const awb::ParamSpec &spec : detector.schema().specs()) {
        auto *editor = new ParamEditor(spec);
        editor->setObjectName(QString::fromStdString(spec.key));
        connect(editor, &ParamEditor::changed, this, &DetectorPanel::specChanged);
        addRow(form, core(spec.label), editor, core(spec.help));
        editors_.push_back(editor);
    }
    if (editors_.empty())
        form->addRow(new QLabel(tr("This detector has no parameters to tune.")));

    trainOn_ = new QComboBox;
    trainOn_->setObjectName(QStringLiteral("trainOn"));
    trainOn_->addItem(tr("normal rows"), int(awb::TrainOn::Normal));
    trainOn_->addItem(tr("all rows"), int(awb::TrainOn::All));
    connect(trainOn_, &QComboBox::currentIndexChanged, this, &DetectorPanel::specChanged);
    addRow(form, tr("Train on"), trainOn_,
           tr("Normal rows teach the detector what benign traffic looks like (needs labels; unlabelled data uses "
              "every row). All rows works without labels but only while attacks are rare: where attacks are the "
              "majority, a detector fitted on all rows learns them as normal."));
    addThresholdRow(form);

    auto *reset = new QPushButton(tr("Reset to defaults"));
    reset->setObjectName(QStringLiteral("reset"));
    connect(reset, &QPushButton::clicked, this, [this] { setSpec(awb::defaultDetectorSpec(detector_.id())); });
    train_ = new QPushButton(tr("Train"));
    train_->setObjectName(QStringLiteral("train"));
    train_->setToolTip(tr("Train %1 on the loaded dataset with these settings").arg(core(detector.displayName())));
    connect(train_, &QPushButton::clicked, this, &DetectorPanel::trainRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch();
    buttons->addWidget(train_);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
    setSpec(awb::defaultDetectorSpec(detector.id()));
}

void DetectorPanel::addThresholdRow(QFormLayout *form)
{
    using Kind = awb::ThresholdPolicy::Kind;
    policy_ = new QComboBox;
    policy_->setObjectName(QStringLiteral("thresholdPolicy"));
    if (detector_.automaticThreshold())
        policy_->addItem(tr("automatic (%1)").arg(*detector_.automaticThreshold()), int(Kind::Automatic));
    policy_->addItem(tr("percentile"), int(Kind::Percentile));
    policy_->addItem(tr("contamination"), int(Kind::Contamination));
    policy_->addItem(tr("fixed value"), int(Kind::Fixed));
    policyValue_ = new QDoubleSpinBox;
    policyValue_->setObjectName(QStringLiteral("thresholdValue"));
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(policy_);
    layout->addWidget(policyValue_, 1);
    connect(policy_, &QComboBox::currentIndexChanged, this, [this] {
        updateThresholdValue();
        const QSignalBlocker block(policyValue_);
        policyValue_->setValue(typicalValue(awb::ThresholdPolicy::Kind(policy_->currentData().toInt())));
        emit specChanged();
    });
    connect(policyValue_, &QDoubleSpinBox::valueChanged, this, &DetectorPanel::specChanged);
    addRow(form, tr("Threshold"), row,
           tr("How the threshold is set after training. Percentile: that percentile of the scores of the rows it "
              "was fitted on, so about (100 - p) % of normal traffic is flagged. Contamination: the share of those "
              "rows to flag. Fixed value: used as it is. Automatic: the detector's own cut-off. You can still drag "
              "the threshold on the histogram afterwards."));
}

// A starting value for a newly chosen kind of policy: the detector's own, or the usual one.
double DetectorPanel::typicalValue(awb::ThresholdPolicy::Kind kind) const
{
    using Kind = awb::ThresholdPolicy::Kind;
    const awb::ThresholdPolicy ownDefault = detector_.defaultThreshold();
    if (ownDefault.kind == kind)
        return ownDefault.value;
    switch (kind) {
    case Kind::Percentile: return 95.0;
    case Kind::Contamination: return 0.05;
    case Kind::Fixed: return detector_.automaticThreshold().value_or(0.0);
    case Kind::Automatic: return 0.0;
    }
    return 0.0;
}

void DetectorPanel::updateThresholdValue()
{
    using Kind = awb::ThresholdPolicy::Kind;
    const auto kind = Kind(policy_->currentData().toInt());
    const QSignalBlocker block(policyValue_);
    policyValue_->setEnabled(kind != Kind::Automatic);
    switch (kind) {
    case Kind::Automatic: break;
    case Kind::Percentile:
        policyValue_->setRange(0.0, 100.0);
        policyValue_->setDecimals(2);
        policyValue_->setSingleStep(0.5);
        break;
    case Kind::Contamination:
        policyValue_->setRange(0.001, 0.5);
        policyValue_->setDecimals(3);
        policyValue_->setSingleStep(0.01);
        break;
    case Kind::Fixed:
        policyValue_->setRange(-1e12, 1e12);
        policyValue_->setDecimals(6);
        policyValue_->setSingleStep(0.01);
        break;
    }
}

awb::DetectorSpec DetectorPanel::spec() const
{
    awb::DetectorSpec spec = awb::defaultDetectorSpec(detector_.id());
    for (const ParamEditor *editor : editors_)
        spec.params[editor->spec().key] = editor->value();
    spec.trainOn = awb::TrainOn(trainOn_->currentData().toInt());
    spec.threshold.kind = awb::ThresholdPolicy::Kind(policy_->currentData().toInt());
    spec.threshold.value = spec.threshold.kind == awb::ThresholdPolicy::Kind::Automatic ? 0.0 : policyValue_->value();
    return spec;
}

void DetectorPanel::setSpec(const awb::DetectorSpec &spec)
{
    {
        const QSignalBlocker blockTrainOn(trainOn_), blockPolicy(policy_);
        for (ParamEditor *editor : editors_) {
            const QSignalBlocker block(editor);
            const auto found = spec.params.find(editor->spec().key);
            editor->setValue(found != spec.params.end() ? found->second : editor->spec().defaultValue);
        }
        trainOn_->setCurrentIndex(trainOn_->findData(int(spec.trainOn)));
        const int policy = policy_->findData(int(spec.threshold.kind));
        policy_->setCurrentIndex(policy >= 0 ? policy : 0);
        updateThresholdValue();
        const QSignalBlocker blockValue(policyValue_);
        policyValue_->setValue(spec.threshold.value);
    }
    emit specChanged();
}

bool DetectorPanel::isValid() const
{
    for (const ParamEditor *editor : editors_)
        if (!editor->isValid())
            return false;
    return true;
}

ParamEditor *DetectorPanel::editor(const std::string &key) const
{
    for (ParamEditor *editor : editors_)
        if (editor->spec().key == key)
            return editor;
    return nullptr;
}

void DetectorPanel::setTrainEnabled(bool enabled)
{
    train_->setEnabled(enabled);
}

void DetectorPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("detectors/%1").arg(QString::fromStdString(detector_.id())),
                      QString::fromStdString(awb::toJson(spec()).dump()));
}

void DetectorPanel::restoreSettings(const QSettings &settings)
{
    const QString key = QStringLiteral("detectors/%1").arg(QString::fromStdString(detector_.id()));
    if (!settings.contains(key))
        return;
    try {
        setSpec(awb::detectorSpecFromJson(awb::parseJson(settings.value(key).toString().toStdString())));
    } catch (const std::exception &) {
        setSpec(awb::defaultDetectorSpec(detector_.id()));  // settings of another version: defaults
    }
}
