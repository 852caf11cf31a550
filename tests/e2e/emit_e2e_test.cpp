// The emit stage across rebuilds: the previous-build folder is reused, never written through a
// link, and the result always equals a fresh build.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "test_support.hpp"

using namespace planpub::test;

namespace {

std::string build(const fs::path& content, const fs::path& out) {
    auto r = run_planpub("build --content " + content.string() + " --out " + out.string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    return snapshot(out);
}

// The minimal site built once into public/, with a fixed build date (builds compared byte for
// byte must not straddle midnight).
struct BuiltSite {
    ScopedEnv date{"SOURCE_DATE_EPOCH", "1700000000"};
    TempDir t;
    fs::path content = t.path() / "content", out = t.path() / "public";
    std::string first;
    BuiltSite() {
        write_minimal_site(content);
        first = build(content, out);
    }
    RunResult build_again() const {
        return run_planpub("build --content " + content.string() + " --out " + out.string());
    }
};

}  // namespace

TEST_CASE("rebuilds reuse the previous-build folder and equal a fresh build", "[e2e][emit]") {
    // Builds compared byte for byte share one build date (else a pair straddling midnight differs).
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");
    TempDir t;
    fs::path content = t.path() / "content";
    write_minimal_site(content);
    fs::path out = t.path() / "public", fresh = t.path() / "fresh";
    build(content, out);
    build(content, out);
    REQUIRE(fs::is_directory(t.path() / ".public.planpub-prev"));

    // A page removed, one added, one changed: the output follows exactly.
    fs::remove(content / "plans/alpha/01-purpose.md");
    write_file(content / "plans/alpha/02-new.md", "---\ntitle: 新しいページ\n---\n本文。\n");
    write_file(
        content / "plans/alpha/index.md",
        "---\ntitle: アルファ計画\nstatus: adopted\nperiod:\n  from: 令和6年度\n  to: R10\n---\n概要を変えました。\n");
    std::string rebuilt = build(content, out);
    CHECK(rebuilt == build(content, fresh));
    CHECK_FALSE(fs::exists(out / "alpha/purpose"));
    CHECK(fs::exists(out / "alpha/new/index.html"));
    CHECK(read_file(out / "alpha/index.html").find("概要を変えました。") != std::string::npos);
}

TEST_CASE("a link planted in the previous-build folder is removed, never written through", "[e2e][emit][security]") {
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");
    TempDir t;
    fs::path content = t.path() / "content";
    write_minimal_site(content);
    fs::path out = t.path() / "public";
    build(content, out);
    build(content, out);
    fs::path prev = t.path() / ".public.planpub-prev";
    write_file(t.path() / "victim.txt", "keep me");
    fs::remove(prev / "index.html");
    fs::create_symlink(t.path() / "victim.txt", prev / "index.html");
    fs::remove_all(prev / "alpha");
    fs::create_directory_symlink(t.path(), prev / "alpha");
    std::string after = build(content, out);
    CHECK(read_file(t.path() / "victim.txt") == "keep me");
    CHECK_FALSE(fs::is_symlink(out / "index.html"));
    CHECK_FALSE(fs::is_symlink(out / "alpha"));
    CHECK(after == build(content, t.path() / "fresh"));
}

TEST_CASE("a second build into the same output folder waits its turn", "[e2e][emit]") {
    BuiltSite site;
    int fd = ::open((site.t.path() / ".public.planpub-lock").c_str(), O_RDWR | O_CREAT, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);  // as if another build were running
    auto r = site.build_again();
    ::close(fd);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("error[output.busy]") != std::string::npos);
    CHECK(snapshot(site.out) == site.first);
}

