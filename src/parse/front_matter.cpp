#include "parse/front_matter.hpp"

namespace planpub {

std::optional<FrontMatterSplit> split_front_matter(const std::string& path, const std::string& text,
                                                   Diagnostics& diags) {
    FrontMatterSplit out;
    out.yaml.path = path;
    auto first_line_end = text.find('\n');
    std::string first = text.substr(0, first_line_end);
    while (!first.empty() && (first.back() == ' ' || first.back() == '\t')) first.pop_back();
    if (first != "---") {
        out.body = text;
        return out;
    }
    size_t pos = first_line_end == std::string::npos ? text.size() : first_line_end + 1;
    int line = 2;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        std::string l = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.pop_back();
        if (l == "---" || l == "...") {
            out.has_front_matter = true;
            out.yaml.text = text.substr(first_line_end + 1, pos - first_line_end - 1);
            out.yaml.first_line = 2;
            out.body = end == std::string::npos ? std::string() : text.substr(end + 1);
            out.body_first_line = line + 1;
            return out;
        }
        if (end == std::string::npos) break;
        pos = end + 1;
        ++line;
    }
    diags.error({path, 1, 1}, "front-matter.unclosed", "front matter starts with '---' but never ends",
                "add a line with only '---' after the last front matter field");
    return std::nullopt;
}

}  // namespace planpub
