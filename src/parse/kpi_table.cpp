#include "parse/kpi_table.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "parse/csv_table.hpp"
#include "parse/kpi_figures.hpp"
#include "text/era_year.hpp"
#include "text/identifiers.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// Column names: the English keys, and the Japanese headers an Excel sheet uses.
const std::map<std::string, std::string> kKpiColumns = {
    {"id", "id"}, {"kpi_id", "id"}, {"goal", "goal"}, {"基本目標", "goal"}, {"measure", "measure"},
    {"施策", "measure"}, {"name", "name"}, {"指標名", "name"}, {"指標", "name"}, {"unit", "unit"}, {"単位", "unit"},
    {"baseline", "baseline"}, {"基準値", "baseline"}, {"baseline_year", "baseline_year"}, {"基準年度", "baseline_year"},
    {"target", "target"}, {"目標値", "target"}, {"target_year", "target_year"}, {"目標年度", "target_year"},
    {"target_kind", "target_kind"}, {"目標種別", "target_kind"}, {"direction", "direction"}, {"方向性", "direction"},
    {"description", "description"}, {"説明", "description"}, {"source", "source"}, {"出典", "source"}};
const std::map<std::string, std::string> kValueColumns = {
    {"kpi", "kpi"}, {"kpi_id", "kpi"}, {"id", "kpi"}, {"year", "year"}, {"年度", "year"}, {"value", "value"},
    {"値", "value"}, {"実績値", "value"}, {"note", "note"}, {"備考", "note"}};

struct Columns {
    std::map<std::string, size_t> index;  // key → column
};

std::string header_key(const std::string& raw) {
    std::string s = trim(nfkc(raw));
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
}

// False when no row of the file can be used: it is not text, a limit was exceeded, or the header
// (the first record) had an error (all reported).
bool read_table(const SourceFile& file, const std::string& encoding, CsvTable& table, Diagnostics& diags) {
    std::string text = file.text;
    std::vector<int> bad_lines;
    if (!decode_csv_text(text, file.path, encoding, diags, &bad_lines) || !parse_csv(text, file.path, table, diags, bad_lines))
        return false;
    return table.skipped.empty() || (!table.records.empty() && table.records[0].line < table.skipped[0].line);
}

Columns map_header(const CsvRecord& header, const std::map<std::string, std::string>& known, const std::string& path,
                   Diagnostics& diags) {
    Columns c;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const CsvField& f = header.fields[i];
        auto it = known.find(header_key(f.text));
        if (it == known.end()) {
            if (!trim(f.text).empty())
                diags.warning({path, f.line, f.column}, "kpi.unknown-column", "column \"" + f.text + "\" is not used",
                              "docs/content-format.md lists the columns planpub reads");
            continue;
        }
        if (!c.index.emplace(it->second, i).second)
            diags.error({path, f.line, f.column}, "kpi.duplicate-column", "column \"" + f.text + "\" appears twice",
                        "delete one of the two columns");
    }
    return c;
}

const CsvField* field(const CsvRecord& r, const Columns& c, const char* key) {
    auto it = c.index.find(key);
    if (it == c.index.end() || it->second >= r.fields.size()) return nullptr;
    return &r.fields[it->second];
}

std::string text_of(const CsvRecord& r, const Columns& c, const char* key) {
    const CsvField* f = field(r, c, key);
    return f ? trim(f->text) : std::string();
}

Location at(const std::string& path, const CsvField* f, int line) {
    return f ? Location{path, f->line, f->column} : Location{path, line, 1};
}

bool right_width(const CsvRecord& r, size_t width, const std::string& path, Diagnostics& diags) {
    if (r.fields.size() == width) return true;
    diags.error({path, r.line, 1}, "csv.field-count",
                "row has " + std::to_string(r.fields.size()) + " fields but the header has " + std::to_string(width),
                "check for a missing or extra comma; quote fields that contain commas");
    return false;
}

std::optional<Year> year_field(const CsvRecord& r, const Columns& c, const char* key, const std::string& path,
                               Diagnostics& diags) {
    const CsvField* f = field(r, c, key);
    if (!f || trim(f->text).empty()) return std::nullopt;
    std::string problem;
    auto y = parse_year(f->text, &problem);
    if (!y)
        diags.error(at(path, f, r.line), "year.unknown-form",
                    "\"" + trim(f->text) + "\" is not a year planpub can read" + (problem.empty() ? "" : ": " + problem),
                    "write e.g. 令和4年度, R4, H30, 2022年度, FY2022 (fiscal), 2022年 (calendar), 令和元年度末, "
                    "2020年9月末時点, R2.3 (a point in time) or 2021～2026年度 (a period); docs/kpi.md lists every form");
    return y;
}

