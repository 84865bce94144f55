// The whole window driven as an analyst would: open the demo dataset, train both models in the
// background, drill into the false positives, move the threshold, cancel a run, and survive a
// malformed file with the previous dataset intact. Set AWB_SCREENSHOT_DIR to also save screenshots.
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QElapsedTimer>
#include <QComboBox>
#include <QTableWidget>

#include "MainWindow.h"
#include "dialogs/ImportDialog.h"
#include "panels/AutoencoderPanel.h"
#include "results/ConfusionMatrixView.h"
#include "results/FlaggedRowsTable.h"
#include "results/ResultsPanel.h"
#include "views/LossCurvePlot.h"

class tst_MainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;

    void screenshot(const QString &name)
    {
        const QString folder = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            window->grab().save(QDir(folder).filePath(name));
    }

    void setEpochs(int epochs)
    {
        awb::AutoencoderParams p = window->autoencoderPanel()->params();
        p.epochs = epochs;
        p.patience = 0;
        window->autoencoderPanel()->setParams(p);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // settings go to a test location, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        window = std::make_unique<MainWindow>();
        window->resize(1600, 1000);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->windowTitle(), QStringLiteral("Anomaly Workbench"));
    }

    void opensTheDemoDataset()
    {
        QSignalSpy loaded(window.get(), &MainWindow::datasetLoaded);
        window->openDemoDataset();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window->dataset()->features.rows(), Eigen::Index(20000));
        QVERIFY(window->findChild<QLabel *>("datasetLabel")->text().contains("14,000") ||
                window->findChild<QLabel *>("datasetLabel")->text().contains("14000"));
    }

    void trainsBothModelsInTheBackground()
    {
        setEpochs(8);
        QSignalSpy finished(window.get(), &MainWindow::trainingFinished);
        window->trainAll();
        QVERIFY(window->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY(!window->isBusy());
        QCOMPARE(window->lossCurve()->pointCount(), 8);
        for (const auto kind : {awb::ModelKind::IsolationForest, awb::ModelKind::Autoencoder})
            QVERIFY(window->resultsPanel(kind)->selection()->hasResult());
        screenshot("main-window-trained.png");
    }

    void falsePositiveCellFiltersTheTable()
    {
        ResultsPanel *panel = window->resultsPanel(awb::ModelKind::Autoencoder);
        auto *matrix = panel->findChild<ConfusionMatrixView *>("confusionMatrixView");
        auto *table = panel->findChild<FlaggedRowsTable *>("flaggedRowsTable");
        QVERIFY(matrix && table);
        const awb::ConfusionMatrix cm = panel->selection()->currentConfusion();
        QVERIFY(cm.fp > 0);
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter({false, true}));
        QTRY_COMPARE(table->model()->rowCount(), int(cm.fp));
        QCOMPARE(panel->selection()->visibleRowCount(), std::size_t(cm.fp));
        screenshot("false-positive-drilldown.png");
    }

    void movingTheThresholdMatchesTheCoreMetrics()
    {
        ResultsPanel *panel = window->resultsPanel(awb::ModelKind::IsolationForest);
        ResultSelection *selection = panel->selection();
        selection->setPart(ResultPart::Test);
        const awb::ModelRun *run = selection->run();
        const auto labels = std::span<const std::uint8_t>(window->dataset()->isAnomaly).subspan(window->dataset()->trainRows);
        awb::ConfusionMatrix previous = selection->currentConfusion();
        for (const double threshold : {0.45, 0.5, 0.55, 0.6}) {
            selection->setThreshold(threshold);
            const awb::ConfusionMatrix shown = selection->currentConfusion();
            const awb::ConfusionMatrix expected = awb::confusionMatrix(labels, run->testScores, threshold);
            QVERIFY2(shown == expected, qPrintable(QString("part %1: shown %2 %3 %4 %5, core %6 %7 %8 %9")
                                                       .arg(int(selection->part())).arg(shown.tn).arg(shown.fp).arg(shown.fn)
                                                       .arg(shown.tp).arg(expected.tn).arg(expected.fp).arg(expected.fn)
                                                       .arg(expected.tp)));  // what the CLI computes
            QVERIFY(shown.fp + shown.tp <= previous.fp + previous.tp || threshold == 0.45);  // higher: fewer flagged
            previous = shown;
        }
        selection->resetThreshold();
        QCOMPARE(selection->threshold(), run->threshold);
    }

    void cancelStopsTrainingQuicklyAndLeavesTheUiUsable()
    {
        const auto before = window->resultsPanel(awb::ModelKind::Autoencoder)->selection()->run();
        setEpochs(100000);
        QSignalSpy cancelled(window.get(), &MainWindow::trainingCancelled);
        window->train({awb::ModelKind::Autoencoder});
        QTest::qWait(500);
        QVERIFY(window->isBusy());
        screenshot("loss-curve-mid-training.png");
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(cancelled.wait(5000));
        const qint64 stopMs = clock.elapsed();
        qInfo("training stopped %lld ms after Esc", stopMs);
        QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
        QVERIFY(!window->isBusy());
        // Nothing half-trained is shown: the previous result stays.
        QCOMPARE(window->resultsPanel(awb::ModelKind::Autoencoder)->selection()->run(), before);
        setEpochs(3);
        QSignalSpy finished(window.get(), &MainWindow::trainingFinished);
        window->train({awb::ModelKind::Autoencoder});
        QVERIFY(finished.wait(60000));
    }

    void hyperparametersAreRememberedAcrossRestarts()
    {
        awb::AutoencoderParams p = window->autoencoderPanel()->params();
        p.encoderLayers = {24, 6};
        p.learningRate = 0.004;
        window->autoencoderPanel()->setParams(p);
        window->close();  // writes the settings, as quitting does
        MainWindow next;
        const awb::AutoencoderParams restored = next.autoencoderPanel()->params();
        QCOMPARE(restored.encoderLayers, (std::vector<int>{24, 6}));
        QCOMPARE(restored.learningRate, 0.004);
        window->show();
    }

    // The screenshots on real data, when asked for (AWB_SCREENSHOT_DIR) and NSL-KDD is there.
    void nslKddWalkthrough()
    {
        const QString folder = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        const QString train = QStringLiteral(AWB_SHARED_DATASETS "/nsl-kdd/KDDTrain+.txt");
        if (folder.isEmpty() || !QFile::exists(train))
            QSKIP("Set AWB_SCREENSHOT_DIR (and have ../shared/datasets/nsl-kdd) for the NSL-KDD screenshots.");
        ImportDialog dialog(train, window.get());
        dialog.resize(1600, 1000);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.previewError().isEmpty());
        QCOMPARE(dialog.previewTable()->columnCount(), 43);
        // As an analyst would: the difficulty column (42) is not a feature.
        auto *difficulty = qobject_cast<QComboBox *>(dialog.previewTable()->cellWidget(0, 42));
        QVERIFY(difficulty);
        difficulty->setCurrentIndex(difficulty->findData(int(awb::ColumnRole::Ignored)));
        dialog.grab().save(QDir(folder).filePath("import-dialog-nsl-kdd.png"));
        awb::LoadOptions options = dialog.options();
        dialog.close();
        options.testFile = QStringLiteral(AWB_SHARED_DATASETS "/nsl-kdd/KDDTest+.txt").toStdString();

        QSignalSpy loaded(window.get(), &MainWindow::datasetLoaded);
        window->loadDataset(options);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window->dataset()->summary.trainRows, std::size_t(125973));
        setEpochs(20);
        QSignalSpy finished(window.get(), &MainWindow::trainingFinished);
        window->trainAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 300000);
        window->grab().save(QDir(folder).filePath("nsl-kdd-trained.png"));
        ResultsPanel *panel = window->resultsPanel(awb::ModelKind::Autoencoder);
        panel->selection()->setPart(ResultPart::Test);
        auto *matrix = panel->findChild<ConfusionMatrixView *>("confusionMatrixView");
        QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter({false, true}));
        QTRY_COMPARE(panel->findChild<FlaggedRowsTable *>("flaggedRowsTable")->model()->rowCount(),
                     int(panel->selection()->currentConfusion().fp));
        window->grab().save(QDir(folder).filePath("nsl-kdd-false-positives.png"));
        setEpochs(200);
        QSignalSpy cancelled(window.get(), &MainWindow::trainingCancelled);
        window->train({awb::ModelKind::Autoencoder});
        QTRY_VERIFY_WITH_TIMEOUT(window->lossCurve()->pointCount() >= 6, 60000);
        window->grab().save(QDir(folder).filePath("nsl-kdd-loss-curve-mid-training.png"));
        window->cancelAll();
        QVERIFY(cancelled.wait(5000));
    }

    void malformedFileKeepsThePreviousDataset()
    {
        const auto previous = window->dataset();
        const QString bad = dir.filePath("bad.csv");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,label\n1,2,normal\n3,4,attack\n5,normal\n");
        f.close();
        QSignalSpy failed(window.get(), &MainWindow::loadFailed);
        awb::LoadOptions options;
        options.trainFile = bad.toStdString();
        window->loadDataset(options);
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains("bad.csv:4:") && message.contains("fields"), qPrintable(message));
        QCOMPARE(window->dataset(), previous);
        auto *box = window->findChild<QMessageBox *>("errorMessage");
        QVERIFY(box && box->text() == message);
        box->close();
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
