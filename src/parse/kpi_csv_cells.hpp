// The cells of the KPI CSV files (kpi.csv, kpi-values.csv): column names in English and Japanese,
// and the readers of one cell each, which report a problem at the cell's line and column. Shared
// by kpi_table.cpp and kpi_values_table.cpp.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "diag/diagnostics.hpp"
#include "model/kpi.hpp"
#include "parse/csv_table.hpp"
#include "parse/kpi_figures.hpp"
#include "parse/kpi_table.hpp"

namespace planpub::kpi_csv {

// Column names: the English keys, and the Japanese headers an Excel sheet uses.
extern const std::map<std::string, std::string> kKpiColumns;
extern const std::map<std::string, std::string> kValueColumns;

struct Columns {
    std::map<std::string, size_t> index;  // key → column
};

std::string header_key(const std::string& raw);

// False when no row of the file can be used: it is not text, a limit was exceeded, or the header
// (the first record) had an error (all reported).
bool read_table(const SourceFile& file, const std::string& encoding, CsvTable& table, Diagnostics& diags);

Columns map_header(const CsvRecord& header, const std::map<std::string, std::string>& known, const std::string& path,
                   Diagnostics& diags);

const CsvField* field(const CsvRecord& r, const Columns& c, const char* key);

std::string text_of(const CsvRecord& r, const Columns& c, const char* key);

Location at(const std::string& path, const CsvField* f, int line);

bool right_width(const CsvRecord& r, size_t width, const std::string& path, Diagnostics& diags);

std::optional<Year> year_field(const CsvRecord& r, const Columns& c, const char* key, const std::string& path,
                               Diagnostics& diags);

// A kpi.csv row that could not be read still names its KPI (and goal) when those cells were read.
void note_unread(const CsvRecord& r, const Columns& c, UnreadKpis& unread);

// `reported` is set when an error was reported on the cell: the caller then adds none of its own
// there (one diagnostic per problem, not two at one line:col).
KpiFigure figure_field(const CsvRecord& r, const Columns& c, const char* key, const std::string& unit,
                       const std::string& path, Diagnostics& diags, bool* reported = nullptr);

// The kind the target's own form implies when the column is empty.
TargetKind infer_kind(const KpiFigure& target, int cumulative_years);

}  // namespace planpub::kpi_csv
