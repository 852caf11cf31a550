// Import stage: the header block of a KPI sheet → what each column holds. Japanese headers as
// municipal sheets write them (基本目標, 施策, 指標, 単位, 基準値, 基準年度, 目標値, 目標年度,
// 現状値/実績値, R2/令和2年度/2020年度, 備考), over one to four rows, with merged header cells
// spanning the columns beneath them (目標値 over 値 | 年度).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "import/sheet_grid.hpp"
#include "model/year.hpp"

namespace planpub {

struct SheetColumn {
    int col = 0;
    std::string key;           // a kpi.csv key, "actual", "actual_year", "note", or empty (not imported)
    std::string header;        // the header as written, its rows joined with " / "
    std::optional<Year> year;  // a year the header names (R2, 目標値（令和7年度）)
    std::string year_text;     // that year as written
    bool fiscal = true;        // a year column headed 年度 (not 年): plain 2020 is 2020年度
    int header_row = 0;        // the header cell that says what the column is
};

struct SheetHeader {
    int first_row = 0, last_row = 0;  // 0: the sheet has no KPI header
    std::vector<SheetColumn> columns;
    const SheetColumn* find(const std::string& key) const;
};

// Header text folded for matching: NFKC, lower case, no whitespace, no footnote marks (※1).
std::string header_fold(const std::string& text);
// The first rows (up to 30) are searched for a row with an indicator column (指標, KPI …).
SheetHeader find_kpi_header(const SheetGrid& g);
// Columns that several sheet layouts spell differently are settled here, each choice reported
// where the user must look (a 現状値 column read as the baseline, interim targets left out).
void settle_columns(SheetHeader& h, const SheetGrid& g, const GridPlaces& places, Diagnostics& diags);

}  // namespace planpub
