// src/emit under failure: an attachment that vanished or turned into a FIFO after the content was
// read, and a disk that fills up while the previous-build cache is being updated. Each runs the
// emit stage in a child process where it needs a resource limit or may hang (bounded by alarm).
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>

#include "emit/output_dir.hpp"
#include "emit/output_writer.hpp"
#include "test_support.hpp"

using namespace planpub;
using namespace planpub::test;

namespace {

// Runs `body` in a child (killed after 10 s); returns its exit status, or 128 + signal.
int in_child(const std::function<int()>& body) {
    pid_t pid = ::fork();
    if (pid == 0) {
        ::alarm(10);
        ::_exit(body());
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool mentions(const Diagnostics& d, const std::string& text) {
    for (const Diagnostic& x : d.sorted())
        if (x.message.find(text) != std::string::npos || x.hint.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("an attachment that vanished is a source error, not a disk error", "[emit]") {
    TempDir t;
    auto out = t.path() / "public";
    Diagnostics d;
    CHECK_FALSE(emit_site({{"index.html", "v", ""}, {"x/files/a.pdf", "", (t.path() / "gone.pdf").string()}}, out.string(), d));
    REQUIRE(d.find("output.source-unreadable"));
    const Diagnostic* e = d.find("output.source-unreadable");
    CHECK(format_diagnostic(*e).find((t.path() / "gone.pdf").string() + ": error[output.source-unreadable]: cannot copy") == 0);
    CHECK(e->message.find("No such file or directory") != std::string::npos);
    CHECK_FALSE(mentions(d, "disk space"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("an attachment replaced by a FIFO after loading neither hangs nor is copied", "[emit]") {
    TempDir t;
    auto fifo = t.path() / "pipe.pdf";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    auto out = t.path() / "public";
    int status = in_child([&] {
        Diagnostics d;
        bool ok = emit_site({{"index.html", "v", ""}, {"x/files/pipe.pdf", "", fifo.string()}}, out.string(), d);
        const Diagnostic* e = d.find("output.source-unreadable");
        return !ok && e && e->message.find("not a regular file") != std::string::npos ? 0 : 1;
    });
    CHECK(status == 0);  // 142 (SIGALRM) on a build that blocks opening the FIFO
}

TEST_CASE("a full disk leaves the output as it was and no previous-build cache filling it", "[emit]") {
    TempDir t;
    auto out = t.path() / "public";
    Diagnostics first;
    REQUIRE(emit_site({{"index.html", "v1", ""}}, out.string(), first));
    std::string before = snapshot(out);
    std::string prev = previous_output_dir(out.string());
    int status = in_child([&] {
        ::signal(SIGXFSZ, SIG_IGN);  // writes past the limit then fail with EFBIG, as on a full disk
        struct rlimit lim{1 << 20, 1 << 20};
        ::setrlimit(RLIMIT_FSIZE, &lim);
        Diagnostics d;
        std::string big(3u << 20, 'x');
        bool ok = emit_site({{"index.html", "v2", ""}, {"a.txt", "small", ""}, {"big.bin", big, ""}}, out.string(), d, 1);
        const Diagnostic* e = d.find("output.write-failed");
        if (ok || !e) return 1;
        if (e->message.find("File too large") == std::string::npos) return 2;
        if (!mentions(d, "removed")) return 3;
        return 0;
    });
    CHECK(status == 0);
    CHECK(snapshot(out) == before);
    CHECK_FALSE(fs::exists(prev));  // what this build wrote there is gone
}
