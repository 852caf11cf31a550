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

struct PageResult {
    std::string path;   // output path, routes::plan or routes::page
    std::string title;  // as other pages name it: 「ページ名（計画の略称）」, or the plan's short title
    std::string html;   // the whole document; moved to the output set (and by serve) once taken
    std::string body;   // the page's own content (rendered Markdown, links from `path`), for the print edition
    // Glossary terms linked on the page, in pointer order (as a std::set would hold them): a vector,
    // because a set's nodes took about 1 KB per page, 100 MB at 100,000 pages.
    std::vector<const Term*> used_terms;
    std::string date;                       // last modified, for the sitemap
    std::vector<search::Section> sections;  // the text of its <main> by heading, for the site search
};

}  // namespace planpub
