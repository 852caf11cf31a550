#include "parse/kpi_period_words.hpp"

#include <algorithm>
#include <regex>

#include "text/era_year.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool starts_with(const std::string& s, const std::string& head) { return s.compare(0, head.size(), head) == 0; }

// 累計 合計 延べ: a total; 平均: an average; taken off the end of `words`.
KpiFigure::Span take_kind_word(std::string& words) {
    for (const char* w : {"の累計", "累計", "の合計", "合計", "延べ", "通算"})
        if (ends_with(words, w)) {
            words.resize(words.size() - std::string(w).size());
            return KpiFigure::Span::Total;
        }
    for (const char* w : {"の平均", "平均"})
        if (ends_with(words, w)) {
            words.resize(words.size() - std::string(w).size());
            return KpiFigure::Span::Average;
        }
    return KpiFigure::Span::None;
}

// 2021~2026年度, R3~R8, 2021年度~2026年度: both ends read as years; the first may leave its 年度
// to the second (2021~2026年度).
bool read_range(const std::string& range, int& from, int& to) {
    static const std::regex sep("^(.+?) ?(~|〜|-|‐|–|から) ?(.+?)(まで)?$");
    std::smatch m;
    if (!std::regex_match(range, m, sep)) return false;
    auto last = parse_year(m[3].str());
    if (!last) return false;
    auto first = parse_year(m[1].str());
    if (!first) {
        for (const char* kind : {"年度", "年"})
            if (ends_with(m[3].str(), kind) && (first = parse_year(m[1].str() + kind))) break;
    }
    if (!first || first->year > last->year) return false;
    from = first->year;
    to = last->year;
    return true;
}

// The bracket's content: 5年間, 5年間累計, 2021~2026年度累計, 期間平均, 累計.
bool read_bracket(std::string inner, PeriodWords& w) {
    inner = trim(inner);
    KpiFigure::Span kind = take_kind_word(inner);
    inner = trim(inner);
    static const std::regex years("^([0-9]{1,3}) ?(年間|か年|カ年|ヵ年|ヶ年)(で|の)?$");
    std::smatch m;
    if (std::regex_match(inner, m, years)) {
        w.years = std::stoi(m[1].str());
        w.span = kind == KpiFigure::Span::None ? KpiFigure::Span::Total : kind;  // 5件(5年間): a total over 5 years
        return true;
    }
    if (kind == KpiFigure::Span::None) return false;  // 2009~14年 alone: a total or an average? not said
    if (inner.empty() || inner == "期間" || inner == "年" || inner == "計画期間" || inner == "期間中") {
        w.span = kind;
        return true;
    }
    if (read_range(inner, w.from, w.to)) {
        w.span = kind;
        return true;
    }
    return false;
}

}  // namespace

PeriodWords take_period_words(std::string& text, const std::string& source) {
    PeriodWords w;
    // A bracket at the end of the cell: (…) or （…）, full-width already made half-width in `text`.
    if (ends_with(text, ")")) {
        size_t open = text.rfind('(');
        if (open != std::string::npos && read_bracket(text.substr(open + 1, text.size() - open - 2), w)) {
            text = trim(text.substr(0, open));
            const size_t half = source.rfind('('), full = source.rfind("（"), none = std::string::npos;
            const size_t src_open = half == none ? full : (full == none ? half : std::max(half, full));
            w.after = src_open == none ? "" : source.substr(src_open);
            return w;
        }
    }
    // Words before the figure: 年平均1,890人, 期間平均.
    for (const char* word : {"年平均", "期間平均", "平均"})
        if (starts_with(text, word)) {
            text = trim(text.substr(std::string(word).size()));
            w.span = KpiFigure::Span::Average;
            w.before = word;
            return w;
        }
    return w;
}

}  // namespace planpub
