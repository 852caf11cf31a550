#include "text/identifiers.hpp"

namespace planpub {

bool is_valid_id(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

bool is_language_tag(std::string_view s) {
    size_t part = 0, len = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '-') {
            if (len == 0 || len > 8 || (part == 0 && len < 2)) return false;
            ++part;
            len = 0;
            continue;
        }
        char c = s[i];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && !(part > 0 && c >= '0' && c <= '9')) return false;
        ++len;
    }
    return true;
}

int local_government_check_digit(std::string_view d) {
    int sum = 0;
    for (int i = 0; i < 5; ++i) sum += (6 - i) * (d[i] - '0');
    return (11 - sum % 11) % 10;
}

bool is_valid_local_government_code(std::string_view code) {
    if (code.size() != 6) return false;
    for (char c : code)
        if (c < '0' || c > '9') return false;
    return local_government_check_digit(code) == code[5] - '0';
}

}  // namespace planpub
