// The one way the UI runs long core work (loading, training): a core function that takes a
// progress callback and a cancellation flag runs on a thread of its own through QtConcurrent; its
// progress is collected under a lock and handed to the GUI thread by a timer at most ten times
// a second, so a chatty callback (one call per mini-batch) never floods the event loop.
#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <exception>
#include <functional>
#include <mutex>
#include <vector>

#include "common/Progress.h"

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(const awb::ProgressFn &, const awb::CancelFlag *)>;

    BackgroundTask(QString title, Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;

    const QString &title() const { return title_; }
    void start();
    void cancel();
    bool isRunning() const { return running_; }
    // Fraction done from the latest progress, and seconds left at the current pace (-1: unknown).
    double fraction() const;
    double secondsLeft() const;
    QString progressText() const;

signals:
    void progressed();
    void epochsFinished(const std::vector<awb::ProgressEvent> &epochs);
    void succeeded();
    void failed(const QString &message);
    void cancelled();

private:
    void deliver();
    void finish();

    QString title_;
    Work work_;
    awb::CancelFlag cancel_{false};
    // Its own thread: long work on Qt's global pool would starve what Qt itself runs there (the
    // raster paint engine draws in parallel on it), freezing repaints until training ends.
    QThreadPool pool_;
    QFutureWatcher<void> watcher_;
    QTimer deliveryTimer_;
    QElapsedTimer clock_;
    bool running_ = false;

    mutable std::mutex mutex_;  // guards the fields below, written by the worker thread
    awb::ProgressEvent latest_;
    awb::ProgressEvent delivered_;
    std::vector<awb::ProgressEvent> pendingEpochs_;
    std::exception_ptr error_;
    bool wasCancelled_ = false;
};

// Lowers the calling worker thread's priority (nice +10 on Linux) so the GUI thread is drawn at
// once even while background work keeps every core busy. For threads that only ever run
// background work: a thread cannot take its priority back.
void yieldToTheGuiThread();
