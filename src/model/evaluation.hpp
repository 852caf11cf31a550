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
// baseline toward the target, (実績−基準)/(目標−基準), or the ratio to the target, 実績/目標.
enum class RateMethod { Progress, Ratio };

struct Grade {
    std::string key;                 // as written in evaluation.csv: A, B, ◎, 達成 …
    std::string label;               // what it means, shown beside it
    std::optional<double> min_rate;  // computed when the rate (in %) is at least this; none: written only
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
    std::string computed_grade;  // from the scale's min_rate rules; empty when none applies
};

struct PlanEvaluation {
    EvaluationScale scale;
    std::vector<EvaluationRow> rows;  // in file order
    std::string path;                 // evaluation.csv as the user named it, when present
};

}  // namespace planpub
