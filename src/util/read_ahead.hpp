// Asking the kernel for files before a worker reads them. A worker that reads a file the page cache
// no longer holds waits for the disk with its core idle; a thread a window ahead of the workers asks
// for the next files (posix_fadvise WILLNEED, which starts the reads and returns), so they overlap the
// workers' work. It pays where the cache is cold: the first build after a restart, content on a file
// server, or a large build whose pages the kernel dropped between loading and rendering them. A
// 100,000-page build with the cache emptied first: 88.7 s, 15.7 s of it cores waiting on reads,
// without; 80.1 s and 4.8 s with (docs/performance.md).
#pragma once
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace planpub {

// The kernel is asked to read `path` into its cache in the background, unless it is larger than
// `max_bytes` (a reader would refuse it unread). False when it cannot be opened (the reader that
// follows reports that, in its own words). A FIFO is not waited on for a writer, and a link is not
// followed (planpub follows none); opening can still wait on a slow file system, as a read would.
bool advise_will_need(const std::string& path, size_t max_bytes);
// The same for each plain file directly in folder `dir` (the Markdown and tables of a plan's folder).
void advise_folder_files(const std::string& dir, size_t max_bytes);

// Runs ask(i) for i = 0, 1, … n-1 in order on a thread of its own, never more than `window` past
// the highest index given to reached(), and skipping those reached before it got to them (a worker
// has them already). Stops at n, or when destroyed (which waits for the ask under way).
class ReadAhead {
  public:
    ReadAhead(size_t n, size_t window, std::function<void(size_t)> ask);
    ~ReadAhead();
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // A worker has started on item i (any thread, any order).
    void reached(size_t i);

  private:
    void run();

    const size_t n_, window_;
    std::function<void(size_t)> ask_;
    std::mutex mutex_;
    std::condition_variable moved_;
    size_t reached_ = 0;  // 1 + the highest index reached, under mutex_
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace planpub
