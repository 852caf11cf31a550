// A build that writes as it goes (planpub build) keeps no page's Markdown once the page has
// rendered: at 100,000 pages every byte kept per page is ~100 kB of memory per byte (issue 22).
#include <catch2/catch.hpp>

#include "app/site_build.hpp"
#include "test_support.hpp"

using namespace planpub;
using namespace planpub::test;

TEST_CASE("a streaming build lets each page's and each overview's Markdown go once rendered", "[e2e][memory]") {
    TempDir t;
    const fs::path content = t.path() / "content", out = t.path() / "out";
    write_clean_site(content);
    write_file(content / "plans/beta/index.md",
               "---\ntitle: ベータ計画\nstatus: adopted\nperiod:\n  from: 令和6年度\n  to: R10\npublished: 2025-04-01\n"
               "---\nベータの概要です。\n");
    write_file(content / "plans/beta/01-a.md", "---\ntitle: 一\n---\n一の本文。\n");
    BuildOptions o;
    o.content_dir = content.string();
    o.out_dir = out.string();
    o.kept_markdown_bytes = 0;  // none kept from parsing: each read again to render
    Diagnostics diags;
    OutputWriter writer;
    REQUIRE(writer.open(o.out_dir, diags, 2));
    auto b = build_site(o, diags, &writer);
    REQUIRE(b);
    REQUIRE_FALSE(diags.has_errors());
    REQUIRE(b->site.plans.size() == 2);
    for (const Plan& p : b->site.plans) {
        INFO(p.id);
        CHECK(p.overview.empty());
        CHECK(p.overview_released);
        for (const Page& page : p.pages) CHECK(page.body.empty());
    }
    REQUIRE(writer.finish(b->outputs, diags));
    // Taken, not lost: the overviews and pages are in the output as written.
    CHECK(read_file(out / "beta/index.html").find("ベータの概要です。") != std::string::npos);
    CHECK(read_file(out / "alpha/index.html").find("概要。") != std::string::npos);
    CHECK(read_file(out / "beta/a/index.html").find("一の本文。") != std::string::npos);
    CHECK(read_file(out / "alpha/index.html").find("<script type=\"application/ld+json\">") != std::string::npos);

    SECTION("without a writer (serve, pdf) the Markdown stays, for pages rendered again") {
        Diagnostics d2;
        o.write = false;
        auto kept = build_site(o, d2);
        REQUIRE(kept);
        CHECK(kept->site.plans[1].overview.find("ベータの概要です。") != std::string::npos);
        CHECK(kept->site.plans[1].pages[0].body.find("一の本文。") != std::string::npos);
        // Its overviews carry their JSON-LD too (made from the datasets as they render).
        bool found = false;
        for (const OutputFile& f : kept->outputs)
            if (f.path == "alpha/index.html")
                found = f.bytes.find("<script type=\"application/ld+json\">") != std::string::npos;
        CHECK(found);
    }
}
