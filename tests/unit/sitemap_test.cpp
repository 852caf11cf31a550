// sitemap.xml within sitemaps.org's limit of 50,000 URLs per file: beyond it, a sitemap index.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "render/feeds.hpp"

using namespace planpub;

static size_t count(const std::string& xml, const char* tag) {
    pugi::xml_document doc;
    REQUIRE(doc.load_string(xml.c_str()));
    return static_cast<size_t>(std::distance(doc.document_element().children(tag).begin(), doc.document_element().children(tag).end()));
}

TEST_CASE("sitemap: one file up to 50,000 URLs, an index and parts beyond", "[render][sitemap]") {
    Site site;
    site.config.base_url = "https://example.jp/plans/";
    RenderContext ctx(site, "2025-01-01");
    std::vector<std::pair<std::string, std::string>> pages;
    for (size_t i = 0; i < kSitemapMaxUrls; ++i) pages.push_back({"p/" + std::to_string(i) + "/index.html", "2024-05-01"});
    auto one = render_sitemaps(ctx, pages);
    REQUIRE(one.size() == 1);
    CHECK(one[0].first == "sitemap.xml");
    CHECK(count(one[0].second, "url") == 50000);

    pages.push_back({"last/index.html", "2025-03-31"});
    auto split = render_sitemaps(ctx, pages);
    REQUIRE(split.size() == 3);
    CHECK(split[0].first == "sitemap.xml");
    CHECK(split[0].second.find("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">") != std::string::npos);
    CHECK(count(split[0].second, "sitemap") == 2);
    CHECK(split[0].second.find("<loc>https://example.jp/plans/sitemap-1.xml</loc>") != std::string::npos);
    CHECK(split[0].second.find("<loc>https://example.jp/plans/sitemap-2.xml</loc>\n    <lastmod>2025-03-31</lastmod>") != std::string::npos);
    CHECK(split[1].first == "sitemap-1.xml");
    CHECK(count(split[1].second, "url") == 50000);
    CHECK(split[2].first == "sitemap-2.xml");
    CHECK(count(split[2].second, "url") == 1);
    CHECK(split[2].second.find("https://example.jp/plans/last/index.html") != std::string::npos);
}
