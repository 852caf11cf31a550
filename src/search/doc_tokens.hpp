// Inside src/search: one document's tokens counted without a string per token, for build_index
// (a run of documents a task) and DocTokenizer (a document at a time).
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "search/search_index.hpp"
#include "search/tokens.hpp"
#include "text/utf8.hpp"

namespace planpub::search {

// A token as one number, in the order of its code points (the order the index lists tokens in):
// a Japanese token is kJapanese | c1 << 21 | c2 (c2 = 0 for one character, so that it comes
// before the pairs it starts), a word its rank among the site's words (all of them before all
// Japanese tokens: every word character is below every Japanese one, see kind_of). Until words
// are ranked, a word is kLocalWord | its number in the WordNumbers of the documents it came from.
constexpr uint64_t kJapanese = uint64_t(1) << 42, kLocalWord = uint64_t(1) << 43, kCode = (1u << 21) - 1;
constexpr int kWeightBits = 10;  // a document's weight for a token is at most 999
constexpr uint64_t kWeightMask = (1u << kWeightBits) - 1;

inline uint32_t fnv(uint32_t h, uint32_t c) { return (h ^ c) * 16777619u; }

inline uint32_t japanese_hash(uint64_t key) {  // token_hash of the token's code points
    uint32_t c1 = static_cast<uint32_t>(key >> 21 & kCode), c2 = static_cast<uint32_t>(key & kCode);
    uint32_t h = fnv(2166136261u, c1);
    return c2 ? fnv(h, c2) : h;
}

// A Japanese token's characters (its key, with or without kJapanese) as UTF-8 at `out`, at most 8
// bytes; returns their end.
inline char* japanese_utf8(uint64_t key, char* out) {
    out = encode_utf8(static_cast<char32_t>(key >> 21 & kCode), out);
    return key & kCode ? encode_utf8(static_cast<char32_t>(key & kCode), out) : out;
}

// One document's tokens, each once with its summed weight: key << kWeightBits | weight, any order.
struct DocTokens {
    std::vector<uint64_t> japanese, words;
};

// Words (UTF-8) numbered in the order they are met.
struct WordNumbers {
    std::unordered_map<std::string, uint32_t> number;
    std::vector<std::string> words;
    uint32_t of(const std::string& word);
};

// Sums weights by key for one document at a time: open addressing over a table it keeps, so
// that a site's documents are counted without allocating (key 0 is never a token: empty).
class Counter {
  public:
    void add(uint64_t key, int weight) {
        if (2 * (used_.size() + 1) > keys_.size()) grow();
        size_t i = slot(key);
        for (; keys_[i] != 0 && keys_[i] != key; i = (i + 1) & (keys_.size() - 1)) {}
        if (keys_[i] == 0) {
            keys_[i] = key;
            used_.push_back(static_cast<uint32_t>(i));
        }
        weights_[i] = std::min(weights_[i] + weight, 999);
    }
    // Moves the counts out (Japanese tokens and words apart) and empties the table.
    void take(DocTokens& out);

  private:
    size_t slot(uint64_t key) const { return (key * 0x9E3779B97F4A7C15u) >> shift_; }
    void grow();
    std::vector<uint64_t> keys_;
    std::vector<int> weights_;
    std::vector<uint32_t> used_;  // the slots in use, in the order they were taken
    int shift_ = 64;
};

// Counts documents' tokens (titles and headings weigh more), keeping its buffers: one per thread.
class DocCounter {
  public:
    void count(const Doc& doc, WordNumbers& words, DocTokens& out);

  private:
    void add(std::string_view text, int weight, WordNumbers& words);
    std::u32string folded_;
    Counter counter_;
    std::string word_;
};

}  // namespace planpub::search
