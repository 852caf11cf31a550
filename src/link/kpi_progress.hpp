// Link stage: connects each KPI's observations with its baseline and target and says
// how it is doing (docs/kpi-progress.md explains the method).
#pragma once
#include "model/kpi.hpp"

namespace planpub {

Progress evaluate_progress(const Kpi& kpi);

}  // namespace planpub
