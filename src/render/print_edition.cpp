#include "render/print_edition.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "render/page_layout.hpp"
#include "text/era_year.hpp"
#include "text/utf8.hpp"
#include "vocab/routes.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

using mustache::data;
using namespace page;

// "a/b/index.html" + "../c/index.html" → "a/c/index.html"; empty when the link climbs above the site.
std::string resolve(const std::string& from, const std::string& rel) {
    std::vector<std::string> parts;
    for (size_t i = 0, slash; i < from.size(); i = slash + 1) {
        slash = from.find('/', i);
        if (slash == std::string::npos) break;
        parts.push_back(from.substr(i, slash - i));
    }
    size_t i = 0;
    for (;;) {
        size_t slash = rel.find('/', i);
        std::string seg = rel.substr(i, slash == std::string::npos ? std::string::npos : slash - i);
        if (slash == std::string::npos) {
            std::string out;
            for (const std::string& p : parts) out += p + "/";
            return out + (seg == "." || seg == ".." ? "" : seg);
        }
        if (seg == "..") {
            if (parts.empty()) return {};
            parts.pop_back();
        } else if (seg != "." && !seg.empty()) {
            parts.push_back(seg);
        }
        i = slash + 1;
    }
}

bool has_scheme(const std::string& href) {
    for (char c : href) {
        if (c == ':') return true;
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
    }
    return false;
}

std::string rebase_href(const std::string& href, const PrintPart& part, const PrintLinks& links) {
    auto local = [&](const std::string& anchor, const std::string& frag) {
        return "#" + anchor + (frag.empty() ? "" : "--" + frag);
    };
    if (href.empty()) return href;
    if (href[0] == '#') return part.anchor.empty() ? href : local(part.anchor, href.substr(1));
    if (href[0] == '/' || has_scheme(href)) return href;
    const size_t hash = href.find('#');
    const std::string rel = href.substr(0, hash);
    const std::string frag = hash == std::string::npos ? "" : href.substr(hash + 1);
    const std::string target = resolve(part.path, rel);
    if (target.empty()) return href;
    const std::string decoded = percent_decode(target).value_or(target);
    if (decoded == routes::glossary() && links.appendix_terms.count(percent_decode(frag).value_or(frag)))
        return "#g-" + frag;
    auto it = links.anchor_of.find(decoded);
    if (it != links.anchor_of.end()) return local(it->second, frag);
    return routes::relative_url(links.print_path, target) + (hash == std::string::npos ? "" : "#" + frag);
}

bool is_id_ref(std::string_view name) {  // the attributes whose value names ids (or links to them)
    for (std::string_view a : {"id", "href", "aria-labelledby", "aria-describedby", "for", "headers"})
        if (name == a) return true;
    return false;
}

// Headings one level down: "<h2" → "<h3", "</h2>" → "</h3>". Text never holds a raw '<' (escaped).
// Appended to `out`.
void shift_headings(std::string& out, std::string_view html, int shift) {
    size_t copied = 0;  // html[copied, i) is still to copy: runs between tags go whole
    for (size_t i = shift ? html.find('<') : std::string_view::npos; i != std::string_view::npos;
         i = html.find('<', i + 1)) {
        size_t h = i + 1 < html.size() && html[i + 1] == '/' ? i + 2 : i + 1;
        if (h + 2 < html.size() && html[h] == 'h' && html[h + 1] >= '1' && html[h + 1] <= '6' &&
            (html[h + 2] == '>' || html[h + 2] == ' ')) {
            out.append(html, copied, h + 1 - copied);  // up to "<h" or "</h"
            out += static_cast<char>('0' + std::min(6, html[h + 1] - '0' + shift));
            copied = h + 2;
            i = h + 1;
        }
    }
    out.append(html, copied, std::string_view::npos);
}

// Text inside a CSS string in a <style> element: quotes and backslashes escaped, and no '<' that
// could end the element.
std::string css_string(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else if (c == '<')
            out += "\\3c ";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

}  // namespace

PrintLinks::PrintLinks(const std::vector<PrintPart>& parts, std::string print_path,
                       const std::set<std::string>& appendix_terms)
    : print_path(std::move(print_path)), appendix_terms(appendix_terms) {
    for (const PrintPart& p : parts)
        if (!p.anchor.empty()) anchor_of.emplace(p.path, p.anchor);
}

