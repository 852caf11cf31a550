// Link stage: relative links between content files become links between output pages.
// A page links to `02-purpose.md`, `../other-plan/index.md` or `files/plan.pdf` as it sees
// them in content/; the output puts pages one folder deeper (<plan>/<slug>/index.html),
// so every relative link is re-based, and a link to a file that does not exist is an error.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/site.hpp"
#include "parse/markdown.hpp"

namespace planpub {

// Where each content file is published: content path (relative to the content folder, e.g.
// plans/x/02-purpose.md) → output path (relative to the site root, e.g. x/purpose/index.html). Sorted arrays,
// not a std::map and a std::set: a tree node per page cost 32 bytes more than the pair it holds,
// ~3 MB at 100,000 pages (19.3 → 16.1 MB, counted at the link stage), held while every page renders.
struct SiteIndex {
    std::vector<std::pair<std::string, std::string>> outputs;  // sorted by content path, each once
    std::vector<std::string> unread;  // sorted: content paths of pages there but not read (Plan::unread_pages)
    const std::string* output_of(const std::string& content_path) const;  // null: none
    bool is_unread(const std::string& content_path) const;
};

SiteIndex build_site_index(const Site& site);

// `from_dir`: output folder of the page being rendered ("x/purpose/"); `source_dir`: its
// content folder ("plans/x/").
void rewrite_internal_links(cmark_node* doc, const MarkdownSource& src, const std::string& source_dir,
                            const std::string& from_dir, const SiteIndex& index, Diagnostics& diags);

// Joins and normalizes '/'-separated paths; returns false when '..' climbs above the root.
bool normalize_path(const std::string& path, std::string& out);

}  // namespace planpub
