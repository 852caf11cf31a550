// A 128-bit fingerprint of bytes (XXH3-128, libxxhash): what the page cache keys a plan's inputs
// and each output file by. Not a cryptographic hash: the cache is planpub's own file beside --out,
// and a hit is also checked against the bytes on disk.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace planpub {

struct Fingerprint {
    uint64_t low = 0, high = 0;
    bool operator==(const Fingerprint& o) const { return low == o.low && high == o.high; }
    bool operator!=(const Fingerprint& o) const { return !(*this == o); }
};

Fingerprint fingerprint_of(std::string_view bytes);

// Fingerprint of a sequence of values. Each piece is added with its length, so ("ab", "c") and
// ("a", "bc") differ.
class FingerprintBuilder {
  public:
    FingerprintBuilder();
    ~FingerprintBuilder();
    FingerprintBuilder(const FingerprintBuilder&) = delete;
    FingerprintBuilder& operator=(const FingerprintBuilder&) = delete;

    FingerprintBuilder& add(std::string_view bytes);
    FingerprintBuilder& add(uint64_t value);
    FingerprintBuilder& add(const Fingerprint& f);
    Fingerprint done() const;

  private:
    void* state_;  // XXH3_state_t
};

// The running program's GNU build id (the linker's hash of the executable), hex; empty when the
// binary has none. Pages rendered by another build of planpub are never taken from the cache.
const std::string& program_build_id();

}  // namespace planpub
