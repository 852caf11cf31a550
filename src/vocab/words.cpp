#include "vocab/words.hpp"

#include <vector>

#include "vocab/figures.hpp"

namespace planpub {

std::string status_label(PlanStatus s) {
    switch (s) {
        case PlanStatus::Draft:
            return "案";
        case PlanStatus::Adopted:
            return "策定済み";
        case PlanStatus::Revised:
            return "改訂版";
    }
    return {};
}

std::string status_key(PlanStatus s) {
    switch (s) {
        case PlanStatus::Draft:
            return "draft";
        case PlanStatus::Adopted:
            return "adopted";
        case PlanStatus::Revised:
            return "revised";
    }
    return {};
}

std::string display_date(const std::string& iso) {
    if (iso.size() == 7 && iso[4] == '-')  // a month without a day: 2020年3月
        return std::to_string(std::stoi(iso.substr(0, 4))) + "年" + std::to_string(std::stoi(iso.substr(5, 2))) + "月";
    if (iso.size() != 10) return iso;
    return std::to_string(std::stoi(iso.substr(0, 4))) + "年" + std::to_string(std::stoi(iso.substr(5, 2))) + "月" +
           std::to_string(std::stoi(iso.substr(8, 2))) + "日";
}

std::string license_name(const std::string& id) {
    if (id == "CC-BY-4.0") return "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）";
    if (id == "CC0-1.0") return "CC0 1.0 全世界 パブリック・ドメイン提供";
    if (id == "PDL-1.0") return "公共データ利用規約（第1.0版）";
    return id;
}

std::string license_uri(const std::string& id) {
    if (id == "CC-BY-4.0") return "https://creativecommons.org/licenses/by/4.0/";
    if (id == "CC0-1.0") return "https://creativecommons.org/publicdomain/zero/1.0/";
    if (id == "PDL-1.0") return "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";
    return id;
}

std::string progress_label(ProgressStatus s) {
    switch (s) {
        case ProgressStatus::Achieved:
            return "達成";
        case ProgressStatus::OnTrack:
            return "順調";
        case ProgressStatus::NeedsEffort:
            return "要努力";
        case ProgressStatus::NotEvaluated:
            return "未評価";
    }
    return {};
}

std::string progress_key(ProgressStatus s) {
    switch (s) {
        case ProgressStatus::Achieved:
            return "achieved";
        case ProgressStatus::OnTrack:
            return "on-track";
        case ProgressStatus::NeedsEffort:
            return "needs-effort";
        case ProgressStatus::NotEvaluated:
            return "not-evaluated";
    }
    return {};
}

std::string target_kind_label(TargetKind k) {
    switch (k) {
        case TargetKind::Level:
            return "水準";
        case TargetKind::Cumulative:
            return "累計";
        case TargetKind::Average:
            return "平均";
        case TargetKind::Maintain:
            return "維持";
        case TargetKind::Direction:
            return "方向";
        case TargetKind::Qualitative:
            return "定性";
    }
    return {};
}

std::string direction_label(Direction d) {
    switch (d) {
        case Direction::Increase:
            return "増加";
        case Direction::Decrease:
            return "減少";
        case Direction::Maintain:
            return "維持";
        default:
            return "";
    }
}

std::string rate_formula(RateMethod m) {
    if (m == RateMethod::Path)
        return "達成率 ＝（実績値 − 基準値）÷（その年度の計画値 − 基準値）× 100。計画値は、基準年度の基準値から目標年度の目標値まで"
               "毎年度同じだけ進むとしたときの値です（5年間の計画なら1年目に20％、2年目に40％）";
    if (m == RateMethod::Ratio) return "達成率 ＝ 実績値 ÷ 目標値 × 100（減少を目指す指標は 目標値 ÷ 実績値 × 100）";
    return "達成率 ＝（実績値 − 基準値）÷（目標値 − 基準値）× 100";
}

std::string rate_method_key(RateMethod m) {
    return m == RateMethod::Ratio ? "ratio" : m == RateMethod::Path ? "path" : "progress";
}

// "達成率 60% 以上", "基準値からの変化 −10% 以上": a grade's rule in the words of the scale tables.
std::string grade_rule_text(const Grade& g) {
    if (g.otherwise) return "数値で評価できる指標のうち、上のどれにも当たらないもの";
    if (g.no_figure) return "達成率や基準値からの変化を計算できない指標";
    auto pct = [](double v) {
        const bool whole = v == static_cast<long long>(v);
        return (v < 0 ? "−" : "") + format_number(v < 0 ? -v : v, whole ? 0 : 1) + "%";
    };
    std::vector<std::string> parts;
    if (g.min_rate) parts.push_back("達成率 " + pct(*g.min_rate) + " 以上");
    if (g.over_rate) parts.push_back("達成率 " + pct(*g.over_rate) + " 超");
    if (g.min_change) parts.push_back("基準値からの変化 " + pct(*g.min_change) + " 以上");
    if (g.over_change) parts.push_back("基準値からの変化 " + pct(*g.over_change) + " 超");
    if (parts.empty()) return "市が判断して記入";
    std::string text;
    for (const std::string& p : parts) text += (text.empty() ? "" : "、かつ ") + p;
    return text;
}

std::string display_rate(const std::optional<double>& percent) {
    if (!percent) return "—";
    return format_number(*percent, 1) + "%";
}

std::string goal_heading(const Plan& plan, int number) {
    for (const Goal& g : plan.goals)
        if (g.number == number) return "基本目標" + std::to_string(number) + "　" + g.title;
    return "基本目標に共通の指標";
}

}  // namespace planpub
