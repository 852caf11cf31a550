#include "render/matrix_shape.hpp"

#include <cctype>

#include "text/utf8.hpp"

namespace planpub {
namespace {

// A cell holding a figure (starts with a digit or a sign): a figure is no row label.
bool is_figure(std::string_view s) {
    const std::string_view t = trimmed(s);
    return !t.empty() && (std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == '-' || t[0] == '+');
}

}  // namespace

bool is_mark_only(std::string_view s) {
    const std::string_view t = trimmed(s);
    return t == "○" || t == "◯" || t == "〇" || t == "●";
}

bool is_mark_cell(std::string_view s) { return is_mark_only(s) || trimmed(s) == "該当"; }

MatrixShape matrix_shape(const std::vector<std::vector<std::string_view>>& body, size_t ncols) {
    MatrixShape m;
    m.mark.assign(ncols, false);
    std::vector<bool> figure(ncols, true), blank_only(ncols, true), other(ncols, false);
    for (const auto& row : body)
        for (size_t c = 0; c < row.size() && c < ncols; ++c) {
            const std::string_view t = trimmed(row[c]);
            if (t.empty()) continue;
            blank_only[c] = false;
            if (is_mark_cell(t))
                m.mark[c] = true;
            else
                other[c] = true;
            if (!is_figure(t)) figure[c] = false;
        }
    for (size_t c = 0; c < ncols; ++c) m.mark[c] = m.mark[c] && !other[c];
    if (!m.is_matrix()) return m;
    while (m.labels < ncols && !m.mark[m.labels] && !blank_only[m.labels] && !figure[m.labels]) ++m.labels;
    return m;
}

}  // namespace planpub
