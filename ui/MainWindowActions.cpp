// MainWindow's menus and what they remember: the actions and their shortcuts, the undo steps of
// settings edits (threshold steps are the results panels'), the preferences, recent files with their
// import options, and the window's layout and detector settings across restarts.
#include "MainWindow.h"

#include <utility>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include "help/HelpWindows.h"
#include "models/DetectorRegistry.h"
#include "panels/DetectorPanel.h"
#include "pipeline/RunDocument.h"
#include "preferences/PreferencesDialog.h"
#include "results/ResultsPanel.h"

namespace {

constexpr int kMaxRecent = 8;

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Dataset..."), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a CSV or TSV file, optionally gzipped"));
    QAction *demo = file->addAction(tr("Open &Demo Dataset"), this, &MainWindow::openDemoDataset);
    demo->setToolTip(tr("Load the built-in generated network-flow dataset (20,000 labelled flows)"));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *openSession = file->addAction(tr("Open &Session..."), this, &MainWindow::openSessionDialog);
    openSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openSession->setToolTip(tr("Open a saved session: its dataset, settings, trained detectors, thresholds and views"));
    recentSessionsMenu_ = file->addMenu(tr("Recent S&essions"));
    QAction *saveSession = file->addAction(tr("Sa&ve Session..."), this, &MainWindow::saveSessionDialog);
    saveSession->setShortcut(QKeySequence::Save);
    saveSession->setToolTip(tr("Save the dataset reference, every detector's settings, the trained detectors, the "
                               "thresholds and the views to an .awbsession file (Ctrl+S)"));
    trainOneActions_.push_back(saveSession);
    file->addSeparator();
    QAction *report = file->addAction(tr("Export &Report..."), this, &MainWindow::exportReportDialog);
    report->setShortcut(QKeySequence::Print);
    report->setToolTip(tr("A PDF report of every trained detector, at the thresholds on screen (Ctrl+P)"));
    QAction *rows = file->addAction(tr("Export Ro&ws..."), this, &MainWindow::exportRowsDialog);
    rows->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    rows->setToolTip(tr("The rows of the current table, as filtered and sorted, to CSV"));
    QAction *metrics = file->addAction(tr("Export &Metrics..."), this, &MainWindow::exportMetricsDialog);
    metrics->setToolTip(tr("Every trained detector's train and test metrics to CSV"));
    QAction *model = file->addAction(tr("Export Mo&del..."), this, &MainWindow::exportModelDialog);
    model->setToolTip(tr("The trained detectors with their preprocessing and the thresholds on screen as a model file, "
                         "for \"anomaly-cli score --load-model\" to score files of any size (or anomaly-cli --load-model)"));
    QAction *onnx = file->addAction(tr("Export Model as &ONNX..."), this, &MainWindow::exportOnnxDialog);
    onnx->setToolTip(tr("The trained detectors with their preprocessing and the thresholds on screen as an ONNX model, "
                        "to score with ONNX Runtime where the traffic is (ECOD has no ONNX form and is left out)"));
    for (QAction *a : {report, rows, metrics, model, onnx})
        trainOneActions_.push_back(a);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoGroup_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Take back the last threshold or settings change of this detector (Ctrl+Z)"));
    QAction *redo = undoGroup_->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences..."), this, &MainWindow::preferencesDialog);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    trainAction_ = run->addAction(tr("&Train All Detectors"), this, &MainWindow::trainAll);
    trainAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    trainAction_->setToolTip(tr("Train every detector at the same time, each in its own thread (Ctrl+R)"));
    for (const DetectorSlot &s : slots_) {
        const std::string id = s.detector->id();
        trainOneActions_.push_back(run->addAction(tr("Train %1").arg(detectorTitle(*s.detector)), this, [this, id] { train({id}); }));
    }
    run->addSeparator();
    QAction *sweep = run->addAction(tr("&Sweep Settings..."), this, &MainWindow::sweepDialog);
    sweep->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    sweep->setToolTip(tr("Train one detector over a grid of settings and compare the runs"));
    trainOneActions_.push_back(sweep);
    QAction *compareAll = run->addAction(tr("C&ompare Detectors"), this, &MainWindow::compareCurrentDetectors);
    compareAll->setToolTip(tr("Compare the detectors trained on this dataset side by side"));
    trainOneActions_.push_back(compareAll);
    run->addSeparator();
    cancelAction_ = run->addAction(tr("&Cancel"), this, &MainWindow::cancelAll);
    cancelAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction_->setToolTip(tr("Stop loading or training (Esc)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), this, [this] { showUserGuide(this); })->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showKeyboardShortcuts(this); });
    help->addSeparator();
    help->addAction(tr("&About Anomaly Workbench"), this, [this] { showAbout(this); })->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolBar");
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(open);
    toolbar->addAction(demo);
    toolbar->addSeparator();
    toolbar->addAction(trainAction_);
    toolbar->addAction(cancelAction_);
}

namespace {

// One settings edit of a detector. Edits of the same settings within a second (typing a number, a
// spin box's arrows) are one step.
class ChangeSettings : public QUndoCommand {
public:
    ChangeSettings(DetectorPanel *panel, bool *undoing, awb::DetectorSpec before, awb::DetectorSpec after, const QString &text)
        : QUndoCommand(text), panel_(panel), undoing_(undoing), before_(std::move(before)), after_(std::move(after))
    {
        time_.start();
    }
    void undo() override { apply(before_); }
    void redo() override
    {
        if (!std::exchange(pushed_, false))  // on the push the panel already shows it: typing stays put
            apply(after_);
    }
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeSettings *>(other);
        if (time_.elapsed() > 1000 || changed(before_, after_) != changed(next->before_, next->after_))
            return false;
        after_ = next->after_;
        time_.restart();
        return true;
    }

private:
    static std::vector<std::string> changed(const awb::DetectorSpec &a, const awb::DetectorSpec &b)
    {
        std::vector<std::string> keys;
        for (const auto &[key, value] : b.params)
            if (const auto it = a.params.find(key); it == a.params.end() || !(it->second == value))
                keys.push_back(key);
        if (a.trainOn != b.trainOn)
            keys.emplace_back("train_on");
        if (!(a.threshold == b.threshold))
            keys.emplace_back("threshold");
        return keys;
    }
    void apply(const awb::DetectorSpec &spec)
    {
        *undoing_ = true;
        panel_->setSpec(spec);
        *undoing_ = false;
    }
    DetectorPanel *panel_;
    bool *undoing_;
    awb::DetectorSpec before_, after_;
    QElapsedTimer time_;
    bool pushed_ = true;
};

} // namespace

