// End to end: the accessibility policy (方針) and results (試験結果) pages (issue 17 item 5).
// The policy's dates, target, exceptions and departments come from site.yaml's `accessibility:`
// (総務省 みんなの公共サイト運用ガイドライン), nothing invented when they are left out; the results
// page follows JIS X 8341-3:2016 annex JB and never shows 適合 that no person judged.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace planpub::test;

namespace {

// write_minimal_site's site.yaml less its `accessibility:` block.
std::string without_policy(const fs::path& site_yaml) {
    std::string y = read_file(site_yaml);
    return y.substr(0, y.find("accessibility:"));
}

// A results file as `npm run a11y-results` writes it, with `criteria` given by the test.
std::string results_json(const std::string& criteria, const std::string& conformance = "") {
    return "{\n"
           "  \"date\": \"2026-11-20\",\n"
           "  \"standard\": \"JIS X 8341-3:2016\",\n"
           "  \"target_level\": \"AA\",\n"
           "  \"conformance\": \"" + conformance + "\",\n"
           "  \"tools\": [{\"name\": \"axe-core\", \"version\": \"4.10.2\"}, {\"name\": \"Nu HTML Checker\", \"version\": \"24.7.30\"}],\n"
           "  \"technologies\": [\"HTML\", \"CSS\", \"SVG\"],\n"
           "  \"method\": \"自動試験\",\n"
           "  \"page_selection\": \"すべてのページ\",\n"
           "  \"pages\": [\"https://example.jp/plans/index.html\", \"https://example.jp/plans/alpha/index.html\"],\n"
           "  \"criteria\": [\n" + criteria + "\n  ]\n}\n";
}

const char* const kCriteria =
    "    {\"id\": \"1.1.1\", \"title\": \"非テキストコンテンツ\", \"level\": \"A\", \"applies\": true, \"result\": \"未判定\", \"needs_human\": true, \"judged_by\": \"automated\", \"method\": \"axe-core\"},\n"
    "    {\"id\": \"1.2.1\", \"title\": \"音声のみ及び映像のみ（収録済み）\", \"level\": \"A\", \"applies\": false, \"result\": \"該当なし\", \"needs_human\": false, \"judged_by\": \"automated\"},\n"
    "    {\"id\": \"2.4.7\", \"title\": \"フォーカスの可視化\", \"level\": \"AA\", \"applies\": true, \"result\": \"適合\", \"needs_human\": true, \"judged_by\": \"human\"},\n"
    "    {\"id\": \"4.1.1\", \"title\": \"構文解析\", \"level\": \"A\", \"applies\": true, \"result\": \"適合\", \"needs_human\": false, \"judged_by\": \"automated\"}";

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the policy page takes its dates, target, exceptions and departments from site.yaml", "[e2e][accessibility]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);  // its site.yaml gives every field of accessibility:
    auto r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(has(r.output, "warning[site.accessibility-incomplete]"));
    const std::string page = read_file(t.path() / "o/accessibility/index.html");
    CHECK(has(page, "<dt>策定日</dt><dd><time datetime=\"2025-04-01\">2025年4月1日</time></dd>"));
    CHECK(has(page, "<dt>更新日</dt><dd><time datetime=\"2026-10-01\">2026年10月1日</time></dd>"));
    CHECK(has(page, "静岡県島田市は、"));  // one publisher: it speaks for the site
    CHECK(has(page, "適合レベル AA に準拠することを目標とします"));
    CHECK(has(page, "<time datetime=\"2027-03-31\">2027年3月31日</time>までに、適合レベル AA への準拠を達成することを目指します"));
    CHECK(has(page, "<li>令和5年度以前に作成した PDF</li>"));
    CHECK(has(page, "<li>企画部 企画課</li>\n<li>総務部 情報政策課</li>"));
    // Only what is true: no claim that every build is tested; no results yet, so none dated.
    CHECK_FALSE(has(page, "サイトを生成するたびに"));
    CHECK(has(page, "このサイトは、まだ試験を実施していません。"));
    CHECK(has(read_file(t.path() / "o/accessibility/results/index.html"), "このサイトは、まだ試験を実施していません。"));
}

TEST_CASE("a site of several publishers names none as responsible unless site.yaml does, and what is left out is a warning", "[e2e][accessibility]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "plans/beta/index.md",
               "---\ntitle: ベータ計画\nstatus: adopted\nperiod: {from: R6, to: R10}\n"
               "publisher:\n  name: 知多市\n  prefecture: 愛知県\n  local_government_code: \"232246\"\n---\n概要。\n");
    const std::string policy = read_file(c / "site.yaml").substr(without_policy(c / "site.yaml").size());
    write_file(c / "site.yaml", without_policy(c / "site.yaml"));
    auto r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(has(r.output, (c / "site.yaml").string() + ": warning[site.accessibility-incomplete]: the accessibility policy page leaves out "
                        "what site.yaml does not give: organization (the site carries plans of 2 publishers"));
    const std::string page = read_file(t.path() / "o/accessibility/index.html");
    CHECK_FALSE(has(page, "静岡県島田市は"));
    CHECK(has(page, "このサイトの運営者は、"));
    CHECK(has(page, "目標とする適合レベル及び対応度は、まだ定めていません。"));
    CHECK(has(page, "達成期限は、まだ定めていません。"));
    CHECK_FALSE(has(page, "<dt>策定日</dt>"));

    // Named in site.yaml: that organisation, and no warning about it.
    write_file(c / "site.yaml", read_file(c / "site.yaml") + policy + "  organization: 島田市・知多市 計画公開サイト運営協議会\n");
    r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(has(r.output, "warning[site.accessibility-incomplete]"));
    CHECK(has(read_file(t.path() / "o/accessibility/index.html"), "島田市・知多市 計画公開サイト運営協議会は、"));
}

