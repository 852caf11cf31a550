#include "text/string_table.hpp"

namespace planpub {

void StringTable::grow() {
    slots_.assign(slots_.empty() ? kFirstSlots : slots_.size() * 2, 0);
    const size_t mask = slots_.size() - 1;
    for (uint32_t n = 0; n < strings_.size(); ++n) {
        size_t i = std::hash<std::string_view>()(strings_[n]) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = n + 1;
    }
}

}  // namespace planpub
