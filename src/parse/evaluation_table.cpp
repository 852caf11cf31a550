#include "parse/evaluation_table.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "parse/kpi_csv_cells.hpp"
#include "text/era_year.hpp"

namespace planpub {

using namespace kpi_csv;

namespace {

const std::map<std::string, std::string> kEvaluationColumns = {
    {"year", "year"},      {"年度", "year"},       {"評価年度", "year"},       {"kpi", "kpi"},
    {"kpi_id", "kpi"},     {"指標id", "kpi"},      {"measure", "measure"},     {"施策", "measure"},
    {"施策id", "measure"}, {"project", "project"}, {"事業", "project"},        {"事業名", "project"},
    {"grade", "scale:0"},  {"評価", "scale:0"},    {"comment", "comment"},     {"内部評価", "comment"},
    {"review", "review"},  {"外部評価", "review"}, {"next_step", "next_step"}, {"今後の方向性", "next_step"},
    {"budget", "budget"},  {"事業費", "budget"}};

std::string listed(const std::vector<std::string>& words) {
    std::string s;
    for (const std::string& w : words) s += (s.empty() ? "" : "、") + w;
    return s;
}

// The row's mark on each scale: a grade on that scale, for a subject the scale grades.
void read_marks(const CsvRecord& r, const Columns& cols, const EvaluationScale& scale, EvaluationRow& row,
                const std::string& path, Diagnostics& diags, bool& ok) {
    row.marks.resize(scale.scales.size());
    for (const auto& [key, column] : cols.index) {
        if (key.rfind("scale:", 0) != 0) continue;
        const size_t i = std::stoul(key.substr(6));
        const std::string value = text_of(r, cols, key.c_str());
        if (value.empty()) continue;
        const Location where = at(path, field(r, cols, key.c_str()), r.line);
        if (i >= scale.scales.size()) {
            diags.error(where, "evaluation.no-scale", "the grade \"" + value + "\" has no scale to belong to",
                        "define the plan's grades under evaluation: in index.md (docs/evaluation.md)");
            ok = false;
            continue;
        }
        const GradeScale& s = scale.scales[i];
        std::vector<std::string> keys;
        for (const Grade& g : s.grades) keys.push_back(g.key);
        if (!s.grades_subject(row.kind())) {
            diags.error(where, "evaluation.scale-not-for-subject",
                        "the scale \"" + s.name + "\" does not grade " +
                            (row.kind() == SubjectKind::Kpi       ? "KPIs"
                             : row.kind() == SubjectKind::Project ? "projects"
                                                                  : "measures"),
                        "leave the cell empty, or add the subject to the scale's for: in index.md");
            ok = false;
        } else if (std::find(keys.begin(), keys.end(), value) == keys.end()) {
            diags.error(where, "evaluation.unknown-grade",
                        "grade \"" + value + "\" is not on the plan's scale" +
                            (scale.scales.size() > 1 ? " \"" + s.name + "\"" : std::string()),
                        "use one of: " + listed(keys));
            ok = false;
        } else {
            row.marks[i].written = value;
        }
    }
}

}  // namespace

void parse_evaluation_csv(const SourceFile& file, const std::string& encoding, Plan& plan, Diagnostics& diags) {
    if (!file.present) return;
    PlanEvaluation& ev = plan.evaluation;
    ev.path = file.path;
    CsvTable table;
    if (!read_table(file, encoding, table, diags) || table.records.empty()) return;
    // The fixed columns, and one per scale, headed by its name or id (the first scale also by 評価).
    std::map<std::string, std::string> known = kEvaluationColumns;
    for (size_t i = 0; i < ev.scale.scales.size(); ++i)
        for (const std::string& name : {ev.scale.scales[i].name, ev.scale.scales[i].id})
            known[header_key(name)] = "scale:" + std::to_string(i);
    Columns cols = map_header(table.records[0], known, file.path, diags);
    if (!cols.index.count("year") || (!cols.index.count("kpi") && !cols.index.count("measure"))) {
        diags.error(
            {file.path, 1, 1}, "evaluation.missing-column",
            "evaluation.csv needs a year column and a kpi or measure column",
            "start the file with the header 年度,指標ID,施策ID,評価,内部評価,外部評価,今後の方向性 (docs/evaluation.md)");
        return;
    }
    std::set<std::string> kpis, measures;
    for (const Kpi& k : plan.kpis) kpis.insert(k.id);
    for (const Goal& g : plan.goals)
        for (const Pillar& p : g.pillars)
            for (const Measure& m : p.measures) measures.insert(m.id);
    std::map<std::pair<std::string, int>, int> seen;  // (subject, 西暦) → line
    const size_t width = table.records[0].fields.size();
    for (size_t i = 1; i < table.records.size(); ++i) {
        const CsvRecord& r = table.records[i];
        if (!right_width(r, width, file.path, diags)) continue;
        EvaluationRow row;
        row.path = file.path;
        row.line = r.line;
        row.kpi = text_of(r, cols, "kpi");
        row.measure = text_of(r, cols, "measure");
        row.project = text_of(r, cols, "project");
        row.comment = text_of(r, cols, "comment");
        row.review = text_of(r, cols, "review");
        row.next_step = text_of(r, cols, "next_step");
        row.budget = text_of(r, cols, "budget");
        bool ok = true;
        auto error = [&](const char* key, const char* code, const std::string& message, const std::string& hint) {
            diags.error(at(file.path, field(r, cols, key), r.line), code, message, hint);
            ok = false;
        };
        std::optional<Year> year = year_field(r, cols, "year", file.path, diags);
        if (!year && text_of(r, cols, "year").empty())
            error("year", "evaluation.no-year", "the row has no year",
                  "write the fiscal year evaluated, e.g. 令和6年度");
        if (!year) ok = false;
        if (year && (year->from || year->month)) {
            error("year", "evaluation.not-a-year", "an evaluation is of one fiscal year, not \"" + year->source + "\"",
                  "write the year evaluated, e.g. 令和6年度");
        } else if (year && plan.period.from.year && plan.period.to.year &&
                   (start_month(*year) < start_month(plan.period.from) ||
                    start_month(*year) > start_month(plan.period.to))) {
            error("year", "evaluation.year-outside-period",
                  display_year(*year) + " is outside the plan's period (" + display_year(plan.period.from) + "～" +
                      display_year(plan.period.to) + ")",
                  "evaluate a year of the plan's period, or correct the period in index.md");
        }
        const bool one_subject = row.kpi.empty() != (row.measure.empty() && row.project.empty());
        if (!one_subject) {
            error(row.kpi.empty() ? "kpi" : "measure", "evaluation.one-subject",
                  row.kpi.empty() ? "the row names neither a KPI, a measure nor a project"
                                  : "the row names both a KPI and a measure or project",
                  "one row evaluates one KPI (指標ID), one measure (施策ID) or one project (事業名, with its 施策ID if "
                  "you like): split it into two rows");
        } else if (!row.kpi.empty() && !kpis.count(row.kpi)) {
            if (!plan.unread_kpis.has_id(row.kpi))  // an unread KPI's row has its own error
                error("kpi", "evaluation.unknown-kpi", "KPI \"" + row.kpi + "\" is not in kpi.csv",
                      "use an id from kpi.csv");
            ok = false;
        } else if (!row.measure.empty() && !measures.count(row.measure)) {
            error("measure", "evaluation.unknown-measure", "measure \"" + row.measure + "\" is not in the plan's goals",
                  "use a measure id from index.md's goals (e.g. g1-p1-m1)");
        }
        read_marks(r, cols, ev.scale, row, file.path, diags, ok);
        if (!row.next_step.empty() && !ev.scale.next_steps.empty() &&
            std::find(ev.scale.next_steps.begin(), ev.scale.next_steps.end(), row.next_step) ==
                ev.scale.next_steps.end())
            error("next_step", "evaluation.unknown-next-step",
                  "next step \"" + row.next_step + "\" is not one the plan lists",
                  "use one of: " + listed(ev.scale.next_steps));
        if (year && one_subject) {
            const std::string subject = !row.kpi.empty()       ? "KPI " + row.kpi
                                        : !row.project.empty() ? "project " + row.project
                                                               : "measure " + row.measure;
            auto [it, fresh] = seen.emplace(std::make_pair(subject + "\n" + row.measure, year->year), r.line);
            if (!fresh)
                error("year", "evaluation.duplicate-row",
                      subject + " is evaluated for " + display_year(*year) + " twice (also on line " +
                          std::to_string(it->second) + ")",
                      "keep one row per KPI, measure or project and year");
        }
        if (!ok || !year) continue;
        row.year = *year;
        ev.rows.push_back(std::move(row));
    }
}

}  // namespace planpub
