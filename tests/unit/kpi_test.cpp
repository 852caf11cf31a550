// Tests for KPI reading (src/parse/kpi_*), progress (src/link/kpi_progress) and rendering.
#include <catch2/catch.hpp>

#include "load/theme_files.hpp"
#include "render/templates.hpp"

#include "link/kpi_progress.hpp"
#include "parse/csv_table.hpp"
#include "parse/kpi_figures.hpp"
#include "parse/kpi_table.hpp"
#include "render/kpi_html.hpp"
#include "vocab/figures.hpp"

using namespace planpub;

static KpiFigure fig(const std::string& cell, const std::string& unit, std::string* problem = nullptr) {
    std::optional<FigureProblem> p;
    KpiFigure f = read_figure(cell, unit, p);
    if (problem) *problem = p ? p->code : "";
    return f;
}

TEST_CASE("figures: full-width, separators, units, wording", "[kpi][figure]") {
    struct Case {
        const char* cell;
        const char* unit;
        double number;
        int decimals;
        const char* wording;
    };
    const Case cases[] = {
        {"２８．１％", "%", 28.1, 1, ""}, {"784 件", "件", 784, 0, ""}, {"1,200", "人", 1200, 0, ""},
        {"40.0%", "%", 40.0, 1, ""},      {"全3校", "校", 3, 0, "全"}, {"5年間で250件", "件", 250, 0, "5年間で"},
        {"－５", "", -5, 0, ""},           {"12.4", "%", 12.4, 1, ""},  {"24名", "名", 24, 0, ""},
        {"1,234,567円", "円", 1234567, 0, ""},
        // Signs and points that used to be dropped: the published 値 read 5 for .5 and 3 for △3.
        {".5", "", 0.5, 1, ""},           {"-.5", "%", -0.5, 1, ""},   {"△3", "", -3, 0, ""},
        {"▲3.5", "%", -3.5, 1, ""},       {"△１，２００人", "人", -1200, 0, ""}, {"+2.0%", "%", 2.0, 1, ""},
        {"−0.25", "", -0.25, 2, ""},      {"約.8", "", 0.8, 1, "約"},
    };
    for (const Case& c : cases) {
        INFO(c.cell);
        std::string problem;
        KpiFigure f = fig(c.cell, c.unit, &problem);
        CHECK(problem.empty());
        REQUIRE(f.number);
        CHECK(*f.number == Approx(c.number));
        CHECK(f.decimals == c.decimals);
        CHECK(f.wording == c.wording);
    }
}

TEST_CASE("figures that are not numbers keep their words", "[kpi][figure]") {
    CHECK(fig("未策定", "").wording == "未策定");
    CHECK_FALSE(fig("未策定", "").number);
    CHECK_FALSE(fig("2024年度（令和6年度）中の計画策定", "").number);
    CHECK(fig("↑", "%").arrow == Direction::Increase);
    CHECK(fig("↓", "%").arrow == Direction::Decrease);
    CHECK(fig("基準値を維持", "%").maintain);
    CHECK(fig("", "%").empty());
}

TEST_CASE("a unit in the value that differs from the declared unit is an error", "[kpi][figure]") {
    std::string problem;
    fig("28.1件", "%", &problem);
    CHECK(problem == "kpi.unit-mismatch");
    fig("5施設", "校", &problem);
    CHECK(problem == "kpi.unit-mismatch");
    fig("40％", "%", &problem);  // full-width % is the same unit
    CHECK(problem.empty());
}

