// The .xlsx reader's pieces: number formats as Excel shows them, date serials, A1 references.
#include <catch2/catch.hpp>

#include "import/number_format.hpp"
#include "import/xlsx_reader.hpp"
#include "import/xml_part.hpp"

using namespace planpub;

TEST_CASE("number formats show what Excel shows", "[import]") {
    CHECK(format_number(1200, "#,##0", false).text == "1,200");
    CHECK(format_number(1200, "General", false).text == "1200");  // no .0
    CHECK(format_number(1200.0, "", false).text == "1200");
    CHECK(format_number(0.1 + 0.2, "General", false).text == "0.3");
    CHECK(format_number(0.455, "0.0%", false).text == "45.5%");
    CHECK(format_number(0.5, "0%", false).text == "50%");
    CHECK(format_number(1234.5, "#,##0.00", false).text == "1,234.50");
    CHECK(format_number(1200, "#,##0\"人\"", false).text == "1,200人");
    CHECK(format_number(-5, "#,##0;[Red]\\-#,##0", false).text == "-5");
    CHECK(format_number(-5, "0", false).text == "-5");
    CHECK(format_number(2205000, "#,##0,", false).text == "2,205");  // a trailing comma: thousands
    CHECK(format_number(3.5, "0.##", false).text == "3.5");
    CHECK(format_number(1200, builtin_number_format(3), false).text == "1,200");
    CHECK(format_number(0.455, builtin_number_format(10), false).text == "45.50%");
}

TEST_CASE("date serials are dates, and a format that writes 年度 says so", "[import]") {
    NumberDisplay d = format_number(43921, "yyyy/m/d", false);  // 2020-03-31
    CHECK(d.is_date);
    CHECK(d.date.year == 2020);
    CHECK(d.date.month == 3);
    CHECK(d.date.day == 31);
    CHECK_FALSE(d.says_fiscal);
    CHECK(format_number(43922, "[$-411]ggge\"年度\"", false).says_fiscal);
    CHECK(format_number(43922, builtin_number_format(14), false).is_date);
    CellDate feb = date_of_serial(59, false);  // before Excel's 29 February 1900 that never was
    CHECK((feb.year == 1900 && feb.month == 2 && feb.day == 28));
    CellDate d1904 = date_of_serial(0, true);
    CHECK((d1904.year == 1904 && d1904.month == 1 && d1904.day == 1));
}

TEST_CASE("A1 references and OOXML escapes", "[import]") {
    CHECK(a1(1, 1) == "A1");
    CHECK(a1(12, 27) == "AA12");
    CHECK(column_letters(16384) == "XFD");
    CHECK(decode_ooxml_escapes("a_x000D_b") == "a\rb");
    CHECK(decode_ooxml_escapes("_x3042_") == "あ");
}

TEST_CASE("pugixml expands no custom entity, and a part with a DTD is refused", "[import]") {
    pugi::xml_document doc;
    Diagnostics diags;
    std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
    CHECK_FALSE(parse_xml_part(xml, "xl/worksheets/sheet1.xml", "s.xlsx", doc, diags));
    REQUIRE(diags.find("import.bad-xml"));
    // Without the DTD check pugixml still leaves the entity as it is: nothing is read from a file.
    pugi::xml_document plain;
    plain.load_string(xml.c_str());
    CHECK(std::string(plain.child("r").text().get()) == "&x;");
}
