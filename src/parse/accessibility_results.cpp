#include "parse/accessibility_results.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "parse/site_config.hpp"
#include "parse/yaml_source.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// A byte offset of the file (nlohmann counts from 1, pointing past the bad character) as line:col in characters.
Location location_at_byte(const SourceFile& f, size_t byte) {
    size_t end = std::min(byte > 0 ? byte - 1 : 0, f.text.size());
    int line = 1, column = 1;
    for (size_t i = 0; i < end; ++i) {
        unsigned char c = static_cast<unsigned char>(f.text[i]);
        if (c == '\n')
            ++line, column = 1;
        else if ((c & 0xC0) != 0x80)
            ++column;
    }
    return {f.path, line, column};
}

struct Reader {
    const YamlSource& src;
    Diagnostics& diags;
    bool ok = true;
    void bad(const YAML::Node& at, const std::string& what, const std::string& hint,
             const char* code = "results.bad-field") {
        diags.error(location_of(src, at), code, what, hint);
        ok = false;
    }
    std::string text(const YAML::Node& map, const char* key, bool required) {
        size_t before = diags.error_count();
        auto v = read_string(src, map, key, diags, required, "accessibility-results.json");
        if (diags.error_count() != before) ok = false;
        return v.value_or("");
    }
    std::string choice(const YAML::Node& map, const char* key, std::initializer_list<const char*> allowed,
                       bool required) {
        std::string v = text(map, key, required);
        if (v.empty()) return v;
        std::string list;
        for (const char* a : allowed) {
            if (v == a) return v;
            list += (list.empty() ? "" : ", ") + std::string(a);
        }
        bad(child(map, key), std::string("'") + key + "' is \"" + v + "\", not one of " + list,
            std::string("write one of ") + list);
        return {};
    }
    bool flag(const YAML::Node& map, const char* key, bool fallback) {
        size_t before = diags.error_count();
        auto v = read_bool(src, map, key, diags);
        if (diags.error_count() != before) ok = false;
        return v.value_or(fallback);
    }
    // A line of text or a list of them, joined with 、.
    std::string texts(const YAML::Node& map, const char* key) {
        YAML::Node n = child(map, key);
        if (!n.IsSequence()) return text(map, key, true);
        std::string out;
        for (const YAML::Node& i : n)
            if (i.IsScalar())
                out += (out.empty() ? "" : "、") + i.Scalar();
            else
                bad(i, std::string("each item of '") + key + "' must be text", "write the item as a string");
        return out;
    }
};

const char* const kResultHint =
    "a criterion only a person can judge is 適合 only with \"judged_by\": \"human\" after a person has checked it; "
    "otherwise write \"result\": \"未判定\"";

}  // namespace

