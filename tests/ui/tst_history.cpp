// The run history in the window, as an analyst uses it: runs recorded as they finish, three of them
// compared (the differing setting highlighted, the metrics those stored), the detectors of the
// open dataset compared and a group of their flagged rows listed, a sweep cancelled half-way whose
// finished runs are in the history, and a run reopened from its kept models. With
// AWB_SCREENSHOT_DIR set, also the screenshots on NSL-KDD (1600 x 1000).
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

#include "MainWindow.h"
#include "history/ComparisonView.h"
#include "history/HistoryDock.h"
#include "history/HistoryModel.h"
#include "history/RunHistory.h"
#include "history/SweepView.h"
#include "panels/DetectorPanel.h"
#include "panels/ParamEditor.h"
#include "results/FlaggedRowsTable.h"
#include "results/ResultsPanel.h"

class tst_History : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

    std::int64_t trainForest(std::int64_t trees)
    {
        window->detectorPanel("iforest")->editor("trees")->setValue(trees);
        QSignalSpy recorded(window.get(), &MainWindow::runRecorded);
        window->train({"iforest"});
        if (!recorded.wait(60000))
            return 0;
        return recorded.first().first().value<std::int64_t>();
    }

    std::size_t recordedRuns() const
    {
        return awb::RunHistory(window->historyPath().toStdString(), awb::RunHistory::Access::ReadOnly).list().size();
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_history"));
        QSettings().clear();
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(data).removeRecursively();  // a fresh history each run
        window = std::make_unique<MainWindow>();
        window->resize(1600, 1000);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->historyPath(), QDir(data).filePath("history.sqlite"));
        QSignalSpy loaded(window.get(), &MainWindow::datasetLoaded);
        window->openDemoDataset();
        QVERIFY(loaded.wait(60000));
    }

    void threeRunsComparedAsStored()
    {
        const std::int64_t a = trainForest(30), b = trainForest(60), c = trainForest(120);
        QVERIFY(a && b && c);
        HistoryDock *dock = window->historyDock();
        QCOMPARE(dock->model()->rowCount(), 3);
        // Newest first, by number.
        QCOMPARE(dock->table()->model()->index(0, HistoryModel::IdColumn).data().toLongLong(), c);
        QCOMPARE(dock->table()->model()->index(2, HistoryModel::IdColumn).data().toLongLong(), a);
        dock->table()->selectAll();
        QSignalSpy requested(dock, &HistoryDock::compareRequested);
        dock->findChild<QPushButton *>("historyCompare")->click();
        QVERIFY2(requested.count() == 1, qPrintable(dock->findChild<QLabel *>("historyStatus")->text()));
        auto *view = window->findChild<ComparisonView *>("comparisonView");
        QVERIFY(view);
        const QTableWidget *params = view->parameterTable();
        for (int r = 0; r < params->rowCount(); ++r) {
            const QString name = params->verticalHeaderItem(r)->text();
            // The one setting changed between the runs, and the threshold best F1 chose from the scores.
            const bool expected = name == "iforest.trees" || name == "threshold";
            for (int col = 0; col < params->columnCount(); ++col)
                QVERIFY2(ComparisonView::isHighlighted(params, r, col) == expected, qPrintable(name));
        }
        // The metric table holds the stored figures; the best AUC is marked.
        const awb::RunHistory history(window->historyPath().toStdString(), awb::RunHistory::Access::ReadOnly);
        const QTableWidget *metrics = view->metricTable();
        double best = 0;
        for (int col = 0; col < metrics->columnCount(); ++col) {
            const std::int64_t id = metrics->horizontalHeaderItem(col)->text().mid(1).section(' ', 0, 0).toLongLong();
            const double auc = history.get(id).result.detectors.front().test->rocAuc;
            best = std::max(best, auc);
            QCOMPARE(metrics->item(0, col)->text(), QString::number(auc, 'f', 4));
        }
        for (int col = 0; col < metrics->columnCount(); ++col)
            QCOMPARE(ComparisonView::isHighlighted(metrics, 0, col), QString::number(best, 'f', 4) == metrics->item(0, col)->text());
        screenshot(window.get(), "history-dock.png");
        view->close();
    }

    void currentDetectorsComparedAndAGroupListed()
    {
        QSignalSpy finished(window.get(), &MainWindow::trainingFinished);
        QSignalSpy recorded(window.get(), &MainWindow::runRecorded);
        window->train({"pca", "ecod"});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(recorded.count() == 1 || recorded.wait(30000));  // one run for the two
        ComparisonView *view = window->compareCurrentDetectors();
        QVERIFY(view);
        const awb::FlagAgreement &agreement = view->comparison().agreement;
        QVERIFY(agreement.available);
        const std::size_t testRows = window->dataset()->testRows();
        QCOMPARE(agreement.byAll.size() + agreement.bySome.size() + agreement.byNone.size(), testRows);
        ResultsPanel *panel = window->resultsPanel("pca");
        window->resultsTabs()->setCurrentWidget(panel);
        view->findChild<QPushButton *>("agreeSome")->click();
        QCOMPARE(panel->findChild<FlaggedRowsTable *>("flaggedRowsTable")->rowsModel()->totalRows(), int(agreement.bySome.size()));
        view->close();
    }

    void cancelledSweepKeepsItsFinishedRuns()
    {
        window->detectorPanel("autoencoder")->editor("epochs")->setValue(std::int64_t{3});
        const std::size_t before = recordedRuns();
        QSignalSpy done(window.get(), &MainWindow::sweepFinished);
        window->startSweep("autoencoder", "autoencoder.seed=1:40:1");
        QTRY_VERIFY_WITH_TIMEOUT(recordedRuns() >= before + 3, 60000);
        window->cancelAll();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        const std::size_t swept = recordedRuns() - before;
        QVERIFY2(swept >= 3 && swept < 40, qPrintable(QString::number(swept)));
        auto *view = window->findChild<SweepView *>("sweepView");
        QVERIFY(view);
        QCOMPARE(std::size_t(view->table()->rowCount()), swept);
        QCOMPARE(view->plot()->graphCount(), 1);
        QCOMPARE(std::size_t(view->plot()->graph(0)->dataCount()), swept);
        view->close();
    }

    void reopenedRunShowsItsResults()
    {
        // The newest run trained from the window (a sweep's runs keep no models).
        const awb::RunHistory history(window->historyPath().toStdString(), awb::RunHistory::Access::ReadOnly);
        std::optional<awb::HistoryEntry> withModels;
        for (const awb::HistoryEntry &e : history.list())
            if (!withModels && e.hasModels)
                withModels = e;
        QVERIFY(withModels);
        const awb::HistoryEntry newest = *withModels;
        QSignalSpy reopened(window.get(), &MainWindow::runReopened);
        window->reopenRun(newest.id);
        QVERIFY(reopened.wait(60000));
        const std::string detector = newest.result.detectors.front().spec.detector;
        const awb::DetectorRun *run = window->resultsPanel(detector)->selection()->run();
        QVERIFY(run);
        QVERIFY(*run->result.test == *newest.result.detectors.front().test);
        QCOMPARE(run->result.threshold, newest.result.detectors.front().threshold);
    }

    // Delete asks first: Cancel keeps the run, Delete removes it.
    void deleteAsksFirst()
    {
        HistoryDock *dock = window->historyDock();
        const int before = dock->model()->rowCount();
        QVERIFY(before > 0);
        const std::int64_t newest = dock->table()->model()->index(0, HistoryModel::IdColumn).data().toLongLong();
        for (const bool confirm : {false, true}) {
            dock->table()->selectRow(0);
            dock->findChild<QPushButton *>("historyDelete")->click();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = dock->findChild<QMessageBox *>("confirmDelete")));
            QVERIFY(box->text().contains(QStringLiteral("1 run")));
            if (confirm)
                box->findChild<QPushButton *>("confirmDeleteButton")->click();
            else
                box->button(QMessageBox::Cancel)->click();
            QTRY_VERIFY(!dock->findChild<QMessageBox *>("confirmDelete"));
            QCOMPARE(dock->model()->rowCount(), confirm ? before - 1 : before);
        }
        QVERIFY(dock->table()->model()->index(0, HistoryModel::IdColumn).data().toLongLong() != newest);
    }

    // The screenshots on NSL-KDD, when asked for.
    void nslKddScreenshots()
    {
        const QString folder = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
        const QString train = QStringLiteral(AWB_SHARED_DATASETS "/nsl-kdd/KDDTrain+.txt");
        if (folder.isEmpty() || !QFile::exists(train))
            QSKIP("Set AWB_SCREENSHOT_DIR (and have ../shared/datasets/nsl-kdd) for the NSL-KDD screenshots.");
        awb::DataSpec data;
        data.load.trainFile = train.toStdString();
        data.load.testFile = QStringLiteral(AWB_SHARED_DATASETS "/nsl-kdd/KDDTest+.txt").toStdString();
        data.load.ignore = {awb::ColumnRef::parse("42")};
        QSignalSpy loaded(window.get(), &MainWindow::datasetLoaded);
        window->loadData(data);
        QVERIFY(loaded.wait(60000));
        for (const std::string id : {"iforest", "pca", "ecod"}) {
            window->detectorPanel(id)->findChild<QPushButton *>("reset")->click();
            QSignalSpy recorded(window.get(), &MainWindow::runRecorded);
            window->train({id});
            QVERIFY(recorded.wait(120000));
        }
        HistoryDock *dock = window->historyDock();
        dock->table()->clearSelection();
        for (int row = 0; row < 3; ++row)
            dock->table()->selectionModel()->select(dock->table()->model()->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        window->grab().save(QDir(folder).filePath("nsl-kdd-history-dock.png"));
        ComparisonView *view = window->compare(dock->selectedDetectors());
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QTest::qWait(200);
        view->grab().save(QDir(folder).filePath("nsl-kdd-comparison.png"));
        view->close();
        QSignalSpy swept(window.get(), &MainWindow::sweepFinished);
        window->startSweep("iforest", "iforest.trees=50,100,200;iforest.max_samples=128,256");
        QVERIFY(swept.wait(300000));
        auto *sweep = window->findChild<SweepView *>("sweepView");
        QVERIFY(sweep);
        sweep->resize(1600, 1000);
        QTest::qWait(200);
        sweep->grab().save(QDir(folder).filePath("nsl-kdd-sweep.png"));
    }
};

QTEST_MAIN(tst_History)
#include "tst_history.moc"
