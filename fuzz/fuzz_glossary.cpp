// Glossaries: site glossary.yaml ‹FF› plan glossary.yaml, parsed, indexed for linking, and
// written as the glossary page and as open data (JSON, CSV, SKOS).
#include <nlohmann/json.hpp>
#include <set>

#include "fuzz_support.hpp"
#include "link/glossary_linker.hpp"
#include "parse/glossary_yaml.hpp"
#include "render/glossary_page.hpp"
#include "opendata/glossary.hpp"
#include "text/gojuon.hpp"
#include "load/theme_files.hpp"
#include "render/templates.hpp"

using namespace planpub;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = fuzz::split_input(data, size, 2);
    Diagnostics diags;
    Glossary g;
    g.terms = parse_glossary(fuzz::text_source("content/glossary.yaml", parts[0], diags), "", diags);
    if (parts.size() > 1)
        for (Term& t : parse_glossary(fuzz::text_source("content/plans/p/glossary.yaml", parts[1], diags), "p", diags))
            g.terms.push_back(std::move(t));
    drop_duplicate_anchors(g.terms, diags);
    fuzz::check_diagnostics(diags);
    // Anchors are the glossary page's ids: two equal ones would send links to the wrong term.
    std::set<std::string> anchors;
    for (const Term& t : g.terms) FUZZ_CHECK(anchors.insert(t.anchor).second);
    // 50音 order must be a strict weak order, or std::sort is undefined.
    for (const Term& a : g.terms) {
        FUZZ_CHECK(!gojuon_less(a.reading, a.reading));
        for (const Term& b : g.terms) FUZZ_CHECK(!(gojuon_less(a.reading, b.reading) && gojuon_less(b.reading, a.reading)));
    }
    TermIndex idx = build_term_index(g, "p");
    Site site;
    site.config.title = "t";
    site.config.base_url = "https://example.jp/";
    site.config.license = "CC-BY-4.0";
    site.config.publisher = {"島田市", "静岡県", "222097"};
    site.plans.emplace_back();
    site.plans.back().id = "p";
    site.plans.back().short_title = "計画";
    std::map<const Term*, std::string> defs, plain;
    for (const Term& t : g.terms) plain[&t] = t.definition;
    static Diagnostics theme_diags;
    static Templates templates(load_theme_files("", "", theme_diags), theme_diags);
    std::string html = render_glossary_body(templates, g, site, defs, {});
    FUZZ_CHECK(find_invalid_utf8(html) == npos);
    DataSet ds = glossary_dataset(g, site.config, plain, {"2024-04-01", "2024-04-01"});
    for (const auto& f : ds.files) {
        FUZZ_CHECK(find_invalid_utf8(f.bytes) == npos);
        if (f.format == FileFormat::Json) FUZZ_CHECK(nlohmann::json::accept(f.bytes));
    }
    return 0;
}
