// Each distinct string kept once and numbered in the order first seen, so that records can hold
// numbers instead of strings (the search index's shard sorter; the RDF graph).
#pragma once
#include <cassert>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace planpub {

class StringTable {
  public:
    StringTable() = default;
    // Moved, never copied: a table holds every string of a shard or a catalogue, and no caller
    // needs two.
    StringTable(const StringTable&) = delete;
    StringTable& operator=(const StringTable&) = delete;
    StringTable(StringTable&&) = default;
    StringTable& operator=(StringTable&&) = default;

    // The string's number, given it now if it is new.
    uint32_t intern(std::string_view s) {
        if (2 * (strings_.size() + 1) > slots_.size()) grow();  // at most half full: probes stay short
        assert(strings_.size() < UINT32_MAX);                   // a slot holds number + 1
        const size_t h = std::hash<std::string_view>()(s);
        const auto tag = static_cast<uint32_t>(static_cast<uint64_t>(h) >> 32);
        size_t i = h & (slots_.size() - 1);
        for (; slots_[i] != 0; i = (i + 1) & (slots_.size() - 1)) {
            const uint32_t n = slots_[i] - 1;
            if (tags_[n] == tag && strings_[n] == s) return n;
        }
        const auto n = static_cast<uint32_t>(strings_.size());
        strings_.emplace_back(s);
        tags_.push_back(tag);
        slots_[i] = n + 1;
        return n;
    }
    const std::string& operator[](uint32_t n) const { return strings_[n]; }
    size_t size() const { return strings_.size(); }
    static constexpr size_t kFirstSlots = 64;               // the table's size at the first string
    static_assert((kFirstSlots & (kFirstSlots - 1)) == 0);  // a power of two: slots are hash & (size - 1)

  private:
    void grow();
    // Open addressing over the strings' numbers, each with 32 bits of its hash kept (tags_) to pass over
    // most others without comparing bytes: the search index's shard sorter interns every record's
    // token (millions at 100,000 pages), where std::unordered_map's node per string and chain walk
    // were ~2.3% of a 2,000-page build's CPU time (perf), in the build's last step.
    std::deque<std::string> strings_;  // a deque: references stay valid as it grows and when it is moved
    std::vector<uint32_t> tags_;       // each string's hash >> 32
    std::vector<uint32_t> slots_;      // 0: empty; else 1 + a string's number
};

}  // namespace planpub
