// YAML documents read with yaml-cpp, with positions translated back to the file the
// user edits (front matter starts below its '---' line) and counted in characters.
#pragma once
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "model/source_span.hpp"

namespace planpub {

struct YamlSource {
    std::string path;
    std::string text;    // the YAML text itself
    int first_line = 1;  // file line of the YAML's first line
};

// Parses the YAML; on a syntax error reports yaml.syntax and returns nullopt.
std::optional<YAML::Node> parse_yaml(const YamlSource& src, Diagnostics& diags);

// The value of `key` in a map, or an undefined node. (yaml-cpp's operator[] on a const
// node yields an invalid node that throws when inspected.)
YAML::Node child(const YAML::Node& map, const char* key);

// Location of a node (or of the document start when the node has no mark).
Location location_of(const YamlSource& src, const YAML::Node& node);
Location location_of(const YamlSource& src, const YAML::Mark& mark);

// Where the text of a scalar's value (`value`: as read, perhaps trimmed) lies in the file. The
// value is the file's text less quotes, escapes, indentation and folded line ends: each stretch
// that is verbatim becomes a piece, so a problem inside the value is placed on its own line.
SourceSpan value_span(const YamlSource& src, const YAML::Node& scalar, std::string_view value);

// Typed field readers. Each reports a problem at the field and returns false/nullopt.
std::optional<std::string> read_string(const YamlSource& src, const YAML::Node& map, const char* key,
                                       Diagnostics& diags, bool required, const std::string& context);
std::optional<int> read_int(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags,
                            const std::string& context);
std::optional<bool> read_bool(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags);

}  // namespace planpub
