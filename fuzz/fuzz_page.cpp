// Front matter and pages: a plan folder made of the input (index.md ‹FF› page ‹FF› page …)
// through parse_plan; the first part is also read as site.yaml.
#include "fuzz_support.hpp"
#include "parse/plan_meta.hpp"
#include "parse/site_config.hpp"
#include "text/identifiers.hpp"

using namespace planpub;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = fuzz::split_input(data, size, 5);
    Diagnostics diags;
    SiteConfig site = parse_site_config(fuzz::text_source("content/site.yaml", parts[0], diags), diags);
    PlanSources ps;
    ps.id = "p";
    ps.dir = "content/plans/p";
    ps.index = fuzz::text_source("content/plans/p/index.md", parts[0], diags);
    for (size_t i = 1; i < parts.size(); ++i)
        ps.pages.push_back(fuzz::text_source("content/plans/p/0" + std::to_string(i) + "-page.md", parts[i], diags));
    Plan plan = parse_plan(ps, site, diags);
    // What later stages rely on: page slugs are safe path segments, unique, not reserved.
    for (size_t i = 0; i < plan.pages.size(); ++i) {
        FUZZ_CHECK(is_valid_id(plan.pages[i].slug) && !is_reserved_page_slug(plan.pages[i].slug));
        for (size_t j = 0; j < i; ++j) FUZZ_CHECK(plan.pages[i].slug != plan.pages[j].slug);
    }
    for (const Goal& g : plan.goals) FUZZ_CHECK(g.number >= 1);
    fuzz::check_diagnostics(diags);
    return 0;
}
