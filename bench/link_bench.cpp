// Measures glossary linking alone against the rest of a page's Markdown work (parse,
// sanitize, render) on a synthetic corpus: N pages of seed-like Japanese text × T terms
// that occur in it. Prints both figures and linking's share. Timings are figures only, never
// asserted; but in every mode the benchmark checks its own result (every page linked, each term
// the generator put on a page linked exactly once there, no other) and exits 1 when it is wrong,
// so the small mode is a real smoke test (ctest link_bench_smoke).
// Usage: link_bench [pages=2000] [terms=1000]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "link/glossary_linker.hpp"
#include "parse/markdown.hpp"
#include "parse/sanitize.hpp"
#include "render/html_renderer.hpp"

using namespace planpub;
using Clock = std::chrono::steady_clock;

static const char* kSentences[] = {
    "本市は農業、製造業、中小企業など地域資源を活かした産業を有するものの、人口減少や市場縮小の影響で地域経済の持続的成長が課題となっています。",
    "観光を起点とした交流人口・関係人口の拡大を重視し、来訪者を移住や二地域居住につなげる取組を強化します。",
    "行政手続きのオンライン化、AIの利用促進、公金収納におけるキャッシュレス決済の拡大により、窓口・相談・事務作業の効率化を進めます。",
    "ICT等の最先端技術に加え、特にAIやドローンといった新技術を徹底的に活用し、地域の特性に応じて有効活用します。",
    "デジタル田園都市国家構想総合戦略を踏まえ、KPIの進捗確認及び内部評価に加え、外部有識者による効果検証を毎年度実施します。",
};

// The base terms (term i < 8) occur in kSentences; every term from 8 on is "地域施策用語" + i.
static const char* kBase[] = {"関係人口", "交流人口", "二地域居住", "AI", "ICT", "KPI", "デジタル田園都市国家構想", "キャッシュレス決済"};

// Occurrences of `needle` in `hay`.
static size_t count(const std::string& hay, const std::string& needle) {
    size_t n = 0;
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
    return n;
}

int main(int argc, char** argv) {
    int pages = argc > 1 ? std::atoi(argv[1]) : 2000;
    int nterms = argc > 2 ? std::atoi(argv[2]) : 1000;
    if (pages < 1 || nterms < 1) {
        std::fprintf(stderr, "usage: link_bench [pages>=1] [terms>=1]\n");
        return 2;
    }
    Glossary g;
    for (int i = 0; i < nterms; ++i) {
        Term t;
        t.term = i < 8 ? kBase[i] : "地域施策用語" + std::to_string(i);
        t.anchor = "t-" + std::to_string(i);
        t.definition = "説明";
        g.terms.push_back(t);
    }
    TermIndex idx = build_term_index(g, "p");
    std::vector<std::string> corpus;
    std::vector<std::set<int>> expected;  // per page, the terms the generator put in its running text
    for (int p = 0; p < pages; ++p) {
        std::string md = "## 現状と課題\n\n";
        std::set<int> used;
        for (int b = 0; b < 8 && b < nterms; ++b) used.insert(b);  // 40 sentences hold all five, so every base term
        for (int k = 0; k < 40; ++k) {
            md += kSentences[(p + k) % 5];
            if (k % 4 == 3) {
                int n = (p * 7 + k) % nterms;
                md += "地域施策用語" + std::to_string(n) + "を参照。\n\n";
                if (n >= 8) used.insert(n);  // 地域施策用語0…7 are not terms
            }
        }
        md += "\n| 指標 | 基準値 |\n|---|---|\n| 関係人口 | 24名 |\n";
        corpus.push_back(md);
        expected.push_back(used);
    }
    MarkdownParser parser;
    Diagnostics d;
    double t_parse = 0, t_link = 0, t_render = 0;
    size_t bytes = 0, links = 0, expected_links = 0, done = 0, wrong = 0;
    auto problem = [&](int page, const std::string& what) {
        if (++wrong <= 10) std::fprintf(stderr, "link_bench: page %d: %s\n", page, what.c_str());
    };
    for (size_t p = 0; p < corpus.size(); ++p) {
        const std::string& md = corpus[p];
        bytes += md.size();
        auto t0 = Clock::now();
        const MarkdownSource src({"bench.md", 1}, md);
        MarkdownDoc doc = parser.parse(src, d);
        sanitize_tree(doc.get(), src, d);
        auto t1 = Clock::now();
        std::set<const Term*> used = link_glossary_terms(doc.get(), idx, {false, "../../glossary/index.html"});
        auto t2 = Clock::now();
        std::string html = render_html(doc.get(), {});
        auto t3 = Clock::now();
        t_parse += std::chrono::duration<double>(t1 - t0).count();
        t_link += std::chrono::duration<double>(t2 - t1).count();
        t_render += std::chrono::duration<double>(t3 - t2).count();

        // Outside the timings: the page's result against what the generator put in it.
        ++done;
        links += used.size();
        expected_links += expected[p].size();
        const int page = static_cast<int>(p);
        std::set<int> got;
        for (const Term* t : used) got.insert(std::atoi(t->anchor.c_str() + 2));  // "t-N"
        if (got != expected[page])
            problem(page, "the linker reports " + std::to_string(got.size()) + " terms used, the page holds " +
                              std::to_string(expected[page].size()));
        if (html.find("<h2>現状と課題</h2>") == std::string::npos) problem(page, "the heading is missing from the HTML");
        size_t anchors = count(html, "<a class=\"term\"");
        if (anchors != expected[page].size())
            problem(page, std::to_string(anchors) + " term links in the HTML, expected " + std::to_string(expected[page].size()));
        for (int n : expected[page]) {
            size_t c = count(html, "href=\"../../glossary/index.html#t-" + std::to_string(n) + "\"");
            if (c != 1) problem(page, "term " + g.terms[n].term + " linked " + std::to_string(c) + " times, expected once");
        }
    }
    double total = t_parse + t_link + t_render;
    std::printf("pages %d, terms %d, Markdown %.1f MB, terms used %zu\n", pages, nterms, bytes / 1e6, links);
    std::printf("parse+sanitize %.3f s | link %.3f s | render %.3f s | link share %.1f%%\n", t_parse, t_link, t_render,
                100.0 * t_link / total);
    if (done != static_cast<size_t>(pages) || links != expected_links || wrong > 0) {
        std::fprintf(stderr, "link_bench: WRONG RESULT: %zu of %d pages, %zu links (expected %zu), %zu problem(s)\n", done,
                     pages, links, expected_links, wrong);
        return 1;
    }
    std::printf("result checked: %zu pages, %zu term links, each term once per page\n", done, links);
    return 0;
}
