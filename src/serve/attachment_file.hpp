// Attachments are served from the content folder at request time, so a request must never reach
// outside it, follow a symlink planted after the build, or block on a FIFO: each file is opened
// beneath a descriptor of the content folder taken when the site was built, without following
// any symlink, non-blocking, and served only when the opened file is a regular file.
#pragma once
#include <memory>
#include <string>

namespace planpub {

// An open directory, closed with its last user (snapshots share it).
class DirectoryHandle {
  public:
    explicit DirectoryHandle(const std::string& path);
    ~DirectoryHandle();
    DirectoryHandle(const DirectoryHandle&) = delete;
    DirectoryHandle& operator=(const DirectoryHandle&) = delete;
    int fd() const { return fd_; }

  private:
    int fd_ = -1;
};

// Opens `relative` (a '/'-separated path with no "..") beneath `dir` for reading: with
// openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), or where the kernel lacks openat2 one component
// at a time with O_NOFOLLOW. Returns the descriptor of a regular file and its size, or -1 (a
// symlink, a FIFO, a folder, a file gone or outside).
int open_regular_beneath(int dir, const std::string& relative, long long& size);

}  // namespace planpub
