// SPEC.md's output promises, one by one: feed.xml, robots.txt, --base-url, the open-data page's
// 出典記載例, table captions and ○ marks. Expectations come from SPEC.md and docs/, not from the code.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "site_check.hpp"

using namespace planpub::test;

namespace {

void build_ok(const TempDir& t, const fs::path& c, const std::string& extra = "") {
    auto r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o") + extra);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
}

std::string out_file(const TempDir& t, const std::string& rel) {
    fs::path p = t.path() / "o" / rel;
    INFO(rel);
    REQUIRE(fs::is_regular_file(p));  // read_file returns "" for a missing file
    return read_file(p);
}

// Two plans; beta has two revisions.
void write_two_plans(const fs::path& c) {
    write_clean_site(c);
    write_file(
        c / "plans/beta/index.md",
        "---\ntitle: ベータ計画\nstatus: revised\nperiod: {from: R6, to: R7}\npublished: 2025-04-01\nrevisions:\n"
        "  - date: 2025-05-01\n    summary: 一度目の改訂\n  - date: 2025-06-01\n    summary: 二度目の改訂\n---\n概要。\n");
}

// The two plans with a page 02-more.md in alpha (its front matter + `more_front_matter`), built:
// the sitemap's (loc, lastmod) in order.
std::vector<std::pair<std::string, std::string>> sitemap_of_two_plans(const TempDir& t,
                                                                      const std::string& more_front_matter) {
    fs::path c = t.path() / "c";
    write_two_plans(c);
    write_file(c / "plans/alpha/02-more.md", "---\ntitle: 追加\n" + more_front_matter + "---\n本文。\n");
    build_ok(t, c);
    pugi::xml_document sitemap;
    REQUIRE(sitemap.load_string(out_file(t, "sitemap.xml").c_str()));
    std::vector<std::pair<std::string, std::string>> urls;
    for (auto u : sitemap.child("urlset").children("url"))
        urls.push_back({u.child_value("loc"), u.child_value("lastmod")});
    return urls;
}

}  // namespace

TEST_CASE("feed.xml is Atom 1.0 with one entry per plan and one per revision", "[e2e][spec][feed]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_two_plans(c);
    build_ok(t, c);
    pugi::xml_document doc;
    REQUIRE(doc.load_string(out_file(t, "feed.xml").c_str()));
    auto feed = doc.child("feed");
    REQUIRE(feed);
    CHECK(std::string(feed.attribute("xmlns").value()) == "http://www.w3.org/2005/Atom");
    // Atom requires id, title and updated on the feed and on each entry.
    CHECK(std::string(feed.child_value("id")) != "");
    CHECK(std::string(feed.child_value("title")) == "テスト市の計画");
    CHECK(std::string(feed.child_value("updated")).size() == 20);  // 2025-06-01T00:00:00Z
    std::vector<std::string> titles, summaries;
    std::set<std::string> ids;
    for (auto e : feed.children("entry")) {
        titles.push_back(e.child_value("title"));
        summaries.push_back(e.child_value("summary"));
        ids.insert(e.child_value("id"));
        CHECK(std::string(e.child_value("updated")).size() == 20);
        CHECK(std::string(e.child("link").attribute("href").value()).rfind("https://example.jp/plans/", 0) == 0);
    }
    REQUIRE(titles.size() == 4);  // alpha, beta, and beta's two revisions
    CHECK(ids.size() == 4);       // each entry its own id
    CHECK(std::count(titles.begin(), titles.end(), "アルファ計画") == 1);
    CHECK(std::count(titles.begin(), titles.end(), "ベータ計画") == 1);
    CHECK(std::count(summaries.begin(), summaries.end(), "一度目の改訂") == 1);
    CHECK(std::count(summaries.begin(), summaries.end(), "二度目の改訂") == 1);
    bool dated = false;
    for (auto e : feed.children("entry"))
        if (std::string(e.child_value("summary")) == "二度目の改訂")
            dated = std::string(e.child_value("updated")) == "2025-06-01T00:00:00Z";
    CHECK(dated);  // a revision's entry carries the revision's date
}

TEST_CASE("robots.txt points to the sitemap by absolute URL", "[e2e][spec][feed]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    build_ok(t, c);
    std::string robots = out_file(t, "robots.txt");
    CHECK(robots.find("\nSitemap: https://example.jp/plans/sitemap.xml\n") != std::string::npos);
    CHECK(fs::is_regular_file(t.path() / "o/sitemap.xml"));
}

