// Regression tests for what fuzzing and the bad-input suite found (fuzz/regressions/ keeps the
// fuzzers' own inputs). Each names the failure it guards against.
#include <catch2/catch.hpp>

#include "link/glossary_linker.hpp"
#include "load/content_tree.hpp"
#include "parse/csv_table.hpp"
#include "parse/glossary_yaml.hpp"
#include "parse/kpi_figures.hpp"
#include "parse/kpi_table.hpp"
#include "parse/yaml_source.hpp"
#include "test_support.hpp"
#include "text/utf8.hpp"

using namespace planpub;
using namespace planpub::test;
using namespace std::string_literals;

TEST_CASE("NUL and other control characters in text files are an error, not passed to yaml-cpp", "[robust]") {
    std::string text = "---\ntit\0le: x\n---\n"s;
    Diagnostics d;
    CHECK_FALSE(clean_utf8_text(text, "p.md", d));
    REQUIRE(d.find("encoding.control-character"));
    CHECK(d.find("encoding.control-character")->where.line == 2);
    CHECK(d.find("encoding.control-character")->message == "control character U+0000 (byte 7)");
    std::string tabs = "a\tb\r\nc\n";
    CHECK(clean_utf8_text(tabs, "p.md", d));
    // A control character before a byte that is not UTF-8: the file is not UTF-8, and that is all.
    std::string both = "ab\x01" "cd \xFF\n"s;  // split: "\x01cd" would read as one escape
    Diagnostics d2;
    CHECK_FALSE(clean_utf8_text(both, "p.md", d2));
    REQUIRE(d2.sorted().size() == 1);
    CHECK(d2.sorted()[0].code == "encoding.invalid-utf8");
}

// ASCII is looked at eight bytes at a time (a byte below 0x20 or 0x7F sends a block to the
// byte-by-byte test), in the pass that checks UTF-8: each control character is found wherever it
// stands, between Japanese characters, in an ASCII block with line ends or without, in a short run
// of ASCII, and 0x7F as well as C0.
TEST_CASE("a control character is found at every place of a text, and tab, CR and LF never are", "[robust]") {
    for (const std::string& base :
         {"計画\tの\r\nab~\x7E目標です\n"s, "title: An ASCII line, long enough\r\n\tx 計画 y\n"s}) {
        std::string ok = base;
        Diagnostics clean;
        CHECK(clean_utf8_text(ok, "p.md", clean));
        CHECK(clean.sorted().empty());
        for (const unsigned char c : {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F})
            for (size_t at = 0; at <= base.size(); ++at) {
                if (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80)
                    continue;  // inside a character
                std::string text = base;
                text.insert(at, 1, static_cast<char>(c));
                Diagnostics d;
                CHECK_FALSE(clean_utf8_text(text, "p.md", d));
                REQUIRE(d.find("encoding.control-character"));
                CHECK(d.find("encoding.control-character")->message.find("(byte " + std::to_string(at) + ")") !=
                      std::string::npos);
            }
    }
}

TEST_CASE("diagnostics are valid UTF-8 whatever the message quotes", "[robust]") {
    Diagnostics d;
    d.error({"a\xFF.md", 1, 1}, "x.y", "byte \xE3 alone", "hint");
    CHECK(find_invalid_utf8(format_diagnostic(d.sorted()[0])) == npos);
    CHECK(d.sorted()[0].message == "byte \xEF\xBF\xBD alone");
}

TEST_CASE("a diagnostic stays on one line when it quotes a cell with line breaks", "[robust]") {
    Diagnostics d;
    d.error({"v.csv", 2, 1}, "x.y", "value \"1\r\n2\r3\n4\"", "hint \"a\nb\"");
    std::string s = format_diagnostic(d.sorted()[0]);
    CHECK(s == "v.csv:2:1: error[x.y]: value \"1↵2↵3↵4\"\n  hint: hint \"a↵b\"\n");
}

TEST_CASE("YAML: a bad escape, aliases, too many values and too deep nesting each get a clear error", "[robust][yaml]") {
    auto code = [](const std::string& text) {
        Diagnostics d;
        CHECK_FALSE(parse_yaml({"g.yaml", text, 1}, d));
        return d.has_errors() ? d.sorted()[0].code + " " + d.sorted()[0].message : std::string();
    };
    CHECK(code("a: \"\\あ\"\n") == "yaml.syntax unknown escape sequence after '\\' in a double-quoted value");
    CHECK(code("a: &x [1, 2]\nb: *x\n").rfind("yaml.alias", 0) == 0);
    std::string many;
    for (int i = 0; i < 260000; ++i) many += "- a\n";
    CHECK(code(many).rfind("limit.yaml-nodes", 0) == 0);
    CHECK(code("a: " + std::string(1000, '[') + std::string(1000, ']')).rfind("limit.nesting-depth", 0) == 0);
}

TEST_CASE("YAML escapes for NEL and no-break space become UTF-8 (yaml-cpp writes single bytes)", "[robust][yaml]") {
    Diagnostics d;
    auto doc = parse_yaml({"g.yaml", "a: \"x\\Ny\\_z\"\n\"k\\N\": v\n", 1}, d);
    REQUIRE(doc);
    CHECK(child(*doc, "a").Scalar() == "x\xC2\x85y\xC2\xA0z");
    CHECK(child(*doc, "k\xC2\x85").Scalar() == "v");
}

