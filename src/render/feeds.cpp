#include "render/feeds.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <sstream>

#include "text/era_year.hpp"
#include "text/utf8.hpp"
#include "vocab/words.hpp"
#include "vocab/routes.hpp"

namespace planpub {

constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

static std::string to_string(const pugi::xml_document& doc) {
    std::ostringstream ss;
    doc.save(ss, "  ", pugi::format_default | pugi::format_no_declaration, pugi::encoding_utf8);
    return kXmlDeclaration + ss.str();
}

namespace {

constexpr const char* kSitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

// Appends what pugixml prints to a string.
struct StringWriter : pugi::xml_writer {
    std::string& bytes;
    explicit StringWriter(std::string& b) : bytes(b) {}
    void write(const void* data, size_t size) override { bytes.append(static_cast<const char*>(data), size); }
};

// One sitemap file (<urlset> of <url>, or <sitemapindex> of <sitemap>), its entries printed by
// pugixml one at a time from a single reused element, so escaping and layout stay pugixml's
// (the test compares it with a whole document saved at once). A whole document of 50,000 URLs was
// 21 MB of pugixml nodes, and with its copies through a string stream the sitemap was 58 MB of a
// 100,000-page build's 169 MB heap peak (heaptrack).
class SitemapFile {
  public:
    SitemapFile(const char* root, const char* entry) : root_(root) {
        entry_ = doc_.append_child(entry);
        bytes_ = std::string(kXmlDeclaration) + "<" + root_ + " xmlns=\"" + kSitemapNamespace + "\">\n";
    }
    void add(const std::string& loc, const std::string& lastmod) {
        entry_.remove_children();
        entry_.append_child("loc").text() = loc.c_str();
        if (!lastmod.empty()) entry_.append_child("lastmod").text() = lastmod.c_str();
        StringWriter to(bytes_);
        entry_.print(to, "  ", pugi::format_default, pugi::encoding_utf8, 1);
        empty_ = false;
    }
    std::string finish() {
        if (empty_) {  // pugixml's form of an element without children
            bytes_.resize(bytes_.size() - 2);
            bytes_ += " />\n";
        } else {
            bytes_ += std::string("</") + root_ + ">\n";
        }
        return std::move(bytes_);
    }

  private:
    const char* root_;
    pugi::xml_document doc_;
    pugi::xml_node entry_;
    std::string bytes_;
    bool empty_ = true;
};

// Entries [from, end) as one <urlset>; `newest` gets their latest date.
std::string urlset(const RenderContext& ctx, size_t from, size_t end, const SitemapEntryAt& entry,
                   std::string& newest) {
    SitemapFile file("urlset", "url");
    for (size_t i = from; i < end; ++i) {
        const SitemapEntry e = entry(i);
        file.add(ctx.site.config.base_url + href_escape(e.first), e.second);
        newest = std::max(newest, e.second);
    }
    return file.finish();
}

}  // namespace

void render_sitemaps(const RenderContext& ctx, size_t count, const SitemapEntryAt& entry, const SitemapSink& file) {
    std::string newest;
    if (count <= kSitemapMaxUrls) return file(routes::sitemap(), urlset(ctx, 0, count, entry, newest));
    SitemapFile index("sitemapindex", "sitemap");
    for (size_t from = 0, n = 1; from < count; from += kSitemapMaxUrls, ++n) {
        const std::string name = routes::sitemap_part(n);
        newest.clear();
        file(name, urlset(ctx, from, std::min(count, from + kSitemapMaxUrls), entry, newest));
        index.add(ctx.site.config.base_url + name, newest);
    }
    file(routes::sitemap(), index.finish());
}

std::vector<std::pair<std::string, std::string>> render_sitemaps(const RenderContext& ctx,
                                                                 const std::vector<SitemapEntry>& pages) {
    std::vector<std::pair<std::string, std::string>> files;
    render_sitemaps(
        ctx, pages.size(), [&](size_t i) { return pages[i]; },
        [&](std::string path, std::string bytes) { files.emplace_back(std::move(path), std::move(bytes)); });
    std::rotate(files.begin(), files.end() - 1, files.end());  // sitemap.xml first
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