TEST_CASE("scaled units are converted exactly into the declared unit", "[kpi][figure]") {
    struct Case {
        const char* cell;
        const char* unit;
        double number;
        int decimals;
        const char* shown;
    };
    const Case cases[] = {
        {"2,205千人", "人", 2205000, 0, "2,205,000人"},     {"220.5万人", "人", 2205000, 0, "2,205,000人"},
        {"1.5万", "人", 15000, 0, "15,000人"},               {"3億", "円", 300000000, 0, "300,000,000円"},
        {"3億円", "円", 300000000, 0, "300,000,000円"},     {"1.25百万円", "千円", 1250, 0, "1,250千円"},
        {"2,205", "千人", 2205, 0, "2,205千人"},             {"2,205千人", "千人", 2205, 0, "2,205千人"},
        {"2,205人", "千人", 2.205, 3, "2.205千人"},          {"2,205,500人", "千人", 2205.5, 1, "2,205.5千人"},
        {"0.5千人", "人", 500, 0, "500人"},                  {"12.345万t", "t", 123450, 0, "123,450t"},
        {"1.23456万人", "人", 12345.6, 1, "12,345.6人"},     {"▲1.5万人", "人", -15000, 0, "-15,000人"},
        {"100万人以上", "人", 1000000, 0, "1,000,000人以上"}, {"1.5万", "", 15000, 0, "15,000"},
    };
    for (const Case& c : cases) {
        INFO(c.cell << " in " << c.unit);
        std::string problem;
        KpiFigure f = fig(c.cell, c.unit, &problem);
        CHECK(problem.empty());
        REQUIRE(f.number);
        CHECK(*f.number == c.number);  // exact: decimal shifting, no floating-point drift
        CHECK(f.decimals == c.decimals);
        CHECK(display_figure(f, c.unit) == c.shown);
    }
    // Different quantities stay an error, and the hint proposes no number (so no magnitude change).
    std::optional<FigureProblem> p;
    read_figure("2,205千件", "人", p);
    REQUIRE(p);
    CHECK(p->code == "kpi.unit-mismatch");
    CHECK(p->hint.find("2,205") == std::string::npos);
    CHECK(p->hint.find("2205") == std::string::npos);
    std::optional<FigureProblem> big;
    read_figure("99,999,999,999,999億円", "円", big);  // 23 digits once converted into 円
    REQUIRE(big);
    CHECK(big->code == "kpi.number-too-long");
}

TEST_CASE("every minus look-alike is the sign, never dropped", "[kpi][figure]") {
    for (const char* cell : {"-3", "\u2010" "3", "\u2011" "3", "\u2012" "3", "\u2013" "3", "\u2014" "3", "\u2015" "3",
                             "\u2212" "3", "\uFF0D" "3", "\uFE63" "3", "\u25B2" "3", "\u25B3" "3", "\u25B2 3", "\u25B3\u30003"}) {
        INFO(cell);
        KpiFigure f = fig(cell, "");
        REQUIRE(f.number);
        CHECK(*f.number == -3);
    }
    CHECK_FALSE(fig("2021-2026", "").number);  // a range, not -2026
}

TEST_CASE("a cell with a number that is not read as a figure is a warning, not silently text", "[kpi][figure]") {
    auto warned = [](const std::string& cell) {
        std::optional<FigureProblem> p;
        read_figure(cell, "件", p);
        return p && p->warning && p->code == "kpi.figure-as-text";
    };
    // Not (yet) read as figures: each is published as text, so the user is told.
    CHECK(warned("25件(2009～14年)"));  // a total or an average over those years? not said
    CHECK(warned("100件又は150件"));
    CHECK(warned("20件増"));
    // Text whose digits are dates or ordinals is qualitative on purpose: no warning.
    CHECK_FALSE(warned("2024年度（令和6年度）中の計画策定"));
    CHECK_FALSE(warned("第2期計画の策定"));
    CHECK_FALSE(warned("R7年度までに実施"));
    CHECK_FALSE(warned("未策定"));
    CHECK_FALSE(warned("2020年9月末までに開始"));
}

