#include "link/achievement.hpp"

#include <algorithm>

#include "text/era_year.hpp"
#include "vocab/figures.hpp"

namespace planpub {
namespace {

AchievementRate none(std::string reason) { return {std::nullopt, "", std::move(reason)}; }

std::string fig(double v, const Kpi& k, int decimals) { return format_number(v, decimals) + k.unit; }

int decimals_of(const Kpi& k) {
    int d = std::max(k.baseline.decimals, k.target.decimals);
    for (const Observation& o : k.observations) d = std::max(d, o.value.decimals);
    return d;
}

// The period's first year: the one written with the target (2021～2026年度累計), else the year
// after the baseline (the same rule as the progress status, docs/kpi-progress.md).
int first_year(const Kpi& k) {
    if (k.target.span_from > 0) return k.target.span_from;
    return k.baseline_year ? k.baseline_year->year + 1 : 0;
}

// actual / target, or target / actual for a KPI that aims to decrease.
AchievementRate ratio(double v, double t, bool up, std::string basis) {
    if (up && t == 0) return none("目標値が0のため、比率による達成率は計算できません。");
    if (!up && t == 0)
        return none(
            "目標値が0の減少の目標は、比率（目標値÷実績値）では計算できません（rate: progress なら計算できます）。");
    if (!up && v == 0) return none("実績値が0のため、減少を目指す指標の比率（目標値÷実績値）は計算できません。");
    return {(up ? v / t : t / v) * 100, std::move(basis), ""};
}

}  // namespace

AchievementRate achievement_rate(const Kpi& k, const Year& year, RateMethod method) {
    if (k.target_kind == TargetKind::Qualitative) return none("定性的な目標のため、達成率はありません。");
    if (k.target_kind == TargetKind::Direction)
        return none("増加・減少の方向だけを目標とする指標のため、達成率はありません。");
    const bool up = k.direction != Direction::Decrease;
    const int d = decimals_of(k);
    const std::string when = display_year(year);
    if (k.target_kind == TargetKind::Cumulative || k.target_kind == TargetKind::Average) {
        if (!k.target.number) return none("目標値が数値でないため、達成率は計算できません。");
        const bool total = k.target_kind == TargetKind::Cumulative;
        double sum = 0;
        int n = 0;
        for (const Observation& o : k.observations)
            if (o.value.number && o.year.year >= first_year(k) && o.year.year <= year.year) sum += *o.value.number, ++n;
        if (n == 0) return none(when + "までの期間内の実績値がありません。");
        const double v = total ? sum : sum / n;
        const double t = *k.target.number;
        std::string basis = (total ? "累計 " : std::to_string(n) + "年分の平均 ") + fig(v, k, total ? d : d + 1) +
                            "（" + when + "まで）";
        if (total && !up)
            return none("上限を定めた累計の目標のため、達成率はありません（上限の範囲内かどうかは進捗に示します）。");
        if (total || method == RateMethod::Ratio || !k.baseline.number) return ratio(v, t, up, basis);
        const double b = *k.baseline.number;
        if (t == b) return none("目標値が基準値と同じため、基準値からの進捗率は計算できません。");
        return {(v - b) / (t - b) * 100, basis, ""};
    }
    const Observation* obs = nullptr;
    for (const Observation& o : k.observations)
        if (o.year.year == year.year && o.value.number) obs = &o;
    if (!obs) return none(when + "の実績値がありません。");
    const double v = *obs->value.number;
    const std::string basis = "実績 " + fig(v, k, d) + "（" + display_year(obs->year) + "）";
    if (!k.baseline.number && (method == RateMethod::Progress || k.target_kind == TargetKind::Maintain))
        return none("基準値が数値でないため、達成率は計算できません。");
    if (k.target_kind == TargetKind::Maintain)
        return ratio(v, *k.baseline.number, up, basis);  // 維持: against the baseline
    if (!k.target.number) return none("目標値が数値でないため、達成率は計算できません。");
    const double t = *k.target.number;
    if (method == RateMethod::Ratio) return ratio(v, t, up, basis);
    const double b = *k.baseline.number;
    if (t == b) return none("目標値が基準値と同じため、基準値からの進捗率は計算できません。");
    return {(v - b) / (t - b) * 100, basis, ""};
}

std::string computed_grade(const EvaluationScale& scale, const AchievementRate& rate) {
    if (!rate.percent) return "";
    for (const Grade& g : scale.grades)
        if (g.min_rate && *rate.percent >= *g.min_rate - 1e-9) return g.key;
    return "";
}

void evaluate_plan(Plan& plan) {
    for (EvaluationRow& row : plan.evaluation.rows) {
        if (row.kpi.empty()) continue;
        for (const Kpi& k : plan.kpis)
            if (k.id == row.kpi) {
                row.rate = achievement_rate(k, row.year, plan.evaluation.scale.method);
                row.computed_grade = computed_grade(plan.evaluation.scale, row.rate);
            }
    }
}

}  // namespace planpub
