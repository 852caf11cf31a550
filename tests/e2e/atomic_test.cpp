// Atomic output under kill -9: a build killed while it writes its staging folder leaves the
// previous site byte for byte; the next build removes what the killed one left behind.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "emit/output_dir.hpp"
#include "test_support.hpp"

using namespace planpub::test;

namespace {

// Enough pages that writing the site takes a good fraction of a second.
void write_big_plan(const fs::path& content, const std::string& version) {
    write_minimal_site(content);
    std::string body;
    for (int i = 0; i < 40; ++i) body += "本文の段落です。地域の産業を振興し、関係人口を増やします。\n\n";
    for (int i = 0; i < 3000; ++i)
        write_file(content / "plans/alpha" / ("1" + std::to_string(1000 + i) + "-p" + std::to_string(i) + ".md"),
                   "---\ntitle: ページ" + std::to_string(i) + " " + version + "\n---\n" + body);
}

std::vector<fs::path> staging_folders(const fs::path& dir) {
    std::vector<fs::path> found;
    for (auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".public.planpub-") == 0) found.push_back(e.path());
    return found;
}

pid_t start_build(const fs::path& content, const fs::path& out) {
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execl(PLANPUB_BINARY, PLANPUB_BINARY, "build", "--jobs", "2", "--content", content.c_str(), "--out", out.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

}  // namespace

TEST_CASE("kill -9 while the site is written leaves the previous output intact", "[e2e][atomic]") {
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);  // the same content gives the same bytes
    TempDir t;
    fs::path content = t.path() / "content", out = t.path() / "public";
    auto build = [&](const fs::path& to) { return run_planpub("build --content " + content.string() + " --out " + to.string()); };
    write_big_plan(content, "v2");
    REQUIRE(build(t.path() / "v2").exit_code == 0);
    const std::string v2 = snapshot(t.path() / "v2");
    write_big_plan(content, "v1");
    REQUIRE(build(out).exit_code == 0);
    const std::string v1 = snapshot(out);

    bool killed_mid_write = false;
    for (int attempt = 0; attempt < 5 && !killed_mid_write; ++attempt) {
        write_big_plan(content, "v2");
        pid_t pid = start_build(content, out);
        bool seen = false;
        // Poll for the staging folder; kill the moment it exists.
        for (auto until = std::chrono::steady_clock::now() + std::chrono::seconds(120);
             !seen && std::chrono::steady_clock::now() < until;) {
            seen = !staging_folders(t.path()).empty();
            if (!seen) std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        REQUIRE(seen);
        std::string now = snapshot(out);
        if (now != v1) {  // the kill came after the swap: the output must then be the whole new site
            CHECK(now == v2);
            write_big_plan(content, "v1");
            REQUIRE(build(out).exit_code == 0);
            continue;
        }
        killed_mid_write = true;
        CHECK_FALSE(staging_folders(t.path()).empty());  // what kill -9 leaves behind
    }
    REQUIRE(killed_mid_write);

    // The next build finishes, and removes the killed build's staging folder.
    auto r = build(out);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(staging_folders(t.path()).empty());
    CHECK(snapshot(out) == v2);
}

TEST_CASE("stale staging folders are removed only when their build is gone", "[emit][atomic]") {
    TempDir t;
    pid_t dead = fork();
    if (dead == 0) _exit(0);
    waitpid(dead, nullptr, 0);
    fs::path stale = t.path() / (".public.planpub-tmp-" + std::to_string(dead) + "-1");
    fs::path running = t.path() / (".public.planpub-tmp-" + std::to_string(getppid()) + "-2");
    fs::path other = t.path() / (".other.planpub-tmp-" + std::to_string(dead) + "-3");
    for (auto& d : {stale, running, other}) write_file(d / "index.html", "x");
    planpub::Diagnostics d;
    REQUIRE(planpub::emit_site({{"index.html", "new", ""}}, (t.path() / "public").string(), d));
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(running));  // another build into the same folder may still be writing it
    CHECK(fs::exists(other));    // another output folder's business
    CHECK(read_file(t.path() / "public/index.html") == "new");
}
