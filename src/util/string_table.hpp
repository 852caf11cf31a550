// Each distinct string kept once and numbered in the order first seen: records hold numbers instead
// of strings (the search index's shard sorter, the RDF graph), and a set of strings is a table
// whose numbers nobody reads (the output writer's record of every folder it made, one a page:
// 100,000 at 100,000 pages).
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace planpub {

class StringTable {
  public:
    static constexpr uint32_t kNone = UINT32_MAX;  // find()'s answer for a string not in the table

    StringTable() = default;
    // Moved, never copied: a table holds every string of a shard, a catalogue or an output tree, and
    // no caller needs two.
    StringTable(const StringTable&) = delete;
    StringTable& operator=(const StringTable&) = delete;
    StringTable(StringTable&&) = default;
    StringTable& operator=(StringTable&&) = default;

    // The string's number, given it now if it is new.
    uint32_t intern(std::string_view s) {
        if (2 * (size() + 1) > slots_.size()) grow();  // at most half full: probes stay short
        const uint64_t h = hash(s);
        const size_t i = slot_of(s, h);
        if (slots_[i] != 0) return slots_[i] - 1;
        // Past 4 GB of bytes first: 2^32 distinct strings (a slot holds number + 1) would be more.
        if (bytes_.size() + s.size() > UINT32_MAX) throw std::length_error("StringTable: more than 4 GB of strings");
        const auto n = static_cast<uint32_t>(size());
        bytes_.append(s);
        ends_.push_back(static_cast<uint32_t>(bytes_.size()));
        tags_.push_back(static_cast<uint32_t>(h >> 32));
        slots_[i] = n + 1;
        return n;
    }
    // The string's number, or kNone.
    uint32_t find(std::string_view s) const {
        if (slots_.empty()) return kNone;
        const uint32_t slot = slots_[slot_of(s, hash(s))];
        return slot == 0 ? kNone : slot - 1;
    }
    bool contains(std::string_view s) const { return find(s) != kNone; }

    // A view into the table: valid until the next string is added or the table is moved (a table of
    // a few bytes holds them inside its std::string, which moves them).
    std::string_view operator[](uint32_t n) const {
        const uint32_t begin = n == 0 ? 0 : ends_[n - 1];
        return {bytes_.data() + begin, ends_[n] - begin};
    }
    size_t size() const { return ends_.size(); }
    // Every string, sorted (as a std::set<std::string> would give them); views into the table.
    std::vector<std::string_view> sorted() const;

    // The hash a string is placed by: its low bits pick the first slot, its high 32 bits are kept.
    // Strings of up to 8 bytes (the search index's Japanese tokens are 3 or 6) are mixed as one
    // number: std::hash's general loop for them was 1.1% of a build's instructions (callgrind).
    static uint64_t hash(std::string_view s) {
        if (s.size() > 8) return std::hash<std::string_view>()(s);
        uint64_t x = 0;
        if (!s.empty()) std::memcpy(&x, s.data(), s.size());  // an empty view's data() may be null
        x ^= static_cast<uint64_t>(s.size()) << 59;           // "a" and "a\0" differ
        x ^= x >> 33;  // MurmurHash3's 64-bit finalizer: every input bit reaches every output bit
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53ULL;
        return x ^ (x >> 33);
    }
    static constexpr size_t kFirstSlots = 64;               // the table's size at the first string
    static_assert((kFirstSlots & (kFirstSlots - 1)) == 0);  // a power of two: slots are hash & (size - 1)

  private:
    // The slot that holds s, or the empty one where it would go.
    size_t slot_of(std::string_view s, uint64_t h) const {
        const auto tag = static_cast<uint32_t>(h >> 32);
        const size_t mask = slots_.size() - 1;
        size_t i = h & mask;
        for (; slots_[i] != 0; i = (i + 1) & mask) {
            const uint32_t n = slots_[i] - 1;
            if (tags_[n] == tag && (*this)[n] == s) break;
        }
        return i;
    }
    void grow();
    // The strings' bytes back to back, and open addressing over their numbers, each with 32 bits of
    // its hash kept (tags_) to pass over most others without comparing bytes: the shard sorter
    // interns every record's token (millions at 100,000 pages), where std::unordered_map's node per
    // string and chain walk were ~2.3% of a 2,000-page build's CPU time (perf). A string costs its
    // bytes and 16-24 bytes more (end, tag, two to four slots); a std::set<std::string> of short
    // paths took 64.
    std::string bytes_;
    std::vector<uint32_t> ends_;   // where each string ends in bytes_ (the next one starts there)
    std::vector<uint32_t> tags_;   // each string's hash >> 32
    std::vector<uint32_t> slots_;  // 0: empty; else 1 + a string's number
};

}  // namespace planpub
