#include "load/utf8_source.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "text/utf8.hpp"

namespace planpub {

const char* wide_bom_encoding(std::string_view bytes) {
    // UTF-32 LE starts with the UTF-16 LE mark: test the longer marks first.
    if (starts_with(bytes, std::string_view("\xFF\xFE\0\0", 4))) return "UTF-32 LE";
    if (starts_with(bytes, std::string_view("\0\0\xFE\xFF", 4))) return "UTF-32 BE";
    if (starts_with(bytes, "\xFF\xFE")) return "UTF-16 LE";
    if (starts_with(bytes, "\xFE\xFF")) return "UTF-16 BE";
    return nullptr;
}

bool reject_wide_bom(std::string_view bytes, const std::string& path, Diagnostics& diags) {
    const char* enc = wide_bom_encoding(bytes);
    if (!enc) return false;
    // The mark makes the encoding certain: one error at 1:1 instead of one per garbled line.
    diags.error({path, 1, 1}, "encoding.utf16-or-utf32",
                std::string("the file is ") + enc + " (byte-order mark); planpub reads UTF-8 only",
                "save the file as UTF-8 (in Excel: 「CSV UTF-8（コンマ区切り）」; in an editor: encoding UTF-8)");
    return true;
}

bool accept_utf8(std::string& text, const std::string& path, const std::string& hint, Diagnostics& diags) {
    if (reject_wide_bom(text, path, diags)) return false;
    if (starts_with(text, "\xEF\xBB\xBF")) text.erase(0, 3);
    size_t bad = find_invalid_utf8(text);
    if (bad != npos) {
        LineCol lc = line_col_at(text, bad);
        diags.error({path, lc.line, lc.column}, "encoding.invalid-utf8",
                    "invalid UTF-8 (byte " + std::to_string(bad) + ")", hint);
        return false;
    }
    // YAML forbids C0 controls other than tab and line ends, yaml-cpp mangles them, and in HTML
    // they are errors; NUL bytes usually mean the file is UTF-16.
    auto control_at = [&](size_t i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n' || c == '\r') return false;
        LineCol lc = line_col_at(text, i);
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", c);
        diags.error({path, lc.line, lc.column}, "encoding.control-character",
                    std::string("control character ") + code + " (byte " + std::to_string(i) + ")",
                    c == 0 ? "NUL bytes mean the file is not UTF-8 text (UTF-16?): " + hint
                           : "delete the invisible character at this place");
        return true;
    };
    // Eight bytes at a time, each looked at only when one of them is below 0x20 or is 0x7F (mostly
    // a line end): testing every byte was 1% of a build's instructions (callgrind).
    constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        const uint64_t del = x ^ (ones * 0x7F);                          // a 0x7F byte becomes 0
        if ((((x - ones * 0x20) & ~x) | ((del - ones) & ~del)) & highs)  // a byte below 0x20, or 0x7F
            for (size_t k = i; k < i + 8; ++k)
                if (control_at(k)) return false;
    }
    for (; i < text.size(); ++i)
        if (control_at(i)) return false;
    // A BOM inside the text (two files pasted together) is removed with a warning.
    size_t pos;
    while ((pos = text.find("\xEF\xBB\xBF")) != std::string::npos) {
        LineCol lc = line_col_at(text, pos);
        diags.warning({path, lc.line, lc.column}, "encoding.bom-inside", "byte order mark inside the file removed",
                      "delete the invisible character at this place");
        text.erase(pos, 3);
    }
    return true;
}

}  // namespace planpub