TEST_CASE("a KPI without a unit column: its figures must agree", "[kpi][figure]") {
    SourceFile f{true, "kpi.csv",
                 "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
                 "a,1,新規就農者数,,1.4人/年,R1,4組/年,R6\n"
                 "b,1,移住者数,,2千人,R1,\"3,000人以上\",R6\n"};
    Diagnostics diags;
    std::vector<Kpi> kpis = parse_kpi_csv(f, "", nullptr, diags, nullptr);
    REQUIRE(kpis.size() == 2);
    auto sorted = diags.sorted();
    REQUIRE(sorted.size() == 1);  // only the first KPI: 2千人 and 3,000人以上 are both 人
    CHECK(sorted[0].code == "kpi.unit-mismatch");
    CHECK(sorted[0].where.line == 2);
    CHECK(sorted[0].where.column == 23);
    CHECK(sorted[0].message == "target \"4組/年\" says 組/年 but the baseline \"1.4人/年\" says 人/年");
    CHECK(*kpis[1].baseline.number == 2000);
}

TEST_CASE("totals and averages over a period, bounds and yearly levels", "[kpi][figure]") {
    using Span = KpiFigure::Span;
    struct Case {
        const char* cell;
        double number;
        Span span;
        int years, from, to;
        const char* shown;
    };
    const Case cases[] = {
        {"120件（2021～2026年度累計）", 120, Span::Total, 0, 2021, 2026, "120件（2021～2026年度累計）"},
        {"5件(5年間)", 5, Span::Total, 5, 0, 0, "5件(5年間)"},
        {"1,500人(5年間)", 1500, Span::Total, 5, 0, 0, "1,500人(5年間)"},
        {"1,890人（2021～2026年度平均）", 1890, Span::Average, 0, 2021, 2026, "1,890人（2021～2026年度平均）"},
        {"610人(期間平均)", 610, Span::Average, 0, 0, 0, "610人(期間平均)"},
        {"年平均1,890人", 1890, Span::Average, 0, 0, 0, "年平均1,890人"},
        {"300人（R3～R7累計）", 300, Span::Total, 0, 2021, 2025, "300人（R3～R7累計）"},
        {"毎年100件", 100, Span::None, 0, 0, 0, "毎年100件"},
        {"年間100件以上", 100, Span::None, 0, 0, 0, "年間100件以上"},
    };
    for (const Case& c : cases) {
        INFO(c.cell);
        std::string problem;
        KpiFigure f = fig(c.cell, "件", &problem);
        if (std::string(c.cell).find("人") != std::string::npos) f = fig(c.cell, "人", &problem);
        CHECK(problem.empty());
        REQUIRE(f.number);
        CHECK(*f.number == c.number);
        CHECK(f.span == c.span);
        CHECK(f.span_years == c.years);
        CHECK(f.span_from == c.from);
        CHECK(f.span_to == c.to);
        CHECK(display_figure(f, std::string(c.cell).find("人") != std::string::npos ? "人" : "件") == c.shown);
    }
    CHECK(fig("年間100件以上", "件").bound == Direction::Increase);
    CHECK(fig("10%未満", "%").bound == Direction::Decrease);
    CHECK(fig("5件超", "件").bound == Direction::Increase);
}

TEST_CASE("numbers are shown with separators and their decimals", "[kpi][figure]") {
    CHECK(format_number(1200, 0) == "1,200");
    CHECK(format_number(40, 1) == "40.0");
    CHECK(format_number(-1234.5, 1) == "-1,234.5");
    CHECK(format_number(999, 0) == "999");
    KpiFigure f = fig("全3校", "校");
    CHECK(display_figure(f, "校") == "全3校");
    CHECK(display_figure(fig("5年間で250件", "件"), "件") == "5年間で250件");
}

TEST_CASE("CSV: quoted fields, positions, CRLF, BOM", "[kpi][csv]") {
    std::string text = "\xEF\xBB\xBFid,name\r\na,\"x, \"\"y\"\"\nz\"\r\nb,c\r\n";
    Diagnostics d;
    REQUIRE(decode_csv_text(text, "k.csv", "", d));
    CsvTable t;
    REQUIRE(parse_csv(text, "k.csv", t, d));
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[1].fields[1].text == "x, \"y\"\nz");
    CHECK(t.records[1].line == 2);
    CHECK(t.records[1].fields[1].column == 4);  // the text after the quote
    CHECK(t.records[2].line == 4);
}

