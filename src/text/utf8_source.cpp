#include "text/utf8_source.hpp"

#include <cstdio>

#include "text/utf8.hpp"

namespace planpub {

bool accept_utf8(std::string& text, const std::string& path, const std::string& hint, Diagnostics& diags) {
    if (starts_with(text, "\xEF\xBB\xBF")) text.erase(0, 3);
    size_t bad = find_invalid_utf8(text);
    if (bad != npos) {
        LineCol lc = line_col_at(text, bad);
        diags.error({path, lc.line, lc.column}, "encoding.invalid-utf8", "invalid UTF-8 (byte " + std::to_string(bad) + ")",
                    hint);
        return false;
    }
    // YAML forbids C0 controls other than tab and line ends, yaml-cpp mangles them, and in HTML
    // they are errors; NUL bytes usually mean the file is UTF-16.
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            LineCol lc = line_col_at(text, i);
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", c);
            diags.error({path, lc.line, lc.column}, "encoding.control-character",
                        std::string("control character ") + code + " (byte " + std::to_string(i) + ")",
                        c == 0 ? "NUL bytes mean the file is not UTF-8 text (UTF-16?): " + hint
                               : "delete the invisible character at this place");
            return false;
        }
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
