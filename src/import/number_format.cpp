#include "import/number_format.hpp"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <map>
#include <vector>

namespace planpub {

std::string builtin_number_format(int id) {
    // ECMA-376 Part 1, 18.8.30, with the ja-JP forms of the locale-dependent ids (27–36, 50–58).
    static const std::map<int, std::string> codes = {{0, "General"},
                                                     {1, "0"},
                                                     {2, "0.00"},
                                                     {3, "#,##0"},
                                                     {4, "#,##0.00"},
                                                     {9, "0%"},
                                                     {10, "0.00%"},
                                                     {11, "0.00E+00"},
                                                     {12, "# ?/?"},
                                                     {13, "# ??/??"},
                                                     {14, "yyyy/m/d"},
                                                     {15, "d-mmm-yy"},
                                                     {16, "d-mmm"},
                                                     {17, "mmm-yy"},
                                                     {18, "h:mm AM/PM"},
                                                     {19, "h:mm:ss AM/PM"},
                                                     {20, "h:mm"},
                                                     {21, "h:mm:ss"},
                                                     {22, "yyyy/m/d h:mm"},
                                                     {37, "#,##0 ;(#,##0)"},
                                                     {38, "#,##0 ;(#,##0)"},
                                                     {39, "#,##0.00;(#,##0.00)"},
                                                     {40, "#,##0.00;(#,##0.00)"},
                                                     {45, "mm:ss"},
                                                     {46, "[h]:mm:ss"},
                                                     {47, "mmss.0"},
                                                     {48, "##0.0E+0"},
                                                     {49, "@"}};
    if (auto it = codes.find(id); it != codes.end()) return it->second;
    if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return "yyyy\"年\"m\"月\"d\"日\"";
    return {};
}

CellDate date_of_serial(double serial, bool date1904) {
    // Excel's dates run from serial 0 to 2,958,465 (9999-12-31); a number outside is no date it shows.
    long days = static_cast<long>(std::floor(std::isfinite(serial) ? std::min(std::max(serial, 0.0), 2958465.0) : 0));
    // Days since 1970-01-01 (the 1904 system counts from 1904-01-01, day -24107). Excel's 1900
    // system counts a 29 February 1900 that never was (serial 60): serials from 61 on are one day ahead.
    long z = date1904 ? days - 24107 : (days >= 61 ? days - 25569 : days - 25568);
    z += 719468;  // civil_from_days (H. Hinnant)
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    CellDate d;
    d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

std::string general_number(double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    std::string s = buf;
    if (s.find('e') != std::string::npos && std::fabs(value) >= 1 && std::fabs(value) < 1e21) {
        std::snprintf(buf, sizeof buf, "%.0f", value);
        s = buf;
    }
    return s == "-0" ? "0" : s;
}

namespace {

struct Section {
    std::string prefix, suffix;  // literal text around the number
    int min_decimals = 0, max_decimals = 0;
    bool grouping = false, percent = false, has_digits = false, scientific = false, date = false, text = false;
    int scale_commas = 0;  // #,##0, : thousands
};

// Splits a format code into its sections and reads each: literals (quoted, escaped or plain
// punctuation), digit placeholders, % and date tokens. Colours, locales ([Red], [$-411]) are dropped.
Section read_section(const std::string& code) {
    Section s;
    bool in_decimals = false;
    int pending_commas = 0;
    std::string literal;  // text since the last digit placeholder
    for (size_t i = 0; i < code.size(); ++i) {
        char c = code[i];
        if (c == '"') {
            size_t j = code.find('"', i + 1);
            if (j == std::string::npos) j = code.size();
            literal += code.substr(i + 1, j - i - 1);
            i = j;
        } else if (c == '\\' && i + 1 < code.size()) {
            literal += code[++i];
        } else if (c == '[') {
            size_t j = code.find(']', i);
            std::string inner = code.substr(i + 1, (j == std::string::npos ? code.size() : j) - i - 1);
            if (!inner.empty() && (inner[0] == 'h' || inner[0] == 'm' || inner[0] == 's')) s.date = true;
            i = j == std::string::npos ? code.size() : j;
        } else if (c == '_' || c == '*') {
            ++i;  // padding and fill: no visible text of their own
        } else if (c == '0' || c == '#' || c == '?') {
            if (s.has_digits && !literal.empty()) s.scientific = true;  // 0 0/0, 000-0000: not one number
            if (!s.has_digits) s.prefix = literal;
            literal.clear();
            s.has_digits = true;
            if (pending_commas) s.grouping = true;
            pending_commas = 0;
            if (in_decimals) {
                if (s.max_decimals < 30) ++s.max_decimals;  // beyond what a double holds
                if (c == '0' && s.min_decimals < 30) ++s.min_decimals;
            }
        } else if (c == '.' && s.has_digits && literal.empty() && !in_decimals) {
            in_decimals = true;
        } else if (c == ',' && s.has_digits && literal.empty()) {
            ++pending_commas;
        } else if ((c == 'E' || c == 'e') && i + 1 < code.size() && (code[i + 1] == '+' || code[i + 1] == '-')) {
            s.scientific = true;
            ++i;
        } else if (std::string("yYmMdDgGhHsSeE").find(c) != std::string::npos) {
            s.date = true;  // e: the era year (和暦)
        } else if (c == '@') {
            s.text = true;
        } else {
            if (c == '%') s.percent = true;
            literal += c;
        }
    }
    if (s.has_digits)
        s.suffix = literal;
    else
        s.prefix = literal;
    s.scale_commas = pending_commas;
    return s;
}

std::vector<std::string> split_sections(const std::string& code) {
    std::vector<std::string> out(1);
    for (size_t i = 0; i < code.size(); ++i) {
        if (code[i] == '"') {
            size_t j = code.find('"', i + 1);
            if (j == std::string::npos) j = code.size() - 1;
            out.back() += code.substr(i, j - i + 1);
            i = j;
        } else if (code[i] == '\\' && i + 1 < code.size()) {
            out.back() += code.substr(i++, 2);
        } else if (code[i] == ';') {
            out.emplace_back();
        } else {
            out.back() += code[i];
        }
    }
    return out;
}

std::string digits(double v, const Section& s) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", s.max_decimals, v);
    std::string t = buf;
    size_t dot = t.find('.');
    if (dot != std::string::npos) {
        size_t keep = dot + 1 + static_cast<size_t>(s.min_decimals);
        while (t.size() > keep && t.back() == '0') t.pop_back();
        if (t.back() == '.') t.pop_back();
    }
    if (s.grouping) {
        size_t end = t.find('.');
        if (end == std::string::npos) end = t.size();
        for (size_t k = end; k > 3; k -= 3) t.insert(k - 3, ",");
    }
    return t;
}

}  // namespace

NumberDisplay format_number(double value, const std::string& code, bool date1904) {
    NumberDisplay d;
    if (code.empty() || code == "General" || code == "@") {
        d.text = general_number(value);
        return d;
    }
    std::vector<std::string> sections = split_sections(code);
    const std::string* chosen = &sections[0];
    bool negative = value < 0;
    if (negative && sections.size() >= 2) {
        chosen = &sections[1];
        value = -value;
        negative = false;  // the section writes its own sign, or none
    } else if (value == 0 && sections.size() >= 3) {
        chosen = &sections[2];
    }
    Section s = read_section(*chosen);
    if (s.date && !s.has_digits) {
        d.is_date = true;
        d.date = date_of_serial(value, date1904);
        d.says_fiscal = chosen->find("年度") != std::string::npos;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.date.year, d.date.month, d.date.day);
        d.text = buf;
        return d;
    }
    if (!s.has_digits || s.scientific || s.text) {
        d.text = (negative ? "-" : "") + general_number(std::fabs(value));
        return d;
    }
    double v = std::fabs(value);
    if (s.percent) v *= 100;
    for (int k = 0; k < s.scale_commas; ++k) v /= 1000;
    std::string num = digits(v, s);
    bool zero = num.find_first_not_of("0.,") == std::string::npos;
    d.text = (negative && !zero ? "-" : "") + s.prefix + num + s.suffix;
    return d;
}

}  // namespace planpub
