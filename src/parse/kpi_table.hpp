// Parse stage: kpi.csv and kpi-values.csv → Kpi values, every problem at its cell.
#pragma once
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/kpi.hpp"

namespace planpub {

// `goals`: the plan's goal numbers (a KPI may not point at a goal the plan lacks).
std::vector<Kpi> parse_kpi_csv(const SourceFile& file, const std::string& encoding, const std::vector<Goal>& goals,
                               Diagnostics& diags);
// Adds observations to `kpis`.
void parse_kpi_values_csv(const SourceFile& file, const std::string& encoding, std::vector<Kpi>& kpis,
                          Diagnostics& diags);

}  // namespace planpub
