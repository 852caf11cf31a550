// A tiny work queue: runs task(i, worker) for i in [0, n) on `workers` threads.
// Results go into slots indexed by i, so output order never depends on timing.
#pragma once
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace planpub {

inline void parallel_for(size_t n, int workers, const std::function<void(size_t, int)>& task) {
    if (workers <= 1 || n <= 1) {
        for (size_t i = 0; i < n; ++i) task(i, 0);
        return;
    }
    std::atomic<size_t> next{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w)
        threads.emplace_back([&, w] {
            for (size_t i; (i = next.fetch_add(1)) < n;) task(i, w);
        });
    for (auto& t : threads) t.join();
}

}  // namespace planpub
