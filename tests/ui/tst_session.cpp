// Sessions driven through the window: train, move a threshold, filter and select rows, rearrange
// the view, save; close the window; open the session in a new window and find every setting,
// threshold, evaluated number and the view as they were. Damaged session files (cut short, random
// bytes, a newer format) each give their message and leave the open session as it was; a data file
// changed since the save is reported, and the stored detectors can be kept. Each completed
// training leaves an autosaved state for recovery.
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fstream>
#include <sstream>
#include <random>

#include "MainWindow.h"
#include "data/SyntheticTraffic.h"
#include "models/DetectorRegistry.h"
#include "panels/DetectorPanel.h"
#include "panels/ParamEditor.h"
#include "pipeline/SessionFile.h"
#include "preferences/Preferences.h"
#include "results/ResultsPanel.h"

namespace {

// Everything the test compares between the saved and the reopened window, per detector.
struct PanelState {
    awb::DetectorSpec settings;
    awb::DetectorSpec trained;
    double threshold = 0.0;
    awb::ConfusionMatrix confusion;
    awb::Evaluation test;
    ResultPart part = ResultPart::Test;
    RowFilter filter;
    std::vector<std::uint32_t> selected;
    std::optional<std::uint32_t> current;
    QByteArray splitter;
};

PanelState stateOf(const MainWindow &window, const std::string &id)
{
    const ResultsPanel *panel = window.resultsPanel(id);
    const ResultSelection *s = panel->selection();
    return {window.detectorPanel(id)->spec(), s->run()->result.spec, s->threshold(), s->currentConfusion(),
            *s->run()->result.test, s->part(), s->filter(), s->selectedRows(), s->currentRow(),
            panel->findChildren<QSplitter *>().front()->saveState()};
}

void compareStates(const PanelState &a, const PanelState &b)
{
    QVERIFY(a.settings == b.settings);
    QVERIFY(a.trained == b.trained);
    QCOMPARE(a.threshold, b.threshold);
    QCOMPARE(a.confusion.tp, b.confusion.tp);
    QCOMPARE(a.confusion.fp, b.confusion.fp);
    QCOMPARE(a.confusion.tn, b.confusion.tn);
    QCOMPARE(a.confusion.fn, b.confusion.fn);
    QVERIFY(a.test == b.test);
    QCOMPARE(a.part, b.part);
    QVERIFY(a.filter.cell == b.filter.cell);
    QVERIFY(a.filter.scoreRange == b.filter.scoreRange);
    QCOMPARE(a.filter.text, b.filter.text);
    QCOMPARE(a.selected, b.selected);
    QCOMPARE(a.current, b.current);
    QCOMPARE(a.splitter, b.splitter);
}

std::unique_ptr<MainWindow> newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1600, 1000);
    window->show();
    return window;
}

void dismissErrors(MainWindow &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>("errorMessage"))
        box->close();
}

} // namespace

