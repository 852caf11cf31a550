#include "util/temp_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace planpub {

TempFile::TempFile() {
    const char* dir = std::getenv("TMPDIR");
    folder_ = dir && *dir ? dir : "/tmp";
    fd_ = ::open(folder_.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd_ >= 0) return;
    std::string name = folder_ + "/planpub-XXXXXX";  // O_TMPFILE unsupported there: a name, gone at once
    fd_ = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd_ >= 0) ::unlink(name.c_str());
}

TempFile::~TempFile() {
    if (fd_ >= 0) ::close(fd_);
}

uint64_t TempFile::append(std::string_view bytes) {
    const uint64_t at = end_.fetch_add(bytes.size());
    for (size_t done = 0; done < bytes.size();) {
        ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(at + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int expected = 0;
            errno_.compare_exchange_strong(expected, n == 0 ? EIO : errno);
            break;
        }
        done += static_cast<size_t>(n);
    }
    return at;
}

std::string TempFile::read(uint64_t offset, size_t size) const {
    std::string out(size, '\0');
    size_t done = 0;
    while (done < size) {
        ssize_t n = ::pread(fd_, out.data() + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {  // never a silently short read: the index built from it would be wrong
            int expected = 0;
            errno_.compare_exchange_strong(expected, n == 0 ? EIO : errno);
            break;
        }
        done += static_cast<size_t>(n);
    }
    out.resize(done);
    return out;
}

std::string TempFile::failure() const {
    const int e = errno_.load();
    return e ? std::strerror(e) : "";
}

}  // namespace planpub
