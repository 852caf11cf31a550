// Years, months, ends and periods as real plans write them (issue 13, item 3; docs/kpi.md "Years").
// Table-driven: each accepted form with what it must read as, and forms that must be refused.
#include <catch2/catch.hpp>

#include "text/era_year.hpp"

using namespace planpub;

namespace {
constexpr auto F = Year::Kind::Fiscal;
constexpr auto C = Year::Kind::Calendar;
constexpr auto None = Year::Sum::None;
constexpr auto Total = Year::Sum::Total;
constexpr auto Avg = Year::Sum::Average;
}  // namespace

TEST_CASE("year forms: points in time, years written twice and periods", "[text][year]") {
    struct Case {
        const char* text;
        int year;
        Year::Kind kind;
        int month;
        bool end;
        int from;
        Year::Sum sum;
        const char* shown;  // display_year
    };
    const Case cases[] = {
        // fiscal-year ends: the point at which FY2019 ends (2020-03-31)
        {"令和元年度末", 2019, F, 0, true, 0, None, "2019年度末（令和元年度末）"},
        {"R1年度末", 2019, F, 0, true, 0, None, "2019年度末（令和元年度末）"},
        {"平成31年度末", 2019, F, 0, true, 0, None, "2019年度末（令和元年度末）"},
        {"2025年度末", 2025, F, 0, true, 0, None, "2025年度末（令和7年度末）"},
        {"令和7年度末", 2025, F, 0, true, 0, None, "2025年度末（令和7年度末）"},
        // months: always a calendar month; 末 / まで is its end; 時点 says it is a point
        {"2020年9月末時点", 2020, C, 9, true, 0, None, "2020年9月末"},
        {"2020年9月", 2020, C, 9, false, 0, None, "2020年9月"},
        {"令和2年3月", 2020, C, 3, false, 0, None, "2020年3月"},
        {"R2.3", 2020, C, 3, false, 0, None, "2020年3月"},
        {"H31.3末", 2019, C, 3, true, 0, None, "2019年3月末"},
        {"H28.3", 2016, C, 3, false, 0, None, "2016年3月"},
        {"平成 32 年3月まで", 2020, C, 3, true, 0, None, "2020年3月末"},
        {"２０２０年１２月末", 2020, C, 12, true, 0, None, "2020年12月末"},
        {"2030年時点", 2030, C, 0, false, 0, None, "2030年"},
        // a year written twice: the halves agree
        {"2019年(R1)", 2019, C, 0, false, 0, None, "2019年"},
        {"令和元年（2019年）", 2019, C, 0, false, 0, None, "2019年"},
        {"2024年度（令和6年度）", 2024, F, 0, false, 0, None, "2024年度（令和6年度）"},
        {"2019年度(R1)", 2019, F, 0, false, 0, None, "2019年度（令和元年度）"},
        // 平成31年 is 令和元年
        {"平成31年", 2019, C, 0, false, 0, None, "2019年"},
        {"平成31年度", 2019, F, 0, false, 0, None, "2019年度（令和元年度）"},
        {"令和元年", 2019, C, 0, false, 0, None, "2019年"},
        // periods, keyed by their last year
        {"2021～2026年度", 2026, F, 0, false, 2021, None, "2021〜2026年度（令和3年度〜令和8年度）"},
        {"R3-R8", 2026, F, 0, false, 2021, None, "2021〜2026年度（令和3年度〜令和8年度）"},
        {"令和3～8年度", 2026, F, 0, false, 2021, None, "2021〜2026年度（令和3年度〜令和8年度）"},
        {"H30〜R2", 2020, F, 0, false, 2018, None, "2018〜2020年度（平成30年度〜令和2年度）"},
        {"R3-8", 2026, F, 0, false, 2021, None, "2021〜2026年度（令和3年度〜令和8年度）"},
        {"2015～2019年累計", 2019, C, 0, false, 2015, Total, "2015〜2019年の累計"},
        {"(2018〜2022年の累計)", 2022, C, 0, false, 2018, Total, "2018〜2022年の累計"},
        {"(2023〜2027年平均)", 2027, C, 0, false, 2023, Avg, "2023〜2027年の平均"},
        {"2021-2026年度平均", 2026, F, 0, false, 2021, Avg, "2021〜2026年度（令和3年度〜令和8年度）の平均"},
        // the forms read before stay as they were
        {"令和4年度", 2022, F, 0, false, 0, None, "2022年度（令和4年度）"},
        {"R4", 2022, F, 0, false, 0, None, "2022年度（令和4年度）"},
        {"FY2023", 2023, F, 0, false, 0, None, "2023年度（令和5年度）"},
        {"2023年", 2023, C, 0, false, 0, None, "2023年"},
        {"(2021年度)", 2021, F, 0, false, 0, None, "2021年度（令和3年度）"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto y = parse_year(c.text);
        REQUIRE(y);
        CHECK(y->year == c.year);
        CHECK(y->kind == c.kind);
        CHECK(y->month == c.month);
        CHECK(y->end == c.end);
        CHECK(y->from == c.from);
        CHECK(y->sum == c.sum);
        CHECK(display_year(*y) == c.shown);
        CHECK(y->source == c.text);
    }
}

TEST_CASE("year forms: 和暦 of points and periods", "[text][year]") {
    CHECK(wareki(*parse_year("2020年9月末時点")) == "令和2年9月末");
    CHECK(wareki(*parse_year("R1年度末")) == "令和元年度末");
    CHECK(wareki(*parse_year("H31.3")) == "平成31年3月");
    CHECK(wareki(*parse_year("2021～2026年度")) == "令和3年度〜令和8年度");
    CHECK(wareki(*parse_year("2015～2019年累計")) == "平成27年〜令和元年");
}

TEST_CASE("year forms: a month and a period order by where they start", "[text][year]") {
    // 2020年9月 starts after FY2020 (April) and before 2021年; FY2025's end is in FY2025.
    CHECK(start_month(*parse_year("2020年9月末時点")) > start_month(*parse_year("2020年度")));
    CHECK(start_month(*parse_year("2020年9月末時点")) < start_month(*parse_year("2021年")));
    CHECK(start_month(*parse_year("令和7年度末")) == start_month(*parse_year("令和7年度")));
    // a period is due in its last year
    CHECK(start_month(*parse_year("2021～2026年度")) == start_month(*parse_year("2026年度")));
}

TEST_CASE("year forms that are refused, with the reason where there is one", "[text][year]") {
    struct Bad {
        const char* text;
        const char* problem;  // "" when the text is no year at all
    };
    const Bad bad[] = {
        // written twice, the halves disagree: the message names both
        {"2019年(R2)", "\"2019年\" and \"R2\" are not the same year"},
        {"令和元年（2020年）", "\"令和元年\" and \"2020年\" are not the same year"},
        {"2024年度（令和5年度）", "\"2024年度\" and \"令和5年度\" are not the same year"},
        {"2024年度(令和6年)", "\"2024年度\" and \"令和6年\" are not the same kind of year"},
        // periods that do not make sense
        {"2026～2021年度", "the period does not end after it starts"},
        {"2021年～2026年度", "the period mixes 年度"},
        {"2019年累計", "累計 and 平均 are over a period"},
        // months and ends that are not
        {"2020年13月", ""}, {"2020年0月", ""}, {"R2.", ""}, {"R1末", ""}, {"2020年9月末～2021年3月", ""},
        {"2021～2026年度まで", ""}, {"KPI(平成32年3月まで)", ""}, {"本計画最終年度", ""}, {"2009~14年", ""},
        {"令和2年度3月", ""}, {"2020年9日", ""},
    };
    for (const Bad& b : bad) {
        INFO(b.text);
        std::string problem;
        CHECK_FALSE(parse_year(b.text, &problem));
        if (*b.problem) CHECK(problem.find(b.problem) == 0);
        else CHECK(problem.empty());
    }
}