TEST_CASE("CSV: CR alone ends a record and a line (Excel for Mac), inside quotes too", "[kpi][csv]") {
    std::string text = "id,name\ra,\"x\ry\"\rb,\"z\"\r\n\rc,w\r";
    Diagnostics d;
    CsvTable t;
    REQUIRE(parse_csv(text, "k.csv", t, d));
    REQUIRE(t.records.size() == 4);
    CHECK(t.records[1].fields[1].text == "x\ry");
    CHECK(t.records[2].line == 4);
    CHECK(t.records[2].fields[1].column == 4);
    CHECK(t.records[3].line == 6);
}

TEST_CASE("CSV: Shift_JIS is decoded, bytes that are neither are an error with the offset", "[kpi][csv]") {
    std::string sjis = "id,name\n" "a,\x93\x64\x8E\x71\x90\x5C\x90\xBF\n";  // 電子申請
    Diagnostics d;
    REQUIRE(decode_csv_text(sjis, "k.csv", "", d));
    CHECK(sjis.find("電子申請") != std::string::npos);
    std::string bad = "id,name\na,\xFF\xFF\n";
    Diagnostics d2;
    CHECK(decode_csv_text(bad, "k.csv", "", d2));  // the row is reported, the file still read
    REQUIRE(d2.has_errors());
    CHECK(d2.sorted()[0].message.find("(byte 10)") != std::string::npos);
    CHECK(d2.sorted()[0].where.line == 2);
}

static std::vector<Kpi> kpis_from(const std::string& csv, Diagnostics& d) {
    std::vector<Goal> goals(2);
    goals[0].number = 1;
    goals[1].number = 2;
    return parse_kpi_csv({true, "p/kpi.csv", csv}, "", &goals, d);
}

TEST_CASE("kpi.csv with Japanese headers, era years and kinds", "[kpi][table]") {
    Diagnostics d;
    auto kpis = kpis_from(
        "KPI_ID,基本目標,指標名,単位,基準値,基準年度,目標値,目標年度\n"
        "a-1,1,登録率,%,２８．１％,令和2年度,35.7,R6\n"
        "a-2,2,件数,件,\"1,200\",2023年,5年間で250件,R6\n"
        "a-3,,満足度,%,40.0,2024年,↑,\n"
        "a-4,,計画,,未策定,R4,2024年度（令和6年度）中の計画策定,R6\n"
        "a-5,2,利用率,%,96,R4,基準値を維持,R6\n",
        d);
    INFO((d.has_errors() ? format_diagnostic(d.sorted()[0]) : ""));
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(kpis.size() == 5);
    CHECK(*kpis[0].baseline.number == Approx(28.1));
    CHECK(kpis[0].baseline_year->year == 2020);
    CHECK(kpis[0].baseline_year->kind == Year::Kind::Fiscal);
    CHECK(kpis[0].target_kind == TargetKind::Level);
    CHECK(kpis[0].direction == Direction::Increase);
    CHECK(*kpis[1].baseline.number == 1200);
    CHECK(kpis[1].baseline_year->kind == Year::Kind::Calendar);
    CHECK(kpis[1].target_kind == TargetKind::Cumulative);
    CHECK(kpis[1].cumulative_years == 5);
    CHECK(kpis[2].target_kind == TargetKind::Direction);
    CHECK(kpis[2].direction == Direction::Increase);
    CHECK(kpis[3].target_kind == TargetKind::Qualitative);
    CHECK(kpis[4].target_kind == TargetKind::Maintain);
    CHECK(kpis[4].direction == Direction::Maintain);
}

