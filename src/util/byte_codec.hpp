// Plain binary encoding for planpub's own files (the page cache): fixed-width little-endian
// integers and length-prefixed strings. The decoder never reads past its bytes: a damaged file
// makes it fail, and every read after that fails too.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "util/fingerprint.hpp"

namespace planpub {

class ByteEncoder {
  public:
    explicit ByteEncoder(std::string& out) : out_(out) {}
    ByteEncoder& u64(uint64_t v) {
        for (int i = 0; i < 8; ++i) out_ += static_cast<char>(v >> (8 * i));
        return *this;
    }
    ByteEncoder& bytes(std::string_view s) {
        u64(s.size());
        out_.append(s);
        return *this;
    }
    ByteEncoder& fingerprint(const Fingerprint& f) { return u64(f.low).u64(f.high); }

  private:
    std::string& out_;
};

class ByteDecoder {
  public:
    explicit ByteDecoder(std::string_view in) : in_(in) {}
    bool ok() const { return ok_; }
    bool at_end() const { return ok_ && pos_ == in_.size(); }
    uint64_t u64() {
        if (!ok_ || in_.size() - pos_ < 8) return fail();
        uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
        pos_ += 8;
        return v;
    }
    // A count of items each at least `min_bytes` long: more than the bytes left could hold is damage
    // (so that a damaged count never makes the caller reserve gigabytes).
    uint64_t count(uint64_t min_bytes) {
        const uint64_t n = u64();
        if (ok_ && min_bytes > 0 && n > (in_.size() - pos_) / min_bytes) return fail();
        return n;
    }
    std::string bytes() {
        const uint64_t n = u64();
        if (!ok_ || n > in_.size() - pos_) return fail(), std::string();
        std::string s(in_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    Fingerprint fingerprint() {
        Fingerprint f;
        f.low = u64();
        f.high = u64();
        return f;
    }

  private:
    uint64_t fail() {
        ok_ = false;
        return 0;
    }
    std::string_view in_;
    size_t pos_ = 0;
    bool ok_ = true;
};

}  // namespace planpub
