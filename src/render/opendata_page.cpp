#include "render/opendata_page.hpp"

#include <cstdio>

#include "opendata/plan.hpp"
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

// A list, not a table: on a 360 px phone five columns of file facts do not fit, cards do.
std::string files_list(const std::vector<DataFile>& files, const std::string& label, const SiteConfig& site) {
    std::string h = "<ul class=\"file-list\" aria-label=\"" + html_escape(label) + "\">\n";
    for (const DataFile& f : files) {
        h += "<li>\n<p class=\"file-list__name\"><a href=\"" + href_escape(relative_to_page(f.path)) + "\">" +
             html_escape(file_name(f.path)) + "</a></p>\n<p class=\"file-list__title\">" + html_escape(f.title) + "</p>\n";
        h += "<dl class=\"file-list__facts\"><div><dt>形式</dt><dd>" + html_escape(format_name(f.format)) + "</dd></div><div><dt>大きさ</dt><dd>" +
             html_escape(display_size(f.bytes.size())) + "</dd></div><div><dt>ライセンス</dt><dd>" +
             html_escape(license_name(site.license)) + "</dd></div></dl>\n";
        h += "<p>" + html_escape(f.description) + "</p>\n</li>\n";
    }
    return h + "</ul>\n";
}

std::string columns_table(const DataFile& f) {
    std::string caption = file_name(f.path) + " の列";
    std::string h = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + html_escape(caption) + "\">\n";
    h += "<table>\n<caption>" + html_escape(caption) + "</caption>\n<thead><tr><th scope=\"col\">列名</th><th scope=\"col\">種類</th>"
         "<th scope=\"col\">内容</th></tr></thead>\n<tbody>\n";
    for (const ColumnSpec& c : f.columns)
        h += "<tr><th scope=\"row\">" + html_escape(c.title) + "</th><td>" + html_escape(datatype_label(c.datatype)) + "</td><td>" +
             html_escape(c.description) + "</td></tr>\n";
    return h + "</tbody>\n</table>\n</div>\n";
}

// Folded so the page stays scannable; <details> needs no script to open.
std::string columns_details(const DataFile& f) {
    if (f.columns.empty()) return {};
    return "<details class=\"columns\">\n<summary>" + html_escape(file_name(f.path)) + " の列の説明（" +
           std::to_string(f.columns.size()) + "列）</summary>\n" + columns_table(f) + "</details>\n";
}

// 出典記載例: how to credit, as each licence asks (CC0 asks nothing, but a credit still helps readers).
std::string attribution(const SiteConfig& site) {
    std::string who = site.publisher.prefecture + site.publisher.name;
    std::string url = site.base_url + routes::opendata_page();
    std::string h = "<h2 id=\"credit\">出典の記載</h2>\n";
    if (site.license == "CC0-1.0") {
        h += "<p>CC0（パブリック・ドメイン）のため、出典の記載は必須ではありませんが、次のように記載していただくと、利用者がもとのデータをたどれます。</p>\n";
    } else {
        h += "<p>利用するときは、次の例のように出典を記載してください。データを加工したときは、加工したことも記載してください。</p>\n";
    }
    // CC BY also asks that the licence be named, with its address (CC BY 4.0, 3(a)(1)(C)).
    std::string licence = site.license == "CC-BY-4.0" ? "、ライセンス：CC BY 4.0（" + license_uri(site.license) + "）" : "";
    h += "<ul class=\"credit-examples\">\n<li>出典：" + html_escape(who) + "「" + html_escape(site.title) + " オープンデータ」（" +
         html_escape(url) + "）" + html_escape(licence) + "</li>\n";
    h += "<li>" + html_escape(who) + "「" + html_escape(site.title) + " オープンデータ」（" + html_escape(url) +
         "）を加工して作成</li>\n</ul>\n";
    return h;
}

}  // namespace

std::string display_size(size_t bytes) {
    char buf[32];
    if (bytes < 1000) return std::to_string(bytes) + " バイト";
    if (bytes < 1000 * 1000) std::snprintf(buf, sizeof buf, "%.1f KB", bytes / 1000.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1000000.0);
    return buf;
}

std::string render_opendata_body(const std::vector<DataSet>& sets, const std::vector<DataFile>& catalog_files,
                                 const SiteConfig& site) {
    std::string h;
    h += "<p>すべてのファイルは「<a href=\"" + href_escape(license_uri(site.license)) + "\">" + html_escape(license_name(site.license)) +
         "</a>」の下で、営利・非営利を問わず自由に利用できます。</p>\n";
    h += "<p>CSVファイルは文字コードがUTF-8（BOM付き）、改行がCRLFで、Excelでそのまま開けます。"
         "値が空欄のときは「まだ測っていない」などの理由で数値がないことを表し、0ではありません。理由は「備考」の列にあります。"
         "各CSVの隣には、列の名前と種類を機械が読める形で書いたファイル（W3C CSVW、ファイル名の末尾が -metadata.json）があります。</p>\n";
    h += "<nav aria-label=\"データセット\"><ul>\n";
    for (const DataSet& s : sets) h += "<li><a href=\"#" + html_escape(s.id) + "\">" + html_escape(s.title) + "</a></li>\n";
    h += "<li><a href=\"#catalog\">データの一覧と説明のファイル</a></li>\n<li><a href=\"#credit\">出典の記載</a></li>\n</ul></nav>\n";
    for (const DataSet& s : sets) {
        h += "<section aria-labelledby=\"" + html_escape(s.id) + "\">\n<h2 id=\"" + html_escape(s.id) + "\">" + html_escape(s.title) + "</h2>\n";
        h += "<p>" + html_escape(s.description) + "</p>\n<dl class=\"meta\">\n";
        h += "<div><dt>作成者</dt><dd>" + html_escape(s.publisher.prefecture + s.publisher.name) + "（全国地方公共団体コード " +
             html_escape(s.publisher.local_government_code) + "）</dd></div>\n";
        if (s.period) h += "<div><dt>対象期間</dt><dd>" + html_escape(display_period(*s.period)) + "</dd></div>\n";
        if (!s.modified.empty()) h += "<div><dt>最終更新日</dt><dd>" + html_escape(display_date(s.modified)) + "</dd></div>\n";
        h += "<div><dt>説明のページ</dt><dd><a href=\"" + href_escape(relative_to_page(s.landing_page)) + "\">" + html_escape(s.title) +
             "</a></dd></div>\n</dl>\n";
        h += files_list(s.files, s.title + "のファイル", site);
        for (const DataFile& f : s.files) h += columns_details(f);
        h += "</section>\n";
    }
    h += "<section aria-labelledby=\"catalog\">\n<h2 id=\"catalog\">データの一覧と説明のファイル</h2>\n";
    h += "<p>データカタログサイトやプログラムが、このページのデータをまとめて取り込むためのファイルです。</p>\n";
    h += files_list(catalog_files, "データの一覧と説明のファイル", site);
    for (const DataFile& f : catalog_files) h += columns_details(f);
    h += "</section>\n";
    h += attribution(site);
    return h;
}

}  // namespace planpub
