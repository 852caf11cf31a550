#include "search/index_builder.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "search/index_js.hpp"

namespace planpub::search {

namespace {

constexpr size_t kPartitions = 256;  // shard_count() is a power of two up to 256: shards are unions of these

// A record: [token length][token UTF-8][doc, 4 bytes][weight, 2 bytes]. UTF-8 sorts as code points
// do, so records sort into build_index's token order without decoding.
void append_record(std::string& out, std::string_view token, uint32_t doc, int weight) {
    out += static_cast<char>(token.size());
    out += token;
    char tail[6];
    std::memcpy(tail, &doc, 4);
    const uint16_t w = static_cast<uint16_t>(weight);
    std::memcpy(tail + 4, &w, 2);
    out.append(tail, 6);
}

struct Record {
    std::string_view token;
    uint32_t doc;
    uint16_t weight;
};

std::vector<Record> read_records(const std::string& bytes) {
    std::vector<Record> out;
    for (size_t i = 0; i < bytes.size();) {
        const size_t len = static_cast<unsigned char>(bytes[i]);
        if (i + 7 + len > bytes.size()) break;  // a spill that could not be read back whole (reported)
        Record r{std::string_view(bytes).substr(i + 1, len), 0, 0};
        std::memcpy(&r.doc, bytes.data() + i + 1 + len, 4);
        std::memcpy(&r.weight, bytes.data() + i + 5 + len, 2);
        out.push_back(r);
        i += 7 + len;
    }
    return out;
}

// By token, then document. A shard holds far fewer distinct tokens than records: the tokens are
// sorted once and the records placed by their token's rank (a counting sort), each token's few
// records then sorted by document — instead of comparing strings for every record.
std::vector<Record> sorted_records(std::vector<Record> records) {
    std::unordered_map<std::string_view, uint32_t> id;
    std::vector<std::string_view> tokens;
    std::vector<uint32_t> of(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        auto [it, added] = id.emplace(records[i].token, static_cast<uint32_t>(tokens.size()));
        if (added) tokens.push_back(records[i].token);
        of[i] = it->second;
    }
    std::vector<uint32_t> order(tokens.size()), rank(tokens.size());
    for (uint32_t t = 0; t < order.size(); ++t) order[t] = t;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return tokens[a] < tokens[b]; });
    std::vector<size_t> start(tokens.size() + 1, 0);
    for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    for (uint32_t t : of) ++start[rank[t] + 1];
    for (size_t r = 1; r < start.size(); ++r) start[r] += start[r - 1];
    std::vector<Record> out(records.size());
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (size_t i = 0; i < records.size(); ++i) out[next[rank[of[i]]]++] = records[i];
    for (size_t r = 0; r + 1 < start.size(); ++r)
        std::sort(out.begin() + static_cast<long>(start[r]), out.begin() + static_cast<long>(start[r + 1]),
                  [](const Record& a, const Record& b) { return a.doc < b.doc; });
    return out;
}

}  // namespace

IndexBuilder::IndexBuilder(FileSink sink, Spill spill, size_t budget)
    : sink_(std::move(sink)),
      spill_(std::move(spill)),
      budget_(budget),
      partitions_(kPartitions),
      spilled_(kPartitions) {}

void IndexBuilder::add(size_t d, Doc doc) {
    // Tokenized outside the lock: this is the work, and it runs on the caller's thread.
    thread_local DocTokenizer tokenizer;  // its buffers kept from document to document
    // Kept too (cleared, not freed): 256 strings grown afresh for every page were much of the
    // copying here.
    thread_local std::vector<std::string> records(kPartitions);
    for (std::string& r : records) r.clear();
    size_t count = 0;
    for (const DocTokenizer::Token& t : tokenizer.tokens(doc)) {
        append_record(records[t.hash % kPartitions], t.utf8, static_cast<uint32_t>(d), t.weight);
        ++count;
    }
    const size_t group = d / kDocsPerTextFile;
    std::vector<Doc> complete;
    {
        std::lock_guard<std::mutex> hold(mutex_);
        for (size_t p = 0; p < kPartitions; ++p) {
            buffered_ += records[p].size();
            partitions_[p] += records[p];
        }
        records_ += count;
        if (listed_.size() <= d) listed_.resize(d + 1);
        listed_[d] = {doc.title, doc.url, doc.plan, "", {}};
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
        std::string().swap(partitions_[p]);
    }
    buffered_ = 0;
}

std::string IndexBuilder::shard_records(size_t partition) {
    std::string bytes;
    for (const Chunk& c : spilled_[partition]) bytes += spill_.read(c.offset, c.size);
    bytes += partitions_[partition];
    std::string().swap(partitions_[partition]);
    return bytes;
}

void IndexBuilder::finish(size_t docs, const ForEach& for_each) {
    auto each = [&](size_t n, const std::function<void(size_t)>& task) {
        if (for_each)
            for_each(n, task);
        else
            for (size_t i = 0; i < n; ++i) task(i);
    };
    listed_.resize(docs);
    // The last text file, which holds fewer documents.
    for (auto& [group, g] : groups_)
        sink_(text_file_name(group),
              text_js(g.docs.data(), std::min(kDocsPerTextFile, docs - group * kDocsPerTextFile), group));
    groups_.clear();
    const size_t n = shard_count(records_);
    sink_("docs.js", docs_js(listed_, n));
    // Each shard alone: its partitions' records sorted by token, then document.
    each(n, [&](size_t shard) {
        std::string bytes;
        for (size_t p = shard; p < kPartitions; p += n) bytes += shard_records(p);
        std::vector<Record> records = sorted_records(read_records(bytes));
        std::string s;
        s.reserve(bytes.size());
        // Postings as [doc gap, weight, doc gap, weight …]: gaps keep the numbers short.
        for (size_t i = 0, j; i < records.size(); i = j) {
            s += s.empty() ? "\n" : ",\n";
            js_string(s, records[i].token);
            s += ":[";
            uint32_t prev = 0;
            for (j = i; j < records.size() && records[j].token == records[i].token; ++j) {
                if (j > i) s += ',';
                append_number(s, records[j].doc - prev);
                s += ',';
                append_number(s, records[j].weight);
                prev = records[j].doc;
            }
            s += ']';
        }
        sink_(shard_file_name(shard), "window.__planpubSearch.add(" + std::to_string(shard) + ",{" + s + "});\n");
    });
}

}  // namespace planpub::search
