// Dates in open data come from the content, never from the day of the build (SPEC "Output (open
// data)"): two builds of the same content on different days give byte-identical opendata/.
// These tests change SOURCE_DATE_EPOCH between builds on purpose — every other open-data test
// fixes it, which is how a build-date fallback went unseen.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace planpub::test;

namespace {

// 1700000000 is 2023-11-14 and 1800000000 is 2027-01-15 (UTC).
std::string build_on(const fs::path& content, const fs::path& out, const char* epoch, std::string* log = nullptr) {
    ScopedEnv day("SOURCE_DATE_EPOCH", epoch);
    auto r = run_planpub("build --content " + content.string() + " --out " + out.string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    if (log) *log = r.output;
    return snapshot(out / "opendata");
}

size_t count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("open data of the bundled content is byte-identical when built on different days", "[e2e][opendata][dates]") {
    TempDir t;
    const fs::path content = fs::path(PLANPUB_SOURCE_DIR) / "content";
    std::string day1 = build_on(content, t.path() / "a", "1700000000");
    std::string day2 = build_on(content, t.path() / "b", "1800000000");
    REQUIRE(day1.find("catalog.ttl") != std::string::npos);  // the snapshot holds the open data
    CHECK(day1 == day2);
    CHECK(day1.find("2023-11-14") == std::string::npos);
    CHECK(day2.find("2027-01-15") == std::string::npos);
    // Page footers keep the build day (SOURCE_DATE_EPOCH) where a page has no date of its own.
    CHECK(read_file(t.path() / "b/glossary/index.html").find("2027-01-15") != std::string::npos);
}

TEST_CASE("open-data dates are the plan's published date and its latest content date", "[e2e][opendata][dates]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "site.yaml", read_file(c / "site.yaml") + "updated: 2025-02-01\n");
    write_file(c / "glossary.yaml", "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n");
    write_file(c / "plans/alpha/index.md",
               "---\ntitle: アルファ計画\nstatus: revised\nperiod:\n  from: 令和6年度\n  to: R10\n"
               "published: 2024-03-29\nupdated: 2024-10-01\n"
               "revisions:\n  - date: 2025-06-30\n    summary: KPIを見直した\n"
               "goals:\n  - number: 1\n    title: しごとをつくる\n---\n概要。\n");
    std::string log;
    std::string day1 = build_on(c, t.path() / "a", "1700000000", &log);
    CHECK(log.find("opendata.no-date") == std::string::npos);
    CHECK(day1 == build_on(c, t.path() / "b", "1800000000"));

    const std::string ttl = read_file(t.path() / "a/opendata/catalog.ttl");
    // The plan: issued when published, modified at its latest revision (later than `updated`).
    CHECK(ttl.find("dct:issued \"2024-03-29\"^^xsd:date") != std::string::npos);
    CHECK(ttl.find("dct:modified \"2025-06-30\"^^xsd:date") != std::string::npos);
    CHECK(ttl.find("2024-10-01") == std::string::npos);
    // The glossary: site.yaml's updated (2025-02-01) is older than the plan's revision.
    const std::string glossary = read_file(t.path() / "a/opendata/glossary.json");
    CHECK(glossary.find("\"modified\": \"2025-06-30\"") != std::string::npos);
    const std::string list = read_file(t.path() / "a/opendata/open_data_list.csv");
    CHECK(list.find(",2024-03-29,2025-06-30,") != std::string::npos);
    CHECK(read_file(t.path() / "a/opendata/index.html").find("<time datetime=\"2025-06-30\">") != std::string::npos);
}

TEST_CASE("a plan with no date: no date invented, one warning per plan, --strict fails", "[e2e][opendata][dates]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);  // no published, updated or revision
    write_file(c / "plans/beta/index.md",
               "---\ntitle: ベータ計画\nstatus: adopted\nperiod: {from: R6, to: R10}\nupdated: 2025-01-15\n---\n概要。\n");
    std::string log;
    std::string day1 = build_on(c, t.path() / "a", "1700000000", &log);
    CHECK(day1 == build_on(c, t.path() / "b", "1800000000"));
    const std::string alpha = (c / "plans/alpha/index.md").string(), beta = (c / "plans/beta/index.md").string();
    CHECK(count(log, alpha + ":1:1: warning[opendata.no-date]: the plan has no date") == 1);
    CHECK(count(log, beta + ":1:1: warning[opendata.no-date]: the plan has no 'published' date") == 1);
    CHECK(count(log, "warning[opendata.no-date]") == 2);
    CHECK(log.find("hint: add 'published: YYYY-MM-DD'") != std::string::npos);

    const std::string ttl = read_file(t.path() / "a/opendata/catalog.ttl");
    CHECK(count(ttl, "dct:issued") == 0);  // neither plan has a published date, so neither has the glossary
    CHECK(count(ttl, "dct:modified \"2025-01-15\"^^xsd:date") >= 1);  // beta's `updated`
    CHECK(ttl.find("2023-11-14") == std::string::npos);
    CHECK(read_file(t.path() / "a/opendata/datapackage.json").find("2023-11-14") == std::string::npos);

    ScopedEnv day("SOURCE_DATE_EPOCH", "1700000000");
    auto strict = run_planpub("check --strict --content " + c.string());
    INFO(strict.output);
    CHECK(strict.exit_code == 1);
}
