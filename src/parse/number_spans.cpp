#include "parse/number_spans.hpp"

namespace planpub {
namespace {

bool is_digit_at(const std::string& s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// "1,200": a comma is a thousands separator only when exactly three digits follow it.
bool is_thousands_group(const std::string& s, size_t i) {
    return is_digit_at(s, i) && is_digit_at(s, i + 1) && is_digit_at(s, i + 2) && !is_digit_at(s, i + 3);
}

// Bytes of a sign at i: - +, the minus look-alikes that Word, PDFs and Excel produce (‐ ‑ ‒ – — ―
// U+2010–2015, − U+2212), and ▲ △, which Japanese tables use for minus. Every one of them is read
// as the sign, never dropped (NFKC has already made － and ﹣ a '-').
size_t sign_length(const std::string& s, size_t i) {
    if (s[i] == '-' || s[i] == '+') return 1;
    if (s.compare(i, 2, "\xE2\x80") == 0 && i + 2 < s.size() && (unsigned char)s[i + 2] >= 0x90 &&
        (unsigned char)s[i + 2] <= 0x95)
        return 3;
    if (s.compare(i, 3, "\xE2\x88\x92") == 0 || s.compare(i, 3, "\xE2\x96\xB2") == 0 ||
        s.compare(i, 3, "\xE2\x96\xB3") == 0)
        return 3;
    return 0;
}

}  // namespace

// ▲ 3.5: a sign may stand apart from its number by spaces.
size_t spaces_at(const std::string& s, size_t i) {
    size_t n = 0;
    while (i + n < s.size() && s[i + n] == ' ') ++n;
    return n;
}

namespace {

// A number starts with a digit, or with a point before a digit (.5).
bool number_starts_at(const std::string& s, size_t i) {
    return is_digit_at(s, i) || (i < s.size() && s[i] == '.' && is_digit_at(s, i + 1));
}

}  // namespace

std::vector<NumberSpan> find_numbers(const std::string& s) {
    std::vector<NumberSpan> out;
    size_t i = 0;
    while (i < s.size()) {
        size_t start = i, sign = sign_length(s, i);
        bool neg = sign > 0 && s[i] != '+';
        // A dash between two numbers is a range (2021-2026), not the second one's sign.
        bool after_digit = start > 0 && is_digit_at(s, start - 1);
        if (sign > 0 && !after_digit && number_starts_at(s, i + sign + spaces_at(s, i + sign)))
            i += sign + spaces_at(s, i + sign);
        else
            neg = false;
        if (!number_starts_at(s, i)) {
            i = start + 1;
            continue;
        }
        std::string digits;
        int decimals = 0;
        bool in_fraction = false;
        if (s[i] == '.') digits = "0";  // .5 is 0.5; the loop below reads the point
        while (i < s.size()) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                digits += c;
                if (in_fraction) ++decimals;
                ++i;
            } else if (c == ',' && !in_fraction && is_thousands_group(s, i + 1)) {
                ++i;
            } else if (c == '.' && !in_fraction && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
                digits += '.';
                in_fraction = true;
                ++i;
            } else
                break;
        }
        size_t count = digits.size() - (in_fraction ? 1 : 0);
        out.push_back({start, i, digits, neg, decimals, count});
    }
    return out;
}

}  // namespace planpub
