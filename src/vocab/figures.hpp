// Figures shown to readers: numbers with thousands separators, KPI figures with their unit and
// the source's own words (全3校, 5年間で250件).
#pragma once
#include <string>

#include "model/kpi.hpp"

namespace planpub {

std::string format_number(double v, int decimals);  // 1234.5, 1 → 1,234.5
std::string display_figure(const KpiFigure& f, const std::string& unit);

}  // namespace planpub
