// Render stage: a plan's open data — KPI long table, KPI definitions and plan structure as
// CSV, each with a W3C CSVW metadata file describing its columns — under
// opendata/<local_government_code>/<plan-id>/<code>_<plan-id>_<name>.<ext>.
#pragma once
#include <string>
#include <vector>

#include "model/opendata.hpp"
#include "model/site.hpp"
#include "opendata/evaluation_sheet.hpp"

namespace planpub {

// opendata/<code>/<plan>/<code>_<plan>_ — every file of the plan's dataset starts so.
std::string plan_file_prefix(const Plan& plan);

// 全国地方公共団体コード, ID, 地方公共団体名, then `rest`: the columns every municipal CSV leads with.
std::vector<ColumnSpec> with_lead(std::vector<ColumnSpec> rest);
std::vector<std::string> titles(const Columns& cols);
// Each column's CSVW datatype, for CsvWriter (which neutralises formulas in "string" columns only).
std::vector<std::string> datatypes(const Columns& cols);
DataFile data_file(std::string id, std::string path, std::string title, std::string description, FileFormat format);
DataFile csv_file(std::string id, std::string path, std::string title, std::string description, Columns columns);

// The plan's three tables, bytes included.
std::vector<DataFile> plan_tables(const Plan& plan);
// CSVW metadata JSON for one CSV file (its url relative to the metadata file).
std::string csvw_metadata(const DataFile& t, const SiteConfig& site, const std::string& publisher);

// The plan's dataset: its tables (bytes included) and plan.json (bytes left to plan_json,
// which needs the glossary terms the rendered pages used).
// With the plan's evaluation sheets (.xlsx), one per evaluated year; one that could not be written is
// left out and said in `problems`.
DataSet plan_dataset(const Plan& plan,
                     std::vector<SheetProblem>& problems);  // dates from the content (opendata_dates.hpp)

}  // namespace planpub
