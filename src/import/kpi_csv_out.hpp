// Import stage: KPI rows read from a table (an Excel sheet, a Word table) → the text of kpi.csv and
// kpi-values.csv, checked by the build's own readers before anything is written. What those readers
// say is reported at the table cell the field came from, so a person fixes the source, not the CSV.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "import/kpi_sheet.hpp"
#include "import/sheet_grid.hpp"
#include "model/site.hpp"

namespace planpub {

struct KpiCsvText {
    std::string kpi, values;  // the files' text, each with its header row
    size_t value_rows = 0;    // 0: kpi-values.csv is not written
};

// `goals`: the plan's goals (null: unknown, goal numbers are not checked); `plan_display` names the
// plan folder in messages; a diagnostic whose field came from no cell is reported at `fallback`.
KpiCsvText kpi_csv_checked(const std::vector<ImportedKpi>& kpis, const std::vector<Goal>* goals,
                           const std::string& plan_display, const GridPlaces& places, const std::string& fallback,
                           Diagnostics& found);

// The goals an index.md declares; nullopt when it does not parse (the build reports it).
std::optional<std::vector<Goal>> plan_goals(const std::string& index_text, const std::string& display);

std::string join_path(const std::string& a, const std::string& b);

}  // namespace planpub
