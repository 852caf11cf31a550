#include "search/index_builder.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <utility>

#include "search/index_js.hpp"
#include "search/tokens.hpp"
#include "util/string_table.hpp"

namespace planpub::search {

namespace {

constexpr size_t kPartitions = 256;  // shard_count() is a power of two up to 256: shards are unions of these

// A record: [token length][token UTF-8][doc, 4 bytes][weight, 2 bytes]. UTF-8 sorts as code points
// do, so records sort into build_index's token order without decoding.
// The token as its record holds it: never cut (a word is at most kMaxWord code points below U+0250,
// two bytes each, a Japanese token two code points of three bytes), and no overrun if it were.
std::string_view record_token(std::string_view token) {
    static_assert(kLastWordChar < 0x800 && kMaxWord * 2 <= 255);
    assert(token.size() <= 255);
    return token.substr(0, 255);
}

size_t record_size(std::string_view token) { return 7 + record_token(token).size(); }

// Writes the record at `at` (record_size(token) bytes).
void write_record(char* at, std::string_view token, uint32_t doc, int weight) {
    token = record_token(token);
    at[0] = static_cast<char>(token.size());
    std::memcpy(at + 1, token.data(), token.size());
    std::memcpy(at + 1 + token.size(), &doc, 4);
    const uint16_t w = static_cast<uint16_t>(weight);
    std::memcpy(at + 5 + token.size(), &w, 2);
}

// Calls `each(token, doc, weight)` for every record in `bytes`.
template <class Each>
void each_record(std::string_view bytes, Each&& each) {
    for (size_t i = 0; i < bytes.size();) {
        const size_t len = static_cast<unsigned char>(bytes[i]);
        if (i + 7 + len > bytes.size()) break;  // a spill that could not be read back whole (reported)
        uint32_t doc;
        uint16_t weight;
        std::memcpy(&doc, bytes.data() + i + 1 + len, 4);
        std::memcpy(&weight, bytes.data() + i + 5 + len, 2);
        each(bytes.substr(i + 1, len), doc, weight);
        i += 7 + len;
    }
}

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
        each_record(bytes, [&](std::string_view token, uint32_t doc, uint16_t weight) {
            token_.push_back(names_.intern(token));
            doc_.push_back(doc);
            weight_.push_back(weight);
        });
    }

    // Sorts the records by token (code-point order), each token's by document, then weight: the
    // tokens are sorted once, each record is given its place in its token's range in the order the
    // records came (a stable counting sort, so a token's records stay nearly in document order for
    // sort_nearly_sorted) and moved there, each range then sorted as doc << 16 | weight.
    void sort() {
        const size_t tokens = names_.size();
        order_.resize(tokens);
        std::vector<uint32_t> rank(tokens);
        for (uint32_t t = 0; t < tokens; ++t) order_[t] = t;
        std::sort(order_.begin(), order_.end(), [&](uint32_t a, uint32_t b) { return names_[a] < names_[b]; });
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

    // After sort(): `each(token, docs, weights, count)` per token, in order.
    template <class Each>
    void each_token(Each&& each) const {
        for (size_t r = 0; r < order_.size(); ++r)
            each(std::string_view(names_[order_[r]]), doc_.data() + start_[r], weight_.data() + start_[r],
                 start_[r + 1] - start_[r]);
    }

  private:
    // Moves each record's field to its place (token_[i]); the copy is the field's size (4 or 2
    // bytes a record) for a moment, beside the 10 bytes a record of the three arrays.
    template <class T>
    void scatter(std::vector<T>& field) const {
        std::vector<T> placed(field.size());
        for (size_t i = 0; i < field.size(); ++i) placed[token_[i]] = field[i];
        field.swap(placed);
    }

    StringTable names_;             // the shard's tokens
    std::vector<uint32_t> token_;   // each record's token number (its place once sorting starts)
    std::vector<uint32_t> doc_;     // and its document
    std::vector<uint16_t> weight_;  // and weight
    std::vector<uint32_t> order_;   // after sort(): the token numbers in token order
    std::vector<size_t> start_;     // and where each one's records start
};

}  // namespace

IndexBuilder::IndexBuilder(FileSink sink, Spill spill, size_t budget)
    : sink_(std::move(sink)),
      spill_(std::move(spill)),
      budget_(budget),
      partitions_(kPartitions),
      spilled_(kPartitions),
      partition_records_(kPartitions) {}