// A kpi.csv row that could not be read still names its KPI (and goal) when those cells were read.
void note_unread(const CsvRecord& r, const Columns& c, UnreadKpis& unread) {
    if (std::string id = text_of(r, c, "id"); !id.empty()) unread.ids.insert(id);
    std::string goal = nfkc(text_of(r, c, "goal"));
    if (!goal.empty() && goal.size() <= 4 && goal.find_first_not_of("0123456789") == std::string::npos)
        unread.goals.insert(std::to_string(std::stoi(goal)));
}

// `reported` is set when an error was reported on the cell: the caller then adds none of its own
// there (one diagnostic per problem, not two at one line:col).
KpiFigure figure_field(const CsvRecord& r, const Columns& c, const char* key, const std::string& unit,
                       const std::string& path, Diagnostics& diags, bool* reported = nullptr) {
    const CsvField* f = field(r, c, key);
    if (!f) return {};
    std::optional<FigureProblem> problem;
    KpiFigure fig = read_figure(f->text, unit, problem);
    if (problem && problem->warning) diags.warning(at(path, f, r.line), problem->code, problem->message, problem->hint);
    else if (problem) diags.error(at(path, f, r.line), problem->code, problem->message, problem->hint);
    if (reported) *reported = problem && !problem->warning;
    return fig;
}

