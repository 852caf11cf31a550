#include "parse/kpi_figures.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <regex>
#include <set>

#include "parse/kpi_period_words.hpp"
#include "parse/number_spans.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// Units a value may carry; a value carrying one of these that differs from the declared unit is an error.
const std::set<std::string> kKnownUnits = {
    "件",   "人",   "名", "%",    "校",   "施設",     "円", "千円", "万円", "百万円", "億円", "回",   "箇所", "か所",
    "カ所", "ヶ所", "社", "団体", "世帯", "台",       "本", "戸",   "日",   "時間",   "人日", "km",   "ha",   "t",
    "kg",   "件数", "者", "事業", "店舗", "ポイント", "pt", "倍",   "割",   "区間",   "路線", "機関", "地区", "園"};

// A double holds 15 significant digits exactly; longer figures would be shown changed.
constexpr size_t kMaxDigits = 15;

std::string strip(const std::string& s) { return trim(s); }

// 千人 → 10^3 × 人, 百万円 → 10^6 × 円, 万 → 10^4 × (nothing): one of 十 百 千, then one of 万 億 兆.
struct ScaledUnit {
    int exponent = 0;
    std::string base;
};

ScaledUnit split_scale(const std::string& unit) {
    ScaledUnit r;
    size_t i = 0;
    auto take = [&](const char* word, int exponent) {
        if (unit.compare(i, 3, word) != 0) return false;
        r.exponent += exponent;
        i += 3;
        return true;
    };
    take("十", 1) || take("百", 2) || take("千", 3);
    take("万", 4) || take("億", 8) || take("兆", 12);
    r.base = unit.substr(i);
    return r;
}

// A value's trailing text read as a unit, scaled or not, and the words after it: 万人以上 → 10^4 × 人
// and 以上. The unit is the declared one's base, else the longest known unit; none when neither fits.
struct WrittenUnit {
    ScaledUnit unit;
    std::string rest;
};

WrittenUnit split_suffix(const std::string& suffix, const std::string& declared_base) {
    WrittenUnit w;
    w.unit = split_scale(suffix);
    std::string tail = w.unit.base;
    std::string base;
    if (!declared_base.empty() && tail.compare(0, declared_base.size(), declared_base) == 0) base = declared_base;
    for (const std::string& k : kKnownUnits)
        if (k.size() > base.size() && tail.compare(0, k.size(), k) == 0) base = k;
    w.unit.base = base;
    w.rest = strip(tail.substr(base.size()));
    return w;
}

// Moves the decimal point of "220.5" by `shift` places, exactly (220.5, 4 → "2205000"), so that a
// scaled figure is never changed by floating-point arithmetic. `decimals` becomes the figure's
// decimals in the new unit: the written ones less the shift, and for a smaller unit those of the
// exact result (2,205,500人 in 千人 is 2,205.5).
std::string shift_point(const std::string& digits, int shift, int& decimals) {
    size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot), fraction = dot == std::string::npos ? "" : digits.substr(dot + 1);
    std::string all = whole + fraction;
    long point = static_cast<long>(whole.size()) + shift;
    if (point > static_cast<long>(all.size())) all.append(point - all.size(), '0');
    if (point < 1) {
        all.insert(0, 1 - point, '0');
        point = 1;
    }
    std::string i = all.substr(0, point), f = all.substr(point);
    i.erase(0, std::min(i.find_first_not_of('0'), i.size() - 1));
    if (shift >= 0) {
        decimals = std::max(0, decimals - shift);
    } else {
        while (!f.empty() && f.back() == '0') f.pop_back();
        decimals = static_cast<int>(f.size());
    }
    f.resize(decimals, '0');
    return f.empty() ? i : i + "." + f;
}

// Digits that are not part of a year, a month or an ordinal (令和6年度, 2021～2026年度, 9月末, 第2期):
// a cell holding such digits that was not read as a figure is reported, never silently text.
bool has_unread_number(const std::string& nfkc_text) {
    static const std::regex dated(
        "(令和|平成|昭和|[RrHhSs]|FY) ?([0-9]+|元)( ?(年度|年(?!間)))?(\\.[0-9]+)?|[0-9]+ ?(年度|年(?!間)|月)|第 ?[0-9]+");
    std::string rest = std::regex_replace(nfkc_text, dated, " ");
    return rest.find_first_of("0123456789") != std::string::npos;
}