TEST_CASE("kpi.csv errors: each at its line and column", "[kpi][table]") {
    Diagnostics d;
    kpis_from(
        "id,goal,name,unit,baseline,baseline_year,target\n"
        "a,1,率,%,28.1件,R2,30\n"
        "a,1,重複,%,1,R2,2\n"
        "b,7,目標なし,%,1,R2,2\n"
        "c,1,年,%,1,来年,2\n"
        "d,1,列,%,1\n"
        "e,1,数,%,1,R2,たくさん,level\n",
        d);
    auto at = [&](const char* code) {
        const Diagnostic* x = d.find(code);
        return x ? std::to_string(x->where.line) + ":" + std::to_string(x->where.column) : std::string("none");
    };
    CHECK(at("kpi.unit-mismatch") == "2:9");
    CHECK(at("kpi.duplicate-id") == "3:1");
    CHECK(at("kpi.unknown-goal") == "4:3");
    CHECK(at("year.unknown-form") == "5:11");
    CHECK(at("csv.field-count") == "6:1");
    CHECK(at("csv.field-count") != "none");
}

TEST_CASE("a target year must come after the baseline year, kinds compared by when they start", "[kpi][table]") {
    auto error_at = [](const std::string& baseline_year, const std::string& target_year) {
        Diagnostics d;
        kpis_from("id,name,baseline_year,target_year\nk,x," + baseline_year + "," + target_year + "\n", d);
        const Diagnostic* x = d.find("kpi.target-before-baseline");
        return x ? std::to_string(x->where.line) + ":" + std::to_string(x->where.column) : std::string("none");
    };
    CHECK(error_at("R9", "R4") == "2:8");     // exchanged
    CHECK(error_at("R5", "2023年度") == "2:8");  // the same fiscal year
    CHECK(error_at("2023年", "2023") == "2:11");  // the same calendar year
    CHECK(error_at("R4", "R9") == "none");
    CHECK(error_at("2023年", "FY2023") == "none");   // April 2023 starts after January 2023
    CHECK(error_at("FY2023", "2023年") == "2:12");  // due December 2023, before FY2023 ends
    CHECK(error_at("FY2023", "2024年") == "none");
    CHECK(error_at("2023年", "FY2022") == "2:11");
    CHECK(error_at("", "R4") == "none");
}

TEST_CASE("progress: the straight path counts fiscal and calendar years from where they start", "[kpi][progress]") {
    auto number = [](double v) {
        KpiFigure f;
        f.source = std::to_string(v);
        f.number = v;
        return f;
    };
    Kpi k;
    k.baseline = number(0);
    k.target = number(51);
    k.baseline_year = Year{2023, Year::Kind::Calendar, ""};  // January 2023
    k.target_year = Year{2027, Year::Kind::Fiscal, ""};      // April 2027: 51 months on
    Observation o;
    o.year = {2025, Year::Kind::Fiscal, ""};  // April 2025: 27 months on, so 27 is on the path
    o.value = number(27);
    k.observations = {o};
    CHECK(evaluate_progress(k).status == ProgressStatus::OnTrack);
    k.observations[0].value = number(26);
    CHECK(evaluate_progress(k).status == ProgressStatus::NeedsEffort);
    k.target_year = Year{2022, Year::Kind::Fiscal, ""};  // reported by kpi.csv: no path, and it says why
    CHECK(evaluate_progress(k).reason.find("目標年度が基準年度より後でないため") != std::string::npos);
}

TEST_CASE("kpi-values.csv: observations, unknown KPI, non-number", "[kpi][values]") {
    Diagnostics d;
    auto kpis = kpis_from("id,goal,name,unit,baseline,baseline_year,target,target_year\nx,1,率,%,10,R2,20,R6\n", d);
    parse_kpi_values_csv({true, "p/kpi-values.csv",
                          "kpi,year,value,note\nx,R4,16.5,\nx,R3,12,\nnope,R4,1,\nx,R5,多い,\n"},
                         "", kpis, d);
    REQUIRE(kpis[0].observations.size() == 2);
    CHECK(kpis[0].observations[0].year.year == 2021);  // sorted
    CHECK(d.find("kpi.unknown-kpi")->where.line == 4);
    CHECK(d.find("kpi.not-a-number")->where.line == 5);
}

