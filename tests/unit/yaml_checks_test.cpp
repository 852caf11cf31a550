// load_yaml_checked loads a text with no '*' (no alias possible) first and counts after; any other
// text goes through the guard's pass over the events first. A '*' in a comment sends a document the
// guarded way, so each case here is loaded both ways and must give the same document and findings.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/site.hpp"
#include "parse/yaml_checks.hpp"

using namespace planpub;

namespace {

std::string describe(const std::string& text) {
    YamlFindings found;
    YAML::Node doc = load_yaml_checked(text, found);
    std::string s = YAML::Dump(doc) + "\n--\n";
    for (const auto& c : found.controls)
        s += "control " + std::to_string(c.c) + " at " + std::to_string(c.mark.pos) + "\n";
    for (const auto& d : found.duplicates)
        s +=
            "duplicate " + d.key + " at " + std::to_string(d.mark.pos) + " first " + std::to_string(d.first.pos) + "\n";
    return s;
}

}  // namespace

TEST_CASE("YAML loads the same, with the same findings, with and without the guard's pass", "[parse][yaml]") {
    std::string wide = "big:\n";
    for (int i = 0; i < 40; ++i) wide += "  k" + std::to_string(i % 30) + ": " + std::to_string(i) + "\n";
    const std::string cases[] = {
        "",
        "title: 計画\nstatus: 案\n",
        "a: 1\nb: {x: 1, x: 2, x: 3}\na: 3\n",
        wide,
        "? [1, 2]\n: 4\n{c: d}: 5\n~: 6\n\"~\": 7\n\"\": 8\n\"\": 9\n",
        "a: \"x\\x01y\"\n\"k\\0\": v\nb: [\"\\x7f\", \"ok\", \"\\e\\a\"]\n",
        "a: \"x\\Ny\\_z\"\n\"k\\N\": v\n",
        "base: &anchor {x: 1}\nother: {y: 2}\n",
        "list:\n  - {k: 1, k: 2}\n  - [a, {j: 1, j: 1}]\n",
    };
    for (const std::string& text : cases) {
        CAPTURE(text);
        CHECK(describe(text) == describe(text + "\n# *\n"));
    }
    // And what they find is what the cases hold.
    YamlFindings found;
    load_yaml_checked(wide, found);
    CHECK(found.duplicates.size() == 10);
    YamlFindings repeated;
    load_yaml_checked("a: 1\nb: {x: 1, x: 2, x: 3}\na: 3\n", repeated);
    REQUIRE(repeated.duplicates.size() == 3);
    CHECK(repeated.duplicates[0].key == "a");
    CHECK(repeated.duplicates[0].mark.line == 2);
    CHECK(repeated.duplicates[0].first.line == 0);
    CHECK(repeated.duplicates[1].key == "x");
    CHECK(repeated.duplicates[1].first.column == 4);
    YamlFindings controls;
    YAML::Node doc = load_yaml_checked("a: \"x\\x01y\"\n\"k\\0\": v\nb: \"\\N\"\n", controls);
    REQUIRE(controls.controls.size() == 2);
    CHECK(doc["b"].Scalar() == "\xC2\x85");
}

TEST_CASE("YAML: past the value limit, aliases and syntax errors are reported the same both ways", "[parse][yaml]") {
    // "[:, :, …]": each ':' is a map of a null key and a null value, so three values for two bytes:
    // this text is under max_yaml_nodes bytes yet over max_yaml_nodes values.
    std::string dense = "[";
    for (size_t i = 0; i < Limits::max_yaml_nodes * 2 / 5; ++i) dense += ":,";  // 1.2 times the limit
    dense += ":]";
    REQUIRE(dense.size() <= Limits::max_yaml_nodes);
    YamlFindings found;
    bool stopped = false;
    try {
        load_yaml_checked(dense, found);
    } catch (const YamlStop& stop) { stopped = !stop.alias; }
    CHECK(stopped);
    bool alias = false;
    try {
        load_yaml_checked("a: &x 1\nb: *x\n", found);
    } catch (const YamlStop& stop) { alias = stop.alias; }
    CHECK(alias);
    std::vector<int> lines;
    for (const std::string& text : {std::string("a: [1\nb: 2\n"), std::string("a: [1\nb: 2\n# *\n")}) {
        try {
            load_yaml_checked(text, found);
        } catch (const YAML::ParserException& e) { lines.push_back(e.mark.line); }
    }
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == lines[1]);
}
