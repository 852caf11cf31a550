// Tests for src/link (relative links between output pages) and src/emit (atomic output).
#include <catch2/catch.hpp>

#include "emit/output_dir.hpp"
#include "emit/output_writer.hpp"
#include "link/internal_links.hpp"
#include "render/html_renderer.hpp"
#include "test_support.hpp"
#include "vocab/routes.hpp"

using namespace planpub;
using namespace planpub::test;

TEST_CASE("relative urls between output folders", "[link]") {
    CHECK(routes::relative_url("x/purpose/", "x/period/index.html") == "../period/index.html");
    CHECK(routes::relative_url("x/", "x/period/index.html") == "period/index.html");
    CHECK(routes::relative_url("x/purpose/", "y/index.html") == "../../y/index.html");
    CHECK(routes::relative_url("", "y/index.html") == "y/index.html");
    CHECK(routes::relative_url("x/purpose/", "x/files/a b.pdf") == "../files/a b.pdf");
}

TEST_CASE("path normalization refuses to climb out", "[link]") {
    std::string out;
    CHECK(normalize_path("plans/x/../y/index.md", out));
    CHECK(out == "plans/y/index.md");
    CHECK_FALSE(normalize_path("plans/../../etc/passwd", out));
}

TEST_CASE("links to content files are rewritten, broken ones are errors", "[link]") {
    Site site;
    Plan p;
    p.id = "x";
    Page pg;
    pg.slug = "purpose";
    pg.source.path = "content/plans/x/01-purpose.md";
    p.pages.push_back(pg);
    p.attachments.push_back({"/tmp/a.pdf", "a.pdf"});
    site.plans.push_back(p);
    SiteIndex idx = build_site_index(site);
    MarkdownParser parser;
    Diagnostics d;
    const MarkdownSource src({"content/plans/x/02-y.md", 4},
                             "[a](01-purpose.md#h) [b](files/a.pdf) [c](index.md) [d](missing.md) [e](/abs)\n");
    auto doc = parser.parse(src, d);
    rewrite_internal_links(doc.get(), src, "plans/x/", "x/y/", idx, d);
    std::string html = render_html(doc.get(), {});
    CHECK(html.find("href=\"../purpose/index.html#h\"") != std::string::npos);
    CHECK(html.find("href=\"../files/a.pdf\"") != std::string::npos);
    CHECK(html.find("href=\"../index.html\"") != std::string::npos);
    REQUIRE(d.find("link.broken"));
    CHECK(d.find("link.broken")->where.line == 4);
    CHECK(d.find("link.broken")->where.column == 53);
    CHECK(d.find("link.root-relative"));
    Diagnostics d2;
    const MarkdownSource ja({"content/plans/x/02-y.md", 4}, "前文\n\n日本語日本語日本語 [y](nope.md)\n");
    doc = parser.parse(ja, d2);
    rewrite_internal_links(doc.get(), ja, "plans/x/", "x/y/", idx, d2);
    REQUIRE(d2.find("link.broken"));
    CHECK(d2.find("link.broken")->where.line == 6);
    CHECK(d2.find("link.broken")->where.column == 11);  // characters, not bytes (29)
}

TEST_CASE("a link to a page that is there but could not be read is not also broken", "[link]") {
    Site site;
    Plan p;
    p.id = "x";
    p.unread_pages.push_back("content/plans/x/01-purpose.md");  // its front matter had an error
    site.plans.push_back(p);
    SiteIndex idx = build_site_index(site);
    MarkdownParser parser;
    Diagnostics d;
    const MarkdownSource src({"content/plans/x/index.md", 6},
                             "[a](01-purpose.md#h) [b](./01-purpose.md) [c](02-missing.md)\n");
    auto doc = parser.parse(src, d);
    rewrite_internal_links(doc.get(), src, "plans/x/", "x/", idx, d);
    CHECK(d.error_count() == 1);
    REQUIRE(d.find("link.broken"));
    CHECK(d.find("link.broken")->message.find("02-missing.md") != std::string::npos);
}

