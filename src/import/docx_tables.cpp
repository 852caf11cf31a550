#include <optional>
#include <vector>

#include "import/docx_map_internal.hpp"
#include "import/docx_text.hpp"

namespace planpub {

using nlohmann::json;

namespace {

struct Slot {
    std::optional<std::string> text;  // empty optional: nothing covers this slot
};

// Cell [attr, align, rowspan, colspan, blocks] placed into grid rows from row r on, after the
// slots earlier rows' rowspans took; merged cells fill every slot they cover with their text.
void place_row(const json& row, size_t r, size_t cols, std::vector<std::vector<Slot>>& grid, MapState& st,
               int& merged) {
    size_t col = 0;
    for (const auto& cell : row.at(1)) {
        while (col < cols && grid[r][col].text) ++col;
        int rs = std::max(1, cell.at(2).get<int>()), cs = std::max(1, cell.at(3).get<int>());
        std::string text = blocks_inline_markdown(cell.at(4), st);
        for (std::string::size_type p = 0; (p = text.find('\n', p)) != std::string::npos;) text.replace(p, 1, " ");
        if (rs > 1 || cs > 1) {
            ++merged;
            std::string shown = text.size() > 60 ? text.substr(0, 60) + "…" : text;
            st.review("merged-cells", "merged cell 「" + shown + "」 (row " + std::to_string(r + 1) + ", column " +
                                          std::to_string(col + 1) + ", " + std::to_string(rs) + " row(s) × " +
                                          std::to_string(cs) + " column(s)): its value was repeated in each cell");
        }
        for (int dr = 0; dr < rs; ++dr) {
            if (r + dr >= grid.size()) grid.resize(r + dr + 1, std::vector<Slot>(cols));
            for (int dc = 0; dc < cs && col + dc < cols; ++dc) grid[r + dr][col + dc].text = text;
        }
        col += cs;
        if (col > cols) st.review("table-unmapped", "row " + std::to_string(r + 1) + " has more cells than columns");
    }
}

}  // namespace

std::string table_markdown(const json& table, MapState& st) {
    // Table [attr, [short, caption blocks], colspecs, head, bodies, foot] (pandoc-types ≥ 1.21).
    const json& c = table.at("c");
    size_t cols = c.at(2).size();
    ++st.place.table;
    int saved_paragraph = st.place.paragraph;
    st.place.paragraph = 0;
    size_t head_rows = c.at(3).at(1).size(), first_review = st.plan.review.size();
    std::vector<const json*> rows = pandoc_table_rows(table);
    std::vector<std::vector<Slot>> grid(rows.size(), std::vector<Slot>(cols));
    int merged = 0;
    st.in_table = true;
    for (size_t i = 0; i < rows.size(); ++i) place_row(*rows[i], i, cols, grid, st, merged);
    st.in_table = false;

    std::string caption = strip_indent(blocks_plain(c.at(1).at(1)));
    if (caption.empty()) caption = st.pending_caption;
    st.pending_caption.clear();
    if (caption.empty()) {
        caption = st.chapter_title + "の表" + std::to_string(st.place.table);
        st.review("placeholder", "table without a caption: 「表：" + caption + "」 was made up; write the real one");
    }
    if (head_rows > 1)
        st.review("table-header", std::to_string(head_rows) +
                                      " header rows: the first is the table's header, "
                                      "the others became body rows");
    if (head_rows == 0)
        st.review("table-header", "no header row marked in Word: the first row was taken as the header");
    std::string out = "表：" + markdown_escape(caption) + "\n";
    for (size_t r = 0; r < grid.size(); ++r) {
        out += "|";
        for (const auto& slot : grid[r]) out += " " + slot.text.value_or("") + " |";
        out += "\n";
        if (r == 0) {
            out += "|";
            for (size_t k = 0; k < cols; ++k) out += "---|";
            out += "\n";
        }
    }
    if (grid.empty()) st.review("table-unmapped", "an empty table was left out");
    if (!out.empty()) out.pop_back();  // emit() ends the block
    std::optional<std::string> kpi;
    if (!grid.empty()) kpi = kpi_table_markdown(table, caption, out, first_review, st);
    if (!kpi)
        st.plan.converted.push_back(st.place.describe() + ": table 「" + caption + "」 (" +
                                    std::to_string(grid.size()) + " rows × " + std::to_string(cols) + " columns" +
                                    (merged ? ", " + std::to_string(merged) + " merged cell(s) unmerged" : "") + ")");
    st.place.paragraph = saved_paragraph;
    return kpi ? *kpi : grid.empty() ? std::string() : out;
}

}  // namespace planpub