TEST_CASE("YAML positions come from the mark's offset, in characters", "[robust][yaml]") {
    Diagnostics d;
    YamlSource src{"g.yaml", "a: 1\n名前: [\n", 3};
    CHECK_FALSE(parse_yaml(src, d));
    REQUIRE(d.has_errors());
    // The text starts at line 3 of its file; the sequence opened on "名前: [" (line 4) is still open
    // at the end of the text: line 5, column 1.
    CHECK(d.sorted()[0].code == "yaml.syntax");
    CHECK(d.sorted()[0].where.line == 5);
    CHECK(d.sorted()[0].where.column == 1);
    // "名前: 値: x" on line 4: the second ':' is the 6th character (名 前 : space 値 :), the 12th byte.
    Diagnostics d2;
    CHECK_FALSE(parse_yaml({"g.yaml", "a: 1\n名前: 値: x\n", 3}, d2));
    REQUIRE(d2.has_errors());
    CHECK(d2.sorted()[0].code == "yaml.syntax");
    CHECK(d2.sorted()[0].where.line == 4);
    CHECK(d2.sorted()[0].where.column == 6);
    auto doc = parse_yaml({"g.yaml", "a: 1\n名前: x\n", 3}, d);
    REQUIRE(doc);
    Location at = location_of({"g.yaml", "a: 1\n名前: x\n", 3}, child(*doc, "名前"));
    CHECK(at.line == 4);
    CHECK(at.column == 5);  // 名前: x — x is the 5th character
}

TEST_CASE("KPI figures: 400 digits are an error, not an uncaught exception", "[robust][kpi]") {
    std::optional<FigureProblem> p;
    KpiFigure f = read_figure(std::string(400, '9'), "人", p);
    REQUIRE(p);
    CHECK(p->code == "kpi.number-too-long");
    CHECK_FALSE(f.number);
    std::optional<FigureProblem> none;
    CHECK(read_figure("123456789012345", "人", none).number);  // 15 digits are fine
    CHECK_FALSE(none);
    // A period of 99999999999 years in 「…年間で」 does not overflow either.
    SourceFile csv{true, "k.csv", "id,name,unit,target,target_year\nk,x,件,99999999999年間で250件,R9\n"};
    Diagnostics d;
    auto kpis = parse_kpi_csv(csv, "", nullptr, d);
    REQUIRE(kpis.size() == 1);
    CHECK(kpis[0].cumulative_years == 0);
}

TEST_CASE("CSV: limits on fields per row and rows, positions stay exact without rescanning", "[robust][csv]") {
    std::string wide = "a";
    for (int i = 0; i < 100; ++i) wide += ",x";
    Diagnostics d;
    CsvTable t;
    CHECK_FALSE(parse_csv("h\n" + wide + "\n", "k.csv", t, d));
    CHECK(d.find("limit.csv-columns"));
    std::string rows = "kpi,year,value,note\n";
    for (int i = 0; i < 100500; ++i) rows += "k,R5,1,\n";
    Diagnostics d2;
    CsvTable t2;
    CHECK_FALSE(parse_csv(rows, "v.csv", t2, d2));
    REQUIRE(d2.find("limit.csv-rows"));
    CHECK(d2.find("limit.csv-rows")->where.line == 100001);
    Diagnostics d3;
    CsvTable t3;
    REQUIRE(parse_csv("名前,値\n\"改\n行\",東京都\n", "k.csv", t3, d3));
    CHECK(t3.records[1].fields[1].line == 3);
    CHECK(t3.records[1].fields[1].column == 4);
}

TEST_CASE("CSV that is neither UTF-8 nor Shift_JIS: the error points at the bad byte, not at good UTF-8", "[robust][csv]") {
    std::string text = "id,name\nk-1,就業者数\nk-2,\xFF\n";
    Diagnostics d;
    CHECK(decode_csv_text(text, "k.csv", "", d));
    REQUIRE(d.find("encoding.invalid"));
    CHECK(d.find("encoding.invalid")->where.line == 3);
}

TEST_CASE("matcher: a character that folds to several matches whole or not at all", "[robust][matcher]") {
    TermMatcher m;
    m.add("W", 1);
    m.add("μW", 2);
    m.build();
    auto matches = m.find("1㎼の出力");  // ㎼ folds to μw
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].key == 2);
    TermMatcher only_w;
    only_w.add("W", 1);
    only_w.build();
    CHECK(only_w.find("1㎼の出力").empty());
}

TEST_CASE("glossary anchors are unique: a repeated id is reported and dropped", "[robust][glossary]") {
    Diagnostics d;
    auto site = parse_glossary({true, "g.yaml", "- {term: 起業, reading: きぎょう, id: alpha-x, definition: a}\n"}, "", d);
    auto local = parse_glossary({true, "p.yaml", "- {term: 創業, reading: そうぎょう, id: x, definition: b}\n"}, "alpha", d);
    std::vector<Term> all = site;
    all.insert(all.end(), local.begin(), local.end());
    REQUIRE(all.size() == 2);
    drop_duplicate_anchors(all, d);
    CHECK(all.size() == 1);
    REQUIRE(d.find("glossary.duplicate-id"));
    CHECK(d.find("glossary.duplicate-id")->where.path == "p.yaml");
}

TEST_CASE("content files are read without following a symbolic link", "[robust][load]") {
    TempDir t;
    write_file(t.path() / "real.md", "secret");
    fs::create_symlink(t.path() / "real.md", t.path() / "link.md");
    Diagnostics d;
    SourceFile f = read_text_file((t.path() / "link.md").string(), "link.md", 100, d);
    CHECK_FALSE(f.present);
    CHECK(d.find("io.unreadable"));
    Diagnostics d2;
    write_file(t.path() / "big.md", std::string(101, 'a'));
    CHECK_FALSE(read_text_file((t.path() / "big.md").string(), "big.md", 100, d2).present);
    CHECK(d2.find("limit.file-too-large"));
}
