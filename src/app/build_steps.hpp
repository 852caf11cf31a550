// Build steps that need the whole site or mix stages: cross-plan checks, the accessibility
// results block, and ```kpi blocks inside pages. Used by site_build.cpp.
#pragma once
#include <string>

#include "diag/diagnostics.hpp"
#include "link/glossary_linker.hpp"
#include "link/internal_links.hpp"
#include "load/content_tree.hpp"
#include "model/output.hpp"
#include "model/site.hpp"
#include "parse/markdown.hpp"

namespace planpub {

// Checks between plans and pages that need the whole site.
void check_references(const Site& site, Diagnostics& diags);
// A plan that publishes open data but has no `published:` date: its open data carries no 公開日
// (and no 最終更新日 when the content holds no date at all), never the day of the build. Once per plan.
void warn_undated_open_data(const Site& site, Diagnostics& diags);
// Shows content/accessibility-results.json (written by the test run) as HTML.
std::string results_html(const SourceFile& f, Diagnostics& diags);
// A ```kpi block: `goal: N` (every KPI of goal N) or `id: X` (one KPI), one per line. Renders the
// table (status with its reason) and the chart of each KPI that has one; `block_number` (1, 2 … on
// the page) keeps the charts' ids unique.
std::string render_kpi_block(const Plan& plan, const std::string& body, Location where, const std::string& kpi_url,
                             int block_number, Diagnostics& diags);

// Markdown written in a data field (a KPI's description): the same treatment as page text —
// raw HTML and unsafe links made safe, links resolved from `source_dir` for a page in `from_dir`,
// glossary terms linked (`terms` may be null) — rendered as block HTML.
struct FieldContext {
    MarkdownParser& parser;
    const SiteIndex& index;
    std::string source_dir, from_dir;
    const TermIndex* terms;
    LinkOptions link;
};
// The content's static/ files, copied to the output root; one that would replace or sit inside a
// file planpub writes is an error naming both (never a silent overwrite).
void add_static_files(const std::vector<Attachment>& files, OutputSet& outputs, Diagnostics& diags);

std::string field_markdown_html(const std::string& text, const SourceSpan& where, FieldContext& ctx, Diagnostics& diags);

}  // namespace planpub