std::string rebase_for_print(const std::string& html, const PrintPart& part, const std::vector<PrintPart>& parts,
                             const std::string& print_path, const std::set<std::string>& appendix_terms, int shift) {
    return rebase_for_print(html, part, PrintLinks(parts, print_path, appendix_terms), shift);
}

std::string rebase_for_print(const std::string& html, const PrintPart& part, const PrintLinks& links, int shift) {
    std::string out;
    rebase_for_print(out, html, part, links, shift);
    return out;
}

void rebase_for_print(std::string& result, std::string_view html, const PrintPart& part, const PrintLinks& links,
                      int shift) {
    // Every attribute value planpub writes is escaped (no raw '"' inside), so ` name="` starts an
    // attribute wherever it occurs. What is not changed is copied in long runs, not attribute by
    // attribute: most attributes are classes and table labels (a fifth of the print editions' time).
    thread_local std::string out;  // before the headings' shift; its room kept from fragment to fragment
    out.clear();
    size_t copied = 0;  // html[copied, …) is still to copy
    for (size_t eq = html.find("=\"", copied), i = copied; eq != std::string_view::npos; eq = html.find("=\"", i)) {
        size_t name_start = eq;
        while (name_start > i && html[name_start - 1] != ' ' && html[name_start - 1] != '<') --name_start;
        const std::string_view name = html.substr(name_start, eq - name_start);
        const size_t end = html.find('"', eq + 2);
        if (end == std::string_view::npos) break;
        i = end + 1;
        if (name_start == 0 || html[name_start - 1] != ' ' || !is_id_ref(name)) continue;
        const std::string_view value = html.substr(eq + 2, end - eq - 2);
        if (name != "href" && part.anchor.empty()) continue;
        out.append(html, copied, eq + 2 - copied);
        copied = end;  // the closing quote is copied with the next run
        if (name == "href") {
            out += rebase_href(std::string(value), part, links);
        } else {  // id lists: each token prefixed
            size_t t = 0;
            while (t <= value.size()) {
                size_t sp = value.find(' ', t);
                if (sp == std::string::npos) sp = value.size();
                if (sp > t) {
                    if (t) out += ' ';
                    out += part.anchor;
                    out += "--";
                    out += value.substr(t, sp - t);
                }
                t = sp + 1;
            }
        }
    }
    out.append(html, copied, std::string_view::npos);
    shift_headings(result, out, shift);
}

std::string absolute_links(const std::string& html, const std::string& page_path, const std::string& base_url) {
    std::string out;
    size_t i = 0;
    for (size_t a = html.find("<a ", i); a != std::string::npos; a = html.find("<a ", i)) {
        const size_t close = html.find('>', a), h = html.find(" href=\"", a);
        if (h == std::string::npos || h > close) {
            out.append(html, i, a + 3 - i);
            i = a + 3;
            continue;
        }
        const size_t v = h + 7, e = html.find('"', v);
        std::string href = html.substr(v, e - v);
        if (!href.empty() && href[0] != '#' && href[0] != '/' && !has_scheme(href)) {
            const size_t hash = href.find('#');
            const std::string target = resolve(page_path, href.substr(0, hash));
            if (!target.empty()) href = base_url + target + (hash == std::string::npos ? "" : href.substr(hash));
        }
        out.append(html, i, v - i);
        out += href;
        i = e;
    }
    out.append(html, i, std::string::npos);
    return out;
}

std::string plan_structure_html(const Plan& plan) {
    if (plan.goals.empty()) return {};
    std::string s = "<h2 id=\"structure-heading\">計画の体系</h2>\n<ol class=\"structure\">\n";
    for (const Goal& g : plan.goals) {
        s += "<li id=\"" + html_escape(g.id) + "\"><span class=\"structure__goal\">基本目標" +
             std::to_string(g.number) + "　" + html_escape(g.title) + "</span>\n";
        if (!g.pillars.empty()) s += "<ul>\n";
        for (const Pillar& pl : g.pillars) {
            s += "<li id=\"" + html_escape(pl.id) + "\">" + html_escape(pl.title);
            if (!pl.measures.empty()) s += "\n<ul>\n";
            for (const Measure& m : pl.measures)
                s += "<li id=\"" + html_escape(m.id) + "\">" + html_escape(m.title) + "</li>\n";
            if (!pl.measures.empty()) s += "</ul>";
            s += "</li>\n";
        }
        if (!g.pillars.empty()) s += "</ul>\n";
        s += "</li>\n";
    }
    return s + "</ol>\n";
}

