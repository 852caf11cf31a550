#include "render/evaluation_pages.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "render/evaluation_marks.hpp"
#include "render/grade_chart.hpp"
#include "render/kpi_html.hpp"
#include "render/opendata_page.hpp"
#include "text/era_year.hpp"
#include "vocab/figures.hpp"
#include "vocab/routes.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

using mustache::data;

const Kpi* find_kpi(const Plan& plan, const std::string& id) {
    for (const Kpi& k : plan.kpis)
        if (k.id == id) return &k;
    return nullptr;
}

// 2026年度（令和8年度）: the fiscal year an evaluation is of.
std::string fiscal_year_label(int year) {
    Year fy;
    fy.year = year;
    return display_year(fy);
}

// The fiscal years the printed sheet has a column for: from the plan's first year (or the first
// year evaluated) up to the year evaluated.
std::vector<int> sheet_years(const Plan& plan, int year) {
    int first = plan.period.from.year;
    for (const EvaluationRow& r : plan.evaluation.rows)
        if (first <= 0 || r.year.year < first) first = r.year.year;
    std::vector<int> years;
    for (int y = std::max(first, year - 9); y <= year; ++y) years.push_back(y);  // at most ten columns
    return years;
}

const EvaluationRow* row_for(const Plan& plan, const std::string& kpi, const std::string& measure, int year) {
    for (const EvaluationRow& r : plan.evaluation.rows)
        if (r.kpi == kpi && r.measure == measure && r.project.empty() && r.year.year == year) return &r;
    return nullptr;
}

// The city's own words for a row: its marks (written wins; a computed one is shown as such), comments.
void put_verdict(data& d, const Plan& plan, const EvaluationRow& r, const std::vector<size_t>& scales) {
    d.set("marks", marks_data(plan, r, scales));
    d.set("comment", r.comment);
    d.set("has_comment", data(!r.comment.empty()));
    d.set("review", r.review);
    d.set("has_review", data(!r.review.empty()));
    d.set("next_step", r.next_step);
    d.set("has_next_step", data(!r.next_step.empty()));
    d.set("budget", r.budget);
    d.set("has_budget", data(!r.budget.empty()));
}

data kpi_data(const Plan& plan, const Kpi& k, const EvaluationRow& r, int year) {
    data d;
    d.set("name", k.name);
    d.set("baseline",
          display_figure(k.baseline, k.unit) + (k.baseline_year ? "（" + display_year(*k.baseline_year) + "）" : ""));
    d.set("target",
          display_figure(k.target, k.unit) + (k.target_year ? "（" + display_year(*k.target_year) + "）" : ""));
    data actuals = data::type::list;
    for (const Observation& o : k.observations) {
        if (o.year.year > year) continue;
        data a;
        a.set("year", display_year(o.year));
        a.set("value", o.value.empty() ? std::string("—") : display_figure(o.value, k.unit));
        actuals.push_back(a);
    }
    d.set("actuals", actuals);
    // The printed sheet: one cell per fiscal year of the plan so far, "—" where none was observed.
    data cells = data::type::list;
    for (int y : sheet_years(plan, year)) {
        std::string value = "—";
        for (const Observation& o : k.observations)
            if (o.year.year == y && !o.value.empty()) value = display_figure(o.value, k.unit);
        data c;
        c.set("value", value);
        cells.push_back(c);
    }
    d.set("sheet_actuals", cells);
    d.set("rate", display_rate(r.rate.percent));
    d.set("has_rate", data(r.rate.percent.has_value()));
    d.set("basis", r.rate.basis);
    d.set("rate_reason", r.rate.reason);
    d.set("change_from_baseline", r.change.percent ? (*r.change.percent >= 0 ? "+" : "") +
                                                         display_rate(r.change.percent) + "（" + r.change.basis + "）"
                                                   : "—（" + r.change.reason + "）");
    // The trend against the year before (↑↓), apart from progress toward the target.
    const Observation *now = nullptr, *before = nullptr;
    for (const Observation& o : k.observations) {
        if (o.value.number && o.year.year == year) now = &o;
        if (o.value.number && o.year.year == year - 1) before = &o;
    }
    d.set("has_trend", data(now && before));
    if (now && before) {
        const double a = *before->value.number, b = *now->value.number;
        d.set("trend", std::string(b > a   ? "↑ 増加"
                                   : b < a ? "↓ 減少"
                                           : "→ 横ばい") +
                           "（" + display_figure(before->value, k.unit) + " → " + display_figure(now->value, k.unit) +
                           "）");
    }
    // The year before, where it was evaluated: the change in points.
    if (const EvaluationRow* prev = row_for(plan, k.id, "", year - 1); prev && prev->rate.percent && r.rate.percent) {
        const double change = *r.rate.percent - *prev->rate.percent;
        d.set("has_change", data(true));
        d.set("change", "前年度 " + display_rate(prev->rate.percent) + " から " + (change >= 0 ? "+" : "−") +
                            format_number(std::abs(change), 1) + "ポイント");
    } else {
        d.set("has_change", data(false));
    }
    put_verdict(d, plan, r, scales_for(plan, SubjectKind::Kpi));
    // Actuals up to the year against the path to the target: how far off the path it is, at a glance.
    d.set("chart", render_kpi_chart(k, {"-e", year, "数値は上の基準値・目標値・実績のとおり。"}));
    return d;
}

