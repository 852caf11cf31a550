#include "parse/accessibility_policy.hpp"

#include "parse/site_config.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// One line of text or a list of them: `departments: 企画課` and `departments: [企画課, 情報政策課]`.
std::vector<std::string> read_text_list(const YamlSource& src, const YAML::Node& map, const char* key,
                                        Diagnostics& diags) {
    std::vector<std::string> out;
    YAML::Node n = child(map, key);
    if (!n.IsDefined() || n.IsNull()) return out;
    if (n.IsScalar()) {
        if (auto v = read_string(src, map, key, diags, false, "accessibility"); v && !v->empty()) out.push_back(*v);
        return out;
    }
    if (!n.IsSequence()) {
        diags.error(location_of(src, n), "site.accessibility-not-list",
                    std::string("'") + key + "' must be a line of text or a list of them",
                    std::string("write each item on its own line after '") + key + ":', starting with '- '");
        return out;
    }
    for (const YAML::Node& item : n) {
        if (!item.IsScalar()) {
            diags.error(location_of(src, item), "site.accessibility-not-list",
                        std::string("each item of '") + key + "' must be one line of text",
                        "write the item as text after '- ', without a nested list or 'key: value'");
            continue;
        }
        std::string v = trim(item.Scalar());
        if (!v.empty()) out.push_back(v);
    }
    return out;
}

// A value from a fixed set (the wording of the JIS and WAIC's 対応度表記ガイドライン), or an error at it.
std::string read_choice(const YamlSource& src, const YAML::Node& map, const char* key,
                        std::initializer_list<const char*> allowed, const std::string& hint, Diagnostics& diags) {
    auto v = read_string(src, map, key, diags, false, "accessibility");
    if (!v || v->empty()) return {};
    for (const char* a : allowed)
        if (*v == a) return *v;
    diags.error(location_of(src, child(map, key)), "site.accessibility-bad-value",
                std::string("accessibility ") + key + " \"" + *v + "\" is not one of the values the policy can state",
                hint);
    return {};
}

std::string read_date(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags) {
    auto v = read_string(src, map, key, diags, false, "accessibility");
    if (!v || v->empty()) return {};
    if (is_iso_date(*v)) return *v;
    diags.error(location_of(src, child(map, key)), "field.bad-date",
                std::string("'") + key + "' is not a date: \"" + *v + "\"", "write the date as YYYY-MM-DD");
    return {};
}

}  // namespace

AccessibilityPolicy parse_accessibility_policy(const YamlSource& src, const YAML::Node& node, Location key_at,
                                               Diagnostics& diags) {
    AccessibilityPolicy p;
    p.present = true;
    p.line = key_at.line;
    p.column = key_at.column;
    if (node.IsNull()) return p;
    if (!node.IsMap()) {
        diags.error(location_of(src, node), "field.not-map",
                    "'accessibility' must list the policy's fields (established, level, departments …)",
                    "indent the fields under 'accessibility:' (docs/accessibility.md shows an example)");
        return p;
    }
    warn_unknown_keys(src, node,
                      {"organization", "departments", "established", "updated", "level", "conformance", "deadline",
                       "scope", "exceptions"},
                      "accessibility", diags);
    p.organization = read_string(src, node, "organization", diags, false, "accessibility").value_or("");
    p.departments = read_text_list(src, node, "departments", diags);
    p.established = read_date(src, node, "established", diags);
    p.updated = read_date(src, node, "updated", diags);
    if (!p.established.empty() && !p.updated.empty() && p.updated < p.established) {
        diags.error(
            location_of(src, child(node, "updated")), "site.accessibility-bad-value",
            "accessibility updated " + p.updated + " is before established " + p.established,
            "策定日 (established) is the first version's date, 更新日 (updated) the latest revision's: swap or fix them");
        p.updated.clear();
    }
    p.level =
        read_choice(src, node, "level", {"A", "AA", "AAA"}, "write A, AA or AAA (JIS X 8341-3:2016 適合レベル)", diags);
    p.conformance = read_choice(src, node, "conformance", {"準拠", "一部準拠", "配慮"},
                                "write 準拠, 一部準拠 or 配慮 (WAIC 対応度表記ガイドライン)", diags);
    p.deadline = read_date(src, node, "deadline", diags);
    p.scope = read_string(src, node, "scope", diags, false, "accessibility").value_or("");
    p.exceptions = read_text_list(src, node, "exceptions", diags);
    return p;
}

}  // namespace planpub