AccessibilityResults read_accessibility_results(const SourceFile& f, Diagnostics& diags) {
    AccessibilityResults r;
    if (!f.present) return r;
    try {
        if (!nlohmann::json::parse(f.text).is_object()) {
            diags.error({f.path, 1, 1}, "results.bad-json", "accessibility-results.json is not a JSON object",
                        "let the test run write it again (npm run a11y-results), or delete it");
            return r;
        }
    } catch (const nlohmann::json::parse_error& e) {
        std::string why = e.what();
        if (size_t c = why.find(": ", why.find("column")); c != std::string::npos) why = why.substr(c + 2);
        diags.error(location_at_byte(f, e.byte), "results.bad-json",
                    "accessibility-results.json is not valid JSON: " + why,
                    "let the test run write it again (npm run a11y-results), or fix the file at this place");
        return r;
    }
    // Read again as YAML (JSON is YAML) for the line:col of every value.
    YamlSource src{f.path, f.text, 1};
    auto doc = parse_yaml(src, diags);
    if (!doc) return r;
    const YAML::Node& j = *doc;
    Reader rd{src, diags};
    warn_unknown_keys(src, j,
                      {"date", "standard", "target_level", "conformance", "conformance_note", "result", "tools",
                       "technologies", "method", "page_selection", "pages", "criteria"},
                      "accessibility-results.json", diags);
    std::string date = rd.text(j, "date", true);
    if (!date.empty() && !is_iso_date(date))
        rd.bad(child(j, "date"), "'date' is not a date: \"" + date + "\"", "write the date as YYYY-MM-DD");
    std::string standard = rd.text(j, "standard", true);
    std::string level = rd.choice(j, "target_level", {"A", "AA", "AAA"}, true);
    std::string conformance = rd.choice(j, "conformance", {"準拠", "一部準拠", "配慮"}, false);
    std::string note = rd.text(j, "conformance_note", false), summary = rd.text(j, "result", false);
    std::string technologies = rd.texts(j, "technologies");
    std::string method = rd.text(j, "method", true), selection = rd.text(j, "page_selection", true);

    r.standard = standard;
    r.target_level = level;
    r.conformance = conformance;
    r.conformance_note = note;
    r.summary = summary;
    r.technologies = technologies;
    r.method = method;
    r.page_selection = selection;

    YAML::Node tl = child(j, "tools");
    if (!tl.IsSequence() || tl.size() == 0)
        rd.bad(tl.IsDefined() ? tl : j, "'tools' must list the tools used, each with name and version",
               "write \"tools\": [{\"name\": \"axe-core\", \"version\": \"4.10.2\"}, …]");
    else
        for (const YAML::Node& t : tl) {
            if (!t.IsMap()) {
                rd.bad(t, "each tool must have a name and a version", "write {\"name\": …, \"version\": …}");
                continue;
            }
            std::string name = rd.text(t, "name", true), version = rd.text(t, "version", true);
            r.tools.push_back({name, version});
        }

    YAML::Node pl = child(j, "pages");
    if (!pl.IsSequence() || pl.size() == 0)
        rd.bad(pl.IsDefined() ? pl : j, "'pages' must list the URLs of the pages tested",
               "let the test run write the file again: it lists every page it opened");
    else
        for (const YAML::Node& p : pl) {
            if (!p.IsScalar() || !is_web_address(p.Scalar())) {
                rd.bad(p, "each page must be an http(s) address", "write the page's full URL");
                continue;
            }
            r.pages.push_back(p.Scalar());
        }

    // 達成基準チェックリスト: 適用 and 結果 per criterion; 適合 only where it is supported.
    bool all_met = true;  // every applicable criterion up to the target level is 適合 (needed for 準拠)
    auto rank = [](const std::string& l) { return l == "A" ? 1 : l == "AA" ? 2 : l == "AAA" ? 3 : 9; };
    YAML::Node cl = child(j, "criteria");
    if (!cl.IsSequence() || cl.size() == 0)
        rd.bad(cl.IsDefined() ? cl : j, "'criteria' must list the success criteria with their results",
               "let the test run write the file again: it lists every criterion of the level");
    else
        for (const YAML::Node& c : cl) {
            if (!c.IsMap()) {
                rd.bad(c, "each criterion must be an object with id, level, applies and result",
                       "let the test run write it again");
                continue;
            }
            AccessibilityCriterion k;
            k.id = rd.text(c, "id", true);
            k.title = rd.text(c, "title", false);
            k.level = rd.choice(c, "level", {"A", "AA", "AAA"}, true);
            k.applies = rd.flag(c, "applies", true);
            k.needs_human = rd.flag(c, "needs_human", true);
            k.result = rd.choice(c, "result", {"適合", "不適合", "該当なし", "未判定"}, true);
            std::string judged = rd.choice(c, "judged_by", {"automated", "human"}, true);
            k.by_human = judged == "human";
            k.method = rd.text(c, "method", false);
            k.note = rd.text(c, "note", false);
            if (!k.applies && !k.result.empty() && k.result != "該当なし")
                rd.bad(child(c, "result"),
                       "criterion " + k.id + " does not apply (\"applies\": false) but its result is " + k.result,
                       "a criterion that does not apply has the result 該当なし");
            if (k.applies && k.result == "該当なし")
                rd.bad(child(c, "result"), "criterion " + k.id + " applies but its result is 該当なし",
                       "write \"applies\": false, or the result of the test");
            if (k.result == "適合" && k.needs_human && !k.by_human)
                rd.bad(child(c, "result"),
                       "criterion " + k.id +
                           " is 適合 but only a person can judge it and no person did (\"judged_by\": \"" + judged +
                           "\")",
                       kResultHint, "results.unsupported-claim");
            if (k.by_human) r.human = true;
            if (k.applies && rank(k.level) <= rank(level) && k.result != "適合") all_met = false;
            r.criteria.push_back(std::move(k));
        }
    if (conformance == "準拠" && !all_met)
        rd.bad(
            child(j, "conformance"),
            "conformance 準拠 needs every applicable criterion up to level " + level + " to be 適合, and some are not",
            std::string(kResultHint) + "; until then leave conformance empty or write 一部準拠",
            "results.unsupported-claim");
    if (!rd.ok) return AccessibilityResults{};
    r.present = true;
    r.date = date;
    return r;
}

}  // namespace planpub
