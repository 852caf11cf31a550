#include "emit/file_copy.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace planpub {
namespace {

constexpr size_t kChunk = 1 << 20;

struct Fd {
    int fd;
    explicit Fd(int f) : fd(f) {}
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
};

// Up to `n` bytes (fewer only at the end of the file); -1 on a read error.
ssize_t read_full(int fd, char* buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = ::read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return -1;
        if (r == 0) break;
        got += static_cast<size_t>(r);
    }
    return static_cast<ssize_t>(got);
}

bool write_full(int fd, const char* p, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            if (w == 0) errno = EIO;
            return false;
        }
        p += w;
        n -= static_cast<size_t>(w);
    }
    return true;
}

// The existing regular file at `path` (never through a link), or -1; its size in `size`.
int open_existing(const std::string& path, off_t& size) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    struct stat st;
    if (fd >= 0 && (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        ::close(fd);
        return -1;
    }
    if (fd >= 0) size = st.st_size;
    return fd;
}

// In place (the inode is reused), never through a symlink.
int open_for_writing(const std::string& path) {
    return ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
}

FileUpdate failed(FileUpdate::Result r, const std::string& why) { return {r, why}; }

// `bytes` into the file just opened as `fd` (-1: the open failed, errno says why), then closed:
// a failed close is a failed write too (a full disk can show only there).
FileUpdate write_whole(int fd, const std::string& bytes) {
    Fd out(fd);
    if (out.fd < 0 || !write_full(out.fd, bytes.data(), bytes.size()))
        return failed(FileUpdate::WriteFailed, std::strerror(errno));
    out.fd = -1;
    if (::close(fd) != 0) return failed(FileUpdate::WriteFailed, std::strerror(errno));
    return {FileUpdate::Written, ""};
}

}  // namespace

FileUpdate update_file(const std::string& target, const std::string& bytes) {
    off_t size = -1;
    {
        Fd old(open_existing(target, size));
        if (old.fd >= 0 && static_cast<size_t>(size) == bytes.size()) {
            std::vector<char> buf(std::min(kChunk, bytes.size() + 1));
            size_t off = 0;
            bool same = true;
            while (same && off < bytes.size()) {
                ssize_t n = read_full(old.fd, buf.data(), std::min(buf.size(), bytes.size() - off));
                same = n > 0 && std::memcmp(buf.data(), bytes.data() + off, static_cast<size_t>(n)) == 0;
                off += n > 0 ? static_cast<size_t>(n) : 0;
            }
            if (same) return {};
        }
    }
    return write_whole(open_for_writing(target), bytes);
}

FileUpdate write_new_file(const std::string& target, const std::string& bytes) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0 && errno == EEXIST) return update_file(target, bytes);
    return write_whole(fd, bytes);
}

bool file_matches(const std::string& path, uint64_t size, const Fingerprint& bytes, std::string* keep) {
    off_t found = -1;
    Fd f(open_existing(path, found));
    if (f.fd < 0 || static_cast<uint64_t>(found) != size) return false;
    std::string text(size, '\0');  // a page: tens of kilobytes
    if (read_full(f.fd, text.data(), size) != static_cast<ssize_t>(size) || fingerprint_of(text) != bytes) return false;
    if (keep) *keep = std::move(text);
    return true;
}

FileUpdate copy_file_if_changed(const std::string& source, const std::string& target) {
    Fd in(::open(source.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    if (in.fd < 0)
        return failed(FileUpdate::SourceFailed, errno == ELOOP ? "it is now a symbolic link" : std::strerror(errno));
    struct stat st;
    if (::fstat(in.fd, &st) != 0) return failed(FileUpdate::SourceFailed, std::strerror(errno));
    if (!S_ISREG(st.st_mode)) return failed(FileUpdate::SourceFailed, "not a regular file");
    std::vector<char> a(kChunk), b;
    off_t size = -1;
    {
        Fd old(open_existing(target, size));
        if (old.fd >= 0 && size == st.st_size) {
            b.resize(kChunk);
            for (;;) {
                ssize_t n = read_full(in.fd, a.data(), kChunk);
                if (n < 0) return failed(FileUpdate::SourceFailed, std::strerror(errno));
                ssize_t m = read_full(old.fd, b.data(), kChunk);
                if (m != n || std::memcmp(a.data(), b.data(), static_cast<size_t>(n)) != 0) break;
                if (n == 0) return {};
            }
            if (::lseek(in.fd, 0, SEEK_SET) != 0) return failed(FileUpdate::SourceFailed, std::strerror(errno));
        }
    }
    Fd out(open_for_writing(target));
    if (out.fd < 0) return failed(FileUpdate::WriteFailed, std::strerror(errno));
    for (;;) {
        ssize_t n = read_full(in.fd, a.data(), kChunk);
        if (n < 0) return failed(FileUpdate::SourceFailed, std::strerror(errno));
        if (n == 0) break;
        if (!write_full(out.fd, a.data(), static_cast<size_t>(n)))
            return failed(FileUpdate::WriteFailed, std::strerror(errno));
    }
    int fd = out.fd;
    out.fd = -1;
    if (::close(fd) != 0) return failed(FileUpdate::WriteFailed, std::strerror(errno));
    return {FileUpdate::Written, ""};
}

}  // namespace planpub
