// BackgroundTask: QtConcurrent + QFutureWatcher around a core function, with throttled progress.
#include "BackgroundTask.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "common/InputError.h"
#include "common/MemoryBudget.h"

BackgroundTask::BackgroundTask(QString title, Work work, QObject *parent)
    : QObject(parent), title_(std::move(title)), work_(std::move(work))
{
    pool_.setMaxThreadCount(1);
    deliveryTimer_.setInterval(100);
    connect(&deliveryTimer_, &QTimer::timeout, this, &BackgroundTask::deliver);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, &BackgroundTask::finish);
}

BackgroundTask::~BackgroundTask()
{
    cancel_ = true;
    watcher_.waitForFinished();
}

// Every thread the core starts from the calling one inherits its nice value, so the core's own
// worker threads yield too.
void yieldToTheGuiThread()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

void BackgroundTask::start()
{
    running_ = true;
    clock_.start();
    deliveryTimer_.start();
    watcher_.setFuture(QtConcurrent::run(&pool_, [this] {
        yieldToTheGuiThread();
        const awb::ProgressFn progress = [this](const awb::ProgressEvent &event) {
            std::lock_guard lock(mutex_);
            if (event.stage == awb::ProgressEvent::Stage::Epoch)
                pendingEpochs_.push_back(event);
            else
                latest_ = event;
        };
        try {
            work_(progress, &cancel_);
        } catch (const awb::Cancelled &) {
            std::lock_guard lock(mutex_);
            wasCancelled_ = true;
        } catch (...) {
            std::lock_guard lock(mutex_);
            error_ = std::current_exception();
        }
    }));
}

void BackgroundTask::cancel()
{
    cancel_ = true;
}

double BackgroundTask::fraction() const
{
    std::lock_guard lock(mutex_);
    return delivered_.total > 0 ? static_cast<double>(delivered_.done) / static_cast<double>(delivered_.total) : 0.0;
}

double BackgroundTask::secondsLeft() const
{
    const double done = fraction();
    if (done <= 0.02 || !running_)
        return -1.0;
    const double elapsed = clock_.elapsed() / 1000.0;
    return elapsed * (1.0 - done) / done;
}

QString BackgroundTask::progressText() const
{
    awb::ProgressEvent e;
    {
        std::lock_guard lock(mutex_);
        e = delivered_;
    }
    if (e.total == 0 && e.done == 0 && e.stage == awb::ProgressEvent::Stage::Reading)
        return title_;  // nothing reported yet (or work that reports nothing, such as recording a run)
    QString text;
    switch (e.stage) {
    case awb::ProgressEvent::Stage::Reading:
        text = tr("reading %1 of %2 MB").arg(e.done / 1e6, 0, 'f', 1).arg(e.total / 1e6, 0, 'f', 1);
        break;
    case awb::ProgressEvent::Stage::Encoding:
        text = tr("encoding rows");
        break;
    case awb::ProgressEvent::Stage::Fitting:
        text = e.epochs > 0 ? tr("epoch %1 of %2").arg(e.epoch).arg(e.epochs) : tr("fitting %1 of %2").arg(e.done).arg(e.total);
        break;
    case awb::ProgressEvent::Stage::Scoring:
        text = tr("scoring %1 of %2 rows").arg(e.done).arg(e.total);
        break;
    case awb::ProgressEvent::Stage::Epoch:
        break;
    case awb::ProgressEvent::Stage::Runs:
        text = tr("run %1 of %2").arg(std::min(e.total, e.done + 1000) / 1000).arg(e.total / 1000);
        break;
    }
    const double left = secondsLeft();
    if (left >= 0)
        text += tr(", about %1 s left").arg(qRound(left));
    return title_ + QStringLiteral(": ") + text;
}

void BackgroundTask::deliver()
{
    std::vector<awb::ProgressEvent> epochs;
    bool changed = false;
    {
        std::lock_guard lock(mutex_);
        epochs.swap(pendingEpochs_);
        changed = latest_.done != delivered_.done || latest_.stage != delivered_.stage;
        delivered_ = latest_;
    }
    if (!epochs.empty())
        emit epochsFinished(epochs);
    if (changed)
        emit progressed();
}

void BackgroundTask::finish()
{
    deliveryTimer_.stop();
    deliver();
    running_ = false;
    std::exception_ptr error;
    bool wasCancelled = false;
    {
        std::lock_guard lock(mutex_);
        error = error_;
        wasCancelled = wasCancelled_ || cancel_;
    }
    if (error) {
        try {
            std::rethrow_exception(error);
        } catch (const awb::TooLargeToLoad &e) {
            // The core's sentence names command-line options; the window names its own.
            const QString fits = e.sampleRows() > 0 ? tr(" (up to about %1 rows fit here)").arg(QLocale().toString(qulonglong(e.sampleRows())))
                                                    : QString();
            emit failed(tr("%1: loading this file needs about %2 of memory, but only %3 are available. Open it again "
                           "with a number under “Rows” in the import dialog%4 to train on a random sample of its "
                           "rows; to score every row of a file this large, save the trained model with File > "
                           "Export Model and use “anomaly-cli score” (see the README).")
                            .arg(QString::fromStdString(e.file()), QString::fromStdString(awb::byteSize(e.need())),
                                 QString::fromStdString(awb::byteSize(e.available())), fits));
        } catch (const std::exception &e) {
            emit failed(QString::fromStdString(e.what()));
        } catch (...) {
            emit failed(tr("An unexpected error stopped the work."));
        }
        return;
    }
    if (wasCancelled)
        emit cancelled();
    else
        emit succeeded();
}
