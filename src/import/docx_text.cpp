#include "import/docx_text.hpp"

#include <string_view>
#include <vector>

#include "text/utf8.hpp"

namespace planpub {

namespace {

std::u32string decode(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) out += next_code_point(s, i);
    return out;
}

std::string encode(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) append_utf8(out, c);
    return out;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0'; }

int digit(char32_t c) {
    if (c >= U'0' && c <= U'9') return int(c - U'0');
    if (c >= U'０' && c <= U'９') return int(c - U'０');
    return -1;
}

int kanji_digit(char32_t c) {
    static const std::u32string k = U"〇一二三四五六七八九";
    auto p = k.find(c);
    return p == std::u32string::npos ? -1 : int(p);
}

// Reads a number at s[i]: Arabic (full or half width) or kanji (一, 十二, 二十); advances i.
std::optional<int> read_number(const std::u32string& s, size_t& i) {
    size_t j = i;
    int v = 0;
    while (j < s.size() && digit(s[j]) >= 0 && j - i < 4) v = v * 10 + digit(s[j++]);
    if (j > i) return i = j, v;
    int tens = 0, units = 0;
    bool any = false;
    while (j < s.size() && (kanji_digit(s[j]) >= 0 || s[j] == U'十') && j - i < 4) {
        if (s[j] == U'十')
            tens = units == 0 ? 1 : units, units = 0;
        else
            units = kanji_digit(s[j]);
        any = true, ++j;
    }
    if (!any) return std::nullopt;
    i = j;
    return tens * 10 + units;
}

size_t skip_spaces(const std::u32string& s, size_t i) {
    while (i < s.size() && is_space(s[i])) ++i;
    return i;
}

bool is_hiragana(char32_t c) { return c >= U'\u3041' && c <= U'\u309F'; }
bool is_katakana(char32_t c) { return (c >= U'\u30A1' && c <= U'\u30FA') || c == U'ー' || c == U'・'; }

}  // namespace

Numbered strip_numbering(const std::string& text) {
    std::u32string s = decode(strip_indent(text));
    Numbered n;
    size_t i = 0;
    if (!s.empty() && s[0] == U'第') {  // 第1章, 第一章, 第1節
        size_t j = 1;
        auto v = read_number(s, j);
        if (v && j < s.size() && (s[j] == U'章' || s[j] == U'節' || s[j] == U'部' || s[j] == U'編')) {
            n.value = v, n.chapter = s[j] == U'章', i = j + 1;
        }
    } else if (!s.empty() && (s[0] == U'(' || s[0] == U'（')) {  // (1), （１）, （一）
        size_t j = 1;
        auto v = read_number(s, j);
        if (v && j < s.size() && (s[j] == U')' || s[j] == U'）')) n.value = v, i = j + 1;
    } else if (!s.empty() && s[0] >= U'①' && s[0] <= U'⑳') {
        n.value = int(s[0] - U'①') + 1, i = 1;
    } else {  // 1, 1., 1-1, 1.2, 一、
        size_t j = 0;
        auto v = read_number(s, j);
        while (v && j + 1 < s.size() && (s[j] == U'-' || s[j] == U'.' || s[j] == U'－' || s[j] == U'．') &&
               digit(s[j + 1]) >= 0) {
            ++j;
            read_number(s, j);
        }
        bool mark =
            v && j < s.size() && (s[j] == U'.' || s[j] == U'．' || s[j] == U'、' || s[j] == U'）' || s[j] == U')');
        if (mark) ++j;
        // A number glued to the title is part of it (2030年の姿): numbering ends with a mark or a space.
        if (v && j < s.size() && (mark || is_space(s[j]))) n.value = v, i = j;
    }
    n.title = trim(encode(s.substr(skip_spaces(s, i))));
    if (n.title.empty()) n.title = trim(encode(s)), n.value.reset();
    n.title = strip_indent(n.title);
    return n;
}

std::optional<std::string> table_caption(const std::string& text) {
    std::u32string s = decode(strip_indent(text));
    if (s.empty() || s[0] != U'表' || s.size() > 100) return std::nullopt;
    size_t j = skip_spaces(s, 1);
    bool numbered = false;
    auto joiner = [&](size_t k) {
        return (s[k] == U'-' || s[k] == U'－' || s[k] == U'.' || s[k] == U'．') && numbered && k + 1 < s.size() &&
               digit(s[k + 1]) >= 0;
    };
    while (j < s.size() && (digit(s[j]) >= 0 || joiner(j))) ++j, numbered = true;
    bool colon = j < s.size() && (s[j] == U'：' || s[j] == U':');
    if (colon) ++j;
    if (!numbered && !colon) return std::nullopt;  // 表彰, 表示 … are words, not captions
    if (numbered && !colon && (j >= s.size() || !is_space(s[j]))) return std::nullopt;
    std::string cap = strip_indent(encode(s.substr(j)));
    if (cap.empty()) return std::nullopt;
    return cap;
}

