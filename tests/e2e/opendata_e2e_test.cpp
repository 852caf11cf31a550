// End to end: a plan's open-data CSVs and their CSVW metadata, read back as a portal would.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "parse/csv_table.hpp"
#include "test_support.hpp"

using namespace planpub::test;

TEST_CASE("KPI CSV: BOM, CRLF, municipal columns, bare numbers, 西暦, CSVW matches the header", "[e2e][opendata]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    write_file(t.path() / "c/plans/alpha/kpi.csv",
               "id,goal,name,unit,baseline,baseline_year,target,target_year\n"
               "g1-1,1,\"参加者数, \"\"延べ\"\"\n（人）\",人,\"1,200\",令和5年度,↑,R9\n");
    write_file(t.path() / "c/plans/alpha/kpi-values.csv", "kpi,year,value,note\ng1-1,R6,,未測定\n");
    auto r = run_planpub("build --content " + (t.path() / "c").string() + " --out " + (t.path() / "o").string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    fs::path dir = t.path() / "o/opendata/222097/alpha";
    std::string csv = read_file(dir / "222097_alpha_kpi.csv");
    REQUIRE(csv.rfind("\xEF\xBB\xBF全国地方公共団体コード,ID,地方公共団体名,", 0) == 0);
    CHECK(csv.find("\r\n") != std::string::npos);
    // Outside quoted fields every LF ends a CRLF record terminator (a newline inside a name is legal, quoted).
    bool quoted = false, bare_lf = false;
    for (size_t i = 0; i < csv.size(); ++i) {
        if (csv[i] == '"') quoted = !quoted;
        else if (csv[i] == '\n' && !quoted && (i == 0 || csv[i - 1] != '\r')) bare_lf = true;
    }
    CHECK_FALSE(bare_lf);

    planpub::Diagnostics d;
    planpub::CsvTable table;
    std::string text = csv;
    REQUIRE(planpub::decode_csv_text(text, "kpi.csv", "", d));
    REQUIRE(planpub::parse_csv(text, "kpi.csv", table, d));
    REQUIRE(table.records.size() == 4);  // header, baseline, actual (empty), target
    auto col = [&](const std::string& title) {
        for (size_t i = 0; i < table.records[0].fields.size(); ++i)
            if (table.records[0].fields[i].text == title) return i;
        FAIL("no column " << title);
        return size_t(0);
    };
    const auto& base = table.records[1].fields;
    CHECK(base[col("値")].text == "1200");
    CHECK(base[col("年度")].text == "2023");
    CHECK(base[col("年度_和暦")].text == "令和5年度");
    CHECK(base[col("地方公共団体名")].text == "静岡県島田市");
    CHECK(base[col("指標名")].text == "参加者数, \"延べ\"\n（人）");  // commas, quotes, newlines survive
    CHECK(table.records[2].fields[col("値")].text.empty());            // not measured: empty, not 0
    CHECK(table.records[2].fields[col("備考")].text == "未測定");
    CHECK(table.records[3].fields[col("値")].text.empty());            // ↑ has no number
    CHECK(table.records[3].fields[col("備考")].text.find("↑") != std::string::npos);

    auto meta = nlohmann::json::parse(read_file(dir / "222097_alpha_kpi.csv-metadata.json"));
    CHECK(meta["url"] == "222097_alpha_kpi.csv");
    const auto& columns = meta["tableSchema"]["columns"];
    REQUIRE(columns.size() == table.records[0].fields.size());
    for (size_t i = 0; i < columns.size(); ++i) CHECK(columns[i]["titles"] == table.records[0].fields[i].text);
    for (const char* name : {"222097_alpha_kpi_definitions.csv", "222097_alpha_structure.csv",
                             "222097_alpha_kpi_definitions.csv-metadata.json", "222097_alpha_structure.csv-metadata.json"})
        CHECK(fs::exists(dir / name));
}
