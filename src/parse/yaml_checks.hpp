// Loading a YAML document with yaml-cpp, and what planpub checks beyond its syntax: no aliases, a
// bounded number of values, no repeated keys, no control characters, and the two escapes yaml-cpp
// turns into bytes that are not UTF-8 written as the characters they stand for.
#pragma once
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace planpub {

// Thrown by load_yaml_checked: an alias (*name), one value more than Limits::max_yaml_nodes, or
// tags (with their %TAG prefixes written out) more than 4 times as long as the text and 1 KB.
struct YamlStop {
    YAML::Mark mark;
    enum Why { kAlias, kValues, kTags } why;
};

// Problems in a document that loaded: each is reported by the caller.
struct YamlFindings {
    // A scalar whose value (escapes decoded: "\0", "\x01", "\a", "\e") holds a C0 control
    // character other than tab and line ends, or DEL: it would reach <title>, pages and CSVs.
    struct ControlChar {
        YAML::Mark mark;
        unsigned char c;
    };
    // A key repeated in one map: yaml-cpp keeps the first silently, so a second `goals:` would vanish.
    struct DuplicateKey {
        YAML::Mark mark, first;
        std::string key;
    };
    std::vector<ControlChar> controls;
    std::vector<DuplicateKey> duplicates;
    bool guarded = false;  // whether the guard's pass over the events ran (a text that could need it)
};

// Loads the first document of `text`. Throws YamlStop, or yaml-cpp's exceptions on a syntax error.
YAML::Node load_yaml_checked(const std::string& text, YamlFindings& found);

}  // namespace planpub
