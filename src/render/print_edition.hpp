// Render stage: a plan's print edition (<plan>/print/index.html) — the whole plan in reading order
// on one page: cover, contents, the overview, every page, the KPIs, the glossary terms the plan
// uses as an appendix and the revision history. The parts are the fragments the pages were
// rendered with; `rebase_for_print` makes them fit on one page (unique ids, links between parts
// as in-page anchors, other links re-based), so nothing is rendered twice.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/glossary.hpp"
#include "model/site.hpp"
#include "render/site_pages.hpp"
#include "render/templates.hpp"

namespace planpub {

// One part of the edition as it was rendered for the site.
struct PrintPart {
    std::string path;  // the output path the fragment was written for: its links are relative to it
    std::string
        anchor;  // the part's id in the edition ("plan", "page-<slug>", "kpi"); ids inside become "<anchor>--<id>"
    std::string title;  // its heading (empty: the part has none of its own)
};

// A fragment of `part` as it stands in the edition at `print_path`:
// - every id (and aria-labelledby, aria-describedby, for, headers, href="#…") prefixed "<anchor>--"
//   (left alone when `part.anchor` is empty);
// - a link to a part's page becomes "#<anchor>" (or "#<anchor>--<fragment>");
// - a link to a glossary term in `appendix_terms` (Term::anchor) becomes "#g-<anchor>";
// - any other relative link is re-based to `print_path`; absolute ones stay;
// - headings go `shift` levels down (at most h6), under the part's own h2.
std::string rebase_for_print(const std::string& html, const PrintPart& part, const std::vector<PrintPart>& parts,
                             const std::string& print_path, const std::set<std::string>& appendix_terms, int shift);

// What rebase_for_print needs of the whole edition, made once per plan: a plan of 1,000 pages has
// thousands of links, and looking each up among the parts was quadratic (10 s at 20,000 pages).
struct PrintLinks {
    PrintLinks(const std::vector<PrintPart>& parts, std::string print_path,
               const std::set<std::string>& appendix_terms);
    std::unordered_map<std::string, std::string> anchor_of;  // a part's path → its anchor (the first part wins)
    std::string print_path;
    const std::set<std::string>& appendix_terms;
};
std::string rebase_for_print(const std::string& html, const PrintPart& part, const PrintLinks& links, int shift);
// The same, appended to `out`: an edition's fragments go one after another into one buffer that its
// worker keeps (a fresh string for each was ~40% of a clean build's page faults).
void rebase_for_print(std::string& out, std::string_view html, const PrintPart& part, const PrintLinks& links,
                      int shift);

// What render_print_edition puts together; the views are into the caller's buffers.
struct PrintEdition {
    std::vector<PrintPart> parts;               // in reading order (their path, anchor and title)
    std::vector<std::string_view> part_html;    // each part's fragment, rebased, same order
    std::vector<const Term*> terms;             // the appendix, in 50音 order
    std::vector<std::string_view> definitions;  // each term's definition (inline HTML, rebased), same order
};

// The print edition as `planpub pdf` prints it: every relative link of an <a> made absolute from
// `base_url` (the site's address, ending in '/'), so that a link from the PDF leads to the site and
// not to the printing machine's files. Stylesheet and pictures stay relative (printed offline).
std::string absolute_links(const std::string& html, const std::string& page_path, const std::string& base_url);

// The plan's structure (goals, pillars, measures) as nested lists, as on its overview page.
std::string plan_structure_html(const Plan& plan);

// The edition's page into `out` (its room kept: a plan's edition is megabytes, and each worker
// makes one plan's after another). The fragments are copied once, into their places in `out`.
void render_print_edition(Templates& t, const RenderContext& ctx, const Plan& plan, const PrintEdition& e,
                          std::string& out);

}  // namespace planpub
