#include "opendata/evaluation_table.hpp"

#include <cstdio>

#include "opendata/csv_writer.hpp"
#include "opendata/plan.hpp"
#include "text/era_year.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

std::string subject_name(const Plan& plan, const EvaluationRow& r, int& goal) {
    for (const Kpi& k : plan.kpis)
        if (!r.kpi.empty() && k.id == r.kpi) return goal = k.goal, k.name;
    if (!r.project.empty()) {
        EvaluationRow of_measure;  // the goal of its measure, if any
        of_measure.year = r.year;
        of_measure.measure = r.measure;
        subject_name(plan, of_measure, goal);
        return r.project;
    }
    for (const Goal& g : plan.goals)
        for (const Pillar& p : g.pillars)
            for (const Measure& m : p.measures)
                if (m.id == r.measure) return goal = g.number, m.title;
    return "";
}

std::string grade_label(const GradeScale& scale, const std::string& key) {
    for (const Grade& g : scale.grades)
        if (g.key == key) return g.label;
    return "";
}

const char* kind_word(SubjectKind k) {
    return k == SubjectKind::Kpi ? "指標" : k == SubjectKind::Project ? "事業" : "施策";
}

// 82.5: one decimal, no separators (a number column Excel and CSVW read as such).
std::string bare_rate(double percent) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", percent);
    return buf;
}

// Made once and shared by every plan's evaluation.csv (Columns).
const Columns& evaluation_columns() {
    static const Columns columns = with_lead(
        {{"plan_id", "計画ID", "string", "計画の識別子"},
         {"plan_title", "計画名", "string", "計画の名称"},
         {"year", "年度", "integer", "評価した年度（西暦。4月に始まる年）"},
         {"year_wareki", "年度_和暦", "string", "評価した年度の和暦"},
         {"subject_kind", "対象区分", "string", "指標（KPI）、施策、事業（交付金事業など）のどれか"},
         {"subject_id", "対象ID", "string", "KPIのID、施策のID、または事業名"},
         {"measure_id", "事業の施策ID", "string", "事業が属する施策のID（事業の行だけ）"},
         {"subject_name", "対象名", "string", "指標名、施策名または事業名"},
         {"goal", "基本目標", "integer", "対象が属する基本目標の番号（共通の指標は空欄）"},
         {"achievement_rate", "達成率", "decimal",
          "達成率（％、小数第1位まで）。計算できないときは空欄で、理由は達成率_備考に記載"},
         {"rate_method", "達成率_算定方法", "string", "達成率の式"},
         {"rate_note", "達成率_備考", "string", "達成率の計算に使った値、または計算できない理由"},
         {"change_from_baseline", "基準値からの変化率", "decimal",
          "実績値の基準値からの変化（％、小数第1位まで。目指す向きへの変化をプラス）。計算できないときは空欄"},
         {"change_note", "基準値からの変化_備考", "string", "変化率の計算に使った値、または計算できない理由"},
         {"scale", "評価軸", "string", "評価の尺度の名前（改善・悪化、達成度など。計画に尺度が一つなら 評価）"},
         {"grade", "評価", "string", "評価（市が記入したもの、なければ数値から算定したもの）"},
         {"grade_label", "評価_意味", "string", "評価の意味"},
         {"grade_source", "評価_区分", "string", "市の評価か、数値から算定した評価か"},
         {"computed_grade", "算定評価", "string", "数値から算定した評価"},
         {"comment", "内部評価", "string", "市の内部評価の意見"},
         {"review", "外部評価", "string", "外部有識者会議などの意見"},
         {"next_step", "今後の方向性", "string", "拡充・継続・改善・縮小・廃止など"},
         {"budget", "事業費", "string", "事業費（書かれたとおり）"}});
    return columns;
}

}  // namespace

std::optional<DataFile> evaluation_table(const Plan& plan) {
    if (plan.evaluation.rows.empty()) return std::nullopt;
    const std::string code = plan.publisher.local_government_code;
    const std::string muni = plan.publisher.prefecture + plan.publisher.name;
    DataFile f = csv_file(
        code + "-" + plan.id + "-evaluation", plan_file_prefix(plan) + "evaluation.csv",
        plan.title + " 効果検証（年度ごとの評価）",
        "KPI・施策・事業を年度ごとに評価した結果（達成率、評価、内部評価・外部評価の意見、今後の方向性）を、評価軸ごとに1行ずつ並べた表です。",
        evaluation_columns());
    CsvWriter w(titles(f.columns), datatypes(f.columns));
    const std::string method = rate_formula(plan.evaluation.scale.method);
    const std::vector<GradeScale>& scales = plan.evaluation.scale.scales;
    for (const EvaluationRow& r : plan.evaluation.rows) {
        int goal = 0;
        const std::string name = subject_name(plan, r, goal);
        const bool is_kpi = r.kind() == SubjectKind::Kpi;
        const std::string subject = is_kpi ? r.kpi : r.project.empty() ? r.measure : r.project;
        // One row per scale that grades the subject (one with empty marks when none does): long format.
        std::vector<size_t> axes;
        for (size_t i = 0; i < scales.size(); ++i)
            if (scales[i].grades_subject(r.kind())) axes.push_back(i);
        if (axes.empty()) axes.push_back(scales.size());
        for (size_t i : axes) {
            const bool on_scale = i < scales.size();
            const Mark m = on_scale && i < r.marks.size() ? r.marks[i] : Mark{};
            const std::string id = plan.id + "-" + (r.project.empty() ? "" : "project-") + subject + "-" +
                                   std::to_string(r.year.year) +
                                   (on_scale && scales.size() > 1 ? "-" + scales[i].id : "");
            w.row({code,
                   id,
                   muni,
                   plan.id,
                   plan.title,
                   std::to_string(r.year.year),
                   wareki(r.year),
                   kind_word(r.kind()),
                   subject,
                   r.project.empty() ? "" : r.measure,
                   name,
                   goal ? std::to_string(goal) : "",
                   r.rate.percent ? bare_rate(*r.rate.percent) : "",
                   is_kpi ? method : "",
                   r.rate.percent ? r.rate.basis : r.rate.reason,
                   r.change.percent ? bare_rate(*r.change.percent) : "",
                   is_kpi ? (r.change.percent ? r.change.basis : r.change.reason) : "",
                   on_scale ? scales[i].name : "",
                   m.shown(),
                   on_scale ? grade_label(scales[i], m.shown()) : "",
                   m.shown().empty()   ? ""
                   : m.written.empty() ? "数値から算定"
                                       : "市の評価",
                   m.computed,
                   r.comment,
                   r.review,
                   r.next_step,
                   r.budget});
        }
    }
    f.bytes = w.bytes();
    return f;
}

}  // namespace planpub
