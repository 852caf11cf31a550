// SPEC.md's command-line promises, one by one: exit statuses, --strict, reserved names, progress.
// Expectations come from SPEC.md ("Command line", "What bad input gets"), not from the code.
#include <catch2/catch.hpp>

#include "site_check.hpp"

using namespace planpub::test;

TEST_CASE("exit 0: a clean build prints nothing when stderr is not a terminal", "[e2e][spec][cli]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    auto r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    CHECK(r.exit_code == 0);
    CHECK(r.output == "");  // quiet otherwise: no progress, no summary, no warning
    CHECK(fs::is_regular_file(t.path() / "o/alpha/purpose/index.html"));
}

TEST_CASE("strict mode (--strict) turns a warning into an error: exit 1, nothing written, without it exit 0 and the warning", "[e2e][spec][cli]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    // Raw HTML outside the allowlist is a warning (SPEC: escaped and reported), at line 6, column 1.
    write_file(c / "plans/alpha/01-purpose.md", "---\ntitle: 目的\ngoal: 1\n---\n本文です。\n<div>囲み</div>\n");
    const std::string at = c.string() + "/plans/alpha/01-purpose.md:6:1: ";

    auto plain = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(plain.output);
    CHECK(plain.exit_code == 0);
    CHECK(plain.output.find(at + "warning[html.not-allowed]") != std::string::npos);
    CHECK(plain.output.find("error[") == std::string::npos);
    CHECK(fs::is_regular_file(t.path() / "o/alpha/purpose/index.html"));

    auto strict = run_planpub("build --strict --content " + q(c) + " --out " + q(t.path() / "s"));
    INFO(strict.output);
    CHECK(strict.exit_code == 1);
    CHECK(strict.output.find(at + "error[html.not-allowed]") != std::string::npos);  // reported as the error it is
    CHECK(strict.output.find("warning[") == std::string::npos);
    CHECK(strict.output.find("planpub: 1 error(s), 0 warning(s)") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path() / "s"));  // a failed build writes nothing

    auto check = run_planpub("check --strict --content " + q(c));
    CHECK(check.exit_code == 1);
    CHECK(check.output.find(at + "error[html.not-allowed]") != std::string::npos);
    CHECK(run_planpub("check --content " + q(c)).exit_code == 0);
}

TEST_CASE("exit 1 for content errors, exit 2 for usage errors", "[e2e][spec][cli]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    const std::string out = " --out " + q(t.path() / "o");

    SECTION("content error: 1") {
        write_file(c / "plans/alpha/index.md", "---\ntitle: アルファ計画\nstatus: 決定\nperiod: {from: R6, to: R10}\n---\n");
        auto r = run_planpub("build --content " + q(c) + out);
        INFO(r.output);
        CHECK(r.exit_code == 1);
        CHECK(r.output.find(c.string() + "/plans/alpha/index.md:3:9: error[plan.unknown-status]") != std::string::npos);
    }
    SECTION("unknown option: 2") {
        auto r = run_planpub("build --no-such-option --content " + q(c) + out);
        INFO(r.output);
        CHECK(r.exit_code == 2);
        CHECK(r.output.find("--no-such-option") != std::string::npos);
        CHECK_FALSE(fs::exists(t.path() / "o"));
    }
    SECTION("--content folder that does not exist: 2") {
        auto r = run_planpub("build --content " + q(t.path() / "missing") + out);
        INFO(r.output);
        CHECK(r.exit_code == 2);
        CHECK(r.output.find("error[usage.no-content]") != std::string::npos);
        CHECK(r.output.find((t.path() / "missing").string()) != std::string::npos);
        auto check = run_planpub("check --content " + q(t.path() / "missing"));
        CHECK(check.exit_code == 2);
    }
    SECTION("unknown command: 2") {
        auto r = run_planpub("publish --content " + q(c));
        INFO(r.output);
        CHECK(r.exit_code == 2);
        CHECK(r.output.find("error[usage.unknown-command]: unknown command \"publish\"") != std::string::npos);
    }
}

