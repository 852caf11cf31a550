// Accepting a file's text as UTF-8: the one place that says what invalid bytes, control
// characters and stray byte order marks get (an error naming the byte; a warning, and the
// mark removed).
#pragma once
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"

namespace planpub {

// The encoding a UTF-16 or UTF-32 byte-order mark at the start names ("UTF-16 LE"), or null.
const char* wide_bom_encoding(std::string_view bytes);
// Reports a file that starts with a UTF-16/UTF-32 byte-order mark (error encoding.utf16-or-utf32
// at 1:1) and returns true; every text reader calls it (through accept_utf8) before decoding.
bool reject_wide_bom(std::string_view bytes, const std::string& path, Diagnostics& diags);

// Strips a leading BOM, reports invalid UTF-8 and control characters other than tab and line
// ends (returns false), and removes BOMs inside.
bool accept_utf8(std::string& text, const std::string& path, const std::string& hint, Diagnostics& diags);

}  // namespace planpub
