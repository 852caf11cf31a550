#include "emit/page_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "emit/output_folders.hpp"
#include "util/byte_codec.hpp"

namespace planpub {

namespace {

// The version is in the first line: a file of another version is no cache.
constexpr std::string_view kHeader = "planpub page cache 1\n";
constexpr std::string_view kTrailer = "PPCACHE1";
constexpr uint64_t kFooterSize = 8 + 8 + 16 + kTrailer.size();
constexpr uint64_t kJobBytes = 8 + 8 + 16 + 16 + 8;

bool write_all(int fd, std::string_view bytes, uint64_t at) {
    for (size_t done = 0; done < bytes.size();) {
        ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(at + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

std::string encode_plan(const CachedPlan& plan) {
    std::string out;
    ByteEncoder e(out);
    e.fingerprint(plan.key).fingerprint(plan.print.bytes).u64(plan.print.size).u64(plan.jobs.size());
    for (const CachedJob& j : plan.jobs)
        e.u64(j.record.at).u64(j.record.size).fingerprint(j.record.bytes).fingerprint(j.html.bytes).u64(j.html.size);
    return out;
}

}  // namespace

std::string page_cache_file(const std::string& out_dir) {
    const auto out = output_folders::normal_out(out_dir);
    return (out.parent_path() / ("." + out.filename().string() + ".planpub-cache")).string();
}

PageCacheReader::~PageCacheReader() {
    if (fd_ >= 0) ::close(fd_);
}

bool PageCacheReader::read_at(uint64_t at, uint64_t size, std::string& bytes) const {
    if (fd_ < 0 || at > size_ || size > size_ - at) return false;
    bytes.resize(size);
    for (size_t done = 0; done < size;) {
        ssize_t n = ::pread(fd_, bytes.data() + done, size - done, static_cast<off_t>(at + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

bool PageCacheReader::open(const std::string& path) {
    // Never through a link, and only a plain file (a folder opens too).
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    struct stat st;
    if (fd_ < 0 || ::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) return false;
    size_ = static_cast<uint64_t>(st.st_size);
    std::string head, foot, index;
    if (size_ < kHeader.size() + kFooterSize || !read_at(0, kHeader.size(), head) || head != kHeader ||
        !read_at(size_ - kFooterSize, kFooterSize, foot) || foot.substr(kFooterSize - kTrailer.size()) != kTrailer)
        return false;
    ByteDecoder f(foot);
    const uint64_t index_at = f.u64(), index_size = f.u64();
    const Fingerprint index_bytes = f.fingerprint();
    if (index_at < kHeader.size() || index_at > size_ - kFooterSize || index_size > size_ - kFooterSize - index_at ||
        !read_at(index_at, index_size, index) || fingerprint_of(index) != index_bytes)
        return false;
    ByteDecoder d(index);
    const uint64_t n = d.count(16 + 32);
    for (uint64_t i = 0; i < n && d.ok(); ++i) {
        const Fingerprint key = d.fingerprint();
        CacheRecordRef ref;
        ref.at = d.u64();
        ref.size = d.u64();
        ref.bytes = d.fingerprint();
        entries_[{key.low, key.high}] = ref;
    }
    if (!d.at_end()) entries_.clear();
    return !entries_.empty();
}

bool PageCacheReader::read(const CacheRecordRef& ref, std::string& bytes) const {
    return read_at(ref.at, ref.size, bytes) && fingerprint_of(bytes) == ref.bytes;
}

bool PageCacheReader::find(const Fingerprint& key, CachedPlan& plan) const {
    auto it = entries_.find({key.low, key.high});
    std::string bytes;
    if (it == entries_.end() || !read(it->second, bytes)) return false;
    ByteDecoder d(bytes);
    plan.key = d.fingerprint();
    plan.print.bytes = d.fingerprint();
    plan.print.size = d.u64();
    plan.jobs.resize(d.count(kJobBytes));
    for (CachedJob& j : plan.jobs) {
        j.record.at = d.u64();
        j.record.size = d.u64();
        j.record.bytes = d.fingerprint();
        j.html.bytes = d.fingerprint();
        j.html.size = d.u64();
    }
    return d.at_end() && plan.key == key;
}

PageCacheWriter::~PageCacheWriter() {
    if (fd_ < 0) return;
    ::close(fd_);
    ::unlink((path_ + ".new").c_str());
}

bool PageCacheWriter::open(const std::string& path, size_t plans) {
    path_ = path;
    const std::string part = path + ".new";
    ::unlink(part.c_str());  // left by a build that was killed (the output lock is ours)
    fd_ = ::open(part.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd_ < 0) return false;
    plans_.assign(plans, {});
    end_ = kHeader.size();
    failed_ = !write_all(fd_, kHeader, 0);
    return !failed_;
}

CacheRecordRef PageCacheWriter::add_record(std::string_view bytes) {
    CacheRecordRef ref;
    ref.size = bytes.size();
    ref.bytes = fingerprint_of(bytes);
    {
        std::lock_guard<std::mutex> hold(mutex_);
        ref.at = end_;
        end_ += bytes.size();
    }
    if (fd_ >= 0 && !write_all(fd_, bytes, ref.at)) {
        std::lock_guard<std::mutex> hold(mutex_);
        failed_ = true;
    }
    return ref;
}

void PageCacheWriter::add_plan(size_t index, const CachedPlan& plan) {
    const CacheRecordRef entry = add_record(encode_plan(plan));
    std::lock_guard<std::mutex> hold(mutex_);
    if (index < plans_.size()) plans_[index] = {plan.key, entry};
}

bool PageCacheWriter::commit() {
    if (fd_ < 0) return false;
    std::string index;
    ByteEncoder e(index);
    uint64_t n = 0;
    for (const auto& [key, entry] : plans_) n += entry.size > 0;
    e.u64(n);
    for (const auto& [key, entry] : plans_)
        if (entry.size > 0) e.fingerprint(key).u64(entry.at).u64(entry.size).fingerprint(entry.bytes);
    std::string foot;
    ByteEncoder(foot).u64(end_).u64(index.size()).fingerprint(fingerprint_of(index));
    foot += kTrailer;
    const bool written = !failed_ && write_all(fd_, index, end_) && write_all(fd_, foot, end_ + index.size());
    const std::string part = path_ + ".new";
    ::close(fd_);
    fd_ = -1;
    // rename() replaces a file or a link (not what it points to); a folder someone put there stays
    // as it is, and there is no cache.
    if (written && ::rename(part.c_str(), path_.c_str()) == 0) return true;
    ::unlink(part.c_str());
    ::unlink(path_.c_str());  // an older cache would still be right, but of no use for this output
    return false;
}

}  // namespace planpub
