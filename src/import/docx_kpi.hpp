// Import stage: a KPI table in a Word document → KPI rows, read by the same header and cell rules as
// an Excel KPI sheet (kpi_headers, kpi_sheet, kpi_csv_out). A pandoc table becomes the grid an Excel
// sheet would be; what cannot be read is reported at its 表, 行 and 列, never guessed.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "import/docx_model.hpp"
#include "import/kpi_sheet.hpp"
#include "import/sheet_grid.hpp"

namespace planpub {

// pandoc's Table rows in reading order: the head's, each body's (its intermediate head rows, then
// its rows), the foot's.
std::vector<const nlohmann::json*> pandoc_table_rows(const nlohmann::json& table);

// A pandoc Table as the grid Excel would hold: a merged cell (rowspan/colspan) has its text in its
// top-left slot and a merged range over the slots it covers; rows are numbered from 1 over the
// head, bodies and foot; cells hold plain text (no Markdown), empty cells are absent.
SheetGrid pandoc_table_grid(const nlohmann::json& table);

// 行4 列3 (with the caption first, when there is one): how a Word table's cell is named.
GridPlaces word_table_places(const std::string& caption);

// One KPI table met while mapping, waiting for the end of the document (when every goal is known)
// to be checked and written.
struct DocxKpiTable {
    DocxPlace where;
    std::string caption;
    bool made_up_caption = false;      // the document gave none: it is not written on the page
    std::string token;                 // stands in the page's Markdown where the table was
    std::string table_markdown;        // what the page gets instead when the KPIs cannot be written
    std::vector<ReviewItem> as_table;  // the table's review items, which apply only if it stays a table
    std::vector<ImportedKpi> kpis;
    std::vector<std::string> notes;  // rows that are one cell across the table (出典：…): kept as text below
    std::vector<ReviewItem> cells;   // cells the KPI rules could not read (left out)
    std::string converted;           // its line in the report's list of what was converted
    size_t review_at = 0, converted_at = 0;  // where its report lines go: in document order
};

}  // namespace planpub
