// Import stage: a number cell as Excel shows it, from its number format (styles.xml numFmts or a
// built-in id): 1,200 for #,##0, 45.5% for 0.0%, 1,200人 for #,##0"人", whole numbers without .0;
// date formats give the date of the serial, for the caller to turn into a year.
#pragma once
#include <string>

namespace planpub {

struct CellDate {
    int year = 0, month = 0, day = 0;
};

struct NumberDisplay {
    std::string text;
    bool is_date = false;
    CellDate date;
    bool says_fiscal = false;  // the format writes 年度 itself (ggge"年度"): the date's own year is the 年度
};

// The code of a built-in number format id (0 General, 3 #,##0, 14 a date …); empty when unknown.
std::string builtin_number_format(int id);
// The serial as a date (1900 date system, or 1904 when the workbook says so).
CellDate date_of_serial(double serial, bool date1904);
NumberDisplay format_number(double value, const std::string& code, bool date1904);
// General: up to 15 significant digits, no trailing zeros, no exponent for KPI-sized numbers.
std::string general_number(double value);

}  // namespace planpub
