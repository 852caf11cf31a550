// Render stage: sitemap.xml, robots.txt and the Atom feed (written with pugixml).
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "render/site_pages.hpp"

namespace planpub {

// A sitemap entry: a page's output path (e.g. x/purpose/index.html) and its last-modified date
// (YYYY-MM-DD, or empty).
using SitemapEntry = std::pair<std::string, std::string>;
using SitemapEntryAt = std::function<SitemapEntry(size_t)>;
using SitemapSink = std::function<void(std::string path, std::string bytes)>;
// The sitemap files: sitemap.xml alone up to 50,000 URLs (sitemaps.org's limit per file); beyond
// that sitemap-1.xml, sitemap-2.xml … of 50,000 each and sitemap.xml as their sitemap index, so
// robots.txt and search consoles keep pointing at sitemap.xml. `count` entries, asked for in order
// by `entry(i)`; each file is handed to `file` as soon as it is made (the index last), so a large
// site's list of pages and its sitemap are never all in memory.
constexpr size_t kSitemapMaxUrls = 50000;
void render_sitemaps(const RenderContext& ctx, size_t count, const SitemapEntryAt& entry, const SitemapSink& file);
// The same for a list in memory, as (path, bytes) pairs with sitemap.xml first.
std::vector<std::pair<std::string, std::string>> render_sitemaps(const RenderContext& ctx,
                                                                 const std::vector<SitemapEntry>& pages_with_dates);
std::string render_robots(const RenderContext& ctx);
// One entry per plan and per revision.
std::string render_atom_feed(const RenderContext& ctx);

}  // namespace planpub
