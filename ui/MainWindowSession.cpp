// MainWindow's sessions: saving what the window holds (data reference, settings, trained detectors,
// thresholds on screen, view state) to an .awbsession file, opening one (the data is read again and
// scored with the stored detectors; if the file changed since, the analyst chooses to retrain or to
// keep the trained detectors), recent sessions, the autosave after each completed training and the
// offer to restore it after a crash, and the question before unsaved results are discarded.
#include "MainWindow.h"

#include <utility>

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

#include "panels/DetectorPanel.h"
#include "pipeline/Fingerprint.h"
#include "pipeline/SessionFile.h"
#include "results/ResultsPanel.h"
#include "results/ResultsViewState.h"
#include "views/SavePath.h"
#include "workers/BackgroundTask.h"

namespace {

QString sessionFilter()
{
    return MainWindow::tr("Anomaly Workbench sessions (*.awbsession)");
}

} // namespace

QString MainWindow::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave.awbsession");
}

awb::SessionHeader MainWindow::sessionHeader() const
{
    awb::SessionHeader header;
    header.spec.data = dataSpec_;
    header.datasetName = datasetName_.toStdString();
    header.fingerprint = dataset_ ? dataset_->summary.fingerprint : std::string();
    awb::Json panels = awb::Json::object();
    for (const DetectorSlot &s : slots_) {
        header.spec.detectors.push_back(s.settings->spec());
        awb::Json state = resultsViewState(*s.results);
        if (s.results->selection()->hasResult())
            state["threshold"] = s.results->selection()->threshold();
        panels[s.detector->id()] = state;
    }
    const auto current = static_cast<std::size_t>(std::max(0, tabs_->currentIndex()));
    header.view = awb::Json{{"current_detector", current < slots_.size() ? slots_[current].detector->id() : std::string()},
                            {"window_state", saveState().toBase64().toStdString()},
                            {"panels", panels}};
    return header;
}

std::vector<awb::DetectorRun> MainWindow::trainedRuns() const
{
    std::vector<awb::DetectorRun> runs;
    for (const DetectorSlot &s : slots_)
        if (const awb::DetectorRun *run = s.results->selection()->run(); run && s.results->selection()->dataset() == dataset_.get())
            runs.push_back(run->withoutScores());  // a session keeps the models, not the scores
    return runs;
}

// What is open, captured now, as a write of it to `path` that can run on any thread.
std::function<void()> MainWindow::sessionWriter(const QString &path) const
{
    auto runs = std::make_shared<const std::vector<awb::DetectorRun>>(trainedRuns());
    return [path, header = sessionHeader(), data = dataset_, runs] {
        awb::saveSession(path.toStdString(), header, &data->preprocessor, *runs);
    };
}

void MainWindow::saveSessionDialog()
{
    const QString path = askSavePath(this, tr("Save Session"), sessionFilter(), QStringLiteral("awbsession"));
    if (!path.isEmpty())
        saveSession(path);
}

