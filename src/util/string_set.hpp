// A set of strings kept as their bytes in one buffer and an open-addressing table of their offsets.
// The output writer records every folder it made, one a page (100,000 at 100,000 pages), until it
// puts the output in place: as std::set<std::string> that was 64 bytes a short path (a tree node
// and its string), here its length, its bytes and 8-16 bytes of table.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace planpub {

class StringSet {
  public:
    bool contains(std::string_view s) const { return slots_.empty() ? false : slots_[slot_of(s)] != 0; }
    // False when it was there already.
    bool insert(std::string_view s);
    size_t size() const { return count_; }
    // Every string, sorted (as a std::set<std::string> would give them); views into the set.
    std::vector<std::string_view> sorted() const;

  private:
    std::string_view at(uint32_t slot) const;  // the string a non-empty slot holds
    size_t slot_of(std::string_view s) const;  // its slot, or the empty one where it would go
    void grow();

    std::string bytes_;            // each string as its 4-byte length, then its bytes
    std::vector<uint32_t> slots_;  // 0: empty; else 1 + the offset of its string in bytes_
    size_t count_ = 0;
};

}  // namespace planpub
