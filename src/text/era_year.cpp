#include "text/era_year.hpp"

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

struct Era {
    const char* kanji;
    char letter;
    int offset;  // 西暦 = era year + offset
    int first_year;
};
const Era kEras[] = {{"令和", 'R', 2018, 2019}, {"平成", 'H', 1988, 1989}, {"昭和", 'S', 1925, 1926}};

bool read_int(std::string_view s, int& v) {
    if (s.empty() || s.size() > 4) return false;
    v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    return true;
}

// Splits "<number><suffix>" where suffix is 年度, 年 or nothing.
bool split_suffix(std::string_view s, std::string_view& number, std::optional<Year::Kind>& kind) {
    if (ends_with(s, "年度")) { number = s.substr(0, s.size() - 6); kind = Year::Kind::Fiscal; }
    else if (ends_with(s, "年")) { number = s.substr(0, s.size() - 3); kind = Year::Kind::Calendar; }
    else { number = s; kind.reset(); }
    return !number.empty();
}

std::optional<Year> parse_simple(std::string_view s) {
    std::string_view number;
    std::optional<Year::Kind> kind;
    // FY2024 / FY 2024
    if (s.size() > 2 && (s[0] == 'F' || s[0] == 'f') && (s[1] == 'Y' || s[1] == 'y')) {
        int v;
        if (read_int(s.substr(2), v) && v >= 1900 && v <= 2200) return Year{v, Year::Kind::Fiscal, {}};
        return std::nullopt;
    }
    for (const Era& era : kEras) {
        std::string_view rest;
        if (starts_with(s, era.kanji)) rest = s.substr(6);
        else if (!s.empty() && (s[0] == era.letter || s[0] == era.letter + 32)) rest = s.substr(1);
        else continue;
        if (!split_suffix(rest, number, kind)) return std::nullopt;
        int n;
        if (number == "元") n = 1;
        else if (!read_int(number, n) || n < 1 || n > 99) return std::nullopt;
        // R4, H30 without a suffix are fiscal years: that is how plans use them.
        return Year{n + era.offset, kind.value_or(Year::Kind::Fiscal), {}};
    }
    if (!split_suffix(s, number, kind)) return std::nullopt;
    int v;
    if (number.size() != 4 || !read_int(number, v) || v < 1900 || v > 2200) return std::nullopt;
    return Year{v, kind.value_or(Year::Kind::Calendar), {}};
}

}  // namespace

std::optional<Year> parse_year(std::string_view text) {
    std::string s;
    for (char c : nfkc(text))
        if (c != ' ' && c != '\t') s += c;
    if (s.empty()) return std::nullopt;
    std::optional<Year> y;
    // 2024年度(令和6年度): both halves must name the same year.
    size_t open = s.find('(');
    if (open != std::string::npos && open > 0 && s.back() == ')') {
        auto outer = parse_simple(std::string_view(s).substr(0, open));
        auto inner = parse_simple(std::string_view(s).substr(open + 1, s.size() - open - 2));
        if (!outer || !inner || outer->year != inner->year || outer->kind != inner->kind) return std::nullopt;
        y = outer;
    } else {
        y = parse_simple(s);
    }
    if (y) y->source = trim(text);
    return y;
}

std::string wareki(const Year& y) {
    for (const Era& era : kEras) {
        if (y.year >= era.first_year) {
            int n = y.year - era.offset;
            std::string s = era.kanji;
            s += n == 1 ? "元" : std::to_string(n);
            s += y.kind == Year::Kind::Fiscal ? "年度" : "年";
            return s;
        }
    }
    return {};
}

std::string display_year(const Year& y) {
    if (y.year == 0) return {};
    if (y.kind == Year::Kind::Calendar) return std::to_string(y.year) + "年";
    std::string w = wareki(y);
    return std::to_string(y.year) + "年度" + (w.empty() ? "" : "（" + w + "）");
}

std::string display_period(const Period& p) {
    return display_year(p.from) + "〜" + display_year(p.to);
}

}  // namespace planpub
