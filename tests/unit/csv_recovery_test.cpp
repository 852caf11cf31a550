// Tests for reading on after a bad CSV record (src/parse/csv_table) and for not reporting the
// KPIs of bad rows a second time (src/parse/kpi_table): one problem, one diagnostic.
#include <catch2/catch.hpp>

#include "parse/csv_table.hpp"
#include "parse/kpi_table.hpp"

using namespace planpub;

namespace {

struct Read {
    CsvTable table;
    Diagnostics diags;
    bool ok = false;
    std::vector<std::string> errors() const {  // "line:column message"
        std::vector<std::string> v;
        for (const auto& d : diags.sorted())
            v.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " + d.message);
        return v;
    }
    std::vector<int> lines() const {
        std::vector<int> v;
        for (const auto& r : table.records) v.push_back(r.line);
        return v;
    }
};

Read read(const std::string& text) {
    Read r;
    r.ok = parse_csv(text, "k.csv", r.table, r.diags);
    return r;
}

const char* kStray = "CSV syntax error: a quote inside a field that does not start with one";

}  // namespace

TEST_CASE("CSV: each misplaced quote is reported, its record skipped, the rows around it kept", "[csv][recover]") {
    Read r = read("id,name\na,名\"前\nb,ok\nc,\"x\"y,z\nd,ok\ne,\"\"\"\"\n");
    CHECK(r.ok);
    CHECK(r.errors() == std::vector<std::string>{std::string("2:4 ") + kStray,
                                                  "4:6 CSV syntax error: text after the closing quote of a field"});
    CHECK(r.lines() == std::vector<int>{1, 3, 5, 6});
    REQUIRE(r.table.skipped.size() == 2);
    CHECK(r.table.skipped[0].line == 2);
    REQUIRE(r.table.skipped[0].fields.size() == 1);  // what was read before the quote
    CHECK(r.table.skipped[0].fields[0].text == "a");
    CHECK_FALSE(r.table.incomplete);
}

TEST_CASE("CSV: an opening quote that swallows line ends is blamed where it opens, the lines after are read",
          "[csv][recover]") {
    // Row 2 opens a quote by mistake; it pairs with row 3's first quote, and text follows.
    Read r = read("id,name,note\na,\"名前,x\nb,\"ok\",y\nc,d,e\n");
    REQUIRE(r.errors().size() == 1);
    CHECK(r.errors()[0].rfind("2:3 CSV syntax error: the quoted field that starts here runs on to line 3", 0) == 0);
    CHECK(r.lines() == std::vector<int>{1, 3, 4});
    CHECK(r.table.records[1].fields[1].text == "ok");
    // A legitimately quoted line break before it changes nothing.
    Read q = read("id,name\r\"a\rb\",\"x\"y\rc,d\r");
    CHECK(q.errors() == std::vector<std::string>{"3:7 CSV syntax error: text after the closing quote of a field"});
    CHECK(q.lines() == std::vector<int>{1, 4});
}

TEST_CASE("CSV: a quote never closed is reported once, the lines after it are read as rows", "[csv][recover]") {
    Read r = read("id,name\na,\"名前\nb,c\nd,e\n");
    CHECK(r.errors() == std::vector<std::string>{"2:3 CSV syntax error: a quoted field is never closed"});
    CHECK(r.lines() == std::vector<int>{1, 3, 4});
    CHECK_FALSE(r.table.incomplete);
    Read last = read("id,name\na,\"open");
    CHECK(last.errors().size() == 1);
    CHECK(last.table.skipped.size() == 1);
    CHECK(last.lines() == std::vector<int>{1});
}

TEST_CASE("CSV: going back over swallowed lines stays linear however the quotes fall", "[csv][recover][robust]") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "\"" + std::string(40, 'x') + "\"\"\n";  // each pairs with the next line
    Read r = read(text);
    CHECK(r.table.records.size() + r.table.skipped.size() >= 20000);
    CHECK(r.diags.error_count() == 20000);
}

