#include "search/index_builder.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <utility>

#include "search/index_js.hpp"
#include "search/shard_sorter.hpp"

namespace planpub::search {

namespace {

constexpr size_t kPartitions = 256;  // shard_count() is a power of two up to 256: shards are unions of these

using shard::Token;
using shard::token_bytes;
using shard::write_record;

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
    const std::vector<Token>& tokens = tokenizer.tokens(doc);
    std::fill(start.begin(), start.end(), 0);
    std::fill(counts.begin(), counts.end(), 0);
    for (const Token& t : tokens) {
        start[t.hash % kPartitions + 1] += 7 + token_bytes(t);
        ++counts[t.hash % kPartitions];
    }
    for (size_t p = 0; p < kPartitions; ++p) start[p + 1] += start[p];
    bytes.resize(std::max(bytes.size(), start[kPartitions]));
    std::copy(start.begin(), start.end() - 1, next.begin());
    for (const Token& t : tokens) {
        size_t& at = next[t.hash % kPartitions];
        write_record(bytes.data() + at, t, static_cast<uint32_t>(d));
        at += 7 + token_bytes(t);
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
        shard::ShardSorter sorter;
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
