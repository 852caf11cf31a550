#include "link/achievement.hpp"

#include <algorithm>
#include <cmath>

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

// The share of the way from the baseline year to the target year the plan meant to have come by
// `year` (a straight path: 0.2 in the first year of five), at most 1; none before the path starts.
std::optional<double> path_share(const Kpi& k, int from, int year) {
    if (!k.target_year || from <= 0) return std::nullopt;
    const int span = k.target_year->year - from;
    const int done = year - from;
    if (span <= 0 || done <= 0) return std::nullopt;
    return std::min(1.0, static_cast<double>(done) / span);
}

AchievementRate no_path_reason(const Kpi& k, const Year& year) {
    if (!k.target_year) return none("目標年度がないため、その年度の計画値は計算できません。");
    if (!k.baseline_year && k.target.span_from <= 0)
        return none("基準年度がないため、その年度の計画値は計算できません。");
    return none(display_year(year) + "は計画値の起点（基準年度）より後ではないため、計画値は計算できません。");
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
        if (total && method == RateMethod::Path) {
            const std::optional<double> share = path_share(k, first_year(k) - 1, year.year);
            if (!share) return no_path_reason(k, year);
            return ratio(v, t * *share, up, basis + "、計画値 " + fig(t * *share, k, d + 1));
        }
        if (total || method != RateMethod::Progress || !k.baseline.number) return ratio(v, t, up, basis);
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
    if (method == RateMethod::Path) {
        const std::optional<double> share =
            k.baseline_year ? path_share(k, k.baseline_year->year, year.year) : std::nullopt;
        if (!share) return no_path_reason(k, year);
        const double planned = b + (t - b) * *share;
        return {(v - b) / (planned - b) * 100, basis + "、計画値 " + fig(planned, k, d + 1), ""};
    }
    return {(v - b) / (t - b) * 100, basis, ""};
}

AchievementRate change_from_baseline(const Kpi& k, const Year& year) {
    if (k.target_kind == TargetKind::Qualitative) return none("定性的な目標のため、基準値からの変化はありません。");
    if (k.target_kind == TargetKind::Cumulative) return none("累計の目標のため、基準値と比べる変化はありません。");
    if (k.direction != Direction::Increase && k.direction != Direction::Decrease)
        return none("目指す向き（増加・減少）がないため、基準値からの改善・悪化はありません。");
    if (!k.baseline.number) return none("基準値が数値でないため、基準値からの変化は計算できません。");
    const double b = *k.baseline.number;
    if (b == 0) return none("基準値が0のため、基準値からの変化率は計算できません。");
    const Observation* obs = nullptr;
    for (const Observation& o : k.observations)
        if (o.year.year == year.year && o.value.number) obs = &o;
    if (!obs) return none(display_year(year) + "の実績値がありません。");
    const double v = *obs->value.number;
    const double change = (v - b) / std::abs(b) * 100 * (k.direction == Direction::Decrease ? -1 : 1);
    return {change, "実績 " + fig(v, k, decimals_of(k)) + "、基準値 " + fig(b, k, decimals_of(k)), ""};
}

std::string computed_grade(const GradeScale& scale, const AchievementRate& rate, const AchievementRate& change) {
    // A KPI the scale can grade has every figure the scale's thresholds look at.
    bool on_rate = false, on_change = false;
    for (const Grade& g : scale.grades) {
        on_rate = on_rate || g.min_rate || g.over_rate;
        on_change = on_change || g.min_change || g.over_change;
    }
    const bool gradable = (on_rate || on_change) && (!on_rate || rate.percent) && (!on_change || change.percent);
    constexpr double eps = 1e-9;  // 60.0 computed as 59.99999… still reaches min_rate: 60
    auto at_least = [](const std::optional<double>& v, const std::optional<double>& min) {
        return !min || (v && *v >= *min - eps);
    };
    auto more_than = [](const std::optional<double>& v, const std::optional<double>& over) {
        return !over || (v && *v > *over + eps);
    };
    for (const Grade& g : scale.grades) {
        if (g.no_figure || g.otherwise) {
            if (g.no_figure != gradable) return g.key;
            continue;
        }
        if (!g.has_rule()) continue;
        if (at_least(rate.percent, g.min_rate) && more_than(rate.percent, g.over_rate) &&
            at_least(change.percent, g.min_change) && more_than(change.percent, g.over_change))
            return g.key;
    }
    return "";
}

void evaluate_plan(Plan& plan) {
    for (EvaluationRow& row : plan.evaluation.rows) {
        if (row.kpi.empty()) continue;
        for (const Kpi& k : plan.kpis)
            if (k.id == row.kpi) {
                row.rate = achievement_rate(k, row.year, plan.evaluation.scale.method);
                row.change = change_from_baseline(k, row.year);
                const std::vector<GradeScale>& scales = plan.evaluation.scale.scales;
                row.marks.resize(scales.size());
                for (size_t i = 0; i < scales.size(); ++i)
                    if (scales[i].grades_subject(SubjectKind::Kpi))
                        row.marks[i].computed = computed_grade(scales[i], row.rate, row.change);
            }
    }
}

}  // namespace planpub