void MainWindow::saveSession(const QString &path)
{
    if (!dataset_) {
        showError(tr("Nothing to save"), tr("Open a dataset first: a session keeps a dataset and what was done with it."));
        return;
    }
    auto *task = new BackgroundTask(tr("Saving %1").arg(QFileInfo(path).fileName()),
                                    [write = sessionWriter(path)](const awb::ProgressFn &, const awb::CancelFlag *) { write(); },
                                    this);
    otherTasks_.push_back(task);
    keepRunning_.push_back(task);
    connect(task, &BackgroundTask::succeeded, this, [this, path] {
        unsavedResults_ = false;
        sessionPath_ = path;
        addRecent(QStringLiteral("recentSessions"), path);
        updateTitle();
        statusBar()->showMessage(tr("Session saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
        emit sessionSaved(path);
    });
    connect(task, &BackgroundTask::failed, this, [this](const QString &message) {
        showError(tr("The session could not be saved"), message);
    });
    trackTask(task);
}

void MainWindow::openSessionDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Session"), QSettings().value("lastSessionDirectory").toString(),
                                                      sessionFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openSession(path);
}

void MainWindow::openSession(const QString &path)
{
    if ((loadTask_ && loadTask_->isRunning()) || !confirmDiscard())
        return;
    struct Opened {
        awb::Session session;
        awb::PipelineOutput out;
        std::vector<std::shared_ptr<const PreparedResult>> prepared;
    };
    auto opened = std::make_shared<Opened>();
    auto *task = new BackgroundTask(tr("Opening %1").arg(QFileInfo(path).fileName()), [opened, path](
                                                                                      const awb::ProgressFn &progress,
                                                                                      const awb::CancelFlag *cancel) {
        opened->session = awb::loadSession(path.toStdString());
        const awb::Session &s = opened->session;
        awb::PipelineObserver observer;
        observer.progress = progress;
        const awb::Pipeline pipeline(awb::RunSpec{s.header.spec.data, {}, 0});
        opened->out = s.models ? pipeline.run(observer, cancel, &s.models->detectors, &s.models->preprocessor) : pipeline.run(observer, cancel);
        for (const awb::DetectorRun &run : opened->out.detectors)
            opened->prepared.push_back(prepareResult(*opened->out.data, run));
    }, this);
    loadTask_ = task;
    connect(task, &BackgroundTask::succeeded, this, [this, opened, path] {
        const awb::Session &s = opened->session;
        const auto changed = awb::fingerprintDifferences(s.header.fingerprint, opened->out.result.dataset.fingerprint);
        if (!s.models || changed.empty()) {
            applySession(path, s, opened->out, opened->prepared);
            return;
        }
        askAboutChangedData(path, changed, [this, opened, path](bool retrain) {
            if (retrain)
                retrainSession(opened->session.header);
            else
                applySession(path, opened->session, opened->out, opened->prepared);
        });
    });
    connect(task, &BackgroundTask::failed, this, [this, path](const QString &message) {
        showError(tr("The session could not be opened"), message);
        emit sessionFailed(path, message);
    });
    trackTask(task);
}

// The changed data read afresh (its scaling fitted anew, not the stored one), then every detector
// trained with the session's settings.
void MainWindow::retrainSession(const awb::SessionHeader &header)
{
    for (const awb::DetectorSpec &spec : header.spec.detectors)
        if (DetectorSlot *s = slot(spec.detector))
            s->settings->setSpec(spec);
    connect(this, &MainWindow::datasetLoaded, this, &MainWindow::trainAll, Qt::SingleShotConnection);
    loadData(header.spec.data);
}

void MainWindow::askAboutChangedData(const QString &path, const std::vector<std::string> &changed,
                                     std::function<void(bool retrain)> then)
{
    QStringList what;
    for (const std::string &c : changed)
        what << QCoreApplication::translate("awb", c.c_str());
    auto *box = new QMessageBox(QMessageBox::Question, tr("The data has changed"),
                                tr("Since %1 was saved, %2 changed. The stored detectors can score the data as it is "
                                   "now, or be trained again on it with the stored settings.")
                                    .arg(QFileInfo(path).fileName(), what.join(tr(" and "))),
                                QMessageBox::Cancel, this);
    box->setObjectName("sessionDataChangedMessage");
    QPushButton *retrain = box->addButton(tr("&Retrain"), QMessageBox::AcceptRole);
    retrain->setObjectName("retrainButton");
    QPushButton *keep = box->addButton(tr("&Keep Trained Detectors"), QMessageBox::ApplyRole);
    keep->setObjectName("keepButton");
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [retrain, keep, then](QAbstractButton *button) {
        if (button == retrain || button == keep)
            then(button == retrain);
    });
    box->open();
}