TEST_CASE("the site index: every content path once, sorted, the later of two the same as a map kept it", "[link]") {
    Site site;
    for (const char* id : {"y", "x"}) {
        Plan p;
        p.id = id;
        for (const char* file : {"02-b.md", "01-a.md"}) {
            Page pg;
            pg.slug = std::string(file).substr(3, 1);
            pg.source.path = "content/plans/" + p.id + "/" + file;
            p.pages.push_back(pg);
        }
        p.attachments.push_back({"/tmp/a.pdf", "a.pdf"});
        p.unread_pages = {"content/plans/" + p.id + "/09-z.md", "content/plans/" + p.id + "/03-c.md"};
        site.plans.push_back(p);
    }
    Page again;  // a page file named index.md: its page is what the path leads to, as before
    again.slug = "again";
    again.source.path = "content/plans/x/index.md";
    site.plans[1].pages.push_back(again);
    const SiteIndex idx = build_site_index(site);
    REQUIRE(idx.size() == 2 * 5);
    for (size_t i = 1; i < idx.size(); ++i) CHECK(idx.content_path(i - 1) < idx.content_path(i));
    auto output = [&](const std::string& path) {  // "-" when there is none
        const std::string_view o = idx.output_of(path);
        return o.empty() ? std::string("-") : std::string(o);
    };
    CHECK(output("plans/x/01-a.md") == routes::page("x", "a"));
    CHECK(output("plans/y/02-b.md") == routes::page("y", "b"));
    CHECK(output("plans/y/") == routes::plan("y"));
    CHECK(output("plans/y/files/a.pdf") == routes::plan_file("y", "a.pdf"));
    CHECK(output("plans/x/index.md") == routes::page("x", "again"));
    CHECK(output("plans/y/index.md") == routes::plan("y"));
    CHECK(idx.output_of("plans/x/03-c.md").empty());
    CHECK(idx.output_of("plans/z/01-a.md").empty());
    CHECK(idx.output_of("").empty());
    CHECK(idx.output_of("plans/x/01-a.m").empty());  // a prefix of a path is not that path
    CHECK(idx.output_of("plans/x/01-a.mdx").empty());
    CHECK(idx.is_unread("plans/x/03-c.md"));
    CHECK(idx.is_unread("plans/y/09-z.md"));
    CHECK_FALSE(idx.is_unread("plans/x/01-a.md"));
}

TEST_CASE("emit writes everything or leaves the old output as it was", "[emit]") {
    TempDir t;
    auto out = t.path() / "public";
    Diagnostics d;
    REQUIRE(emit_site({{"index.html", "v1", ""}, {"a/b.html", "b", ""}}, out.string(), d));
    CHECK(read_file(out / "a/b.html") == "b");
    REQUIRE(emit_site({{"index.html", "v2", ""}}, out.string(), d));
    CHECK(read_file(out / "index.html") == "v2");
    CHECK_FALSE(fs::exists(out / "a/b.html"));  // stale files do not survive a rebuild

    std::string before = snapshot(out);
    CHECK_FALSE(
        emit_site({{"index.html", "v3", ""}, {"x.pdf", "", (t.path() / "no-such-file").string()}}, out.string(), d));
    CHECK(d.find("output.source-unreadable"));
    CHECK(snapshot(out) == before);
    for (auto& e : fs::directory_iterator(t.path()))  // no staging folder left behind
        CHECK(e.path().filename().string().find("planpub-tmp") == std::string::npos);
}

TEST_CASE("output folder inside the content folder is detected", "[emit]") {
    TempDir t;
    CHECK(path_is_inside((t.path() / "content/public").string(), (t.path() / "content").string()));
    CHECK(path_is_inside((t.path() / "content").string(), (t.path() / "content/").string()));
    CHECK_FALSE(path_is_inside((t.path() / "public").string(), (t.path() / "content").string()));
    CHECK_FALSE(path_is_inside((t.path() / "content2").string(), (t.path() / "content").string()));
}
