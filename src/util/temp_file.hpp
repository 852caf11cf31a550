// A temporary file without a name (O_TMPFILE in $TMPDIR or /tmp; where the file system cannot, a
// named one removed at once): bytes appended from any thread and read back by offset. It goes when
// closed, also when the process dies, so it never outlives the build.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace planpub {

class TempFile {
  public:
    TempFile();
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    bool ok() const { return fd_ >= 0; }
    // Where the bytes were put. A write that fails (a full disk) is remembered: see failure().
    uint64_t append(std::string_view bytes);
    // The bytes at `offset`; shorter only after a failure, which failure() then names.
    std::string read(uint64_t offset, size_t size) const;
    // Empty, or the system's words for the first write or read that failed.
    std::string failure() const;
    std::string folder() const { return folder_; }

  private:
    int fd_ = -1;
    std::string folder_;
    std::atomic<uint64_t> end_{0};
    mutable std::atomic<int> errno_{0};  // the first failed write or read
};

}  // namespace planpub
