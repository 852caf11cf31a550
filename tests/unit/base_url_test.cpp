// base_url as an RFC 3986 URI: non-ASCII paths encoded, what cannot be one refused.
#include <catch2/catch.hpp>

#include "text/base_url.hpp"

using namespace planpub;

TEST_CASE("base_url becomes a URI or is refused with a reason", "[text][url]") {
    std::string why;
    CHECK(base_url_as_uri("https://example.jp/plans", why) == "https://example.jp/plans/");
    CHECK(base_url_as_uri("https://example.jp", why) == "https://example.jp/");
    CHECK(base_url_as_uri("http://127.0.0.1:8080/x/", why) == "http://127.0.0.1:8080/x/");
    CHECK(base_url_as_uri("https://example.jp/計画/", why) == "https://example.jp/%E8%A8%88%E7%94%BB/");
    CHECK(base_url_as_uri("https://example.jp/a%20b/", why) == "https://example.jp/a%20b/");
    CHECK(base_url_as_uri("https://xn--wgv71a119e.jp/", why) == "https://xn--wgv71a119e.jp/");
    for (const char* bad : {"https://市役所.jp/", "https://example.jp/100%zz/", "https://example.jp/%2/", "https://example.jp/a b/",
                            "https://example.jp/{x}/", "https://example.jp/?q=1", "https://example.jp/#top", "ftp://example.jp/",
                            "https://", "https://exa mple.jp/", "https://example.jp:80a/", "https://example.jp/a\"b/"}) {
        INFO(bad);
        CHECK_FALSE(base_url_as_uri(bad, why));
        CHECK_FALSE(why.empty());
    }
}
