// The sweep dialog; see SweepDialog.h.
#include "SweepDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/DetectorRegistry.h"
#include "pipeline/Sweep.h"
#include "views/FormTips.h"

SweepDialog::SweepDialog(const std::string &detectorId, QWidget *parent)
    : QDialog(parent), detector_(new QComboBox), count_(new QLabel)
{
    setObjectName(QStringLiteral("sweepDialog"));
    setWindowTitle(tr("Sweep Settings"));
    for (const auto &d : awb::detectorRegistry().all())
        detector_->addItem(QCoreApplication::translate("awb", d->displayName().c_str()), QString::fromStdString(d->id()));
    detector_->setCurrentIndex(std::max(0, detector_->findData(QString::fromStdString(detectorId))));
    detector_->setToolTip(tr("The detector whose settings are swept; its other settings are those of its panel."));

    auto *form = new QFormLayout;
    form->addRow(tr("Detector"), detector_);
    for (int a = 0; a < 3; ++a) {
        keys_[static_cast<std::size_t>(a)] = new QComboBox;
        values_[static_cast<std::size_t>(a)] = new QLineEdit;
        values_[static_cast<std::size_t>(a)]->setPlaceholderText(tr("values: 50, 100, 200  or a range 1:5:1"));
        values_[static_cast<std::size_t>(a)]->setToolTip(tr("Comma-separated values as the command line's --set spells "
                                                           "them, or FROM:TO:STEP for a range (seeds 1:5:1 repeat a run "
                                                           "over five seeds)."));
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(keys_[static_cast<std::size_t>(a)]);
        layout->addWidget(values_[static_cast<std::size_t>(a)], 1);
        row->setToolTip(tr("A setting of the detector, and the values the sweep gives it: %1")
                            .arg(values_[static_cast<std::size_t>(a)]->toolTip()));
        form->addRow(tr("Setting %1").arg(a + 1), row);
        connect(values_[static_cast<std::size_t>(a)], &QLineEdit::textChanged, this, &SweepDialog::updateCount);
        connect(keys_[static_cast<std::size_t>(a)], &QComboBox::currentIndexChanged, this, &SweepDialog::updateCount);
    }
    shareTooltipsWithLabels(form);
    connect(detector_, &QComboBox::currentIndexChanged, this, &SweepDialog::fillKeys);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run Sweep"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SweepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SweepDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(count_);
    layout->addWidget(buttons);
    fillKeys();
    resize(560, sizeHint().height());
}

void SweepDialog::fillKeys()
{
    const awb::Detector &d = awb::detectorRegistry().get(detectorId());
    for (QComboBox *box : keys_) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const awb::ParamSpec &s : d.schema().specs())
            box->addItem(QCoreApplication::translate("awb", s.label.c_str()), QString::fromStdString(s.key));
        box->addItem(tr("Threshold policy"), QStringLiteral("threshold"));
        box->addItem(tr("Train on"), QStringLiteral("train_on"));
    }
    updateCount();
}

std::string SweepDialog::detectorId() const
{
    return detector_->currentData().toString().toStdString();
}

std::string SweepDialog::grid() const
{
    QStringList axes;
    for (int a = 0; a < 3; ++a) {
        const QString key = keys_[static_cast<std::size_t>(a)]->currentData().toString();
        const QString values = values_[static_cast<std::size_t>(a)]->text().trimmed();
        if (!key.isEmpty() && !values.isEmpty())
            axes << QStringLiteral("%1.%2=%3").arg(QString::fromStdString(detectorId()), key, values);
    }
    return axes.join(';').toStdString();
}

void SweepDialog::updateCount()
{
    try {
        std::size_t runs = 1;
        for (const awb::SweepAxis &axis : awb::parseSweepGrid(grid()))
            runs *= axis.values.size();
        count_->setText(tr("%n run(s) on data loaded once; each is recorded in the history.", "", static_cast<int>(runs)));
    } catch (const std::exception &e) {
        count_->setText(QString::fromStdString(e.what()));
    }
}

void SweepDialog::accept()
{
    try {
        awb::RunSpec base;
        awb::expandSweep(base, awb::parseSweepGrid(grid()));  // every value checked against the schema
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("The sweep cannot run"), QString::fromStdString(e.what()));
        return;
    }
    QDialog::accept();
}
