// Measures glossary linking alone against the rest of a page's Markdown work (parse,
// sanitize, render) on a synthetic corpus: N pages of seed-like Japanese text × T terms
// that occur in it. Prints both figures and linking's share. Not a test: figures only.
// Usage: link_bench [pages=2000] [terms=1000]
#include <chrono>
#include <cstdio>
#include <cstdlib>
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

int main(int argc, char** argv) {
    int pages = argc > 1 ? std::atoi(argv[1]) : 2000;
    int nterms = argc > 2 ? std::atoi(argv[2]) : 1000;
    Glossary g;
    const char* base[] = {"関係人口", "交流人口", "二地域居住", "AI", "ICT", "KPI", "デジタル田園都市国家構想", "キャッシュレス決済"};
    for (int i = 0; i < nterms; ++i) {
        Term t;
        t.term = i < 8 ? base[i] : "地域施策用語" + std::to_string(i);
        t.anchor = "t-" + std::to_string(i);
        t.definition = "説明";
        g.terms.push_back(t);
    }
    TermIndex idx = build_term_index(g, "p");
    std::vector<std::string> corpus;
    for (int p = 0; p < pages; ++p) {
        std::string md = "## 現状と課題\n\n";
        for (int k = 0; k < 40; ++k) {
            md += kSentences[(p + k) % 5];
            if (k % 4 == 3) md += "地域施策用語" + std::to_string((p * 7 + k) % nterms) + "を参照。\n\n";
        }
        md += "\n| 指標 | 基準値 |\n|---|---|\n| 関係人口 | 24名 |\n";
        corpus.push_back(md);
    }
    MarkdownParser parser;
    Diagnostics d;
    double t_parse = 0, t_link = 0, t_render = 0;
    size_t bytes = 0, links = 0;
    for (const std::string& md : corpus) {
        bytes += md.size();
        auto t0 = Clock::now();
        const MarkdownSource src({"bench.md", 1}, md);
        MarkdownDoc doc = parser.parse(src, d);
        sanitize_tree(doc.get(), src, d);
        auto t1 = Clock::now();
        links += link_glossary_terms(doc.get(), idx, {false, "../../glossary/index.html"}).size();
        auto t2 = Clock::now();
        std::string html = render_html(doc.get(), {});
        auto t3 = Clock::now();
        t_parse += std::chrono::duration<double>(t1 - t0).count();
        t_link += std::chrono::duration<double>(t2 - t1).count();
        t_render += std::chrono::duration<double>(t3 - t2).count();
    }
    double total = t_parse + t_link + t_render;
    std::printf("pages %d, terms %d, Markdown %.1f MB, terms used %zu\n", pages, nterms, bytes / 1e6, links);
    std::printf("parse+sanitize %.3f s | link %.3f s | render %.3f s | link share %.1f%%\n", t_parse, t_link, t_render,
                100.0 * t_link / total);
    return 0;
}
