// The yearly evaluation (効果検証) of a plan as plain values: the city's grading scale (front
// matter `evaluation:`), the rows of evaluation.csv, and what the link stage computes for each
// KPI row (achievement rate, computed grade). docs/evaluation.md describes the format.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/year.hpp"

namespace planpub {

// How the achievement rate (達成率) of a level target is computed: the progress made from the
// baseline toward the target, (実績−基準)/(目標−基準); the ratio to the target, 実績/目標; or the
// progress against the share of the way the plan meant to have come by the year (a straight path
// from the baseline year to the target year: 20 % a year in a five-year plan).
enum class RateMethod { Progress, Ratio, Path };

// A grade and the rule that computes it. The rules are the thresholds real scales use: on the
// achievement rate (以上 min_, 超 over_), on the change from the baseline in the KPI's direction
// (長与町: B is within −10 % of the baseline), and the two catch-alls. All thresholds a grade
// has must hold; a grade with no rule is one the city always writes itself.
struct Grade {
    std::string key;                    // as written in evaluation.csv: A, B, ◎, 達成 …
    std::string label;                  // what it means, shown beside it
    std::optional<double> min_rate;     // rate (in %) at least this
    std::optional<double> over_rate;    // rate more than this
    std::optional<double> min_change;   // change from the baseline (in %, + is better) at least this
    std::optional<double> over_change;  // change more than this
    bool otherwise = false;             // every KPI the scale can grade that no grade above caught
    bool no_figure = false;             // every KPI it cannot grade (no rate or no change to compare)
    bool has_rule() const { return min_rate || over_rate || min_change || over_change || otherwise || no_figure; }
};

// Which subjects a scale grades: real sheets grade KPIs on one scale (改善・悪化, 達成度) and
// measures or grant projects on others (有効性・効率性・総合評価).
enum class SubjectKind { Kpi, Measure, Project };

// One axis of marks, with its own grades and legend: 改善・悪化 (○△×) beside 達成度 (A/B/−).
struct GradeScale {
    std::string id;    // its key: the column of evaluation.csv and of the open data (grade, change …)
    std::string name;  // 評価, 改善・悪化, 達成度, 有効性 …: shown, and read as a column header too
    std::vector<SubjectKind> applies;  // empty: every subject
    std::vector<Grade> grades;         // in the order written; the first whose rule the KPI meets is computed
    bool grades_subject(SubjectKind k) const {
        if (applies.empty()) return true;
        for (SubjectKind a : applies)
            if (a == k) return true;
        return false;
    }
};

struct EvaluationScale {
    bool defined = false;  // the plan's front matter has `evaluation:`
    RateMethod method = RateMethod::Progress;
    std::vector<GradeScale> scales;       // one or more; the first is the one `評価` names
    std::vector<std::string> next_steps;  // allowed 今後の方向性 (拡充, 継続 …); empty: any text
};

// One subject's mark on one scale: written by the city (wins) and/or computed from the rules.
struct Mark {
    std::string written;
    std::string computed;  // link stage; empty when no rule applies
    const std::string& shown() const { return written.empty() ? computed : written; }
};

// An achievement rate, or why there is none ("—" with the reason, never a made-up number).
struct AchievementRate {
    std::optional<double> percent;
    std::string basis;   // what was compared: 実績 1,200人（2024年度）, 累計 350件 …
    std::string reason;  // when there is no rate: 基準値がないため …
};

struct EvaluationRow {
    Year year;                // the fiscal year evaluated
    std::string kpi;          // a KPI id, or
    std::string measure;      // a measure (施策) id, or
    std::string project;      // a project (交付金事業 …) by its name, optionally under `measure`
    std::vector<Mark> marks;  // one per scale of the plan, in the scales' order
    std::string comment;      // 内部評価
    std::string review;       // 外部評価 (外部有識者会議 …)
    std::string next_step;    // 今後の方向性
    std::string budget;       // 事業費, as written
    std::string path;
    int line = 0;
    // Computed (link stage), for KPI rows:
    AchievementRate rate;
    AchievementRate change;  // change from the baseline in %, + toward the KPI's aim (percent)
    SubjectKind kind() const {
        return !kpi.empty() ? SubjectKind::Kpi : !project.empty() ? SubjectKind::Project : SubjectKind::Measure;
    }
};

struct PlanEvaluation {
    EvaluationScale scale;
    std::vector<EvaluationRow> rows;  // in file order
    std::string path;                 // evaluation.csv as the user named it, when present
};

}  // namespace planpub
