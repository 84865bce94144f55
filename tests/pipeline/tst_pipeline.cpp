// The pipeline both front ends call: every registered detector through the demo data, training
// rows (normal or all), two detectors of one kind side by side, determinism, unlabelled data,
// model files that score as the run did, and cancellation in every step.
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

#include "common/InputError.h"
#include "data/SyntheticTraffic.h"
#include "models/DetectorRegistry.h"
#include "pipeline/ModelFile.h"
#include "pipeline/Pipeline.h"

namespace {

awb::RunSpec demoSpec(std::size_t rows)
{
    awb::RunSpec spec;
    spec.data.demo = true;
    spec.data.demoRows = rows;
    spec.threads = 2;
    for (const auto &d : awb::detectorRegistry().all())
        spec.detectors.push_back(awb::defaultDetectorSpec(d->id()));
    for (auto &d : spec.detectors)
        if (d.detector == "autoencoder")
            d.params["epochs"] = std::int64_t{4};
    return spec;
}

} // namespace

class tst_Pipeline : public QObject {
    Q_OBJECT

private slots:
    // A demo file cut short is written again, not trained on (in a folder of its own: other tests
    // read the shared demo files meanwhile).
    void aDemoFileCutShortIsWrittenAgain()
    {
        QTemporaryDir folder;
        const QByteArray tmpdir = qgetenv("TMPDIR");
        qputenv("TMPDIR", folder.path().toLocal8Bit());
        const awb::RunSpec spec = demoSpec(500);
        const std::string path = awb::demoDatasetPath(spec.data);
        QVERIFY(path.starts_with(folder.path().toStdString()));
        QCOMPARE(std::size_t(awb::Pipeline(spec).load().features.rows()), std::size_t(500));
        const auto written = std::filesystem::last_write_time(path);
        QCOMPARE(std::size_t(awb::Pipeline(spec).load().features.rows()), std::size_t(500));
        QVERIFY(std::filesystem::last_write_time(path) == written);  // intact: used as it is
        std::filesystem::resize_file(path, 2000);  // a header and a few rows
        QCOMPARE(std::size_t(awb::Pipeline(spec).load().features.rows()), std::size_t(500));
        if (tmpdir.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", tmpdir);
    }

    void demoRunEvaluatesEveryDetector()
    {
        const awb::PipelineOutput out = awb::Pipeline(demoSpec(4000)).run();
        const awb::RunResult &result = out.result;
        QCOMPARE(result.dataset.trainRows + result.dataset.testRows, std::size_t(4000));
        QCOMPARE(result.dataset.testRows, std::size_t(1200));  // the default 30 % split
        QCOMPARE(out.detectors.size(), awb::detectorRegistry().all().size());
        const std::size_t normalTrainRows = result.dataset.trainRows - result.dataset.trainAnomalies;
        for (const awb::DetectorRun &run : out.detectors) {
            const awb::DetectorResult &r = run.result;
            QCOMPARE(run.trainScores.size(), result.dataset.trainRows);
            QCOMPARE(run.testScores.size(), result.dataset.testRows);
            QVERIFY(r.train && r.test);
            QCOMPARE(std::size_t(r.test->confusion.total()), result.dataset.testRows);
            QCOMPARE(std::size_t(r.test->confusion.fn + r.test->confusion.tp), result.dataset.testAnomalies);
            // Labelled data: every detector learns from the normal training rows by default.
            QVERIFY(r.trainedOnNormalRows);
            QCOMPARE(r.trainedRows, normalTrainRows);
            QCOMPARE(r.testScores.count, result.dataset.testRows);
            // The demo's attacks carry strong signatures: every detector must rank them well.
            QVERIFY2(r.test->rocAuc > 0.8, qPrintable(QString::fromStdString(r.spec.name) + " " + QString::number(r.test->rocAuc)));
        }
        QCOMPARE(result.detectors.size(), out.detectors.size());
        QVERIFY(!result.dataset.fingerprint.empty() && !result.appVersion.empty());
        QCOMPARE(out.spec.threads, 2);
    }

    // fpr:0.01 chosen on the training rows holds on the test rows of the synthetic data: each
    // detector flags between 0.5 % and 1.5 % of the normal test rows.
    void falsePositiveRateHoldsOnTestRows()
    {
        awb::RunSpec spec = demoSpec(20000);
        for (auto &d : spec.detectors)
            d.threshold = awb::ThresholdPolicy::parse("fpr:0.01");
        const awb::PipelineOutput out = awb::Pipeline(spec).run();
        for (const awb::DetectorRun &run : out.detectors) {
            const awb::ConfusionMatrix &cm = run.result.test->confusion;
            const double rate = double(cm.fp) / double(cm.fp + cm.tn);
            QVERIFY2(rate >= 0.005 && rate <= 0.015, qPrintable(QString("%1: %2").arg(run.result.spec.name.c_str()).arg(rate)));
            QCOMPARE(run.result.thresholdPolicy.text(), "fpr:0.01");
        }
    }

    // Per label value: the rows and flagged counts add up to the confusion matrix, and the demo's
    // attack types are all there.
    void detectionPerAttackType()
    {
        const awb::PipelineOutput out = awb::Pipeline(demoSpec(4000)).run();
        for (const awb::DetectorRun &run : out.detectors) {
            const awb::Evaluation &e = *run.result.test;
            std::int64_t attacks = 0, caught = 0, normal = 0, falseAlarms = 0;
            for (const awb::TypeDetection &t : e.byType) {
                (t.anomaly ? attacks : normal) += t.rows;
                (t.anomaly ? caught : falseAlarms) += t.flagged;
            }
            QCOMPARE(attacks, e.confusion.tp + e.confusion.fn);
            QCOMPARE(caught, e.confusion.tp);
            QCOMPARE(normal, e.confusion.tn + e.confusion.fp);
            QCOMPARE(falseAlarms, e.confusion.fp);
            QVERIFY(e.byType.size() >= 3);
            QVERIFY(std::is_sorted(e.byType.begin(), e.byType.end(),
                                   [](const auto &a, const auto &b) { return a.rows > b.rows; }));
        }
    }

    // Attacks as 60 % of the rows: every detector fitted on all rows is warned about it, with the fix;
    // fitted on the normal rows, none is.
    void attackMajorityIsWarnedAbout()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("majority.csv").toStdString();
        awb::writeSyntheticTrafficFile(file, {6000, 11, 0.6});
        awb::RunSpec spec = demoSpec(6000);
        spec.data.demo = false;
        spec.data.load.trainFile = file;
        for (auto &d : spec.detectors)
            d.trainOn = awb::TrainOn::All;
        for (const awb::DetectorRun &run : awb::Pipeline(spec).run().detectors) {
            QVERIFY(!run.result.warnings.empty());
            QVERIFY2(run.result.warnings.front().find("of the training rows and") != std::string::npos &&
                         run.result.warnings.front().find("train on normal rows") != std::string::npos,
                     run.result.warnings.front().c_str());
        }
        for (auto &d : spec.detectors)
            d.trainOn = awb::TrainOn::Normal;
        for (const awb::DetectorRun &run : awb::Pipeline(spec).run().detectors)
            QVERIFY2(run.result.warnings.empty(), run.result.warnings.empty() ? "" : run.result.warnings.front().c_str());
    }

