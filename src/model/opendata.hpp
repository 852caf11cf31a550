// Open data as plain values: datasets (one per plan, one for the glossary) and their files.
// Writers turn these into CSV/JSON bytes, DCAT, Frictionless, the open-data list and the page.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/site.hpp"

namespace planpub {

// One column of a CSV file, described once and used by CSVW, Frictionless, the open-data page.
struct ColumnSpec {
    std::string name;         // CSVW name (ASCII)
    std::string title;        // the CSV header (Japanese, as portals expect)
    std::string datatype;     // CSVW datatype: string, integer, decimal
    std::string description;  // plain Japanese, shown on the open-data page too
};

struct DataFile {
    std::string id;           // unique within the site, e.g. 222097-alpha-kpi
    std::string path;         // below the site root, e.g. opendata/222097/alpha/222097_alpha_kpi.csv
    std::string title;
    std::string description;  // one plain Japanese sentence
    std::string format;       // CSV | JSON | Turtle
    std::string media_type;   // text/csv, application/json, text/turtle
    std::string schema_path;  // JSON files: their JSON Schema below the site root
    std::vector<ColumnSpec> columns;  // CSV files
    std::string bytes;
};

struct DataSet {
    std::string id;  // e.g. 222097-alpha, 222097-glossary
    std::string plan_id;  // the plan it publishes; empty for the glossary
    std::string title;
    std::string description;
    std::vector<std::string> keywords;
    std::string standards;  // what its files follow, for the open-data list
    std::string issued;    // YYYY-MM-DD
    std::string modified;  // YYYY-MM-DD
    std::optional<Period> period;
    std::string landing_page;  // below the site root, e.g. alpha/index.html
    Publisher publisher;
    std::vector<DataFile> files;
};

}  // namespace planpub
