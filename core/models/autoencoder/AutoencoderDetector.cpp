// The autoencoder's names and parameter schema; TrainedModel adapts the network itself.
#include "models/autoencoder/AutoencoderDetector.h"

#include "common/Translatable.h"
#include "models/TrainedModel.h"

namespace awb {

std::string AutoencoderDetector::displayName() const
{
    return QT_TRANSLATE_NOOP("awb", "Autoencoder");
}

std::string AutoencoderDetector::scoreName() const
{
    return QT_TRANSLATE_NOOP("awb", "Reconstruction error (mean squared)");
}

std::string AutoencoderDetector::explanationMeaning() const
{
    return QT_TRANSLATE_NOOP("awb", "squared reconstruction error of the column's encoded features");
}

const ParamBinding<AutoencoderParams> &AutoencoderDetector::binding()
{
    static const ParamBinding<AutoencoderParams> b = [] {
        using A = Activation;
        ParamBinding<AutoencoderParams> p;
        p.integerList("encoder_layers", QT_TRANSLATE_NOOP("awb", "Encoder layers"),
                      QT_TRANSLATE_NOOP("awb", "Widths of the encoder's layers, comma-separated, narrowing to the "
                                               "bottleneck; the decoder mirrors them. A narrower bottleneck learns only "
                                               "the dominant normal patterns (anomalies reconstruct worse) but may miss "
                                               "rare normal traffic."),
                      &AutoencoderParams::encoderLayers, 1, 100000);
        p.choice("activation", QT_TRANSLATE_NOOP("awb", "Activation"),
                 QT_TRANSLATE_NOOP("awb", "Non-linearity of the hidden layers. ReLU trains fast and is the usual "
                                          "choice; leaky ReLU avoids units that stop learning; tanh and sigmoid are "
                                          "smoother and suit small networks."),
                 &AutoencoderParams::activation,
                 {{"relu", A::ReLU}, {"leaky_relu", A::LeakyReLU}, {"tanh", A::Tanh}, {"sigmoid", A::Sigmoid}});
        p.choice("output_activation", QT_TRANSLATE_NOOP("awb", "Output"),
                 QT_TRANSLATE_NOOP("awb", "Activation of the reconstruction. Linear suits any scaling; sigmoid keeps "
                                          "outputs in [0, 1], which matches min-max scaled features."),
                 &AutoencoderParams::outputActivation, {{"linear", A::Linear}, {"sigmoid", A::Sigmoid}});
        p.integer("epochs", QT_TRANSLATE_NOOP("awb", "Epochs"),
                  QT_TRANSLATE_NOOP("awb", "Passes over the training rows. More epochs fit normal traffic more "
                                           "closely; early stopping ends training when the validation loss stops "
                                           "improving."),
                  &AutoencoderParams::epochs, 1, 100000);
        p.integer("batch_size", QT_TRANSLATE_NOOP("awb", "Batch size"),
                  QT_TRANSLATE_NOOP("awb", "Rows per gradient step. Larger batches run faster per epoch and give "
                                           "smoother steps; smaller ones take more, noisier steps that can generalise "
                                           "better."),
                  &AutoencoderParams::batchSize, 1, 1 << 20);
        p.real("learning_rate", QT_TRANSLATE_NOOP("awb", "Learning rate"),
               QT_TRANSLATE_NOOP("awb", "Step size of the optimizer. Too high and the loss jumps or diverges; too low "
                                        "and training needs many more epochs."),
               &AutoencoderParams::learningRate, 1e-6, 10.0, 6);
        p.choice("optimizer", QT_TRANSLATE_NOOP("awb", "Optimizer"),
                 QT_TRANSLATE_NOOP("awb", "Adam adapts the step per weight and works well out of the box; SGD with "
                                          "momentum is simpler and may need a tuned learning rate."),
                 &AutoencoderParams::optimizer, {{"adam", Optimizer::Adam}, {"sgd", Optimizer::SgdMomentum}});
        p.real("momentum", QT_TRANSLATE_NOOP("awb", "Momentum"),
               QT_TRANSLATE_NOOP("awb", "SGD only: how much of the previous step carries over; smooths noisy "
                                        "gradients."),
               &AutoencoderParams::momentum, 0.0, 0.999, 3);
        p.real("l2", QT_TRANSLATE_NOOP("awb", "L2 weight decay"),
               QT_TRANSLATE_NOOP("awb", "Penalty on large weights. A little regularises the network against "
                                        "memorising rows; too much blurs reconstructions of normal traffic too."),
               &AutoencoderParams::l2, 0.0, 1.0, 6);
        p.real("dropout", QT_TRANSLATE_NOOP("awb", "Dropout"),
               QT_TRANSLATE_NOOP("awb", "Share of hidden units switched off at random during training. Regularises "
                                        "like L2; 0 turns it off."),
               &AutoencoderParams::dropout, 0.0, 0.9, 2);
        p.real("validation_fraction", QT_TRANSLATE_NOOP("awb", "Validation fraction"),
               QT_TRANSLATE_NOOP("awb", "Share of training rows held out to measure the validation loss each epoch, "
                                        "used for early stopping. 0 trains on every row but disables early stopping."),
               &AutoencoderParams::validationFraction, 0.0, 0.5, 2);
        p.integer("patience", QT_TRANSLATE_NOOP("awb", "Patience"),
                  QT_TRANSLATE_NOOP("awb", "Epochs without a better validation loss before training stops (the best "
                                           "weights are kept); 0 never stops early."),
                  &AutoencoderParams::patience, 0, 100000);
        p.integer("seed", QT_TRANSLATE_NOOP("awb", "Seed"),
                  QT_TRANSLATE_NOOP("awb", "Seed for initial weights, shuffling and dropout: the same seed and number "
                                           "of threads give the same model."),
                  &AutoencoderParams::seed, 0, 9007199254740991.0);
        return p;
    }();
    return b;
}

const ParamSchema &AutoencoderDetector::schema() const
{
    static const ParamSchema s = binding().schema();
    return s;
}

std::unique_ptr<TrainedDetector> AutoencoderDetector::fit(const TrainingRows &rows, const ParamSet &params, int threads,
                                                          const ProgressFn &progress, const CancelFlag *cancel) const
{
    return std::make_unique<TrainedModel<Autoencoder>>(Autoencoder::fit(rows, binding().read(params), threads, progress, cancel));
}

std::unique_ptr<TrainedDetector> AutoencoderDetector::load(std::istream &in, const std::string &fileName) const
{
    return std::make_unique<TrainedModel<Autoencoder>>(Autoencoder::load(in, fileName));
}

} // namespace awb
