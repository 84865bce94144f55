// Runs one task on N slices at once with N-1 persistent threads plus the caller, for loops that
// dispatch small pieces of work many times (an autoencoder mini-batch every ~100 us): starting
// threads per batch would cost more than the work. Workers spin briefly before sleeping, so a
// dispatch wakes them in microseconds.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace awb {

class ParallelSlices {
public:
    explicit ParallelSlices(int slices) : slices_(slices < 1 ? 1 : slices)
    {
        for (int t = 1; t < slices_; ++t)
            workers_.emplace_back([this, t] { workerLoop(t); });
    }

    ~ParallelSlices()
    {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
            generation_.fetch_add(1, std::memory_order_release);
        }
        wake_.notify_all();
        for (auto &w : workers_)
            w.join();
    }

    ParallelSlices(const ParallelSlices &) = delete;
    ParallelSlices &operator=(const ParallelSlices &) = delete;

    int slices() const { return slices_; }

    // Calls task(s) for every slice s in [0, slices()), slice 0 on the calling thread; returns
    // when all are done. An exception in a slice is rethrown here after the others finish.
    void run(const std::function<void(int)> &task)
    {
        if (slices_ == 1) {
            task(0);
            return;
        }
        task_ = &task;
        error_ = nullptr;
        pending_.store(slices_ - 1, std::memory_order_relaxed);
        {
            std::lock_guard lock(mutex_);
            generation_.fetch_add(1, std::memory_order_release);
        }
        wake_.notify_all();
        runGuarded(0);
        while (pending_.load(std::memory_order_acquire) != 0)
            std::this_thread::yield();
        if (error_)
            std::rethrow_exception(error_);
    }

private:
    void runGuarded(int slice)
    {
        try {
            (*task_)(slice);
        } catch (...) {
            std::lock_guard lock(mutex_);
            if (!error_)
                error_ = std::current_exception();
        }
    }

    void workerLoop(int slice)
    {
        unsigned seen = 0;
        for (;;) {
            unsigned current = generation_.load(std::memory_order_acquire);
            for (int spin = 0; current == seen && spin < 20000; ++spin) {
                std::this_thread::yield();
                current = generation_.load(std::memory_order_acquire);
            }
            if (current == seen) {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [&] { return generation_.load(std::memory_order_acquire) != seen; });
                current = generation_.load(std::memory_order_acquire);
            }
            seen = current;
            if (stop_)
                return;
            runGuarded(slice);
            pending_.fetch_sub(1, std::memory_order_acq_rel);
        }
    }

    int slices_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::atomic<unsigned> generation_{0};
    std::atomic<int> pending_{0};
    const std::function<void(int)> *task_ = nullptr;
    std::exception_ptr error_;
    bool stop_ = false;
};

} // namespace awb
