// The autoencoder's parameter form.
#include "AutoencoderPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>

#include "StoredParams.h"

namespace {

QDoubleSpinBox *decimalBox(double lo, double hi, int decimals, double step)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

} // namespace

AutoencoderPanel::AutoencoderPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout;
    const auto row = [form](const QString &label, QWidget *field, const QString &tip) {
        field->setToolTip(tip);
        form->addRow(label, field);
    };

    layers_ = new QLineEdit;
    layers_->setObjectName("aeLayers");
    layers_->setValidator(new QRegularExpressionValidator(QRegularExpression("^\\s*\\d+(\\s*,\\s*\\d+)*\\s*$"), layers_));
    row(tr("Encoder layers"), layers_,
        tr("Widths of the encoder's layers, comma-separated, narrowing to the bottleneck; the decoder "
           "mirrors them. A narrower bottleneck forces the network to learn only the dominant normal "
           "patterns (anomalies reconstruct worse) but may also miss rare normal traffic."));

    activation_ = new QComboBox;
    for (const auto a : {awb::Activation::ReLU, awb::Activation::LeakyReLU, awb::Activation::Tanh, awb::Activation::Sigmoid})
        activation_->addItem(QString::fromLatin1(awb::toString(a)), int(a));
    row(tr("Activation"), activation_,
        tr("Non-linearity of the hidden layers. ReLU trains fast and is the usual choice; leaky ReLU "
           "avoids units that stop learning; tanh and sigmoid are smoother and suit small networks."));

    output_ = new QComboBox;
    output_->addItem(tr("linear"), int(awb::Activation::Linear));
    output_->addItem(tr("sigmoid"), int(awb::Activation::Sigmoid));
    row(tr("Output"), output_,
        tr("Activation of the reconstruction. Linear suits any scaling; sigmoid keeps outputs in [0, 1], "
           "which matches min-max scaled features."));

    epochs_ = new QSpinBox;
    epochs_->setObjectName("aeEpochs");
    epochs_->setRange(1, 100000);
    row(tr("Epochs"), epochs_,
        tr("Passes over the training rows. More epochs fit normal traffic more closely; early stopping "
           "ends training when the validation loss stops improving."));

    batch_ = new QSpinBox;
    batch_->setRange(1, 1 << 20);
    row(tr("Batch size"), batch_,
        tr("Rows per gradient step. Larger batches run faster per epoch and give smoother steps; smaller "
           "ones take more, noisier steps that can generalise better."));

    learningRate_ = decimalBox(1e-6, 10.0, 6, 1e-4);
    row(tr("Learning rate"), learningRate_,
        tr("Step size of the optimizer. Too high and the loss jumps or diverges; too low and training "
           "needs many more epochs."));

    optimizer_ = new QComboBox;
    optimizer_->addItem(tr("Adam"), int(awb::Optimizer::Adam));
    optimizer_->addItem(tr("SGD with momentum"), int(awb::Optimizer::SgdMomentum));
    row(tr("Optimizer"), optimizer_,
        tr("Adam adapts the step per weight and works well out of the box; SGD with momentum is simpler "
           "and may need a tuned learning rate."));

    momentum_ = decimalBox(0.0, 0.999, 3, 0.05);
    row(tr("Momentum"), momentum_, tr("SGD only: how much of the previous step carries over; smooths noisy gradients."));

    l2_ = decimalBox(0.0, 1.0, 6, 1e-4);
    row(tr("L2 weight decay"), l2_,
        tr("Penalty on large weights. A little regularises the network against memorising rows; too much "
           "blurs reconstructions of normal traffic too."));

    dropout_ = decimalBox(0.0, 0.9, 2, 0.05);
    row(tr("Dropout"), dropout_,
        tr("Share of hidden units switched off at random during training. Regularises like L2; 0 turns it off."));

    validation_ = decimalBox(0.0, 0.5, 2, 0.05);
    row(tr("Validation fraction"), validation_,
        tr("Share of training rows held out to measure the validation loss each epoch, used for early "
           "stopping. 0 trains on every row but disables early stopping."));

    patience_ = new QSpinBox;
    patience_->setRange(0, 100000);
    patience_->setSpecialValueText(tr("never stop early"));
    row(tr("Patience"), patience_,
        tr("Epochs without a better validation loss before training stops; the best weights are kept."));

    trainOn_ = new QComboBox;
    trainOn_->addItem(tr("normal rows"), int(awb::TrainOn::NormalRows));
    trainOn_->addItem(tr("all rows"), int(awb::TrainOn::AllRows));
    row(tr("Train on"), trainOn_,
        tr("Normal rows teach the network only what benign traffic looks like, so attacks reconstruct "
           "badly (needs labels). All rows works on unlabelled data, if attacks are rare."));

    percentile_ = decimalBox(50.0, 100.0, 2, 0.5);
    row(tr("Threshold percentile"), percentile_,
        tr("Rows whose reconstruction error exceeds this percentile of the training errors are flagged. "
           "Higher means fewer false alarms and more missed attacks. You can drag the threshold later."));

    seed_ = new QSpinBox;
    seed_->setRange(0, std::numeric_limits<int>::max());
    row(tr("Seed"), seed_, tr("Seed for initial weights, shuffling and dropout: the same seed gives the same model."));

    threads_ = new QSpinBox;
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("all cores"));
    row(tr("Threads"), threads_, tr("Worker threads for training and scoring; 'all cores' uses every core."));

    auto *reset = new QPushButton(tr("Reset to defaults"));
    reset->setObjectName("aeReset");
    connect(reset, &QPushButton::clicked, this, [this] { setParams({}); });
    auto *train = new QPushButton(tr("Train Autoencoder"));
    train->setObjectName("aeTrain");
    connect(train, &QPushButton::clicked, this, &AutoencoderPanel::trainRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch();
    buttons->addWidget(train);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(optimizer_, &QComboBox::currentIndexChanged, this, &AutoencoderPanel::updateEnabled);
    connect(layers_, &QLineEdit::textChanged, this, [this] {
        layers_->setStyleSheet(layersValid() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d33; }"));
    });
    setParams({});
}

