#include "parse/kpi_figures.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// Units a value may carry; a value carrying one of these that differs from the declared unit is an error.
const std::set<std::string> kKnownUnits = {"件", "人", "名", "%", "校", "施設", "円", "千円", "万円", "百万円", "億円",
                                           "回", "箇所", "か所", "カ所", "ヶ所", "社", "団体", "世帯", "台", "本",
                                           "戸", "日", "時間", "人日", "km", "ha", "t", "kg", "件数", "者", "事業", "店舗",
                                           "ポイント", "pt", "倍", "割", "区間", "路線", "機関", "地区", "園"};

struct NumberSpan {
    size_t begin = 0, end = 0;
    double value = 0;
    int decimals = 0;
    size_t digits = 0;
};

// A double holds 15 significant digits exactly; longer figures would be shown changed.
constexpr size_t kMaxDigits = 15;

bool is_digit_at(const std::string& s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// "1,200": a comma is a thousands separator only when exactly three digits follow it.
bool is_thousands_group(const std::string& s, size_t i) {
    return is_digit_at(s, i) && is_digit_at(s, i + 1) && is_digit_at(s, i + 2) && !is_digit_at(s, i + 3);
}

// Bytes of a sign at i: - + − (U+2212), and ▲ △, which Japanese tables use for minus.
size_t sign_length(const std::string& s, size_t i) {
    if (s[i] == '-' || s[i] == '+') return 1;
    if (s.compare(i, 3, "\xE2\x88\x92") == 0 || s.compare(i, 3, "\xE2\x96\xB2") == 0 || s.compare(i, 3, "\xE2\x96\xB3") == 0)
        return 3;
    return 0;
}

// A number starts with a digit, or with a point before a digit (.5).
bool number_starts_at(const std::string& s, size_t i) {
    return is_digit_at(s, i) || (i < s.size() && s[i] == '.' && is_digit_at(s, i + 1));
}

// Finds numbers (with optional sign, thousands separators and decimals) in NFKC text.
std::vector<NumberSpan> find_numbers(const std::string& s) {
    std::vector<NumberSpan> out;
    size_t i = 0;
    while (i < s.size()) {
        size_t start = i, sign = sign_length(s, i);
        bool neg = sign > 0 && s[i] != '+';
        if (sign > 0 && number_starts_at(s, i + sign)) i += sign;
        else neg = false;
        if (!number_starts_at(s, i)) { i = start + 1; continue; }
        std::string digits;
        int decimals = 0;
        bool in_fraction = false;
        if (s[i] == '.') digits = "0";  // .5 is 0.5; the loop below reads the point
        while (i < s.size()) {
            char c = s[i];
            if (c >= '0' && c <= '9') { digits += c; if (in_fraction) ++decimals; ++i; }
            else if (c == ',' && !in_fraction && is_thousands_group(s, i + 1)) { ++i; }
            else if (c == '.' && !in_fraction && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
                digits += '.'; in_fraction = true; ++i;
            } else break;
        }
        // strtod, not stod: a run of digits too long for a double must not throw.
        size_t count = digits.size() - (in_fraction ? 1 : 0);
        out.push_back({start, i, (neg ? -1 : 1) * std::strtod(digits.c_str(), nullptr), decimals, count});
    }
    return out;
}

std::string strip(const std::string& s) { return trim(s); }

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
    auto numbers = find_numbers(s);
    // "5年間で250件": a cumulative target; the period stays in the wording.
    if (numbers.size() == 2 && s.compare(numbers[0].end, 9, "年間で") == 0) numbers.erase(numbers.begin());
    if (numbers.size() != 1) {
        f.wording = f.source;  // 未策定, 2024年度（令和6年度）中の計画策定: text, not a figure
        return f;
    }
    const NumberSpan& n = numbers[0];
    if (n.digits > kMaxDigits) {
        problem = FigureProblem{"kpi.number-too-long",
                                "value \"" + f.source + "\" has " + std::to_string(n.digits) + " digits; the limit is " +
                                    std::to_string(kMaxDigits),
                                "write the figure with fewer digits, e.g. in a larger unit (千人, 百万円)"};
        return f;
    }
    std::string prefix = strip(s.substr(0, n.begin));
    std::string suffix = strip(s.substr(n.end));
    // A trailing unit must be the declared one.
    if (!suffix.empty()) {
        if (suffix == u || (u.empty() && kKnownUnits.count(suffix))) {
            suffix.clear();
        } else if (kKnownUnits.count(suffix)) {
            problem = FigureProblem{"kpi.unit-mismatch",
                                    "value \"" + f.source + "\" says " + suffix + " but the unit is " + (u.empty() ? "not set" : u),
                                    "write the number alone (" + format_number(n.value, n.decimals) + ") or fix the unit column"};
            return f;
        }
    }
    if (!suffix.empty() && !prefix.empty()) {
        f.wording = f.source;
        return f;
    }
    f.number = n.value;
    f.decimals = n.decimals;
    if (!prefix.empty()) f.wording = prefix;           // 全 (全3校), 5年間で
    else if (!suffix.empty()) f.wording = suffix;      // 以上, 程度
    return f;
}

std::string format_number(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
    std::string s = buf;
    size_t dot = s.find('.');
    size_t int_end = dot == std::string::npos ? s.size() : dot;
    std::string grouped;
    for (size_t i = 0; i < int_end; ++i) {
        grouped += s[i];
        size_t left = int_end - i - 1;
        if (left > 0 && left % 3 == 0) grouped += ',';
    }
    grouped += s.substr(int_end);
    return (v < 0 ? "-" : "") + grouped;
}

std::string display_figure(const KpiFigure& f, const std::string& unit) {
    if (f.arrow) {
        switch (*f.arrow) {
            case Direction::Increase: return "↑（増加を目指す）";
            case Direction::Decrease: return "↓（減少を目指す）";
            default: return "→（維持）";
        }
    }
    if (!f.number) return f.wording.empty() ? f.source : f.wording;
    std::string n = format_number(*f.number, f.decimals) + unit;
    if (f.wording.empty()) return n;
    // Keep the source's words beside the number: 全3校, 5年間で250件.
    return f.source.find(f.wording) == 0 ? f.wording + n : n + f.wording;
}

}  // namespace planpub
