// Import stage: a table as a grid of cells — an Excel sheet (xlsx_reader) or a Word table (docx_kpi)
// — with its merged ranges, and how diagnostics name one of its cells. The KPI readers (kpi_headers,
// kpi_sheet) read this grid and never the file it came from.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "import/number_format.hpp"

namespace planpub {

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
    void add_merge(const MergeRange& m);                 // indexes every cell the range covers
};

// How a diagnostic names a cell and a column of the grid: FILE:SHEET!B4 and B for a sheet,
// 行4 列2 and 列2 for a Word table (which has no letters).
struct GridPlaces {
    std::function<std::string(int row, int col)> cell;
    std::function<std::string(int col)> column;
};

std::string column_letters(int col);
std::string a1(int row, int col);

}  // namespace planpub
