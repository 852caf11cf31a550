// Japanese years: 令和/平成/昭和 (or R/H/S) with 年度 or 年, 元年, 西暦 年度/年, FY2024,
// and combined forms such as 2024年度（令和6年度）. Fiscal years (年度) and calendar years
// (年) are different things and stay different.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/site.hpp"

namespace planpub {

// Reads a year; std::nullopt when the text is not a year this reader knows.
std::optional<Year> parse_year(std::string_view text);

// 令和6年度 / 令和6年 / 令和元年度 (empty before 1926).
std::string wareki(const Year& y);
// 2024年度（令和6年度） for fiscal years, 2023年 for calendar years.
std::string display_year(const Year& y);
// 2026年度（令和8年度）〜2029年度（令和11年度）
std::string display_period(const Period& p);

}  // namespace planpub
