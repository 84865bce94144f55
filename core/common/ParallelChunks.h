// Splits [0, n) into contiguous chunks, one per thread (the caller runs the first), for loops over
// rows or trees that run once per call. When several chunks fail, the earliest chunk's exception
// is rethrown, so an error names the first bad place in order.
#pragma once

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace awb {

// Chunks for n items on `threads` threads, leaving small inputs (under minPerChunk per chunk) on one.
inline int chunkCount(std::size_t n, int threads, std::size_t minPerChunk = 4096)
{
    const std::size_t wanted = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, threads)), n / minPerChunk + 1);
    return static_cast<int>(std::max<std::size_t>(1, wanted));
}

// fn(chunk, begin, end) on chunkCount(n, threads, minPerChunk) chunks.
template <typename Fn>
void parallelChunks(std::size_t n, int threads, Fn fn, std::size_t minPerChunk = 4096)
{
    const int chunks = chunkCount(n, threads, minPerChunk);
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(chunks));
    const auto run = [&](int c) {
        const std::size_t begin = n * static_cast<std::size_t>(c) / static_cast<std::size_t>(chunks);
        const std::size_t end = n * static_cast<std::size_t>(c + 1) / static_cast<std::size_t>(chunks);
        try {
            fn(c, begin, end);
        } catch (...) {
            errors[static_cast<std::size_t>(c)] = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    for (int c = 1; c < chunks; ++c)
        workers.emplace_back(run, c);
    run(0);
    for (auto &w : workers)
        w.join();
    for (const auto &e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace awb
