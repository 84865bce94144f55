// The autoencoder: analytic gradients against central differences (double precision, the same
// templated code that trains in float), learning on a toy manifold, determinism, early stopping
// restoring the best weights, cancellation, and model files.
#include <QTest>

#include <algorithm>
#include <numeric>
#include <sstream>

#include "common/InputError.h"
#include "common/Random.h"
#include "models/autoencoder/Autoencoder.h"
#include "models/autoencoder/DenseNetwork.h"

using awb::Activation;
using awb::Autoencoder;
using awb::AutoencoderParams;

namespace {

using NetD = awb::DenseNetwork<double>;

double lossOf(const NetD &net, const NetD::Mat &x)
{
    NetD::Workspace ws;
    ws.resize(net, x.rows());
    net.forward(x, ws);
    return (ws.a.back() - x).squaredNorm() / static_cast<double>(x.size());
}

// Eight features driven by two latent factors, plus planted rows that break the relation.
awb::Matrix manifold(int rows, int planted, std::uint64_t seed)
{
    awb::Random rng(seed);
    awb::Matrix x(rows, 8);
    for (int i = 0; i < rows; ++i) {
        const double u = rng.uniform(), v = rng.uniform();
        for (int f = 0; f < 8; ++f)
            x(i, f) = static_cast<float>(0.5 + 0.3 * std::sin(u * (f + 1)) * v + 0.1 * u - 0.05 * f * v +
                                         0.005 * rng.normal());
    }
    for (int i = rows - planted; i < rows; ++i)
        for (int f = 0; f < 8; ++f)
            x(i, f) = static_cast<float>(rng.uniform());
    return x;
}

AutoencoderParams smallParams()
{
    AutoencoderParams p;
    p.encoderLayers = {16, 4};
    p.activation = Activation::Tanh;
    p.epochs = 30;
    p.batchSize = 64;
    p.learningRate = 0.01;
    return p;
}

} // namespace

class tst_Autoencoder : public QObject {
    Q_OBJECT

private slots:
    void gradientsMatchFiniteDifferences_data()
    {
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("output");
        QTest::newRow("relu / linear") << int(Activation::ReLU) << int(Activation::Linear);
        QTest::newRow("leaky relu / linear") << int(Activation::LeakyReLU) << int(Activation::Linear);
        QTest::newRow("tanh / linear") << int(Activation::Tanh) << int(Activation::Linear);
        QTest::newRow("sigmoid / linear") << int(Activation::Sigmoid) << int(Activation::Linear);
        QTest::newRow("relu / sigmoid") << int(Activation::ReLU) << int(Activation::Sigmoid);
        QTest::newRow("tanh / sigmoid") << int(Activation::Tanh) << int(Activation::Sigmoid);
    }

    void gradientsMatchFiniteDifferences()
    {
        QFETCH(int, hidden);
        QFETCH(int, output);
        awb::Random rng(11);
        NetD net;
        net.initialise({5, 4, 3, 4, 5}, Activation(hidden), Activation(output), rng);
        for (auto &b : net.biases)
            for (Eigen::Index i = 0; i < b.size(); ++i)
                b(i) = rng.uniform(-0.2, 0.2);  // non-zero biases exercise their gradients too
        NetD::Mat x(7, 5);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = rng.uniform();

        NetD::Workspace ws;
        ws.resize(net, x.rows());
        net.forward(x, ws);
        const double loss = net.backward(x, x.rows(), ws, false);
        QVERIFY(std::abs(loss - lossOf(net, x)) < 1e-14);

        const double h = 1e-6;
        double worst = 0.0;
        const auto check = [&](double &parameter, double analytic) {
            const double saved = parameter;
            parameter = saved + h;
            const double up = lossOf(net, x);
            parameter = saved - h;
            const double down = lossOf(net, x);
            parameter = saved;
            const double numeric = (up - down) / (2 * h);
            // Relative error, with an absolute floor for gradients so small that rounding in the
            // difference quotient (~1e-11 here) dominates them.
            worst = std::max(worst, std::abs(numeric - analytic) / std::max(1e-4, std::abs(numeric) + std::abs(analytic)));
        };
        for (std::size_t l = 0; l < net.layerCount(); ++l) {
            for (Eigen::Index i = 0; i < net.weights[l].size(); ++i)
                check(net.weights[l].data()[i], ws.gradW[l].data()[i]);
            for (Eigen::Index i = 0; i < net.biases[l].size(); ++i)
                check(net.biases[l].data()[i], ws.gradB[l].data()[i]);
        }
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
    }

    void slicesSumToTheWholeBatchGradient()
    {
        // The trainer splits a batch across threads and sums slice gradients: the sum must equal
        // the gradient of the whole batch.
        awb::Random rng(3);
        NetD net;
        net.initialise({4, 3, 4}, Activation::Tanh, Activation::Linear, rng);
        NetD::Mat x(10, 4);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = rng.uniform();
        NetD::Workspace whole, a, b;
        whole.resize(net, 10);
        a.resize(net, 6);
        b.resize(net, 4);
        net.forward(x, whole);
        const double lossWhole = net.backward(x, 10, whole, false);
        net.forward(x.topRows(6), a);
        const double lossA = net.backward(x.topRows(6), 10, a, false);
        net.forward(x.bottomRows(4), b);
        const double lossB = net.backward(x.bottomRows(4), 10, b, false);
        QVERIFY(std::abs(lossWhole - (lossA + lossB)) < 1e-14);
        for (std::size_t l = 0; l < net.layerCount(); ++l)
            QVERIFY((whole.gradW[l] - (a.gradW[l] + b.gradW[l])).cwiseAbs().maxCoeff() < 1e-14);
    }

