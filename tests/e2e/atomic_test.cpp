// Atomic output under kill -9: a build killed while it writes (into the previous-build folder
// beside --out, see emit/output_dir.hpp) leaves the site in --out byte for byte; the next build
// finishes from whatever the killed one left, and removes other leftovers.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

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

pid_t start_build(const fs::path& content, const fs::path& out) {
    pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execl(PLANPUB_BINARY, PLANPUB_BINARY, "build", "--jobs", "2", "--content", content.c_str(), "--out",
              out.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

std::vector<std::string> entries(const fs::path& dir) {
    std::vector<std::string> names;
    for (auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("kill -9 while the site is written leaves the previous output intact", "[e2e][atomic]") {
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");  // the same content gives the same bytes
    TempDir t;
    fs::path content = t.path() / "content", out = t.path() / "public", prev = t.path() / ".public.planpub-prev";
    auto build = [&](const fs::path& to) {
        return run_planpub("build --content " + content.string() + " --out " + to.string());
    };
    write_big_plan(content, "v2");
    REQUIRE(build(t.path() / "ref/v2").exit_code == 0);
    const std::string v2 = snapshot(t.path() / "ref/v2");
    write_big_plan(content, "v1");
    REQUIRE(build(out).exit_code == 0);
    REQUIRE(build(out).exit_code == 0);  // the second build leaves the previous-build folder beside --out
    const std::string v1 = snapshot(out);
    REQUIRE(fs::is_directory(prev));

    bool killed_mid_write = false;
    for (int attempt = 0; attempt < 5 && !killed_mid_write; ++attempt) {
        write_big_plan(content, "v2");
        pid_t pid = start_build(content, out);
        // Kill the moment the first new page is being written (the build writes into prev/).
        bool writing = false;
        for (auto until = std::chrono::steady_clock::now() + std::chrono::seconds(120);
             !writing && std::chrono::steady_clock::now() < until;) {
            auto p0 = read_file_if_exists(prev / "alpha/p0/index.html");  // not there between two builds
            writing = p0 && p0->find("ページ0 v2") != std::string::npos;
            if (!writing) std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        REQUIRE(writing);
        std::string now = snapshot(out);
        if (now != v1) {  // the kill came after the exchange: then --out must be the whole new site
            CHECK(now == v2);
            write_big_plan(content, "v1");
            REQUIRE(build(out).exit_code == 0);
            continue;
        }
        killed_mid_write = true;
    }
    REQUIRE(killed_mid_write);

    // Leftovers of killed builds of older planpub versions, which used their own staging folders.
    write_file(t.path() / ".public.planpub-tmp-4242-1/index.html", "old");
    // The next build finishes from the half-written folder, and the result equals a fresh build.
    auto r = build(out);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(snapshot(out) == v2);
    CHECK(entries(t.path()) == std::vector<std::string>{".public.planpub-cache", ".public.planpub-lock",
                                                        ".public.planpub-prev", "content", "public", "ref"});
}
