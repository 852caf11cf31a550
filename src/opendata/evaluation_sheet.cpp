#include "opendata/evaluation_sheet.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "opendata/dates.hpp"
#include "opendata/evaluation_sheet_formats.hpp"
#include "opendata/plan.hpp"
#include "opendata/xlsx_file.hpp"
#include "text/era_year.hpp"
#include "vocab/figures.hpp"
#include "vocab/routes.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

Year fiscal(int year) {
    Year y;
    y.year = year;
    return y;
}

const Kpi* find_kpi(const Plan& plan, const std::string& id) {
    for (const Kpi& k : plan.kpis)
        if (k.id == id) return &k;
    return nullptr;
}

// A figure that is just a number (1,200 / ６０．０ / 1200人 in a KPI counted in 人) goes into a
// number cell; anything more (累計, 以上, 年平均, 2,205千人 rescaled, a unit of its own, 基準値を維持,
// 調査中) stays text as written, so the sheet never shows a number the city did not write.
bool plain_number(const KpiFigure& f) {
    return f.number && f.wording.empty() && f.after.empty() && !f.arrow && !f.maintain && !f.plus && !f.rescaled &&
           f.unit_text.empty() && f.span == KpiFigure::Span::None && !f.bound;
}

// A rate or change as the evaluation CSV prints it (one decimal), so the two files hold the same figure.
double rate_figure(double percent) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", percent);
    return std::strtod(buf, nullptr);
}

void put_figure(SheetWriter& w, int row, int col, const KpiFigure& f) {
    if (f.empty())
        w.text(row, col, "—", w.fmt.center);
    else if (plain_number(f))
        w.number(row, col, *f.number, w.fmt.number(f.decimals));
    else
        w.text(row, col, f.source, w.fmt.text);
}

// The scales that grade `kind` (their indexes), or, for measures, those that grade measures or projects.
std::vector<size_t> scales_of(const Plan& plan, bool kpis) {
    std::vector<size_t> out;
    const auto& scales = plan.evaluation.scale.scales;
    for (size_t i = 0; i < scales.size(); ++i)
        if (kpis ? scales[i].grades_subject(SubjectKind::Kpi)
                 : scales[i].grades_subject(SubjectKind::Measure) || scales[i].grades_subject(SubjectKind::Project))
            out.push_back(i);
    return out;
}

// 市の評価 / 数値から算定 (the CSV's 評価_区分), and the computed grade beside a written one that differs.
std::string mark_source(const Mark& m) {
    if (m.written.empty()) return m.computed.empty() ? "" : "数値から算定";
    if (!m.computed.empty() && m.computed != m.written) return "市の評価（数値からは " + m.computed + "）";
    return "市の評価";
}

// The 評価の区分 cell: one line per scale when the plan has several (改善・悪化：数値から算定).
std::string grade_source(const Plan& plan, const EvaluationRow& r, const std::vector<size_t>& scales) {
    std::string s;
    for (size_t i : scales) {
        const std::string one = i < r.marks.size() ? mark_source(r.marks[i]) : "";
        if (one.empty()) continue;
        s += (s.empty() ? "" : "\n") + (scales.size() > 1 ? plan.evaluation.scale.scales[i].name + "：" : "") + one;
    }
    return s;
}

std::string shown_mark(const EvaluationRow& r, size_t i) { return i < r.marks.size() ? r.marks[i].shown() : ""; }

// What the rate was computed from, or why there is none; and why there is no change from the
// baseline, where that is another reason.
std::string rate_note(const EvaluationRow& r) {
    std::string note = r.rate.percent ? r.rate.basis : r.rate.reason;
    if (!r.change.percent && !r.change.reason.empty() && r.change.reason != r.rate.reason)
        note += (note.empty() ? "" : "\n") + std::string("基準値からの変化：") + r.change.reason;
    return note;
}