TEST_CASE("an output folder planpub did not make is refused, not replaced", "[e2e][emit][security]") {
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");
    TempDir t;
    fs::path content = t.path() / "content";
    write_minimal_site(content);
    fs::path desk = t.path() / "desktop";  // --out ~/Desktop by mistake
    write_file(desk / "仕事/報告書.docx", "大事");
    for (int i = 0; i < 2; ++i) {  // the second run must not treat the first refusal as a build
        auto r = run_planpub("build --content " + content.string() + " --out " + desk.string());
        INFO(r.output);
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("error[output.not-planpub]") != std::string::npos);
        CHECK(r.output.find("hint: ") != std::string::npos);
    }
    // The content is still checked in the same run: its errors are listed too.
    write_file(content / "plans/alpha/02-broken.md", "---\nsummary: no title\n---\n");
    auto both = run_planpub("build --content " + content.string() + " --out " + desk.string());
    CHECK(both.output.find("error[output.not-planpub]") != std::string::npos);
    CHECK(both.output.find("02-broken.md:2:1: error[field.missing]") != std::string::npos);
    fs::remove(content / "plans/alpha/02-broken.md");
    CHECK(read_file(desk / "仕事/報告書.docx") == "大事");
    CHECK_FALSE(fs::exists(t.path() / ".desktop.planpub-prev"));

    // An empty folder (made ahead, as deploy scripts do) is fine, and so is every later build into it.
    fs::path out = t.path() / "public";
    fs::create_directories(out);
    std::string first = build(content, out);
    CHECK(build(content, out) == first);
    CHECK(build(content, out) == first);

    // An output of an earlier planpub, whose lock file beside it is empty, is still planpub's.
    fs::path legacy = t.path() / "legacy";
    write_file(legacy / "index.html", "old build");
    write_file(t.path() / ".legacy.planpub-lock", "");
    CHECK(build(content, legacy) == first);

    // A planpub output the user replaced with a folder of their own is refused again.
    fs::rename(out, t.path() / "old");
    write_file(out / "notes.txt", "mine");
    auto r = run_planpub("build --content " + content.string() + " --out " + out.string());
    CHECK(r.exit_code == 1);
    CHECK(read_file(out / "notes.txt") == "mine");
}

TEST_CASE("an empty --out is a usage error, not a crash", "[e2e][emit][cli]") {
    TempDir t;
    write_minimal_site(t.path() / "content");
    auto r = run_planpub("build --content " + (t.path() / "content").string() + " --out ''");
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("error[usage.no-out]") != std::string::npos);
}

TEST_CASE("files added to a built output are named and kept, never deleted", "[e2e][emit]") {
    BuiltSite site;
    const fs::path &t = site.t.path(), &content = site.content, &out = site.out;
    const std::string& first = site.first;
    write_file(out / "CNAME", "plans.example.jp");
    auto r = site.build_again();
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(
        r.output.find("error[output.not-planpub]: the output folder holds 1 file that planpub did not write: CNAME") !=
        std::string::npos);
    CHECK(read_file(out / "CNAME") == "plans.example.jp");
    // The way to keep it: content/static/, copied to the output root on every build.
    fs::remove(out / "CNAME");
    write_file(content / "static/CNAME", "plans.example.jp");
    build(content, out);
    CHECK(read_file(out / "CNAME") == "plans.example.jp");
    fs::remove(content / "static/CNAME");
    CHECK(build(content, out) == first);  // planpub wrote it, so planpub removes it

    // An output of a planpub that kept no list of its files (the lock file holds only the folder
    // record): judged against what this build writes, so a leftover page is named, not deleted.
    std::string lock = read_file(t / ".public.planpub-lock");
    write_file(t / ".public.planpub-lock", lock.substr(0, lock.find('\n') + 1));
    write_file(out / "old-plan/index.html", "an earlier build");
    auto legacy = site.build_again();
    CHECK(legacy.exit_code == 1);
    CHECK(legacy.output.find("did not write: old-plan/") != std::string::npos);
    fs::remove_all(out / "old-plan");
    CHECK(build(content, out) == first);
    CHECK(read_file(t / ".public.planpub-lock").find("planpub output files:\n") != std::string::npos);
}

TEST_CASE("a link or a folder put where a built file was is named, never followed", "[e2e][emit][security]") {
    BuiltSite site;
    // The walk of --out takes each entry's type from readdir: a link stays a link, even one to a
    // regular file under a name planpub writes.
    const fs::path elsewhere = site.t.path() / "elsewhere.txt";
    write_file(elsewhere, "not the site's");
    fs::remove(site.out / "robots.txt");
    fs::create_symlink(elsewhere, site.out / "robots.txt");
    fs::remove(site.out / "sitemap.xml");
    fs::create_directory(site.out / "sitemap.xml");
    auto r = site.build_again();
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("did not write: robots.txt, sitemap.xml/") != std::string::npos);
    CHECK(fs::is_symlink(site.out / "robots.txt"));
    CHECK(read_file(elsewhere) == "not the site's");
    fs::remove(site.out / "robots.txt");
    fs::remove(site.out / "sitemap.xml");
    CHECK(build(site.content, site.out) == site.first);
}
