#include "parse/site_config.hpp"

#include <set>
#include <string_view>

#include "parse/accessibility_policy.hpp"
#include "text/base_url.hpp"
#include "text/identifiers.hpp"
#include "text/utf8.hpp"

namespace planpub {

bool is_web_address(const std::string& s) {
    size_t host = starts_with(s, "https://") ? 8 : starts_with(s, "http://") ? 7 : 0;
    if (host == 0 || host >= s.size() || s[host] == '/') return false;
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') return false;
    return true;
}

bool is_absolute_http_url(const std::string& s) {
    return is_web_address(s) && s.find_first_of("?#") == std::string::npos;
}

bool is_mail_address(const std::string& s) {
    size_t at = s.find('@');
    if (at == 0 || at == std::string::npos || s.find('@', at + 1) != std::string::npos) return false;
    size_t dot = s.find('.', at + 2);
    if (dot == std::string::npos || dot + 1 >= s.size()) return false;
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7f ||
            std::string_view("\"<>()[],;:\\?&=/`").find(static_cast<char>(c)) != std::string_view::npos)
            return false;
    return true;
}

bool is_iso_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
    if (m < 1 || m > 12 || d < 1) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return d <= days[m - 1];  // 2025-02-30 would reach the sitemap, the feed and DCAT as it is
}

void warn_unknown_keys(const YamlSource& src, const YAML::Node& map, std::initializer_list<const char*> known,
                       const std::string& context, Diagnostics& diags) {
    if (!map.IsMap()) return;
    std::set<std::string> k(known.begin(), known.end());
    for (auto it = map.begin(); it != map.end(); ++it) {
        std::string key = it->first.Scalar();
        if (!k.count(key))
            diags.warning(location_of(src, it->first), "field.unknown", "unknown field '" + key + "' in " + context,
                          "check the spelling; docs/content-format.md lists the fields");
    }
}

Publisher parse_publisher(const YamlSource& src, const YAML::Node& node, const Publisher* fallback,
                          Diagnostics& diags) {
    Publisher p = fallback ? *fallback : Publisher{};
    bool required = fallback == nullptr;
    if (!node.IsMap()) {
        diags.error(location_of(src, node), "field.not-map",
                    "'publisher' must list name, prefecture and local_government_code",
                    "indent the three fields under 'publisher:'");
        return p;
    }
    warn_unknown_keys(src, node, {"name", "prefecture", "local_government_code"}, "publisher", diags);
    if (auto v = read_string(src, node, "name", diags, required, "publisher")) p.name = *v;
    if (auto v = read_string(src, node, "prefecture", diags, required, "publisher")) p.prefecture = *v;
    if (auto v = read_string(src, node, "local_government_code", diags, required, "publisher")) {
        if (!is_valid_local_government_code(*v)) {
            std::string hint = "use the 6-digit 全国地方公共団体コード including its check digit";
            if (v->size() == 6 && v->find_first_not_of("0123456789") == std::string::npos)
                hint = "the check digit for " + v->substr(0, 5) + " is " +
                       std::to_string(local_government_check_digit(*v)) + ": is the code " + v->substr(0, 5) +
                       std::to_string(local_government_check_digit(*v)) + "?";
            diags.error(location_of(src, child(node, "local_government_code")), "publisher.bad-code",
                        "local government code \"" + *v + "\" is not 6 digits with a valid check digit", hint);
        } else {
            p.local_government_code = *v;
        }
    }
    return p;
}

namespace {

// Addresses that become links in every page's header and footer: only http(s), so site.yaml
// cannot put a javascript: or data: link on the site.
void check_web_address(const YamlSource& src, const YAML::Node& map, const char* key, std::string& value,
                       Diagnostics& diags) {
    if (value.empty() || is_web_address(value)) return;
    diags.error(location_of(src, child(map, key)), "site.bad-url",
                std::string(key) + " \"" + value + "\" is not an http(s) address",
                "write the full address, starting with https://");
    value.clear();
}

}  // namespace

