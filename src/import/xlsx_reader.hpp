// Import stage: an .xlsx workbook → sheets → a grid of cells with A1 references and the text Excel
// shows: shared strings (rich-text runs joined, phonetic runs left out), inline strings, numbers
// through their number format, dates as dates, booleans and error values (#DIV/0!) as such, merged
// ranges, hidden rows and columns. What a cell means is kpi_sheet's business, not this reader's.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "import/number_format.hpp"
#include "import/sheet_grid.hpp"
#include "import/zip_reader.hpp"

namespace planpub {

struct XlsxLimits {
    static constexpr size_t max_cells = 200000;  // a KPI sheet has a few thousand
    static constexpr size_t max_merges = 20000;
    static constexpr size_t max_merged_cells = 500000;  // cells inside merged ranges, all told
};

struct SheetEntry {
    std::string name;
    std::string part;  // xl/worksheets/sheet1.xml
    bool hidden = false;
};

class XlsxBook {
  public:
    // Reads the workbook's sheet list, shared strings and styles; false (reported) when the file is
    // no readable .xlsx.
    bool open(const std::string& path, const std::string& display, Diagnostics& diags);
    const std::vector<SheetEntry>& sheets() const { return sheets_; }
    std::optional<SheetGrid> read_sheet(const SheetEntry& sheet, Diagnostics& diags);
    // FILE:SHEET!A1, as diagnostics name a cell (a sheet name never holds ':').
    std::string place(const std::string& sheet, int row, int col) const;
    // The cells and columns of one sheet, named as place() names them.
    GridPlaces places(const std::string& sheet) const;

  private:
    ZipArchive zip_;
    std::string display_;
    std::vector<SheetEntry> sheets_;
    std::vector<std::string> shared_;
    std::vector<std::string> style_formats_;  // cellXfs index → number format code
    bool date1904_ = false;
};

}  // namespace planpub
