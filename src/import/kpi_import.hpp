// Import stage: `planpub import kpi SHEET.xlsx --plan ID` — an Excel KPI sheet → plans/ID/kpi.csv
// (and kpi-values.csv when the sheet has actuals by year), plus import-report.md. Never
// overwrites: an existing kpi.csv or kpi-values.csv is an error, and nothing is written then.
#pragma once
#include <string>

#include "diag/diagnostics.hpp"

namespace planpub {

struct ImportKpiOptions {
    std::string sheet_path;  // the .xlsx, as the user named it
    std::string plan;        // plan id ([a-z0-9-]+, checked by the caller)
    std::string content_dir = "content";
    std::string sheet_name;  // empty: the first visible sheet with a KPI table
};

struct ImportKpiResult {
    bool ok = false;
    size_t kpis = 0, values = 0;
    std::string kpi_csv, kpi_values_csv, report;  // paths written (empty: not written)
};

ImportKpiResult run_import_kpi(const ImportKpiOptions& opt, Diagnostics& diags);

}  // namespace planpub
