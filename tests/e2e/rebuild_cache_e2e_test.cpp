// The page cache beside --out (.public.planpub-cache) across rebuilds. What matters most is that it
// can never be seen: after any edit, a rebuild into the kept output gives the same files, the same
// diagnostics and the same exit status as a clean build of the same content into a fresh folder.
// Only then: the cache is really used (`--timings` says how many pages came from it).
#include <catch2/catch.hpp>

#include <functional>
#include <regex>

#include "test_support.hpp"

using namespace planpub::test;

namespace {

const char* const kPlans[] = {"alpha", "beta", "gamma"};
constexpr long kPages = 20;
constexpr long kJobs = 3 * (1 + kPages);  // each plan's overview and its pages

std::string page_file(long i) { return std::to_string(1100 + i) + "-p" + std::to_string(i) + ".md"; }

// Three plans of 20 pages with glossary terms, KPI blocks and links into the next plan: every
// kind of input a page's rendering depends on, including other plans' files. alpha's page 3 holds
// raw HTML, a warning raised while its Markdown renders (a cached page must still report it);
// gamma has no date of its own, so its pages show the build date (SOURCE_DATE_EPOCH).
void write_site(const fs::path& c) {
    write_minimal_site(c);  // site.yaml (no site warnings); its alpha pages are replaced below
    fs::remove(c / "plans/alpha/01-purpose.md");
    write_file(c / "glossary.yaml",
               "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 地域と関わる人々。\n"
               "- term: ICT\n  reading: あいしーてぃー\n  definition: 情報通信技術。\n");
    for (int p = 0; p < 3; ++p) {
        const std::string plan = kPlans[p], next = kPlans[(p + 1) % 3];
        const fs::path dir = c / "plans" / plan;
        write_file(dir / "index.md", "---\ntitle: 計画" + plan + "\nstatus: adopted\nperiod: {from: R6, to: R10}\n" +
                                         (plan == "gamma" ? "" : "published: 2025-04-01\n") +
                                         "goals:\n  - {number: 1, title: 目標}\n---\n概要。\n");
        write_file(dir / "kpi.csv",
                   "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
                   "k-1,1,就業者数,人,\"1,200\",R4,1500,R9\nk-2,1,創業件数,件,10,R4,60,R9\n");
        write_file(dir / "kpi-values.csv", "kpi,year,value,note\nk-1,R5,1280,\nk-2,R5,12,\n");
        for (long i = 0; i < kPages; ++i)
            write_file(dir / page_file(i), "---\ntitle: ページ" + std::to_string(i) +
                                               "\n---\n## 見出し\n\n"
                                               "関係人口とICTと地域交通の話。[次の計画の5ページ](../" +
                                               next +
                                               "/1105-p5.md)、"
                                               "[概要](index.md)。\n\n```kpi\ngoal: 1\n```\n" +
                                               (plan == "alpha" && i == 3 ? "\n<div>囲み</div>\n" : ""));
    }
}

// `.<name><suffix>` beside the output folder: .public.planpub-prev, -cache, -lock.
fs::path beside(const fs::path& out, const std::string& suffix) {
    return out.parent_path() / ("." + out.filename().string() + suffix);
}

void replace_in(const fs::path& f, const std::string& from, const std::string& to) {
    std::string s = read_file(f);
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    write_file(f, s.replace(at, from.size(), to));
}

// One byte changed, size and modification time kept: a check of sizes or times alone must not
// take this file for the one planpub wrote.
void flip_byte_in_place(const fs::path& f) {
    const auto when = fs::last_write_time(f);
    std::string s = read_file(f);
    REQUIRE(s.size() > 100);
    s[s.size() / 2] ^= 0x01;
    write_file(f, s);
    fs::last_write_time(f, when);
}

struct Run {
    int code = -1;
    std::string diags;            // the output without the `--timings` lines
    long cached = -1, jobs = -1;  // "pages from the cache N of M"; -1 when not printed
};

Run run_build(const fs::path& content, const fs::path& out) {
    auto r = run_planpub("build --timings --content " + q(content) + " --out " + q(out));
    static const std::regex timing(R"(planpub: .*( [0-9.]+ s| [0-9]+ of [0-9]+))");
    static const std::regex from_cache(R"(pages from the cache\s+(\d+) of (\d+))");
    Run b;
    b.code = r.exit_code;
    std::istringstream in(r.output);
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_search(line, m, from_cache)) b.cached = std::stol(m[1]), b.jobs = std::stol(m[2]);
        if (!std::regex_match(line, timing)) b.diags += line + "\n";
    }
    return b;
}

