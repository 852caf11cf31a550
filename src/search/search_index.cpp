#include "search/search_index.hpp"

#include <algorithm>
#include <memory>
#include <utility>

#include "search/doc_tokens.hpp"
#include "search/index_js.hpp"
#include "search/tokens.hpp"

namespace planpub::search {

std::vector<std::u32string> fold_pieces(std::string_view text) {
    std::vector<std::u32string> out;
    PieceFolder().each(text, [&](const std::u32string& p) { out.push_back(p); });
    return out;
}

std::vector<std::u32string> tokenize(std::string_view text, bool for_query) {
    std::vector<std::u32string> tokens;
    PieceFolder().each(text, [&](const std::u32string& p) {
        each_run(
            p, [&](size_t i, size_t n) { tokens.push_back(p.substr(i, n)); },
            [&](size_t i, size_t j) {
                if (!for_query || j - i == 1)
                    for (size_t q = i; q < j; ++q) tokens.push_back(p.substr(q, 1));
                for (size_t q = i; q + 1 < j; ++q) tokens.push_back(p.substr(q, 2));
            });
    });
    return tokens;
}

uint32_t token_hash(const std::u32string& token) {
    uint32_t h = 2166136261u;
    for (char32_t c : token) h = (h ^ static_cast<uint32_t>(c)) * 16777619u;
    return h;
}

size_t shard_count(size_t postings) {
    size_t n = 1;
    while (n < 256 && postings / n > 6000) n *= 2;  // about 6,000 postings (≈ 40 kB) a shard
    return n;
}

namespace {

// A run of documents tokenized by one task, with the words it met numbered in order.
struct Chunk {
    size_t first = 0, last = 0;
    WordNumbers words;
    std::vector<uint32_t> rank;  // each word's rank among the site's words
};

void tokenize_chunk(const std::vector<Doc>& docs, Chunk& chunk, std::vector<DocTokens>& out) {
    DocCounter counter;
    for (size_t d = chunk.first; d < chunk.last; ++d) counter.count(docs[d], chunk.words, out[d]);
}

// Sorts one shard's postings (keys[i], docs[i]) by key >> kWeightBits, keeping postings of the
// same key in the order they come (document order): least significant byte first, skipping the
// bytes all keys share. The two scratch buffers are the caller's, kept from shard to shard.
void radix_sort(uint64_t* keys, uint32_t* docs, size_t n, std::vector<uint64_t>& k2, std::vector<uint32_t>& d2) {
    constexpr int kBytes = 6;  // keys are below kLocalWord < 1 << 48 by now: ranked words, Japanese
    static_assert(kLocalWord < uint64_t(1) << (8 * kBytes));
    if (n < 2) return;
    k2.resize(std::max(k2.size(), n));
    d2.resize(std::max(d2.size(), n));
    size_t count[kBytes][256] = {};
    for (size_t i = 0; i < n; ++i)
        for (int b = 0; b < kBytes; ++b) ++count[b][keys[i] >> (kWeightBits + 8 * b) & 0xFF];
    uint64_t *from_k = keys, *to_k = k2.data();
    uint32_t *from_d = docs, *to_d = d2.data();
    for (int b = 0; b < kBytes; ++b) {
        const int shift = kWeightBits + 8 * b;
        if (count[b][from_k[0] >> shift & 0xFF] == n) continue;
        size_t at = 0;
        for (size_t& c : count[b]) at += std::exchange(c, at);
        for (size_t i = 0; i < n; ++i) {
            size_t to = count[b][from_k[i] >> shift & 0xFF]++;
            to_k[to] = from_k[i];
            to_d[to] = from_d[i];
        }
        std::swap(from_k, to_k);
        std::swap(from_d, to_d);
    }
    if (from_k != keys) {
        std::copy(from_k, from_k + n, keys);
        std::copy(from_d, from_d + n, docs);
    }
}

// One shard's file, its tokens in code-point order, each with its postings as
// [doc gap, weight, doc gap, weight …] (gaps keep the numbers short).
void write_shard(std::string& out, size_t shard, const uint64_t* keys, const uint32_t* docs, size_t n,
                 const std::vector<std::string_view>& words) {
    out.reserve(n * 8 + 64);
    out += "window.__planpubSearch.add(";
    append_number(out, shard);
    out += ",{";
    for (size_t i = 0; i < n;) {
        const uint64_t key = keys[i] >> kWeightBits;
        out += i ? ",\n" : "\n";
        if (!(key & kJapanese)) {
            js_string(out, words[key]);
        } else {  // Japanese characters need no escape
            char utf8[8];
            out += '"';
            out.append(utf8, japanese_utf8(key, utf8));
            out += '"';
        }
        out += ":[";
        size_t j = i;
        for (uint32_t prev = 0; j < n && keys[j] >> kWeightBits == key; prev = docs[j++]) {
            if (j > i) out += ',';
            append_number(out, docs[j] - prev);
            out += ',';
            append_number(out, keys[j] & kWeightMask);
        }
        out += ']';
        i = j;
    }
    out += "});\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> build_index(const std::vector<Doc>& docs, int parts_wanted,
                                                             const ForEach& for_each) {
    auto each = [&](size_t n, const std::function<void(size_t)>& task) {
        if (for_each)
            for_each(n, task);
        else
            for (size_t i = 0; i < n; ++i) task(i);
    };
    const size_t parts = static_cast<size_t>(std::max(1, parts_wanted));
    // Tokenizing is most of the cost: runs of documents in parallel, each run counting in one
    // table of its own (more runs than parts, so that a long document does not hold up the rest).
    std::vector<DocTokens> per_doc(docs.size());
    std::vector<Chunk> chunks(std::min(docs.size(), parts * 16));
    for (size_t c = 0; c < chunks.size(); ++c) {
        chunks[c].first = docs.size() * c / chunks.size();
        chunks[c].last = docs.size() * (c + 1) / chunks.size();
    }
    each(chunks.size(), [&](size_t c) { tokenize_chunk(docs, chunks[c], per_doc); });
    // Words ranked over the site (UTF-8 byte order is code-point order), each chunk's renumbered.
    std::vector<std::string_view> words;
    for (const Chunk& c : chunks) words.insert(words.end(), c.words.words.begin(), c.words.words.end());
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::vector<uint32_t> word_hash(words.size());
    for (size_t r = 0; r < words.size(); ++r) {
        uint32_t h = 2166136261u;
        for (size_t k = 0; k < words[r].size();) h = fnv(h, next_code_point(words[r], k));
        word_hash[r] = h;
    }
    size_t count = 0;
    for (const DocTokens& d : per_doc) count += d.japanese.size() + d.words.size();
    const size_t n = shard_count(count), groups = (docs.size() + kDocsPerTextFile - 1) / kDocsPerTextFile;
    auto shard_of = [&](uint64_t e, bool word) {
        return (word ? word_hash[e >> kWeightBits] : japanese_hash(e >> kWeightBits)) & (n - 1);
    };
    // The postings gathered by shard, in document order: each chunk counts its postings per shard,
    // then writes them at its place in the shard's run (and lets its documents' tokens go).
    std::vector<std::vector<size_t>> at(chunks.size(), std::vector<size_t>(n));
    each(chunks.size(), [&](size_t c) {
        Chunk& chunk = chunks[c];
        for (const std::string& w : chunk.words.words)
            chunk.rank.push_back(
                static_cast<uint32_t>(std::lower_bound(words.begin(), words.end(), w) - words.begin()));
        for (size_t d = chunk.first; d < chunk.last; ++d) {
            for (uint64_t& e : per_doc[d].words) {
                e = uint64_t(chunk.rank[(e >> kWeightBits) ^ kLocalWord]) << kWeightBits | (e & kWeightMask);
                ++at[c][shard_of(e, true)];
            }
            for (uint64_t e : per_doc[d].japanese) ++at[c][shard_of(e, false)];
        }
    });
    std::vector<size_t> shard_start(n + 1);
    for (size_t s = 0, sum = 0; s < n; ++s) {
        shard_start[s] = sum;
        for (std::vector<size_t>& chunk_at : at) sum += std::exchange(chunk_at[s], sum);
        shard_start[s + 1] = sum;
    }
    // Every slot is written once below: left uninitialized rather than zeroed first.
    std::unique_ptr<uint64_t[]> keys(new uint64_t[count]);  // key << kWeightBits | weight
    std::unique_ptr<uint32_t[]> doc_of(new uint32_t[count]);
    each(chunks.size(), [&](size_t c) {
        for (uint32_t d = static_cast<uint32_t>(chunks[c].first); d < chunks[c].last; ++d) {
            for (bool word : {true, false})
                for (uint64_t e : word ? per_doc[d].words : per_doc[d].japanese) {
                    size_t i = at[c][shard_of(e, word)]++;
                    keys[i] = e;
                    doc_of[i] = d;
                }
            per_doc[d] = {};
        }
    });
    // Then the files, in parallel: shards in `parts` tasks (shard s in task s % parts), docs.js,
    // and the texts (for phrase checks, snippets and the section to link to) 32 files a task.
    std::vector<std::pair<std::string, std::string>> files(1 + n + groups);
    const size_t text_tasks = (groups + 31) / 32;
    each(parts + 1 + text_tasks, [&](size_t t) {
        if (t < parts) {
            std::vector<uint64_t> k2;
            std::vector<uint32_t> d2;
            for (size_t s = t; s < n; s += parts) {
                const size_t b = shard_start[s], e = shard_start[s + 1];
                radix_sort(keys.get() + b, doc_of.get() + b, e - b, k2, d2);
                files[1 + s].first = shard_file_name(s);
                write_shard(files[1 + s].second, s, keys.get() + b, doc_of.get() + b, e - b, words);
            }
        } else if (t == parts) {
            files[0] = {"docs.js", docs_js(docs, n)};
        } else {
            for (size_t g = (t - parts - 1) * 32; g < std::min(groups, (t - parts) * 32); ++g)
                files[1 + n + g] = {text_file_name(g), text_js(docs, g)};
        }
    });
    return files;
}

}  // namespace planpub::search
