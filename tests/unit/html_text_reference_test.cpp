// search::sections_of_html against the implementation it replaced (copied here as it was), on
// random HTML: tags the text skips, headings with and without ids, entities good and bad, white
// space runs, unclosed tags and text outside <main>.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

#include "search/search_index.hpp"
#include "text/utf8.hpp"

using namespace planpub;
using search::Section;

namespace {

std::string decode_entity(std::string_view s, size_t& i) {
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) return std::string(1, s[i++]);
    std::string_view name = s.substr(i + 1, semi - i - 1);
    std::string out;
    if (name == "amp")
        out = "&";
    else if (name == "lt")
        out = "<";
    else if (name == "gt")
        out = ">";
    else if (name == "quot")
        out = "\"";
    else if (name == "apos")
        out = "'";
    else if (name == "nbsp")
        out = " ";
    else if (name.size() > 1 && name[0] == '#') {
        bool hex = name[1] == 'x' || name[1] == 'X';
        long c = std::strtol(std::string(name.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
        if (c > 0 && c < 0x110000) append_utf8(out, static_cast<char32_t>(c));
    }
    if (out.empty()) return std::string(1, s[i++]);
    i = semi + 1;
    return out;
}

std::string attribute(std::string_view tag, std::string_view name) {
    std::string key = " " + std::string(name) + "=\"";
    size_t at = tag.find(key);
    if (at == std::string_view::npos) return {};
    at += key.size();
    size_t end = tag.find('"', at);
    return end == std::string_view::npos ? std::string() : std::string(tag.substr(at, end - at));
}

// Appends text, one space for any run of white space.
void add_text(std::string& out, std::string_view t) {
    for (char c : t) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
}

void trim(std::string& s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
}

// Block elements part the text; inline ones (a glossary link inside a compound) do not.
bool is_block(std::string_view tag) {
    size_t b = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
    size_t e = tag.find_first_of(" >/", b);
    std::string name(tag.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    const char* const blocks[] = {"p",          "div",        "li",  "ul",  "ol",      "td",      "th",     "tr",
                                  "dt",         "dd",         "dl",  "br",  "table",   "section", "figure", "caption",
                                  "figcaption", "blockquote", "pre", "nav", "details", "summary"};
    for (const char* x : blocks)
        if (name == x) return true;
    return false;
}

std::vector<Section> ref_sections_of_html(std::string_view html) {
    std::vector<Section> out(1);
    size_t start = html.find("<main");
    size_t end = html.rfind("</main>");
    if (start == std::string_view::npos || end == std::string_view::npos || end < start) return {};
    std::string_view s = html.substr(start, end - start);
    bool in_heading = false;
    for (size_t i = 0; i < s.size();) {
        if (s[i] == '<') {
            size_t close = s.find('>', i);
            if (close == std::string_view::npos) break;
            std::string_view tag = s.substr(i, close - i + 1);
            i = close + 1;
            for (const char* skip : {"script", "style", "svg", "nav"}) {
                std::string open = std::string("<") + skip;
                if (tag.compare(0, open.size(), open) == 0 &&
                    (tag.size() == open.size() || tag[open.size()] == ' ' || tag[open.size()] == '>')) {
                    size_t after = s.find("</" + std::string(skip) + ">", i);
                    i = after == std::string_view::npos ? s.size() : after;
                }
            }
            if (tag.compare(0, 29, "<span class=\"visually-hidden\"") == 0) {  // 「（用語の説明）」 after a term
                size_t after = s.find("</span>", i);
                i = after == std::string_view::npos ? s.size() : after;
                continue;
            }
            bool heading =
                tag.size() > 3 && tag[1] == 'h' && tag[2] >= '1' && tag[2] <= '6' && (tag[3] == ' ' || tag[3] == '>');
            if (heading) {
                trim(out.back().text);
                Section next;
                next.anchor = attribute(tag, "id");
                if (next.anchor.empty()) next.anchor = out.back().anchor;
                out.push_back(next);
                in_heading = true;
            } else if (tag.size() > 4 && tag[1] == '/' && tag[2] == 'h' && tag[3] >= '1' && tag[3] <= '6') {
                in_heading = false;
                trim(out.back().heading);
            } else if (is_block(tag)) {
                add_text(in_heading ? out.back().heading : out.back().text, " ");  // block edges part words
            }
            continue;
        }
        std::string& into = in_heading ? out.back().heading : out.back().text;
        if (s[i] == '&') {
            add_text(into, decode_entity(s, i));
        } else {
            size_t next = s.find_first_of("<&", i);
            if (next == std::string_view::npos) next = s.size();
            add_text(into, s.substr(i, next - i));
            i = next;
        }
    }
    trim(out.back().text);
    std::vector<Section> kept;
    for (Section& sec : out)
        if (!sec.heading.empty() || !sec.text.empty()) kept.push_back(std::move(sec));
    return kept;
}

const char* const kHtml[] = {
    "<p>", "</p>",
    // Every block tag (they part words), and tags of the same lengths that are not block tags.
    "<ul>", "</ol>", "<th scope=\"col\">", "</tr>", "<dt>", "<dd>", "</dl>", "<pre>", "<section>", "</figure>",
    "<caption>", "<figcaption>", "</blockquote>", "<details>", "<summary>", "<b>", "<kbd>", "<small>", "<strong>",
    "<article>", "</address>", "<blockquotx>", "<caption2>", "<figcaptions>", "<abbr title=\"x\">", "</time>",
    "<div class=\"x\">", "</div>", "<li>", "<br>", "<br/>", "<td>", "<table>", "<nav>", "</nav>", "<nav class=\"n\">",
    "<navy>", "<script>", "</script>", "<script src=\"a\">", "<style>", "</style>", "<svg>", "</svg>",
    "<svg viewBox=\"0 0 1 1\">", "<h1>", "</h1>", "<h2 id=\"s1\">", "<h3 id=\"\">", "</h3>", "<h7>", "<hr>",
    "<span class=\"visually-hidden\">", "</span>", "<a href=\"#\">", "</a>", "<em>", "</em>", "&amp;", "&lt;", "&gt;",
    "&quot;", "&apos;", "&nbsp;", "&#12354;", "&#x41;", "&#0;", "&#x110000;", "&bogus;", "&", "&verylongentityname;",
    " ", "  ", "\n", "\t", "\r", "\u3000", "text", "本文", "デジタル", "<", ">", "</main>", "<main id=\"main\">", "x</",
    "<h", "<h2", "<h2>"};

std::string random_html(std::mt19937& rng) {
    std::string s = rng() % 5 ? "<header>head</header><main id=\"main\">" : "<main>";
    size_t n = rng() % 120;
    for (size_t i = 0; i < n; ++i) s += kHtml[rng() % (sizeof kHtml / sizeof kHtml[0])];
    if (rng() % 6) s += "</main><footer>f</footer>";
    return s;
}

bool same(const std::vector<Section>& a, const std::vector<Section>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].anchor != b[i].anchor || a[i].heading != b[i].heading || a[i].text != b[i].text) return false;
    return true;
}

}  // namespace

TEST_CASE("page text is what the reference implementation cut from the same HTML", "[search]") {
    std::mt19937 rng(7);
    for (int k = 0; k < 5000; ++k) {
        std::string html = random_html(rng);
        INFO(html);
        REQUIRE(same(search::sections_of_html(html), ref_sections_of_html(html)));
    }
}