std::string scale_note(const Plan& plan) {
    std::string s;
    for (const GradeScale& scale : plan.evaluation.scale.scales) {
        s += (s.empty() ? "" : "　") + scale.name + "の基準：";
        bool first = true;
        for (const Grade& g : scale.grades)
            s += std::string(first ? "" : "／") + g.key + (g.label.empty() ? "" : " " + g.label) + "（" +
                 grade_rule_text(g) + "）",
                first = false;
    }
    return s;
}

// The title block every sheet starts with: the title, the municipality and what the rate is.
void title_rows(SheetWriter& w, const Plan& plan, int year, int last_col, const std::string& what) {
    w.merge(0, 0, last_col,
            plan.title + "　" + wareki(fiscal(year)) + "（" + std::to_string(year) + "年度）効果検証" + what,
            w.fmt.title);
    w.row_height(0, 24);
    w.merge(1, 0, last_col,
            plan.publisher.prefecture + plan.publisher.name + "　" + rate_formula(plan.evaluation.scale.method) +
                "（％、小数第1位まで）",
            w.fmt.note);
    w.merge(2, 0, last_col, scale_note(plan), w.fmt.note);
}

struct KpiLine {
    const Kpi* kpi;
    const EvaluationRow* row;
};

void kpi_sheet(SheetWriter& w, const Plan& plan, int year) {
    std::map<int, std::vector<KpiLine>> by_goal;  // in goal order, the rows in file order
    for (const EvaluationRow& r : plan.evaluation.rows)
        if (r.year.year == year && !r.kpi.empty())
            if (const Kpi* k = find_kpi(plan, r.kpi)) by_goal[k->goal].push_back({k, &r});
    // The actuals of every fiscal year of the plan so far, up to the year evaluated.
    std::vector<int> years;
    for (int y = std::min(plan.period.from.year, year); y <= year; ++y) years.push_back(y);
    const int first_actual = 8, rate_col = first_actual + static_cast<int>(years.size());
    const std::vector<size_t> scales = scales_of(plan, true);
    std::vector<std::pair<std::string, double>> after = {
        {"達成率（%）", 8}, {"基準値からの変化率（%）", 9}, {"達成率の根拠・備考", 20}};
    for (size_t i : scales) after.push_back({plan.evaluation.scale.scales[i].name, 7});
    for (auto c :
         {std::pair<std::string, double>{"評価の区分", 11}, {"内部評価", 26}, {"外部評価", 26}, {"今後の\n方向性", 8}})
        after.push_back(c);
    const int grade_col = rate_col + 3, source_col = grade_col + static_cast<int>(scales.size());
    const int last_col = rate_col + static_cast<int>(after.size()) - 1;
    title_rows(w, plan, year, last_col, "（指標）");
    // Two header rows: 基準値・目標値 over 値 and 年度, 実績値 over each year; the rest span both.
    const std::vector<std::pair<const char*, double>> lead = {
        {"基本\n目標", 5}, {"No.", 4}, {"指標（KPI）", 22}, {"単位", 6}};
    for (int c = 0; c < 4; ++c) w.header(3, c, 4, c, lead[c].first, lead[c].second);
    w.header(3, 4, 3, 5, "基準値", 0);
    w.header(4, 4, 4, 4, "値", 10);
    w.header(4, 5, 4, 5, "年度", 10);
    w.header(3, 6, 3, 7, "目標値", 0);
    w.header(4, 6, 4, 6, "値", 13);
    w.header(4, 7, 4, 7, "年度", 10);
    w.header(3, first_actual, 3, rate_col - 1, "実績値", 0);
    for (size_t i = 0; i < years.size(); ++i) {
        const int c = first_actual + static_cast<int>(i);
        w.header(4, c, 4, c, wareki(fiscal(years[i])), 10);
    }
    for (size_t i = 0; i < after.size(); ++i) {
        const int c = rate_col + static_cast<int>(i);
        w.header(3, c, 4, c, after[i].first, after[i].second);
    }
    int row = 5, number = 0;
    for (const auto& [goal, lines] : by_goal) {
        w.merge(row++, 0, last_col, goal_heading(plan, goal), w.fmt.group);
        for (const KpiLine& l : lines) {
            const Kpi& k = *l.kpi;
            const EvaluationRow& r = *l.row;
            if (goal > 0)
                w.number(row, 0, goal, w.fmt.count);
            else
                w.text(row, 0, "共通", w.fmt.center);
            w.number(row, 1, ++number, w.fmt.count);
            w.text(row, 2, k.name, w.fmt.text);
            w.text(row, 3, k.unit, w.fmt.center);
            put_figure(w, row, 4, k.baseline);
            w.text(row, 5, k.baseline_year ? wareki(*k.baseline_year) : "", w.fmt.center);
            put_figure(w, row, 6, k.target);
            w.text(row, 7, k.target_year ? wareki(*k.target_year) : "", w.fmt.center);
            for (size_t i = 0; i < years.size(); ++i) {
                const Observation* obs = nullptr;
                for (const Observation& o : k.observations)
                    if (o.year.year == years[i]) obs = &o;
                put_figure(w, row, first_actual + static_cast<int>(i), obs ? obs->value : KpiFigure{});
            }
            if (r.rate.percent)
                w.number(row, rate_col, rate_figure(*r.rate.percent), w.fmt.rate);
            else
                w.text(row, rate_col, "—", w.fmt.center);
            if (r.change.percent)
                w.number(row, rate_col + 1, rate_figure(*r.change.percent), w.fmt.rate);
            else
                w.text(row, rate_col + 1, "—", w.fmt.center);
            w.text(row, rate_col + 2, rate_note(r), w.fmt.text);
            for (size_t i = 0; i < scales.size(); ++i)
                w.text(row, grade_col + static_cast<int>(i), shown_mark(r, scales[i]), w.fmt.center);
            w.text(row, source_col, grade_source(plan, r, scales), w.fmt.text);
            w.text(row, source_col + 1, r.comment, w.fmt.text);
            w.text(row, source_col + 2, r.review, w.fmt.text);
            w.text(row, source_col + 3, r.next_step, w.fmt.center);
            ++row;
        }
    }
    w.page_setup(5, 3, row - 1, last_col);
}

