// kpi-values.csv: one observed value per KPI and year.
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

void parse_kpi_values_csv(const SourceFile& file, const std::string& encoding, std::vector<Kpi>& kpis,
                          Diagnostics& diags, const UnreadKpis* unread) {
    if (!file.present) return;
    CsvTable table;
    if (!read_table(file, encoding, table, diags) || table.records.empty()) return;
    Columns cols = map_header(table.records[0], kValueColumns, file.path, diags);
    for (const char* required : {"kpi", "year", "value"})
        if (!cols.index.count(required)) {
            diags.error({file.path, 1, 1}, "kpi.missing-column",
                        std::string("kpi-values.csv has no '") + required + "' column",
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
                        same_kind
                            ? "keep one row per KPI and year"
                            : "use one kind of year for a KPI's values: 年度 (fiscal) or 年 (calendar), not both");
        }
        k.observations.push_back(std::move(o));
    }
    for (Kpi& k : kpis)
        std::stable_sort(k.observations.begin(), k.observations.end(),
                         [](const Observation& a, const Observation& b) { return a.year.year < b.year.year; });
}

}  // namespace planpub
