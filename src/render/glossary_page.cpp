#include "render/glossary_page.hpp"

#include <algorithm>

#include "text/gojuon.hpp"
#include "text/utf8.hpp"

namespace planpub {

static constexpr size_t kMaxUsesListed = 20;
static const char* kRows[] = {"あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ", "他"};

static std::string term_list(const std::vector<const Term*>& terms, const std::string& section,
                             const std::map<const Term*, std::string>& defs,
                             const std::map<const Term*, std::vector<TermUse>>& uses) {
    std::string h;
    std::string row;
    bool open = false;
    for (const Term* t : terms) {
        std::string r = gojuon_row(t->reading);
        if (r != row) {
            if (open) h += "</dl>\n";
            row = r;
            h += "<h3 id=\"" + html_escape(section) + "row-" + html_escape(r) + "\">" +
                 html_escape(r) + "行</h3>\n<dl class=\"glossary\">\n";
            open = true;
        }
        h += "<div class=\"glossary__entry\">\n<dt><dfn id=\"" + html_escape(t->anchor) + "\">" + html_escape(t->term) + "</dfn>";
        h += "<span class=\"glossary__reading\">（" + html_escape(t->reading) + "）</span></dt>\n<dd>\n";
        if (!t->expansion.empty())
            h += "<p class=\"glossary__expansion\">" + html_escape(t->term) + "：<span lang=\"" + html_escape(t->expansion_lang) +
                 "\">" + html_escape(t->expansion) + "</span></p>\n";
        auto d = defs.find(t);
        h += "<p>" + (d != defs.end() ? d->second : html_escape(t->definition)) + "</p>\n";
        if (!t->aliases.empty()) {
            std::string a;
            for (const auto& al : t->aliases) a += (a.empty() ? "" : "、") + html_escape(al);
            h += "<p class=\"glossary__aliases\">別の表記：" + a + "</p>\n";
        }
        if (!t->source.empty()) h += "<p class=\"glossary__source\">出典：" + html_escape(t->source) + "</p>\n";
        auto u = uses.find(t);
        if (u != uses.end() && !u->second.empty()) {
            h += "<details class=\"glossary__uses\"><summary>この用語を使っているページ（" + std::to_string(u->second.size()) +
                 "）</summary>\n<ul>\n";
            // A term used on thousands of pages would make this page megabytes long on a phone:
            // list the first pages and say how many more there are.
            const size_t shown = std::min(u->second.size(), kMaxUsesListed);
            for (size_t i = 0; i < shown; ++i)
                h += "<li><a href=\"" + html_escape(u->second[i].url) + "\">" + html_escape(u->second[i].title) + "</a></li>\n";
            h += "</ul>\n";
            if (u->second.size() > shown)
                h += "<p>ほか" + std::to_string(u->second.size() - shown) + "ページでも使われています。</p>\n";
            h += "</details>\n";
        }
        h += "</dd>\n</div>\n";
    }
    if (open) h += "</dl>\n";
    return h;
}

std::string render_glossary_body(const Glossary& g, const Site& site, const std::map<const Term*, std::string>& defs,
                                 const std::map<const Term*, std::vector<TermUse>>& uses) {
    auto sorted = [](std::vector<const Term*> v) {
        std::stable_sort(v.begin(), v.end(), [](const Term* a, const Term* b) { return gojuon_less(a->reading, b->reading); });
        return v;
    };
    // Sections: the site's terms, then each plan's own; every row heading has an id.
    struct Section {
        std::string prefix, heading_id, heading;
        std::vector<const Term*> terms;
    };
    std::vector<Section> sections;
    Section site_section{"", "site-terms", "サイト全体の用語", {}};
    for (const Term& t : g.terms)
        if (t.plan.empty()) site_section.terms.push_back(&t);
    sections.push_back(std::move(site_section));
    for (const Plan& p : site.plans) {
        Section s{p.id + "-", "plan-" + p.id, p.short_title + "の用語", {}};
        for (const Term& t : g.terms)
            if (t.plan == p.id) s.terms.push_back(&t);
        sections.push_back(std::move(s));
    }
    for (Section& s : sections) s.terms = sorted(s.terms);
    std::string h;
    // The index bar: every row, linked to the first section with terms in it (the site's, else a plan's).
    h += "<nav class=\"glossary-index\" aria-label=\"50音順の索引\">\n<ul>\n";
    for (const char* r : kRows) {
        const Section* first = nullptr;
        for (const Section& s : sections)
            if (!first && std::any_of(s.terms.begin(), s.terms.end(), [&](const Term* t) { return gojuon_row(t->reading) == r; }))
                first = &s;
        if (std::string(r) == "他" && !first) continue;
        if (first) h += "<li><a href=\"#" + html_escape(first->prefix) + "row-" + percent_encode(r) + "\">" + r + "</a></li>\n";
        else h += std::string("<li><span class=\"glossary-index__empty\">") + r + "<span class=\"visually-hidden\">（該当なし）</span></span></li>\n";
    }
    h += "</ul>\n</nav>\n";
    for (const Section& s : sections) {
        if (s.terms.empty()) continue;
        h += "<section aria-labelledby=\"" + html_escape(s.heading_id) + "\">\n<h2 id=\"" + html_escape(s.heading_id) + "\">" +
             html_escape(s.heading) + "</h2>\n";
        h += term_list(s.terms, s.prefix, defs, uses) + "</section>\n";
    }
    return h;
}

}  // namespace planpub