void MainWindow::recordSettings(DetectorSlot &s)
{
    const awb::DetectorSpec before = s.recordedSpec;
    s.recordedSpec = s.settings->spec();
    if (s.undoing || before == s.recordedSpec)
        return;
    s.results->undoStack()->push(new ChangeSettings(s.settings, &s.undoing, before, s.recordedSpec,
                                                    tr("Change the %1 settings").arg(detectorTitle(*s.detector))));
}

void MainWindow::preferencesDialog()
{
    PreferencesDialog dialog(preferences_, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.preferences());
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const bool newLanguage = preferences.language != preferences_.language;
    preferences.save();
    preferences_ = preferences;
    for (DetectorSlot &s : slots_)
        s.settings->setDefaultThreshold(preferences_.threshold);
    if (preferences_.historyPath() != historyPath_)
        openHistory(preferences_.historyPath());
    if (newLanguage)
        statusBar()->showMessage(tr("The language changes the next time Anomaly Workbench starts."), 10000);
}

// The newest first, each once, at most kMaxRecent: the File menu's recent files and sessions.
void MainWindow::addRecent(const QString &key, const QString &path)
{
    QSettings settings;
    QStringList paths = settings.value(key).toStringList();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > kMaxRecent)
        paths.removeLast();
    settings.setValue(key, paths);
    rebuildRecentMenu();
}

// A recent file keeps the import options it was last loaded with, column roles included.
void MainWindow::addRecentFile(const QString &file, const awb::LoadOptions &options)
{
    addRecent(QStringLiteral("recentFiles"), file);
    QSettings settings;
    const QStringList files = settings.value("recentFiles").toStringList();
    QVariantMap stored = settings.value("recentFileOptions").toMap();
    stored.insert(file, QString::fromStdString(awb::jsonText(awb::toJson(options))));
    for (const QString &old : stored.keys())
        if (!files.contains(old))
            stored.remove(old);
    settings.setValue("recentFileOptions", stored);
}

void MainWindow::rebuildRecentMenu()
{
    const std::pair<QMenu *, QString> menus[] = {{recentMenu_, QStringLiteral("recentFiles")},
                                                 {recentSessionsMenu_, QStringLiteral("recentSessions")}};
    for (const auto &[menu, key] : menus) {
        menu->clear();
        const QStringList paths = QSettings().value(key).toStringList();
        for (const QString &path : paths)
            menu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPath(path); })->setToolTip(path);
        menu->setEnabled(!paths.isEmpty());
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
        resize(windowSizeForScreen());
    restoreState(settings.value("window/state").toByteArray());
    for (DetectorSlot &s : slots_)
        s.settings->restoreSettings(settings);
    rebuildRecentMenu();
}

QSize MainWindow::windowSizeForScreen() const
{
    return QSize(1600, 1000).boundedTo(screen()->availableSize() * 0.95);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    for (const DetectorSlot &s : slots_)
        s.settings->saveSettings(settings);
}
