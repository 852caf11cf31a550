// Language of parts: English runs inside Japanese definitions are marked (WCAG 3.1.2).
#include <catch2/catch.hpp>

#include "link/language_runs.hpp"
#include "parse/markdown.hpp"
#include "render/html_renderer.hpp"

using namespace planpub;

static std::string runs(const std::string& s) {
    std::string out;
    for (auto [b, e] : latin_runs(s)) out += "[" + s.substr(b, e - b) + "]";
    return out;
}

TEST_CASE("Latin runs: two or more words with a lower-case letter", "[link][lang]") {
    CHECK(runs("重要業績評価指標（Key Performance Indicator）の略。") == "[Key Performance Indicator]");
    CHECK(runs("ICT、AI、DXの活用") == "");                 // acronyms alone are spelled out anyway
    CHECK(runs("ICT DX") == "");                           // no lower-case letter: acronyms
    CHECK(runs("Society 5.0 の実現") == "");              // one word and a number
    CHECK(runs("Information and Communication Technology. 次に") == "[Information and Communication Technology]");
    CHECK(runs("地方創生 Regional Revitalization と") == "[Regional Revitalization]");
    CHECK(runs("e-Govで") == "");                          // one word
    CHECK(runs("two words, and three more words") == "[two words][and three more words]");
}

TEST_CASE("Latin runs are wrapped in spans, never inside links, code or an author's own span", "[link][lang]") {
    MarkdownParser parser;
    Diagnostics d;
    auto doc = parser.parse({{"g.yaml", 1}, "指標（Key Performance Indicator）。[Open Data Charter](https://example.org) と `some code here` と <span lang=\"fr\">tout le monde</span>"}, d);
    mark_latin_runs(doc.get(), "en");
    std::string html = render_html(doc.get(), {});
    CHECK(html.find("（<span lang=\"en\">Key Performance Indicator</span>）") != std::string::npos);
    CHECK(html.find(">Open Data Charter</a>") != std::string::npos);
    CHECK(html.find("<code>some code here</code>") != std::string::npos);
    CHECK(html.find("<span lang=\"fr\">tout le monde</span>") != std::string::npos);
    CHECK(html.find("lang=\"en\">tout") == std::string::npos);
}
