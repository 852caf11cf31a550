#include "render/glossary_page.hpp"

#include <algorithm>

#include "render/page_layout.hpp"
#include "text/gojuon.hpp"
#include "text/utf8.hpp"

namespace planpub {

static const char* kRows[] = {"あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ", "他"};

using mustache::data;
using page::push;  // moves what kainjow would copy (page_layout.hpp)

// One entry's values for the glossary_entries template (docs/theme.md lists them).
static data entry_data(const Term& t, const std::map<const Term*, std::string>& defs,
                       const std::map<const Term*, TermUses>& uses) {
    data e;
    e.set("anchor", t.anchor);
    e.set("term", t.term);
    e.set("reading", t.reading);
    e.set("has_expansion", data(!t.expansion.empty()));
    e.set("expansion", t.expansion);
    e.set("expansion_lang", t.expansion_lang);
    auto d = defs.find(&t);
    e.set("definition", d != defs.end() ? d->second : html_escape(t.definition));
    std::string aliases;
    for (const auto& al : t.aliases) aliases += (aliases.empty() ? "" : "、") + al;
    e.set("has_aliases", data(!t.aliases.empty()));
    e.set("aliases", aliases);
    e.set("has_source", data(!t.source.empty()));
    e.set("source", t.source);
    auto u = uses.find(&t);
    const size_t count = u == uses.end() ? 0 : u->second.count;
    e.set("has_uses", data(count > 0));
    e.set("use_count", std::to_string(count));
    const size_t shown = u == uses.end() ? 0 : u->second.listed.size();
    data list = data::type::list;
    for (size_t i = 0; i < shown; ++i) {
        data use;
        use.set("url", u->second.listed[i].url);
        use.set("title", u->second.listed[i].title);
        push(list, std::move(use));
    }
    page::put(e, "uses", std::move(list));
    e.set("has_more", data(count > shown));
    e.set("more_uses", std::to_string(count - shown));
    return e;
}

// The terms of one section, grouped under a heading per 50音 row.
static data row_groups(const std::vector<const Term*>& terms, const std::string& section,
                       const std::map<const Term*, std::string>& defs, const std::map<const Term*, TermUses>& uses) {
    data rows = data::type::list;
    std::string row;
    data group, entries = data::type::list;
    auto close = [&]() {
        if (row.empty()) return;
        page::put(group, "entries", std::move(entries));
        push(rows, std::move(group));
    };
    for (const Term* t : terms) {
        std::string r = gojuon_row(t->reading);
        if (r != row) {
            close();
            row = r;
            group = data();
            group.set("id", section + "row-" + r);
            group.set("row", r);
            entries = data::type::list;
        }
        push(entries, entry_data(*t, defs, uses));
    }
    close();
    return rows;
}

std::string render_glossary_body(Templates& t, const Glossary& g, const Site& site,
                                 const std::map<const Term*, std::string>& defs,
                                 const std::map<const Term*, TermUses>& uses) {
    auto sorted = [](std::vector<const Term*> v) {
        std::stable_sort(v.begin(), v.end(),
                         [](const Term* a, const Term* b) { return gojuon_less(a->reading, b->reading); });
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
    data d;
    // The index bar: every row, linked to the first section with terms in it (the site's, else a plan's).
    data index = data::type::list;
    for (const char* r : kRows) {
        const Section* first = nullptr;
        for (const Section& s : sections)
            if (!first &&
                std::any_of(s.terms.begin(), s.terms.end(), [&](const Term* t) { return gojuon_row(t->reading) == r; }))
                first = &s;
        if (std::string(r) == "他" && !first) continue;
        data item;
        item.set("row", r);
        item.set("has_terms", data(first != nullptr));
        item.set("url", first ? "#" + first->prefix + "row-" + percent_encode(r) : std::string());
        push(index, std::move(item));
    }
    page::put(d, "index", std::move(index));
    data list = data::type::list;
    for (const Section& s : sections) {
        if (s.terms.empty()) continue;
        data sd;
        sd.set("id", s.heading_id);
        sd.set("heading", s.heading);
        page::put(sd, "rows", row_groups(s.terms, s.prefix, defs, uses));
        push(list, std::move(sd));
    }
    page::put(d, "sections", std::move(list));
    return t.render("glossary_entries", d);
}

}  // namespace planpub
