#include "util/read_ahead.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <memory>

namespace planpub {

bool advise_will_need(const std::string& path, size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) return false;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) <= max_bytes)
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);  // a hint: whatever it answers, the read decides
    ::close(fd);
    return true;
}

void advise_folder_files(const std::string& dir, size_t max_bytes) {
    std::unique_ptr<DIR, int (*)(DIR*)> d(::opendir(dir.c_str()), ::closedir);
    if (!d) return;
    while (const dirent* e = ::readdir(d.get()))
        if (e->d_type == DT_REG) advise_will_need(dir + "/" + e->d_name, max_bytes);  // DT_UNKNOWN: left to the reader
}

ReadAhead::ReadAhead(size_t n, size_t window, std::function<void(size_t)> ask)
    : n_(n), window_(window), ask_(std::move(ask)), thread_([this] { run(); }) {}

ReadAhead::~ReadAhead() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    moved_.notify_one();
    thread_.join();
}

void ReadAhead::reached(size_t i) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (i + 1 <= reached_) return;
        reached_ = i + 1;
    }
    moved_.notify_one();
}

void ReadAhead::run() {
    for (size_t i = 0; i < n_; ++i) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            moved_.wait(lock, [&] { return stop_ || i < reached_ + window_; });
            if (stop_) return;
            i = std::max(i, reached_);  // a worker has started on those before it: asked for too late
            if (i >= n_) return;
        }
        ask_(i);
    }
}

}  // namespace planpub
