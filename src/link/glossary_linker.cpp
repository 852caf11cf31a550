#include "link/glossary_linker.hpp"

#include <algorithm>

#include "link/inline_nodes.hpp"
#include "model/site.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace {

bool in_excluded_context(cmark_node* n) {
    for (cmark_node* p = cmark_node_parent(n); p; p = cmark_node_parent(p)) {
        switch (cmark_node_get_type(p)) {
            case CMARK_NODE_HEADING:
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE:
                return true;
            default:
                break;
        }
    }
    return false;
}

std::string close_tag(const Term& t) {
    std::string hidden = "（";
    if (!t.expansion.empty())
        hidden += "<span lang=\"" + html_escape(t.expansion_lang) + "\">" + html_escape(t.expansion) + "</span>、";
    hidden += "用語の説明）";
    return "<span class=\"visually-hidden\">" + hidden + "</span></a>";
}

}  // namespace

std::string term_fragment(const Term& t) { return "#" + percent_encode(t.anchor); }

TermIndex build_term_index(const Glossary& g, const std::string& plan_id) {
    TermIndex idx;
    // Plan-local terms first: the matcher keeps the first key for a spelling.
    for (int pass = 0; pass < 2; ++pass)
        for (const Term& t : g.terms) {
            bool local = !t.plan.empty();
            if ((pass == 0) != local || (local && t.plan != plan_id) || !t.link) continue;
            int key = static_cast<int>(idx.terms.size());
            idx.terms.push_back(&t);
            idx.fragment.push_back(term_fragment(t));
            idx.attributes.push_back(" data-term=\"" + html_escape(t.term) + "\" data-definition=\"" +
                                     html_escape(t.definition) + "\">");
            idx.closing.push_back(close_tag(t));
            idx.matcher.add(t.term, key);
            for (const std::string& a : t.aliases) idx.matcher.add(a, key);
        }
    idx.matcher.build();
    return idx;
}

namespace {

// Text that links can span: a text node with the soft line breaks and text nodes after it (a soft
// break is white space, so 関係⏎人口 is 関係人口). Breaks read as "\n" in `text`.
struct Run {
    std::vector<cmark_node*> nodes;
    std::string text;
    std::vector<size_t> breaks;  // offsets in text of the breaks' "\n"
};

bool is_text(cmark_node* n) { return n && cmark_node_get_type(n) == CMARK_NODE_TEXT; }
bool is_break(cmark_node* n) { return n && cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK; }

// A text node begins a run unless text comes before it across soft breaks.
bool starts_run(cmark_node* n) {
    cmark_node* p = cmark_node_previous(n);
    while (is_break(p)) p = cmark_node_previous(p);
    return !is_text(p);
}

Run run_from(cmark_node* first) {
    Run r;
    for (cmark_node* n = first; is_text(n) || is_break(n); n = cmark_node_next(n)) r.nodes.push_back(n);
    while (is_break(r.nodes.back())) r.nodes.pop_back();
    for (cmark_node* n : r.nodes) {
        if (is_break(n)) r.breaks.push_back(r.text.size());
        const char* lit = is_text(n) ? cmark_node_get_literal(n) : "\n";
        r.text += lit ? lit : "";
    }
    return r;
}

// Inserts run.text[b, e) before `at` as text nodes and the soft breaks it held.
void insert_source(const Run& run, size_t b, size_t e, cmark_node* at) {
    auto br = std::lower_bound(run.breaks.begin(), run.breaks.end(), b);
    while (b < e) {
        if (br != run.breaks.end() && *br == b) {
            cmark_node_insert_before(at, cmark_node_new(CMARK_NODE_SOFTBREAK));
            ++b;
            ++br;
            continue;
        }
        size_t stop = br != run.breaks.end() && *br < e ? *br : e;
        cmark_node_insert_before(at, text_node(run.text.substr(b, stop - b)));
        b = stop;
    }
}

}  // namespace

std::set<const Term*> link_glossary_terms(cmark_node* doc, const TermIndex& idx, const LinkOptions& opt) {
    std::set<const Term*> used, linked_here;
    std::set<const Term*>& linked = opt.linked_before ? *opt.linked_before : linked_here;
    if (idx.matcher.size() == 0) return used;
    cmark_consolidate_text_nodes(doc);
    std::vector<cmark_node*> starts;
    cmark_iter* it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && is_text(n) && starts_run(n) && !in_excluded_context(n)) starts.push_back(n);
    }
    cmark_iter_free(it);
    size_t links = 0;
    for (cmark_node* start : starts) {
        Run run = run_from(start);
        std::vector<TermMatch> matches = idx.matcher.find(run.text);
        size_t pos = 0;
        for (const TermMatch& m : matches) {
            const Term* t = idx.terms[m.key];
            used.insert(t);
            if (!opt.every_occurrence && linked.count(t)) continue;
            if (links == Limits::max_term_links_per_page) break;  // each link is four nodes or so: bound them
            ++links;
            linked.insert(t);
            insert_source(run, pos, m.begin, start);
            cmark_node_insert_before(start, inline_html_node("<a class=\"term\" href=\"" + opt.glossary_url +
                                                             idx.fragment[m.key] + "\"" + idx.attributes[m.key]));
            insert_source(run, m.begin, m.end, start);
            cmark_node_insert_before(start, inline_html_node(idx.closing[m.key]));
            pos = m.end;
        }
        if (pos == 0) continue;  // nothing linked: the run's nodes stay as they are
        insert_source(run, pos, run.text.size(), start);
        for (cmark_node* n : run.nodes) {
            cmark_node_unlink(n);
            cmark_node_free(n);
        }
    }
    return used;
}

}  // namespace planpub
