// End to end: the planpub binary on the bundled content and on content made here.
#include <catch2/catch.hpp>

#include "site_check.hpp"

using namespace planpub::test;

TEST_CASE("the bundled content builds into a complete, linked site", "[e2e]") {
    TempDir t;
    fs::path content = fs::path(PLANPUB_SOURCE_DIR) / "content";
    auto r = run_planpub("build --content " + content.string() + " --out " + (t.path() / "public").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    fs::path out = t.path() / "public";
    size_t plans = 0, pages = 0;
    for (auto& plan : fs::directory_iterator(content / "plans")) {
        ++plans;
        std::string id = plan.path().filename().string();
        CHECK(fs::exists(out / id / "index.html"));
        for (auto& f : fs::directory_iterator(plan.path())) {
            std::string name = f.path().filename().string();
            if (f.path().extension() != ".md" || name == "index.md") continue;
            ++pages;
            // NN-slug.md → <plan>/<slug>/index.html
            std::string slug = f.path().stem().string();
            slug = slug.substr(slug.find('-') + 1);
            INFO(id << "/" << name);
            CHECK(fs::exists(out / id / slug / "index.html"));
        }
    }
    CHECK(plans == 3);
    CHECK(pages >= 15);
    for (const char* f : {"index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "assets/style.css",
                          "accessibility/index.html", "accessibility/results/index.html"})
        CHECK(fs::exists(out / f));
    SiteReport report = check_site(out);
    for (auto& p : report.problems) FAIL_CHECK(p);
    CHECK(report.links > 50);
    pugi::xml_document sitemap;
    REQUIRE(sitemap.load_file((out / "sitemap.xml").c_str()));
    CHECK(sitemap.select_nodes("//url").size() == report.pages - 1);  // every page but 404.html
}

TEST_CASE("a site the team did not write builds, with relative links only", "[e2e]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    write_file(t.path() / "c/plans/beta/index.md",
               "---\ntitle: ベータ計画\nstatus: 案\nperiod: {from: FY2025, to: 2030年度}\n---\n"
               "[アルファへ](../alpha/index.md)\n\n[資料](files/資料 1.pdf)\n");
    write_file(t.path() / "c/plans/beta/files/資料 1.pdf", "%PDF-1.4\n");
    write_file(t.path() / "c/plans/beta/02-long.md",
               "---\ntitle: 長い表\n---\n表：広い表\n\n| a | b | c | d | e | f | g | h |\n|---|---|---|---|---|---|---|---|\n"
               "| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\n\n[目的](../alpha/01-purpose.md)\n");
    auto r = run_planpub("build --content " + (t.path() / "c").string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    SiteReport report = check_site(t.path() / "o");
    for (auto& p : report.problems) FAIL_CHECK(p);
    std::string home = read_file(t.path() / "o/index.html");
    CHECK(home.find("2025年度（令和7年度）〜2030年度（令和12年度）") != std::string::npos);
    CHECK(home.find(">案<") != std::string::npos);
    CHECK(fs::exists(t.path() / "o/beta/files/資料 1.pdf"));
    std::string beta = read_file(t.path() / "o/beta/long/index.html");
    CHECK(beta.find("href=\"../../alpha/purpose/index.html\"") != std::string::npos);
}

TEST_CASE("same content, same bytes, whatever the job count", "[e2e]") {
    // SOURCE_DATE_EPOCH stands for the build date, so two builds a day apart also match.
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");  // restored when the test ends
    TempDir t;
    for (const char* source : {"content", "tests/opendata/unseen"}) {
        fs::path content = fs::path(PLANPUB_SOURCE_DIR) / source;
        std::vector<std::string> outputs;
        for (const char* run : {"1 a", "2 b", "2 c", "8 d"}) {  // --jobs and the output folder's name
            std::string jobs(run, 1), out = (t.path() / source / (run + 2)).string();
            auto r = run_planpub("build --jobs " + jobs + " --content " + content.string() + " --out " + out);
            INFO(source << " --jobs " << jobs << ": " << r.output);
            REQUIRE(r.exit_code == 0);
            REQUIRE(fs::is_directory(fs::path(out) / "opendata/schemas"));  // the whole output, open data too
            outputs.push_back(snapshot(out));
        }
        INFO(source);
        for (const std::string& o : outputs) CHECK(o == outputs[0]);
        CHECK(outputs[0].find("2023-11-14") != std::string::npos);  // the date SOURCE_DATE_EPOCH gives
    }
    // A different date changes the bytes: the variable is honoured, not ignored.
    date.set("1800000000");
    fs::path content = fs::path(PLANPUB_SOURCE_DIR) / "content";
    REQUIRE(run_planpub("build --content " + content.string() + " --out " + (t.path() / "later").string()).exit_code == 0);
    CHECK(snapshot(t.path() / "later") != snapshot(t.path() / "content/a"));
}
