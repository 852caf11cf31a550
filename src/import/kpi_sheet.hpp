// Import stage: a KPI sheet's grid → KPI rows for kpi.csv and values for kpi-values.csv. Every
// cell is read through the KPI figure and year rules; a cell those rules reject is reported at its
// sheet!A1 with the rule's hint and left out, so the written kpi.csv builds.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "import/kpi_headers.hpp"
#include "import/sheet_grid.hpp"

namespace planpub {

struct CellText {
    std::string text;
    int row = 0, col = 0;  // the cell it came from (0: made by planpub, e.g. a generated id)
};

struct ImportedKpi {
    std::map<std::string, CellText> fields;  // kpi.csv key → text
    int row = 0;
    struct Value {
        CellText year, value;
    };
    std::vector<Value> values;
};

struct KpiSheet {
    std::vector<ImportedKpi> kpis;
    int first_data_row = 0, last_data_row = 0;
};

// What the tables read before this one leave to it: the goal the text around the table names (a
// Word table under 基本目標1), and how many KPIs each goal has so far, so that generated ids go on
// (g1-3 after g1-2) instead of starting again at g1-1.
struct KpiNumbering {
    int goal = 0;
    std::map<int, int> per_goal;
};

KpiSheet read_kpi_sheet(const SheetGrid& g, const SheetHeader& h, const GridPlaces& places, Diagnostics& diags,
                        KpiNumbering* numbering = nullptr);

}  // namespace planpub
