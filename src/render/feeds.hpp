// Render stage: sitemap.xml, robots.txt and the Atom feed (written with pugixml).
#pragma once
#include <string>
#include <vector>

#include "render/site_pages.hpp"

namespace planpub {

// `pages`: output paths of the HTML pages (e.g. x/purpose/index.html), sorted.
std::string render_sitemap(const RenderContext& ctx,
                           const std::vector<std::pair<std::string, std::string>>& pages_with_dates);
// The sitemap files: sitemap.xml alone up to 50,000 URLs (sitemaps.org's limit per file); beyond
// that sitemap-1.xml, sitemap-2.xml … of 50,000 each and sitemap.xml as their sitemap index, so
// robots.txt and search consoles keep pointing at sitemap.xml. Returns (path, bytes) pairs.
constexpr size_t kSitemapMaxUrls = 50000;
std::vector<std::pair<std::string, std::string>> render_sitemaps(
    const RenderContext& ctx, const std::vector<std::pair<std::string, std::string>>& pages_with_dates);
std::string render_robots(const RenderContext& ctx);
// One entry per plan and per revision.
std::string render_atom_feed(const RenderContext& ctx);

}  // namespace planpub
