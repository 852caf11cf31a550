#include "render/opendata_page.hpp"

#include <cstdio>

#include "opendata/plan.hpp"
#include "render/page_layout.hpp"
#include "render/site_pages.hpp"
#include "text/era_year.hpp"
#include "text/utf8.hpp"
#include "vocab/words.hpp"
#include "vocab/routes.hpp"

namespace planpub {
namespace {

std::string relative_to_page(const std::string& path) { return routes::relative_url(routes::opendata_page(), path); }

std::string datatype_label(const std::string& t) {
    if (t == "integer") return "整数";
    if (t == "decimal") return "数値";
    return "文字列";
}

std::string file_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

using mustache::data;
using page::push;
using page::put;

// A list, not a table: on a 360 px phone five columns of file facts do not fit, cards do (the
// template writes them). Each file with its columns, folded under <details> in the template.
data file_cards(const std::vector<DataFile>& files) {
    data list = data::type::list;
    for (const DataFile& f : files) {
        data d;
        d.set("url", href_escape(relative_to_page(f.path)));
        d.set("name", file_name(f.path));
        d.set("title", f.title);
        d.set("format", format_name(f.format));
        d.set("size", display_size(f.size()));
        d.set("description", f.description);
        d.set("has_columns", data(!f.columns.empty()));
        d.set("column_count", std::to_string(f.columns.size()));
        data columns = data::type::list;
        for (const ColumnSpec& c : f.columns) {
            data cd;
            cd.set("title", c.title);
            cd.set("type", datatype_label(c.datatype));
            cd.set("description", c.description);
            push(columns, std::move(cd));
        }
        put(d, "columns", std::move(columns));
        push(list, std::move(d));
    }
    return list;
}

data dataset_section(const DataSet& s) {
    data d;
    d.set("id", s.id);
    d.set("title", s.title);
    d.set("is_dataset", data(true));
    d.set("description", s.description);
    d.set("publisher", s.publisher.prefecture + s.publisher.name);
    d.set("code", s.publisher.local_government_code);
    d.set("has_period", data(s.period.has_value()));
    d.set("period", s.period ? display_period(*s.period) : std::string());
    d.set("has_modified", data(!s.modified.empty()));
    d.set("modified", display_date(s.modified));
    d.set("landing_url", href_escape(relative_to_page(s.landing_page)));
    d.set("files_label", s.title + "のファイル");
    put(d, "files", file_cards(s.files));
    return d;
}

}  // namespace

std::string display_size(size_t bytes) {
    char buf[32];
    if (bytes < 1000) return std::to_string(bytes) + " バイト";
    if (bytes < 1000 * 1000)
        std::snprintf(buf, sizeof buf, "%.1f KB", bytes / 1000.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1000000.0);
    return buf;
}

std::string render_opendata_body(Templates& t, const std::vector<DataSet>& sets,
                                 const std::vector<DataFile>& catalog_files, const SiteConfig& site) {
    data d;
    d.set("license_url", href_escape(license_uri(site.license)));
    d.set("license_name", license_name(site.license));
    data datasets = data::type::list;
    for (const DataSet& s : sets) {
        data item;
        item.set("id", s.id);
        item.set("title", s.title);
        push(datasets, std::move(item));
    }
    put(d, "datasets", std::move(datasets));
    // 出典記載例: how to credit, as each licence asks (CC0 asks nothing, but a credit still helps
    // readers); CC BY also asks that the licence be named, with its address (CC BY 4.0, 3(a)(1)(C)).
    d.set("credit_optional", data(site.license == "CC0-1.0"));
    d.set("credit_who", site.publisher.prefecture + site.publisher.name);
    d.set("site_title", site.title);
    d.set("page_url", site.base_url + routes::opendata_page());
    d.set("licence_note",
          site.license == "CC-BY-4.0" ? "、ライセンス：CC BY 4.0（" + license_uri(site.license) + "）" : "");
    // A section a dataset, made and rendered one at a time: at 1,000 plans the sections' data is
    // tens of megabytes (their files' columns), the page itself ten.
    const auto section = [&](size_t i) {
        if (i < sets.size()) return dataset_section(sets[i]);
        data catalog;
        catalog.set("id", "catalog");
        catalog.set("title", "データの一覧と説明のファイル");
        catalog.set("is_dataset", data(false));
        catalog.set("files_label", "データの一覧と説明のファイル");
        put(catalog, "files", file_cards(catalog_files));
        return catalog;
    };
    return t.render_list("opendata_body", d, "sections", sets.size() + 1, section);
}

}  // namespace planpub
