// Render stage: which tables are matrices (○/該当 tables) and which of their columns are labels
// (issue 17 item 1). A mark column holds only marks and empty cells, with at least one mark; the
// label columns are the leading run of columns of text before the first mark or figure column,
// and become row headers (th scope=row) so that a cell is announced with its row's label. A table
// with no mark column is no matrix (no row headers, no stacking on phones).
#pragma once
#include <algorithm>
#include <string_view>
#include <vector>

namespace planpub {

bool is_mark_only(std::string_view s);  // ○ ◯ 〇 ●
// A cell that says only "applies" in a matrix: a ○ (rendered with the word 該当) or the word itself.
bool is_mark_cell(std::string_view s);

struct MatrixShape {
    std::vector<bool> mark;  // per column: a column of marks
    size_t labels = 0;       // the first `labels` columns are row labels
    bool is_matrix() const { return std::find(mark.begin(), mark.end(), true) != mark.end(); }
};

// `body`: the text of each body row's cells.
MatrixShape matrix_shape(const std::vector<std::vector<std::string_view>>& body, size_t ncols);

}  // namespace planpub
