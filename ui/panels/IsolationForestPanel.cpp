// The Isolation Forest's parameter form.
#include "IsolationForestPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include "StoredParams.h"

using SizeKind = awb::IsolationForestParams::SizeKind;

IsolationForestPanel::IsolationForestPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout;
    const auto row = [form](const QString &label, QWidget *field, const QString &tip) {
        field->setToolTip(tip);
        form->addRow(label, field);
    };

    trees_ = new QSpinBox;
    trees_->setObjectName("ifTrees");
    trees_->setRange(1, 10000);
    row(tr("Trees"), trees_,
        tr("Number of isolation trees. More trees give steadier scores (less variance between seeds) "
           "at proportionally more training and scoring time; gains flatten beyond a few hundred."));

    samplesKind_ = new QComboBox;
    samplesKind_->addItem(tr("auto: min(256, rows)"), int(SizeKind::Auto));
    samplesKind_->addItem(tr("count"), int(SizeKind::Count));
    samplesKind_->addItem(tr("fraction of rows"), int(SizeKind::Fraction));
    samples_ = new QDoubleSpinBox;
    samples_->setDecimals(3);
    auto *samplesRow = new QWidget;
    auto *samplesLayout = new QHBoxLayout(samplesRow);
    samplesLayout->setContentsMargins(0, 0, 0, 0);
    samplesLayout->addWidget(samplesKind_);
    samplesLayout->addWidget(samples_);
    row(tr("Max samples"), samplesRow,
        tr("Rows drawn to build each tree. Small samples (the paper's 256) isolate anomalies best and "
           "keep trees shallow and fast; larger samples see rare normal patterns but dilute anomalies "
           "(masking) and cost more."));

    contaminationAuto_ = new QCheckBox(tr("auto (score > 0.5)"));
    contamination_ = new QDoubleSpinBox;
    contamination_->setRange(0.001, 0.5);
    contamination_->setDecimals(3);
    contamination_->setSingleStep(0.01);
    auto *contaminationRow = new QWidget;
    auto *contaminationLayout = new QHBoxLayout(contaminationRow);
    contaminationLayout->setContentsMargins(0, 0, 0, 0);
    contaminationLayout->addWidget(contaminationAuto_);
    contaminationLayout->addWidget(contamination_);
    row(tr("Contamination"), contaminationRow,
        tr("Sets the threshold. 'auto' flags rows whose anomaly score exceeds 0.5. A fraction flags "
           "that share of the training rows with the highest scores: raise it to catch more attacks at "
           "the cost of more false alarms. You can still drag the threshold afterwards."));

    featuresKind_ = new QComboBox;
    featuresKind_->addItem(tr("fraction of features"), int(SizeKind::Fraction));
    featuresKind_->addItem(tr("count"), int(SizeKind::Count));
    features_ = new QDoubleSpinBox;
    features_->setDecimals(3);
    auto *featuresRow = new QWidget;
    auto *featuresLayout = new QHBoxLayout(featuresRow);
    featuresLayout->setContentsMargins(0, 0, 0, 0);
    featuresLayout->addWidget(featuresKind_);
    featuresLayout->addWidget(features_);
    row(tr("Max features"), featuresRow,
        tr("Features each tree may split on, drawn per tree. All features (1.0) is the classic forest; "
           "fewer make trees more diverse and can help when many features are irrelevant, but an "
           "anomaly visible in one feature is then seen by fewer trees."));

    bootstrap_ = new QCheckBox(tr("sample rows with replacement"));
    row(tr("Bootstrap"), bootstrap_,
        tr("Draw each tree's rows with replacement instead of without. Rarely matters for isolation "
           "forests; off by default as in scikit-learn."));

    seed_ = new QSpinBox;
    seed_->setRange(0, std::numeric_limits<int>::max());
    row(tr("Seed"), seed_, tr("Seed of the random generator: the same seed gives the same forest and scores."));

    threads_ = new QSpinBox;
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("all cores"));
    row(tr("Threads"), threads_,
        tr("Worker threads for fitting and scoring; 'all cores' uses every core. Fewer leaves room for "
           "other work, such as training the autoencoder at the same time."));

    auto *reset = new QPushButton(tr("Reset to defaults"));
    reset->setObjectName("ifReset");
    connect(reset, &QPushButton::clicked, this, [this] { setParams({}); });
    auto *train = new QPushButton(tr("Train Isolation Forest"));
    train->setObjectName("ifTrain");
    connect(train, &QPushButton::clicked, this, &IsolationForestPanel::trainRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch();
    buttons->addWidget(train);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(samplesKind_, &QComboBox::currentIndexChanged, this, &IsolationForestPanel::updateEnabled);
    connect(featuresKind_, &QComboBox::currentIndexChanged, this, &IsolationForestPanel::updateEnabled);
    connect(contaminationAuto_, &QCheckBox::toggled, this, &IsolationForestPanel::updateEnabled);
    setParams({});
}

void IsolationForestPanel::updateEnabled()
{
    const auto samplesKind = SizeKind(samplesKind_->currentData().toInt());
    samples_->setEnabled(samplesKind != SizeKind::Auto);
    if (samplesKind == SizeKind::Fraction)
        samples_->setRange(0.001, 1.0);
    else
        samples_->setRange(2, 1e9);
    samples_->setDecimals(samplesKind == SizeKind::Fraction ? 3 : 0);
    const auto featuresKind = SizeKind(featuresKind_->currentData().toInt());
    if (featuresKind == SizeKind::Fraction)
        features_->setRange(0.001, 1.0);
    else
        features_->setRange(1, 1e6);
    features_->setDecimals(featuresKind == SizeKind::Fraction ? 3 : 0);
    contamination_->setEnabled(!contaminationAuto_->isChecked());
}

awb::IsolationForestParams IsolationForestPanel::params() const
{
    awb::IsolationForestParams p;
    p.trees = trees_->value();
    p.maxSamplesKind = SizeKind(samplesKind_->currentData().toInt());
    p.maxSamples = samples_->value();
    p.contaminationAuto = contaminationAuto_->isChecked();
    p.contamination = contamination_->value();
    p.maxFeaturesKind = SizeKind(featuresKind_->currentData().toInt());
    p.maxFeatures = features_->value();
    p.bootstrap = bootstrap_->isChecked();
    p.seed = static_cast<std::uint64_t>(seed_->value());
    p.threads = threads_->value();
    return p;
}

void IsolationForestPanel::setParams(const awb::IsolationForestParams &p)
{
    trees_->setValue(p.trees);
    samplesKind_->setCurrentIndex(samplesKind_->findData(int(p.maxSamplesKind)));
    featuresKind_->setCurrentIndex(featuresKind_->findData(int(p.maxFeaturesKind)));
    updateEnabled();
    samples_->setValue(p.maxSamples);
    contaminationAuto_->setChecked(p.contaminationAuto);
    contamination_->setValue(p.contamination);
    features_->setValue(p.maxFeatures);
    bootstrap_->setChecked(p.bootstrap);
    seed_->setValue(static_cast<int>(p.seed));
    threads_->setValue(p.threads);
    updateEnabled();
}

void IsolationForestPanel::saveSettings(QSettings &s) const
{
    storeParams(s, QStringLiteral("isolationForest/params"), params());
}

void IsolationForestPanel::restoreSettings(const QSettings &s)
{
    if (s.contains(QStringLiteral("isolationForest/params")))
        setParams(storedParams(s, QStringLiteral("isolationForest/params"), &awb::isolationForestParamsFromJson));
}
