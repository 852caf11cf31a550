// Parse stage: CSV as exported from Excel → records with positions. RFC 4180 via libcsv;
// UTF-8 (BOM or not) or Shift_JIS/CP932 (declared in site.yaml, or detected), via iconv.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

namespace planpub {

struct CsvField {
    std::string text;
    int line = 0;
    int column = 0;  // characters, 1-based
};

struct CsvRecord {
    int line = 0;  // where the record starts
    std::vector<CsvField> fields;
};

struct CsvTable {
    std::vector<CsvRecord> records;  // the header is records[0]
};

// `encoding`: "" (detect), "utf-8", "shift_jis" or "cp932". Returns false on errors (reported).
bool decode_csv_text(std::string& bytes, const std::string& path, const std::string& encoding, Diagnostics& diags);
bool parse_csv(const std::string& utf8_text, const std::string& path, CsvTable& out, Diagnostics& diags);

}  // namespace planpub
