// Render stage: a plan's open data — KPI long table, KPI definitions and plan structure as
// CSV, each with a W3C CSVW metadata file describing its columns — under
// opendata/<local_government_code>/<plan-id>/<code>_<plan-id>_<name>.<ext>.
#pragma once
#include <string>
#include <vector>

#include "model/output.hpp"
#include "model/site.hpp"

namespace planpub {

struct ColumnSpec {
    std::string name;         // CSVW name (ASCII)
    std::string title;        // the CSV header (Japanese, as portals expect)
    std::string datatype;     // CSVW datatype: string, integer, decimal
    std::string description;  // plain Japanese, shown on the open-data page too
};

struct OpenDataTable {
    std::string file;  // path below the site root
    std::string title;
    std::vector<ColumnSpec> columns;
    std::string publisher;  // 都道府県名+市区町村名
    std::string csv;        // bytes
};

// The licence's URI (CC-BY-4.0, CC0-1.0, PDL-1.0 公共データ利用規約 第1.0版).
std::string license_uri(const std::string& id);

// The plan's tables; `base_url` makes the CSVW `url` absolute.
std::vector<OpenDataTable> plan_open_data_tables(const Plan& plan, const SiteConfig& site);
// CSVW metadata JSON for one table (file name relative to the metadata file).
std::string csvw_metadata(const OpenDataTable& t, const SiteConfig& site);

}  // namespace planpub