// A build with nothing beside its output folder: no previous-build folder, cache or lock.
Run clean_build(const fs::path& content, const fs::path& out) {
    for (const char* s : {"", ".planpub-prev", ".planpub-cache", ".planpub-lock"})
        fs::remove_all(s[0] ? beside(out, s) : out);
    return run_build(content, out);
}

// The generated site, built twice into public/ (so the previous-build folder and the cache exist),
// with a fixed build date: builds compared byte for byte must not straddle midnight.
struct CachedSite {
    ScopedEnv date{"SOURCE_DATE_EPOCH", "1700000000"};
    TempDir t;
    fs::path content = t.path() / "content", out = t.path() / "public", fresh = t.path() / "fresh";
    fs::path cache = beside(out, ".planpub-cache"), prev = beside(out, ".planpub-prev");
    CachedSite() {
        write_site(content);
        for (int i = 0; i < 2; ++i) {
            Run r = run_build(content, out);
            INFO(r.diags);
            REQUIRE(r.code == 0);
        }
    }

    // Rebuilds into the kept output and checks it against a clean build: same exit status, same
    // diagnostics, and on success the same files; on failure the output and the cache as they
    // were. Then rebuilds once more with nothing changed — the previous-build folder now holds the
    // output of two builds ago — which must agree too and take every page from the cache
    // (`all_cached_after`: false where planpub cannot be expected to put its cache file back).
    Run rebuild_matches_clean(bool all_cached_after = true) {
        const std::string out_before = snapshot(out);
        const auto cache_before = read_file_if_exists(cache);
        Run re = run_build(content, out), clean = clean_build(content, fresh);
        INFO("rebuild:\n" << re.diags << "clean build:\n" << clean.diags);
        CHECK(re.code == clean.code);
        CHECK(re.diags == clean.diags);
        if (clean.code != 0) {
            CHECK(snapshot(out) == out_before);  // a failed build leaves the output and cache as they were
            CHECK(read_file_if_exists(cache) == cache_before);
            return re;
        }
        const std::string expected = snapshot(fresh);
        CHECK(snapshot(out) == expected);
        Run again = run_build(content, out);
        CHECK(again.code == 0);
        CHECK(again.diags == clean.diags);
        CHECK(snapshot(out) == expected);
        CHECK(again.jobs > 0);
        if (all_cached_after) CHECK(again.cached == again.jobs);
        return re;
    }
};

}  // namespace