SiteConfig parse_site_config(const SourceFile& file, Diagnostics& diags) {
    SiteConfig c;
    c.source_path = file.path;
    if (!file.present) return c;
    YamlSource src{file.path, file.text, 1};
    auto doc = parse_yaml(src, diags);
    if (!doc) return c;
    if (!doc->IsMap()) {
        diags.error({file.path, 1, 1}, "site.not-map", "site.yaml must be a list of 'key: value' fields",
                    "start with 'title: …'");
        return c;
    }
    const YAML::Node& n = *doc;
    warn_unknown_keys(src, n,
                      {"title", "base_url", "language", "publisher", "license", "contact", "theme", "link", "encoding",
                       "home_url", "updated", "accessibility"},
                      "site.yaml", diags);
    const std::string ctx = "site.yaml";
    if (auto v = read_string(src, n, "title", diags, true, ctx)) c.title = *v;
    if (auto v = read_string(src, n, "base_url", diags, true, ctx)) {
        std::string why;
        if (!is_absolute_http_url(*v) && v->rfind("http", 0) != 0) {
            diags.error(location_of(src, child(n, "base_url")), "site.base-url-not-absolute",
                        "base_url \"" + *v + "\" is not an absolute http(s) URL",
                        "write the full address where the site will live, e.g. https://www.city.example.jp/plans/");
        } else if (auto uri = base_url_as_uri(*v, why)) {
            c.base_url = *uri;  // non-ASCII in the path percent-encoded: every URL of the open data is a URI
        } else {
            diags.error(
                location_of(src, child(n, "base_url")), "site.base-url-not-uri",
                "base_url \"" + *v + "\" cannot be a web address: " + why,
                "write the address as the browser shows it after visiting it, e.g. https://www.city.example.jp/plans/");
        }
    }
    if (auto v = read_string(src, n, "language", diags, false, ctx)) {
        if (is_language_tag(*v))
            c.language = *v;
        else
            diags.error(location_of(src, child(n, "language")), "site.bad-language",
                        "language \"" + *v + "\" is not a language tag", "write a BCP 47 tag: ja for Japanese");
    }
    if (child(n, "publisher").IsDefined())
        c.publisher = parse_publisher(src, child(n, "publisher"), nullptr, diags);
    else
        diags.error({file.path, 1, 1}, "field.missing", "site.yaml has no 'publisher'",
                    "add publisher: with name, prefecture and local_government_code");
    if (auto v = read_string(src, n, "license", diags, true, ctx)) {
        if (*v != "CC-BY-4.0" && *v != "CC0-1.0" && *v != "PDL-1.0")
            diags.error(location_of(src, child(n, "license")), "site.unknown-license", "unknown license \"" + *v + "\"",
                        "use CC-BY-4.0, CC0-1.0 or PDL-1.0 (公共データ利用規約 第1.0版)");
        else
            c.license = *v;
    }
    YAML::Node contact = child(n, "contact");
    if (contact.IsMap()) {
        warn_unknown_keys(src, contact, {"department", "phone", "mail", "url"}, "contact", diags);
        c.contact.department = read_string(src, contact, "department", diags, false, "contact").value_or("");
        c.contact.phone = read_string(src, contact, "phone", diags, false, "contact").value_or("");
        c.contact.mail = read_string(src, contact, "mail", diags, false, "contact").value_or("");
        if (!c.contact.mail.empty() && !is_mail_address(c.contact.mail)) {
            diags.error(location_of(src, child(contact, "mail")), "site.bad-mail",
                        "contact mail \"" + c.contact.mail + "\" is not a mail address",
                        "write the address alone, e.g. kikaku@city.example.jp (no mailto:, no name)");
            c.contact.mail.clear();
        }
        c.contact.url = read_string(src, contact, "url", diags, false, "contact").value_or("");
        check_web_address(src, contact, "url", c.contact.url, diags);
    } else if (contact.IsDefined() && !contact.IsNull()) {
        diags.error(location_of(src, contact), "field.not-map", "'contact' must list department, phone, mail or url",
                    "indent those fields under 'contact:'");
    }
    const Contact& k = c.contact;
    if (k.department.empty() && k.phone.empty() && k.mail.empty() && k.url.empty() &&
        !(contact.IsDefined() && !contact.IsMap()))
        // Every page's footer, the accessibility page and the open data's contact point need it.
        diags.warning(
            {src.path, 0, 0}, "site.no-contact",
            "site.yaml has no contact: pages show no 問い合わせ先 and the open data no contact point",
            "add 'contact:' with the department and its phone, mail or form url (see docs/content-format.md)");
    if (auto v = read_string(src, n, "theme", diags, false, ctx)) {
        c.theme = *v;
        Location at = location_of(src, child(n, "theme"));
        c.theme_line = at.line;
        c.theme_column = at.column;
    }
    if (auto v = read_string(src, n, "link", diags, false, ctx)) {
        if (*v == "all")
            c.link = LinkMode::All;
        else if (*v != "first")
            diags.error(location_of(src, child(n, "link")), "site.unknown-link-mode",
                        "link must be 'first' or 'all', not \"" + *v + "\"",
                        "write link: first (default) or link: all");
    }
    if (auto v = read_string(src, n, "encoding", diags, false, ctx)) {
        std::string e;
        for (char ch : *v) e += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        if (e == "utf8") e = "utf-8";
        if (e == "sjis" || e == "shift-jis" || e == "windows-31j") e = "shift_jis";
        if (e != "utf-8" && e != "shift_jis" && e != "cp932")
            diags.error(location_of(src, child(n, "encoding")), "site.unknown-encoding",
                        "unknown encoding \"" + *v + "\"", "use utf-8, shift_jis or cp932");
        else
            c.encoding = e;
    }
    if (auto v = read_string(src, n, "home_url", diags, false, ctx)) c.home_url = *v;
    check_web_address(src, n, "home_url", c.home_url, diags);
    if (auto v = read_string(src, n, "updated", diags, false, ctx)) {
        if (!is_iso_date(*v))
            diags.error(location_of(src, child(n, "updated")), "field.bad-date",
                        "'updated' is not a date: \"" + *v + "\"", "write the date as YYYY-MM-DD");
        else
            c.updated = *v;
    }
    for (auto it = n.begin(); it != n.end(); ++it)  // the key's place, where a warning about the policy points
        if (it->first.Scalar() == "accessibility")
            c.accessibility = parse_accessibility_policy(src, it->second, location_of(src, it->first), diags);
    return c;
}

}  // namespace planpub