    // Without labels the diagnostics still look at what the threshold flags.
    void unlabelledRunsAreDiagnosed()
    {
        awb::RunSpec spec = demoSpec(2000);
        spec.data.load.ignore = {awb::ColumnRef::parse("label")};
        spec.detectors = {awb::defaultDetectorSpec("ecod")};
        spec.detectors[0].threshold = awb::ThresholdPolicy::parse("fixed:1e9");
        const awb::DetectorResult r = awb::Pipeline(spec).run().result.detectors[0];
        QVERIFY(!r.test && !r.train);
        QCOMPARE(r.warnings.size(), std::size_t(1));
        QVERIFY2(r.warnings[0].find("flags almost nothing") != std::string::npos &&
                     r.warnings[0].find("contamination:C") != std::string::npos,
                 r.warnings[0].c_str());
    }

    void trainingRowsAndThresholdPolicy()
    {
        awb::RunSpec spec = demoSpec(3000);
        spec.detectors = {awb::defaultDetectorSpec("iforest", "forest-all"), awb::defaultDetectorSpec("iforest", "forest-5pc")};
        spec.detectors[0].trainOn = awb::TrainOn::All;
        spec.detectors[1].threshold = awb::ThresholdPolicy::parse("contamination:0.05");
        const awb::PipelineOutput out = awb::Pipeline(spec).run();
        const awb::DetectorResult &all = out.detectors[0].result, &fivePc = out.detectors[1].result;
        QCOMPARE(all.trainedRows, out.result.dataset.trainRows);
        QVERIFY(!all.trainedOnNormalRows);
        // The default policy on labelled rows: best F1 on the training rows, said so.
        QCOMPARE(all.thresholdPolicy.text(), "f1");
        QVERIFY(all.thresholdReason.starts_with("default for labelled data: best F1"));
        // 5 % of the normal training rows it was fitted on score above the threshold.
        std::size_t above = 0;
        for (std::size_t i = 0; i < out.data->trainRows; ++i)
            above += out.data->isAnomaly[i] == 0 && out.detectors[1].trainScores[i] > fivePc.threshold;
        QVERIFY2(std::abs(double(above) - 0.05 * double(fivePc.trainedRows)) <= 2.0, qPrintable(QString::number(above)));
        QCOMPARE(QString::fromStdString(out.result.detectors[1].spec.name), QStringLiteral("forest-5pc"));
    }