TEST_CASE("progress: straight path, achieved, cumulative, maintain, direction, none", "[kpi][progress]") {
    Kpi k;
    k.unit = "%";
    k.baseline.number = 10;
    k.baseline.source = "10";
    k.baseline_year = Year{2020, Year::Kind::Fiscal, ""};
    k.target.number = 20;
    k.target.source = "20";
    k.target_year = Year{2024, Year::Kind::Fiscal, ""};
    k.direction = Direction::Increase;
    CHECK(evaluate_progress(k).status == ProgressStatus::NotEvaluated);
    Observation o;
    o.year = {2022, Year::Kind::Fiscal, ""};
    o.value.number = 15;  // the straight path says 15 by 2022
    o.value.source = "15";
    k.observations = {o};
    CHECK(evaluate_progress(k).status == ProgressStatus::OnTrack);
    k.observations[0].value.number = 14;
    Progress p = evaluate_progress(k);
    CHECK(p.status == ProgressStatus::NeedsEffort);
    CHECK(p.reason.find("目安 15%") != std::string::npos);
    k.observations[0].value.number = 21;
    CHECK(evaluate_progress(k).status == ProgressStatus::Achieved);

    // An observed 19.6 below a target of 20 reads as 19.6, not as a rounded 20 that "has not reached 20".
    Kpi close = k;
    close.observations[0].year.year = 2024;
    close.observations[0].value.number = 19.6;
    close.observations[0].value.decimals = 1;
    Progress near = evaluate_progress(close);
    CHECK(near.status == ProgressStatus::NeedsEffort);
    CHECK(near.reason.find("実績 19.6%") != std::string::npos);
    CHECK(near.reason.find("目安 20.0%") != std::string::npos);

    Kpi down = k;  // fewer accidents is better
    down.direction = Direction::Decrease;
    down.baseline.number = 100;
    down.target.number = 80;
    down.observations[0].value.number = 95;
    CHECK(evaluate_progress(down).status == ProgressStatus::NeedsEffort);  // path says 90
    down.observations[0].value.number = 85;
    CHECK(evaluate_progress(down).status == ProgressStatus::OnTrack);

    // The guide gets decimals where rounding would show it equal to the value (41 → 30 by 2028: 38.8 in 2024).
    Kpi guide = down;
    guide.baseline.number = 41;
    guide.target.number = 30;
    guide.baseline_year = Year{2020, Year::Kind::Fiscal, ""};
    guide.target_year = Year{2030, Year::Kind::Fiscal, ""};
    guide.observations[0].year.year = 2022;
    guide.observations[0].value.number = 39;
    guide.observations[0].value.decimals = 0;
    Progress g = evaluate_progress(guide);
    CHECK(g.status == ProgressStatus::NeedsEffort);
    CHECK(g.reason.find("実績 39%") != std::string::npos);
    CHECK(g.reason.find("目安 38.8%") != std::string::npos);

    // Maintaining a lower figure: a rise is 要努力 and said as a rise.
    Kpi keep_low = down;
    keep_low.target_kind = TargetKind::Maintain;
    keep_low.target.number.reset();
    keep_low.baseline.number = 300;
    keep_low.observations[0].value.number = 310;
    Progress kl = evaluate_progress(keep_low);
    CHECK(kl.status == ProgressStatus::NeedsEffort);
    CHECK(kl.reason.find("基準値を上回っています") != std::string::npos);
    CHECK(kl.reason.find("下回") == std::string::npos);

    // 0人 → 0人 with no direction: neither better nor worse can be told, so not judged (5 is not 達成).
    Kpi flat = k;
    flat.direction = Direction::None;
    flat.baseline.number = 0;
    flat.target.number = 0;
    flat.observations[0].value.number = 5;
    CHECK(evaluate_progress(flat).status == ProgressStatus::NotEvaluated);

    // A cumulative ceiling (direction decrease): over it is 要努力, never 達成.
    Kpi cap = k;
    cap.direction = Direction::Decrease;
    cap.target_kind = TargetKind::Cumulative;
    cap.target.number = 10;
    cap.cumulative_years = 5;
    cap.observations[0].value.number = 12;
    Progress c = evaluate_progress(cap);
    CHECK(c.status == ProgressStatus::NeedsEffort);
    CHECK(c.reason.find("上限を超えています") != std::string::npos);
    cap.observations[0].value.number = 4;
    CHECK(evaluate_progress(cap).status == ProgressStatus::OnTrack);

    Kpi cum = k;
    cum.target_kind = TargetKind::Cumulative;
    cum.target.number = 250;
    cum.cumulative_years = 5;
    cum.observations = {o, o};
    cum.observations[0].year.year = 2021;
    cum.observations[0].value.number = 50;
    cum.observations[1].value.number = 60;  // 110 after 2 years; the pace says 100
    CHECK(evaluate_progress(cum).status == ProgressStatus::OnTrack);

    Kpi keep = k;
    keep.target_kind = TargetKind::Maintain;
    keep.direction = Direction::Maintain;
    keep.observations[0].value.number = 9;
    CHECK(evaluate_progress(keep).status == ProgressStatus::NeedsEffort);

    Kpi qual = k;
    qual.target_kind = TargetKind::Qualitative;
    CHECK(evaluate_progress(qual).status == ProgressStatus::NotEvaluated);
}

