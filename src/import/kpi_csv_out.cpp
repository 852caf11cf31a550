#include "import/kpi_csv_out.hpp"

#include <map>

#include "parse/kpi_table.hpp"
#include "parse/plan_meta.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace {

const char* const kKpiKeys[] = {"id",        "goal",          "measure", "name",        "unit",
                                "baseline",  "baseline_year", "target",  "target_year", "target_kind",
                                "direction", "description",   "source"};

std::string csv_field(const std::string& s) {
    bool quote =
        s.find_first_of(",\"\n\r") != std::string::npos || (!s.empty() && (s.front() == ' ' || s.back() == ' '));
    if (!quote) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// The CSV text and, for each (line, column) where a field starts, the cell it came from: what the
// build's own reader says about the text is then reported at the table's cell.
struct CsvOut {
    std::string text;
    std::map<std::pair<int, int>, CellText> cells;
    std::map<int, CellText> rows;  // line → the row's indicator cell
    int line = 0;
    void add_row(const std::vector<CellText>& fields, const CellText& row_cell) {
        ++line;
        std::string l;
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i) l += ',';
            cells[{line, count_chars(l) + 1}] = fields[i];
            l += csv_field(fields[i].text);
        }
        rows[line] = row_cell;
        text += l + "\n";
    }
};

void remap(const Diagnostics& rt, const CsvOut& csv, const std::string& path, const GridPlaces& places,
           const std::string& fallback, Diagnostics& diags) {
    for (Diagnostic d : rt.sorted()) {
        auto it = csv.cells.find({d.where.line, d.where.column});
        const CellText* c = it != csv.cells.end() && it->second.row ? &it->second : nullptr;
        if (!c)
            if (auto r = csv.rows.find(d.where.line); r != csv.rows.end() && r->second.row) c = &r->second;
        d.where = {c ? places.cell(c->row, c->col) : fallback, 0, 0};
        if (d.where.path == fallback && d.message.find(path) == std::string::npos) d.message += " (in " + path + ")";
        diags.add(d);
    }
}

}  // namespace

std::string join_path(const std::string& a, const std::string& b) {
    if (a.empty() || a == ".") return b;
    return a.back() == '/' ? a + b : a + "/" + b;
}

KpiCsvText kpi_csv_checked(const std::vector<ImportedKpi>& kpis, const std::vector<Goal>* goals,
                           const std::string& plan_display, const GridPlaces& places, const std::string& fallback,
                           Diagnostics& found) {
    CsvOut kpi_csv, values_csv;
    std::vector<CellText> head;
    for (const char* k : kKpiKeys) head.push_back({k, 0, 0});
    kpi_csv.add_row(head, {});
    values_csv.add_row({{"kpi"}, {"year"}, {"value"}, {"note"}}, {});
    KpiCsvText out;
    for (const ImportedKpi& k : kpis) {
        std::vector<CellText> row;
        for (const char* key : kKpiKeys) {
            auto it = k.fields.find(key);
            row.push_back(it == k.fields.end() ? CellText{} : it->second);
        }
        kpi_csv.add_row(row, k.fields.at("name"));
        for (const auto& v : k.values) values_csv.add_row({{k.fields.at("id").text}, v.year, v.value, {}}, v.value);
        out.value_rows += k.values.size();
    }
    const std::string kpi_display = join_path(plan_display, "kpi.csv"),
                      values_display = join_path(plan_display, "kpi-values.csv");
    Diagnostics rt;
    UnreadKpis unread;
    std::vector<Kpi> parsed = parse_kpi_csv({true, kpi_display, kpi_csv.text}, "", goals, rt, &unread);
    remap(rt, kpi_csv, kpi_display, places, fallback, found);
    Diagnostics rtv;
    if (out.value_rows) parse_kpi_values_csv({true, values_display, values_csv.text}, "", parsed, rtv, &unread);
    remap(rtv, values_csv, values_display, places, fallback, found);
    out.kpi = kpi_csv.text;
    out.values = values_csv.text;
    return out;
}

std::optional<std::vector<Goal>> plan_goals(const std::string& index_text, const std::string& display) {
    PlanSources ps;
    ps.index = {true, display, index_text};
    Diagnostics scratch;
    Plan p = parse_plan(ps, SiteConfig{}, scratch);
    if (scratch.has_error_in(display)) return std::nullopt;  // the build reports it; goals unknown
    return p.goals;
}

}  // namespace planpub