void IndexBuilder::add(size_t d, Doc doc) {
    // Tokenized outside the lock: this is the work, and it runs on the caller's thread.
    thread_local DocTokenizer tokenizer;  // its buffers kept from document to document
    // The document's records, partition after partition, measured first and written by pointer
    // (kept from page to page, not freed): 256 strings grown afresh for every page were much of the
    // copying here, and then an append for each record (callgrind, 300 pages: 2.027 → 2.016 billion
    // instructions in the build without them).
    thread_local std::vector<char> bytes;
    thread_local std::vector<size_t> start(kPartitions + 1), next(kPartitions);
    thread_local std::vector<uint32_t> counts(kPartitions);
    const std::vector<DocTokenizer::Token>& tokens = tokenizer.tokens(doc);
    std::fill(start.begin(), start.end(), 0);
    std::fill(counts.begin(), counts.end(), 0);
    for (const DocTokenizer::Token& t : tokens) {
        start[t.hash % kPartitions + 1] += record_size(t.utf8);
        ++counts[t.hash % kPartitions];
    }
    for (size_t p = 0; p < kPartitions; ++p) start[p + 1] += start[p];
    bytes.resize(std::max(bytes.size(), start[kPartitions]));
    std::copy(start.begin(), start.end() - 1, next.begin());
    for (const DocTokenizer::Token& t : tokens) {
        size_t& at = next[t.hash % kPartitions];
        write_record(bytes.data() + at, t.utf8, static_cast<uint32_t>(d), t.weight);
        at += record_size(t.utf8);
    }
    const size_t group = d / kDocsPerTextFile;
    std::vector<Doc> complete;
    {
        std::lock_guard<std::mutex> hold(mutex_);
        for (size_t p = 0; p < kPartitions; ++p) {
            buffered_ += start[p + 1] - start[p];
            partitions_[p].append(bytes.data() + start[p], start[p + 1] - start[p]);
            partition_records_[p] += counts[p];
        }
        records_ += tokens.size();
        Group& g = groups_[group];
        g.docs.resize(kDocsPerTextFile);
        g.docs[d % kDocsPerTextFile] = std::move(doc);
        if (++g.added == kDocsPerTextFile) {
            complete = std::move(g.docs);
            groups_.erase(group);
        }
        if (buffered_ > budget_ && spill_.write) spill_all();
    }
    if (!complete.empty()) sink_(text_file_name(group), text_js(complete.data(), complete.size(), group));
}

void IndexBuilder::spill_all() {
    for (size_t p = 0; p < kPartitions; ++p) {
        if (partitions_[p].empty()) continue;
        spilled_[p].push_back({spill_.write(partitions_[p]), partitions_[p].size()});
        // Emptied, its room kept: within the budget, and regrown from nothing each time it was
        // copied over and over under the lock (2,000 pages: ~2% of the build's CPU time, perf).
        partitions_[p].clear();
    }
    buffered_ = 0;
}

void IndexBuilder::finish(size_t docs, const Lister& listing, const ForEach& for_each) {
    auto each = [&](size_t n, const std::function<void(size_t)>& task) {
        if (for_each)
            for_each(n, task);
        else
            for (size_t i = 0; i < n; ++i) task(i);
    };
    // The last text file, which holds fewer documents.
    for (auto& [group, g] : groups_)
        sink_(text_file_name(group),
              text_js(g.docs.data(), std::min(kDocsPerTextFile, docs - group * kDocsPerTextFile), group));
    groups_.clear();
    const size_t n = shard_count(records_);
    sink_("docs.js", docs_js(docs, listing, n));
    // Each shard alone: its partitions' records sorted by token, then document.
    each(n, [&](size_t shard) {
        // One spilled chunk in memory at a time, then the records still in memory (let go once added).
        ShardSorter sorter;
        size_t records = 0;
        for (size_t p = shard; p < kPartitions; p += n) records += partition_records_[p];
        sorter.reserve(records);
        for (size_t p = shard; p < kPartitions; p += n) {
            for (const Chunk& c : spilled_[p]) sorter.add(spill_.read(c.offset, c.size));
            sorter.add(partitions_[p]);
            std::string().swap(partitions_[p]);
        }
        sorter.sort();
        // Postings as [doc gap, weight, doc gap, weight …]: gaps keep the numbers short. The file is
        // measured first and written into a string of that size: grown as it was written, a shard
        // (megabytes at 100,000 pages) took up to twice its size, and three times while it moved.
        const std::string head = "window.__planpubSearch.add(" + std::to_string(shard) + ",{";
        size_t size = head.size() + 4;  // and "});\n"
        std::string token_js;
        sorter.each_token([&](std::string_view token, const uint32_t* docs, const uint16_t* weights, size_t count) {
            token_js.clear();
            js_string(token_js, token);
            size += 2 + token_js.size() + 3;  // ",\n" before it (one less before the first), ":[", "]"
            for (size_t j = 0; j < count; ++j)
                size += (j > 0) + decimal_digits(docs[j] - (j > 0 ? docs[j - 1] : 0)) + 1 + decimal_digits(weights[j]);
        });
        std::string s;
        s.reserve(size);
        s += head;
        bool first = true;
        // A token's postings are written by pointer into `line`, up to kChunk of them at a time, and
        // appended whole: an append for every number and comma (callgrind, 300 pages: 2.073 → 2.027
        // billion instructions without). In chunks, so that a token on every page (100,000 postings
        // at 100,000 pages) does not need a buffer of megabytes beside the shard.
        constexpr size_t kPostingChars = 1 + 10 + 1 + 5;  // ",gap,weight": a gap is 32 bits, a weight 16
        constexpr size_t kChunk = 1024;
        std::vector<char> line(kChunk * kPostingChars);
        sorter.each_token([&](std::string_view token, const uint32_t* docs, const uint16_t* weights, size_t count) {
            s += first ? "\n" : ",\n";
            first = false;
            js_string(s, token);
            s += ":[";
            for (size_t from = 0; from < count; from += kChunk) {
                char* p = line.data();
                for (size_t j = from; j < std::min(count, from + kChunk); ++j) {
                    if (j > 0) *p++ = ',';
                    p = std::to_chars(p, p + 10, docs[j] - (j > 0 ? docs[j - 1] : 0)).ptr;
                    *p++ = ',';
                    p = std::to_chars(p, p + 5, weights[j]).ptr;
                }
                s.append(line.data(), static_cast<size_t>(p - line.data()));
            }
            s += ']';
        });
        s += "});\n";
        assert(s.size() <= size && size <= s.size() + 1);  // measured right (the sanitizer build checks)
        sink_(shard_file_name(shard), std::move(s));
    });
}

}  // namespace planpub::search
