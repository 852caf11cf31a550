// Parse stage: the words that make a KPI figure a total or an average over a period, as real
// plans write them — 120件（2021～2026年度累計）, 5件(5年間), 1,890人（2021～2026年度平均）,
// 610人(期間平均), 年平均1,890人 — taken off the cell's text before its figure is read.
#pragma once
#include <string>

#include "model/kpi.hpp"

namespace planpub {

struct PeriodWords {
    KpiFigure::Span span = KpiFigure::Span::None;
    int years = 0;         // (5年間)
    int from = 0, to = 0;  // (2021～2026年度累計): 西暦, 0 when not written
    std::string before;    // 年平均 in 年平均1,890人, as written in the cell
    std::string after;     // （2021～2026年度累計） in the cell, as written
};

// `text` is the cell after NFKC; what is recognised is removed from it. `source` is the cell as
// written, from which `before` and `after` are cut for display. A bracket that is not understood
// (2009~14年 with neither 累計 nor 平均) is left in `text`: the figure is then not read.
PeriodWords take_period_words(std::string& text, const std::string& source);

}  // namespace planpub
