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

struct EvaluationScale {
    bool defined = false;  // the plan's front matter has `evaluation:`
    RateMethod method = RateMethod::Progress;
    std::vector<Grade> grades;            // in the order written; the first whose min_rate the rate reaches is computed
    std::vector<std::string> next_steps;  // allowed 今後の方向性 (拡充, 継続 …); empty: any text
};

// An achievement rate, or why there is none ("—" with the reason, never a made-up number).
struct AchievementRate {
    std::optional<double> percent;
    std::string basis;   // what was compared: 実績 1,200人（2024年度）, 累計 350件 …
    std::string reason;  // when there is no rate: 基準値がないため …
};

struct EvaluationRow {
    Year year;              // the fiscal year evaluated
    std::string kpi;        // a KPI id, or
    std::string measure;    // a measure (施策) id
    std::string grade;      // written by the city; empty: none
    std::string comment;    // 内部評価
    std::string review;     // 外部評価 (外部有識者会議 …)
    std::string next_step;  // 今後の方向性
    std::string budget;     // 事業費, as written
    std::string path;
    int line = 0;
    // Computed (link stage), for KPI rows:
    AchievementRate rate;
    AchievementRate change;      // change from the baseline in %, + toward the KPI's aim (percent)
    std::string computed_grade;  // from the scale's min_rate rules; empty when none applies
};

struct PlanEvaluation {
    EvaluationScale scale;
    std::vector<EvaluationRow> rows;  // in file order
    std::string path;                 // evaluation.csv as the user named it, when present
};

}  // namespace planpub
