// Tests for src/parse: front matter, site.yaml, plan and page metadata.
#include <catch2/catch.hpp>

#include "parse/front_matter.hpp"
#include "parse/plan_meta.hpp"
#include "parse/site_config.hpp"

using namespace planpub;

static SourceFile file(const std::string& path, const std::string& text) { return {true, path, text}; }

TEST_CASE("front matter is split with the body's first line", "[parse][front-matter]") {
    Diagnostics d;
    auto s = split_front_matter("p.md", "---\ntitle: x\n---\n本文\n", d);
    REQUIRE(s);
    CHECK(s->has_front_matter);
    CHECK(s->yaml.text == "title: x\n");
    CHECK(s->body == "本文\n");
    CHECK(s->body_first_line == 4);
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("unclosed front matter is an error at line 1", "[parse][front-matter]") {
    Diagnostics d;
    CHECK_FALSE(split_front_matter("p.md", "---\ntitle: x\n本文\n", d));
    REQUIRE(d.find("front-matter.unclosed"));
    CHECK(d.find("front-matter.unclosed")->where.line == 1);
}

TEST_CASE("YAML syntax errors point into the file, in characters", "[parse][yaml]") {
    Diagnostics d;
    auto page = parse_page(file("c/plans/a/01-x.md", "---\ntitle: 目的\nsummary: [未閉じ\n---\n"), d);
    CHECK_FALSE(page);
    const Diagnostic* e = d.find("yaml.syntax");
    REQUIRE(e);
    CHECK(e->where.path == "c/plans/a/01-x.md");
    // The flow sequence is still open where the front matter ends: after the last YAML line, at
    // the closing --- (line 4), column 1.
    CHECK(e->where.line == 4);
    CHECK(e->where.column == 1);

    // A second ": " on a line: yaml-cpp stops at that colon. Line 3 "summary: 目的: x" — s-u-m-m-a-r-y
    // are characters 1-7, ':' 8, ' ' 9, 目 10, 的 11, ':' 12 (in bytes it would be 16).
    Diagnostics d2;
    CHECK_FALSE(parse_page(file("c/plans/a/01-x.md", "---\ntitle: 目的\nsummary: 目的: x\n---\n"), d2));
    const Diagnostic* colon = d2.find("yaml.syntax");
    REQUIRE(colon);
    CHECK(colon->where.line == 3);
    CHECK(colon->where.column == 12);
}

TEST_CASE("page slugs come from the file name and are checked", "[parse][page]") {
    Diagnostics d;
    auto page = parse_page(file("c/plans/a/03-period.md", "---\ntitle: 期間\n---\n"), d);
    REQUIRE(page);
    CHECK(page->slug == "period");
    CHECK(page->order == 3);

    auto bad = parse_page(file("c/plans/a/04-x.md", "---\ntitle: t\nslug: ../../etc\n---\n"), d);
    CHECK_FALSE(bad);
    REQUIRE(d.find("page.invalid-slug"));
    CHECK(d.find("page.invalid-slug")->where.line == 3);

    Diagnostics d2;
    CHECK_FALSE(parse_page(file("c/plans/a/05-kpi.md", "---\ntitle: t\n---\n"), d2));
    CHECK(d2.find("page.reserved-slug"));
}

TEST_CASE("a page without a title is an error naming the file", "[parse][page]") {
    Diagnostics d;
    CHECK_FALSE(parse_page(file("x.md", "---\nsummary: s\n---\n"), d));
    const Diagnostic* e = d.find("field.missing");
    REQUIRE(e);
    CHECK(e->where.path == "x.md");
    CHECK(e->message.find("title") != std::string::npos);
}

TEST_CASE("site.yaml: required fields, license, code check digit", "[parse][site]") {
    Diagnostics d;
    auto c = parse_site_config(
        file("site.yaml", "title: t\nbase_url: example.jp\npublisher:\n  name: n\n  prefecture: p\n"
                          "  local_government_code: \"222258\"\nlicense: MIT\nlink: some\n"),
        d);
    CHECK(d.find("site.base-url-not-absolute"));
    CHECK(d.find("site.unknown-license"));
    CHECK(d.find("site.unknown-link-mode"));
    const Diagnostic* code = d.find("publisher.bad-code");
    REQUIRE(code);
    CHECK(code->where.line == 6);
    CHECK(code->hint.find("222259") != std::string::npos);
}

TEST_CASE("site.yaml links in every header and footer are http(s) or a plain mail address", "[parse][site]") {
    CHECK(is_web_address("https://www.city.example.jp/"));
    CHECK(is_web_address("https://logoform.jp/form/abc?id=1#top"));
    CHECK(is_web_address("http://例え.jp/問い合わせ"));
    for (const char* bad : {"javascript:alert(1)", "data:text/html,x", "//evil.example/", "https://", "https:///x",
                            "https://a b.jp/", "https://x.jp/\"onmouseover=", "JAVASCRIPT://x", "ftp://x.jp/"})
        CHECK_FALSE(is_web_address(bad));
    CHECK(is_absolute_http_url("https://www.city.example.jp/plans/"));
    CHECK_FALSE(is_absolute_http_url("https://www.city.example.jp/?p=1"));

    CHECK(is_mail_address("kikaku@city.example.jp"));
    CHECK(is_mail_address("dx-suishin.2024@city.izunokuni.shizuoka.jp"));
    for (const char* bad : {"mailto:kikaku@city.example.jp", "kikaku", "@city.jp", "kikaku@city", "a@b@c.jp",
                            "企画課 <kikaku@city.jp>", "a@b.jp?bcc=x@y.jp", "a@.jp", "a@b."})
        CHECK_FALSE(is_mail_address(bad));

    Diagnostics d;
    auto c = parse_site_config(
        file("site.yaml", "title: t\nbase_url: https://example.jp/\npublisher:\n  name: n\n  prefecture: p\n"
                          "  local_government_code: \"222097\"\nlicense: CC-BY-4.0\nhome_url: \"javascript:alert(1)\"\n"
                          "contact:\n  mail: \"mailto:k@city.jp\"\n  url: \"data:text/html,<script>\"\n"),
        d);
    const Diagnostic* url = d.find("site.bad-url");  // the first of two: contact is read before home_url
    REQUIRE(url);
    CHECK(url->where.line == 11);
    CHECK(url->where.column == 8);
    const Diagnostic* mail = d.find("site.bad-mail");
    REQUIRE(mail);
    CHECK(mail->where.line == 10);
    CHECK(d.error_count() == 3);
    CHECK(c.home_url.empty());
    CHECK(c.contact.mail.empty());
    CHECK(c.contact.url.empty());
}

TEST_CASE("plan front matter: status words, period years, goal structure ids", "[parse][plan]") {
    SiteConfig site;
    site.publisher = {"島田市", "静岡県", "222097"};
    PlanSources s;
    s.id = "alpha";
    s.dir = "c/plans/alpha";
    s.index = file("c/plans/alpha/index.md",
                   "---\ntitle: 計画\nstatus: 改訂\nperiod:\n  from: R2\n  to: 令和6年度\n"
                   "goals:\n  - number: 2\n    title: 人\n    pillars:\n      - 柱\n"
                   "      - title: 柱2\n        measures: [施策]\n---\n本文\n");
    Diagnostics d;
    Plan p = parse_plan(s, site, d);
    CHECK_FALSE(d.has_errors());
    CHECK(p.status == PlanStatus::Revised);
    CHECK(p.period.from.year == 2020);
    CHECK(p.period.to.year == 2024);
    REQUIRE(p.goals.size() == 1);
    CHECK(p.goals[0].id == "g2");
    CHECK(p.goals[0].pillars[1].id == "g2-p2");
    CHECK(p.goals[0].pillars[1].measures[0].id == "g2-p2-m1");
    CHECK(p.publisher.name == "島田市");
    CHECK(p.source.first_line == 15);
}

TEST_CASE("plan front matter errors: all of them, each at its line", "[parse][plan]") {
    SiteConfig site;
    PlanSources s;
    s.id = "glossary";
    s.dir = "c/plans/glossary";
    s.index = file("c/plans/glossary/index.md",
                   "---\ntitle: 計画\nstatus: 決定\nperiod:\n  from: 来年度\n  to: R6\n"
                   "goals:\n  - number: 1\n    title: a\n  - number: 1\n    title: b\n---\n");
    Diagnostics d;
    parse_plan(s, site, d);
    CHECK(d.find("plan.reserved-id"));
    REQUIRE(d.find("plan.unknown-status"));
    CHECK(d.find("plan.unknown-status")->where.line == 3);
    REQUIRE(d.find("year.unknown-form"));
    CHECK(d.find("year.unknown-form")->where.line == 5);
    REQUIRE(d.find("plan.duplicate-goal"));
    CHECK(d.find("plan.duplicate-goal")->where.line == 10);
}

TEST_CASE("a key repeated in one YAML map is an error, the same key in sibling maps is not", "[parse][yaml]") {
    Diagnostics d;
    YamlSource src{"g.yaml", "a: {x: 1, x: 2}\nb:\n  - k: 1\n  - k: 2\n    j: [k, k]\nc:\n  k: {k: 1}\n", 1};
    REQUIRE(parse_yaml(src, d));
    CHECK(d.error_count() == 1);
    const Diagnostic* e = d.find("yaml.duplicate-key");
    REQUIRE(e);
    CHECK(e->where.line == 1);
    CHECK(e->where.column == 11);
}

TEST_CASE("dates must exist in the calendar", "[parse][date]") {
    for (const char* good : {"2025-03-31", "2024-02-29", "2000-02-29", "2025-12-31"}) CHECK(is_iso_date(good));
    for (const char* bad : {"2025-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10",
                            "2025-01-00", "2025-4-1", "2025/03/31"})
        CHECK_FALSE(is_iso_date(bad));
}

TEST_CASE("a plan period is reversed only when it ends before it starts, fiscal and calendar years alike", "[parse][plan]") {
    SiteConfig site;
    site.publisher = {"島田市", "静岡県", "222097"};
    auto reversed = [&](const char* from, const char* to) {
        PlanSources s;
        s.id = "alpha";
        s.dir = "c/plans/alpha";
        s.index = file("c/plans/alpha/index.md", std::string("---\ntitle: 計画\nstatus: 案\nperiod:\n  from: ") + from +
                                                     "\n  to: " + to + "\n---\n");
        Diagnostics d;
        parse_plan(s, site, d);
        return d.find("plan.period-reversed") != nullptr;
    };
    CHECK(reversed("R8", "R6"));
    CHECK_FALSE(reversed("R6", "R6"));          // one fiscal year
    CHECK_FALSE(reversed("2024年", "FY2023"));  // FY2023 runs to March 2024
    CHECK_FALSE(reversed("FY2024", "2024年"));
    CHECK(reversed("FY2024", "2023年"));
    CHECK(reversed("2025年", "2023年度"));
}
