#include "text/era_year.hpp"

#include <algorithm>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

struct Era {
    const char* kanji;
    char letter;
    int offset;  // 西暦 = era year + offset
    int first_year;
    int first_month;  // the month the era began in (令和: May 2019): March 2019 is 平成31年3月
};
const Era kEras[] = {{"令和", 'R', 2018, 2019, 5}, {"平成", 'H', 1988, 1989, 1}, {"昭和", 'S', 1925, 1926, 12}};

bool read_int(std::string_view s, int& v) {
    if (s.empty() || s.size() > 4) return false;
    v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    return true;
}

bool strip_suffix(std::string_view& s, std::string_view suffix) {
    if (!ends_with(s, suffix) || s.size() == suffix.size()) return false;
    s.remove_suffix(suffix.size());
    return true;
}

// One year, possibly with a month and 末: no period, nothing written twice.
struct Point {
    Year y;
    bool kind_written = false;  // 年度 / 年 / FY / a month was written (R4 and 2023 alone were not)
    const Era* era = nullptr;   // the era written, for the end of 令和3～8年度
};

// `era` (from the first half of a period) lets 8年度 in 令和3～8年度 be an era year.
std::optional<Point> parse_point(std::string_view s, const Era* inherit = nullptr) {
    Point p;
    p.y.end = strip_suffix(s, "末");
    // FY2024 / FY 2024
    if (s.size() > 2 && (s[0] == 'F' || s[0] == 'f') && (s[1] == 'Y' || s[1] == 'y')) {
        int v;
        if (!read_int(s.substr(2), v) || s.size() != 6 || v < 1900 || v > 2200) return std::nullopt;
        p.y.year = v;
        p.kind_written = true;
        return p;
    }
    for (const Era& era : kEras) {
        if (starts_with(s, era.kanji))
            s.remove_prefix(6), p.era = &era;
        else if (!s.empty() && (s[0] == era.letter || s[0] == era.letter + 32))
            s.remove_prefix(1), p.era = &era;
        if (p.era) break;
    }
    if (size_t digits = std::min(s.find_first_not_of("0123456789"), s.size());
        !p.era && inherit && digits >= 1 && digits <= 2)
        p.era = inherit;
    // <number> then 年度 | 年 [<month>月] | .<month> | nothing
    std::string_view number = s, month;
    std::optional<Year::Kind> kind;
    if (size_t at = s.find("年度"); at != std::string_view::npos && at + 6 == s.size()) {
        number = s.substr(0, at), kind = Year::Kind::Fiscal;
    } else if (size_t at = s.find("年"); at != std::string_view::npos) {
        number = s.substr(0, at), kind = Year::Kind::Calendar;
        std::string_view rest = s.substr(at + 3);
        if (!rest.empty() && !(strip_suffix(rest, "月") && (month = rest, true))) return std::nullopt;
    } else if (size_t dot = s.find('.'); dot != std::string_view::npos) {
        number = s.substr(0, dot), kind = Year::Kind::Calendar, month = s.substr(dot + 1);
        if (month.empty()) return std::nullopt;
    }
    if (!month.empty()) {
        int m;
        if (month.size() > 2 || !read_int(month, m) || m < 1 || m > 12) return std::nullopt;
        p.y.month = m;
    }
    p.kind_written = kind.has_value();
    // 末 needs something to end: 年度末, 年末, 3月末 (R1末 is not a form plans use)
    if (p.y.end && !kind) return std::nullopt;
    if (number.empty()) return std::nullopt;
    int n;
    if (p.era) {
        if (number == "元")
            n = 1;
        else if (number.size() > 2 || !read_int(number, n) || n < 1)
            return std::nullopt;
        p.y.year = n + p.era->offset;
        // R4, H30 without a suffix are fiscal years: that is how plans use them.
        p.y.kind = kind.value_or(Year::Kind::Fiscal);
        return p;
    }
    if (number.size() != 4 || !read_int(number, n) || n < 1900 || n > 2200) return std::nullopt;
    p.y.year = n;
    p.y.kind = kind.value_or(Year::Kind::Calendar);
    return p;
}

const char* kind_word(Year::Kind k) { return k == Year::Kind::Fiscal ? "年度" : "年"; }

// 2024年度(令和6年度), 2019年(R1), 令和元年(2019年): both halves name the same year, month and kind.
std::optional<Year> parse_twice(std::string_view s, size_t open, std::string* problem) {
    auto outer = parse_point(s.substr(0, open));
    auto inner = parse_point(s.substr(open + 1, s.size() - open - 2));
    if (!outer || !inner) return std::nullopt;
    // The half written without 年度 or 年 (R1 in 2019年(R1)) is the other half's kind of year.
    if (!inner->kind_written) inner->y.kind = outer->y.kind;
    if (!outer->kind_written) outer->y.kind = inner->y.kind;
    if (outer->y.year != inner->y.year || outer->y.kind != inner->y.kind ||
        (inner->y.month && inner->y.month != outer->y.month)) {
        if (problem)
            *problem =
                "\"" + std::string(s.substr(0, open)) + "\" and \"" +
                std::string(s.substr(open + 1, s.size() - open - 2)) + "\" are not the same " +
                (outer->y.kind != inner->y.kind ? std::string("kind of year (年度 is April–March, 年 January–December)")
                                                : std::string("year"));
        return std::nullopt;
    }
    outer->y.end = outer->y.end || inner->y.end;
    return outer->y;
}