TEST_CASE("KPI rendering: table with words, chart with role img and a data table", "[kpi][render]") {
    Diagnostics d;
    auto kpis = kpis_from("id,goal,name,unit,baseline,baseline_year,target,target_year\nx,1,LED化率,%,12.4,R4,35.7,R6\n"
                          "y,1,未定,,,,,\n", d);
    for (auto& k : kpis) k.progress = evaluate_progress(k);
    Diagnostics td;
    Templates templates(load_theme_files("", "", td), td);
    std::string table = render_kpi_table(templates, {&kpis[0], &kpis[1]}, "KPI", "");
    CHECK(table.find("12.4%（2022年度（令和4年度））") != std::string::npos);
    CHECK(table.find("35.7%（2024年度（令和6年度））") != std::string::npos);
    CHECK(table.find("未評価") != std::string::npos);
    std::string detail = render_kpi_detail(templates, kpis[0], 3);
    // One name (the title) and a description that does not repeat it (issue 17 item 6).
    CHECK(detail.find("role=\"img\" aria-labelledby=\"kpi-chart-x-t\" aria-describedby=\"kpi-chart-x-d\"") != std::string::npos);
    CHECK(detail.find("<desc id=\"kpi-chart-x-d\">基準値 ") != std::string::npos);
    // No scroll regions: the tables stack on phones (issue 17 item 10).
    CHECK(detail.find("role=\"region\"") == std::string::npos);
    CHECK(table.find("role=\"region\"") == std::string::npos);
    CHECK(table.find("<td data-label=\"目標値（年度）\">35.7%") != std::string::npos);
    CHECK(detail.find("<title id=\"kpi-chart-x-t\">") != std::string::npos);
    CHECK(detail.find("<caption>LED化率の数値</caption>") != std::string::npos);
    std::string none = render_kpi_detail(templates, kpis[1], 3);
    CHECK(none.find("<svg") == std::string::npos);
    CHECK(none.find("まだありません") != std::string::npos);
    CHECK(none.find(">0<") == std::string::npos);
}

TEST_CASE("chart grid lines sit where their labels say", "[kpi][chart]") {
    Kpi k;
    k.id = "k";
    k.name = "件数";
    k.unit = "件";
    k.baseline.number = 0;
    k.baseline_year = Year{2022, Year::Kind::Fiscal, ""};
    k.target.number = 41;
    k.target_year = Year{2026, Year::Kind::Fiscal, ""};
    std::string svg = render_kpi_chart(k);
    // The middle line is at 20.5 of the data but labelled 21 (no decimals): it must be drawn at 21.
    // y(v) = 14 + 170 × (1 − v / 45.1)
    CHECK(svg.find("y1=\"104.8\" x2=\"296.0\" y2=\"104.8\" />\n<text class=\"tick\" x=\"44.0\" y=\"109.8\" text-anchor=\"end\">21<") !=
          std::string::npos);
}