TEST_CASE("kpi.csv: a bad row's KPI and goal are not reported again from kpi-values.csv", "[csv][recover][kpi]") {
    std::vector<Goal> goals(2);
    goals[0].number = 1;
    goals[1].number = 2;
    Diagnostics d;
    UnreadKpis unread;
    auto kpis = parse_kpi_csv({true, "p/kpi.csv",
                               "id,goal,name,unit\nk-1,1,a,人\nk-2,2,名\"前,人\nk-3,1,b,人,extra\nK 4,1,c,人\nk-5,1,d,人\n"},
                              "", &goals, d, &unread);
    CHECK(kpis.size() == 2);
    CHECK(unread.ids == std::set<std::string>{"k-2", "k-3", "K 4"});
    CHECK(unread.has_goal("2"));
    CHECK_FALSE(unread.all);
    parse_kpi_values_csv({true, "p/kpi-values.csv",
                          "kpi,year,value,note\nk-1,R5,1,\nk-2,R5,1,\nk-3,R5x,1,\nk-9,R5,1,\nk-5,\"R5\"x,1,\nk-5,R6,1,\n"},
                         "", kpis, d, &unread);
    std::vector<std::string> where;
    for (const auto& x : d.sorted()) where.push_back(x.where.path + ":" + std::to_string(x.where.line) + " " + x.code);
    CHECK(where == std::vector<std::string>{"p/kpi-values.csv:4 year.unknown-form", "p/kpi-values.csv:5 kpi.unknown-kpi",
                                            "p/kpi-values.csv:6 csv.syntax", "p/kpi.csv:3 csv.syntax",
                                            "p/kpi.csv:4 csv.field-count", "p/kpi.csv:5 kpi.invalid-id"});
    CHECK(kpis[0].observations.size() == 1);
    CHECK(kpis[1].observations.size() == 1);
}

TEST_CASE("kpi.csv: when the header or the whole file cannot be read, no KPI reference is reported", "[csv][recover][kpi]") {
    Diagnostics d;
    UnreadKpis unread;
    auto kpis = parse_kpi_csv({true, "p/kpi.csv", "id,na\"me\nk-1,a\n"}, "", nullptr, d, &unread);
    CHECK(kpis.empty());
    CHECK(unread.all);
    CHECK(d.error_count() == 1);
    UnreadKpis missing;
    parse_kpi_csv({false, "p/kpi.csv", ""}, "", nullptr, d, &missing);  // there, but could not be read
    CHECK(missing.all);
    UnreadKpis absent;
    parse_kpi_csv({false, "", ""}, "", nullptr, d, &absent);  // no kpi.csv at all: references are wrong
    CHECK_FALSE(absent.all);
}

TEST_CASE("CSV: bytes that are not text spoil their row only, one error a line", "[csv][recover][encoding]") {
    auto decode = [](std::string bytes, const std::string& encoding, Read& r) {
        std::vector<int> bad_lines;
        REQUIRE(decode_csv_text(bytes, "k.csv", encoding, r.diags, &bad_lines));
        r.ok = parse_csv(bytes, "k.csv", r.table, r.diags, bad_lines);
    };
    Read u;  // UTF-8 with stray bytes; the second record spans two lines
    decode("id,name\na,\xFF\xFE\nb,\"x\ny\xFF\"\nc,ok\n", "", u);
    CHECK(u.errors() == std::vector<std::string>{"2:3 neither UTF-8 nor Shift_JIS (byte 10)",
                                                  "4:2 neither UTF-8 nor Shift_JIS (byte 19)"});
    CHECK(u.lines() == std::vector<int>{1, 5});
    REQUIRE(u.table.skipped.size() == 2);
    CHECK(u.table.skipped[1].fields[0].text == "b");
    Read s;  // declared Shift_JIS: 名前 then a lead byte with no character (0x85 0x40)
    decode("id,name\na,\x96\xBC\x91\x4F\nb,\x96\xBC\x85\x40\nc,\x96\xBC\n", "shift_jis", s);
    CHECK(s.errors() == std::vector<std::string>{"3:4 neither UTF-8 nor Shift_JIS (byte 19)"});
    REQUIRE(s.lines() == std::vector<int>{1, 2, 4});
    CHECK(s.table.records[1].fields[1].text == "名前");
    CHECK(s.table.records[2].fields[1].text == "名");
    Read b;  // a BOM says UTF-8: the message says so, and the byte counts from the file's start
    decode("\xEF\xBB\xBFid,name\na,\xC3\n", "", b);
    CHECK(b.errors() == std::vector<std::string>{"2:3 invalid UTF-8 (byte 13)"});
}