TEST_CASE("sitemap: a page's lastmod is its own updated date, else its plan's", "[e2e][spec][sitemap]") {
    TempDir t;
    std::map<std::string, std::string> lastmod;
    for (const auto& [loc, date] : sitemap_of_two_plans(t, "updated: 2026-05-01\n")) lastmod[loc] = date;
    const std::string more = "https://example.jp/plans/alpha/more/index.html";
    const std::string purpose = "https://example.jp/plans/alpha/purpose/index.html";
    const std::string plan = "https://example.jp/plans/alpha/index.html";
    REQUIRE(lastmod.count(more) == 1);
    REQUIRE(lastmod.count(purpose) == 1);
    REQUIRE(lastmod.count(plan) == 1);
    CHECK(lastmod[more] == "2026-05-01");
    CHECK(lastmod[purpose] == lastmod[plan]);  // no date of its own: the plan's
    CHECK(lastmod[purpose] != "2026-05-01");
}

TEST_CASE("sitemap: home first, then every plan's overview and pages in order, then the site's other pages",
          "[e2e][spec][sitemap]") {
    TempDir t;
    std::vector<std::string> locs;
    for (const auto& [loc, date] : sitemap_of_two_plans(t, "")) locs.push_back(loc);
    const std::string base = "https://example.jp/plans/";
    const std::vector<std::string> first = {base + "index.html",
                                            base + "alpha/index.html",
                                            base + "alpha/purpose/index.html",
                                            base + "alpha/more/index.html",
                                            base + "beta/index.html",
                                            base + "accessibility/index.html"};
    REQUIRE(locs.size() > first.size());
    CHECK(std::vector<std::string>(locs.begin(), locs.begin() + first.size()) == first);
    CHECK(std::set<std::string>(locs.begin(), locs.end()).size() == locs.size());  // each once
}

TEST_CASE(
    "base URL option (--base-url): absolute URLs in sitemap, feed, robots and DCAT, links inside pages stay relative",
    "[e2e][spec][base-url]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_two_plans(c);
    const std::string base = "https://other.example.org/sub/";
    build_ok(t, c, " --base-url " + base);

    CHECK(out_file(t, "robots.txt").find("\nSitemap: " + base + "sitemap.xml\n") != std::string::npos);

    pugi::xml_document sitemap;
    REQUIRE(sitemap.load_string(out_file(t, "sitemap.xml").c_str()));
    size_t locs = 0;
    for (auto u : sitemap.child("urlset").children("url")) {
        std::string loc = u.child_value("loc");
        CHECK(loc.rfind(base, 0) == 0);
        ++locs;
    }
    CHECK(locs >= 5);  // home, alpha, its page, beta, the glossary …
    CHECK(out_file(t, "sitemap.xml").find("<loc>" + base + "alpha/purpose/index.html</loc>") != std::string::npos);

    pugi::xml_document feed;
    REQUIRE(feed.load_string(out_file(t, "feed.xml").c_str()));
    for (auto e : feed.child("feed").children("entry"))
        CHECK(std::string(e.child("link").attribute("href").value()).rfind(base, 0) == 0);

    // DCAT: every distribution's download URL is absolute, below --base-url.
    auto catalog = nlohmann::json::parse(out_file(t, "opendata/catalog.jsonld"));
    size_t downloads = 0;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
        if (j.is_object()) {
            for (auto& [k, v] : j.items()) {
                if (k == "dcat:downloadURL")
                    for (auto& u : v.is_array() ? v : nlohmann::json::array({v})) {
                        std::string url = u.is_object() ? u.value("@id", "") : u.get<std::string>();
                        CHECK(url.rfind(base + "opendata/", 0) == 0);
                        ++downloads;
                    }
                walk(v);
            }
        } else if (j.is_array()) {
            for (auto& v : j) walk(v);
        }
    };
    walk(catalog);
    CHECK(downloads >= 8);  // four files for each of the two plans at least
    CHECK(out_file(t, "opendata/catalog.jsonld").find("example.jp") == std::string::npos);  // site.yaml's URL replaced

    // Pages link relatively (404.html is served from anywhere: its links are absolute on purpose).
    for (const char* rel :
         {"index.html", "alpha/index.html", "alpha/purpose/index.html", "beta/index.html", "opendata/index.html"}) {
        std::string html = out_file(t, rel);
        CHECK(html.find("href=\"" + base) == std::string::npos);
        CHECK(html.find("src=\"" + base) == std::string::npos);
    }
    SiteReport report = check_site(t.path() / "o");
    for (auto& p : report.problems) FAIL_CHECK(p);
}

