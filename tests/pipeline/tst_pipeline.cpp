// The pipeline both front ends call: demo data through both models, deterministic for a seed,
// scores only for unlabelled data, and cancellation that returns nothing half-done.
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "data/SyntheticTraffic.h"
#include "pipeline/Pipeline.h"

namespace {

awb::PipelineConfig demoConfig(std::size_t rows)
{
    awb::PipelineConfig config;
    config.useDemo = true;
    config.demoRows = rows;
    config.autoencoder.epochs = 4;
    config.threads = 2;
    return config;
}

} // namespace

class tst_Pipeline : public QObject {
    Q_OBJECT

private slots:
    void demoRunEvaluatesBothModels()
    {
        const awb::RunResult result = awb::runPipeline(demoConfig(4000));
        QCOMPARE(result.dataset.trainRows + result.dataset.testRows, std::size_t(4000));
        QCOMPARE(result.dataset.testRows, std::size_t(1200));  // the default 30 % split
        QCOMPARE(result.models.size(), std::size_t(2));
        for (const awb::ModelRun &run : result.models) {
            QCOMPARE(run.trainScores.size(), result.dataset.trainRows);
            QCOMPARE(run.testScores.size(), result.dataset.testRows);
            QVERIFY(run.train && run.test);
            QCOMPARE(std::size_t(run.test->confusion.total()), result.dataset.testRows);
            QCOMPARE(std::size_t(run.test->confusion.fn + run.test->confusion.tp), result.dataset.testAnomalies);
            // The demo's attacks carry strong signatures: both detectors must rank them well.
            QVERIFY2(run.test->rocAuc > 0.8, qPrintable(QString::number(run.test->rocAuc)));
        }
        const awb::ModelRun &ae = result.models[1];
        QCOMPARE(ae.history.loss.size(), std::size_t(4));
        QVERIFY(ae.history.loss.back().first < ae.history.loss.front().first);
    }

    void sameSeedSameScores()
    {
        const awb::RunResult a = awb::runPipeline(demoConfig(3000));
        const awb::RunResult b = awb::runPipeline(demoConfig(3000));
        for (std::size_t m = 0; m < a.models.size(); ++m) {
            QCOMPARE(a.models[m].testScores, b.models[m].testScores);
            QCOMPARE(a.models[m].threshold, b.models[m].threshold);
        }
    }

    void unlabelledDataGivesScoresOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("flows.csv");
        {
            std::ofstream out(path.toStdString());
            awb::writeSyntheticTraffic(out, {2000, 5, 0.1});
        }
        awb::PipelineConfig config;
        config.data.trainFile = path.toStdString();
        config.data.ignore = {awb::ColumnRef::parse("label")};
        config.models = {awb::ModelKind::IsolationForest};
        const awb::RunResult result = awb::runPipeline(config);
        QVERIFY(result.dataset.labelName.empty());
        QCOMPARE(result.models.size(), std::size_t(1));
        QCOMPARE(result.models[0].trainScores.size() + result.models[0].testScores.size(), std::size_t(2000));
        QVERIFY(!result.models[0].train && !result.models[0].test);
    }

    void cancelledBeforeStartReturnsNothing()
    {
        awb::CancelFlag cancel{true};
        QVERIFY_THROWS_EXCEPTION(awb::Cancelled, awb::runPipeline(demoConfig(3000), {}, &cancel));
    }
};

QTEST_APPLESS_MAIN(tst_Pipeline)
#include "tst_pipeline.moc"
