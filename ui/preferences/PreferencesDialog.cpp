#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "Translations.h"
#include "panels/ThresholdPolicyEditor.h"
#include "views/FormTips.h"

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    language_ = new QComboBox;
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(tr("System default"), QString());
    for (const QString &code : awb::i18n::availableLanguages())
        language_->addItem(awb::i18n::languageName(code), code);
    selectData(language_, current.language);

    scaling_ = new QComboBox;
    scaling_->setObjectName(QStringLiteral("scaling"));
    addScalingChoices(scaling_);
    selectData(scaling_, int(current.scaling));

    threshold_ = new ThresholdPolicyEditor(std::nullopt);
    threshold_->setObjectName(QStringLiteral("threshold"));
    threshold_->setPolicy(current.threshold);

    history_ = new QLineEdit(current.historyFile);
    history_->setObjectName(QStringLiteral("historyFile"));
    history_->setPlaceholderText(Preferences{}.historyPath());
    auto *browse = new QPushButton(tr("Choose..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Run History Database"), history_->text(),
                                                          tr("SQLite databases (*.sqlite);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            history_->setText(file);
    });
    auto *historyRow = new QWidget;
    auto *historyLayout = new QHBoxLayout(historyRow);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(history_, 1);
    historyLayout->addWidget(browse);

    threads_ = new QSpinBox;
    threads_->setObjectName(QStringLiteral("threads"));
    threads_->setRange(0, 1024);
    threads_->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
    threads_->setValue(current.threads);

    pageSize_ = new QComboBox;
    pageSize_->setObjectName(QStringLiteral("pageSize"));
    pageSize_->addItem(tr("as the locale has it"), QString());
    pageSize_->addItem(tr("A4"), QStringLiteral("a4"));
    pageSize_->addItem(tr("Letter"), QStringLiteral("letter"));
    selectData(pageSize_, current.pageSize);

    auto *form = new QFormLayout;
    addExplainedRow(form, tr("Language"), language_,
           tr("The language of menus, messages and reports. Takes effect the next time the workbench starts."));
    addExplainedRow(form, tr("Scaling of new files"), scaling_,
           tr("How numeric columns are scaled when a file is opened for the first time; a recent file keeps its own "
              "choice. Min-max suits most detectors; robust scaling resists outliers in the training rows."));
    addExplainedRow(form, tr("Default threshold policy"), threshold_,
           tr("The policy every detector starts with and returns to with Reset to defaults."));
    addExplainedRow(form, tr("Run history"), historyRow,
           tr("The SQLite database every run is recorded in, shared with anomaly-cli (its --history option). Empty: "
              "the default in your data folder."));
    addExplainedRow(form, tr("Training threads"), threads_,
           tr("Threads each training and scoring uses. Fewer leave cores free for other work; results do not depend on it "
              "except for the autoencoder's floating-point sums."));
    addExplainedRow(form, tr("Report page size"), pageSize_, tr("The page size of PDF reports."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const Preferences defaults;
        selectData(language_, defaults.language);
        selectData(scaling_, int(defaults.scaling));
        threshold_->setPolicy(defaults.threshold);
        history_->clear();
        threads_->setValue(defaults.threads);
        selectData(pageSize_, defaults.pageSize);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = language_->currentData().toString();
    p.scaling = awb::Scaling(scaling_->currentData().toInt());
    p.threshold = threshold_->policy();
    p.historyFile = history_->text().trimmed();
    p.threads = threads_->value();
    p.pageSize = pageSize_->currentData().toString();
    return p;
}
