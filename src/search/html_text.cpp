// The plain text of a page as the search index sees it: the rendered <main>, cut at headings.
// Read from the HTML the render stage already made, so the index holds what a reader sees.
#include <array>
#include <cstdlib>
#include <utility>

#include "search/search_index.hpp"
#include "text/utf8.hpp"

namespace planpub::search {

static std::string decode_entity(std::string_view s, size_t& i) {
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

static std::string attribute(std::string_view tag, std::string_view name) {
    std::string key = " " + std::string(name) + "=\"";
    size_t at = tag.find(key);
    if (at == std::string_view::npos) return {};
    at += key.size();
    size_t end = tag.find('"', at);
    return end == std::string_view::npos ? std::string() : std::string(tag.substr(at, end - at));
}

// Each byte's part in the text between tags: plain (every byte of UTF-8's longer forms too), white
// space, or the start of a tag or an entity.
enum : unsigned char { kPlain = 0, kSpace = 1, kStop = 2 };
static constexpr std::array<unsigned char, 256> kTextByte = [] {
    std::array<unsigned char, 256> part{};
    part[' '] = part['\n'] = part['\t'] = part['\r'] = kSpace;
    part['<'] = part['&'] = kStop;
    return part;
}();

// Appends t from `i` on, one space for any run of white space (runs of other characters copied
// whole), and returns where it stopped: at the end, or with kStops = kStop at the next tag or
// entity. One lookup a byte: when the text between tags was found first and its spaces after, every
// byte was read twice (callgrind, 300 pages, stop 45: 76 → 58 million instructions in
// sections_of_html and its former add_text together).
template <unsigned char kStops>
static size_t append_text(std::string& out, std::string_view t, size_t i) {
    constexpr unsigned char special = kSpace | kStops;
    while (i < t.size()) {
        size_t j = i;
        while (j < t.size() && !(kTextByte[static_cast<unsigned char>(t[j])] & special)) ++j;
        out.append(t.data() + i, j - i);
        i = j;
        if (j == t.size() || (kTextByte[static_cast<unsigned char>(t[j])] & kStops)) break;
        if (!out.empty() && out.back() != ' ') out += ' ';
        ++i;
    }
    return i;
}

static void trim(std::string& s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
}

// Block elements part the text; inline ones (a glossary link inside a compound) do not.
static bool is_block(std::string_view tag) {
    size_t b = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
    size_t e = tag.find_first_of(" >/", b);
    std::string_view name = tag.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
    // By length first: every tag of every page comes here, most of them inline or <td>/<p>.
    switch (name.size()) {
        case 1:
            return name == "p";
        case 2:
            return name == "li" || name == "ul" || name == "ol" || name == "td" || name == "th" || name == "tr" ||
                   name == "dt" || name == "dd" || name == "dl" || name == "br";
        case 3:
            return name == "div" || name == "pre" || name == "nav";
        case 5:
            return name == "table";
        case 6:
            return name == "figure";
        case 7:
            return name == "section" || name == "caption" || name == "details" || name == "summary";
        case 10:
            return name == "figcaption" || name == "blockquote";
        default:
            return false;
    }
}

std::vector<Section> sections_of_html(std::string_view html) {
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
            // Every tag skipped below starts "<s" or "<n": the common <td>, <p>, <a> are not compared.
            const bool maybe_skipped = tag.size() > 1 && (tag[1] == 's' || tag[1] == 'n');
            static constexpr std::string_view skipped[][2] = {
                {"<script", "</script>"}, {"<style", "</style>"}, {"<svg", "</svg>"}, {"<nav", "</nav>"}};
            for (const auto& [open, closing] : skipped) {
                if (maybe_skipped && tag.compare(0, open.size(), open) == 0 &&
                    (tag.size() == open.size() || tag[open.size()] == ' ' || tag[open.size()] == '>')) {
                    size_t after = s.find(closing, i);
                    i = after == std::string_view::npos ? s.size() : after;
                }
            }
            // 「（用語の説明）」 after a term
            if (maybe_skipped && tag.compare(0, 29, "<span class=\"visually-hidden\"") == 0) {
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
                out.push_back(std::move(next));
                in_heading = true;
            } else if (tag.size() > 4 && tag[1] == '/' && tag[2] == 'h' && tag[3] >= '1' && tag[3] <= '6') {
                in_heading = false;
                trim(out.back().heading);
            } else if (is_block(tag)) {
                append_text<0>(in_heading ? out.back().heading : out.back().text, " ", 0);  // block edges part words
            }
            continue;
        }
        std::string& into = in_heading ? out.back().heading : out.back().text;
        if (s[i] == '&')
            append_text<0>(into, decode_entity(s, i), 0);
        else
            i = append_text<kStop>(into, s, i);
    }
    trim(out.back().text);
    std::vector<Section> kept;
    for (Section& sec : out)
        if (!sec.heading.empty() || !sec.text.empty()) kept.push_back(std::move(sec));
    return kept;
}

}  // namespace planpub::search
