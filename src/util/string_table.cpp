#include "util/string_table.hpp"

#include <algorithm>

namespace planpub {

void StringTable::grow() {
    slots_.assign(slots_.empty() ? kFirstSlots : slots_.size() * 2, 0);
    const size_t mask = slots_.size() - 1;
    for (uint32_t n = 0; n < size(); ++n) {
        size_t i = hash((*this)[n]) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = n + 1;
    }
}

std::vector<std::string_view> StringTable::sorted() const {
    std::vector<std::string_view> out;
    out.reserve(size());
    for (uint32_t n = 0; n < size(); ++n) out.push_back((*this)[n]);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace planpub
