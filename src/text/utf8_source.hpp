// Accepting a file's text as UTF-8: the one place that says what invalid bytes, control
// characters and stray byte order marks get (an error naming the byte; a warning, and the
// mark removed).
#pragma once
#include <string>

#include "diag/diagnostics.hpp"

namespace planpub {

// Strips a leading BOM, reports invalid UTF-8 and control characters other than tab and line
// ends (returns false), and removes BOMs inside.
bool accept_utf8(std::string& text, const std::string& path, const std::string& hint, Diagnostics& diags);

}  // namespace planpub
