// Shared by the fuzz targets: splits an input into files, turns bytes into SourceFiles the
// way load_content does, and checks properties that must hold whatever the input.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "text/utf8.hpp"

// Aborts, so that libFuzzer keeps the input as a crash.
#define FUZZ_CHECK(cond)                                                                    \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                   \
        }                                                                                   \
    } while (0)

namespace planpub::fuzz {

// Parts are separated by 0xFF, a byte that valid UTF-8 and Shift_JIS never contain, so the
// separator takes no legal input away. At most `max_parts`; the last one keeps any 0xFF.
inline std::vector<std::string> split_input(const uint8_t* data, size_t size, size_t max_parts) {
    std::vector<std::string> parts(1);
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0xFF && parts.size() < max_parts) parts.emplace_back();
        else parts.back() += static_cast<char>(data[i]);
    }
    return parts;
}

inline SourceFile text_source(const std::string& path, std::string bytes, Diagnostics& diags) {
    SourceFile f;
    f.path = path;
    f.text = std::move(bytes);
    f.present = clean_utf8_text(f.text, path, diags);
    return f;
}

inline SourceFile raw_source(const std::string& path, std::string bytes) {
    SourceFile f;
    f.path = path;
    f.text = std::move(bytes);
    f.present = true;
    return f;
}

// SPEC: every problem is reported with a place, a code, a message and a hint, in valid UTF-8.
inline void check_diagnostics(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.sorted()) {
        if (d.code.empty() || d.message.empty() || d.hint.empty() || d.where.path.empty() || d.where.line < 0 ||
            d.where.column < 0 || find_invalid_utf8(format_diagnostic(d)) != npos) {
            std::fprintf(stderr, "bad diagnostic: %s", format_diagnostic(d).c_str());
            std::abort();
        }
    }
}

}  // namespace planpub::fuzz
