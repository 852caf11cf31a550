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
    std::vector<CsvRecord> records;  // the header is records[0], unless skipped[0] came before it
    // Records with a reported error (a misplaced quote, a byte that is not text), with the fields
    // read before it: callers can tell that a KPI exists without reading it, and report nothing
    // more about it.
    std::vector<CsvRecord> skipped;
    bool incomplete = false;  // the rest of the file after an error could not be read (reported)
};

// `encoding`: "" (detect), "utf-8", "shift_jis" or "cp932". Bytes that are not text in it are
// reported (once per line) and become U+FFFD; their lines go to `bad_lines`, for parse_csv to skip.
// Returns false when the text cannot be used at all (control characters: reported).
bool decode_csv_text(std::string& bytes, const std::string& path, const std::string& encoding, Diagnostics& diags,
                     std::vector<int>* bad_lines = nullptr);
// Reports each syntax error, skips its record and reads on from the next line; records on
// `bad_lines` are skipped too. Returns false only when a limit is exceeded (reported); `out` then
// holds part of the file.
bool parse_csv(const std::string& utf8_text, const std::string& path, CsvTable& out, Diagnostics& diags,
               const std::vector<int>& bad_lines = {});

}  // namespace planpub
