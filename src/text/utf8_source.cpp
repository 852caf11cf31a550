#include "text/utf8_source.hpp"

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
