// Numbers inside a KPI cell's text, as written: sign (every minus look-alike, ▲ △), thousands
// separators, decimals. The digits are kept as text so a figure can be rescaled exactly.
#pragma once
#include <string>
#include <vector>

namespace planpub {

struct NumberSpan {
    size_t begin = 0, end = 0;
    std::string text;  // the digits as written, '.' included, no sign or separators: scaled exactly
    bool negative = false;
    int decimals = 0;
    size_t digits = 0;
};

// Finds numbers (with optional sign, thousands separators and decimals) in NFKC text.
std::vector<NumberSpan> find_numbers(const std::string& s);
// Spaces (ASCII or ideographic) at s[i]: ▲ 3.5 — a sign may stand apart from its number.
size_t spaces_at(const std::string& s, size_t i);

}  // namespace planpub
