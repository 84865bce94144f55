// MainWindow's run-history side: the History dock, recording each Train action's detectors as one
// run, comparisons (from the history or of the current detectors), sweeps and reopening a run.
// Everything that touches the database off the GUI thread opens its own connection.
#include "MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

#include <atomic>
#include <chrono>
#include <sstream>

#include "common/ByteSinks.h"
#include "common/InputError.h"
#include "history/ComparisonView.h"
#include "history/HistoryDock.h"
#include "history/RunHistory.h"
#include "history/SweepDialog.h"
#include "history/SweepView.h"
#include "models/DetectorRegistry.h"
#include "panels/DetectorPanel.h"
#include "pipeline/ModelFile.h"
#include "pipeline/Sweep.h"
#include "results/ResultsPanel.h"
#include "workers/BackgroundTask.h"

namespace {

// Trained models are kept with a run when they are this small; larger ones (ECOD on millions of
// rows keeps its training values) would make the history slow to copy and back up.
constexpr std::size_t kMaxKeptModelBytes = 64u << 20;

std::vector<std::uint8_t> modelBytes(const awb::Dataset &data, const std::vector<awb::DetectorRun> &runs)
{
    const auto write = [&](std::ostream &out) { awb::writeModelFile(out, data.preprocessor, runs); };
    const std::uint64_t size = awb::byteCount(write);
    return size <= kMaxKeptModelBytes ? awb::bytesOf(write, size) : std::vector<std::uint8_t>();
}

} // namespace

void MainWindow::createHistoryDock()
{
    historyDock_ = new HistoryDock;
    auto *dock = new QDockWidget(tr("History"), this);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(historyDock_);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {230}, Qt::Vertical);
    openHistory(preferences_.historyPath());
    connect(historyDock_, &HistoryDock::compareRequested, this, &MainWindow::compare);
    connect(historyDock_, &HistoryDock::reopenRequested, this, &MainWindow::reopenRun);
}

void MainWindow::finishInBatch(const std::shared_ptr<TrainingBatch> &batch, std::shared_ptr<const awb::DetectorRun> run)
{
    if (run && batch->data == dataset_) {
        batch->spec.detectors.push_back(run->result.spec);
        batch->runs.push_back(std::move(run));
    }
    if (--batch->pending != 0 || batch->runs.empty())
        return;
    if (history_)
        record(batch);
    else
        unsavedResults_ = true;
    autosave();
}

void MainWindow::record(const std::shared_ptr<TrainingBatch> &batch)
{
    if (!history_)
        return;
    auto id = std::make_shared<std::int64_t>(0);
    const std::string path = historyPath_.toStdString();
    auto *task = new BackgroundTask(tr("Recording the run"), [batch, path, id](const awb::ProgressFn &, const awb::CancelFlag *) {
        // Each run's details come from its own scores; the model file and the result need none, so
        // the runs are copied without them (a copy of millions of scores per detector otherwise).
        awb::RunDetails details;
        std::vector<awb::DetectorRun> runs;
        for (const auto &run : batch->runs) {
            details.detectors.push_back(awb::detailsOf(*batch->data, *run));
            runs.push_back(run->withoutScores());
        }
        const awb::Pipeline pipeline(batch->spec);
        const std::vector<std::uint8_t> models = modelBytes(*batch->data, runs);
        awb::RunHistory history(path);
        *id = history.record(pipeline.spec(), pipeline.resultOf(*batch->data, runs, awb::detectorSeconds(runs)), details, {},
                             models.empty() ? nullptr : &models);
    }, this);
    otherTasks_.push_back(task);
    keepRunning_.push_back(task);
    connect(task, &BackgroundTask::succeeded, this, [this, id] {
        historyDock_->reload();
        emit runRecorded(*id);
    });
    connect(task, &BackgroundTask::failed, this, [this](const QString &message) {
        unsavedResults_ = true;
        statusBar()->showMessage(tr("The run was not recorded in the history: %1").arg(message), 10000);
    });
    trackTask(task);
}

void MainWindow::openHistory(const QString &path)
{
    historyDock_->setHistory(nullptr);
    history_.reset();
    historyPath_ = path;
    try {
        history_ = std::make_unique<awb::RunHistory>(historyPath_.toStdString());
        historyDock_->setHistory(history_.get());
    } catch (const std::exception &e) {
        historyDock_->setUnavailable(QString::fromStdString(e.what()));
    }
}

