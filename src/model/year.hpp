// Years and periods as plans write them.
#pragma once
#include <string>

namespace planpub {

// A year as plans write it. Fiscal years (年度, April–March) are keyed by their
// starting calendar year; calendar years (年) are kept apart because they differ.
struct Year {
    enum class Kind { Fiscal, Calendar };
    int year = 0;
    Kind kind = Kind::Fiscal;
    std::string source;  // the text as written (令和8年度, R8, 2026年度 …)
};

// Where a year starts, in months from year 0: fiscal years in April, calendar years in January.
// Both kinds run twelve months, so one year ends after another exactly when it starts after it.
inline int start_month(const Year& y) { return y.year * 12 + (y.kind == Year::Kind::Fiscal ? 3 : 0); }

struct Period {
    Year from;
    Year to;
};

}  // namespace planpub
