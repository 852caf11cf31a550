// Open data as plain values: datasets (one per plan, one for the glossary) and their files.
// Writers turn these into CSV/JSON bytes, DCAT, Frictionless, the open-data list and the page.
#pragma once
#include <memory>
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

// A CSV file's columns. Every plan's file of a kind has the same ones, so they are shared, not copied:
// each plan's copies of its tables' columns, with their descriptions, were ~10 KB of heap per plan,
// ~10 MB at 1,000 plans, held from the link stage until the open data is written.
class Columns {
  public:
    Columns() = default;
    Columns(std::vector<ColumnSpec> list) : list_(std::make_shared<const std::vector<ColumnSpec>>(std::move(list))) {}
    const std::vector<ColumnSpec>& list() const { return list_ ? *list_ : empty_list(); }
    auto begin() const { return list().begin(); }
    auto end() const { return list().end(); }
    size_t size() const { return list().size(); }
    bool empty() const { return list().empty(); }
    // The same list object (not only equal columns): what sharing is for.
    bool shares(const Columns& other) const { return list_ && list_ == other.list_; }

  private:
    static const std::vector<ColumnSpec>& empty_list() {
        static const std::vector<ColumnSpec> none;
        return none;
    }
    std::shared_ptr<const std::vector<ColumnSpec>> list_;
};

// A file's format: one value, from which its name (DCAT, the open-data list, the page) and its
// media type follow, so no writer compares strings.
enum class FileFormat { Csv, Json, JsonSchema, JsonLd, Turtle, Xlsx, Pdf };

inline const char* format_name(FileFormat f) {
    switch (f) {
        case FileFormat::Csv:
            return "CSV";
        case FileFormat::Json:
        case FileFormat::JsonSchema:
            return "JSON";
        case FileFormat::JsonLd:
            return "JSON-LD";
        case FileFormat::Turtle:
            return "Turtle";
        case FileFormat::Xlsx:
            return "XLSX";
        case FileFormat::Pdf:
            return "PDF";
    }
    return "";
}

inline const char* media_type(FileFormat f) {
    switch (f) {
        case FileFormat::Csv:
            return "text/csv";
        case FileFormat::Json:
            return "application/json";
        case FileFormat::JsonSchema:
            return "application/schema+json";
        case FileFormat::JsonLd:
            return "application/ld+json";
        case FileFormat::Turtle:
            return "text/turtle";
        case FileFormat::Xlsx:
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        case FileFormat::Pdf:
            return "application/pdf";
    }
    return "";
}

struct DataFile {
    std::string id;    // unique within the site, e.g. 222097-alpha-kpi
    std::string path;  // below the site root, e.g. opendata/222097/alpha/222097_alpha_kpi.csv
    std::string title;
    std::string description;  // one plain Japanese sentence
    FileFormat format = FileFormat::Csv;
    // plan.json lists the glossary terms the plan's pages use, so its bytes are written after the
    // pages render (app/open_data.cpp); every other file's bytes are ready when it is made.
    bool written_after_pages = false;
    std::string schema_path;  // JSON files: their JSON Schema below the site root
    Columns columns;          // CSV files
    std::string bytes;
    // A file made outside the build (the PDF `planpub pdf` printed): copied from there as it is,
    // so its bytes are not held; `known_size` is its size.
    std::string copy_from;
    // Already in the output (a build writes each plan.json as it is made, not 100 MB of them at
    // once): its bytes are let go; `known_size` is its size.
    bool written = false;
    size_t known_size = 0;
    size_t known_bomless_size = 0;  // a CSV written early: the size of its copy without a BOM
    size_t size() const { return copy_from.empty() && !written ? bytes.size() : known_size; }
    size_t bomless_size() const {
        if (written) return known_bomless_size;
        return bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? bytes.size() - 3 : bytes.size();
    }
};

struct DataSet {
    std::string id;       // e.g. 222097-alpha, 222097-glossary
    std::string plan_id;  // the plan it publishes; empty for the glossary
    std::string title;
    std::string description;
    std::vector<std::string> keywords;
    std::string standards;  // what its files follow, for the open-data list
    std::string issued;     // YYYY-MM-DD
    std::string modified;   // YYYY-MM-DD
    std::string version;    // the plan's version (front matter), if it says one
    std::optional<Period> period;
    std::string landing_page;  // below the site root, e.g. alpha/index.html
    Publisher publisher;
    std::vector<DataFile> files;
};

}  // namespace planpub
