// The detector settings form; see DetectorPanel.h.
#include "DetectorPanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include "ParamEditor.h"
#include "ThresholdPolicyEditor.h"
#include "pipeline/RunDocument.h"
#include "views/FormTips.h"

namespace {

QString core(const std::string &text)
{
    return QCoreApplication::translate("awb", text.c_str());
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
        addExplainedRow(form, core(spec.label), editor, core(spec.help));
        editors_.push_back(editor);
    }
    if (editors_.empty())
        form->addRow(new QLabel(tr("This detector has no parameters to tune.")));

    trainOn_ = new QComboBox;
    trainOn_->setObjectName(QStringLiteral("trainOn"));
    trainOn_->addItem(tr("normal rows"), int(awb::TrainOn::Normal));
    trainOn_->addItem(tr("all rows"), int(awb::TrainOn::All));
    connect(trainOn_, &QComboBox::currentIndexChanged, this, &DetectorPanel::specChanged);
    addExplainedRow(form, tr("Train on"), trainOn_,
           tr("Normal rows teach the detector what benign traffic looks like (needs labels; unlabelled data uses "
              "every row). All rows works without labels but only while attacks are rare: where attacks are the "
              "majority, a detector fitted on all rows learns them as normal."));
    addThresholdRow(form);

    auto *reset = new QPushButton(tr("Reset to defaults"));
    reset->setObjectName(QStringLiteral("reset"));
    connect(reset, &QPushButton::clicked, this, [this] { setSpec(defaults()); });
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
    // Choices elide rather than widen the dock (longer in some languages; the tooltip has the rest).
    for (QComboBox *box : findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    layout->addStretch();
    setSpec(awb::defaultDetectorSpec(detector.id()));
}

void DetectorPanel::addThresholdRow(QFormLayout *form)
{
    policy_ = new ThresholdPolicyEditor(detector_.automaticThreshold());
    connect(policy_, &ThresholdPolicyEditor::changed, this, &DetectorPanel::specChanged);
    auto *name = new QLabel(tr("Threshold"));
    name->setBuddy(policy_);
    name->setToolTip(tr("How the threshold is set after training. The default is the best F1 on the training rows "
                        "when they are labelled, and Otsu\'s split of the scores when not. Hover over a policy to see what "
                        "it assumes. You can still move the threshold on the histogram afterwards."));
    form->addRow(name, policy_);
}

awb::DetectorSpec DetectorPanel::spec() const
{
    awb::DetectorSpec spec = awb::defaultDetectorSpec(detector_.id());
    for (const ParamEditor *editor : editors_)
        spec.params[editor->spec().key] = editor->value();
    spec.trainOn = awb::TrainOn(trainOn_->currentData().toInt());
    spec.threshold = policy_->policy();
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
        policy_->setPolicy(spec.threshold);
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

void DetectorPanel::setDefaultThreshold(const awb::ThresholdPolicy &policy)
{
    const bool usable = policy.kind != awb::ThresholdPolicy::Kind::Automatic || detector_.automaticThreshold();
    defaultThreshold_ = usable ? std::optional(policy) : std::nullopt;
}

awb::DetectorSpec DetectorPanel::defaults() const
{
    awb::DetectorSpec spec = awb::defaultDetectorSpec(detector_.id());
    if (defaultThreshold_)
        spec.threshold = *defaultThreshold_;
    return spec;
}

void DetectorPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("detectors/%1").arg(QString::fromStdString(detector_.id())),
                      QString::fromStdString(awb::jsonText(awb::toJson(spec()))));
}

void DetectorPanel::restoreSettings(const QSettings &settings)
{
    const QString key = QStringLiteral("detectors/%1").arg(QString::fromStdString(detector_.id()));
    if (!settings.contains(key)) {
        setSpec(defaults());
        return;
    }
    try {
        setSpec(awb::detectorSpecFromJson(awb::parseJson(settings.value(key).toString().toStdString())));
    } catch (const std::exception &) {
        setSpec(defaults());  // settings of another version
    }
}
