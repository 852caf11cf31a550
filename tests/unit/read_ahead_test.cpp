// util/ReadAhead and advise_will_need: the files the workers will read next are asked for in order,
// never more than the window ahead, and asking never waits (a FIFO, a link) nor outlives its owner.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "test_support.hpp"
#include "util/read_ahead.hpp"

using namespace planpub;
using namespace std::chrono_literals;

namespace {

// Waits (at most ~5 s) until `done` holds.
template <class Done>
bool eventually(Done done) {
    for (int i = 0; i < 500; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(10ms);
    }
    return done();
}

// Whether the first page of `path` is in the page cache (mincore on a mapping that touches nothing).
bool first_page_cached(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    void* m = ::mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
    REQUIRE(m != MAP_FAILED);
    unsigned char v = 0;
    REQUIRE(::mincore(m, 4096, &v) == 0);
    ::munmap(m, 4096);
    ::close(fd);
    return v & 1;
}

}  // namespace

TEST_CASE("read-ahead asks for every item in order, never more than the window past the workers", "[util]") {
    const size_t n = 2000, window = 8;
    std::atomic<size_t> given{0};  // 1 + the highest index handed to reached(), set before it is
    std::atomic<size_t> asked{0}, too_far{0}, out_of_order{0};
    {
        ReadAhead ahead(n, window, [&](size_t i) {
            if (i >= given.load() + window) ++too_far;
            if (i != asked) ++out_of_order;
            ++asked;
        });
        for (size_t j = 0; j < n; ++j) {  // workers slower than it: each item asked for before it is reached
            REQUIRE(eventually([&] { return asked > j; }));
            given = j + 1;
            ahead.reached(j);
        }
        REQUIRE(eventually([&] { return asked == n; }));
    }
    CHECK(too_far == 0);
    CHECK(out_of_order == 0);
}

TEST_CASE("read-ahead waits for the workers, skips what they reached first, and its owner's end stops it", "[util]") {
    std::mutex m;
    std::vector<size_t> asked;
    auto count = [&] {
        std::lock_guard<std::mutex> lock(m);
        return asked.size();
    };
    {
        ReadAhead ahead(1000, 4, [&](size_t i) {
            std::lock_guard<std::mutex> lock(m);
            asked.push_back(i);
        });
        REQUIRE(eventually([&] { return count() == 4; }));
        std::this_thread::sleep_for(50ms);
        CHECK(count() == 4);  // nobody has reached item 0: only the window is asked for
        ahead.reached(9);     // the highest index counts, whatever the order; 4 to 9 are a worker's now
        ahead.reached(2);
        REQUIRE(eventually([&] { return count() == 8; }));
        std::this_thread::sleep_for(50ms);
        CHECK(count() == 8);
    }  // destroyed with most items left: returns, and asks nothing more
    CHECK(asked == std::vector<size_t>{0, 1, 2, 3, 10, 11, 12, 13});
    ReadAhead none(0, 4, [&](size_t i) { asked.push_back(i); });  // nothing to ask for: ends at once
    ReadAhead later(3, 1, [&](size_t i) {
        std::lock_guard<std::mutex> lock(m);
        asked.push_back(i);
    });
    REQUIRE(eventually([&] { return count() == 9; }));
    later.reached(5);  // past the end: nothing more, and it ends
    std::this_thread::sleep_for(50ms);
    CHECK(count() == 9);
}

TEST_CASE("advise_will_need brings a file into the cache and never waits", "[util]") {
    test::TempDir dir;
    const std::string file = (dir.path() / "page.md").string();
    test::write_file(file, std::string(64 * 1024, 'x'));
    {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        REQUIRE(fd >= 0);
        ::fsync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
    if (first_page_cached(file)) {
        WARN("the file system keeps the file in memory (tmpfs?): the cache cannot be seen filling");
    } else {
        CHECK(advise_will_need(file, 1000));  // larger than its reader would take: opened, not asked for
        std::this_thread::sleep_for(100ms);
        CHECK_FALSE(first_page_cached(file));
        CHECK(advise_will_need(file, 1 << 20));
        CHECK(eventually([&] { return first_page_cached(file); }));
    }

    CHECK_FALSE(advise_will_need((dir.path() / "missing.md").string(), 1 << 20));
    const std::string fifo = (dir.path() / "pipe.md").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    advise_will_need(fifo, 1 << 20);  // returns: no writer is waited for
    const std::string link = (dir.path() / "link.md").string();
    REQUIRE(::symlink(file.c_str(), link.c_str()) == 0);
    CHECK_FALSE(advise_will_need(link, 1 << 20));  // links are not followed
    advise_folder_files(dir.str(), 1 << 20);       // the folder with all three: returns
    advise_folder_files((dir.path() / "missing").string(), 1 << 20);
}