std::optional<std::pair<int, std::string>> goal_heading(const std::string& text) {
    std::u32string s = decode(strip_numbering(text).title);
    const std::u32string key = U"基本目標";
    if (s.compare(0, key.size(), key) != 0) return std::nullopt;
    size_t j = key.size();
    auto v = read_number(s, j);
    if (!v) return std::nullopt;
    while (j < s.size() && (is_space(s[j]) || s[j] == U'：' || s[j] == U':')) ++j;
    if (j >= s.size()) return std::nullopt;
    return std::make_pair(*v, strip_indent(encode(s.substr(j))));
}

std::string strip_indent(const std::string& text) {
    std::u32string s = decode(text);
    size_t b = skip_spaces(s, 0), e = s.size();
    while (e > b && (is_space(s[e - 1]) || s[e - 1] == U'\n')) --e;
    return encode(s.substr(b, e - b));
}

std::string chapter_slug(int number, const std::string& title) {
    std::string slug;
    for (char c : title) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            slug += c;
        else if (c >= 'A' && c <= 'Z')
            slug += char(c - 'A' + 'a');
        else if ((c == ' ' || c == '-') && !slug.empty() && slug.back() != '-')
            slug += '-';
        else if (static_cast<unsigned char>(c) >= 0x80)
            return "chapter-" + std::to_string(number);
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    // Reserved page slugs (SPEC) and empty titles take the chapter number.
    if (slug.empty() || slug == "kpi" || slug == "files" || slug == "evaluation" || slug == "print" || slug.size() > 60)
        return "chapter-" + std::to_string(number);
    return slug;
}

std::string trailing_term(const std::string& text) {
    std::u32string s = decode(strip_indent(text));
    static const std::u32string stops = U"、。，．,「」『』（）()［］[]【】〔〕・ 　:：;；!?！？\"'";
    size_t b = s.size();
    while (b > 0) {
        char32_t c = s[b - 1];
        if (c == U'」' && b == s.size()) {  // 「用語」※: the bracketed term
            auto open = s.rfind(U'「', b - 1);
            if (open != std::u32string::npos) return encode(s.substr(open + 1, b - 2 - open));
        }
        if (is_hiragana(c) || (stops.find(c) != std::u32string::npos && c != U'・')) break;
        --b;
    }
    return encode(s.substr(b));
}

std::optional<std::pair<std::string, std::string>> split_term(const std::string& text) {
    auto p = text.find("：");
    size_t len = 3;
    auto a = text.find(':');
    if (a != std::string::npos && (p == std::string::npos || a < p)) p = a, len = 1;
    if (p == std::string::npos) return std::nullopt;
    std::string term = strip_indent(text.substr(0, p)), def = strip_indent(text.substr(p + len));
    if (term.empty() || def.empty() || count_chars(term) > 40) return std::nullopt;
    return std::make_pair(term, def);
}

std::string kana_only_reading(const std::string& term) {
    std::u32string s = decode(term);
    for (char32_t c : s)
        if (!is_hiragana(c) && !is_katakana(c)) return {};
    std::u32string out;
    for (char32_t c : s)
        if (c != U'・') out += c;
    return encode(out);
}

std::string drop_note_marks(const std::string& text) {
    std::u32string s = decode(text), out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == U'※' && i + 1 < s.size() && digit(s[i + 1]) >= 0) {
            size_t j = i + 1;
            while (j < s.size() && digit(s[j]) >= 0) ++j;
            i = j - 1;
            continue;
        }
        out += s[i];
    }
    return encode(out);
}

std::string escape_block_start(const std::string& md) {
    if (md.empty()) return md;
    char c0 = md[0];
    if (c0 == '#' || c0 == '-' || c0 == '+' || c0 == '=') return "\\" + md;
    size_t d = md.find_first_not_of("0123456789");
    if (d > 0 && d != std::string::npos && d <= 9 && (md[d] == '.' || md[d] == ')') &&
        (d + 1 == md.size() || md[d + 1] == ' ' || md[d + 1] == '\t'))
        return md.substr(0, d) + "\\" + md.substr(d);
    return md;
}

std::string markdown_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '`' || c == '|' ||
            c == '~')
            out += '\\';
        out += c;
    }
    return out;
}

}  // namespace planpub
