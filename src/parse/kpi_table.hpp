// Parse stage: kpi.csv and kpi-values.csv → Kpi values, every problem at its cell.
#pragma once
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/kpi.hpp"

namespace planpub {

// `goals`: the plan's goals (a KPI may not point at a goal the plan lacks), or nullptr when they
// are not known because index.md's front matter had an error. `unread` receives the KPIs whose
// rows had errors.
std::vector<Kpi> parse_kpi_csv(const SourceFile& file, const std::string& encoding, const std::vector<Goal>* goals,
                               Diagnostics& diags, UnreadKpis* unread = nullptr);
// Adds observations to `kpis`; values of `unread` KPIs are dropped without a second error.
void parse_kpi_values_csv(const SourceFile& file, const std::string& encoding, std::vector<Kpi>& kpis,
                          Diagnostics& diags, const UnreadKpis* unread = nullptr);

}  // namespace planpub
