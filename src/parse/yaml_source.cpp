#include "parse/yaml_source.hpp"

#include "text/utf8.hpp"

namespace planpub {

YAML::Node child(const YAML::Node& map, const char* key) {
    if (map.IsDefined() && map.IsMap())
        for (auto it = map.begin(); it != map.end(); ++it)
            if (it->first.IsScalar() && it->first.Scalar() == key) return it->second;
    return YAML::Node(YAML::NodeType::Undefined);
}

Location location_of(const YamlSource& src, const YAML::Mark& mark) {
    if (mark.is_null() || mark.line < 0) return {src.path, src.first_line, 1};
    // yaml-cpp counts the column in bytes; users count characters.
    size_t line_start = 0;
    for (int l = 0; l < mark.line && line_start != std::string::npos; ++l) {
        line_start = src.text.find('\n', line_start);
        if (line_start != std::string::npos) ++line_start;
    }
    int column = mark.column + 1;
    if (line_start != std::string::npos && line_start + mark.column <= src.text.size())
        column = count_chars(std::string_view(src.text).substr(line_start, mark.column)) + 1;
    return {src.path, src.first_line + mark.line, column};
}

Location location_of(const YamlSource& src, const YAML::Node& node) {
    if (!node.IsDefined()) return {src.path, src.first_line, 1};
    return location_of(src, node.Mark());
}

std::optional<YAML::Node> parse_yaml(const YamlSource& src, Diagnostics& diags) {
    try {
        return YAML::Load(src.text);
    } catch (const YAML::ParserException& e) {
        if (starts_with(e.msg, "unknown escape character"))  // yaml-cpp quotes one byte of the character
            diags.error(location_of(src, e.mark), "yaml.syntax", "unknown escape sequence after '\\' in a double-quoted value",
                        "write \\\\ for a backslash, or put the value in single quotes");
        else
            diags.error(location_of(src, e.mark), "yaml.syntax", e.msg,
                        "check indentation and quote values that contain ': ' or start with a special character");
    } catch (const YAML::Exception& e) {
        diags.error(location_of(src, e.mark), "yaml.syntax", e.msg, "check the YAML syntax");
    }
    return std::nullopt;
}

std::optional<std::string> read_string(const YamlSource& src, const YAML::Node& map, const char* key,
                                       Diagnostics& diags, bool required, const std::string& context) {
    YAML::Node n = child(map, key);
    if (!n.IsDefined() || n.IsNull()) {
        if (required)
            diags.error(location_of(src, map), "field.missing", context + " has no '" + key + "'",
                        std::string("add '") + key + ": …' to " + context);
        return std::nullopt;
    }
    if (!n.IsScalar()) {
        diags.error(location_of(src, n), "field.not-text", std::string("'") + key + "' must be a single value",
                    "write it on one line after the colon");
        return std::nullopt;
    }
    std::string v = trim(n.Scalar());
    if (v.empty() && required) {
        diags.error(location_of(src, n), "field.empty", std::string("'") + key + "' is empty",
                    std::string("give '") + key + "' a value");
        return std::nullopt;
    }
    return v;
}

std::optional<int> read_int(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags,
                            const std::string& context) {
    YAML::Node n = child(map, key);
    if (!n.IsDefined() || n.IsNull()) return std::nullopt;
    try {
        if (n.IsScalar()) return n.as<int>();
    } catch (const YAML::Exception&) {
    }
    diags.error(location_of(src, n), "field.not-number", std::string("'") + key + "' must be a whole number",
                "write digits only, e.g. 1");
    return std::nullopt;
}

std::optional<bool> read_bool(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags) {
    YAML::Node n = child(map, key);
    if (!n.IsDefined() || n.IsNull()) return std::nullopt;
    try {
        if (n.IsScalar()) return n.as<bool>();
    } catch (const YAML::Exception&) {
    }
    diags.error(location_of(src, n), "field.not-boolean", std::string("'") + key + "' must be true or false",
                "write true or false");
    return std::nullopt;
}

}  // namespace planpub
