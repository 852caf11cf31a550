// One way from Markdown text to HTML, for every place the content holds Markdown: a page, a plan's
// overview, a KPI's description, a glossary definition. parse → sanitize (raw HTML and unsafe
// links) → link (links between content files re-based, glossary terms, foreign-language runs) →
// render. What differs between those places is an option here, never a second pipeline.
#pragma once
#include <set>
#include <string>

#include "diag/diagnostics.hpp"
#include "link/glossary_linker.hpp"
#include "link/internal_links.hpp"
#include "parse/markdown.hpp"
#include "render/html_renderer.hpp"

namespace planpub {

struct FragmentOptions {
    std::string source_dir;            // content folder the text's links are written from ("plans/x/")
    std::string from_dir;              // output folder the HTML is shown in ("x/purpose/")
    const TermIndex* terms = nullptr;  // glossary terms to link; none when null
    LinkOptions link;
    std::string latin_lang;    // set: runs of Latin-script words get this lang (definitions, WCAG 3.1.2)
    bool plain_text = false;   // also return the text without markup (open data)
    HtmlRenderOptions render;  // e.g. the ```kpi block hook
};

struct Fragment {
    bool parsed = false;  // false: the text is over a limit (reported in diags); html is empty
    std::string html;
    std::set<const Term*> used_terms;
    std::string plain;  // with plain_text: the text, trimmed, before language marking
};

Fragment markdown_to_html(MarkdownParser& parser, const MarkdownSource& src, const SiteIndex& index,
                          const FragmentOptions& options, Diagnostics& diags);

}  // namespace planpub
