// Inside src/search: IndexBuilder's postings as records (the bytes it buffers and spills), and
// the sorter that puts one shard's records in token order to write the shard's file.
#pragma once
#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "search/doc_tokens.hpp"
#include "search/search_index.hpp"
#include "search/tokens.hpp"
#include "util/string_table.hpp"

namespace planpub::search::shard {

using Token = DocTokenizer::Token;

// A record: [kind][token][doc, 4 bytes][weight, 2 bytes]. A word's kind is its UTF-8 length (at most
// kMaxWord code points below U+0250: 80 bytes), then its UTF-8, which sorts as code points do. A
// Japanese token's kind is kJapaneseRecord | 2 or 4, then its one or two code points, two bytes
// each (every Japanese character is below U+10000: kind_of), low byte first: numbers, which the
// shard sorter interns and sorts without decoding (and a byte fewer than UTF-8 a character).
constexpr unsigned char kJapaneseRecord = 0x80;
static_assert(kLastWordChar < 0x800 && kMaxWord * 2 < kJapaneseRecord);
static_assert(kFirstJapaneseChar < 0x10000);

// The word as its record holds it: never cut (see above), and no overrun if it were.
inline std::string_view record_word(std::string_view word) {
    assert(word.size() < kJapaneseRecord);
    return word.substr(0, kJapaneseRecord - 1);
}

inline size_t token_bytes(const Token& t) {
    return t.word.empty() ? (t.japanese & kCode ? 4 : 2) : record_word(t.word).size();
}

inline void put_code_point(char* at, uint64_t c) {
    assert(c < 0x10000);
    at[0] = static_cast<char>(c & 0xFF);
    at[1] = static_cast<char>(c >> 8);
}

inline uint64_t get_code_point(const char* at) {
    return uint64_t{static_cast<unsigned char>(at[0])} | uint64_t{static_cast<unsigned char>(at[1])} << 8;
}

// Writes the token's record at `at` (7 + token_bytes(t) bytes).
inline void write_record(char* at, const Token& t, uint32_t doc) {
    assert(t.word.empty() != (t.japanese == 0));  // a word (never empty) or a Japanese token (never 0)
    const size_t n = token_bytes(t);
    if (t.word.empty()) {
        at[0] = static_cast<char>(kJapaneseRecord | n);
        put_code_point(at + 1, t.japanese >> 21 & kCode);
        if (n == 4) put_code_point(at + 3, t.japanese & kCode);
    } else {
        at[0] = static_cast<char>(n);
        std::memcpy(at + 1, t.word.data(), n);
    }
    std::memcpy(at + 1 + n, &doc, 4);
    const uint16_t w = static_cast<uint16_t>(t.weight);
    std::memcpy(at + 5 + n, &w, 2);
}

// Calls `each(word, japanese, doc, weight)` for every record in `bytes` (a word, or an empty view and
// a Japanese token as Token::japanese has it).
template <class Each>
void each_record(std::string_view bytes, Each&& each) {
    for (size_t i = 0; i < bytes.size();) {
        const auto kind = static_cast<unsigned char>(bytes[i]);
        const size_t len = kind & ~kJapaneseRecord;
        if (i + 7 + len > bytes.size()) break;  // a spill that could not be read back whole (reported)
        uint32_t doc;
        uint16_t weight;
        std::memcpy(&doc, bytes.data() + i + 1 + len, 4);
        std::memcpy(&weight, bytes.data() + i + 5 + len, 2);
        if (kind & kJapaneseRecord) {
            const uint64_t c2 = len == 4 ? get_code_point(bytes.data() + i + 3) : 0;
            each(std::string_view(), get_code_point(bytes.data() + i + 1) << 21 | c2, doc, weight);
        } else {
            each(bytes.substr(i + 1, len), 0, doc, weight);
        }
        i += 7 + len;
    }
}

// Japanese tokens (Token::japanese, never 0) numbered in the order first seen: open addressing
// over the keys themselves, where a string table hashed and compared their UTF-8.
class KeyTable {
  public:
    uint32_t intern(uint64_t key) {
        if (2 * (keys_.size() + 1) > slots_.size()) grow();
        size_t i = slot_of(key);
        if (slots_[i].key == 0) {
            slots_[i] = {key, static_cast<uint32_t>(keys_.size())};
            keys_.push_back(key);
        }
        return slots_[i].number;
    }
    uint64_t operator[](uint32_t n) const { return keys_[n]; }
    size_t size() const { return keys_.size(); }