class tst_Session : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    void loadAndTrain(const awb::DataSpec &data)
    {
        QSignalSpy loaded(window.get(), &MainWindow::datasetLoaded);
        window->loadData(data);
        QVERIFY(loaded.wait(60000));
        window->detectorPanel("autoencoder")->editor("epochs")->setValue(std::int64_t{3});
        window->detectorPanel("iforest")->editor("trees")->setValue(std::int64_t{60});
        QSignalSpy finished(window.get(), &MainWindow::trainingFinished);
        window->trainAll();
        QTRY_COMPARE_WITH_TIMEOUT(std::size_t(finished.count()), awb::detectorRegistry().all().size(), 120000);
    }

    bool save(const QString &path)
    {
        QSignalSpy saved(window.get(), &MainWindow::sessionSaved);
        window->saveSession(path);
        return saved.wait(30000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_session"));
        QSettings().clear();
        QFile::remove(MainWindow::autosavePath());
        window = newWindow();
        awb::DataSpec demo;
        demo.demo = true;
        demo.demoRows = 4000;
        loadAndTrain(demo);
    }

    void trainingLeavesAnAutosave()
    {
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(MainWindow::autosavePath()), 30000);
        const awb::Session autosaved = awb::loadSession(MainWindow::autosavePath().toStdString());
        QVERIFY(autosaved.models.has_value());
        QCOMPARE(autosaved.models->detectors.size(), awb::detectorRegistry().all().size());
    }

    // After a crash (the window gone without closing), the next start offers the autosaved state.
    void aCrashIsRecoveredFromTheAutosave()
    {
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(MainWindow::autosavePath()), 30000);
        const double threshold = window->resultsPanel("ecod")->selection()->threshold();
        auto next = newWindow();
        QSignalSpy opened(next.get(), &MainWindow::sessionOpened);
        next->offerRestore();
        QMessageBox *offer = nullptr;
        QTRY_VERIFY((offer = next->findChild<QMessageBox *>("restoreMessage")));
        const auto buttons = offer->buttons();
        const auto restore = std::find_if(buttons.begin(), buttons.end(), [offer](QAbstractButton *b) {
            return offer->buttonRole(b) == QMessageBox::AcceptRole;
        });
        QVERIFY(restore != buttons.end());
        (*restore)->click();
        QVERIFY(opened.wait(60000));
        QCOMPARE(next->resultsPanel("ecod")->selection()->threshold(), threshold);
        QVERIFY(next->sessionPath().isEmpty());  // recovered, not a session the analyst saved
    }

    // Results neither recorded nor saved: Quit asks, and Cancel keeps the window open.
    void quitAsksBeforeDiscardingUnsavedResults()
    {
        auto other = newWindow();
        other->applyPreferences([] {
            Preferences p = Preferences::load();
            p.historyFile = QStringLiteral("/proc/no-history-here/history.sqlite");  // cannot be opened
            return p;
        }());
        QSignalSpy loaded(other.get(), &MainWindow::datasetLoaded);
        awb::DataSpec demo;
        demo.demo = true;
        demo.demoRows = 2000;
        other->loadData(demo);
        QVERIFY(loaded.wait(30000));
        QSignalSpy finished(other.get(), &MainWindow::trainingFinished);
        other->train({"pca"});
        QVERIFY(finished.wait(30000));
        QVERIFY(other->hasUnsavedResults());
        QString asked;
        QTimer::singleShot(200, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!other->close());
        QVERIFY2(asked.contains(QStringLiteral("neither in the run history nor in a saved session")), qPrintable(asked));
        QVERIFY(other->isVisible());
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Discard)->click();
        });
        QVERIFY(other->close());
        Preferences defaults = Preferences::load();
        defaults.historyFile.clear();
        defaults.save();
    }

    void reopenedSessionRestoresTheScreen()
    {
        // The analyst's changes after training: a threshold moved, a cell drilled into and rows
        // selected, the other part shown, a setting edited (results out of date), a dock hidden.
        ResultSelection *forest = window->resultsPanel("iforest")->selection();
        forest->setThreshold(forest->threshold() * 1.05);
        forest->setCellFilter({false, true});
        forest->setSelectedRows({0, 2}, 2);
        window->resultsPanel("pca")->selection()->setPart(ResultPart::Train);
        window->resultsPanel("ecod")->selection()->setTextFilter(QStringLiteral("tcp"));
        window->detectorPanel("pca")->editor("variance")->setValue(0.8);
        window->findChild<QDockWidget *>("lossDock")->hide();
        window->findChildren<QSplitter *>().front()->setSizes({300, 500, 300});
        window->resultsTabs()->setCurrentWidget(window->resultsPanel("pca"));

        std::map<std::string, PanelState> before;
        for (const std::string &id : window->detectorIds())
            before[id] = stateOf(*window, id);
        const QString path = dir.filePath("analysis.awbsession");
        QVERIFY(save(path));
        QVERIFY(!window->hasUnsavedResults());
        QVERIFY(window->close());
        window = newWindow();

        QSignalSpy opened(window.get(), &MainWindow::sessionOpened);
        window->openSession(path);
        QVERIFY(opened.wait(60000));
        for (const std::string &id : window->detectorIds()) {
            compareStates(stateOf(*window, id), before[id]);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("detector %1").arg(QString::fromStdString(id))));
        }
        QVERIFY(window->resultsPanel("pca")->isOutOfDate());
        QVERIFY(!window->resultsPanel("iforest")->isOutOfDate());
        QCOMPARE(window->resultsTabs()->currentWidget(), window->resultsPanel("pca"));
        QCOMPARE(window->settingsTabs()->currentIndex(), window->resultsTabs()->currentIndex());
        QVERIFY(window->findChild<QDockWidget *>("lossDock")->isHidden());
        QCOMPARE(window->sessionPath(), path);
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("analysis")));
    }

    void damagedSessionsLeaveTheOpenOneIntact_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "truncated" << "damaged or incomplete";
        QTest::newRow("random bytes") << "random" << "not an Anomaly Workbench session";
        QTest::newRow("newer version") << "newer" << "newer version";
    }

    void damagedSessionsLeaveTheOpenOneIntact()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFile good(window->sessionPath());
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray bytes = good.readAll();
        if (kind == "truncated") {
            bytes.truncate(bytes.size() * 2 / 3);
        } else if (kind == "random") {
            std::mt19937 random(7);
            for (char &b : bytes)
                b = static_cast<char>(random());
        } else {
            const std::uint32_t newer = awb::kSessionVersion + 1;
            std::memcpy(bytes.data() + 8, &newer, sizeof newer);
        }
        const QString path = dir.filePath(kind + ".awbsession");
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(bytes);
        damaged.close();

        const auto data = window->dataset();
        const PanelState forest = stateOf(*window, "iforest");
        const QString title = window->windowTitle();
        QSignalSpy failed(window.get(), &MainWindow::sessionFailed);
        window->openSession(path);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.front().at(1).toString().contains(message), qPrintable(failed.front().at(1).toString()));
        QTRY_VERIFY(!window->findChildren<QMessageBox *>("errorMessage").isEmpty());
        dismissErrors(*window);
        QCOMPARE(window->dataset(), data);
        compareStates(stateOf(*window, "iforest"), forest);
        QCOMPARE(window->windowTitle(), title);
    }

    void changedDataIsReportedAndTheDetectorsCanBeKept()
    {
        const std::string csv = dir.filePath("flows.csv").toStdString();
        {
            std::ofstream out(csv);
            awb::writeSyntheticTraffic(out, {3000, 11, 0.1});
        }
        awb::DataSpec data;
        data.load.trainFile = csv;
        loadAndTrain(data);
        const double threshold = window->resultsPanel("iforest")->selection()->threshold();
        const QString path = dir.filePath("flows.awbsession");
        QVERIFY(save(path));
        {
            std::ostringstream more;
            awb::writeSyntheticTraffic(more, {50, 12, 0.1});
            std::ofstream out(csv, std::ios::app);
            out << more.str().substr(more.str().find('\n') + 1);  // rows without the header
        }
        QSignalSpy opened(window.get(), &MainWindow::sessionOpened);
        window->openSession(path);
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = window->findChild<QMessageBox *>("sessionDataChangedMessage")), 60000);
        QVERIFY2(question->text().contains(QStringLiteral("the training file's contents")), qPrintable(question->text()));
        QVERIFY(opened.isEmpty());  // nothing replaced before the analyst answers
        question->findChild<QPushButton *>("keepButton")->click();
        QTRY_COMPARE(opened.count(), 1);
        const ResultSelection *forest = window->resultsPanel("iforest")->selection();
        QVERIFY(forest->hasResult());
        QCOMPARE(forest->threshold(), threshold);
        QCOMPARE(forest->dataset()->summary.trainRows + forest->dataset()->summary.testRows, std::size_t{3050});
    }
};

QTEST_MAIN(tst_Session)
#include "tst_session.moc"
