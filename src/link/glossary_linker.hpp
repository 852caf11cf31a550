// Link stage: glossary terms in running text become links to their definitions.
// Never inside headings, links, images, code or raw HTML; the first occurrence per page by
// default (site.yaml `link: all` for every one). Adjacent text nodes are merged first, so a
// term split by an unmatched emphasis delimiter or an entity still links; so does one broken by a
// soft line break (white space), the break kept inside the link.
#pragma once
#include <cmark-gfm.h>

#include <set>
#include <string>
#include <vector>

#include "link/term_matcher.hpp"
#include "model/glossary.hpp"

namespace planpub {

// The terms one plan's pages can link: the plan's own and the site's (the plan's win).
struct TermIndex {
    TermMatcher matcher;
    std::vector<const Term*> terms;  // by matcher key
    // Escaped once here rather than on every link: "#fragment" and the data-* attributes,
    // and the closing markup (hidden suffix with the expansion).
    std::vector<std::string> fragment, attributes, closing;
};

// "#" + the term's anchor percent-encoded: the fragment of every href to a term's definition on
// glossary/index.html (the links in pages, and the URLs and IRIs in the open data).
std::string term_fragment(const Term& term);

TermIndex build_term_index(const Glossary& glossary, const std::string& plan_id);

struct LinkOptions {
    bool every_occurrence = false;
    std::string glossary_url;  // relative URL of glossary/index.html from the page
    // Terms already linked earlier on the same page, when a page is linked in several parts
    // (the KPI page's descriptions); updated. Null: the document is the whole page.
    std::set<const Term*>* linked_before = nullptr;
};

// Links terms in `doc`; returns the terms the page uses (linked or not).
std::set<const Term*> link_glossary_terms(cmark_node* doc, const TermIndex& index, const LinkOptions& options);

}  // namespace planpub
