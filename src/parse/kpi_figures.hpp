// Parse stage: one KPI cell → KpiFigure. Full-width digits and signs (２８．１％), thousands
// separators (1,200), a unit written in the value (784 件, 40.0%) checked against the
// declared unit, wording kept beside the number (全3校, 5年間で250件), arrows (↑ ↓ →) and
// 基準値を維持. Pure functions: the caller reports problems with the cell's position.
#pragma once
#include <optional>
#include <string>

#include "model/kpi.hpp"

namespace planpub {

struct FigureProblem {
    std::string code;
    std::string message;
    std::string hint;
    bool warning = false;  // the cell is published (as text), but the user should look at it
};

// Reads a cell. `unit` is the KPI's declared unit (may be empty). A figure in a scaled unit of the
// same quantity (2,205千人, 220.5万人, 1.5万, 3億 for 人 or 円; 2,205人 for 千人) is converted exactly
// into the declared unit; a cell with a number that is not read as a figure gets a warning.
KpiFigure read_figure(const std::string& cell, const std::string& unit, std::optional<FigureProblem>& problem);

std::optional<Direction> parse_direction(const std::string& s);
std::optional<TargetKind> parse_target_kind(const std::string& s);

}  // namespace planpub
