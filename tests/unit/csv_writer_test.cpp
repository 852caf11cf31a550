// Tests for src/render/csv_writer: RFC 4180 quoting, BOM, CRLF.
#include <catch2/catch.hpp>

#include "opendata/csv_writer.hpp"

using namespace planpub;

TEST_CASE("CSV writer quotes only what needs it and ends rows with CRLF", "[opendata][csv]") {
    CsvWriter w({"a", "b"});
    w.row({"x,y", "say \"hi\""});
    w.row({"line\nbreak", "plain"});
    CHECK(w.bytes() == "\xEF\xBB\xBF" "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\n");
    CHECK_THROWS(w.row({"only one"}));
}

TEST_CASE("CSV writer neutralises formulas in text columns only (OWASP CSV injection)", "[opendata][csv]") {
    CsvWriter w({"name", "value", "year"}, {"string", "decimal", "integer"});
    w.row({"=HYPERLINK(\"http://x\",\"y\")", "-3.5", "2024"});
    w.row({"+市調べ", "", ""});
    w.row({"-", "-1", "-2"});
    w.row({"@SUM(A1)", "1", "2024"});
    w.row({"\tx", "2", "2024"});
    w.row({"\rx", "2", "2024"});
    w.row({"−5%削減", "0", "2024"});  // U+2212: no spreadsheet reads it as a formula
    w.row({"a=b", "1", "2024"});
    CHECK(w.bytes() ==
          "\xEF\xBB\xBF" "name,value,year\r\n"
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3.5,2024\r\n"
          "'+市調べ,,\r\n"
          "'-,-1,-2\r\n"
          "'@SUM(A1),1,2024\r\n"
          "'\tx,2,2024\r\n"
          "\"'\rx\",2,2024\r\n"
          "−5%削減,0,2024\r\n"
          "a=b,1,2024\r\n");
    CsvWriter all({"a"});  // header only: every column is text
    all.row({"-1"});
    CHECK(all.bytes() == "\xEF\xBB\xBF" "a\r\n'-1\r\n");
    CHECK_THROWS(CsvWriter({"a", "b"}, {"string"}));
    CHECK(neutralise_formula("=1") == "'=1");
    CHECK(neutralise_formula("") == "");
}
