#include "link/glossary_linker.hpp"

#include "model/site.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace {

bool in_excluded_context(cmark_node* n) {
    for (cmark_node* p = cmark_node_parent(n); p; p = cmark_node_parent(p)) {
        switch (cmark_node_get_type(p)) {
            case CMARK_NODE_HEADING:
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE: return true;
            default: break;
        }
    }
    return false;
}

cmark_node* html(const std::string& s) {
    cmark_node* n = cmark_node_new(CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(n, s.c_str());
    return n;
}

cmark_node* text(const std::string& s) {
    cmark_node* n = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(n, s.c_str());
    return n;
}

std::string close_tag(const Term& t) {
    std::string hidden = "（";
    if (!t.expansion.empty())
        hidden += "<span lang=\"" + html_escape(t.expansion_lang) + "\">" + html_escape(t.expansion) + "</span>、";
    hidden += "用語の説明）";
    return "<span class=\"visually-hidden\">" + hidden + "</span></a>";
}

}  // namespace

TermIndex build_term_index(const Glossary& g, const std::string& plan_id) {
    TermIndex idx;
    // Plan-local terms first: the matcher keeps the first key for a spelling.
    for (int pass = 0; pass < 2; ++pass)
        for (const Term& t : g.terms) {
            bool local = !t.plan.empty();
            if ((pass == 0) != local || (local && t.plan != plan_id) || !t.link) continue;
            int key = static_cast<int>(idx.terms.size());
            idx.terms.push_back(&t);
            idx.fragment.push_back("#" + percent_encode(t.anchor));
            idx.attributes.push_back(" data-term=\"" + html_escape(t.term) + "\" data-definition=\"" + html_escape(t.definition) + "\">");
            idx.closing.push_back(close_tag(t));
            idx.matcher.add(t.term, key);
            for (const std::string& a : t.aliases) idx.matcher.add(a, key);
        }
    idx.matcher.build();
    return idx;
}


std::set<const Term*> link_glossary_terms(cmark_node* doc, const TermIndex& idx, const LinkOptions& opt) {
    std::set<const Term*> used, linked_here;
    std::set<const Term*>& linked = opt.linked_before ? *opt.linked_before : linked_here;
    if (idx.matcher.size() == 0) return used;
    cmark_consolidate_text_nodes(doc);
    std::vector<cmark_node*> texts;
    cmark_iter* it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_TEXT && !in_excluded_context(n))
            texts.push_back(n);
    }
    cmark_iter_free(it);
    size_t links = 0;
    for (cmark_node* node : texts) {
        std::string lit = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
        std::vector<TermMatch> matches = idx.matcher.find(lit);
        if (matches.empty()) continue;
        size_t pos = 0;
        bool changed = false;
        for (const TermMatch& m : matches) {
            const Term* t = idx.terms[m.key];
            used.insert(t);
            if (!opt.every_occurrence && linked.count(t)) continue;
            if (links == Limits::max_term_links_per_page) break;  // each link is four nodes: bound them
            ++links;
            linked.insert(t);
            if (m.begin > pos) cmark_node_insert_before(node, text(lit.substr(pos, m.begin - pos)));
            cmark_node_insert_before(node, html("<a class=\"term\" href=\"" + opt.glossary_url + idx.fragment[m.key] +
                                                "\"" + idx.attributes[m.key]));
            cmark_node_insert_before(node, text(lit.substr(m.begin, m.end - m.begin)));
            cmark_node_insert_before(node, html(idx.closing[m.key]));
            pos = m.end;
            changed = true;
        }
        if (!changed) continue;
        if (pos < lit.size()) cmark_node_set_literal(node, lit.substr(pos).c_str());
        else {
            cmark_node_unlink(node);
            cmark_node_free(node);
        }
    }
    return used;
}

}  // namespace planpub