TEST_CASE("the open-data page carries the attribution wording (出典記載例) for the site's licence",
          "[e2e][spec][opendata]") {
    const std::string credit_line =
        "<li>出典：静岡県島田市「テスト市の計画 オープンデータ」（https://example.jp/plans/opendata/index.html）";
    auto credit = [&](const std::string& licence) {
        TempDir t;
        fs::path c = t.path() / "c";
        write_clean_site(c);
        std::string site = read_file(c / "site.yaml");
        site.replace(site.find("license: CC-BY-4.0"), 18, "license: " + licence);
        write_file(c / "site.yaml", site);
        build_ok(t, c);
        return between(out_file(t, "opendata/index.html"), "<h2 id=\"credit\">", "</ul>");
    };
    SECTION("CC BY 4.0: the source, and the licence with its address") {
        std::string s = credit("CC-BY-4.0");
        CHECK(s.find(credit_line + "、ライセンス：CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）</li>") !=
              std::string::npos);
        CHECK(s.find("を加工して作成</li>") != std::string::npos);  // the wording for edited data
    }
    SECTION("PDL 1.0 (公共データ利用規約): the source") {
        std::string s = credit("PDL-1.0");
        CHECK(s.find(credit_line + "</li>") != std::string::npos);
        CHECK(s.find("を加工して作成</li>") != std::string::npos);
    }
    SECTION("CC0: credit not required, the example still given") {
        std::string s = credit("CC0-1.0");
        CHECK(s.find("必須ではありません") != std::string::npos);
        CHECK(s.find(credit_line + "</li>") != std::string::npos);
    }
}

TEST_CASE("表： and Table: paragraphs become the table's caption", "[e2e][spec][tables]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(c / "plans/alpha/01-purpose.md",
               "---\ntitle: 目的\n---\n表：施策の一覧\n\n| 施策 | 年度 |\n|---|---|\n| 子育て | R6 |\n\n"
               "Table: Measures\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n表：表ではない段落\n\n本文。\n");
    build_ok(t, c);
    std::string p = between(out_file(t, "alpha/purpose/index.html"), "<main", "</main>");
    CHECK(p.find("<table>\n<caption>施策の一覧</caption>\n<thead>") != std::string::npos);
    CHECK(p.find("<table>\n<caption>Measures</caption>\n<thead>") != std::string::npos);
    CHECK(p.find("<th scope=\"col\">施策</th>") != std::string::npos);
    CHECK(p.find("<p>表：施策の一覧</p>") == std::string::npos);  // the paragraph became the caption
    CHECK(p.find("<p>Table: Measures</p>") == std::string::npos);
    CHECK(p.find("<p>表：表ではない段落</p>") != std::string::npos);  // no table below it: stays a paragraph
}

TEST_CASE("a table cell holding only ○ ◯ 〇 ● is read out as 該当", "[e2e][spec][tables]") {
    TempDir t;
    fs::path c = t.path() / "c";
    write_clean_site(c);
    write_file(
        c / "plans/alpha/01-purpose.md",
        "---\ntitle: 目的\n---\n| 施策 | A | B | C | D | E |\n|---|---|---|---|---|---|\n| 子育て | ○ | ◯ | 〇 | ● | ○ 一部 |\n");
    build_ok(t, c);
    std::string p = between(out_file(t, "alpha/purpose/index.html"), "<main", "</main>");
    // Columns of marks make the table a matrix (issue 17 item 1): its label column is the row
    // header, each cell carries its column's name for the stacked phone layout.
    CHECK(p.find("<table class=\"matrix\">") != std::string::npos);
    CHECK(p.find("<th scope=\"row\" data-label=\"施策\">子育て</th>") != std::string::npos);
    const char* cols[] = {"A", "B", "C", "D"};
    int i = 0;
    for (const char* mark : {"○", "◯", "〇", "●"}) {
        INFO(mark);
        CHECK(p.find(std::string("<td class=\"mark\" data-label=\"") + cols[i++] + "\"><span aria-hidden=\"true\">" +
                     mark + "</span><span class=\"visually-hidden\">該当</span></td>") != std::string::npos);
    }
    CHECK(p.find("<td data-label=\"E\">○ 一部</td>") != std::string::npos);  // not a mark alone: shown as written
}