ComparisonView *MainWindow::compare(const std::vector<awb::ComparedDetector> &detectors)
{
    auto *view = new ComparisonView(detectors, this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(windowSizeForScreen());
    connect(view, &ComparisonView::rowsRequested, this, &MainWindow::listRows);
    view->show();
    return view;
}

ComparisonView *MainWindow::compareCurrentDetectors()
{
    std::vector<awb::ComparedDetector> items;
    for (const DetectorSlot &s : slots_) {
        const awb::DetectorRun *run = s.results->selection()->run();
        if (!run || !dataset_)
            continue;
        items.push_back({0, run->result.spec.name, dataSpec_, run->result, dataset_->summary, awb::detailsOf(*dataset_, *run)});
    }
    if (items.size() < 2) {
        statusBar()->showMessage(tr("Train at least two detectors on this dataset to compare them."), 5000);
        return nullptr;
    }
    return compare(items);
}

void MainWindow::listRows(const std::vector<std::uint32_t> &testRows, const QString &group, const std::string &fingerprint)
{
    ResultsPanel *panel = qobject_cast<ResultsPanel *>(tabs_->currentWidget());
    if (!dataset_ || dataset_->summary.fingerprint != fingerprint || !panel || !panel->selection()->hasResult()) {
        statusBar()->showMessage(tr("Those rows belong to data that is not open here: open the compared runs' data and "
                                    "train a detector to list them."), 8000);
        return;
    }
    panel->selection()->setRowSetFilter(testRows, group);
    raise();
    activateWindow();
}

void MainWindow::sweepDialog()
{
    if (!dataset_)
        return;
    const int current = tabs_->currentIndex();
    SweepDialog dialog(current >= 0 ? slots_[static_cast<std::size_t>(current)].detector->id() : std::string(), this);
    if (dialog.exec() == QDialog::Accepted)
        startSweep(dialog.detectorId(), dialog.grid());
}

void MainWindow::startSweep(const std::string &detectorId, const std::string &grid)
{
    const DetectorSlot *s = slot(detectorId);
    if (!dataset_ || !s)
        return;
    const awb::RunSpec base{dataSpec_, {s->settings->spec()}, preferences_.threads};
    const auto axes = awb::parseSweepGrid(grid);
    const auto points = awb::expandSweep(base, axes);
    auto rows = std::make_shared<std::vector<SweepRow>>();
    const std::string path = history_ ? historyPath_.toStdString() : std::string();
    auto *task = new BackgroundTask(tr("Sweep of %n run(s)", "", static_cast<int>(points.size())),
                                    [points, rows, path](const awb::ProgressFn &progress, const awb::CancelFlag *cancel) {
        std::unique_ptr<awb::RunHistory> history;
        try {
            if (!path.empty())
                history = std::make_unique<awb::RunHistory>(path);
        } catch (const awb::InputError &) {
            history.reset();  // runs without a history number in the sweep view
        }
        const std::uint64_t total = points.size() * 1000;
        std::atomic<std::uint64_t> finished{0};
        awb::SweepObserver observer;
        observer.pipeline.progress = [&](const awb::ProgressEvent &e) {
            if (e.total == 0 || e.stage == awb::ProgressEvent::Stage::Epoch)
                return;
            progress({awb::ProgressEvent::Stage::Runs, finished * 1000 + e.done * 999 / e.total, total});
        };
        observer.pointFinished = [&](std::size_t, const awb::SweepPoint &point, const awb::PipelineOutput &out) {
            SweepRow row{point.settings, out.result, 0};
            try {
                if (history)
                    row.historyId = history->record(out.spec, out.result, awb::detailsOf(*out.data, out.detectors),
                                                    awb::defaultRunName(out.spec, out.result.dataset, point.settings));
            } catch (const awb::InputError &) {
                history.reset();  // the history stopped taking runs: the sweep goes on, its view says which were recorded
            }
            rows->push_back(std::move(row));
            ++finished;
        };
        awb::runSweep(points, observer, cancel);
    }, this);
    otherTasks_.push_back(task);
    const auto show = [this, axes, rows](bool cancelled) {
        historyDock_->reload();
        auto *view = new SweepView(axes, *rows, cancelled, this);
        view->setWindowFlag(Qt::Window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->resize(1200, 800);
        view->show();
        emit sweepFinished(cancelled);
    };
    connect(task, &BackgroundTask::succeeded, this, [show] { show(false); });
    connect(task, &BackgroundTask::cancelled, this, [show] { show(true); });
    connect(task, &BackgroundTask::failed, this, [this](const QString &message) { showError(tr("The sweep failed"), message); });
    trackTask(task);
}

void MainWindow::reopenRun(std::int64_t runId)
{
    if (!history_)
        return;
    struct Reopened {
        awb::HistoryEntry entry;
        awb::PipelineOutput out;
        std::vector<std::shared_ptr<const PreparedResult>> prepared;
    };
    auto reopened = std::make_shared<Reopened>();
    const std::string path = historyPath_.toStdString();
    auto *task = new BackgroundTask(tr("Reopening run %1").arg(runId), [reopened, path, runId](
                                                                         const awb::ProgressFn &progress, const awb::CancelFlag *cancel) {
        const awb::RunHistory history(path, awb::RunHistory::Access::ReadOnly);
        reopened->entry = history.get(runId);
        const auto bytes = history.models(runId);
        if (!bytes)
            throw awb::InputError(path, 0, 0, "Run " + std::to_string(runId) + " was recorded without its models.");
        std::istringstream in(std::string(bytes->begin(), bytes->end()));
        const awb::ModelFile models = awb::readModelFile(in, path);
        awb::PipelineObserver observer;
        observer.progress = progress;
        reopened->out = awb::Pipeline(reopened->entry.spec).run(observer, cancel, &models.detectors, &models.preprocessor);
        for (const awb::DetectorRun &run : reopened->out.detectors)
            reopened->prepared.push_back(prepareResult(*reopened->out.data, run));
    }, this);
    otherTasks_.push_back(task);
    connect(task, &BackgroundTask::succeeded, this, [this, reopened, runId] {
        adoptDataset(reopened->out.data, reopened->entry.spec.data, QString::fromStdString(reopened->entry.name));
        for (std::size_t i = 0; i < reopened->out.detectors.size(); ++i) {
            const awb::DetectorRun &run = reopened->out.detectors[i];
            DetectorSlot *s = slot(run.result.spec.detector);
            if (!s || s->results->selection()->hasResult())
                continue;  // one result per detector tab: the run's first of each kind
            s->settings->setSpec(run.result.spec);
            s->results->setResult(reopened->out.data, std::make_shared<const awb::DetectorRun>(run), reopened->prepared[i]);
            markOutOfDate(*s);
        }
        updateActions();
        emit runReopened(runId);
    });
    connect(task, &BackgroundTask::failed, this, [this](const QString &message) { showError(tr("The run could not be reopened"), message); });
    trackTask(task);
}