void MainWindow::applySession(const QString &path, const awb::Session &session, const awb::PipelineOutput &out,
                              const std::vector<std::shared_ptr<const PreparedResult>> &prepared)
{
    const awb::SessionHeader &h = session.header;
    adoptDataset(out.data, h.spec.data, QString::fromStdString(h.datasetName));
    for (const awb::DetectorSpec &spec : h.spec.detectors)
        if (DetectorSlot *s = slot(spec.detector))
            s->settings->setSpec(spec);
    for (std::size_t i = 0; i < out.detectors.size(); ++i)
        if (DetectorSlot *s = slot(out.detectors[i].result.spec.detector))
            s->results->setResult(out.data, std::make_shared<const awb::DetectorRun>(out.detectors[i]), prepared[i]);
    const awb::Json panels = h.view.value("panels", awb::Json::object());
    for (DetectorSlot &s : slots_) {
        markOutOfDate(s);
        const awb::Json state = panels.is_object() ? panels.value(s.detector->id(), awb::Json::object()) : awb::Json::object();
        if (const auto threshold = state.find("threshold"); threshold != state.end() && threshold->is_number() &&
                                                            s.results->selection()->hasResult())
            s.results->selection()->setThreshold(threshold->get<double>());
        restoreResultsViewState(*s.results, state);
    }
    if (const DetectorSlot *current = slot(h.view.value("current_detector", std::string())))
        tabs_->setCurrentWidget(current->results);
    const auto windowState = h.view.find("window_state");
    if (windowState != h.view.end() && windowState->is_string())
        restoreState(QByteArray::fromBase64(QByteArray::fromStdString(windowState->get<std::string>())));
    for (DetectorSlot &s : slots_)
        s.results->undoStack()->clear();  // the opened state is where the analyst starts from
    unsavedResults_ = false;
    if (path == autosavePath())
        ownsAutosave_ = true;  // recovered: this window's to replace or remove
    else {
        sessionPath_ = path;
        QSettings().setValue("lastSessionDirectory", QFileInfo(path).absolutePath());
        addRecent(QStringLiteral("recentSessions"), path);
    }
    updateTitle();
    updateActions();
    emit sessionOpened(path);
}

// Quietly, with no progress shown: one write at a time, and the newest state written last.
void MainWindow::autosave()
{
    if (!dataset_ || closing_)
        return;
    if (autosaveTask_) {
        autosavePending_ = true;
        return;
    }
    const QString path = autosavePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *task = new BackgroundTask(tr("Saving the state for recovery"),
                                    [write = sessionWriter(path)](const awb::ProgressFn &, const awb::CancelFlag *) { write(); },
                                    this);
    autosaveTask_ = task;
    ownsAutosave_ = true;
    const auto finished = [this, task] {
        task->deleteLater();
        autosaveTask_ = nullptr;
        if (std::exchange(autosavePending_, false))
            autosave();
    };
    connect(task, &BackgroundTask::succeeded, this, finished);
    connect(task, &BackgroundTask::cancelled, this, finished);
    connect(task, &BackgroundTask::failed, this, [this, finished](const QString &message) {
        statusBar()->showMessage(tr("The state could not be saved for recovery: %1").arg(message), 10000);
        finished();
    });
    task->start();
}

void MainWindow::offerRestore()
{
    const QString path = autosavePath();
    if (!QFileInfo::exists(path))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore the last state?"),
                                tr("Anomaly Workbench did not close normally last time. Restore the dataset, settings and "
                                   "trained detectors it had then?"),
                                QMessageBox::NoButton, this);
    box->setObjectName("restoreMessage");
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, path](QAbstractButton *button) {
        if (button == restore) {
            openSession(path);
        } else {
            QFile::remove(path);
            ownsAutosave_ = true;
        }
    });
    box->open();
}

bool MainWindow::confirmDiscard()
{
    if (!unsavedResults_)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Discard the results?"),
        tr("The trained detectors are neither in the run history nor in a saved session. Save them in a session first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    const QString path = askSavePath(this, tr("Save Session"), sessionFilter(), QStringLiteral("awbsession"));
    if (path.isEmpty())
        return false;
    try {
        sessionWriter(path)();
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("The session could not be saved"), QString::fromStdString(e.what()));
        return false;
    }
    unsavedResults_ = false;
    addRecent(QStringLiteral("recentSessions"), path);
    return true;
}

void MainWindow::updateTitle()
{
    QString title = tr("Anomaly Workbench");
    if (!sessionPath_.isEmpty())
        title = QFileInfo(sessionPath_).completeBaseName() + QStringLiteral(" — ") + title;
    else if (!datasetName_.isEmpty())
        title = datasetName_ + QStringLiteral(" — ") + title;
    setWindowTitle(title);
}
