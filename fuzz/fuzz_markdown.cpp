// Markdown → sanitize → internal links → HTML. Whatever the input, the HTML may contain only
// the renderer's own elements and the SPEC's inline allowlist, with known attributes, and no
// link that runs code (javascript:, data:, vbscript:).
#include <set>

#include "fuzz_support.hpp"
#include "link/internal_links.hpp"
#include "parse/markdown.hpp"
#include "parse/sanitize.hpp"
#include "render/html_renderer.hpp"

using namespace planpub;

namespace {

const std::set<std::string> kTags = {"p", "em", "strong", "a", "img", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6",
                                     "blockquote", "pre", "code", "hr", "br", "del", "div", "table", "caption", "thead",
                                     "tbody", "tr", "th", "td", "span",
                                     // the SPEC's allowlist of raw inline HTML
                                     "ruby", "rt", "rp", "abbr", "ins", "mark", "sub", "sup", "small"};
const std::set<std::string> kAttributes = {"href",        "src",   "alt",      "title",    "class",
                                           "start",       "scope", "role",     "tabindex", "aria-label",
                                           "aria-hidden", "lang",  "datetime", "cite",     "data-label"};

std::string decode_entities(std::string v) {
    const std::pair<const char*, const char*> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (auto [from, to] : kEntities)
        for (size_t p; (p = v.find(from)) != std::string::npos;) v.replace(p, std::string(from).size(), to);
    return v;
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Every '<' in the output starts a tag (text is escaped), so scanning the tags is enough.
void check_html(const std::string& h) {
    FUZZ_CHECK(find_invalid_utf8(h) == npos);
    size_t i = 0;
    while ((i = h.find('<', i)) != std::string::npos) {
        ++i;
        if (i < h.size() && h[i] == '/') ++i;
        size_t b = i;
        while (i < h.size() && is_name_char(h[i])) ++i;
        FUZZ_CHECK(kTags.count(h.substr(b, i - b)));
        for (;;) {
            while (i < h.size() && h[i] == ' ') ++i;
            FUZZ_CHECK(i < h.size());
            if (h[i] == '>') break;
            if (h.compare(i, 2, "/>") == 0) {
                ++i;
                continue;
            }
            size_t nb = i;
            while (i < h.size() && is_name_char(h[i])) ++i;
            std::string name = h.substr(nb, i - nb);
            FUZZ_CHECK(kAttributes.count(name));
            FUZZ_CHECK(h.compare(i, 2, "=\"") == 0);
            size_t close = h.find('"', i + 2);
            FUZZ_CHECK(close != std::string::npos);
            std::string value = decode_entities(h.substr(i + 2, close - i - 2));
            FUZZ_CHECK(value.find('<') == std::string::npos || name != "href");
            if (name == "href" || name == "src" || name == "cite") FUZZ_CHECK(!is_unsafe_url(value));
            i = close + 1;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    if (!clean_utf8_text(text, "content/plans/p/01-a.md", diags)) return 0;
    static MarkdownParser* parser = new MarkdownParser();  // one per process, as in a build
    const MarkdownSource src({"content/plans/p/01-a.md", 4}, text);
    MarkdownDoc doc = parser->parse(src, diags);
    if (doc) {
        sanitize_tree(doc.get(), src, diags);
        SiteIndex index;
        index.add("plans/p/index.md", "p/index.html");
        index.add("plans/p/01-a.md", "p/a/index.html");
        index.add("plans/p/files/plan.pdf", "p/files/plan.pdf");
        index.add("plans/q/index.md", "q/index.html");
        index.seal();
        rewrite_internal_links(doc.get(), src, "plans/p/", "p/a/", index, diags);
        HtmlRenderOptions ro;
        ro.fenced_block = [](const std::string& info, const std::string& body, cmark_node*, std::string& out) {
            if (info != "kpi") return false;
            out += "<div class=\"kpi\">" + html_escape(body) + "</div>";
            return true;
        };
        check_html(render_html(doc.get(), ro));
    }
    fuzz::check_diagnostics(diags);
    return 0;
}