TEST_CASE("after every kind of edit a rebuild equals a clean build, files and diagnostics", "[e2e][cache]") {
    CachedSite s;
    const fs::path plans = s.content / "plans";
    fs::path moved_away = s.t.path() / "moved-away.md";
    // Applied one after another to the same site and output: each rebuild starts from the output,
    // previous-build folder and cache the edits before it left.
    const std::vector<std::pair<std::string, std::function<void()>>> edits = {
        {"(a) nothing changed", [] {}},
        {"(b) a page's text",
         [&] { replace_in(plans / "beta" / page_file(2), "地域交通の話。", "地域交通の新しい話。"); }},
        {"(c) a page's title, shown on its neighbours",
         [&] { replace_in(plans / "beta" / page_file(5), "ページ5", "改題"); }},
        {"(d) a glossary definition",
         [&] { replace_in(s.content / "glossary.yaml", "関わる人々", "多様に関わる人々"); }},
        {"(d) a new glossary term the pages use",
         [&] {
             write_file(s.content / "glossary.yaml",
                        read_file(s.content / "glossary.yaml") +
                            "- term: 地域交通\n  reading: ちいきこうつう\n  definition: 地域の足。\n");
         }},
        {"(e) a KPI target and a KPI value",
         [&] {
             replace_in(plans / "gamma/kpi.csv", "1500", "1600");
             replace_in(plans / "gamma/kpi-values.csv", "1280", "1300");
         }},
        {"(f) the site title, on every page",
         [&] { replace_in(s.content / "site.yaml", "テスト市の計画", "新テスト市の計画"); }},
        {"(f) the contact phone, only in footers",
         [&] { replace_in(s.content / "site.yaml", "0547-00-0000", "0547-11-1111"); }},
        {"(g) a page renamed: new slug and place",
         [&] { fs::rename(plans / "gamma" / page_file(19), plans / "gamma/1099-first.md"); }},
        {"(g) a page deleted", [&] { fs::remove(plans / "beta" / page_file(18)); }},
        {"(g) a page added",
         [&] { write_file(plans / "alpha/1120-p20.md", "---\ntitle: 追加\n---\n関係人口の話。\n"); }},
        // The other plans' links to it break: an error in plans whose own files did not change.
        {"(g) a page other plans link to deleted", [&] { fs::rename(plans / "beta" / page_file(5), moved_away); }},
        {"(g) and put back", [&] { fs::rename(moved_away, plans / "beta" / page_file(5)); }},
        {"(h) the page with the warning fixed",
         [&] { replace_in(plans / "alpha" / page_file(3), "<div>囲み</div>", "囲み"); }},
        {"(h) and broken again",
         [&] { replace_in(plans / "alpha" / page_file(3), "\n囲み\n", "\n<div>囲み</div>\n"); }},
        {"(i) a theme template overridden",
         [&] {
             write_file(s.content / "site.yaml", read_file(s.content / "site.yaml") + "theme: theme\n");
             std::string page = read_file(fs::path(PLANPUB_SOURCE_DIR) / "themes/default/templates/page.mustache");
             write_file(s.content / "theme/templates/page.mustache", "<p class=\"city-banner\">市の版</p>\n" + page);
         }},
        {"(i) the override edited",
         [&] { replace_in(s.content / "theme/templates/page.mustache", "市の版", "市の新版"); }},
        {"(j) another SOURCE_DATE_EPOCH", [&] { s.date.set("1800000000"); }},
        {"(b) the first page edit undone", [&] { replace_in(plans / "beta" / page_file(2), "新しい話", "話"); }},
    };
    // The features the comparison is about are really in the output.
    const std::string page = read_file(s.out / "beta/p7/index.html");
    CHECK(page.find("class=\"term\"") != std::string::npos);
    CHECK(page.find("kpi-table") != std::string::npos);
    CHECK(page.find("href=\"../../gamma/p5/") != std::string::npos);
    for (const auto& [name, edit] : edits) {
        INFO(name);
        edit();
        Run re = s.rebuild_matches_clean();
        const bool warned = re.diags.find("alpha/1103-p3.md:12:1: warning[html.not-allowed]") != std::string::npos;
        CHECK(warned == (name != "(h) the page with the warning fixed"));  // reported from the cache too
        if (name == "(g) a page other plans link to deleted") {
            CHECK(re.code == 1);
            CHECK(re.diags.find("error[link.broken]") != std::string::npos);
        }
        if (name == "(j) another SOURCE_DATE_EPOCH")  // 2027-01-15
            CHECK(read_file(s.out / "gamma/p1/index.html").find("datetime=\"2027-01-15\"") != std::string::npos);
        if (name == "(i) a theme template overridden")
            CHECK(read_file(s.out / "alpha/p1/index.html").find("city-banner") != std::string::npos);
    }
}

TEST_CASE("the cache is used: every page when nothing changed, the other plans' after an edit, none when clean",
          "[e2e][cache]") {
    CachedSite s;
    Run clean = clean_build(s.content, s.out);
    REQUIRE(clean.code == 0);
    CHECK(clean.jobs == kJobs);
    CHECK(clean.cached == 0);
    Run again = run_build(s.content, s.out);
    CHECK(again.jobs == kJobs);
    CHECK(again.cached == kJobs);
    // beta's body text is nothing alpha's or gamma's pages show: at least they come from the cache.
    replace_in(s.content / "plans/beta" / page_file(2), "地域交通の話。", "地域交通の新しい話。");
    Run edited = run_build(s.content, s.out);
    CHECK(edited.jobs == kJobs);
    CHECK(edited.cached >= kJobs - (1 + kPages));  // so N > 0: at most beta's overview and pages rendered
    CHECK(edited.cached < kJobs);
    REQUIRE(clean_build(s.content, s.fresh).code == 0);
    CHECK(snapshot(s.out) == snapshot(s.fresh));
}

