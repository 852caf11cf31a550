// Emit stage: the page cache beside --out (`.public.planpub-cache`), so that a rebuild can skip
// rendering the plans whose inputs did not change.
//
// One file: the records of the last successful build (one per page job, opaque bytes the app
// stage encodes: glossary terms used, search text, diagnostics), each plan's entry (its input key,
// the fingerprints and sizes of its output files, where its records are) and, at the end, the list
// of plan entries. Everything read is checked against a fingerprint; a file that is missing,
// damaged, of another version or not a plain file is no cache at all, never an error — the build
// renders everything then. The output lock (.public.planpub-lock) keeps two builds off it.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/fingerprint.hpp"

namespace planpub {

// Where a record is in the cache file, and what its bytes hash to.
struct CacheRecordRef {
    uint64_t at = 0, size = 0;
    Fingerprint bytes;
};

// One output file of a plan, as the build that cached it wrote it.
struct CachedFile {
    Fingerprint bytes;
    uint64_t size = 0;
};

struct CachedJob {
    CacheRecordRef record;
    CachedFile html;
};

struct CachedPlan {
    Fingerprint key;  // all that the plan's pages were rendered from
    CachedFile print;
    std::vector<CachedJob> jobs;  // in job order: the overview, then the pages
};

// The cache file of `out_dir`, beside it.
std::string page_cache_file(const std::string& out_dir);

class PageCacheReader {
  public:
    PageCacheReader() = default;
    ~PageCacheReader();
    PageCacheReader(const PageCacheReader&) = delete;
    PageCacheReader& operator=(const PageCacheReader&) = delete;

    // False (and empty) when there is no usable cache file at `path`.
    bool open(const std::string& path);
    // The plan cached under `key`, read and checked now; false when there is none or it is damaged.
    bool find(const Fingerprint& key, CachedPlan& plan) const;
    // A record's bytes; false when the file no longer holds them (changed or damaged).
    bool read(const CacheRecordRef& ref, std::string& bytes) const;

  private:
    bool read_at(uint64_t at, uint64_t size, std::string& bytes) const;
    int fd_ = -1;
    uint64_t size_ = 0;
    std::map<std::pair<uint64_t, uint64_t>, CacheRecordRef> entries_;  // a plan's key → its entry
};

class PageCacheWriter {
  public:
    PageCacheWriter() = default;
    ~PageCacheWriter();
    PageCacheWriter(const PageCacheWriter&) = delete;
    PageCacheWriter& operator=(const PageCacheWriter&) = delete;

    // Starts `path`.new; false when it cannot be made (the build goes on without a new cache).
    bool open(const std::string& path, size_t plans);
    // From any thread. A failed write is remembered: commit() then keeps no cache.
    CacheRecordRef add_record(std::string_view bytes);
    // The plan's entry, once all its jobs are recorded; from any thread.
    void add_plan(size_t index, const CachedPlan& plan);
    // After the output is in place: the file replaces the cache; false (and no cache) on failure.
    bool commit();

  private:
    std::string path_;
    int fd_ = -1;
    std::mutex mutex_;
    uint64_t end_ = 0;
    bool failed_ = false;
    std::vector<std::pair<Fingerprint, CacheRecordRef>> plans_;  // by plan index; key, entry
};

}  // namespace planpub
