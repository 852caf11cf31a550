#include "parse/kpi_table.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "parse/csv_table.hpp"
#include "parse/kpi_csv_cells.hpp"
#include "parse/kpi_figures.hpp"
#include "text/era_year.hpp"
#include "text/identifiers.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {

using namespace kpi_csv;

std::vector<Kpi> parse_kpi_csv(const SourceFile& file, const std::string& encoding, const std::vector<Goal>* goals,
                               Diagnostics& diags, UnreadKpis* unread_out) {
    std::vector<Kpi> kpis;
    UnreadKpis scratch;
    UnreadKpis& unread = unread_out ? *unread_out : scratch;
    unread.all = !file.present && !file.path.empty();  // there, but its reading failed
    if (!file.present) return kpis;
    CsvTable table;
    if (!read_table(file, encoding, table, diags)) {
        unread.all = true;
        return kpis;
    }
    if (table.records.empty()) return kpis;
    unread.all = table.incomplete;
    Columns cols = map_header(table.records[0], kKpiColumns, file.path, diags);
    for (const char* required : {"id", "name"})
        if (!cols.index.count(required)) {
            diags.error({file.path, 1, 1}, "kpi.missing-column",
                        std::string("kpi.csv has no '") + required + "' column",
                        std::string("add a column headed ") + required +
                            (std::string(required) == "id" ? " (or KPI_ID)" : " (or 指標名)"));
            unread.all = true;
            return kpis;
        }
    if (table.records.size() - 1 > Limits::max_kpis_per_plan) {
        // All KPIs are on one page, each with a table and a chart: 99,990 made a 330 MB page.
        diags.error({file.path, table.records[Limits::max_kpis_per_plan + 1].line, 1}, "limit.too-many-kpis",
                    "kpi.csv has " + std::to_string(table.records.size() - 1) + " KPIs; a plan may have at most " +
                        std::to_string(Limits::max_kpis_per_plan),
                    "a plan's KPIs are its key indicators; publish other statistics as a CSV file under files/");
        unread.all = true;  // nothing is read, so nothing else is reported as missing
        return kpis;
    }
    for (const CsvRecord& r : table.skipped) note_unread(r, cols, unread);
    std::set<int> goal_numbers;
    if (goals)
        for (const Goal& g : *goals) goal_numbers.insert(g.number);
    std::map<std::string, int> seen;
    size_t width = table.records[0].fields.size();
    for (size_t i = 1; i < table.records.size(); ++i) {
        const CsvRecord& r = table.records[i];
        if (!right_width(r, width, file.path, diags)) {
            note_unread(r, cols, unread);
            continue;
        }
        Kpi k;
        k.path = file.path;
        k.line = r.line;
        k.id = text_of(r, cols, "id");
        const CsvField* idf = field(r, cols, "id");
        if (!is_valid_id(k.id)) {
            diags.error(at(file.path, idf, r.line), "kpi.invalid-id",
                        "KPI id \"" + k.id + "\" may only use a-z, 0-9 and '-'", "write an id such as g1-1");
            note_unread(r, cols, unread);
            continue;
        }
        if (auto [it, fresh] = seen.emplace(k.id, r.line); !fresh) {
            diags.error(at(file.path, idf, r.line), "kpi.duplicate-id",
                        "KPI id \"" + k.id + "\" is already used on line " + std::to_string(it->second),
                        "give every KPI its own id");
            continue;
        }
        k.name = text_of(r, cols, "name");
        if (k.name.empty())
            diags.error(at(file.path, field(r, cols, "name"), r.line), "kpi.missing-name",
                        "KPI \"" + k.id + "\" has no name", "write the indicator (指標名)");
        if (std::string g = text_of(r, cols, "goal"); !g.empty()) {
            std::string n = nfkc(g);
            if (n.find_first_not_of("0123456789") != std::string::npos || n.size() > 4) {
                diags.error(at(file.path, field(r, cols, "goal"), r.line), "kpi.bad-goal",
                            "goal \"" + g + "\" is not a number", "write the 基本目標 number, e.g. 1");
            } else {
                k.goal = std::stoi(n);
                if (goals && !goal_numbers.count(k.goal))
                    diags.error(at(file.path, field(r, cols, "goal"), r.line), "kpi.unknown-goal",
                                "KPI \"" + k.id + "\" belongs to goal " + n + ", which the plan does not have",
                                "add the goal to 'goals:' in index.md, or fix the number");
            }
        }
        k.measure = text_of(r, cols, "measure");
        k.unit = trim(nfkc(text_of(r, cols, "unit")));
        k.baseline = figure_field(r, cols, "baseline", k.unit, file.path, diags);
        bool target_reported = false;
        k.target = figure_field(r, cols, "target", k.unit, file.path, diags, &target_reported);
        // Without a unit column, the figures must at least agree with each other (1.4人/年 → 4組/年).
        if (k.unit.empty() && !k.baseline.unit_text.empty() && !k.target.unit_text.empty() &&
            k.baseline.unit_text != k.target.unit_text)
            diags.error(at(file.path, field(r, cols, "target"), r.line), "kpi.unit-mismatch",
                        "target \"" + k.target.source + "\" says " + k.target.unit_text + " but the baseline \"" +
                            k.baseline.source + "\" says " + k.baseline.unit_text,
                        "write the KPI's unit in the unit column, and both figures in that unit");
        if (k.target.plus) {  // +20%: a change from the baseline, which planpub does not judge as a level
            diags.warning(at(file.path, field(r, cols, "target"), r.line), "kpi.figure-as-text",
                          "target \"" + k.target.source +
                              "\" has a + sign: it reads as a change from the baseline, so it "
                              "is published as text, and no progress is judged on it",
                          "write the target figure itself (the baseline plus the change) in the target column, and the "
                          "change in the note; if it is a level, write it without the + sign");
            k.target.number.reset();
            k.target.wording = k.target.source;
        }
        k.baseline_year = year_field(r, cols, "baseline_year", file.path, diags);
        k.target_year = year_field(r, cols, "target_year", file.path, diags);
        // A target is due after its baseline: FY2023 (from April) is after 2023年, but 2023年 (to
        // December) is not after FY2023 (to March 2024). docs/kpi.md has the rule.
        if (k.baseline_year && k.target_year && start_month(*k.target_year) <= start_month(*k.baseline_year))
            diags.error(at(file.path, field(r, cols, "target_year"), r.line), "kpi.target-before-baseline",
                        "target year " + display_year(*k.target_year) + " is not after the baseline year " +
                            display_year(*k.baseline_year),
                        "swap baseline_year and target_year if they were exchanged, or correct the year");
        std::string t = nfkc(k.target.source);
        if (size_t p = t.find("年間で"); p != std::string::npos && k.target.number) {
            std::string digits;
            for (size_t j = p; j > 0 && t[j - 1] >= '0' && t[j - 1] <= '9'; --j)
                digits.insert(digits.begin(), t[j - 1]);
            if (!digits.empty() && digits.size() <= 3) k.cumulative_years = std::stoi(digits);  // no overflow
        }
        // (5年間), (2021～2026年度累計): the period of a total, in years.
        if (k.target.span_years > 0)
            k.cumulative_years = k.target.span_years;
        else if (k.target.span_from > 0)
            k.cumulative_years = k.target.span_to - k.target.span_from + 1;
        // A target year that is a period (2021～2026年度累計, 2023～2027年平均; docs/kpi.md, Years) makes
        // the target a total or an average over the period's years, as the same words in the target do.
        if (const auto& ty = k.target_year;
            ty && ty->from && k.target.number && k.target.span == KpiFigure::Span::None) {
            if (ty->sum == Year::Sum::Total) k.target.span = KpiFigure::Span::Total;
            if (ty->sum == Year::Sum::Average) k.target.span = KpiFigure::Span::Average;
            if (ty->sum != Year::Sum::None) {
                k.target.span_from = ty->from;
                k.target.span_to = ty->year;
                if (ty->sum == Year::Sum::Total && k.cumulative_years == 0)
                    k.cumulative_years = ty->year - ty->from + 1;
            }
        }
        std::string kind = text_of(r, cols, "target_kind");
        if (kind.empty())
            k.target_kind = infer_kind(k.target, k.cumulative_years);
        else if (auto v = parse_target_kind(kind))
            k.target_kind = *v;
        else
            diags.error(at(file.path, field(r, cols, "target_kind"), r.line), "kpi.unknown-target-kind",
                        "unknown target kind \"" + kind + "\"",
                        "use level, cumulative, average, maintain, direction or qualitative");
        if ((k.target_kind == TargetKind::Level || k.target_kind == TargetKind::Cumulative ||
             k.target_kind == TargetKind::Average) &&
            !k.target.empty() && !k.target.number && !target_reported)
            diags.error(at(file.path, field(r, cols, "target"), r.line), "kpi.not-a-number",
                        "target \"" + k.target.source + "\" is not a number, but the target kind needs one",
                        "write a number, or set target_kind to qualitative, direction or maintain");
        std::string dir = text_of(r, cols, "direction");
        if (auto d = parse_direction(dir))
            k.direction = *d;
        else
            diags.error(at(file.path, field(r, cols, "direction"), r.line), "kpi.unknown-direction",
                        "unknown direction \"" + dir + "\"",
                        "use increase, decrease or maintain (↑ ↓ →, 増加 減少 維持)");
        if (k.direction == Direction::None) {
            if (k.target.arrow)
                k.direction = *k.target.arrow;
            else if (k.target.bound)
                k.direction = *k.target.bound;  // 100件以上, 10%未満
            else if (k.target_kind == TargetKind::Maintain)
                k.direction = Direction::Maintain;
            // A cumulative target is a sum over years, not a level to compare with the baseline.
            else if (k.target_kind == TargetKind::Level && k.target.number && k.baseline.number &&
                     *k.target.number != *k.baseline.number)
                k.direction = *k.target.number > *k.baseline.number ? Direction::Increase : Direction::Decrease;
        }
        k.description = text_of(r, cols, "description");
        if (const CsvField* f = field(r, cols, "description")) {
            k.description_line = f->line;
            k.description_column = f->column;
        }
        k.source = text_of(r, cols, "source");
        kpis.push_back(std::move(k));
    }
    kpis.shrink_to_fit();  // kept for the whole build: no doubling slack (13 MB at 1,000 plans)
    return kpis;
}

}  // namespace planpub
