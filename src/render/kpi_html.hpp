// Render stage: KPIs as accessible HTML — summary tables, one section per KPI with its
// figures in words, and an SVG chart drawn at build time with the same numbers in a table.
#pragma once
#include <string>
#include <vector>

#include "model/kpi.hpp"
#include "render/templates.hpp"

namespace planpub {

// A table of KPIs (for ```kpi blocks and the KPI page's overview), through the theme's kpi_table
// template. `kpi_page_url` links each name; `with_reasons` puts each status's reason beside it (a
// block has no detail section to say it).
std::string render_kpi_table(Templates& t, const std::vector<const Kpi*>& kpis, const std::string& caption,
                             const std::string& kpi_page_url, bool with_reasons = false);
// One KPI in full: figures, progress with its reason, chart and data table (the kpi_detail
// template). `description_html`: the description as rendered Markdown; empty: shown as plain text.
std::string render_kpi_detail(Templates& t, const Kpi& kpi, int heading_level,
                              const std::string& description_html = {});
// Where a chart stands, when not on the KPI page above its table.
struct KpiChartPlace {
    std::string id_suffix;  // keeps ids unique when a page shows the same KPI's chart twice
    int up_to_year = 0;     // an evaluation's chart: the actuals up to this fiscal year only
    std::string figures_note;  // where the figures are written: "数値は上の表と、KPIのページの表のとおり。"
};

// The chart alone (empty when the KPI has fewer than two figures with a year): the baseline and
// the actuals against the path from the baseline to the target.
std::string render_kpi_chart(const Kpi& kpi, const KpiChartPlace& place = {});
std::string figure_with_year(const KpiFigure& f, const std::optional<Year>& y, const std::string& unit);

}  // namespace planpub