void put_scales(data& d, const Plan& plan) {
    d.set("scales", scale_legends(plan));
    d.set("has_scale", data(!plan.evaluation.scale.scales.empty()));
    d.set("several_scales", data(plan.evaluation.scale.scales.size() > 1));
}

// For each scale that grades KPIs: how many KPIs of each goal got each of its grades that year.
data grade_counts(const Plan& plan, int year) {
    data tables = data::type::list;
    for (size_t i : scales_for(plan, SubjectKind::Kpi)) {
        const GradeScale& scale = plan.evaluation.scale.scales[i];
        std::map<int, std::map<std::string, int>> counts;
        for (const EvaluationRow& r : plan.evaluation.rows)
            if (r.year.year == year && !r.kpi.empty())
                if (const Kpi* k = find_kpi(plan, r.kpi))
                    ++counts[k->goal][i < r.marks.size() ? r.marks[i].shown() : std::string()];
        data rows = data::type::list;
        for (const auto& [goal, by_grade] : counts) {
            data row;
            row.set("goal", goal_heading(plan, goal));
            data cells = data::type::list;
            // Explicit init-capture: clang before 16 cannot capture a structured binding.
            auto count = [&cells, &in_goal = by_grade](const std::string& key) {
                auto it = in_goal.find(key);
                data c;
                c.set("count", std::to_string(it == in_goal.end() ? 0 : it->second));
                cells.push_back(c);
            };
            for (const Grade& g : scale.grades) count(g.key);
            count("");
            row.set("cells", cells);
            rows.push_back(row);
        }
        data grades = data::type::list;
        std::vector<std::string> legend;
        for (const Grade& g : scale.grades) grades.push_back(data(g.key)), legend.push_back(g.key);
        legend.push_back("評価なし");
        std::vector<GradeBar> bars;
        for (const auto& [goal, by_grade] : counts) {
            GradeBar bar{goal_heading(plan, goal), {}};
            for (const std::string& key : legend) {
                auto it = by_grade.find(key == "評価なし" ? std::string() : key);
                bar.counts.push_back(it == by_grade.end() ? 0 : it->second);
            }
            bars.push_back(std::move(bar));
        }
        data table;
        table.set("chart", render_grade_chart("grades-" + std::to_string(year) + "-" + std::to_string(i),
                                              fiscal_year_label(year) + "の" + scale.name, legend, bars));
        table.set("name", scale.name);
        table.set("grades", grades);
        table.set("rows", rows);
        tables.push_back(table);
    }
    return tables;
}

}  // namespace

std::vector<int> evaluated_years(const Plan& plan) {
    std::set<int> years;
    for (const EvaluationRow& r : plan.evaluation.rows) years.insert(r.year.year);
    return {years.begin(), years.end()};
}