// Measures in the plan's order, each followed by the projects under it; then projects under no measure.
void measure_sheet(SheetWriter& w, const Plan& plan, int year) {
    const std::vector<size_t> scales = scales_of(plan, false);
    std::vector<std::pair<std::string, double>> cols = {{"基本\n目標", 5}, {"No.", 4}, {"施策・事業", 30}};
    for (size_t i : scales) cols.push_back({plan.evaluation.scale.scales[i].name, 7});
    for (auto c : {std::pair<std::string, double>{"評価の区分", 11},
                   {"内部評価", 36},
                   {"外部評価", 36},
                   {"今後の\n方向性", 8},
                   {"事業費", 14}})
        cols.push_back(c);
    const int last_col = static_cast<int>(cols.size()) - 1, source_col = 3 + static_cast<int>(scales.size());
    title_rows(w, plan, year, last_col, "（施策・事業）");
    for (int c = 0; c <= last_col; ++c) w.header(3, c, 3, c, cols[c].first, cols[c].second);
    int row = 4, number = 0;
    auto line = [&](const EvaluationRow& r, int goal, const std::string& title) {
        if (goal > 0) w.number(row, 0, goal, w.fmt.count);
        w.number(row, 1, ++number, w.fmt.count);
        w.text(row, 2, title, w.fmt.text);
        for (size_t i = 0; i < scales.size(); ++i)
            w.text(row, 3 + static_cast<int>(i), shown_mark(r, scales[i]), w.fmt.center);
        w.text(row, source_col, grade_source(plan, r, scales), w.fmt.text);
        w.text(row, source_col + 1, r.comment, w.fmt.text);
        w.text(row, source_col + 2, r.review, w.fmt.text);
        w.text(row, source_col + 3, r.next_step, w.fmt.center);
        w.text(row, source_col + 4, r.budget, w.fmt.text);  // as written (12,000千円): text, like the CSV
        ++row;
    };
    std::set<std::string> measures;
    for (const Goal& g : plan.goals) {
        bool heading = false;
        for (const Pillar& p : g.pillars)
            for (const Measure& m : p.measures) {
                measures.insert(m.id);
                for (bool projects : {false, true})  // the measure's own row, then its projects
                    for (const EvaluationRow& r : plan.evaluation.rows) {
                        if (r.year.year != year || r.measure != m.id || !r.kpi.empty()) continue;
                        if (r.project.empty() == projects) continue;
                        if (!heading) w.merge(row++, 0, last_col, goal_heading(plan, g.number), w.fmt.group);
                        heading = true;
                        line(r, g.number, projects ? "事業：" + r.project : m.title);
                    }
            }
    }
    bool heading = false;
    for (const EvaluationRow& r : plan.evaluation.rows)
        if (r.year.year == year && !r.project.empty() && !measures.count(r.measure)) {
            if (!heading) w.merge(row++, 0, last_col, "施策に属さない事業", w.fmt.group);
            heading = true;
            line(r, 0, "事業：" + r.project);
        }
    w.page_setup(4, 3, row - 1, last_col);
}

