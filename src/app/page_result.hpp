// One page of a plan (or its overview) as the render stage leaves it: the HTML and what the
// site-wide producers need to know about it, so they never go back to the page's tree.
#pragma once
#include <string>
#include <vector>

#include "model/glossary.hpp"
#include "model/site.hpp"
#include "search/search_index.hpp"

namespace planpub {

struct PageJob {
    const Plan* plan;
    long page;  // -1: the plan's overview (index.md)
};

// Its output path, title and date are not kept here but derived from the job when needed
// (page_path, page_title, page_date in pages.hpp): three strings a page were ~19 MB at 100,000 pages.
struct PageResult {
    std::string html;  // the whole document; moved to the output set (and by serve) once taken
    std::string body;  // the page's own content (rendered Markdown, links from its path), for the print edition
    // Glossary terms linked on the page, in pointer order (as a std::set would hold them): a vector,
    // because a set's nodes took about 1 KB per page, 100 MB at 100,000 pages.
    std::vector<const Term*> used_terms;
    std::vector<search::Section> sections;  // the text of its <main> by heading, for the site search
};

}  // namespace planpub
