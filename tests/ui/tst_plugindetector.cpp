// A detector added from outside the project's folders: a toy registered in this test binary shows
// up in the CLI's options and help, runs through the pipeline into the run document and back, and
// gets its own settings panel and results tab in the window, which trains it: nothing in ui/ or
// app/ had to name it.
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include "MainWindow.h"
#include "cli/CliOptions.h"
#include "models/DetectorRegistry.h"
#include "panels/DetectorPanel.h"
#include "panels/ParamEditor.h"
#include "pipeline/RunDocument.h"
#include "results/ResultsPanel.h"

namespace {

struct ToyParams {
    int power = 2;
};

// Scores a row by its distance from the training mean, to the given power.
class TrainedToy : public awb::TrainedDetector {
public:
    TrainedToy(Eigen::RowVectorXf mean, int power) : mean_(std::move(mean)), power_(power) {}
    std::size_t featureCount() const override { return static_cast<std::size_t>(mean_.size()); }
    std::vector<float> score(awb::ConstMatrixRef rows, int, const awb::ProgressFn &, const awb::CancelFlag *cancel) const override
    {
        awb::throwIfCancelled(cancel);
        std::vector<float> s(static_cast<std::size_t>(rows.rows()));
        for (Eigen::Index i = 0; i < rows.rows(); ++i)
            s[static_cast<std::size_t>(i)] = std::pow((rows.row(i) - mean_).norm(), static_cast<float>(power_));
        return s;
    }
    std::vector<double> explain(const float *row) const override
    {
        std::vector<double> e(featureCount());
        for (std::size_t j = 0; j < e.size(); ++j)
            e[j] = std::abs(row[j] - mean_(static_cast<Eigen::Index>(j)));
        return e;
    }
    void save(std::ostream &) const override {}

private:
    Eigen::RowVectorXf mean_;
    int power_;
};

class ToyDetector : public awb::Detector {
public:
    std::string id() const override { return "toy"; }
    std::string displayName() const override { return "Toy distance"; }
    std::string scoreName() const override { return "distance from the mean"; }
    std::string explanationMeaning() const override { return "distance per feature"; }
    const awb::ParamSchema &schema() const override
    {
        static const awb::ParamSchema s = binding().schema();
        return s;
    }
    std::unique_ptr<awb::TrainedDetector> fit(const awb::TrainingRows &rows, const awb::ParamSet &params, int,
                                              const awb::ProgressFn &, const awb::CancelFlag *) const override
    {
        Eigen::RowVectorXf mean = Eigen::RowVectorXf::Zero(rows.cols());
        for (Eigen::Index i = 0; i < rows.rows(); ++i)
            mean += rows.row(i);
        return std::make_unique<TrainedToy>(mean / static_cast<float>(rows.rows()), binding().read(params).power);
    }
    std::unique_ptr<awb::TrainedDetector> load(std::istream &, const std::string &) const override { return nullptr; }

    static const awb::ParamBinding<ToyParams> &binding()
    {
        static const awb::ParamBinding<ToyParams> b = [] {
            awb::ParamBinding<ToyParams> p;
            p.integer("power", "Power", "The distance is raised to this power.", &ToyParams::power, 1, 4);
            return p;
        }();
        return b;
    }
};

} // namespace

class tst_PluginDetector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plugindetector"));
        QSettings().clear();
        awb::detectorRegistry().add(std::make_shared<ToyDetector>());
    }

    void cliOptionsAndHelp()
    {
        CliOptionParser parser;
        QVERIFY(!parser.parse({"anomaly-cli", "--help"}));
        QVERIFY(parser.output().contains("\n  toy  Toy distance\n"));
        QVERIFY(parser.output().contains("a whole number from 1 to 4; default 2"));
        const auto o = CliOptionParser().parse({"anomaly-cli", "--demo", "--models", "toy", "--set", "toy.power=3"});
        QVERIFY(o);
        QCOMPARE(std::get<std::int64_t>(o->spec.detectors.at(0).params.at("power")), std::int64_t(3));
    }

    void pipelineAndRunDocument()
    {
        awb::RunSpec spec;
        spec.data.demo = true;
        spec.data.demoRows = 2000;
        spec.detectors = {awb::defaultDetectorSpec("toy")};
        const awb::PipelineOutput out = awb::Pipeline(spec).run();
        QVERIFY(out.detectors.at(0).result.test->rocAuc > 0.5);
        const awb::Json json = awb::toJson(awb::RunDocument{out.spec, out.result});
        QCOMPARE(json["result"]["detectors"]["toy"]["spec"]["params"]["power"].get<int>(), 2);
        QVERIFY(awb::runDocumentFromJson(json).result == out.result);
    }

    void windowTabsPanelsAndTraining()
    {
        MainWindow window;
        const int tab = window.resultsTabs()->indexOf(window.resultsPanel("toy"));
        QVERIFY(tab >= 0);
        QCOMPARE(window.resultsTabs()->tabText(tab), QStringLiteral("Toy distance"));
        DetectorPanel *panel = window.detectorPanel("toy");
        QVERIFY(panel && panel->editor("power"));
        panel->editor("power")->setValue(std::int64_t{1});
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        window.openDemoDataset();
        QVERIFY(loaded.wait(60000));
        QSignalSpy finished(&window, &MainWindow::trainingFinished);
        panel->findChild<QPushButton *>("train")->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("toy"));
        const awb::DetectorRun *run = window.resultsPanel("toy")->selection()->run();
        QVERIFY(run && std::get<std::int64_t>(run->result.spec.params.at("power")) == 1);
    }
};

QTEST_MAIN(tst_PluginDetector)
#include "tst_plugindetector.moc"
