// Search stage: the site's index built while the pages render, in bounded memory.
//
// build_index (search_index.hpp) needs every document at once; at 20,000 pages their text and
// postings took gigabytes. IndexBuilder takes documents one by one, in any order and from any
// thread: each is tokenized at once and its postings appended, as compact records, to one of 256
// partitions by token hash; when the records pass `budget` bytes they go to `spill` (a temporary
// file the caller owns). A document's text file (text-XXX.js) is handed to the sink as soon as its
// group of kDocsPerTextFile documents is complete. finish() sorts each shard's records alone (a
// shard is 1/256 of the postings or more) and hands docs.js and the shards to the sink.
// The files are byte for byte those of build_index for the same documents.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "search/search_index.hpp"

namespace planpub::search {

// Where postings wait when memory is full. Both empty: they stay in memory.
struct Spill {
    std::function<uint64_t(std::string_view bytes)> write;          // appends; returns the offset
    std::function<std::string(uint64_t offset, size_t size)> read;  // bytes written at `offset`
};

// Receives each finished file (name under search/, bytes); called from the threads that call add()
// and finish(), so it must be safe to call from several at once.
using FileSink = std::function<void(const std::string& name, std::string bytes)>;

class IndexBuilder {
  public:
    explicit IndexBuilder(FileSink sink, Spill spill = {}, size_t budget = size_t{8} << 20);

    // Document number `d` (its place in docs.js); every number from 0 to finish's `docs` once.
    void add(size_t d, Doc doc);

    // After the last add(): the remaining text file, docs.js and the shards (in parallel on the
    // caller's for_each). docs.js lists each document as `listing` tells (its title, URL and plan,
    // as add() had them), asked for twice in number order: kept here from add() to finish, they
    // were ~120 bytes a document (12 MB at 100,000 pages) at the end of rendering.
    void finish(size_t docs, const Lister& listing, const ForEach& for_each = {});

  private:
    struct Chunk {
        uint64_t offset;
        size_t size;
    };
    void spill_all();  // under mutex_

    FileSink sink_;
    Spill spill_;
    size_t budget_;
    std::mutex mutex_;
    std::vector<std::string> partitions_;      // records not spilled, by token hash % 256
    std::vector<std::vector<Chunk>> spilled_;  // spilled records, by partition
    std::vector<size_t> partition_records_;    // records added, spilled or not, by partition
    size_t buffered_ = 0, records_ = 0;
    struct Group {
        std::vector<Doc> docs;  // in order
        size_t added = 0;
    };
    std::map<size_t, Group> groups_;  // text files not yet complete, by number
};

}  // namespace planpub::search
