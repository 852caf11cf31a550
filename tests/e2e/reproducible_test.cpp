// Reproducible output on a generated site large enough for worker timing to vary: hundreds of
// pages with glossary terms, KPI blocks, tables, ~~strikethrough~~ and autolinks (cmark-gfm's
// extensions share a process-wide table that parsers edit, see docs/architecture.md).
#include <catch2/catch.hpp>

#include "app/build.hpp"
#include "app/site_build.hpp"
#include "test_support.hpp"

using namespace planpub::test;

// The minimal site with a site-wide glossary, in t/content.
static fs::path site_with_glossary(TempDir& t, const std::string& glossary_yaml) {
    fs::path content = t.path() / "content";
    write_minimal_site(content);
    write_file(content / "glossary.yaml", glossary_yaml);
    return content;
}

TEST_CASE("a generated site of 300 pages: the same bytes with 1, 2 and 8 jobs", "[e2e][reproducible]") {
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");
    TempDir t;
    const fs::path content = site_with_glossary(
        t,
        "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n"
        "- term: ICT\n  reading: あいしーてぃー\n  expansion: Information and Communication Technology\n"
        "  definition: 情報通信技術。\n");
    for (const char* plan : {"alpha", "beta", "gamma"}) {
        fs::path dir = content / "plans" / plan;
        write_file(
            dir / "index.md",
            "---\ntitle: 計画" + std::string(plan) +
                "\nstatus: adopted\nperiod: {from: R6, to: R10}\ngoals:\n  - {number: 1, title: 目標}\n---\n概要。\n");
        write_file(dir / "kpi.csv",
                   "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
                   "k-1,1,就業者数,人,\"1,200\",R4,1500,R9\nk-2,1,創業件数,件,10,R4,5年間で60件,R9\n");
        write_file(dir / "kpi-values.csv", "kpi,year,value,note\nk-1,R5,1280,\nk-2,R5,12,\n");
        for (int i = 0; i < 100; ++i)
            write_file(dir / ("1" + std::to_string(100 + i) + "-p" + std::to_string(i) + ".md"),
                       "---\ntitle: ページ" + std::to_string(i) +
                           "\n---\n## 見出し\n\n関係人口と~~古い~~ICTの話。 "
                           "www.example.jp と https://example.jp/" +
                           std::to_string(i) +
                           " を参照。\n\n"
                           "表：一覧\n\n| 項目 | 値 |\n|---|---:|\n| ○ | " +
                           std::to_string(i) + " |\n\n```kpi\ngoal: 1\n```\n");
    }
    std::vector<std::string> outputs;
    for (const char* jobs : {"1", "2", "8", "2"}) {
        fs::path out = t.path() / ("out" + std::to_string(outputs.size()));
        auto r = run_planpub("build --jobs " + std::string(jobs) + " --content " + content.string() + " --out " +
                             out.string());
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        outputs.push_back(snapshot(out));
    }
    for (const std::string& o : outputs) CHECK(o == outputs[0]);
    // The features the comparison is about are really in the output.
    std::string page = read_file(t.path() / "out0/beta/p7/index.html");
    CHECK(page.find("<del>古い</del>") != std::string::npos);
    CHECK(page.find("href=\"http://www.example.jp\"") != std::string::npos);
    CHECK(page.find("class=\"term\"") != std::string::npos);
    CHECK(page.find("kpi-table") != std::string::npos);
}

TEST_CASE("a build's search index is the index made all at once in memory, as serve makes it", "[e2e][reproducible]") {
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");
    TempDir t;
    const fs::path content =
        site_with_glossary(t, "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n");
    fs::path dir = content / "plans" / "beta";
    write_file(dir / "index.md",
               "---\ntitle: 計画ベータ\nstatus: adopted\nperiod: {from: R6, to: R10}\n"
               "goals:\n  - {number: 1, title: 目標}\n---\n概要。\n");
    write_file(dir / "kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
               "k-1,1,就業者数,人,\"1,200\",R4,1500,R9\n");
    for (int i = 0; i < 40; ++i)
        write_file(dir / ("1" + std::to_string(100 + i) + "-p" + std::to_string(i) + ".md"),
                   "---\ntitle: ページ" + std::to_string(i) + "\n---\n## 見出し\n\n関係人口の話 " + std::to_string(i) +
                       "。\n");
    // Written as the pages render (the build), against made from every document at the end (serve):
    // the KPI and the term are documents too, after the pages, each once.
    const fs::path out = t.path() / "out";
    auto r = run_planpub("build --content " + content.string() + " --out " + out.string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    planpub::BuildOptions opt;
    opt.content_dir = content.string();
    planpub::Diagnostics diags;
    std::unique_ptr<planpub::SiteBuild> b = planpub::build_site(opt, diags, nullptr);
    size_t compared = 0;
    for (const planpub::OutputFile& f : b->outputs) {
        if (f.path.rfind("search/", 0) != 0) continue;
        INFO(f.path);
        CHECK(read_file(out / f.path) == f.bytes);
        ++compared;
    }
    CHECK(compared >= 3);  // the page, the documents' text and at least one shard
    CHECK(read_file(out / "search/docs.js").find("就業者数") != std::string::npos);
}

TEST_CASE("pages rendered from the Markdown kept since parsing, or from their files read again, are the same bytes",
          "[e2e][reproducible]") {
    ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");
    TempDir t;
    const fs::path content =
        site_with_glossary(t, "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n");
    for (const char* plan : {"beta", "gamma"}) {
        fs::path dir = content / "plans" / plan;
        write_file(dir / "index.md", "---\ntitle: 計画" + std::string(plan) +
                                         "\nstatus: adopted\nperiod: {from: R6, to: R10}\n---\n概要" + plan + "。\n");
        for (int i = 0; i < 30; ++i)  // bodies of different lengths, so that a small budget keeps some of them
            write_file(dir / ("1" + std::to_string(100 + i) + "-p" + std::to_string(i) + ".md"),
                       "---\ntitle: ページ" + std::to_string(i) + "\n---\n## 見出し\n\n" +
                           std::string(static_cast<size_t>(i) * 3, '*') + "関係人口の話 " + std::to_string(i) + "。\n");
    }
    // All kept (the default, far above this site), none kept (every page read again), and some.
    std::vector<std::string> outputs;
    for (size_t budget : {size_t(32) << 20, size_t(0), size_t(1500)}) {
        planpub::BuildOptions opt;
        opt.content_dir = content.string();
        opt.out_dir = (t.path() / ("out" + std::to_string(outputs.size()))).string();
        opt.kept_markdown_bytes = budget;
        planpub::Diagnostics diags;
        const bool ok = planpub::run_build(opt, diags).ok;
        std::string reported;
        for (const planpub::Diagnostic& d : diags.sorted()) reported += planpub::format_diagnostic(d) + "\n";
        INFO("budget " << budget << "\n" << reported);
        REQUIRE(ok);
        CHECK_FALSE(diags.has_errors());
        outputs.push_back(snapshot(opt.out_dir));
    }
    CHECK(outputs[1] == outputs[0]);
    CHECK(outputs[2] == outputs[0]);
    CHECK(read_file(t.path() / "out1/beta/p29/index.html").find("の話 29。") != std::string::npos);
    CHECK(read_file(t.path() / "out1/gamma/index.html").find("<p>概要gamma。</p>") !=
          std::string::npos);  // an overview
}
