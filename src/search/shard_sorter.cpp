#include "search/shard_sorter.hpp"

#include <algorithm>

namespace planpub::search::shard {

namespace {

// A token's records arrive in the order their documents were added, which is nearly document order:
// the workers take pages in turn and add each when it is rendered, so a document comes after a
// later one only while its worker was busy (a plan's print edition). An insertion sort puts that
// in order in about one pass, where std::sort took 4% of a 2,000-page build's CPU time (perf);
// past a budget of moves the records are far from sorted (another caller's order) and std::sort
// takes over, so the time stays O(n log n) whatever the order.
void sort_nearly_sorted(uint64_t* p, size_t n) {
    const size_t budget = 8 * n + 64;
    size_t moves = 0;
    for (size_t i = 1; i < n; ++i) {
        const uint64_t v = p[i];
        size_t j = i;
        for (; j > 0 && p[j - 1] > v; --j) p[j] = p[j - 1];
        p[j] = v;
        if ((moves += i - j) > budget) {
            std::sort(p, p + n);
            return;
        }
    }
}

}  // namespace

// Moves each record's field to its place (token_[i]); the copy is the field's size (4 or 2
// bytes a record) for a moment, beside the 10 bytes a record of the three arrays.
template <class T>
void ShardSorter::scatter(std::vector<T>& field) const {
    std::vector<T> placed(field.size());
    for (size_t i = 0; i < field.size(); ++i) placed[token_[i]] = field[i];
    field.swap(placed);
}

void ShardSorter::sort() {
    // A token's number from here on: a word's, or the words' count + a Japanese token's. All
    // words come before all Japanese tokens (kind_of), words in UTF-8 order, Japanese tokens in
    // the order of their keys: both are code-point order.
    const size_t words = words_.size(), tokens = words + japanese_.size();
    assert(words < kJapaneseNumber && japanese_.size() < kJapaneseNumber);
    for (uint32_t& t : token_) t = t & kJapaneseNumber ? static_cast<uint32_t>(words + (t ^ kJapaneseNumber)) : t;
    order_.resize(tokens);
    std::vector<uint32_t> rank(tokens);
    for (uint32_t t = 0; t < tokens; ++t) order_[t] = t;
    std::sort(order_.begin(), order_.begin() + words, [&](uint32_t a, uint32_t b) { return words_[a] < words_[b]; });
    std::sort(order_.begin() + words, order_.end(),
              [&](uint32_t a, uint32_t b) { return japanese_[a - words] < japanese_[b - words]; });
    for (uint32_t r = 0; r < tokens; ++r) rank[order_[r]] = r;
    start_.assign(tokens + 1, 0);
    for (uint32_t t : token_) ++start_[rank[t] + 1];
    for (size_t r = 1; r < start_.size(); ++r) start_[r] += start_[r - 1];
    // token_ becomes each record's place, and each field is copied to it, one field at a time.
    // Following the permutation's cycles in place instead waited on a cache miss at every step:
    // 72% of writing a shard at 100,000 pages (perf), where these stores do not wait on each
    // other. A place fits in 32 bits: a shard of 2^32 records would be 40 GB of them.
    assert(token_.size() <= UINT32_MAX);
    std::vector<size_t> next(start_.begin(), start_.end() - 1);
    for (uint32_t& t : token_) t = static_cast<uint32_t>(next[rank[t]]++);
    scatter(doc_);
    scatter(weight_);
    std::vector<uint64_t> postings;  // one token's, at most one a document
    for (uint32_t r = 0; r < tokens; ++r) {
        postings.clear();
        for (size_t i = start_[r]; i < start_[r + 1]; ++i) postings.push_back(uint64_t{doc_[i]} << 16 | weight_[i]);
        sort_nearly_sorted(postings.data(), postings.size());
        for (size_t i = start_[r], k = 0; i < start_[r + 1]; ++i, ++k) {
            doc_[i] = static_cast<uint32_t>(postings[k] >> 16);
            weight_[i] = static_cast<uint16_t>(postings[k] & 0xffff);
        }
    }
    std::vector<uint32_t>().swap(token_);  // 4 of each record's 10 bytes, not needed to write the file
}

}  // namespace planpub::search::shard