namespace {

// A large value: a marker with `values` (Templates::splice_value), else a copy of the value.
void put_large(data& d, const std::string& key, std::string_view value, std::vector<std::string_view>* values) {
    if (value.empty()) return;  // left out, as put() leaves out an empty value
    d[key] = values ? Templates::splice_value(*values, value) : data(std::string(value));
}

// The print template's data; with `values`, the parts' and definitions' HTML stand there as markers.
data print_data(const RenderContext& ctx, const Plan& plan, const PrintEdition& e, const std::string& updated,
                std::vector<std::string_view>* values) {
    const std::string here = routes::plan_print(plan.id);
    data d;
    put(d, "title", plan.title);
    put(d, "publisher", publisher_label(plan.publisher));
    put(d, "status_label", status_label(plan.status));
    put(d, "period", display_period(plan.period));
    put(d, "version", plan.version);
    put(d, "published", plan.published);
    put(d, "published_display", display_date(plan.published));
    put(d, "updated", updated);
    put(d, "updated_display", display_date(updated));
    put(d, "site_title", ctx.site.config.title);
    put(d, "plan_url", routes::relative_url(here, routes::plan(plan.id)));
    data parts = data::type::list;  // the template's table of contents lists `parts` too
    for (size_t i = 0; i < e.parts.size(); ++i) {
        data pd;
        put(pd, "anchor", e.parts[i].anchor);
        put(pd, "title", e.parts[i].title);
        put_large(pd, "html", i < e.part_html.size() ? e.part_html[i] : std::string_view(), values);
        push(parts, std::move(pd));
    }
    put(d, "parts", std::move(parts));
    data terms = data::type::list;
    for (size_t i = 0; i < e.terms.size(); ++i) {
        const Term& term = *e.terms[i];
        data td;
        put(td, "anchor", "g-" + term.anchor);
        put(td, "term", term.term);
        put(td, "reading", term.reading);
        put(td, "expansion", term.expansion);
        put(td, "expansion_lang", term.expansion_lang.empty() ? std::string("en") : term.expansion_lang);
        put_large(td, "definition", i < e.definitions.size() ? e.definitions[i] : std::string_view(), values);
        push(terms, std::move(td));
    }
    put(d, "has_terms", !e.terms.empty());
    put(d, "terms", std::move(terms));
    data revisions = revisions_data(plan);
    put(d, "has_revisions", !plan.revisions.empty());
    put(d, "revisions", std::move(revisions));
    return d;
}

}  // namespace

void render_print_edition(Templates& t, const RenderContext& ctx, const Plan& plan, const PrintEdition& e,
                          std::string& out) {
    const std::string here = routes::plan_print(plan.id);
    const std::string updated = plan_updated(plan, ctx);
    std::vector<Crumb> crumbs = {{"計画の一覧", routes::relative_url(here, routes::home())},
                                 {plan.short_title, routes::relative_url(here, routes::plan(plan.id))},
                                 {"印刷用の全体版", ""}};
    // The running header: the plan's title in the page's top margin (docs/print.md).
    const std::string head = "<style media=\"print\">@page print-edition { @top-center { content: \"" +
                             css_string(plan.title) +
                             "\"; font-size: 9pt; } }\n"
                             // after the rule above: Chromium lets the later rule win over :first
                             "@page print-edition:first { @top-center { content: none; } }</style>\n";
    auto page = [&](std::string body) {
        return layout(t, ctx, root_for_depth(2), plan.title + "（印刷用の全体版）", std::move(body), crumbs, updated,
                      "", plan.title + "の全体を一つのページにまとめた印刷用の版", head);
    };
    // The template and the layout are rendered with markers in the fragments' places (kilobytes),
    // and the fragments (megabytes) are put in their places once, into `out`.
    std::vector<std::string_view> values;
    if (splice_markers(page(t.render("print", print_data(ctx, plan, e, updated, &values), 65536)), values, out)) return;
    size_t size = 65536;  // a theme that writes a fragment escaped: rendered with the fragments themselves
    for (std::string_view v : e.part_html) size += v.size();
    out = page(t.render("print", print_data(ctx, plan, e, updated, nullptr), size));
}

}  // namespace planpub
