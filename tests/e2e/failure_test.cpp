// Bad input through the command line: message, location, exit code, and the previous
// output left exactly as it was.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace planpub::test;

namespace {

struct Fixture {
    TempDir t;
    fs::path content = t.path() / "content";
    fs::path out = t.path() / "public";
    std::string before;
    Fixture() {
        write_minimal_site(content);
        auto r = run_planpub(args());
        REQUIRE(r.exit_code == 0);
        before = snapshot(out);
        REQUIRE_FALSE(before.empty());
        cache = read_file(t.path() / ".public.planpub-cache");
        REQUIRE_FALSE(cache.empty());
    }
    std::string cache;  // the page cache describes the output in place, so a failed build leaves it too
    std::string args() const { return "build --content " + content.string() + " --out " + out.string(); }
    RunResult build_expecting_failure() {
        auto r = run_planpub(args());
        CHECK(r.exit_code == 1);
        CHECK(snapshot(out) == before);
        CHECK(read_file(t.path() / ".public.planpub-cache") == cache);
        // No temporary folder stays behind; the previous-build folder, the page cache and the lock
        // file are planpub's to keep.
        for (auto& e : fs::directory_iterator(t.path())) {
            std::string name = e.path().filename().string();
            if (name == ".public.planpub-prev" || name == ".public.planpub-lock" || name == ".public.planpub-cache")
                continue;
            CHECK(name.find("planpub-") == std::string::npos);
        }
        return r;
    }
};

}  // namespace

TEST_CASE("broken front matter: exit 1, file:line:col, output untouched", "[e2e][errors]") {
    Fixture f;
    write_file(f.content / "plans/alpha/01-purpose.md", "---\ntitle: 目的\ngoal: [1\n---\n本文\n");
    auto r = f.build_expecting_failure();
    INFO(r.output);
    CHECK(r.output.find(f.content.string() + "/plans/alpha/01-purpose.md:") != std::string::npos);
    CHECK(r.output.find("error[yaml.syntax]") != std::string::npos);
    CHECK(r.output.find("hint:") != std::string::npos);
}

TEST_CASE("missing title, unknown status and an escaping slug are all reported in one run", "[e2e][errors]") {
    Fixture f;
    write_file(f.content / "plans/alpha/01-purpose.md", "---\nsummary: no title\n---\n");
    write_file(f.content / "plans/alpha/index.md", "---\ntitle: a\nstatus: 決定\nperiod: {from: R6, to: R10}\n---\n");
    write_file(f.content / "plans/alpha/02-x.md", "---\ntitle: x\nslug: ../../../etc\n---\n");
    auto r = f.build_expecting_failure();
    INFO(r.output);
    CHECK(r.output.find("01-purpose.md:2:1: error[field.missing]") != std::string::npos);
    CHECK(r.output.find("index.md:3:9: error[plan.unknown-status]") != std::string::npos);
    CHECK(r.output.find("02-x.md:3:7: error[page.invalid-slug]") != std::string::npos);
    CHECK(r.output.find("3 error(s)") != std::string::npos);
}

TEST_CASE("a wrong check digit in the local government code", "[e2e][errors]") {
    Fixture f;
    std::string site = read_file(f.content / "site.yaml");
    site.replace(site.find("222097"), 6, "222098");
    write_file(f.content / "site.yaml", site);
    auto r = f.build_expecting_failure();
    CHECK(r.output.find("site.yaml:6:26: error[publisher.bad-code]") != std::string::npos);
}

TEST_CASE("invalid UTF-8 names the byte", "[e2e][errors]") {
    Fixture f;
    write_file(f.content / "plans/alpha/01-purpose.md", "---\ntitle: 目的\n---\nab\xFF\n");
    auto r = f.build_expecting_failure();
    INFO(r.output);
    CHECK(r.output.find("01-purpose.md:4:3: error[encoding.invalid-utf8]: invalid UTF-8 (byte ") != std::string::npos);
}

TEST_CASE("reserved plan ids and duplicate slugs", "[e2e][errors]") {
    Fixture f;
    write_file(f.content / "plans/assets/index.md", "---\ntitle: a\nstatus: draft\nperiod: {from: R6, to: R7}\n---\n");
    write_file(f.content / "plans/alpha/02-purpose.md", "---\ntitle: 重複\n---\n");
    auto r = f.build_expecting_failure();
    INFO(r.output);
    CHECK(r.output.find("error[plan.reserved-id]") != std::string::npos);
    CHECK(r.output.find("error[page.slug-collision]") != std::string::npos);
}

TEST_CASE("usage errors exit 2", "[e2e][errors]") {
    TempDir t;
    auto r = run_planpub("build --content " + (t.path() / "nope").string());
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("does not exist") != std::string::npos);
    CHECK(run_planpub("build --no-such-option").exit_code == 2);
    CHECK(run_planpub("").exit_code == 2);
    auto typo = run_planpub("buld --content x");
    CHECK(typo.exit_code == 2);
    CHECK(typo.output.find("error[usage.unknown-command]: unknown command \"buld\"") != std::string::npos);
    CHECK(typo.output.find("hint: ") != std::string::npos);
}

TEST_CASE("output folder inside the content folder is refused", "[e2e][errors]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    auto r = run_planpub("build --content " + (t.path() / "c").string() + " --out " + (t.path() / "c/public").string());
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("error[output.inside-content]") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path() / "c/public"));
}

TEST_CASE("check validates and writes nothing", "[e2e]") {
    // Run from the temporary folder with the default --content (content/), so the default output
    // folder (public/), the lock and previous-build folders beside it, and anything written next to
    // the content all land in the folder compared before and after.
    TempDir t;
    write_minimal_site(t.path() / "content");
    auto check = [&](const std::string& args) {
        const std::string before = tree_listing(t.path());
        auto r = run_planpub("check" + args, t.path());
        CHECK(tree_listing(t.path()) == before);
        return r;
    };
    auto ok = check("");
    INFO(ok.output);
    CHECK(ok.exit_code == 0);
    CHECK(check(" --content content").exit_code == 0);
    CHECK(check(" --content " + (t.path() / "content").string()).exit_code == 0);
    write_file(t.path() / "content/plans/alpha/01-purpose.md", "---\ntitle: 目的\n---\n[x](nowhere.md)\n");
    auto bad = check("");
    INFO(bad.output);
    CHECK(bad.exit_code == 1);
    CHECK(bad.output.find("content/plans/alpha/01-purpose.md:4:1: error[link.broken]") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path() / "public"));
}

TEST_CASE("an empty content folder has no plans", "[e2e][errors]") {
    TempDir t;
    fs::create_directories(t.path() / "c");
    auto r = run_planpub("check --content " + (t.path() / "c").string());
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("error[site.missing]") != std::string::npos);
    CHECK(r.output.find("error[content.no-plans]") != std::string::npos);
}

TEST_CASE("symlinks are skipped with a warning, never followed", "[e2e]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    write_file(t.path() / "secret.md", "---\ntitle: secret\n---\nSECRET\n");
    fs::create_symlink(t.path() / "secret.md", t.path() / "c/plans/alpha/09-secret.md");
    auto r = run_planpub("build --content " + (t.path() / "c").string() + " --out " + (t.path() / "o").string());
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("warning[content.symlink-skipped]") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path() / "o/alpha/secret"));
}
