#include "app/markdown_fragment.hpp"

#include "link/language_runs.hpp"
#include "parse/sanitize.hpp"
#include "text/utf8.hpp"

namespace planpub {

Fragment markdown_to_html(MarkdownParser& parser, const MarkdownSource& src, const SiteIndex& index,
                          const FragmentOptions& o, Diagnostics& diags) {
    Fragment f;
    MarkdownDoc doc = parser.parse(src, diags);
    if (!doc) return f;
    f.parsed = true;
    sanitize_tree(doc.get(), src, diags);
    rewrite_internal_links(doc.get(), src, o.source_dir, o.from_dir, index, diags);
    if (o.terms) f.used_terms = link_glossary_terms(doc.get(), *o.terms, o.link);
    if (o.plain_text) f.plain = trim(plain_text(doc.get()));
    if (!o.latin_lang.empty()) mark_latin_runs(doc.get(), o.latin_lang);
    f.html = render_html(doc.get(), o.render);
    return f;
}

}  // namespace planpub
