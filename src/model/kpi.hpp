// KPIs (重要業績評価指標) as plain values: what kpi.csv and kpi-values.csv say, normalized,
// with the source's wording kept for display.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/year.hpp"

namespace planpub {

enum class TargetKind { Level, Cumulative, Average, Maintain, Direction, Qualitative };
enum class Direction { None, Increase, Decrease, Maintain };

// A figure as written (784 件, ４０．０％, 全3校, 未策定) and what it means.
struct KpiFigure {
    std::string source;            // the cell as written
    std::optional<double> number;  // the number, when there is one
    int decimals = 0;              // as written: 40.0 keeps one decimal
    std::string wording;           // text kept beside the number (全, 5年間で) or the whole text
    std::string after;  // words after the figure and its wording: （2021～2026年度累計）, 以上 in 年間100件以上
    std::optional<Direction> arrow;  // ↑ ↓ → (targets only)
    bool maintain = false;           // 基準値を維持
    bool plus = false;               // written with a + sign (+20%): in a target, a change, not a level
    bool rescaled = false;           // written in a scaled unit (2,205千人) and converted into the KPI's unit
    std::string unit_text;           // the unit the cell writes when the KPI has no unit column (人/年)
    // Over a period (120件（2021～2026年度累計）, 5件(5年間), 年平均1,890人): a total or an average.
    enum class Span { None, Total, Average };
    Span span = Span::None;
    int span_years = 0;              // 5 in (5年間) or 5年間で
    int span_from = 0, span_to = 0;  // 2021 and 2026 in (2021～2026年度累計), as written (西暦)
    std::optional<Direction> bound;  // 以上 / 超: increase, 以下 / 未満: decrease
    bool empty() const { return source.empty(); }
};

struct Observation {
    Year year;
    KpiFigure value;
    std::string note;
    int line = 0;
};

enum class ProgressStatus { Achieved, OnTrack, NeedsEffort, NotEvaluated };

struct Progress {
    ProgressStatus status = ProgressStatus::NotEvaluated;
    std::string reason;  // one sentence, in Japanese, saying how the status was reached
};

struct Kpi {
    std::string id;
    int goal = 0;  // 0: not tied to one goal
    std::string measure;
    std::string name;
    std::string unit;
    KpiFigure baseline;
    std::optional<Year> baseline_year;
    KpiFigure target;
    std::optional<Year> target_year;
    TargetKind target_kind = TargetKind::Level;
    Direction direction = Direction::None;
    std::string description;                           // Markdown inline
    int description_line = 0, description_column = 0;  // where its kpi.csv field starts
    std::string source;
    std::string path;                       // kpi.csv as the user named it
    int line = 0;                           // the record's first line
    int cumulative_years = 0;               // 5 in 5年間で250件
    std::vector<Observation> observations;  // sorted by year
    Progress progress;
};

// KPIs that kpi.csv names but that could not be read: their row has an error, or the whole file
// (or its header) has. That error says what is wrong, so a value or a kpi block that refers to
// them is not reported again as referring to nothing.
struct UnreadKpis {
    bool all = false;
    std::set<std::string> ids;
    std::set<std::string> goals;  // goal numbers, as kpi blocks write them (1, not ０１)
    bool has_id(const std::string& id) const { return all || ids.count(id) > 0; }
    bool has_goal(const std::string& goal) const { return all || goals.count(goal) > 0; }
};

}  // namespace planpub
