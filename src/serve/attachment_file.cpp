#include "serve/attachment_file.hpp"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace planpub {

DirectoryHandle::DirectoryHandle(const std::string& path)
    : fd_(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}

DirectoryHandle::~DirectoryHandle() {
    if (fd_ >= 0) ::close(fd_);
}

namespace {

constexpr int kFileFlags = O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY;

// The fallback: every folder component with O_NOFOLLOW | O_DIRECTORY, the file with O_NOFOLLOW.
int open_by_components(int dir, const std::string& relative) {
    int cur = ::dup(dir);
    size_t start = 0;
    while (cur >= 0) {
        size_t slash = relative.find('/', start);
        std::string part = relative.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (part.empty() || part == "." || part == "..") {
            ::close(cur);
            return -1;
        }
        bool last = slash == std::string::npos;
        int next = ::openat(cur, part.c_str(), last ? kFileFlags : O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(cur);
        if (last) return next;
        cur = next;
        start = slash + 1;
    }
    return -1;
}

}  // namespace

int open_regular_beneath(int dir, const std::string& relative, long long& size) {
    if (dir < 0 || relative.empty() || relative.front() == '/') return -1;
    struct open_how how {};
    how.flags = kFileFlags;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    int fd = static_cast<int>(::syscall(SYS_openat2, dir, relative.c_str(), &how, sizeof how));
    // ENOSYS: a kernel before 5.6; EPERM: a container's seccomp filter that does not know openat2.
    if (fd < 0 && (errno == ENOSYS || errno == EPERM)) fd = open_by_components(dir, relative);
    if (fd < 0) return -1;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {  // a FIFO, device or folder: never read
        ::close(fd);
        return -1;
    }
    size = st.st_size;
    return fd;
}

}  // namespace planpub