std::string render_evaluation_year(Templates& t, const RenderContext& ctx, const Plan& plan, int year) {
    const std::string here = routes::plan_evaluation_year(plan.id, year);
    const std::string title = fiscal_year_label(year) + "の効果検証";
    data d;
    d.set("title", title);
    d.set("plan_title", plan.title);
    d.set("formula", rate_formula(plan.evaluation.scale.method));
    put_scales(d, plan);
    bool change_rules = false;
    for (const GradeScale& s : plan.evaluation.scale.scales)
        for (const Grade& g : s.grades) change_rules = change_rules || g.min_change || g.over_change;
    d.set("shows_change", data(change_rules));
    const std::vector<size_t> kpi_scales = scales_for(plan, SubjectKind::Kpi);
    const std::vector<size_t> other_scales = scales_for_measures_and_projects(plan);
    d.set("kpi_scales", scale_headings(plan, kpi_scales));
    d.set("other_scales", scale_headings(plan, other_scales));
    d.set("kpi_url", plan.kpis.empty() ? std::string() : routes::relative_url(here, routes::plan_kpi(plan.id)));
    // The year's Excel evaluation sheet, where the open data has it (a plan with a municipal code).
    const std::string sheet = routes::plan_evaluation_sheet(plan.publisher.local_government_code, plan.id, year);
    auto size = ctx.file_sizes.find(sheet);
    d.set("sheet_url", size == ctx.file_sizes.end() ? std::string() : routes::relative_url(here, sheet));
    d.set("sheet_size", size == ctx.file_sizes.end() ? std::string() : display_size(size->second));
    std::map<int, data> kpis_by_goal;
    for (const EvaluationRow& r : plan.evaluation.rows)
        if (r.year.year == year && !r.kpi.empty())
            if (const Kpi* k = find_kpi(plan, r.kpi)) {
                if (!kpis_by_goal.count(k->goal)) kpis_by_goal[k->goal] = data::type::list;
                kpis_by_goal[k->goal].push_back(kpi_data(plan, *k, r, year));
            }
    data goals = data::type::list;
    for (auto& [number, list] : kpis_by_goal) {
        data g;
        g.set("heading", goal_heading(plan, number));
        g.set("id", "goal-" + std::to_string(number));
        g.set("kpis", list);
        goals.push_back(g);
    }
    d.set("goals", goals);
    data year_heads = data::type::list;
    for (int y : sheet_years(plan, year)) year_heads.push_back(data(std::to_string(y) + "年度"));
    d.set("sheet_years", year_heads);
    d.set("sheet_columns", std::to_string(7 + kpi_scales.size() + sheet_years(plan, year).size()));
    // Measures in the plan's order, then projects in the file's, each with its measure and goal.
    data measures = data::type::list;
    auto add = [&](const EvaluationRow& r, const std::string& title, const std::string& kind, int goal) {
        data md;
        md.set("title", title);
        md.set("kind", kind);
        md.set("goal", goal ? "基本目標" + std::to_string(goal) : std::string());
        put_verdict(md, plan, r, other_scales);
        measures.push_back(md);
    };
    for (const Goal& g : plan.goals)
        for (const Pillar& p : g.pillars)
            for (const Measure& m : p.measures)
                if (const EvaluationRow* r = row_for(plan, "", m.id, year)) add(*r, m.title, "施策", g.number);
    for (const EvaluationRow& r : plan.evaluation.rows)
        if (r.year.year == year && !r.project.empty()) {
            int goal = 0;
            std::string under;
            for (const Goal& g : plan.goals)
                for (const Pillar& p : g.pillars)
                    for (const Measure& m : p.measures)
                        if (m.id == r.measure) goal = g.number, under = "（施策：" + m.title + "）";
            add(r, r.project + under, "事業", goal);
        }
    d.set("has_measures", data(!measures.is_empty_list()));
    d.set("measures", measures);
    std::vector<std::pair<std::string, std::string>> crumbs = {
        {"計画の一覧", routes::relative_url(here, routes::home())},
        {plan.short_title, routes::relative_url(here, routes::plan(plan.id))},
        {"効果検証", routes::relative_url(here, routes::plan_evaluation(plan.id))},
        {fiscal_year_label(year), ""}};
    return render_in_layout(t, ctx, 3, title + "｜" + plan.short_title, t.render("evaluation_year", d), crumbs,
                            plan_updated(plan, ctx), plan.title + "の" + title);
}

std::string render_evaluation_index(Templates& t, const RenderContext& ctx, const Plan& plan) {
    const std::string here = routes::plan_evaluation(plan.id);
    data d;
    d.set("plan_title", plan.title);
    d.set("formula", rate_formula(plan.evaluation.scale.method));
    put_scales(d, plan);
    data years = data::type::list;
    for (int y : evaluated_years(plan)) {
        data yd;
        yd.set("year", fiscal_year_label(y));
        yd.set("url", routes::relative_url(here, routes::plan_evaluation_year(plan.id, y)));
        yd.set("tables", grade_counts(plan, y));
        years.push_back(yd);
    }
    d.set("years", years);
    std::vector<std::pair<std::string, std::string>> crumbs = {
        {"計画の一覧", routes::relative_url(here, routes::home())},
        {plan.short_title, routes::relative_url(here, routes::plan(plan.id))},
        {"効果検証", ""}};
    return render_in_layout(t, ctx, 2, "効果検証｜" + plan.short_title, t.render("evaluation", d), crumbs,
                            plan_updated(plan, ctx), plan.title + "の効果検証（年度ごとの評価）");
}

}  // namespace planpub
