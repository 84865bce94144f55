// MainWindow: the docks, loading data, training in the background and the wiring between tasks and views.
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

#include "dialogs/ImportDialog.h"
#include "history/HistoryDock.h"
#include "history/RunHistory.h"
#include "models/DetectorRegistry.h"
#include "panels/DetectorPanel.h"
#include "pipeline/RunDocument.h"
#include "results/ResultsPanel.h"
#include "views/DatasetSummaryView.h"
#include "views/LossCurvePlot.h"
#include "workers/BackgroundTask.h"

namespace {

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

QString MainWindow::detectorTitle(const awb::Detector &detector)
{
    return QCoreApplication::translate("awb", detector.displayName().c_str());
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), preferences_(Preferences::load())
{
    setWindowTitle(tr("Anomaly Workbench"));
    setObjectName("mainWindow");
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    tabs_ = new QTabWidget;
    tabs_->setObjectName("resultsTabs");
    settingsTabs_ = new QTabWidget;
    settingsTabs_->setObjectName("settingsTabs");
    // In a narrow dock every tab stays in view, its name shortened ("Isolati…") rather than scrolled
    // off ("ation Forest"); the tooltip has it whole.
    settingsTabs_->setUsesScrollButtons(false);
    settingsTabs_->setElideMode(Qt::ElideRight);
    for (const auto &detector : awb::detectorRegistry().all()) {
        DetectorSlot s;
        s.detector = detector.get();
        s.results = new ResultsPanel;
        s.results->setObjectName(QString::fromStdString(detector->id()) + QStringLiteral("Results"));
        s.settings = new DetectorPanel(*detector);
        tabs_->addTab(s.results, detectorTitle(*detector));
        settingsTabs_->setTabToolTip(settingsTabs_->addTab(scrollable(s.settings), detectorTitle(*detector)),
                                     detectorTitle(*detector));
        slots_.push_back(s);
    }
    for (DetectorSlot &s : slots_) {
        const std::string id = s.detector->id();
        connect(s.settings, &DetectorPanel::trainRequested, this, [this, id] { train({id}); });
        connect(s.settings, &DetectorPanel::specChanged, this, [this, id] {
            recordSettings(*slot(id));
            markOutOfDate(*slot(id));
        });
    }
    undoGroup_ = new QUndoGroup(this);
    for (const DetectorSlot &s : slots_)
        undoGroup_->addStack(s.results->undoStack());
    // A detector's settings and its results are shown together.
    connect(tabs_, &QTabWidget::currentChanged, settingsTabs_, &QTabWidget::setCurrentIndex);
    connect(settingsTabs_, &QTabWidget::currentChanged, tabs_, &QTabWidget::setCurrentIndex);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int i) {
        if (i < 0 || static_cast<std::size_t>(i) >= slots_.size())
            return;
        showTrainingHistory(slots_[static_cast<std::size_t>(i)]);
        undoGroup_->setActiveStack(slots_[static_cast<std::size_t>(i)].results->undoStack());
    });
    setCentralWidget(tabs_);

    createDocks();
    createHistoryDock();
    createActions();

    datasetLabel_ = new QLabel(tr("No dataset"));
    datasetLabel_->setObjectName("datasetLabel");
    progressLabel_ = new QLabel;
    progressLabel_->setObjectName("progressLabel");
    progressBar_ = new QProgressBar;
    progressBar_->setObjectName("progressBar");
    progressBar_->setRange(0, 1000);
    progressBar_->setMaximumWidth(220);
    cancelButton_ = new QToolButton;
    cancelButton_->setObjectName("cancelButton");
    cancelButton_->setDefaultAction(cancelAction_);
    statusBar()->addWidget(datasetLabel_);
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(progressBar_);
    statusBar()->addPermanentWidget(cancelButton_);

    for (DetectorSlot &s : slots_)
        s.settings->setDefaultThreshold(preferences_.threshold);
    readSettings();
    for (DetectorSlot &s : slots_) {
        s.recordedSpec = s.settings->spec();
        s.results->undoStack()->clear();  // restoring the last settings is no step to take back
    }
    undoGroup_->setActiveStack(slots_.front().results->undoStack());
    updateProgress();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Tasks first (each cancels and waits for its work), while the slots their signals update exist.
    tabs_->disconnect(this);
    settingsTabs_->disconnect(this);
    historyDock_->setHistory(nullptr);  // the history goes before the dock that shows it
    for (BackgroundTask *task : tasks()) {
        if (!task)
            continue;
        task->disconnect(this);
        delete task;
    }
    if (autosaveTask_) {
        autosaveTask_->disconnect(this);
        delete autosaveTask_;  // waits for the write: the file is whole or absent
    }
    if (closing_ && ownsAutosave_)
        QFile::remove(autosavePath());  // closed normally: nothing to recover next time
}

