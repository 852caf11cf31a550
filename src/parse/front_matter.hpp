// Splits a Markdown file into its YAML front matter and its body.
#pragma once
#include <optional>
#include <string>

#include "diag/diagnostics.hpp"
#include "parse/yaml_source.hpp"

namespace planpub {

struct FrontMatterSplit {
    YamlSource yaml;  // empty text when the file has no front matter
    bool has_front_matter = false;
    std::string body;
    int body_first_line = 1;
};

// A file that starts with '---' must close it with another '---' (or '...') line.
std::optional<FrontMatterSplit> split_front_matter(const std::string& path, const std::string& text,
                                                   Diagnostics& diags);

}  // namespace planpub
