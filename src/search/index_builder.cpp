#include "search/index_builder.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "search/index_format.hpp"
#include "text/utf8.hpp"

namespace planpub::search {

namespace {

constexpr size_t kPartitions = 256;  // shard_count() is a power of two up to 256: shards are unions of these

// A record: [token length][token UTF-8][doc, 4 bytes][weight, 2 bytes]. UTF-8 sorts as code points
// do, so records sort into build_index's token order without decoding.
void append_record(std::string& out, const std::string& token, uint32_t doc, int weight) {
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

// A document's part of its text file: [[anchor, heading, text] …].
std::string text_part(const Doc& doc) {
    std::string t;
    for (size_t k = 0; k < doc.sections.size(); ++k) {
        const Section& s = doc.sections[k];
        t += k ? ",[" : "[";
        js_string(t, s.anchor);
        t += ',';
        js_string(t, s.heading);
        t += ',';
        js_string(t, s.text);
        t += ']';
    }
    return t;
}

std::string text_file(size_t group, const std::vector<std::string>& parts) {
    std::string t = "window.__planpubSearch.text(" + std::to_string(group) + ",[";
    for (size_t k = 0; k < parts.size(); ++k) {
        t += k ? ",\n[" : "\n[";
        t += parts[k];
        t += ']';
    }
    return t + "]);\n";
}

std::string text_name(size_t group) {
    char name[32];
    std::snprintf(name, sizeof name, "text-%03zx.js", group);
    return name;
}

}  // namespace

IndexBuilder::IndexBuilder(FileSink sink, Spill spill, size_t budget)
    : sink_(std::move(sink)),
      spill_(std::move(spill)),
      budget_(budget),
      partitions_(kPartitions),
      spilled_(kPartitions) {}

void IndexBuilder::add(size_t d, const Doc& doc) {
    // Tokenized outside the lock: this is the work, and it runs on the caller's thread.
    std::vector<std::string> records(kPartitions);
    size_t count = 0;
    for (const auto& [token, weight] : weighted_tokens(doc)) {
        std::string utf8;
        for (char32_t c : token) append_utf8(utf8, c);
        append_record(records[token_hash(token) % kPartitions], utf8, static_cast<uint32_t>(d), weight);
        ++count;
    }
    std::string part = text_part(doc);
    const size_t group = d / kDocsPerTextFile;
    std::vector<std::string> complete;
    {
        std::lock_guard<std::mutex> hold(mutex_);
        for (size_t p = 0; p < kPartitions; ++p) {
            buffered_ += records[p].size();
            partitions_[p] += records[p];
        }
        records_ += count;
        if (listed_.size() <= d) listed_.resize(d + 1);
        listed_[d] = {doc.title, doc.url, doc.plan};
        Group& g = groups_[group];
        g.parts.resize(kDocsPerTextFile);
        g.parts[d % kDocsPerTextFile] = std::move(part);
        if (++g.added == kDocsPerTextFile) {
            complete = std::move(g.parts);
            groups_.erase(group);
        }
        if (buffered_ > budget_ && spill_.write) spill_all();
    }
    if (!complete.empty()) sink_(text_name(group), text_file(group, complete));
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
    for (auto& [group, g] : groups_) {
        g.parts.resize(std::min(kDocsPerTextFile, docs - group * kDocsPerTextFile));
        sink_(text_name(group), text_file(group, g.parts));
    }
    groups_.clear();
    const size_t n = shard_count(records_);
    // Plans named once, documents refer to them by number: a plan's name is on every page of it.
    std::vector<std::string> plans;
    std::unordered_map<std::string, size_t> plan_no;
    for (const Listed& l : listed_)
        if (plan_no.emplace(l.plan, plans.size()).second) plans.push_back(l.plan);
    std::string out =
        "window.__planpubSearch.docs(" + std::to_string(n) + "," + std::to_string(kDocsPerTextFile) + ",[";
    for (size_t i = 0; i < plans.size(); ++i) {
        if (i) out += ',';
        js_string(out, plans[i]);
    }
    out += "],[";
    for (size_t d = 0; d < listed_.size(); ++d) {
        out += d ? ",\n[" : "\n[";
        js_string(out, listed_[d].title);
        out += ',';
        js_string(out, listed_[d].url);
        out += "," + std::to_string(plan_no[listed_[d].plan]) + "]";
    }
    sink_("docs.js", out + "]);\n");
    // Each shard alone: its partitions' records sorted by token, then document.
    each(n, [&](size_t shard) {
        std::string bytes;
        for (size_t p = shard; p < kPartitions; p += n) bytes += shard_records(p);
        std::vector<Record> records = read_records(bytes);
        std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
            return a.token != b.token ? a.token < b.token : a.doc < b.doc;
        });
        std::string s;
        // Postings as [doc gap, weight, doc gap, weight …]: gaps keep the numbers short.
        for (size_t i = 0, j; i < records.size(); i = j) {
            s += s.empty() ? "\n" : ",\n";
            js_string(s, records[i].token);
            s += ":[";
            uint32_t prev = 0;
            for (j = i; j < records.size() && records[j].token == records[i].token; ++j) {
                if (j > i) s += ',';
                s += std::to_string(records[j].doc - prev);
                s += ',';
                s += std::to_string(records[j].weight);
                prev = records[j].doc;
            }
            s += ']';
        }
        char name[32];
        std::snprintf(name, sizeof name, "shard-%02zx.js", shard);
        sink_(name, "window.__planpubSearch.add(" + std::to_string(shard) + ",{" + s + "});\n");
    });
}

}  // namespace planpub::search