  private:
    struct Slot {
        uint64_t key = 0;  // 0: empty
        uint32_t number = 0;
    };
    // The product's top bits: a single character's key (c2 = 0) has its low 21 bits zero, so
    // lower bits of the product would leave slots unused.
    size_t slot_of(uint64_t key) const {
        const size_t mask = slots_.size() - 1;
        size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15u) >> shift_);
        while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
        return i;
    }
    void grow() {
        slots_.assign(std::max<size_t>(64, slots_.size() * 2), Slot{});
        shift_ = 64;
        for (size_t s = slots_.size(); s > 1; s /= 2) --shift_;
        for (uint32_t n = 0; n < keys_.size(); ++n) slots_[slot_of(keys_[n])] = {keys_[n], n};
    }
    std::vector<Slot> slots_;
    std::vector<uint64_t> keys_;
    int shift_ = 64;
};

// One shard's postings by token (in code-point order), then document. Each record is kept as 10
// bytes in three arrays (token, document, weight) and moved into token order one array at a time:
// at 100,000 pages a shard holds hundreds of thousands of records, and a sorted copy of all three
// beside them (20 bytes a record in all) was held by each of the two workers at once near the end
// of a build.
class ShardSorter {
  public:
    // Room for all the shard's records at once (IndexBuilder counts them as they come): grown a
    // record at a time, the arrays took up to twice their size, and three times while one moved.
    void reserve(size_t records) {
        token_.reserve(records);
        doc_.reserve(records);
        weight_.reserve(records);
    }

    void add(std::string_view bytes) {
        each_record(bytes, [&](std::string_view word, uint64_t japanese, uint32_t doc, uint16_t weight) {
            token_.push_back(word.empty() ? kJapaneseNumber | japanese_.intern(japanese) : words_.intern(word));
            doc_.push_back(doc);
            weight_.push_back(weight);
        });
    }

    // Sorts the records by token (code-point order), each token's by document, then weight: the
    // tokens are sorted once, each record is given its place in its token's range in the order the
    // records came (a stable counting sort, so a token's records stay nearly in document order for
    // sort_nearly_sorted) and moved there, each range then sorted as doc << 16 | weight.
    void sort();

    // After sort(): `each(token, docs, weights, count)` per token, in order.
    template <class Each>
    void each_token(Each&& each) const {
        char utf8[8];
        for (size_t r = 0; r < order_.size(); ++r) {
            const uint32_t t = order_[r];
            std::string_view token;
            if (t < words_.size()) {
                token = words_[t];
            } else {
                const uint64_t key = japanese_[static_cast<uint32_t>(t - words_.size())];
                token = std::string_view(utf8, static_cast<size_t>(japanese_utf8(key, utf8) - utf8));
            }
            each(token, doc_.data() + start_[r], weight_.data() + start_[r], start_[r + 1] - start_[r]);
        }
    }

  private:
    // Moves each record's field to its place (token_[i]).
    template <class T>
    void scatter(std::vector<T>& field) const;

    static constexpr uint32_t kJapaneseNumber = 0x80000000;  // in token_ until sort(): a KeyTable number
    StringTable words_;                                      // the shard's words
    KeyTable japanese_;                                      // and Japanese tokens
    std::vector<uint32_t> token_;   // each record's token number (its place once sorting starts)
    std::vector<uint32_t> doc_;     // and its document
    std::vector<uint16_t> weight_;  // and weight
    std::vector<uint32_t> order_;   // after sort(): the token numbers in token order
    std::vector<size_t> start_;     // and where each one's records start
};

}  // namespace planpub::search::shard