TEST_CASE("reserved plan ids are errors naming the folder", "[e2e][spec][cli][reserved]") {
    for (const char* id : {"search", "glossary", "opendata", "accessibility", "assets"}) {
        DYNAMIC_SECTION("plan id " << id) {
            TempDir t;
            fs::path c = t.path() / "c";
            write_clean_site(c);
            write_file(c / "plans" / id / "index.md",
                       "---\ntitle: 予約\nstatus: draft\nperiod: {from: R6, to: R7}\npublished: 2025-04-01\n---\n");
            auto r = run_planpub("check --content " + q(c));
            INFO(r.output);
            CHECK(r.exit_code == 1);
            // A folder has no line: the diagnostic names the folder itself.
            CHECK(r.output.find(c.string() + "/plans/" + id + ": error[plan.reserved-id]: plan id \"" + id + "\"") !=
                  std::string::npos);
        }
    }
}

TEST_CASE("reserved page slugs are errors at file:line:col, from the file name or from slug:", "[e2e][spec][cli][reserved]") {
    for (const char* slug : {"kpi", "files", "evaluation", "print"}) {
        DYNAMIC_SECTION("slug " << slug) {
            TempDir t;
            fs::path c = t.path() / "c";
            write_clean_site(c);
            // From the file name: the whole file is the place, reported at 1:1.
            write_file(c / "plans/alpha" / (std::string("02-") + slug + ".md"), "---\ntitle: 名前から\n---\n本文。\n");
            // From the front matter: at the value of slug: (line 3, column 7).
            write_file(c / "plans/alpha/03-other.md", std::string("---\ntitle: 指定\nslug: ") + slug + "\n---\n本文。\n");
            auto r = run_planpub("check --content " + q(c));
            INFO(r.output);
            CHECK(r.exit_code == 1);
            const std::string msg = std::string(": error[page.reserved-slug]: slug \"") + slug + "\"";
            CHECK(r.output.find(c.string() + "/plans/alpha/02-" + slug + ".md:1:1" + msg) != std::string::npos);
            CHECK(r.output.find(c.string() + "/plans/alpha/03-other.md:3:7" + msg) != std::string::npos);
        }
    }
}

// SPEC: "Progress on a terminal, quiet otherwise". `script` gives planpub a terminal; the bar is
// drawn once a build has run half a second, so the site is large enough to take longer than that.
TEST_CASE("progress on a terminal, quiet through a pipe", "[e2e][spec][cli][progress]") {
    if (std::system("command -v script >/dev/null 2>&1") != 0) FAIL("util-linux 'script' is needed for this test");
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    std::string body;
    for (int i = 0; i < 10; ++i) {
        for (int j = 0; j < 40; ++j) body += "関係人口と**ICT**の活用を進める。";
        body += "\n\n";
    }
    const int pages = 1500;
    for (int i = 1; i <= pages; ++i)
        write_file(c / "plans/alpha" / ("p" + std::to_string(i) + ".md"), "---\ntitle: ページ" + std::to_string(i) + "\n---\n" + body);

    const std::string args = "build --jobs 1 --content " + q(c) + " --out " + q(t.path() / "o");
    auto piped = run_planpub(args);
    INFO(piped.output);
    CHECK(piped.exit_code == 0);
    CHECK(piped.output == "");  // neither a bar nor a summary

    // Without its page cache, so that the second build renders every page again too.
    REQUIRE(fs::remove(t.path() / ".o.planpub-cache"));
    const std::string cmd = "script -qec \"" + std::string(PLANPUB_BINARY) + " " + args + "\" /dev/null < /dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p);
    std::string tty;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) tty.append(buf, n);
    int status = pclose(p);
    INFO(tty.substr(0, 2000));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // The bar counts the pages rendered: these, the minimal site's 01-purpose.md and the overview.
    const std::string total = "/" + std::to_string(pages + 2) + " pages";
    CHECK(tty.find("\r[") != std::string::npos);  // a bar redrawn in place
    CHECK(tty.find("#") != std::string::npos);
    CHECK(tty.find(total) != std::string::npos);
    CHECK(tty.find("planpub: wrote ") != std::string::npos);  // and a closing summary
    CHECK(tty.find(" pages) to " + (t.path() / "o").string() + "/") != std::string::npos);
}
