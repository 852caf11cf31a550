// Open data: the evaluation sheet (効果検証シート) of one fiscal year as an Excel workbook,
// <code>_<plan>_evaluation_<year>.xlsx — the layout cities hand to the 戦略会議: per goal, each KPI
// with unit, baseline, target, the actuals of every year so far, the achievement rate, grade,
// comments and next step (sheet 指標（KPI）), then each measure's evaluation (sheet 施策). The same
// figures as the evaluation CSV; docs/evaluation.md "The Excel evaluation sheet" describes it.
#pragma once
#include <string>
#include <vector>

#include "model/opendata.hpp"
#include "model/site.hpp"

namespace planpub {

struct SheetProblem {
    std::string path;  // the file it would have written
    std::string message;
};

// One workbook per evaluated year, bytes included, in year order; none when the plan has no
// evaluation rows. A workbook that could not be made is left out and said in `problems`.
std::vector<DataFile> evaluation_sheets(const Plan& plan, std::vector<SheetProblem>& problems);

}  // namespace planpub
