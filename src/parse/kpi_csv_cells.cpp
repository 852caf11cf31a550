#include "parse/kpi_csv_cells.hpp"

#include <algorithm>

#include "text/era_year.hpp"
#include "text/identifiers.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub::kpi_csv {

const std::map<std::string, std::string> kKpiColumns = {{"id", "id"},
                                                        {"kpi_id", "id"},
                                                        {"goal", "goal"},
                                                        {"基本目標", "goal"},
                                                        {"measure", "measure"},
                                                        {"施策", "measure"},
                                                        {"name", "name"},
                                                        {"指標名", "name"},
                                                        {"指標", "name"},
                                                        {"unit", "unit"},
                                                        {"単位", "unit"},
                                                        {"baseline", "baseline"},
                                                        {"基準値", "baseline"},
                                                        {"baseline_year", "baseline_year"},
                                                        {"基準年度", "baseline_year"},
                                                        {"target", "target"},
                                                        {"目標値", "target"},
                                                        {"target_year", "target_year"},
                                                        {"目標年度", "target_year"},
                                                        {"target_kind", "target_kind"},
                                                        {"目標種別", "target_kind"},
                                                        {"direction", "direction"},
                                                        {"方向性", "direction"},
                                                        {"description", "description"},
                                                        {"説明", "description"},
                                                        {"source", "source"},
                                                        {"出典", "source"}};
const std::map<std::string, std::string> kValueColumns = {
    {"kpi", "kpi"},     {"kpi_id", "kpi"}, {"id", "kpi"},       {"year", "year"}, {"年度", "year"},
    {"value", "value"}, {"値", "value"},   {"実績値", "value"}, {"note", "note"}, {"備考", "note"}};

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
    if (!decode_csv_text(text, file.path, encoding, diags, &bad_lines) ||
        !parse_csv(text, file.path, table, diags, bad_lines))
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
        diags.error(
            at(path, f, r.line), "year.unknown-form",
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
                       const std::string& path, Diagnostics& diags, bool* reported) {
    const CsvField* f = field(r, c, key);
    if (!f) return {};
    std::optional<FigureProblem> problem;
    KpiFigure fig = read_figure(f->text, unit, problem);
    if (problem && problem->warning)
        diags.warning(at(path, f, r.line), problem->code, problem->message, problem->hint);
    else if (problem)
        diags.error(at(path, f, r.line), problem->code, problem->message, problem->hint);
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

}  // namespace planpub::kpi_csv