// A number that is a year or a month (2021年度に初回調査, 令和6年度, 9月末), not the figure. Unless the
// KPI's unit is itself 年 or 月 (平均寿命 81.4年).
bool is_date_number(const std::string& s, const NumberSpan& n, const std::string& unit) {
    if (unit == "年" || unit == "年度" || unit == "月" || unit == "か月" || unit == "ヶ月") return false;
    if (n.begin >= 3 && s.compare(n.begin - 3, 3, "第") == 0) return true;  // 第2期: an ordinal, not a figure
    size_t after = n.end + spaces_at(s, n.end);
    if (s.compare(after, 6, "年度") == 0 || s.compare(after, 3, "月") == 0) return true;
    if (s.compare(after, 3, "年") == 0 && s.compare(after + 3, 3, "間") != 0) return true;
    std::string before = s.substr(0, n.begin);
    while (!before.empty() && before.back() == ' ') before.pop_back();
    for (const char* era : {"令和", "平成", "昭和", "R", "H", "S", "FY"})
        if (before.size() >= std::strlen(era) &&
            before.compare(before.size() - std::strlen(era), std::string::npos, era) == 0)
            return true;
    return false;
}

bool contains(const std::string& s, const char* word) { return s.find(word) != std::string::npos; }

// The unit a value writes when the KPI has no unit column: 人/年 in "1.4人/年", 人 in "2万人以上"
// (scale and trailing words taken off), so that a KPI's figures can be compared.
std::string unit_words(const std::string& suffix) {
    std::string u = split_scale(suffix).base;
    u = u.substr(0, u.find('('));
    for (const char* tail : {"以上", "以下", "未満", "超", "程度", "見込み"})
        if (size_t at = u.rfind(tail); at != std::string::npos && at + std::strlen(tail) == u.size()) u.resize(at);
    return strip(u);
}

// Words that say the number is not a plain level: an average over a period (年平均, 期間平均), a
// change relative to another figure (20%増, 1割減), or 維持 of a figure. planpub does not judge
// these yet, so such a cell is published as text with a warning instead of as a wrong level.
bool changes_meaning(const std::string& words) {
    for (const char* w : {"平均", "増", "減", "維持", "アップ", "ダウン", "向上", "改善"})
        if (contains(words, w)) return true;
    return false;
}

// A target in words only (2023年よりも増加, 現状より減少): its direction, when its last word says one.
std::optional<Direction> direction_in_words(const std::string& s) {
    auto ends = [&](const char* w) {
        return s.size() >= std::strlen(w) && s.compare(s.size() - std::strlen(w), std::string::npos, w) == 0;
    };
    for (const char* w : {"増加", "増", "上昇", "向上", "拡大", "増やす"})
        if (ends(w)) return Direction::Increase;
    for (const char* w : {"減少", "減", "低下", "縮小", "減らす"})
        if (ends(w)) return Direction::Decrease;
    return std::nullopt;
}

FigureProblem read_as_text(const std::string& source) {
    return FigureProblem{
        "kpi.figure-as-text",
        "\"" + source +
            "\" holds a number but was not read as a figure: it is published as text, and no "
            "progress is judged on it",
        "if it is a figure, write the number with its unit alone (e.g. 120件) and the period or condition in "
        "the note column; if it is text, leave it (--strict makes this an error)",
        true};
}

}  // namespace

std::optional<Direction> parse_direction(const std::string& raw) {
    std::string s = trim(nfkc(raw));
    if (s.empty()) return Direction::None;
    if (s == "increase" || s == "↑" || s == "増加" || s == "上昇" || s == "増") return Direction::Increase;
    if (s == "decrease" || s == "↓" || s == "減少" || s == "低下" || s == "減") return Direction::Decrease;
    if (s == "maintain" || s == "→" || s == "維持") return Direction::Maintain;
    return std::nullopt;
}

std::optional<TargetKind> parse_target_kind(const std::string& raw) {
    std::string s = trim(raw);
    if (s == "level" || s == "水準") return TargetKind::Level;
    if (s == "cumulative" || s == "累計") return TargetKind::Cumulative;
    if (s == "average" || s == "平均") return TargetKind::Average;
    if (s == "maintain" || s == "維持") return TargetKind::Maintain;
    if (s == "direction" || s == "方向") return TargetKind::Direction;
    if (s == "qualitative" || s == "定性") return TargetKind::Qualitative;
    return std::nullopt;
}

