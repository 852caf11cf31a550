// Tests for src/render/csv_writer: RFC 4180 quoting, BOM, CRLF.
#include <catch2/catch.hpp>

#include "render/csv_writer.hpp"

using namespace planpub;

TEST_CASE("CSV writer quotes only what needs it and ends rows with CRLF", "[opendata][csv]") {
    CsvWriter w({"a", "b"});
    w.row({"x,y", "say \"hi\""});
    w.row({"line\nbreak", "plain"});
    CHECK(w.bytes() == "\xEF\xBB\xBF" "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\n");
    CHECK_THROWS(w.row({"only one"}));
}
