// Every detector on the real NSL-KDD files against the reference figures measured with
// scikit-learn (and PyOD's formulation of ECOD): test ROC-AUC within 0.01, and PCA's number of
// components, fitted on the normal training rows and on all of them; and every detector's default
// threshold against the best its test scores allow. Skips where the data is absent.
#include <QFile>
#include <QTest>

#include "models/pca/PcaSubspace.h"
#include "models/DetectorRegistry.h"
#include "pipeline/Pipeline.h"

namespace {

const QString folder = QStringLiteral(AWB_SHARED_DATASETS "/nsl-kdd/");

} // namespace

class tst_NslKddReferences : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(folder + "KDDTrain+.txt") || !QFile::exists(folder + "KDDTest+.txt"))
            QSKIP("NSL-KDD is not at ../shared/datasets/nsl-kdd: skipping the reference figures.");
        awb::RunSpec spec;
        spec.data.load.trainFile = (folder + "KDDTrain+.txt").toStdString();
        spec.data.load.testFile = (folder + "KDDTest+.txt").toStdString();
        spec.data.load.ignore = {awb::ColumnRef::parse("42")};
        pipeline_ = std::make_unique<awb::Pipeline>(spec);
        data_ = std::make_unique<awb::Dataset>(pipeline_->load());
    }

    void testRocAuc_data()
    {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("trainOn");
        QTest::addColumn<double>("reference");
        QTest::newRow("pca normal") << "pca" << "normal" << 0.942;
        QTest::newRow("pca all") << "pca" << "all" << 0.866;
        QTest::newRow("ecod normal") << "ecod" << "normal" << 0.946;
        QTest::newRow("ecod all") << "ecod" << "all" << 0.915;
    }

    void testRocAuc()
    {
        QFETCH(QString, detector);
        QFETCH(QString, trainOn);
        QFETCH(double, reference);
        awb::DetectorSpec spec = awb::defaultDetectorSpec(detector.toStdString());
        spec.trainOn = awb::trainOnFromString(trainOn.toStdString());
        const awb::DetectorRun run = pipeline_->train(*data_, spec);
        const double auc = run.result.test->rocAuc;
        QVERIFY2(std::abs(auc - reference) <= 0.01, qPrintable(QString("ROC-AUC %1, reference %2").arg(auc).arg(reference)));
    }

    void forestOnNormalRowsOverSeeds()
    {
        double sum = 0.0;
        for (std::int64_t seed = 1; seed <= 5; ++seed) {
            awb::DetectorSpec spec = awb::defaultDetectorSpec("iforest");
            spec.params["seed"] = seed;
            sum += pipeline_->train(*data_, spec).result.test->rocAuc;
        }
        QVERIFY2(std::abs(sum / 5 - 0.940) <= 0.01, qPrintable(QString("mean ROC-AUC %1").arg(sum / 5)));
    }

    // The default threshold (best F1 on the training rows) gives a test F1 within 0.10 of the best
    // test F1 any threshold on the same test scores reaches (chosen, for reference only, on the test
    // rows themselves).
    void defaultThresholdNearTheBestTestF1_data()
    {
        QTest::addColumn<QString>("detector");
        for (const auto &d : awb::detectorRegistry().all())
            QTest::newRow(d->id().c_str()) << QString::fromStdString(d->id());
    }

    void defaultThresholdNearTheBestTestF1()
    {
        QFETCH(QString, detector);
        const awb::DetectorRun run = pipeline_->train(*data_, awb::defaultDetectorSpec(detector.toStdString()));
        QCOMPARE(run.result.thresholdPolicy.text(), "f1");
        const auto testLabels = std::span(data_->isAnomaly).subspan(data_->trainRows);
        const awb::ThresholdInputs onTest{run.testScores, testLabels, run.testScores, std::nullopt, {}};
        const double best = awb::chooseThreshold({awb::ThresholdPolicy::Kind::BestF1}, onTest).threshold;
        const auto f1At = [&](double t) {
            return awb::classificationReport(awb::confusionMatrix(testLabels, run.testScores, t)).anomaly.f1;
        };
        const double ours = run.result.test->report.anomaly.f1;
        QCOMPARE(ours, f1At(run.result.threshold));
        QVERIFY2(f1At(best) - ours <= 0.10, qPrintable(QString("default %1, best %2").arg(ours).arg(f1At(best))));
        qInfo("%s: default test F1 %.3f, best test F1 %.3f", qPrintable(detector), ours, f1At(best));
    }

    void pcaComponentsAsScikitLearnChooses()
    {
        std::vector<Eigen::Index> normal;
        for (std::size_t i = 0; i < data_->trainRows; ++i)
            if (data_->isAnomaly[i] == 0)
                normal.push_back(static_cast<Eigen::Index>(i));
        const awb::Matrix normalRows = data_->features(normal, Eigen::all);
        QCOMPARE(awb::PcaSubspace::fit(normalRows, {}).components(), 17);
        QCOMPARE(awb::PcaSubspace::fit(data_->train(), {}).components(), 29);
    }

private:
    std::unique_ptr<awb::Pipeline> pipeline_;
    std::unique_ptr<awb::Dataset> data_;
};

QTEST_APPLESS_MAIN(tst_NslKddReferences)
#include "tst_nslkddreferences.moc"