TEST_CASE("the results page follows JIS X 8341-3 annex JB: standard, date, tools, pages and a checklist per criterion", "[e2e][accessibility]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    write_file(c / "accessibility-results.json", results_json(kCriteria));
    auto r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const std::string page = read_file(t.path() / "o/accessibility/results/index.html");
    CHECK(has(page, "<dt>規格の規格番号及び改正年</dt><dd>JIS X 8341-3:2016</dd>"));
    CHECK(has(page, "<dt>適合レベル及び対応度</dt><dd>対応度は表記していません</dd>"));
    CHECK(has(page, "<dt>試験実施日</dt><dd><time datetime=\"2026-11-20\">2026年11月20日</time></dd>"));
    CHECK(has(page, "<dt>依存したウェブコンテンツ技術</dt><dd>HTML、CSS、SVG</dd>"));
    CHECK(has(page, "<dt>試験に使ったツール</dt><dd>axe-core 4.10.2、Nu HTML Checker 24.7.30</dd>"));
    CHECK(has(page, "<dt>試験箇所の選択方法</dt><dd>すべてのページ</dd>"));
    CHECK(has(page, "<caption>達成基準チェックリスト</caption>"));
    CHECK(has(page, "<tr><th scope=\"row\">1.1.1 非テキストコンテンツ</th><td>A</td><td>はい</td><td>未判定（人による確認が必要）</td>"
                    "<td>自動試験（人による確認が必要）：axe-core</td></tr>"));
    CHECK(has(page, "<th scope=\"row\">1.2.1 音声のみ及び映像のみ（収録済み）</th><td>A</td><td>いいえ</td><td>該当なし</td>"));
    CHECK(has(page, "<th scope=\"row\">2.4.7 フォーカスの可視化</th><td>AA</td><td>はい</td><td>適合</td><td>人による確認</td>"));
    CHECK(has(page, "<th scope=\"row\">4.1.1 構文解析</th><td>A</td><td>はい</td><td>適合</td><td>自動試験</td>"));
    CHECK(has(page, "<h2>試験したページ（2 ページ）</h2>"));
    CHECK(has(page, "<li><a href=\"https://example.jp/plans/alpha/index.html\">https://example.jp/plans/alpha/index.html</a></li>"));
    CHECK_FALSE(has(page, "まだ試験を実施していません"));
    // The policy dates its statement about tests by the last results.
    const std::string policy = read_file(t.path() / "o/accessibility/index.html");
    CHECK(has(policy, "最後に試験を実施した日は<time datetime=\"2026-11-20\">2026年11月20日</time>で、2 ページを試験しました。"));
    CHECK(has(policy, "一部の達成基準は、人が目視や支援技術で確認した結果を掲載しています。"));
}

TEST_CASE("results that claim 適合 or 準拠 no person judged, or are not JSON, are errors at their line:col", "[e2e][accessibility]") {
    TempDir t;
    const fs::path c = t.path() / "c";
    write_minimal_site(c);
    const std::string json = (c / "accessibility-results.json").string();
    // Line 14: the criterion a person must judge, marked 適合 by the automated run.
    write_file(c / "accessibility-results.json",
               results_json("    {\"id\": \"1.1.1\", \"level\": \"A\", \"applies\": true, \"needs_human\": true, \"judged_by\": \"automated\",\n"
                            "     \"result\": \"適合\"},\n" +
                                std::string(kCriteria), "準拠"));
    auto r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(has(r.output, json + ":13:16: error[results.unsupported-claim]: criterion 1.1.1 is 適合 but only a person can judge it"));
    CHECK(has(r.output, json + ":5:18: error[results.unsupported-claim]: conformance 準拠 needs every applicable criterion up to level AA"));

    write_file(c / "accessibility-results.json", "{\"date\": \"2026-11-20\",\n  \"pages\": [}\n");
    r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(has(r.output, json + ":2:13: error[results.bad-json]: accessibility-results.json is not valid JSON"));

    write_file(c / "accessibility-results.json", results_json(kCriteria).replace(13, 10, "2026/11/20"));
    r = run_planpub("build --content " + q(c) + " --out " + q(t.path() / "o"));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(has(r.output, json + ":2:11: error[results.bad-field]: 'date' is not a date: \"2026/11/20\""));
}