    // Too few rows to fit on (one normal training row of a three-row file) is one clear error for
    // every detector; the forest's scores and then its threshold choice crashed there.
    void tooFewRowsToFitOnSaySo()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("three.csv").toStdString();
        std::ofstream(file) << "bytes,packets,label\n443,11,normal\n53,7,normal\n80,11,attack\n";
        awb::RunSpec spec = demoSpec(0);
        spec.data.demo = false;
        spec.data.load.trainFile = file;
        for (awb::DetectorSpec &d : spec.detectors) {
            awb::RunSpec one = spec;
            one.detectors = {d};
            try {
                awb::Pipeline(one).run();
                QFAIL(qPrintable(QString::fromStdString(d.detector)));
            } catch (const awb::InputError &e) {
                QVERIFY2(QString(e.what()).contains("has 1 normal training row to be fitted on; every detector needs at least two"), e.what());
            }
            one.detectors[0].trainOn = awb::TrainOn::All;  // then it has two
            QCOMPARE(awb::Pipeline(one).run().detectors.size(), std::size_t(1));
        }
    }

    // The pipeline fits on the labelled-normal training rows where they are (TrainingRows naming
    // them by index); every detector must come out as if fitted on a copy of just those rows.
    void fittingOnRowsInPlaceEqualsFittingOnTheirCopy()
    {
        const awb::RunSpec spec = demoSpec(3000);
        const awb::PipelineOutput out = awb::Pipeline(spec).run();
        const awb::Dataset &data = *out.data;
        std::vector<Eigen::Index> normal;
        for (std::size_t i = 0; i < data.trainRows; ++i)
            if (!data.isAnomaly[i])
                normal.push_back(static_cast<Eigen::Index>(i));  // an Eigen index list, to copy the rows
        QVERIFY(normal.size() < data.trainRows);  // a subset, not every row
        const awb::Matrix copy = data.features(normal, Eigen::all);
        for (std::size_t m = 0; m < spec.detectors.size(); ++m) {
            const awb::DetectorSpec &d = spec.detectors[m];
            QVERIFY(out.detectors[m].result.trainedOnNormalRows);
            const auto fitted = awb::detectorRegistry().get(d.detector).fit(copy, d.params, 2, {}, nullptr);
            QCOMPARE(fitted->score(data.test(), 2, {}, nullptr), out.detectors[m].testScores);
        }
    }

    void sameSpecSameScores()
    {
        const awb::PipelineOutput a = awb::Pipeline(demoSpec(3000)).run();
        const awb::PipelineOutput b = awb::Pipeline(demoSpec(3000)).run();
        for (std::size_t m = 0; m < a.detectors.size(); ++m) {
            QCOMPARE(a.detectors[m].testScores, b.detectors[m].testScores);
            QCOMPARE(a.detectors[m].result.threshold, b.detectors[m].result.threshold);
        }
        QCOMPARE(a.result.dataset.fingerprint, b.result.dataset.fingerprint);
    }

    void unlabelledDataGivesScoresOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("flows.csv");
        {
            std::ofstream out(path.toStdString());
            awb::writeSyntheticTraffic(out, {2000, 5, 0.1});
        }
        awb::RunSpec spec;
        spec.data.load.trainFile = path.toStdString();
        spec.data.load.ignore = {awb::ColumnRef::parse("label")};
        spec.detectors = {awb::defaultDetectorSpec("ecod")};
        const awb::PipelineOutput out = awb::Pipeline(spec).run();
        QVERIFY(out.result.dataset.labelName.empty());
        const awb::DetectorResult &r = out.detectors[0].result;
        QCOMPARE(out.detectors[0].trainScores.size() + out.detectors[0].testScores.size(), std::size_t(2000));
        QVERIFY(!r.train && !r.test);
        QVERIFY(!r.trainedOnNormalRows);  // "normal rows" without labels: every training row
        QCOMPARE(r.trainedRows, out.result.dataset.trainRows);
    }

    void savedModelsScoreAsTheRunDid()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath("run.awbmodel").toStdString();
        const awb::PipelineOutput trained = awb::Pipeline(demoSpec(3000)).run();
        awb::saveModelFile(file, trained.data->preprocessor, trained.detectors);
        const awb::ModelFile loaded = awb::loadModelFile(file);
        QCOMPARE(loaded.detectors.size(), trained.detectors.size());
        const awb::PipelineOutput scored =
            awb::Pipeline(demoSpec(3000)).run({}, nullptr, &loaded.detectors, &loaded.preprocessor);
        for (std::size_t m = 0; m < trained.detectors.size(); ++m) {
            QCOMPARE(scored.detectors[m].testScores, trained.detectors[m].testScores);
            QCOMPARE(scored.detectors[m].result.threshold, trained.detectors[m].result.threshold);
            QVERIFY(scored.detectors[m].result.spec == trained.detectors[m].result.spec);
            QVERIFY(*scored.detectors[m].result.test == *trained.detectors[m].result.test);
        }
    }

    void cancellingAnyStepThrowsCancelled_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("load") << "load";
        for (const auto &d : awb::detectorRegistry().all())
            for (const char *what : {"fit ", "score ", "evaluate "}) {
                const QString step = what + QString::fromStdString(d->id());
                QTest::newRow(qPrintable(step)) << step;
            }
    }

    void cancellingAnyStepThrowsCancelled()
    {
        QFETCH(QString, step);
        awb::CancelFlag cancel{false};
        awb::PipelineObserver observer;
        QStringList steps;
        observer.stepStarted = [&](const awb::PipelineStep &s) {
            steps << QString::fromStdString(awb::toString(s));
            if (steps.last() == step)
                cancel = true;
        };
        bool finished = false;
        observer.detectorFinished = [&](const awb::DetectorRun &run) { finished |= ("fit " + run.result.spec.name) == step.toStdString(); };
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, awb::Pipeline(demoSpec(3000)).run(observer, &cancel));
        QCOMPARE(steps.last(), step);  // nothing after the cancelled step started
        QVERIFY(!finished);
    }
};

QTEST_APPLESS_MAIN(tst_Pipeline)
#include "tst_pipeline.moc"
