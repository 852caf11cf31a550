// Years, months and periods as plans write them.
#pragma once
#include <string>

namespace planpub {

// A year as plans write it. Fiscal years (年度, April–March) are keyed by their
// starting calendar year; calendar years (年) are kept apart because they differ.
// Plain data, read by parse_year (text/era_year.hpp):
//   2020年9月末時点 → {2020, Calendar, month 9, end}      (a point: the end of a month)
//   令和2年3月, R2.3 → {2020, Calendar, month 3}           (a month: always a calendar month)
//   令和元年度末   → {2019, Fiscal, end}                   (a point: 2020-03-31)
//   2021～2026年度 → {2026, Fiscal, from 2021}             (a period, keyed by its last year)
//   2015～2019年累計 → {2019, Calendar, from 2015, Total}  (a total over the period)
struct Year {
    enum class Kind { Fiscal, Calendar };
    enum class Sum { None, Total, Average };  // what a period's value is: 累計 or 平均 (None: not said)
    int year = 0;
    Kind kind = Kind::Fiscal;
    std::string source;  // the text as written (令和8年度, R8, 2026年度 …)
    int month = 0;       // 1–12 when a month is written (a calendar month of `year`), 0 when none
    bool end = false;    // 末 / まで: the end of the month, or of the year when no month is written
    int from = 0;        // a period's first year (same kind); 0 when the year is not a period
    Sum sum = Sum::None;
};

// Where a year starts, in months from year 0: fiscal years in April, calendar years in January.
// Both kinds run twelve months, so one year ends after another exactly when it starts after it.
// A written month starts where it is (2020年9月 → month 8 of 2020); a period counts from its last
// year, the year its total or average is due; 末 does not move the start (年度末 is in its year).
inline int start_month(const Year& y) {
    if (y.month > 0) return y.year * 12 + y.month - 1;
    return y.year * 12 + (y.kind == Year::Kind::Fiscal ? 3 : 0);
}

struct Period {
    Year from;
    Year to;
};

}  // namespace planpub
