// Words shown to readers, one home for all outputs (pages, feed, open data): the labels of the
// model's enums in Japanese and as stable keys, licence names and URIs, dates for display.
#pragma once
#include <string>

#include "model/evaluation.hpp"
#include "model/kpi.hpp"
#include "model/site.hpp"

namespace planpub {

std::string status_label(PlanStatus s);        // 案 / 策定済み / 改訂版
std::string status_key(PlanStatus s);          // draft / adopted / revised
std::string progress_label(ProgressStatus s);  // 達成 / 順調 / 要努力 / 未評価
std::string progress_key(ProgressStatus s);    // achieved / on-track / needs-effort / not-evaluated
std::string target_kind_label(TargetKind k);   // 水準 / 累計 / 平均 / 維持 / 方向 / 定性
std::string direction_label(Direction d);      // 増加 / 減少 / 維持
// How an achievement rate is computed, as a formula a resident reads (達成率 ＝ …).
std::string rate_formula(RateMethod m);
std::string rate_method_key(RateMethod m);  // progress / ratio / path
// 82.5% (one decimal), or — when there is no rate.
std::string display_rate(const std::optional<double>& percent);
std::string grade_rule_text(const Grade& g);  // 達成率 60% 以上 …
// The heading over a goal's KPIs: 基本目標1　しごとをつくる, or 基本目標に共通の指標 for goal 0 (or
// a number the plan does not have).
std::string goal_heading(const Plan& plan, int number);
std::string display_date(const std::string& iso);  // 2024-03-11 → 2024年3月11日
// The licence's name and URI (CC-BY-4.0, CC0-1.0, PDL-1.0 公共データ利用規約 第1.0版).
std::string license_name(const std::string& id);
std::string license_uri(const std::string& id);

}  // namespace planpub
