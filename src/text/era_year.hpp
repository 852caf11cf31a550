// Japanese years: 令和/平成/昭和 (or R/H/S) with 年度 or 年, 元年, 西暦 年度/年, FY2024, a month
// (2020年9月, 令和2年3月, R2.3), an end (令和元年度末, 2020年9月末時点, H31.3末), a year written twice
// (2024年度（令和6年度）, 2019年(R1)) and periods (2021～2026年度, R3-R8, 2015～2019年累計).
// Fiscal years (年度) and calendar years (年) are different things and stay different.
// docs/kpi.md lists every form.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/site.hpp"

namespace planpub {

// Reads a year; std::nullopt when the text is not a year this reader knows. When `problem` is
// given, a text that is almost a year says why it is refused (two years that differ, a period
// that ends before it starts …); it stays empty for texts that are no year at all.
std::optional<Year> parse_year(std::string_view text, std::string* problem = nullptr);

// 令和6年度 / 令和6年 / 令和元年度 / 令和元年度末 / 令和2年9月末 / 令和3年度〜令和8年度 (empty before 1926).
std::string wareki(const Year& y);
// 2024年度（令和6年度） for fiscal years, 2023年 for calendar years; 2020年9月末, 2020年3月,
// 2019年度末（令和元年度末）, 2021〜2026年度（令和3年度〜令和8年度）, 2015〜2019年の累計.
std::string display_year(const Year& y);
// 2026年度（令和8年度）〜2029年度（令和11年度）
std::string display_period(const Period& p);

}  // namespace planpub
