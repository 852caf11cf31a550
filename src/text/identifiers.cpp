#include "text/identifiers.hpp"

namespace planpub {

bool is_valid_id(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
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
