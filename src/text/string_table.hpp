// Each distinct string kept once and numbered in the order first seen, so that records can hold
// numbers instead of strings (the search index's shard sorter; the RDF graph).
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace planpub {

class StringTable {
  public:
    StringTable() = default;
    // Moved, never copied: a copy's index would point at the original's strings.
    StringTable(const StringTable&) = delete;
    StringTable& operator=(const StringTable&) = delete;
    StringTable(StringTable&&) = default;
    StringTable& operator=(StringTable&&) = default;

    // The string's number, given it now if it is new.
    uint32_t intern(std::string_view s) {
        auto it = ids_.find(s);
        if (it != ids_.end()) return it->second;
        strings_.emplace_back(s);
        const auto n = static_cast<uint32_t>(strings_.size() - 1);
        ids_.emplace(strings_.back(), n);
        return n;
    }
    const std::string& operator[](uint32_t n) const { return strings_[n]; }
    size_t size() const { return strings_.size(); }

  private:
    std::deque<std::string> strings_;  // a deque: the views in ids_ stay valid as it grows and when it is moved
    std::unordered_map<std::string_view, uint32_t> ids_;
};

}  // namespace planpub