// 2021～2026年度, R3-R8, 令和3～8年度, 2015～2019年: keyed by the last year, from the first.
std::optional<Year> parse_range(std::string_view left, std::string_view right, std::string* problem) {
    auto a = parse_point(left);
    if (!a) return std::nullopt;
    auto b = parse_point(right, a->era);
    if (!b || a->y.month || b->y.month || a->y.end || b->y.end) return std::nullopt;
    if (!a->kind_written) a->y.kind = b->y.kind;
    if (!b->kind_written) b->y.kind = a->y.kind;
    if (a->y.kind != b->y.kind) {
        if (problem) *problem = "the period mixes 年度 (April–March) and 年 (January–December)";
        return std::nullopt;
    }
    if (a->y.year >= b->y.year) {
        if (problem) *problem = "the period does not end after it starts";
        return std::nullopt;
    }
    Year y = b->y;
    y.from = a->y.year;
    return y;
}

}  // namespace

std::optional<Year> parse_year(std::string_view text, std::string* problem) {
    if (problem) problem->clear();
    std::string norm;
    for (char c : nfkc(text))
        if (c != ' ' && c != '\t') norm += c;
    std::string_view s = norm;
    // (2021年度): a year in brackets, as tables write it under a figure.
    if (s.size() > 2 && s.front() == '(' && s.back() == ')' && s.find(')') == s.size() - 1)
        s = s.substr(1, s.size() - 2);
    // Words after the year: 時点 (a point), まで (until its end), 累計 / 平均 (over a period).
    strip_suffix(s, "時点");
    Year::Sum sum = Year::Sum::None;
    for (auto [word, what] : {std::pair{"の累計", Year::Sum::Total},
                              {"累計", Year::Sum::Total},
                              {"の平均", Year::Sum::Average},
                              {"平均", Year::Sum::Average}})
        if (sum == Year::Sum::None && strip_suffix(s, word)) sum = what;
    bool until = strip_suffix(s, "まで");
    if (s.empty()) return std::nullopt;

    std::optional<Year> y;
    size_t open = s.find('(');
    size_t sep = std::string_view::npos, sep_len = 0;
    for (std::string_view d : {"~", "〜", "-", "–", "‐"})
        if (size_t at = s.find(d); at != std::string_view::npos && at > 0) sep = at, sep_len = d.size();
    if (open != std::string_view::npos && open > 0 && s.back() == ')') {
        if (sep != std::string_view::npos) return std::nullopt;
        y = parse_twice(s, open, problem);
    } else if (sep != std::string_view::npos) {
        y = parse_range(s.substr(0, sep), s.substr(sep + sep_len), problem);
    } else {
        auto p = parse_point(s);
        if (p) y = p->y;
    }
    if (!y) return std::nullopt;
    if (sum != Year::Sum::None && !y->from) {
        if (problem) *problem = "累計 and 平均 are over a period: write its first and last year (2015～2019年累計)";
        return std::nullopt;
    }
    if (until && y->from) return std::nullopt;
    y->sum = sum;
    y->end = y->end || until;
    y->source = trim(text);
    return y;
}

std::string wareki(const Year& y) {
    for (const Era& era : kEras) {
        if (y.year > era.first_year || (y.year == era.first_year && (y.month == 0 || y.month >= era.first_month))) {
            std::string s;
            if (y.from) {
                Year first = y;
                first.from = 0, first.sum = Year::Sum::None;
                first.year = y.from;
                s = wareki(first);
                if (s.empty()) return {};
                s += "〜";
            }
            int n = y.year - era.offset;
            s += era.kanji;
            s += n == 1 ? "元" : std::to_string(n);
            s += y.month ? "年" + std::to_string(y.month) + "月" : kind_word(y.kind);
            if (y.end) s += "末";
            return s;
        }
    }
    return {};
}

std::string display_year(const Year& y) {
    if (y.year == 0) return {};
    std::string s = y.from ? std::to_string(y.from) + "〜" : "";
    s += std::to_string(y.year) + (y.month ? "年" + std::to_string(y.month) + "月" : kind_word(y.kind));
    if (y.end) s += "末";
    if (y.kind == Year::Kind::Fiscal && !y.month) {
        std::string w = wareki(y);
        if (!w.empty()) s += "（" + w + "）";
    }
    if (y.sum == Year::Sum::Total) s += "の累計";
    if (y.sum == Year::Sum::Average) s += "の平均";
    return s;
}

std::string display_period(const Period& p) { return display_year(p.from) + "〜" + display_year(p.to); }

}  // namespace planpub