KpiFigure read_figure(const std::string& cell, const std::string& unit, std::optional<FigureProblem>& problem) {
    KpiFigure f;
    f.source = trim(cell);
    if (f.source.empty()) return f;
    std::string s = trim(nfkc(f.source));
    std::string u = trim(nfkc(unit));
    if (s == "↑" || s == "↓" || s == "→") {
        f.arrow = parse_direction(s);
        return f;
    }
    if (s == "基準値を維持" || s == "維持" || s == "現状維持") {
        f.maintain = true;
        f.wording = f.source;
        return f;
    }
    // (2021～2026年度累計), (5年間), 年平均: the period the figure is a total or an average over.
    const PeriodWords period = take_period_words(s, f.source);
    f.span = period.span;
    f.span_years = period.years;
    f.span_from = period.from;
    f.span_to = period.to;
    f.after = period.after;
    auto numbers = find_numbers(s);
    // Years and months are not the figure: 2021年度に初回調査 is a text, 2023年よりも増加 a direction.
    // A figure with its year beside it (5.5‰(平成25年)) is not read yet: the year would be lost.
    const size_t all_numbers = numbers.size();
    numbers.erase(
        std::remove_if(numbers.begin(), numbers.end(), [&](const NumberSpan& n) { return is_date_number(s, n, u); }),
        numbers.end());
    if (!numbers.empty() && numbers.size() < all_numbers) {
        f.wording = f.source;
        problem = read_as_text(f.source);
        return f;
    }
    // "5年間で250件": a cumulative target; the period stays in the wording.
    if (numbers.size() == 2 && s.compare(numbers[0].end, 9, "年間で") == 0) numbers.erase(numbers.begin());
    if (numbers.size() != 1) {
        f.wording = f.source;  // 未策定, 2024年度（令和6年度）中の計画策定: text, not a figure
        if (has_unread_number(s))
            problem = read_as_text(f.source);
        else if (numbers.empty())
            f.arrow = direction_in_words(s);
        return f;
    }
    const NumberSpan& n = numbers[0];
    std::string prefix = strip(s.substr(0, n.begin));
    std::string suffix = strip(s.substr(n.end));
    // A trailing unit must be the declared one, or the same quantity in a scaled unit (2,205千人 for 人,
    // 1.5万, 3億円 for 円, 2,205人 for 千人), which is converted exactly into the declared unit. Words
    // after the unit (以上, 程度) are kept as wording.
    const ScaledUnit declared = split_scale(u);
    int shift = 0;
    if (u.empty()) f.unit_text = unit_words(suffix);
    if (!suffix.empty() && suffix != u) {
        const WrittenUnit w = split_suffix(suffix, declared.base);
        const bool same_quantity =
            u.empty() || w.unit.base == declared.base || (w.unit.base.empty() && w.unit.exponent > 0);
        if (w.unit.base.empty() && w.unit.exponent == 0) {
            // no unit: 以上, 程度, (見込み) stay as wording
        } else if (!same_quantity) {
            problem = FigureProblem{"kpi.unit-mismatch",
                                    "value \"" + f.source + "\" says " + suffix + " but the unit is " + u,
                                    "check the unit column: write the figure in " + u +
                                        " (the number with or without its unit), or fix the unit column"};
            return f;
        } else {
            shift = w.unit.exponent - (u.empty() ? 0 : declared.exponent);
            suffix = w.rest;
        }
    } else {
        suffix.clear();
    }
    // 以上 / 超, 以下 / 未満: a bound, and so the direction the KPI should move in.
    for (const char* w : {"以上", "超"})
        if (suffix == w) f.bound = Direction::Increase;
    for (const char* w : {"以下", "未満"})
        if (suffix == w) f.bound = Direction::Decrease;
    // 毎年100件, 年間100件以上: a level to reach each year.
    const bool per_year =
        prefix == "毎年" || prefix == "年間" || prefix == "各年" || prefix == "各年度" || prefix == "単年度";
    if (per_year && !suffix.empty() && f.bound) {
        f.after = suffix + f.after;
        suffix.clear();
    }
    if ((!suffix.empty() && !prefix.empty()) || changes_meaning(prefix + suffix)) {
        f.wording = f.source;
        problem = read_as_text(f.source);
        return f;
    }
    int decimals = n.decimals;
    const std::string exact = shift == 0 ? n.text : shift_point(n.text, shift, decimals);
    const size_t digits = exact.size() - (exact.find('.') == std::string::npos ? 0 : 1);
    if (digits > kMaxDigits || n.digits > kMaxDigits) {
        problem = FigureProblem{
            "kpi.number-too-long",
            "value \"" + f.source + "\" has " + std::to_string(std::max(digits, n.digits)) + " digits; the limit is " +
                std::to_string(kMaxDigits),
            "write the figure with fewer digits, e.g. in a larger unit (千人, 百万円) set in the unit column"};
        return f;
    }
    // strtod, not stod: never throws. Fewer than 16 significant digits convert back unchanged.
    f.number = (n.negative ? -1 : 1) * std::strtod(exact.c_str(), nullptr);
    f.plus = s.compare(n.begin, 1, "+") == 0;
    f.decimals = decimals;
    f.rescaled = shift != 0;
    if (!prefix.empty())
        f.wording = prefix;  // 全 (全3校), 5年間で, 毎年
    else if (!suffix.empty())
        f.wording = suffix;  // 以上, 程度
    else if (!period.before.empty())
        f.wording = period.before;  // 年平均
    return f;
}

}  // namespace planpub
