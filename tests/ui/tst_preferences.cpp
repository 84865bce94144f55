// Preferences: the dialog shows what is stored and hands back what was chosen; they survive a
// restart (QSettings); the window applies them: every detector's Reset to defaults takes the default
// threshold policy, the run history moves to the chosen file, reports take the page size, a newly
// opened file starts with the chosen scaling, and training uses the chosen number of threads.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "MainWindow.h"
#include "data/SyntheticTraffic.h"
#include "dialogs/ImportDialog.h"
#include "panels/DetectorPanel.h"
#include "history/RunHistory.h"
#include "preferences/PreferencesDialog.h"
#include "results/ResultsPanel.h"

class tst_Preferences : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static Preferences chosen(const QString &history)
    {
        Preferences p;
        p.language = QStringLiteral("de");
        p.scaling = awb::Scaling::Robust;
        p.threshold = awb::ThresholdPolicy::parse("fpr:0.02");
        p.historyFile = history;
        p.threads = 1;
        p.pageSize = QStringLiteral("letter");
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AnomalyWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
        QSettings().clear();
    }

    void dialogShowsAndReturnsThem()
    {
        const Preferences wanted = chosen(dir.filePath("runs.sqlite"));
        PreferencesDialog dialog(wanted);
        QCOMPARE(dialog.findChild<QComboBox *>("language")->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(dialog.findChild<QSpinBox *>("threads")->value(), 1);
        QVERIFY(dialog.preferences() == wanted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QVERIFY(dialog.preferences() == Preferences{});
        QVERIFY(!dialog.findChild<QComboBox *>("pageSize")->toolTip().isEmpty());
    }

    void theySurviveARestart()
    {
        const Preferences wanted = chosen(dir.filePath("runs.sqlite"));
        wanted.save();
        QVERIFY(Preferences::load() == wanted);
        QCOMPARE(wanted.reportPageSize().id(), QPageSize::Letter);
        QSettings().clear();
        QVERIFY(Preferences::load() == Preferences{});
    }

    void theWindowAppliesThem()
    {
        MainWindow window;
        const QString history = dir.filePath("elsewhere.sqlite");
        window.applyPreferences(chosen(history));
        QCOMPARE(window.historyPath(), history);
        QVERIFY(QFile::exists(history));  // the history was opened there
        for (const std::string &id : window.detectorIds()) {
            window.detectorPanel(id)->findChild<QPushButton *>("reset")->click();
            QCOMPARE(QString::fromStdString(window.detectorPanel(id)->spec().threshold.text()), QStringLiteral("fpr:0.02"));
        }
        const QString csv = dir.filePath("flows.csv");
        awb::writeSyntheticTrafficFile(csv.toStdString(), {500, 3, 0.1});
        ImportDialog import(csv);
        QCOMPARE(import.options().scaling, awb::Scaling::Robust);

        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        awb::DataSpec demo;
        demo.demo = true;
        demo.demoRows = 2000;
        window.loadData(demo);
        QVERIFY(loaded.wait(30000));
        QSignalSpy finished(&window, &MainWindow::trainingFinished);
        window.train({"pca"});
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.resultsPanel("pca")->selection()->run()->result.spec.threshold.text(), std::string("fpr:0.02"));
        QSignalSpy recorded(&window, &MainWindow::runRecorded);
        QVERIFY(recorded.wait(30000));
        const awb::RunHistory runs(history.toStdString(), awb::RunHistory::Access::ReadOnly);
        QCOMPARE(runs.get(recorded.front().at(0).toLongLong()).spec.threads, 1);
    }
};

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
