#include "link/kpi_progress.hpp"

#include <algorithm>
#include <cmath>

#include "text/era_year.hpp"
#include "vocab/figures.hpp"

namespace planpub {

namespace {

Progress status(ProgressStatus s, std::string reason) { return {s, std::move(reason)}; }

// Every figure of the sentence with as many decimals as the most precise of them, so that an
// observed 49.6 is not shown as 50 beside a target of 50 it has not reached.
int figure_decimals(const Kpi& k) {
    int decimals = std::max(k.baseline.decimals, k.target.decimals);
    for (const Observation& o : k.observations)
        if (o.value.number) decimals = std::max(decimals, o.value.decimals);
    return decimals;
}

std::string fig(double v, const Kpi& k) { return format_number(v, figure_decimals(k)) + k.unit; }

// A guide value (目安) next to the observed one: with more decimals where rounding would make
// the two look equal (実績 39件 … 目安 39件 に届いていません when the guide is 38.8).
std::string guide(double expected, double observed, const Kpi& k) {
    std::string shown = fig(expected, k);
    const int decimals = figure_decimals(k);
    for (int extra = 1; extra <= 3 && expected != observed && shown == fig(observed, k); ++extra)
        shown = format_number(expected, decimals + extra) + k.unit;
    return shown;
}

// An average over the period (年平均1,890人, 1,890人（2021～2026年度平均）): the mean of the figures
// observed in the period so far. 達成 only once the period's last year is in, since a later year
// can still pull the mean below the target; before that 順調 while the mean is on the right side.
Progress average_progress(const Kpi& k, bool up) {
    if (!k.target.number) return status(ProgressStatus::NotEvaluated, "平均の目標値がありません。");
    int first = k.target.span_from > 0 ? k.target.span_from : k.baseline_year ? k.baseline_year->year + 1 : 0;
    int last = k.target.span_to > 0 ? k.target.span_to : k.target_year ? k.target_year->year : 1 << 30;
    double sum = 0;
    int n = 0, latest = 0;
    for (const Observation& o : k.observations)
        if (o.value.number && o.year.year >= first && o.year.year <= last) {
            sum += *o.value.number;
            ++n;
            latest = std::max(latest, o.year.year);
        }
    if (n == 0) return status(ProgressStatus::NotEvaluated, "目標の期間内の実績値がまだありません。");
    const double mean = sum / n, t = *k.target.number;
    const bool good = up ? mean >= t : mean <= t;
    std::string s =
        "期間内の実績 " + std::to_string(n) + "年分の平均 " + fig(mean, k) + "（目標 平均" + fig(t, k) + "）";
    if (!good) return status(ProgressStatus::NeedsEffort, s + "で、目標に届いていません。");
    if (latest >= last) return status(ProgressStatus::Achieved, s + "で、期間の平均が目標に達しています。");
    return status(ProgressStatus::OnTrack, s + "で、ここまでの平均は目標に達しています。");
}

}  // namespace

Progress evaluate_progress(const Kpi& k) {
    const Observation* latest = nullptr;
    for (const Observation& o : k.observations)
        if (o.value.number) latest = &o;
    if (k.target_kind == TargetKind::Qualitative)
        return status(ProgressStatus::NotEvaluated, "定性的な目標のため、数値による自動評価は行いません。");
    if (!latest) return status(ProgressStatus::NotEvaluated, "実績値がまだありません。");
    double v = *latest->value.number;
    std::string when = display_year(latest->year);
    bool up = k.direction != Direction::Decrease;

    if (k.target_kind == TargetKind::Cumulative) {
        if (!k.target.number) return status(ProgressStatus::NotEvaluated, "累計の目標値がありません。");
        double sum = 0;
        // The period written with the target (2021～2026年度累計), else the years after the baseline.
        int first = k.target.span_from > 0 ? k.target.span_from : k.baseline_year ? k.baseline_year->year + 1 : 0;
        for (const Observation& o : k.observations)
            if (o.value.number && o.year.year >= first) sum += *o.value.number;
        double t = *k.target.number;
        if (!up) {  // a ceiling (5年間で10件以下): within it or over it; only the period's end could say 達成
            std::string s = "累計 " + fig(sum, k) + "（上限 " + fig(t, k) + "）";
            return sum <= t ? status(ProgressStatus::OnTrack, s + "で、上限の範囲内です。")
                            : status(ProgressStatus::NeedsEffort, s + "で、上限を超えています。");
        }
        std::string s = "累計 " + fig(sum, k) + "（目標 " + fig(t, k) + "）";
        if (sum >= t) return status(ProgressStatus::Achieved, s + "で、目標に達しています。");
        if (k.cumulative_years > 0 && k.baseline_year) {
            int elapsed = latest->year.year - k.baseline_year->year;
            double expected = t * std::min(1.0, static_cast<double>(elapsed) / k.cumulative_years);
            return status(sum >= expected ? ProgressStatus::OnTrack : ProgressStatus::NeedsEffort,
                          s + "。" + std::to_string(elapsed) + "年経過時点の目安 " + guide(expected, sum, k) +
                              (sum >= expected ? " 以上です。" : " に届いていません。"));
        }
        return status(ProgressStatus::NeedsEffort, s + "で、目標に届いていません。");
    }
    if (k.target_kind == TargetKind::Average) return average_progress(k, up);
    if (!k.baseline.number)
        return status(ProgressStatus::NotEvaluated, "基準値が数値でないため、推移を評価できません。");
    double b = *k.baseline.number;
    if (k.target_kind == TargetKind::Maintain || k.target_kind == TargetKind::Direction) {
        bool keep = k.target_kind == TargetKind::Maintain;
        bool good = keep ? (up ? v >= b : v <= b) : (up ? v > b : v < b);
        std::string s = when + "の実績 " + fig(v, k) + "（基準値 " + fig(b, k) + "）";
        return status(good ? ProgressStatus::OnTrack : ProgressStatus::NeedsEffort,
                      s + (good ? (keep ? "で、基準値を保っています。" : "で、目指す方向に動いています。")
                                : (keep ? (up ? "で、基準値を下回っています。" : "で、基準値を上回っています。")
                                        : "で、目指す方向に動いていません。")));
    }
    if (!k.target.number) return status(ProgressStatus::NotEvaluated, "目標値が数値でないため、評価できません。");
    double t = *k.target.number;
    std::string s = when + "の実績 " + fig(v, k) + "（基準値 " + fig(b, k) + " → 目標値 " + fig(t, k) + "）";
    if (t == b && k.direction == Direction::None)  // 0人 → 0人: fewer is better? more? not said
        return status(
            ProgressStatus::NotEvaluated,
            s + "。目標値が基準値と同じで、増やすか減らすか（方向性）が書かれていないため、評価していません。");
    if (up ? v >= t : v <= t) return status(ProgressStatus::Achieved, s + "で、目標値に達しています。");
    if (!k.baseline_year || !k.target_year)
        return status(ProgressStatus::NeedsEffort,
                      s + "で、目標値に届いていません（年度が無いため途中の目安は計算していません）。");
    // The straight path from baseline to target: where the KPI should be by the latest year. In
    // months, so that a fiscal and a calendar year of the same number are not the same point.
    int span = start_month(*k.target_year) - start_month(*k.baseline_year);
    if (span <= 0)  // kpi.target-before-baseline: there is no path
        return status(
            ProgressStatus::NeedsEffort,
            s + "で、目標値に届いていません（目標年度が基準年度より後でないため途中の目安は計算していません）。");
    double share = static_cast<double>(start_month(latest->year) - start_month(*k.baseline_year)) / span;
    share = std::clamp(share, 0.0, 1.0);
    double expected = b + (t - b) * share;
    bool on_track = up ? v >= expected : v <= expected;
    return status(on_track ? ProgressStatus::OnTrack : ProgressStatus::NeedsEffort,
                  s + "。基準値から目標値へ一定の割合で進む場合の" + when + "の目安 " + guide(expected, v, k) +
                      (on_track ? " に達しています。" : " に届いていません。"));
}

}  // namespace planpub