// The workbook's creation time: the plan's latest content date (the open data's own date, never
// the day of the build), else 1980-01-01 — so two builds of the same content give the same bytes.
time_t created(const Plan& plan) {
    const std::string d = plan_content_dates(plan).modified;
    int y = 1980, m = 1, day = 1;
    if (d.size() == 10) y = std::atoi(d.c_str()), m = std::atoi(d.c_str() + 5), day = std::atoi(d.c_str() + 8);
    // Days from 1970-01-01 to y-m-day in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<time_t>((era * 146097 + doe - 719468) * 86400);
}

}  // namespace

std::vector<DataFile> evaluation_sheets(const Plan& plan, std::vector<SheetProblem>& problems) {
    std::set<int> years;
    for (const EvaluationRow& r : plan.evaluation.rows) years.insert(r.year.year);
    std::vector<DataFile> out;
    const std::string code = plan.publisher.local_government_code;
    const std::string muni = plan.publisher.prefecture + plan.publisher.name;
    for (int year : years) {
        bool kpis = false, measures = false;
        for (const EvaluationRow& r : plan.evaluation.rows)
            if (r.year.year == year) (r.kpi.empty() ? measures : kpis) = true;
        DataFile f =
            data_file(code + "-" + plan.id + "-evaluation-" + std::to_string(year),
                      routes::plan_evaluation_sheet(code, plan.id, year),
                      plan.title + " " + wareki(fiscal(year)) + " 効果検証シート（Excel）",
                      "戦略会議などに提出する形の効果検証シートです。基本目標ごとに、指標の基準値・目標値・実績値、"
                      "達成率、評価、内部評価・外部評価、今後の方向性を示し、施策の評価は別のシートにあります。",
                      FileFormat::Xlsx);
        const std::string title = f.title, subject = plan.title;
        std::string error;
        f.bytes = xlsx_bytes(
            [&](lxw_workbook* wb) {
                lxw_doc_properties props = {};
                props.title = const_cast<char*>(title.c_str());
                props.subject = const_cast<char*>(subject.c_str());
                props.author = const_cast<char*>(muni.c_str());
                props.company = const_cast<char*>(muni.c_str());
                props.created = created(plan);
                workbook_set_properties(wb, &props);
                SheetFormats formats(wb);
                std::string problem;
                if (kpis || !measures) {
                    SheetWriter w(workbook_add_worksheet(wb, "指標（KPI）"), formats);
                    kpi_sheet(w, plan, year);
                    problem = w.error;
                }
                if (measures && problem.empty()) {
                    SheetWriter w(workbook_add_worksheet(wb, "施策"), formats);
                    measure_sheet(w, plan, year);
                    problem = w.error;
                }
                return problem;
            },
            error);
        if (error.empty())
            out.push_back(std::move(f));
        else
            problems.push_back({f.path, error});
    }
    return out;
}

}  // namespace planpub
