// pandoc JSON AST pieces (pandoc-types 1.22), hand-written as pandoc gives them for a .docx, for the
// Word import's tests.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace pandoc_json {

using nlohmann::json;

inline json str(const std::string& s) { return {{"t", "Str"}, {"c", s}}; }
inline json para(json inlines) { return {{"t", "Para"}, {"c", std::move(inlines)}}; }
inline json header(int level, const std::string& text) {
    return {{"t", "Header"}, {"c", {level, {"", json::array(), json::array()}, {str(text)}}}};
}
inline json cell(const std::string& text, int rows = 1, int cols = 1) {
    return {{"", json::array(), json::array()},
            {{"t", "AlignDefault"}},
            rows,
            cols,
            {{{"t", "Plain"}, {"c", {str(text)}}}}};
}
inline json row(json cells) { return {{"", json::array(), json::array()}, std::move(cells)}; }
inline json document(json blocks) {
    return {{"pandoc-api-version", {1, 22, 2, 1}}, {"meta", json::object()}, {"blocks", std::move(blocks)}};
}
// A Table of `cols` columns: head_rows rows in its head, the rest in one body.
inline json table(size_t cols, const std::vector<json>& rows, size_t head_rows = 1) {
    json colspecs = json::array(), head = json::array(), body = json::array();
    for (size_t i = 0; i < cols; ++i) colspecs.push_back({{{"t", "AlignDefault"}}, {{"t", "ColWidthDefault"}}});
    for (size_t i = 0; i < rows.size(); ++i) (i < head_rows ? head : body).push_back(rows[i]);
    json attr = {"", json::array(), json::array()};
    return {{"t", "Table"},
            {"c",
             {attr,
              {nullptr, json::array()},
              colspecs,
              {attr, head},
              {{attr, 0, json::array(), body}},
              {attr, json::array()}}}};
}

}  // namespace pandoc_json
