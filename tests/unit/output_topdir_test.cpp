// The previous-build folder carries ext4's "top of a directory hierarchy" mark (output_folders.hpp:
// mark_top_of_tree), so a clean build right after `rm -rf public` does not pack its thousands of
// new folders among the inodes that were just freed. Where the file system has no such mark, the
// build goes on without it.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <thread>
#include <vector>

#include "emit/output_dir.hpp"
#include "emit/output_folders.hpp"
#include "emit/output_writer.hpp"
#include "test_support.hpp"

using namespace planpub;
using namespace planpub::test;

namespace {

// The folder's inode flags, or -1 when the file system does not report them.
int folder_flags(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    int flags = 0;
    int got = ::ioctl(fd, FS_IOC_GETFLAGS, &flags);
    ::close(fd);
    return got == 0 ? flags : -1;
}

// Whether this file system keeps the mark at all (ext2/3/4 do; tmpfs, btrfs and others refuse it).
bool keeps_topdir_mark(const fs::path& where) {
    fs::path probe = where / "probe";
    fs::create_directory(probe);
    output_folders::mark_top_of_tree(probe.c_str());
    int flags = folder_flags(probe);
    fs::remove(probe);
    return flags >= 0 && (flags & FS_TOPDIR_FL);
}

}  // namespace

TEST_CASE("the output folder is marked as the top of a folder tree where the file system allows", "[emit]") {
    TempDir t;
    const fs::path out = t.path() / "public";
    Diagnostics d;
    REQUIRE(emit_site({{"index.html", "home", ""}, {"plan/index.html", "plan", ""}, {"plan/a/index.html", "a", ""}},
                      out.string(), d));
    CHECK(read_file(out / "plan" / "a" / "index.html") == "a");
    const bool kept = keeps_topdir_mark(t.path());
    INFO("file system keeps FS_TOPDIR_FL: " << kept);
    if (kept) {
        CHECK((folder_flags(out) & FS_TOPDIR_FL) != 0);  // the first build's folder became --out
        // Only the top: the folders inside keep the allocator's usual placement near their parent.
        CHECK((folder_flags(out / "plan") & FS_TOPDIR_FL) == 0);
        // The second build writes into the folder the first left beside --out; it is marked too.
        REQUIRE(emit_site({{"index.html", "home 2", ""}}, out.string(), d));
        CHECK((folder_flags(out) & FS_TOPDIR_FL) != 0);
        CHECK(read_file(out / "index.html") == "home 2");
    }
}

TEST_CASE("marking a folder where the file system refuses the mark is harmless", "[emit]") {
    TempDir t;
    output_folders::mark_top_of_tree((t.path() / "missing").c_str());  // no such folder: nothing happens
    CHECK_FALSE(fs::exists(t.path() / "missing"));
    if (fs::is_directory("/proc/self")) {
        output_folders::mark_top_of_tree("/proc/self");  // procfs has no inode flags
        CHECK(fs::is_directory("/proc/self"));
    }
}

TEST_CASE("the top folders of a new output are made under a passing name and renamed: nothing of it stays", "[emit]") {
    TempDir t;
    const fs::path out = t.path() / "public";
    // As `planpub build` writes: each file put() as it is made, then finish().
    auto build = [&] {
        OutputSet files = {{"index.html", "home", ""}, {"plan/a/index.html", "a", ""}, {"search/x.js", "x", ""}};
        Diagnostics d;
        OutputWriter w;
        REQUIRE(w.open(out.string(), d));
        for (OutputFile& f : files) {
            w.put(f.path, f.bytes);
            f.written = true;
        }
        REQUIRE(w.finish(files, d));
    };
    build();
    fs::remove_all(out);  // a clean build again: the previous-build folder is made new
    fs::remove_all(previous_output_dir(out.string()));
    build();
    for (const auto& e : fs::recursive_directory_iterator(t.path())) {
        const std::string name = e.path().filename().string();
        CHECK((name.find(".planpub-") == std::string::npos || name[0] == '.'));
    }
    CHECK(read_file(out / "plan" / "a" / "index.html") == "a");
    CHECK(read_file(out / "search" / "x.js") == "x");
}

TEST_CASE("put() from many threads at once makes each new folder once and writes every file", "[emit]") {
    TempDir t;
    const fs::path out = t.path() / "public";
    OutputSet files;  // eight threads share the same few new folders, three deep, as pages of a plan do
    for (int i = 0; i < 400; ++i)
        files.push_back({"p" + std::to_string(i % 3) + "/s" + std::to_string(i % 5) + "/f" + std::to_string(i % 7) +
                             "/" + std::to_string(i) + ".html",
                         std::to_string(i), ""});
    Diagnostics d;
    OutputWriter w;
    REQUIRE(w.open(out.string(), d, 8));
    std::vector<std::thread> threads;
    for (int k = 0; k < 8; ++k)
        threads.emplace_back([&, k] {
            for (size_t i = k; i < files.size(); i += 8) w.put(files[i].path, files[i].bytes);
        });
    for (std::thread& th : threads) th.join();
    for (OutputFile& f : files) f.written = true;
    REQUIRE(w.finish(files, d));
    CHECK_FALSE(d.has_errors());
    for (const OutputFile& f : files) CHECK(read_file(out / f.path) == f.bytes);
}
