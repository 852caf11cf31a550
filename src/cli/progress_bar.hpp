// A one-line progress bar on a terminal for long builds; silent when stderr is not a TTY
// (CI logs, pipes), so scripts see only diagnostics.
#pragma once
#include <chrono>
#include <cstdio>
#include <mutex>

namespace planpub {

class ProgressBar {
  public:
    explicit ProgressBar(bool enabled) : enabled_(enabled), started_(std::chrono::steady_clock::now()) {}
    bool enabled() const { return enabled_; }

    // Thread-safe; redraws at most every 100 ms and only after the first half second, so quick
    // builds never flash a bar.
    void update(size_t done, size_t total) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto now = std::chrono::steady_clock::now();
        if (now - started_ < std::chrono::milliseconds(500) || now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        const int width = 30;
        int filled = total ? static_cast<int>(width * done / total) : width;
        std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu pages", filled, "##############################", width - filled, "",
                     done, total);
        std::fflush(stderr);
        drawn_ = true;
    }

    void finish() {
        std::lock_guard<std::mutex> lock(mutex_);
        if (drawn_) std::fprintf(stderr, "\r%60s\r", "");
        drawn_ = false;
    }

  private:
    bool enabled_;
    bool drawn_ = false;
    std::mutex mutex_;
    std::chrono::steady_clock::time_point started_, last_;
};

}  // namespace planpub