// The kind the target's own form implies when the column is empty.
TargetKind infer_kind(const KpiFigure& target, int cumulative_years) {
    if (target.arrow) return TargetKind::Direction;
    if (target.maintain) return TargetKind::Maintain;
    if (target.number && target.span == KpiFigure::Span::Average) return TargetKind::Average;
    if (target.number && target.span == KpiFigure::Span::Total) return TargetKind::Cumulative;
    if (cumulative_years > 0) return TargetKind::Cumulative;
    // 累計120件, 延べ 8, 合計, 通算: a total over the period from the baseline year.
    for (const char* w : {"累計", "延べ", "のべ", "合計", "通算"})
        if (target.number && target.wording.find(w) != std::string::npos) return TargetKind::Cumulative;
    if (!target.empty() && !target.number) return TargetKind::Qualitative;
    return TargetKind::Level;
}

}  // namespace

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
            diags.error({file.path, 1, 1}, "kpi.missing-column", std::string("kpi.csv has no '") + required + "' column",
                        std::string("add a column headed ") + required + (std::string(required) == "id" ? " (or KPI_ID)" : " (or 指標名)"));
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
            diags.error(at(file.path, idf, r.line), "kpi.invalid-id", "KPI id \"" + k.id + "\" may only use a-z, 0-9 and '-'",
                        "write an id such as g1-1");
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
            diags.error(at(file.path, field(r, cols, "name"), r.line), "kpi.missing-name", "KPI \"" + k.id + "\" has no name",
                        "write the indicator (指標名)");
        if (std::string g = text_of(r, cols, "goal"); !g.empty()) {
            std::string n = nfkc(g);
            if (n.find_first_not_of("0123456789") != std::string::npos || n.size() > 4) {
                diags.error(at(file.path, field(r, cols, "goal"), r.line), "kpi.bad-goal", "goal \"" + g + "\" is not a number",
                            "write the 基本目標 number, e.g. 1");
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
                          "target \"" + k.target.source + "\" has a + sign: it reads as a change from the baseline, so it "
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
            for (size_t j = p; j > 0 && t[j - 1] >= '0' && t[j - 1] <= '9'; --j) digits.insert(digits.begin(), t[j - 1]);
            if (!digits.empty() && digits.size() <= 3) k.cumulative_years = std::stoi(digits);  // no overflow
        }
        // (5年間), (2021～2026年度累計): the period of a total, in years.
        if (k.target.span_years > 0) k.cumulative_years = k.target.span_years;
        else if (k.target.span_from > 0) k.cumulative_years = k.target.span_to - k.target.span_from + 1;
        // A target year that is a period (2021～2026年度累計, 2023～2027年平均; docs/kpi.md, Years) makes
        // the target a total or an average over the period's years, as the same words in the target do.
        if (const auto& ty = k.target_year; ty && ty->from && k.target.number && k.target.span == KpiFigure::Span::None) {
            if (ty->sum == Year::Sum::Total) k.target.span = KpiFigure::Span::Total;
            if (ty->sum == Year::Sum::Average) k.target.span = KpiFigure::Span::Average;
            if (ty->sum != Year::Sum::None) {
                k.target.span_from = ty->from;
                k.target.span_to = ty->year;
                if (ty->sum == Year::Sum::Total && k.cumulative_years == 0) k.cumulative_years = ty->year - ty->from + 1;
            }
        }
        std::string kind = text_of(r, cols, "target_kind");
        if (kind.empty()) k.target_kind = infer_kind(k.target, k.cumulative_years);
        else if (auto v = parse_target_kind(kind)) k.target_kind = *v;
        else diags.error(at(file.path, field(r, cols, "target_kind"), r.line), "kpi.unknown-target-kind",
                         "unknown target kind \"" + kind + "\"", "use level, cumulative, average, maintain, direction or qualitative");
        if ((k.target_kind == TargetKind::Level || k.target_kind == TargetKind::Cumulative ||
             k.target_kind == TargetKind::Average) && !k.target.empty() &&
            !k.target.number && !target_reported)
            diags.error(at(file.path, field(r, cols, "target"), r.line), "kpi.not-a-number",
                        "target \"" + k.target.source + "\" is not a number, but the target kind needs one",
                        "write a number, or set target_kind to qualitative, direction or maintain");
        std::string dir = text_of(r, cols, "direction");
        if (auto d = parse_direction(dir)) k.direction = *d;
        else diags.error(at(file.path, field(r, cols, "direction"), r.line), "kpi.unknown-direction",
                         "unknown direction \"" + dir + "\"", "use increase, decrease or maintain (↑ ↓ →, 増加 減少 維持)");
        if (k.direction == Direction::None) {
            if (k.target.arrow) k.direction = *k.target.arrow;
            else if (k.target.bound) k.direction = *k.target.bound;  // 100件以上, 10%未満
            else if (k.target_kind == TargetKind::Maintain) k.direction = Direction::Maintain;
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
    return kpis;
}

void parse_kpi_values_csv(const SourceFile& file, const std::string& encoding, std::vector<Kpi>& kpis,
                          Diagnostics& diags, const UnreadKpis* unread) {
    if (!file.present) return;
    CsvTable table;
    if (!read_table(file, encoding, table, diags) || table.records.empty()) return;
    Columns cols = map_header(table.records[0], kValueColumns, file.path, diags);
    for (const char* required : {"kpi", "year", "value"})
        if (!cols.index.count(required)) {
            diags.error({file.path, 1, 1}, "kpi.missing-column", std::string("kpi-values.csv has no '") + required + "' column",
                        "the columns are kpi, year, value, note");
            return;
        }
    std::map<std::string, Kpi*> by_id;
    for (Kpi& k : kpis) by_id[k.id] = &k;
    std::map<std::pair<std::string, int>, std::pair<int, Year>> seen;  // (KPI, 西暦) → line and year as written
    size_t width = table.records[0].fields.size();
    for (size_t i = 1; i < table.records.size(); ++i) {
        const CsvRecord& r = table.records[i];
        if (!right_width(r, width, file.path, diags)) continue;
        std::string id = text_of(r, cols, "kpi");
        auto it = by_id.find(id);
        if (it == by_id.end() && unread && unread->has_id(id)) {
            year_field(r, cols, "year", file.path, diags);  // the year needs no KPI (the value needs its unit)
            continue;
        }
        if (it == by_id.end()) {
            diags.error(at(file.path, field(r, cols, "kpi"), r.line), "kpi.unknown-kpi",
                        "value for KPI \"" + id + "\", which kpi.csv does not define", "use an id from kpi.csv");
            continue;
        }
        Kpi& k = *it->second;
        auto year = year_field(r, cols, "year", file.path, diags);
        if (!year) {
            if (text_of(r, cols, "year").empty())
                diags.error(at(file.path, field(r, cols, "year"), r.line), "field.missing", "observation has no year",
                            "write the year the value belongs to, e.g. 令和5年度");
            continue;
        }
        Observation o;
        o.year = *year;
        o.line = r.line;
        bool value_reported = false;
        o.value = figure_field(r, cols, "value", k.unit, file.path, diags, &value_reported);
        o.note = text_of(r, cols, "note");
        if (!o.value.empty() && !o.value.number) {
            if (!value_reported)
                diags.error(at(file.path, field(r, cols, "value"), r.line), "kpi.not-a-number",
                        "value \"" + o.value.source + "\" is not a number",
                        "write the number alone; leave it empty and explain in note when there is none");
            continue;
        }
        // A map, not a scan of the KPI's values: one KPI may have many rows. Keyed by the 西暦
        // number alone: 2023年 and 2023年度 would share one row ID in the open data.
        auto [dup, fresh] = seen.emplace(std::make_pair(id, o.year.year), std::make_pair(o.line, o.year));
        if (!fresh) {
            bool same_kind = dup->second.second.kind == o.year.kind;
            diags.error(at(file.path, field(r, cols, "year"), r.line), "kpi.duplicate-value",
                        "KPI \"" + id + "\" already has a value for " + display_year(dup->second.second) + " (line " +
                            std::to_string(dup->second.first) + ")",
                        same_kind ? "keep one row per KPI and year"
                                  : "use one kind of year for a KPI's values: 年度 (fiscal) or 年 (calendar), not both");
        }
        k.observations.push_back(std::move(o));
    }
    for (Kpi& k : kpis)
        std::stable_sort(k.observations.begin(), k.observations.end(),
                         [](const Observation& a, const Observation& b) { return a.year.year < b.year.year; });
}

}  // namespace planpub
