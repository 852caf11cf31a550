#include "util/string_set.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <stdexcept>

namespace planpub {

std::string_view StringSet::at(uint32_t slot) const {
    uint32_t size;
    std::memcpy(&size, bytes_.data() + slot - 1, 4);
    return {bytes_.data() + slot - 1 + 4, size};
}

size_t StringSet::slot_of(std::string_view s) const {
    const size_t mask = slots_.size() - 1;  // a power of two
    for (size_t i = std::hash<std::string_view>()(s) & mask;; i = (i + 1) & mask)
        if (slots_[i] == 0 || at(slots_[i]) == s) return i;
}

void StringSet::grow() {
    std::vector<uint32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
    for (uint32_t slot : old)
        if (slot != 0) slots_[slot_of(at(slot))] = slot;
}

bool StringSet::insert(std::string_view s) {
    if ((count_ + 1) * 2 > slots_.size()) grow();  // at most half full: probes stay short
    const size_t i = slot_of(s);
    if (slots_[i] != 0) return false;
    if (bytes_.size() + 4 + s.size() >= UINT32_MAX || s.size() > UINT32_MAX)
        throw std::length_error("StringSet: more than 4 GB of strings");
    const auto size = static_cast<uint32_t>(s.size());
    slots_[i] = static_cast<uint32_t>(bytes_.size() + 1);
    bytes_.append(reinterpret_cast<const char*>(&size), 4);
    bytes_.append(s);
    ++count_;
    return true;
}

std::vector<std::string_view> StringSet::sorted() const {
    std::vector<std::string_view> out;
    out.reserve(count_);
    for (uint32_t slot : slots_)
        if (slot != 0) out.push_back(at(slot));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace planpub
