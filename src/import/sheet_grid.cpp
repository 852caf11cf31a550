#include "import/sheet_grid.hpp"

namespace planpub {

std::string column_letters(int col) {
    std::string s;
    for (; col > 0; col = (col - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
    return s;
}

std::string a1(int row, int col) { return column_letters(col) + std::to_string(row); }

static uint64_t cell_key(int row, int col) { return (static_cast<uint64_t>(row) << 16) | static_cast<uint64_t>(col); }

const XCell* SheetGrid::at(int row, int col) const {
    auto it = cells.find({row, col});
    return it == cells.end() ? nullptr : &it->second;
}

const MergeRange* SheetGrid::merge_at(int row, int col) const {
    auto it = merged.find(cell_key(row, col));
    return it == merged.end() ? nullptr : &merges[it->second];
}

void SheetGrid::add_merge(const MergeRange& m) {
    merges.push_back(m);
    for (int r = m.r1; r <= m.r2; ++r)
        for (int c = m.c1; c <= m.c2; ++c) merged.emplace(cell_key(r, c), merges.size() - 1);
}

}  // namespace planpub
