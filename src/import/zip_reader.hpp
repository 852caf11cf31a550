// Import stage: the parts of an Office Open XML file (.xlsx), read through libzip with limits, so
// that a zip bomb or a file that is no workbook is a clear error, never a hang or an exhausted memory.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "diag/diagnostics.hpp"

struct zip;

namespace planpub {

struct ZipLimits {
    static constexpr size_t max_entries = 2000;                        // a real workbook has a few dozen parts
    static constexpr size_t max_part_bytes = 64u << 20;                // one XML part, uncompressed
    static constexpr size_t max_read_bytes = 160u << 20;               // everything one import reads
    static constexpr unsigned long long max_total_bytes = 1ull << 30;  // all entries, as the zip declares them
};

class ZipArchive {
  public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Opens `path` (`display` in diagnostics). An OLE compound file (D0 CF 11 E0) is an encrypted
    // workbook or an old .xls, and is said to be so; anything else that is no zip is an error.
    bool open(const std::string& path, const std::string& display, Diagnostics& diags);
    bool has(const std::string& name) const;
    // The part's bytes; std::nullopt (reported) when it is missing, encrypted or over a limit.
    std::optional<std::string> read(const std::string& name, Diagnostics& diags, bool required = true);

  private:
    zip* za_ = nullptr;
    std::string display_;
    size_t read_total_ = 0;
};

}  // namespace planpub
