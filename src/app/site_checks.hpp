// Checks that need the whole parsed site, run once after parsing.
#pragma once
#include "diag/diagnostics.hpp"
#include "model/site.hpp"

namespace planpub {

// Between plans and pages: related plans exist, a page's goal is one of its plan's goals.
void check_references(const Site& site, Diagnostics& diags);
// A plan that publishes open data but has no `published:` date: its open data carries no 公開日
// (and no 最終更新日 when the content holds no date at all), never the day of the build. Once per plan.
void warn_undated_open_data(const Site& site, Diagnostics& diags);

}  // namespace planpub
