// Stress test: Markdown parsed on several threads at once gives the same HTML as on one thread.
// cmark-gfm 0.29.0.gfm.6 keeps its inline special characters (~ for strikethrough, : w @ for
// autolinks) in one process-wide table that every cmark_parser_finish fills and clears; parsing
// without planpub's guard (src/parse/markdown.cpp) makes some of these parses lose ~~ or links.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "parse/markdown.hpp"
#include "render/html_renderer.hpp"

using namespace planpub;

namespace {

std::string stress_document() {
    std::string doc;
    for (int i = 0; i < 20; ++i)
        doc +=
            "これは~~削除~~です。 www.example.jp と https://example.jp/a?b=1 と info@city.example.jp を見て。\n\n"
            "| 項目 | 値 |\n|---|---|\n| ~~旧~~ | www.city.example.jp |\n| 窓口 | soudan@city.example.jp |\n\n"
            "- ~~取消~~ http://example.jp/x\n- *強調* と **太字**\n\n";
    return doc;
}

std::string html_of(MarkdownParser& p, const std::string& md) {
    Diagnostics d;
    auto doc = p.parse({{"stress.md", 1}, md}, d);
    return doc ? render_html(doc.get(), HtmlRenderOptions{}) : "<limit>";
}

}  // namespace

TEST_CASE("Markdown parsed on 4 threads at once matches one thread: ~~, autolinks, tables", "[markdown][threads]") {
    const std::string md = stress_document();
    MarkdownParser single;
    const std::string want = html_of(single, md);
    REQUIRE(want.find("<del>削除</del>") != std::string::npos);
    REQUIRE(want.find("<a href=\"http://www.city.example.jp\">") != std::string::npos);
    REQUIRE(want.find("<a href=\"mailto:soudan@city.example.jp\">") != std::string::npos);
    CHECK(markdown_parses_in_parallel());

    const int threads = 4, rounds = 300;
    std::vector<std::unique_ptr<MarkdownParser>> parsers;  // each thread its own, as in a build
    for (int t = 0; t < threads; ++t) parsers.push_back(std::make_unique<MarkdownParser>());
    std::atomic<int> differ{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int r = 0; r < rounds; ++r)
                if (html_of(*parsers[t], md) != want) ++differ;
        });
    for (auto& th : pool) th.join();
    INFO(differ.load() << " of " << threads * rounds << " parses differ from one thread's");
    CHECK(differ.load() == 0);
}
