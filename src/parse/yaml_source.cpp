#include "parse/yaml_source.hpp"

#include <cstdio>

#include <yaml-cpp/depthguard.h>

#include <cctype>

#include "model/site.hpp"
#include "parse/yaml_checks.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace {

// Two slips that yaml-cpp reports as a vague syntax error, or not at all: a full-width colon after
// a key (`title：目的` reads as a line of text, not as the key title) and a tab in the indentation
// (YAML indents with spaces only). Each is reported at the line and column where it is. Lines
// inside a block scalar (after `key: |` or `>`) and comment lines are text, and are not looked at.
bool report_slips(const YamlSource& src, Diagnostics& diags) {
    const std::string_view text = src.text;
    const std::string_view fullwidth_colon = "\xEF\xBC\x9A";  // ：
    bool found = false;
    int block_parent = -1;  // indentation of the line that opened a block scalar, or -1
    int line = 0;
    for (size_t pos = 0; pos <= text.size(); ++line) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view l = text.substr(pos, end - pos);
        const size_t at = pos;
        pos = end + 1;
        size_t spaces = l.find_first_not_of(' ');
        size_t content = l.find_first_not_of(" \t\r");
        if (content == std::string_view::npos) continue;  // a blank line
        if (block_parent >= 0) {
            if (spaces != std::string_view::npos && static_cast<int>(spaces) > block_parent)
                continue;  // text of the block
            block_parent = -1;
        }
        if (l[content] == '#') continue;
        auto column = [&](size_t i) { return count_chars(text.substr(at, i)) + 1; };
        if (size_t tab = l.find('\t'); tab < content) {
            diags.error({src.path, src.first_line + line, column(tab)}, "yaml.tab-indent",
                        "a tab in the indentation: YAML indents with spaces only",
                        "indent with spaces instead of the tab (two spaces for each level)");
            found = true;
            continue;
        }
        // A key: after `- ` items, ASCII lower-case letters, digits, '_' or '-' (every key planpub
        // reads is written so), then perhaps spaces. Text such as `- KPI：目標` or `DX：推進` is left alone.
        size_t k = content;
        while (k != std::string_view::npos && k + 1 < l.size() && l[k] == '-' && (l[k + 1] == ' ' || l[k + 1] == '\t'))
            k = l.find_first_not_of(" \t", k + 1);
        size_t key_start = k;
        while (k < l.size() && k != std::string_view::npos &&
               (std::islower(static_cast<unsigned char>(l[k])) || std::isdigit(static_cast<unsigned char>(l[k])) ||
                l[k] == '_' || l[k] == '-'))
            ++k;
        if (k != std::string_view::npos && k > key_start && std::islower(static_cast<unsigned char>(l[key_start]))) {
            std::string_view key = l.substr(key_start, k - key_start);
            while (k < l.size() && l[k] == ' ') ++k;
            if (l.substr(k, fullwidth_colon.size()) == fullwidth_colon) {
                diags.error({src.path, src.first_line + line, column(k)}, "yaml.fullwidth-colon",
                            "a full-width colon '：' after '" + std::string(key) +
                                "': YAML reads the line as text, not as the key '" + std::string(key) + "'",
                            "write a half-width colon ':' followed by a space: " + std::string(key) + ": …");
                found = true;
                continue;
            }
        }
        // `key: |`, `- >-`: the lines below, indented more, are the block's text.
        size_t last = l.find_last_not_of(" \t\r");
        std::string_view tail = l.substr(0, last + 1);
        if (size_t hash = tail.find(" #"); hash != std::string_view::npos)
            tail = tail.substr(0, tail.find_last_not_of(" \t", hash) + 1);
        size_t ind = tail.find_last_of("|>");
        if (ind != std::string_view::npos && ind > 0 && (tail[ind - 1] == ' ' || tail[ind - 1] == '\t') &&
            tail.find_first_not_of("+-0123456789", ind + 1) == std::string_view::npos) {
            size_t before = tail.find_last_not_of(" \t", ind - 1);
            if (before != std::string_view::npos && (tail[before] == ':' || tail[before] == '-'))
                block_parent = static_cast<int>(spaces == std::string_view::npos ? 0 : spaces);
        }
    }
    return found;
}

}  // namespace

std::optional<YAML::Node> parse_yaml(const YamlSource& src, Diagnostics& diags) {
    if (report_slips(src, diags)) return std::nullopt;
    try {
        YamlFindings check;
        YAML::Node doc = load_yaml_checked(src.text, check);
        for (const auto& cc : check.controls) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", cc.c);
            diags.error(
                location_of(src, cc.mark), "encoding.control-character",
                std::string("control character ") + code + " in this value (from an escape such as \\x01 or \\0)",
                "delete the escape sequence from the quoted value");
        }
        if (!check.controls.empty()) return std::nullopt;
        for (const auto& d : check.duplicates)
            diags.error(location_of(src, d.mark), "yaml.duplicate-key",
                        "'" + d.key + "' appears twice in one map (first on line " +
                            std::to_string(location_of(src, d.first).line) + ")",
                        "YAML keeps only one of them: merge the two or delete one");
        return doc;
    } catch (const YamlStop& stop) {
        if (stop.why == YamlStop::kAlias)
            diags.error(location_of(src, stop.mark), "yaml.alias", "YAML aliases (*name) are not accepted",
                        "write the value out in full instead of referring to an anchor (&name)");
        else if (stop.why == YamlStop::kTags)
            diags.error(location_of(src, stop.mark), "limit.yaml-tags",
                        "YAML tags (!name), written out in full, longer in all than 4 times the file",
                        "delete the tags (and any %TAG line): planpub's YAML files need none");
        else
            diags.error(location_of(src, stop.mark), "limit.yaml-nodes",
                        "more than " + std::to_string(Limits::max_yaml_nodes) + " YAML values in one file",
                        "split the glossary, or shorten the file");
    } catch (const YAML::DeepRecursion& e) {  // yaml-cpp's guard against stack exhaustion; its message says "bad file"
        diags.error(location_of(src, e.mark), "limit.nesting-depth",
                    "YAML nested too deeply (" + std::to_string(e.depth()) + " levels)",
                    "front matter, site.yaml and glossary.yaml need only a few levels of nesting: reduce it");
    } catch (const YAML::ParserException& e) {
        if (starts_with(e.msg, "unknown escape character"))  // yaml-cpp quotes one byte of the character
            diags.error(location_of(src, e.mark), "yaml.syntax",
                        "unknown escape sequence after '\\' in a double-quoted value",
                        "write \\\\ for a backslash, or put the value in single quotes");
        else
            diags.error(location_of(src, e.mark), "yaml.syntax", e.msg,
                        "check indentation and quote values that contain ': ' or start with a special character");
    } catch (const YAML::Exception& e) {
        diags.error(location_of(src, e.mark), "yaml.syntax", e.msg, "check the YAML syntax");
    }
    return std::nullopt;
}

}  // namespace planpub
