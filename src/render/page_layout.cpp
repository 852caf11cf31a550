#include "render/page_layout.hpp"

#include "text/era_year.hpp"
#include "vocab/routes.hpp"
#include "vocab/words.hpp"

namespace planpub::page {

using mustache::data;

// d[key] = … in place of d.set(key, …): set() copies its argument once more into the map.
void put(data& d, const std::string& key, const std::string& value) {
    if (!value.empty()) d[key] = data(value);
}
void put(data& d, const std::string& key, const char* value) { put(d, key, std::string(value)); }
void put(data& d, const std::string& key, bool value) { d[key] = data(value); }
void put(data& d, const std::string& key, const data& value) { d[key] = data(value); }
void put(data& d, const std::string& key, std::string&& value) {
    if (!value.empty()) d[key] = moved_string(std::move(value));
}
void put(data& d, const std::string& key, data&& value) { d[key] = std::move(value); }
void push(data& list, data&& item) {
    // As above: the list is the data's own, kainjow only lacks a push_back that moves.
    if (list.is_list()) const_cast<mustache::list&>(list.list_value()).push_back(std::move(item));
}

std::string publisher_label(const Publisher& p) { return p.prefecture + p.name; }

std::string root_for_depth(int depth) {
    std::string r;
    for (int i = 0; i < depth; ++i) r += "../";
    return r;
}

bool has_contact(const Contact& c) {
    return !(c.department.empty() && c.phone.empty() && c.mail.empty() && c.url.empty());
}

data contact_data(const Contact& c) {
    data d;
    put(d, "department", c.department);
    put(d, "phone", c.phone);
    put(d, "mail", c.mail);
    put(d, "url", c.url);
    return d;
}

std::string license_text(const std::string& id) {
    if (id.empty()) return {};
    return "このサイトの内容は「" + license_name(id) + "」の下に提供しています。";
}

std::string layout(Templates& t, const RenderContext& ctx, const std::string& root, const std::string& title,
                   std::string body, const std::vector<Crumb>& crumbs, const std::string& updated,
                   const std::string& current_nav, const std::string& description, const std::string& head_extra) {
    const SiteConfig& c = ctx.site.config;
    data d;
    put(d, "lang", c.language.empty() ? "ja" : c.language);
    put(d, "page_title", title == c.title ? title : title + "｜" + c.title);
    put(d, "site_title", c.title);
    put(d, "root", root);
    put(d, "search_url", root + routes::search());
    // The search page has its own field: a second search landmark in the header would read as a
    // duplicate to screen-reader users and leave two fields named alike.
    d.set("header_search", data(current_nav != "search"));
    put(d, "description", description);
    put(d, "head_extra", head_extra);
    put(d, "body_end", std::string());
    // Callers pass the date to show (ctx.build_date where the page has no content date of its own);
    // an empty date shows none.
    put(d, "updated", updated);
    put(d, "updated_display", updated.empty() ? std::string() : display_date(updated));
    put(d, "contact", contact_data(c.contact));
    put(d, "has_contact", has_contact(c.contact));  // no empty 問い合わせ先 (site.no-contact warns)
    put(d, "license_text", license_text(c.license));
    put(d, "home_url", c.home_url);
    put(d, "publisher_name", c.publisher.name);
    data nav = data::type::list;
    auto add_nav = [&](const std::string& key, const std::string& label, const std::string& path) {
        data item;
        put(item, "label", label);
        put(item, "url", root + path);
        put(item, "current", current_nav == key);
        push(nav, std::move(item));
    };
    add_nav("home", "計画の一覧", routes::home());
    if (ctx.has_glossary) add_nav("glossary", "用語集", routes::glossary());
    if (ctx.has_opendata) add_nav("opendata", "オープンデータ", routes::opendata_page());
    add_nav("accessibility", "アクセシビリティ", routes::accessibility());
    put(d, "nav", std::move(nav));
    data bc = data::type::list;
    for (const Crumb& cr : crumbs) {
        data item;
        put(item, "label", cr.label);
        if (!cr.url.empty()) put(item, "url", cr.url);
        push(bc, std::move(item));
    }
    put(d, "has_breadcrumbs", !crumbs.empty());
    put(d, "breadcrumbs", std::move(bc));
    return t.render_spliced("base", d, "body", body, 8192);  // the header, breadcrumbs and footer: a few kB
}

mustache::data revisions_data(const Plan& plan) {
    mustache::data revisions = mustache::data::type::list;
    for (const Revision& r : plan.revisions) {
        mustache::data rd;
        put(rd, "date", r.date);
        put(rd, "date_display", display_date(r.date));
        put(rd, "summary", r.summary);
        push(revisions, std::move(rd));
    }
    return revisions;
}

}  // namespace planpub::page