    void toyManifoldIsLearnedAndOutliersStandOut()
    {
        const awb::Matrix x = manifold(2000, 20, 5);
        AutoencoderParams p = smallParams();
        p.patience = 0;
        const Autoencoder model = Autoencoder::fit(x.topRows(1980), p);
        const auto &loss = model.history().loss;
        QCOMPARE(loss.size(), std::size_t(30));
        QVERIFY2(loss.back().first < 0.1 * loss.front().first,
                 qPrintable(QString("%1 -> %2").arg(loss.front().first).arg(loss.back().first)));
        const std::vector<float> errors = model.score(x);
        std::vector<int> order(errors.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return errors[a] > errors[b]; });
        int plantedOnTop = 0;
        for (int i = 0; i < 20; ++i)
            plantedOnTop += order[i] >= 1980;
        QVERIFY2(plantedOnTop >= 18, qPrintable(QString::number(plantedOnTop)));
    }

    void sameSeedSameModel()
    {
        const awb::Matrix x = manifold(600, 0, 9);
        AutoencoderParams p = smallParams();
        p.epochs = 5;
        p.dropout = 0.1;
        const std::vector<float> a = Autoencoder::fit(x, p).score(x);
        const std::vector<float> b = Autoencoder::fit(x, p).score(x);
        QCOMPARE(a, b);
        p.seed = 43;
        QVERIFY(Autoencoder::fit(x, p).score(x) != a);
    }

    void earlyStoppingRestoresTheBestEpoch()
    {
        const awb::Matrix x = manifold(600, 0, 21);
        AutoencoderParams p = smallParams();
        p.optimizer = awb::Optimizer::SgdMomentum;
        p.learningRate = 3.0;  // diverges after a few epochs, so validation loss turns up
        p.epochs = 60;
        p.patience = 3;
        const Autoencoder stopped = Autoencoder::fit(x, p);
        const auto &h = stopped.history();
        QVERIFY(h.stoppedEarly);
        QVERIFY(h.bestEpoch >= 1 && h.bestEpoch < int(h.loss.size()));
        for (const auto &[train, validation] : h.loss)
            QVERIFY(!(validation < h.loss[std::size_t(h.bestEpoch - 1)].second));
        // Training is deterministic, so the best epoch's weights are those of a run of that length.
        p.epochs = h.bestEpoch;
        p.patience = 0;
        QCOMPARE(stopped.score(x), Autoencoder::fit(x, p).score(x));
    }

    void cancellingThrowsFromFitAndScore()
    {
        const awb::Matrix x = manifold(800, 0, 4);
        AutoencoderParams p = smallParams();
        awb::CancelFlag cancel{false};
        int epochs = 0;
        const auto progress = [&](const awb::ProgressEvent &e) {
            if (e.stage == awb::ProgressEvent::Stage::Epoch && ++epochs == 3)
                cancel = true;
        };
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, Autoencoder::fit(x, p, 2, progress, &cancel));
        QCOMPARE(epochs, 3);  // it stopped in the fourth epoch, at the next batch
        p.epochs = 1;
        const Autoencoder model = Autoencoder::fit(x, p);
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, model.score(x, 2, {}, &cancel));
    }

    void savedModelScoresIdentically()
    {
        const awb::Matrix x = manifold(500, 5, 8);
        const Autoencoder model = Autoencoder::fit(x, smallParams());
        std::stringstream file;
        model.save(file);
        const Autoencoder loaded = Autoencoder::load(file, "model.awb");
        QCOMPARE(loaded.score(x), model.score(x));
        QCOMPARE(loaded.history().loss.size(), model.history().loss.size());
        QCOMPARE(loaded.explain(x.row(3).data()), model.explain(x.row(3).data()));
    }

    void damagedFilesAreClearErrors_data()
    {
        QTest::addColumn<int>("keep");  // bytes of a good file kept; -1: foreign bytes
        QTest::newRow("empty") << 0;
        QTest::newRow("magic only") << 8;
        QTest::newRow("cut in the parameters") << 40;
        QTest::newRow("cut in the weights") << 400;
        QTest::newRow("foreign") << -1;
    }

    void damagedFilesAreClearErrors()
    {
        QFETCH(int, keep);
        const awb::Matrix x = manifold(200, 0, 2);
        AutoencoderParams p = smallParams();
        p.epochs = 2;
        std::stringstream good;
        Autoencoder::fit(x, p).save(good);
        const std::string bytes = keep < 0 ? std::string("PK\x03\x04 this is a zip archive, not a model")
                                           : good.str().substr(0, std::size_t(keep));
        std::stringstream damaged(bytes);
        QVERIFY_THROWS_EXCEPTION(awb::InputError, Autoencoder::load(damaged, "model.awb"));
    }
};

QTEST_APPLESS_MAIN(tst_Autoencoder)
#include "tst_autoencoder.moc"
