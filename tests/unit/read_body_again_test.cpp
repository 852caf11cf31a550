// A page whose Markdown the build let go after parsing is read again to render it (app/pages.hpp:
// read_body_again). Only the body is taken, without reading the front matter as YAML again; a
// file that changed or vanished in between is an error, never rendered from unchecked text.
#include <catch2/catch.hpp>

#include "app/pages.hpp"
#include "load/content_tree.hpp"
#include "model/site.hpp"
#include "parse/plan_meta.hpp"
#include "test_support.hpp"

using namespace planpub;
using namespace planpub::test;

namespace {

// The page as the load stage leaves it when it lets the body go.
Page parsed_and_released(const fs::path& file) {
    Diagnostics d;
    SourceFile f = read_text_file(file.string(), file.string(), Limits::max_page_bytes, d);
    std::optional<Page> page = parse_page(f, d);
    REQUIRE(page);
    page->body_hash = std::hash<std::string>()(page->body);
    page->body_released = true;
    std::string().swap(page->body);
    return *page;
}

}  // namespace

TEST_CASE("a released page body is read again only while the file still holds it", "[render]") {
    TempDir t;
    const fs::path file = t.path() / "01-purpose.md";
    write_file(file, "---\ntitle: 目的\ngoal: 1\n---\n## 背景\n\n本文です。\n");
    const Page page = parsed_and_released(file);
    REQUIRE(page.source.first_line == 5);
    std::string body;
    Diagnostics d;

    SECTION("unchanged: the body as parsed") {
        CHECK(read_body_again(page.source, page.body_hash, body, d));
        CHECK(body == "## 背景\n\n本文です。\n");
        CHECK_FALSE(d.has_errors());
    }
    SECTION("a front matter value changed on the same lines: the body is the one checked") {
        write_file(file, "---\ntitle: 目的（改）\ngoal: 2\n---\n## 背景\n\n本文です。\n");
        CHECK(read_body_again(page.source, page.body_hash, body, d));
        CHECK(body == "## 背景\n\n本文です。\n");
    }
    // The file rewritten as `text`: read_body_again must refuse it with output.source-unreadable.
    auto refused_after = [&](const std::string& text) {
        write_file(file, text);
        const bool read = read_body_again(page.source, page.body_hash, body, d);
        const Diagnostic* e = d.find("output.source-unreadable");
        return !read && e && e->where.path == file.string();
    };
    SECTION("the body changed") {
        CHECK(refused_after("---\ntitle: 目的\ngoal: 1\n---\n## 背景\n\n本文を書き換えました。\n"));
    }
    SECTION("the body now starts on another line: its diagnostics would point elsewhere") {
        CHECK(refused_after("---\ntitle: 目的\ngoal: 1\norder: 3\n---\n## 背景\n\n本文です。\n"));
    }
    SECTION("the front matter was removed") { CHECK(refused_after("## 背景\n\n本文です。\n")); }
    SECTION("the front matter no longer closes") {
        CHECK(refused_after("---\ntitle: 目的\ngoal: 1\n\n## 背景\n\n本文です。\n"));
    }
    SECTION("the file is no longer valid UTF-8") {
        CHECK(refused_after("---\ntitle: 目的\ngoal: 1\n---\n## 背景\n\n\xff\xfe\n"));
    }
    SECTION("the file is gone") {
        fs::remove(file);
        CHECK_FALSE(read_body_again(page.source, page.body_hash, body, d));
        CHECK(d.find("output.source-unreadable"));
    }
}

TEST_CASE("the files read ahead of rendering are those read again, unless the page cache gives the plan", "[render]") {
    SiteBuild b;
    b.site.plans.resize(2);
    for (int p = 0; p < 2; ++p) {
        Plan& plan = b.site.plans[p];
        plan.source.path = "plans/p" + std::to_string(p) + "/index.md";
        plan.overview_released = p == 1;
        plan.pages.resize(2);
        for (int i = 0; i < 2; ++i) {
            plan.pages[i].source.path = "plans/p" + std::to_string(p) + "/" + std::to_string(i) + ".md";
            plan.pages[i].body_released = i == 1;
        }
    }
    b.jobs = page_jobs(b.site);
    REQUIRE(b.jobs.size() == 6);
    auto read_again = [&](size_t job) {
        const std::string* path = source_read_again(b, job);
        return path ? *path : std::string("(kept)");
    };
    CHECK(read_again(0) == "(kept)");  // plan 0's overview was kept
    CHECK(read_again(1) == "(kept)");
    CHECK(read_again(2) == "plans/p0/1.md");
    CHECK(read_again(3) == "plans/p1/index.md");
    CHECK(read_again(4) == "(kept)");
    CHECK(read_again(5) == "plans/p1/1.md");

    b.reuse = std::make_unique<PageReuse>();
    b.reuse->reusable.resize(2);
    b.reuse->reusable[1] = std::make_unique<CachedPlan>();  // plan 1 comes from the cache: nothing read
    CHECK(read_again(2) == "plans/p0/1.md");
    CHECK(read_again(3) == "(kept)");
    CHECK(read_again(5) == "(kept)");
}