TEST_CASE("pages edited or deleted by hand in the output and the previous-build folder are rebuilt", "[e2e][cache]") {
    CachedSite s;
    // In both folders: a page, an overview and a print edition, changed in size, in place, or gone.
    for (const fs::path& dir : {s.out, s.prev}) {
        write_file(dir / "alpha/p2/index.html", "edited by hand");
        flip_byte_in_place(dir / "beta/p4/index.html");
        flip_byte_in_place(dir / "beta/index.html");
        flip_byte_in_place(dir / "gamma/print/index.html");
        fs::remove(dir / "gamma/p6/index.html");
    }
    s.rebuild_matches_clean();
    // Again with the previous-build folder alone changed: the next build is made in it.
    flip_byte_in_place(s.prev / "alpha/p9/index.html");
    fs::remove(s.prev / "beta/p9/index.html");
    s.rebuild_matches_clean();
}

TEST_CASE("a damaged, stale or replaced cache file: the build succeeds and equals a clean build", "[e2e][cache]") {
    CachedSite s;
    const std::string first_cache = read_file(s.cache);

    SECTION("(l) truncated, emptied, one byte changed, filled with garbage") {
        for (int damage = 0; damage < 4; ++damage) {
            INFO("damage " << damage);
            const std::string bytes = read_file(s.cache);
            if (damage == 0) fs::resize_file(s.cache, bytes.size() / 2);
            if (damage == 1) fs::resize_file(s.cache, 0);
            if (damage == 2) flip_byte_in_place(s.cache);
            if (damage == 3) write_file(s.cache, std::string(bytes.size(), '\x5a'));
            s.rebuild_matches_clean();  // and a good cache file is written again
        }
    }
    SECTION("(l) an older cache file put back, for content the output no longer holds") {
        // Two edits later, neither the output nor the previous-build folder holds the pages the
        // old cache describes: they must be rendered, not taken from a folder by the old entries.
        const fs::path p2 = s.content / "plans/beta" / page_file(2);
        const std::string original = read_file(p2);
        for (const char* text : {"一度目", "二度目"}) {
            replace_in(p2, "地域交通の", std::string("地域交通の") + text);
            s.rebuild_matches_clean();
        }
        write_file(p2, original);
        write_file(s.cache, first_cache);
        s.rebuild_matches_clean();
    }
    SECTION("(l) a folder where the cache file was") {
        // Names .public.planpub-* beside the output are planpub's: a folder there is a leftover it removes.
        fs::remove(s.cache);
        fs::create_directory(s.cache);
        s.rebuild_matches_clean(false);
    }
    SECTION("(l) a link to a file elsewhere where the cache file was: the file is never written") {
        const fs::path elsewhere = s.t.path() / "elsewhere.bin";
        write_file(elsewhere, first_cache);  // a valid cache, so a build that follows the link would use it
        fs::remove(s.cache);
        fs::create_symlink(elsewhere, s.cache);
        s.rebuild_matches_clean(false);
        CHECK((read_file(elsewhere) == first_cache));
    }
}

TEST_CASE("a failing rebuild exits 1 and leaves the output and the cache file as they were", "[e2e][cache]") {
    CachedSite s;
    const std::string out_before = snapshot(s.out), cache_before = read_file(s.cache);
    const fs::path page = s.content / "plans/gamma" / page_file(4);
    const std::string good = read_file(page);
    write_file(page, "---\ntitle: [閉じていない\n---\n本文。\n");  // front matter that is not YAML
    Run failed = s.rebuild_matches_clean();                        // also: the same diagnostics as a clean build
    CHECK(failed.code == 1);
    CHECK(failed.diags.find("4-p4.md:3:1: error[yaml.syntax]") != std::string::npos);
    CHECK(snapshot(s.out) == out_before);
    CHECK((read_file(s.cache) == cache_before));  // in parentheses: a failure prints no binary dump
    write_file(page, good);  // fixed: every page as it was, all from the cache kept through the failure
    Run fixed = run_build(s.content, s.out);
    CHECK(fixed.code == 0);
    CHECK(fixed.cached == kJobs);
    CHECK(snapshot(s.out) == out_before);
}