std::vector<std::string> MainWindow::detectorIds() const
{
    std::vector<std::string> ids;
    for (const DetectorSlot &s : slots_)
        ids.push_back(s.detector->id());
    return ids;
}

MainWindow::DetectorSlot *MainWindow::slot(const std::string &detectorId)
{
    for (DetectorSlot &s : slots_)
        if (s.detector->id() == detectorId)
            return &s;
    return nullptr;
}

const MainWindow::DetectorSlot *MainWindow::slot(const std::string &detectorId) const
{
    return const_cast<MainWindow *>(this)->slot(detectorId);
}

ResultsPanel *MainWindow::resultsPanel(const std::string &detectorId) const
{
    const DetectorSlot *s = slot(detectorId);
    return s ? s->results : nullptr;
}

DetectorPanel *MainWindow::detectorPanel(const std::string &detectorId) const
{
    const DetectorSlot *s = slot(detectorId);
    return s ? s->settings : nullptr;
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const char *name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    summary_ = new DatasetSummaryView;
    auto *datasetDock = dock(tr("Dataset"), "datasetDock", scrollable(summary_), Qt::LeftDockWidgetArea);
    auto *settingsDock = dock(tr("Detector settings"), "detectorSettingsDock", settingsTabs_, Qt::LeftDockWidgetArea);
    lossCurve_ = new LossCurvePlot;
    auto *lossDock = dock(tr("Training loss"), "lossDock", lossCurve_, Qt::LeftDockWidgetArea);
    resizeDocks({datasetDock, settingsDock, lossDock}, {220, 420, 200}, Qt::Vertical);
    resizeDocks({datasetDock}, {380}, Qt::Horizontal);
}

std::vector<BackgroundTask *> MainWindow::tasks() const
{
    std::vector<BackgroundTask *> all{loadTask_};
    all.insert(all.end(), otherTasks_.begin(), otherTasks_.end());
    for (const DetectorSlot &s : slots_)
        all.push_back(s.task);
    return all;
}

bool MainWindow::isBusy() const
{
    for (BackgroundTask *task : tasks())
        if (task && task->isRunning())
            return true;
    return false;
}

