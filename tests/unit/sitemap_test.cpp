// sitemap.xml within sitemaps.org's limit of 50,000 URLs per file: beyond it, a sitemap index.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <sstream>

#include "render/feeds.hpp"
#include "text/utf8.hpp"

using namespace planpub;

static size_t count(const std::string& xml, const char* tag) {
    pugi::xml_document doc;
    REQUIRE(doc.load_string(xml.c_str()));
    return static_cast<size_t>(
        std::distance(doc.document_element().children(tag).begin(), doc.document_element().children(tag).end()));
}

TEST_CASE("sitemap: one file up to 50,000 URLs, an index and parts beyond", "[render][sitemap]") {
    Site site;
    site.config.base_url = "https://example.jp/plans/";
    RenderContext ctx(site, "2025-01-01");
    std::vector<std::pair<std::string, std::string>> pages;
    for (size_t i = 0; i < kSitemapMaxUrls; ++i)
        pages.push_back({"p/" + std::to_string(i) + "/index.html", "2024-05-01"});
    auto one = render_sitemaps(ctx, pages);
    REQUIRE(one.size() == 1);
    CHECK(one[0].first == "sitemap.xml");
    CHECK(count(one[0].second, "url") == 50000);

    pages.push_back({"last/index.html", "2025-03-31"});
    auto split = render_sitemaps(ctx, pages);
    REQUIRE(split.size() == 3);
    CHECK(split[0].first == "sitemap.xml");
    CHECK(split[0].second.find("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">") !=
          std::string::npos);
    CHECK(count(split[0].second, "sitemap") == 2);
    CHECK(split[0].second.find("<loc>https://example.jp/plans/sitemap-1.xml</loc>") != std::string::npos);
    CHECK(
        split[0].second.find("<loc>https://example.jp/plans/sitemap-2.xml</loc>\n    <lastmod>2025-03-31</lastmod>") !=
        std::string::npos);
    CHECK(split[1].first == "sitemap-1.xml");
    CHECK(count(split[1].second, "url") == 50000);
    CHECK(split[2].first == "sitemap-2.xml");
    CHECK(count(split[2].second, "url") == 1);
    CHECK(split[2].second.find("https://example.jp/plans/last/index.html") != std::string::npos);
}

// The whole document as pugixml saves it (how the sitemap was written before it was written one URL
// at a time): the bytes must not change.
static std::string whole_document(const std::string& base,
                                  const std::vector<std::pair<std::string, std::string>>& pages) {
    pugi::xml_document doc;
    auto urlset = doc.append_child("urlset");
    urlset.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
    for (const auto& [path, date] : pages) {
        auto url = urlset.append_child("url");
        url.append_child("loc").text() = (base + href_escape(path)).c_str();
        if (!date.empty()) url.append_child("lastmod").text() = date.c_str();
    }
    std::ostringstream ss;
    doc.save(ss, "  ", pugi::format_default | pugi::format_no_declaration, pugi::encoding_utf8);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ss.str();
}

TEST_CASE("sitemap: written one URL at a time, byte for byte what pugixml writes for the whole document",
          "[render][sitemap]") {
    Site site;
    site.config.base_url = "https://example.jp/a&b<c>/";  // escaped in every <loc>
    RenderContext ctx(site, "2025-01-01");
    const std::vector<std::vector<std::pair<std::string, std::string>>> cases = {
        {},
        {{"index.html", "2025-01-01"}},
        {{"x/基本目標/index.html", ""}, {"x/a b&c/index.html", "2024-04-01"}, {"x/\"q\"/index.html", ""}},
    };
    for (const auto& pages : cases) {
        INFO(pages.size() << " pages");
        auto files = render_sitemaps(ctx, pages);
        REQUIRE(files.size() == 1);
        CHECK(files[0].second == whole_document(site.config.base_url, pages));
    }
}

TEST_CASE("sitemap: each file handed over as made, entries asked for once each and in order", "[render][sitemap]") {
    Site site;
    site.config.base_url = "https://example.jp/";
    RenderContext ctx(site, "2025-01-01");
    std::vector<size_t> asked;
    auto entry = [&](size_t i) -> SitemapEntry {
        asked.push_back(i);
        return {"p/" + std::to_string(i) + "/index.html", i == 60000 ? "2026-02-03" : "2024-05-01"};
    };
    std::vector<std::string> names;
    size_t asked_before_index = 0;
    render_sitemaps(ctx, kSitemapMaxUrls + 10001, entry, [&](std::string path, std::string bytes) {
        if (path == "sitemap.xml") {
            asked_before_index = asked.size();
            CHECK(bytes.find("<loc>https://example.jp/sitemap-2.xml</loc>\n    <lastmod>2026-02-03</lastmod>") !=
                  std::string::npos);
        }
        CHECK(!bytes.empty());
        names.push_back(path);
    });
    CHECK(names == std::vector<std::string>{"sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"});
    REQUIRE(asked.size() == kSitemapMaxUrls + 10001);
    CHECK(asked_before_index == asked.size());
    for (size_t i = 0; i < asked.size(); ++i)
        if (asked[i] != i) FAIL("entry " << i << " asked for out of order");
}
