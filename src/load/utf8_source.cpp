#include "load/utf8_source.hpp"

#include <cstdio>

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
    // Validity and control characters in one pass: reading every byte twice was 0.7% of a build's
    // instructions (callgrind, 300 pages).
    const Utf8Check check = check_utf8_text(text);
    if (check.invalid != npos) {
        LineCol lc = line_col_at(text, check.invalid);
        diags.error({path, lc.line, lc.column}, "encoding.invalid-utf8",
                    "invalid UTF-8 (byte " + std::to_string(check.invalid) + ")", hint);
        return false;
    }
    // YAML forbids C0 controls other than tab and line ends, yaml-cpp mangles them, and in HTML
    // they are errors; NUL bytes usually mean the file is UTF-16.
    if (const size_t i = check.control; i != npos) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        LineCol lc = line_col_at(text, i);
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", c);
        diags.error({path, lc.line, lc.column}, "encoding.control-character",
                    std::string("control character ") + code + " (byte " + std::to_string(i) + ")",
                    c == 0 ? "NUL bytes mean the file is not UTF-8 text (UTF-16?): " + hint
                           : "delete the invisible character at this place");
        return false;
    }
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
