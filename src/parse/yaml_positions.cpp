// Where things are in a YAML file (yaml-cpp marks translated to the user's file, counted in
// characters) and the typed field readers that report at those places.
#include <algorithm>

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
    // The mark's byte offset finds the line without counting lines from the top (a file with many
    // problems would take quadratic time); the loop below is the fallback.
    if (mark.pos >= mark.column && static_cast<size_t>(mark.pos) <= src.text.size()) {
        size_t start = static_cast<size_t>(mark.pos - mark.column);
        if (start == 0 || src.text[start - 1] == '\n') {
            int column = count_chars(std::string_view(src.text).substr(start, mark.column)) + 1;
            return {src.path, src.first_line + mark.line, column};
        }
    }
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

namespace {

// A position in the YAML text that knows its line.
struct Cursor {
    std::string_view text;
    size_t pos, line_start;
    int line;  // 0-based, as yaml-cpp counts
    void step() {
        if (text[pos++] == '\n') {
            ++line;
            line_start = pos;
        }
    }
    int column() const { return count_chars(text.substr(line_start, pos - line_start)) + 1; }
};

// Length of the double-quoted escape at text[i] ('\\'): \xHH, \uHHHH, \UHHHHHHHH or one character.
size_t escape_length(std::string_view text, size_t i) {
    char k = i + 1 < text.size() ? text[i + 1] : ' ';
    return std::min(text.size() - i, size_t(k == 'x' ? 4 : k == 'u' ? 6 : k == 'U' ? 10 : 2));
}

size_t utf8_length(unsigned char lead) { return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

}  // namespace

SourceSpan value_span(const YamlSource& src, const YAML::Node& scalar, std::string_view value) {
    Location start = location_of(src, scalar);
    SourceSpan span{src.path, start.line};
    const YAML::Mark mark = scalar.IsDefined() ? scalar.Mark() : YAML::Mark::null_mark();
    if (mark.is_null() || mark.pos < mark.column || static_cast<size_t>(mark.pos) >= src.text.size()) {
        span.pieces.push_back({0, start.line, start.column});
        return span;
    }
    Cursor c{src.text, static_cast<size_t>(mark.pos), static_cast<size_t>(mark.pos - mark.column), mark.line};
    const char style = src.text[c.pos];
    if (style == '"' || style == '\'') c.step();
    if (style == '|' || style == '>') {  // the value starts on the line after the indicator
        while (c.pos < c.text.size() && c.text[c.pos] != '\n') c.step();
        if (c.pos < c.text.size()) c.step();
    }
    bool fresh = true;  // the next value byte begins a piece
    auto piece = [&](size_t v) {
        if (fresh) span.pieces.push_back({v, src.first_line + c.line, c.column()});
    };
    size_t v = 0;
    while (v < value.size() && c.pos < c.text.size()) {
        char r = c.text[c.pos];
        if (style == '"' && r == '\\' && c.pos + 1 < c.text.size() && c.text[c.pos + 1] == '\n') {
            c.step();  // an escaped line break: nothing in the value
            c.step();
            fresh = true;
        } else if ((style == '"' && r == '\\') || (style == '\'' && r == '\'')) {  // \n, \u3042, '': one character
            piece(v);
            size_t n = style == '"' ? escape_length(c.text, c.pos) : 2;
            for (size_t k = 0; k < n; ++k) c.step();
            v += utf8_length(static_cast<unsigned char>(value[v]));
            fresh = true;
        } else if (r == value[v]) {
            piece(v);
            fresh = r == '\n';
            c.step();
            ++v;
        } else if (r == '\n' && value[v] == ' ') {  // a folded line end
            c.step();
            ++v;
            fresh = true;
        } else if (r == ' ' || r == '\t' || r == '\n') {  // indentation, spaces trimmed or folded away
            c.step();
            fresh = true;
        } else {
            break;  // lost track: the rest of the value stays with the last piece
        }
    }
    if (span.pieces.empty()) span.pieces.push_back({0, start.line, start.column});
    return span;
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
    } catch (const YAML::Exception&) {}
    diags.error(location_of(src, n), "field.not-number", std::string("'") + key + "' must be a whole number",
                "write digits only, e.g. 1");
    return std::nullopt;
}

std::optional<bool> read_bool(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags) {
    YAML::Node n = child(map, key);
    if (!n.IsDefined() || n.IsNull()) return std::nullopt;
    try {
        if (n.IsScalar()) return n.as<bool>();
    } catch (const YAML::Exception&) {}
    diags.error(location_of(src, n), "field.not-boolean", std::string("'") + key + "' must be true or false",
                "write true or false");
    return std::nullopt;
}

}  // namespace planpub
