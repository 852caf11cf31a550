#include "vocab/figures.hpp"

#include <cmath>
#include <cstdio>

namespace planpub {

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
    if (f.arrow && !f.wording.empty()) return f.wording;  // 2023年よりも増加: the words say it best
    if (f.arrow) {
        switch (*f.arrow) {
            case Direction::Increase:
                return "↑（増加を目指す）";
            case Direction::Decrease:
                return "↓（減少を目指す）";
            default:
                return "→（維持）";
        }
    }
    if (!f.number) return f.wording.empty() ? f.source : f.wording;
    std::string n = format_number(*f.number, f.decimals) + unit;
    // Keep the source's words beside the number: 全3校, 5年間で250件, 120件（2021～2026年度累計）.
    if (!f.wording.empty()) n = f.source.find(f.wording) == 0 ? f.wording + n : n + f.wording;
    return n + f.after;
}

}  // namespace planpub
