// Link stage: connects each KPI's observations with its baseline and target and says
// how it is doing (docs/kpi-progress.md explains the method).
#pragma once
#include "model/kpi.hpp"

namespace planpub {

Progress evaluate_progress(const Kpi& kpi);
std::string progress_label(ProgressStatus s);  // 達成 / 順調 / 要努力 / 未評価
std::string progress_key(ProgressStatus s);    // achieved / on-track / needs-effort / not-evaluated

}  // namespace planpub
