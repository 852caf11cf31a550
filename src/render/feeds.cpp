#include "render/feeds.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <sstream>

#include "text/era_year.hpp"
#include "text/utf8.hpp"
#include "vocab/words.hpp"
#include "vocab/routes.hpp"

namespace planpub {

static std::string to_string(const pugi::xml_document& doc) {
    std::ostringstream ss;
    doc.save(ss, "  ", pugi::format_default | pugi::format_no_declaration, pugi::encoding_utf8);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ss.str();
}

std::string render_sitemap(const RenderContext& ctx, const std::vector<std::pair<std::string, std::string>>& pages) {
    pugi::xml_document doc;
    auto urlset = doc.append_child("urlset");
    urlset.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
    for (const auto& [path, date] : pages) {
        auto url = urlset.append_child("url");
        url.append_child("loc").text() = (ctx.site.config.base_url + href_escape(path)).c_str();
        if (!date.empty()) url.append_child("lastmod").text() = date.c_str();
    }
    return to_string(doc);
}

std::vector<std::pair<std::string, std::string>> render_sitemaps(
    const RenderContext& ctx, const std::vector<std::pair<std::string, std::string>>& pages) {
    if (pages.size() <= kSitemapMaxUrls) return {{routes::sitemap(), render_sitemap(ctx, pages)}};
    std::vector<std::pair<std::string, std::string>> files;
    pugi::xml_document index;
    auto root = index.append_child("sitemapindex");
    root.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
    for (size_t from = 0, n = 1; from < pages.size(); from += kSitemapMaxUrls, ++n) {
        std::vector<std::pair<std::string, std::string>> part(
            pages.begin() + from, pages.begin() + std::min(pages.size(), from + kSitemapMaxUrls));
        std::string name = routes::sitemap_part(n);
        std::string newest;
        for (const auto& p : part) newest = std::max(newest, p.second);
        auto entry = root.append_child("sitemap");
        entry.append_child("loc").text() = (ctx.site.config.base_url + name).c_str();
        if (!newest.empty()) entry.append_child("lastmod").text() = newest.c_str();
        files.push_back({name, render_sitemap(ctx, part)});
    }
    files.insert(files.begin(), {routes::sitemap(), to_string(index)});
    return files;
}

std::string render_robots(const RenderContext& ctx) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + ctx.site.config.base_url + routes::sitemap() + "\n";
}

std::string render_atom_feed(const RenderContext& ctx) {
    const SiteConfig& c = ctx.site.config;
    pugi::xml_document doc;
    auto feed = doc.append_child("feed");
    feed.append_attribute("xmlns") = "http://www.w3.org/2005/Atom";
    feed.append_attribute("xml:lang") = c.language.c_str();
    feed.append_child("title").text() = c.title.c_str();
    feed.append_child("id").text() = c.base_url.c_str();
    auto self = feed.append_child("link");
    self.append_attribute("rel") = "self";
    self.append_attribute("href") = (c.base_url + routes::feed()).c_str();
    auto alt = feed.append_child("link");
    alt.append_attribute("href") = c.base_url.c_str();
    std::string newest = c.updated;
    for (const Plan& p : ctx.site.plans) newest = std::max(newest, plan_updated(p, ctx));
    feed.append_child("updated").text() = ((newest.empty() ? ctx.build_date : newest) + "T00:00:00Z").c_str();
    feed.append_child("author").append_child("name").text() = (c.publisher.prefecture + c.publisher.name).c_str();
    auto entry = [&](const std::string& id, const std::string& title, const std::string& url, const std::string& date,
                     const std::string& summary) {
        auto e = feed.append_child("entry");
        e.append_child("title").text() = title.c_str();
        e.append_child("id").text() = id.c_str();
        e.append_child("link").append_attribute("href") = url.c_str();
        e.append_child("updated").text() = (date + "T00:00:00Z").c_str();
        e.append_child("summary").text() = summary.c_str();
    };
    for (const Plan& p : ctx.site.plans) {
        std::string url = c.base_url + routes::plan(p.id);
        entry(url, p.title, url, plan_updated(p, ctx),
              status_label(p.status) + "・計画期間 " + display_period(p.period));
        int n = 0;
        for (const Revision& r : p.revisions) {
            ++n;
            entry(url + "#revision-" + std::to_string(n), p.title + "（改訂）", url,
                  // Atom needs a day: a revision dated by its month alone takes the plan's date, not an invented day.
                  r.date.size() != 10 ? plan_updated(p, ctx) : r.date, r.summary);
        }
    }
    return to_string(doc);
}

}  // namespace planpub