void AutoencoderPanel::updateEnabled()
{
    momentum_->setEnabled(awb::Optimizer(optimizer_->currentData().toInt()) == awb::Optimizer::SgdMomentum);
}

bool AutoencoderPanel::layersValid() const
{
    const QStringList parts = layers_->text().split(',', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts)
        if (part.trimmed().toInt() < 1)
            return false;
    return true;
}

awb::AutoencoderParams AutoencoderPanel::params() const
{
    awb::AutoencoderParams p;
    if (layersValid()) {
        p.encoderLayers.clear();
        for (const QString &part : layers_->text().split(',', Qt::SkipEmptyParts))
            p.encoderLayers.push_back(part.trimmed().toInt());
    }
    p.activation = awb::Activation(activation_->currentData().toInt());
    p.outputActivation = awb::Activation(output_->currentData().toInt());
    p.epochs = epochs_->value();
    p.batchSize = batch_->value();
    p.learningRate = learningRate_->value();
    p.optimizer = awb::Optimizer(optimizer_->currentData().toInt());
    p.momentum = momentum_->value();
    p.l2 = l2_->value();
    p.dropout = dropout_->value();
    p.validationFraction = validation_->value();
    p.patience = patience_->value();
    p.trainOn = awb::TrainOn(trainOn_->currentData().toInt());
    p.thresholdPercentile = percentile_->value();
    p.seed = static_cast<std::uint64_t>(seed_->value());
    p.threads = threads_->value();
    return p;
}

void AutoencoderPanel::setParams(const awb::AutoencoderParams &p)
{
    QStringList widths;
    for (const int w : p.encoderLayers)
        widths << QString::number(w);
    layers_->setText(widths.join(QStringLiteral(", ")));
    activation_->setCurrentIndex(activation_->findData(int(p.activation)));
    output_->setCurrentIndex(output_->findData(int(p.outputActivation)));
    epochs_->setValue(p.epochs);
    batch_->setValue(p.batchSize);
    learningRate_->setValue(p.learningRate);
    optimizer_->setCurrentIndex(optimizer_->findData(int(p.optimizer)));
    momentum_->setValue(p.momentum);
    l2_->setValue(p.l2);
    dropout_->setValue(p.dropout);
    validation_->setValue(p.validationFraction);
    patience_->setValue(p.patience);
    trainOn_->setCurrentIndex(trainOn_->findData(int(p.trainOn)));
    percentile_->setValue(p.thresholdPercentile);
    seed_->setValue(static_cast<int>(p.seed));
    threads_->setValue(p.threads);
    updateEnabled();
}

void AutoencoderPanel::saveSettings(QSettings &s) const
{
    storeParams(s, QStringLiteral("autoencoder/params"), params());
}

void AutoencoderPanel::restoreSettings(const QSettings &s)
{
    if (s.contains(QStringLiteral("autoencoder/params")))
        setParams(storedParams(s, QStringLiteral("autoencoder/params"), &awb::autoencoderParamsFromJson));
}
