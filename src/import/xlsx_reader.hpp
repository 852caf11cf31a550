// Import stage: an .xlsx workbook → sheets → a grid of cells with A1 references and the text Excel
// shows: shared strings (rich-text runs joined, phonetic runs left out), inline strings, numbers
// through their number format, dates as dates, booleans and error values (#DIV/0!) as such, merged
// ranges, hidden rows and columns. What a cell means is kpi_sheet's business, not this reader's.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostics.hpp"
#include "import/number_format.hpp"
#include "import/zip_reader.hpp"

namespace planpub {

struct XlsxLimits {
    static constexpr size_t max_cells = 200000;  // a KPI sheet has a few thousand
    static constexpr size_t max_merges = 20000;
    static constexpr size_t max_merged_cells = 500000;  // cells inside merged ranges, all told
};

struct XCell {
    enum class Kind { Text, Number, Date, Bool, Error, NoValue };
    Kind kind = Kind::Text;
    std::string text;  // as Excel shows it (a date: YYYY-MM-DD; an error: #DIV/0!)
    double number = 0;
    CellDate date;
    bool says_fiscal = false;  // a date whose format writes 年度 (ggge"年度")
};

struct MergeRange {
    int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
};

struct SheetGrid {
    std::string name;
    std::map<std::pair<int, int>, XCell> cells;  // (row, column), 1-based; empty cells are absent
    std::vector<MergeRange> merges;
    std::unordered_map<uint64_t, size_t> merged;  // (row, column) → its range in `merges`
    std::set<int> hidden_rows, hidden_cols;
    int max_row = 0, max_col = 0;
    const XCell* at(int row, int col) const;
    const MergeRange* merge_at(int row, int col) const;  // the merged range that covers the cell
};

struct SheetEntry {
    std::string name;
    std::string part;  // xl/worksheets/sheet1.xml
    bool hidden = false;
};

std::string column_letters(int col);
std::string a1(int row, int col);

class XlsxBook {
  public:
    // Reads the workbook's sheet list, shared strings and styles; false (reported) when the file is
    // no readable .xlsx.
    bool open(const std::string& path, const std::string& display, Diagnostics& diags);
    const std::vector<SheetEntry>& sheets() const { return sheets_; }
    std::optional<SheetGrid> read_sheet(const SheetEntry& sheet, Diagnostics& diags);
    // FILE:SHEET!A1, as diagnostics name a cell (a sheet name never holds ':').
    std::string place(const std::string& sheet, int row, int col) const;

  private:
    ZipArchive zip_;
    std::string display_;
    std::vector<SheetEntry> sheets_;
    std::vector<std::string> shared_;
    std::vector<std::string> style_formats_;  // cellXfs index → number format code
    bool date1904_ = false;
};

}  // namespace planpub
