// Glossary linking: terms (one per line, aliases after '|') ‹FF› Markdown. Checks the
// matcher's matches directly, then links a parsed page and renders it.
#include "fuzz_support.hpp"
#include "link/glossary_linker.hpp"
#include "text/match_fold.hpp"
#include "parse/markdown.hpp"
#include "render/html_renderer.hpp"

using namespace planpub;

static std::u32string fold(std::string_view s) {
    std::u32string out;
    std::vector<size_t> from, to;
    fold_text(s, out, from, to);
    return out;
}

static bool starts_code_point(std::string_view s, size_t i) {
    return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parts = fuzz::split_input(data, size, 2);
    if (parts.size() < 2) return 0;
    Diagnostics diags;
    if (!clean_utf8_text(parts[0], "terms", diags) || !clean_utf8_text(parts[1], "page.md", diags)) return 0;
    Glossary g;
    size_t pos = 0;
    while (pos < parts[0].size() && g.terms.size() < 64) {
        size_t end = parts[0].find('\n', pos);
        if (end == std::string::npos) end = parts[0].size();
        std::string line = parts[0].substr(pos, end - pos);
        pos = end + 1;
        Term t;
        size_t bar = line.find('|');
        t.term = line.substr(0, bar);
        while (bar != std::string::npos) {
            size_t next = line.find('|', bar + 1);
            t.aliases.push_back(line.substr(bar + 1, next == std::string::npos ? next : next - bar - 1));
            bar = next;
        }
        t.anchor = "t-" + std::to_string(g.terms.size());
        t.definition = "説明";
        g.terms.push_back(std::move(t));
    }
    TermIndex idx = build_term_index(g, "p");
    const std::string& text = parts[1];
    // Matches: in order, not overlapping, on code point edges, and the text there folds to
    // exactly one of the matched term's spellings.
    size_t last_end = 0;
    for (const TermMatch& m : idx.matcher.find(text)) {
        FUZZ_CHECK(m.begin < m.end && m.end <= text.size() && m.begin >= last_end);
        FUZZ_CHECK(starts_code_point(text, m.begin) && starts_code_point(text, m.end));
        last_end = m.end;
        const Term* t = idx.terms.at(m.key);
        std::u32string found = fold(std::string_view(text).substr(m.begin, m.end - m.begin));
        bool same = found == fold(t->term);
        for (const std::string& a : t->aliases) same = same || found == fold(a);
        FUZZ_CHECK(same);
    }
    static MarkdownParser* parser = new MarkdownParser();  // one per process, as in a build
    MarkdownDoc doc = parser->parse({{"page.md", 1}, text}, diags);
    if (!doc) return 0;
    LinkOptions lo{(size & 1) != 0, "../glossary/index.html"};
    link_glossary_terms(doc.get(), idx, lo);
    std::string html = render_html(doc.get(), HtmlRenderOptions{});
    FUZZ_CHECK(find_invalid_utf8(html) == npos);
    return 0;
}
