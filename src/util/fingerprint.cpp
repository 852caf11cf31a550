#include "util/fingerprint.hpp"

#include <elf.h>
#include <link.h>

#include <cstring>

#include <xxhash.h>

namespace planpub {

static Fingerprint from_xxh(XXH128_hash_t h) { return {h.low64, h.high64}; }

Fingerprint fingerprint_of(std::string_view bytes) { return from_xxh(XXH3_128bits(bytes.data(), bytes.size())); }

FingerprintBuilder::FingerprintBuilder() : state_(XXH3_createState()) {
    XXH3_128bits_reset(static_cast<XXH3_state_t*>(state_));
}

FingerprintBuilder::~FingerprintBuilder() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }

FingerprintBuilder& FingerprintBuilder::add(uint64_t value) {
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * i));  // the same on any host
    XXH3_128bits_update(static_cast<XXH3_state_t*>(state_), bytes, sizeof bytes);
    return *this;
}

FingerprintBuilder& FingerprintBuilder::add(std::string_view bytes) {
    add(static_cast<uint64_t>(bytes.size()));
    XXH3_128bits_update(static_cast<XXH3_state_t*>(state_), bytes.data(), bytes.size());
    return *this;
}

FingerprintBuilder& FingerprintBuilder::add(const Fingerprint& f) { return add(f.low).add(f.high); }

Fingerprint FingerprintBuilder::done() const {
    return from_xxh(XXH3_128bits_digest(static_cast<XXH3_state_t*>(state_)));
}

// The main program is the first object dl_iterate_phdr reports; its PT_NOTE segments hold the
// NT_GNU_BUILD_ID note that ld writes by default on Debian (--build-id=sha1).
static int find_build_id(dl_phdr_info* info, size_t, void* data) {
    auto* out = static_cast<std::string*>(data);
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& ph = info->dlpi_phdr[i];
        if (ph.p_type != PT_NOTE) continue;
        const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
        const char* end = p + ph.p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, p, sizeof note);
            const char* name = p + sizeof note;
            const char* desc = name + ((note.n_namesz + 3) & ~3u);
            const char* next = desc + ((note.n_descsz + 3) & ~3u);
            if (next > end) break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                static const char hex[] = "0123456789abcdef";
                for (uint32_t k = 0; k < note.n_descsz; ++k) {
                    const auto byte = static_cast<unsigned char>(desc[k]);
                    *out += hex[byte >> 4];
                    *out += hex[byte & 15];
                }
                return 1;
            }
            p = next;
        }
    }
    return 1;  // only the main program's notes count
}

const std::string& program_build_id() {
    static const std::string id = [] {
        std::string s;
        dl_iterate_phdr(find_build_id, &s);
        return s;
    }();
    return id;
}

}  // namespace planpub