void MainWindow::openFileDialog()
{
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Dataset"), settings.value("lastDirectory").toString(),
                                                      tr("Data files (*.csv *.tsv *.txt *.gz);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void MainWindow::openPath(const QString &given)
{
    const QString path = QFileInfo(given).absoluteFilePath();  // recent files and sessions work from anywhere
    if (path.endsWith(QStringLiteral(".awbsession"), Qt::CaseInsensitive))
        openSession(path);
    else
        openFile(path);
}

void MainWindow::openFile(const QString &file)
{
    if (!confirmDiscard())
        return;
    std::optional<awb::LoadOptions> recent;
    const QVariantMap stored = QSettings().value("recentFileOptions").toMap();
    if (const auto options = stored.find(file); options != stored.end()) {
        try {
            recent = awb::loadOptionsFromJson(awb::parseJson(options->toString().toStdString()));
        } catch (const std::exception &) {
            // Options stored by another version: the dialog keeps what it infers from the file.
        }
    }
    importFile(file, recent);
}

void MainWindow::importFile(const QString &file, const std::optional<awb::LoadOptions> &options)
{
    ImportDialog dialog(file, this);
    if (options)
        dialog.setOptions(*options);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue("lastDirectory", QFileInfo(file).absolutePath());
    addRecentFile(file, dialog.options());
    awb::DataSpec data;
    data.load = dialog.options();
    loadData(data, true);
}

void MainWindow::openDemoDataset()
{
    if (!confirmDiscard())
        return;
    awb::DataSpec data;
    data.demo = true;
    loadData(data);
}

void MainWindow::loadData(const awb::DataSpec &data, bool fromImport)
{
    if (loadTask_ && loadTask_->isRunning())
        return;
    const QString name = data.demo ? tr("demo dataset") : QFileInfo(QString::fromStdString(data.load.trainFile)).fileName();
    auto result = std::make_shared<std::shared_ptr<awb::Dataset>>();
    auto *task = new BackgroundTask(tr("Loading %1").arg(name), [data, result](const awb::ProgressFn &progress,
                                                                              const awb::CancelFlag *cancel) {
        *result = std::make_shared<awb::Dataset>(awb::Pipeline(awb::RunSpec{data, {}, 0}).load(progress, cancel));
    }, this);
    loadTask_ = task;
    connect(task, &BackgroundTask::succeeded, this, [this, result, data, name] {
        adoptDataset(std::move(*result), data, name);
        emit datasetLoaded();
    });
    connect(task, &BackgroundTask::failed, this, [this, data, fromImport](const QString &message) {
        QMessageBox *box = showError(tr("The dataset could not be loaded"), message);
        if (fromImport)
            connect(box, &QMessageBox::finished, this, [this, data] {
                importFile(QString::fromStdString(data.load.trainFile), data.load);
            }, Qt::QueuedConnection);
        emit loadFailed(message);
    });
    trackTask(task);
}

void MainWindow::adoptDataset(std::shared_ptr<const awb::Dataset> data, const awb::DataSpec &spec, const QString &name)
{
    cancelAll();  // results of the previous dataset are no longer comparable
    dataset_ = std::move(data);
    dataSpec_ = spec;
    datasetName_ = name;
    sessionPath_.clear();
    unsavedResults_ = false;
    updateTitle();
    summary_->showSummary(dataset_->summary);
    for (DetectorSlot &s : slots_) {
        s.results->clear();
        s.liveEpochs.clear();
    }
    lossCurve_->clearCurves();
    const auto &summary = dataset_->summary;
    datasetLabel_->setText(tr("%1: %2 train + %3 test rows, %4 features")
                               .arg(datasetName_, QLocale().toString(qulonglong(summary.trainRows)),
                                    QLocale().toString(qulonglong(summary.testRows)))
                               .arg(summary.numericFeatures + summary.categoricalFeatures));
}

void MainWindow::trainAll()
{
    train(detectorIds());
}

void MainWindow::train(const std::vector<std::string> &detectorIds)
{
    if (!dataset_) {
        showError(tr("Nothing to train on"), tr("Open a dataset first (File > Open Dataset, or the demo dataset)."));
        return;
    }
    // One detector: its results are shown when it finishes. Several: the window stays on the tab
    // the analyst is reading, and each tab fills in as its detector finishes.
    const bool showWhenDone = detectorIds.size() == 1;
    auto batch = std::make_shared<TrainingBatch>();
    batch->spec.data = dataSpec_;
    batch->spec.threads = preferences_.threads;
    batch->data = dataset_;
    std::vector<DetectorSlot *> starting;
    for (const std::string &id : detectorIds) {
        DetectorSlot *s = slot(id);
        if (!s || (s->task && s->task->isRunning()))
            continue;
        if (!s->settings->isValid()) {
            showError(tr("Invalid settings"), tr("%1: a parameter holds a value it does not accept (marked in red).")
                                                  .arg(detectorTitle(*s->detector)));
            continue;
        }
        starting.push_back(s);
    }
    batch->pending = static_cast<int>(starting.size());
    for (DetectorSlot *s : starting)
        startTraining(*s, showWhenDone, batch);
}

void MainWindow::startTraining(DetectorSlot &s, bool showWhenDone, const std::shared_ptr<TrainingBatch> &batch)
{
    const awb::DetectorSpec spec = s.settings->spec();
    const std::string id = s.detector->id();
    auto run = std::make_shared<awb::DetectorRun>();
    auto prepared = std::make_shared<std::shared_ptr<const PreparedResult>>();
    const auto data = dataset_;
    const awb::RunSpec runSpec{dataSpec_, {spec}, preferences_.threads};
    auto *task = new BackgroundTask(detectorTitle(*s.detector), [data, runSpec, run, prepared](
                                                                    const awb::ProgressFn &progress,
                                                                    const awb::CancelFlag *cancel) {
        awb::PipelineObserver observer;
        observer.progress = progress;
        *run = awb::Pipeline(runSpec).train(*data, runSpec.detectors.front(), observer, cancel);
        *prepared = prepareResult(*data, *run);  // the sorting the views need, off the GUI thread
    }, this);
    s.task = task;
    s.liveEpochs.clear();
    connect(task, &BackgroundTask::epochsFinished, this, [this, id](const std::vector<awb::ProgressEvent> &epochs) {
        DetectorSlot &current = *slot(id);
        current.liveEpochs.insert(current.liveEpochs.end(), epochs.begin(), epochs.end());
        showTrainingHistory(current);
    });
    connect(task, &BackgroundTask::succeeded, this, [this, id, run, data, prepared, showWhenDone, batch] {
        DetectorSlot &done = *slot(id);
        done.liveEpochs.clear();
        done.results->setResult(data, run, *prepared);
        markOutOfDate(done);
        if (showWhenDone)
            tabs_->setCurrentWidget(done.results);
        showTrainingHistory(done);
        emit trainingFinished(QString::fromStdString(id));
        finishInBatch(batch, run);
    });
    connect(task, &BackgroundTask::cancelled, this, [this, id, batch] {
        DetectorSlot &stopped = *slot(id);
        stopped.liveEpochs.clear();  // a cancelled run leaves no trace: the views keep the previous result
        showTrainingHistory(stopped);
        statusBar()->showMessage(tr("%1: training cancelled; the previous results are unchanged.")
                                     .arg(detectorTitle(*stopped.detector)), 5000);
        emit trainingCancelled(QString::fromStdString(id));
        finishInBatch(batch, nullptr);
    });
    connect(task, &BackgroundTask::failed, this, [this, id, batch](const QString &message) {
        DetectorSlot &failed = *slot(id);
        failed.liveEpochs.clear();
        showTrainingHistory(failed);
        showError(tr("%1 training failed").arg(detectorTitle(*failed.detector)), message);
        emit trainingFailed(QString::fromStdString(id), message);
        finishInBatch(batch, nullptr);
    });
    trackTask(task);
}

// The loss plot shows the detector whose epochs are arriving, else the current tab's stored history.
void MainWindow::showTrainingHistory(const DetectorSlot &s)
{
    if (!s.liveEpochs.empty()) {
        lossCurve_->showEpochs(detectorTitle(*s.detector), s.liveEpochs);
        return;
    }
    const DetectorSlot *shown = &s;
    if (const int current = tabs_->currentIndex(); current >= 0 && static_cast<std::size_t>(current) < slots_.size())
        shown = &slots_[static_cast<std::size_t>(current)];
    for (const DetectorSlot &other : slots_)
        if (!other.liveEpochs.empty())
            return;  // another detector is drawing live
    const awb::DetectorRun *run = shown->results->selection()->run();
    lossCurve_->showHistory(detectorTitle(*shown->detector), run ? run->result.history : awb::TrainingHistory{});
}

void MainWindow::markOutOfDate(DetectorSlot &s)
{
    const awb::DetectorRun *run = s.results->selection()->run();
    s.results->setOutOfDate(run && !(run->result.spec == s.settings->spec()));
}

void MainWindow::cancelAll()
{
    // Recording a finished run and writing an export the user asked for are not stopped.
    for (BackgroundTask *task : tasks())
        if (task && task->isRunning() && std::find(keepRunning_.begin(), keepRunning_.end(), task) == keepRunning_.end())
            task->cancel();
}

void MainWindow::trackTask(BackgroundTask *task)
{
    connect(task, &BackgroundTask::progressed, this, &MainWindow::updateProgress);
    for (auto signal : {&BackgroundTask::succeeded, &BackgroundTask::cancelled})
        connect(task, signal, this, [this, task] {
            updateProgress();
            updateActions();
            task->deleteLater();
        });
    connect(task, &BackgroundTask::failed, this, [this, task] {
        updateProgress();
        updateActions();
        task->deleteLater();
    });
    connect(task, &QObject::destroyed, this, [this, task] {
        if (loadTask_ == task)
            loadTask_ = nullptr;
        otherTasks_.erase(std::remove(otherTasks_.begin(), otherTasks_.end(), task), otherTasks_.end());
        keepRunning_.erase(std::remove(keepRunning_.begin(), keepRunning_.end(), task), keepRunning_.end());
        for (DetectorSlot &s : slots_)
            if (s.task == task)
                s.task = nullptr;
    });
    task->start();
    updateProgress();
    updateActions();
}

void MainWindow::updateProgress()
{
    QStringList texts;
    double fraction = 0.0;
    int running = 0;
    for (BackgroundTask *task : tasks()) {
        if (!task || !task->isRunning())
            continue;
        texts << task->progressText();
        fraction += task->fraction();
        ++running;
    }
    progressBar_->setVisible(running > 0);
    cancelButton_->setVisible(running > 0);
    progressLabel_->setText(texts.join(QStringLiteral("  |  ")));
    progressBar_->setValue(running ? static_cast<int>(1000.0 * fraction / running) : 0);
}

void MainWindow::updateActions()
{
    const bool loaded = dataset_ != nullptr;
    trainAction_->setEnabled(loaded);
    for (QAction *action : trainOneActions_)
        action->setEnabled(loaded);
    for (DetectorSlot &s : slots_)
        s.settings->setTrainEnabled(loaded);
    cancelAction_->setEnabled(isBusy());
}

QMessageBox *MainWindow::showError(const QString &title, const QString &message)
{
    // Non-blocking, so background work and tests keep running while the message is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName("errorMessage");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    cancelAll();
    writeSettings();
    closing_ = true;  // a normal exit: the destructor removes this window's autosave once written
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = event->mimeData()->urls().front().toLocalFile();
    event->acceptProposedAction();
    QMetaObject::invokeMethod(this, [this, file] { openPath(file); }, Qt::QueuedConnection);
}
