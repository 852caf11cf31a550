// load_yaml_checked loads a text that cannot hold an alias or a %TAG directive first and counts
// after; any other text goes through the guard's pass over the events first. A '*' in a comment
// sends a document the guarded way, so each case here is loaded both ways and must give the same
// document and findings; and the findings must be those the events give (the reference below is
// how planpub found them before: from the parser's events, before loading).
#include <catch2/catch.hpp>

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <map>
#include <random>
#include <sstream>
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

// Repeated keys and control characters as the parser's events show them, one map at a time.
class ReferenceFindings : public YAML::EventHandler {
  public:
    std::vector<std::string> lines;
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { node(nullptr, {}); }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { node(nullptr, {}); }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t, const std::string& value) override {
        for (unsigned char c : value)
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                lines.push_back("control " + std::to_string(c) + " at " + std::to_string(m.pos));
                break;
            }
        node(&value, m);
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        node(nullptr, {});
        open_.push_back({false, true, {}});
    }
    void OnSequenceEnd() override { open_.pop_back(); }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        node(nullptr, {});
        open_.push_back({true, true, {}});
    }
    void OnMapEnd() override { open_.pop_back(); }

  private:
    struct Collection {
        bool is_map, next_is_key;
        std::map<std::string, YAML::Mark> keys;
    };
    std::vector<Collection> open_;
    void node(const std::string* scalar, const YAML::Mark& m) {
        if (open_.empty() || !open_.back().is_map) return;
        Collection& map = open_.back();
        if (map.next_is_key && scalar) {
            auto [it, fresh] = map.keys.emplace(*scalar, m);
            if (!fresh)
                lines.push_back("duplicate " + *scalar + " at " + std::to_string(m.pos) + " first " +
                                std::to_string(it->second.pos));
        }
        map.next_is_key = !map.next_is_key;
    }
};

std::string error_of(const YAML::Exception& e) { return "error " + std::to_string(e.mark.pos); }

std::string reference(const std::string& text) {
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        ReferenceFindings events;
        parser.HandleNextDocument(events);
        std::sort(events.lines.begin(), events.lines.end());
        std::string s;
        for (const auto& l : events.lines) s += l + "\n";
        return s;
    } catch (const YAML::Exception& e) { return error_of(e); }
}

std::string checked(const std::string& text) {
    try {
        YamlFindings found;
        load_yaml_checked(text, found);
        std::vector<std::string> lines;
        for (const auto& c : found.controls)
            lines.push_back("control " + std::to_string(c.c) + " at " + std::to_string(c.mark.pos));
        for (const auto& d : found.duplicates)
            lines.push_back("duplicate " + d.key + " at " + std::to_string(d.mark.pos) + " first " +
                            std::to_string(d.first.pos));
        std::sort(lines.begin(), lines.end());
        std::string s;
        for (const auto& l : lines) s += l + "\n";
        return s;
    } catch (const YAML::Exception& e) { return error_of(e); }
}

std::string dense(size_t values) {  // "[:,:,…]": a map of a null key and a null value for each ':'
    std::string s = "[";
    for (size_t i = 0; i + 1 < values / 3; ++i) s += ":,";
    return s + ":]";  // 1 + 3 * (values / 3) values
}

constexpr int kLoaded = -1;

int stop_of(const std::string& text) {  // YamlStop's why, or kLoaded
    YamlFindings found;
    try {
        load_yaml_checked(text, found);
    } catch (const YamlStop& stop) { return stop.why; }
    return kLoaded;
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
        "base: &anchor {x: 1}\nother: {y: 2}\n<<: 1\n<<: 2\n",
        "list:\n  - {k: 1, k: 2}\n  - [a, {j: 1, j: 1}]\n",
        "a: !!str 1\nb: !local {x: 1}\nc: !<tag:x> 2\n",
        "a: 1\n---\nb: *x\n",
    };
    for (const std::string& text : cases) {
        CAPTURE(text);
        CHECK(describe(text) == describe(text + "\n# *\n"));
        CHECK(checked(text) == reference(text));
    }
    YamlFindings found;
    load_yaml_checked(wide, found);
    CHECK(found.duplicates.size() == 10);
    YamlFindings keys;
    load_yaml_checked(cases[4], keys);
    REQUIRE(keys.duplicates.size() == 1);  // "" only: ~, [1, 2] and {c: d} are no scalar keys
    CHECK(keys.duplicates[0].key.empty());
    YamlFindings controls;
    YAML::Node doc = load_yaml_checked("a: \"x\\x01y\"\n\"k\\0\": v\nb: \"\\N\"\n", controls);
    REQUIRE(controls.controls.size() == 2);
    CHECK(doc["b"].Scalar() == "\xC2\x85");
}

TEST_CASE("YAML findings are those of the parser's events, for texts no one wrote by hand", "[parse][yaml]") {
    const std::vector<std::string> pieces = {"a",   "b",    ": ",  "\n",        "  ",        "- ",      "{",      "}",
                                             "[",   "]",    ", ",  "~",         "? ",        "&x ",     "!!str ", "#c",
                                             "'q'", "\"\"", "k: ", "\"\\x01\"", "\"\\x7f\"", "\"\\t\"", "\n  k: "};
    std::mt19937 random(22);
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        for (int k = std::uniform_int_distribution<int>(1, 14)(random); k > 0; --k)
            text += pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(random)];
        CAPTURE(text);
        REQUIRE(checked(text) == reference(text));
        REQUIRE(checked(text + "\n# *\n") == reference(text + "\n# *\n"));  // the guarded way
    }
}

TEST_CASE("YAML: the value limit, tags, aliases and syntax errors are reported the same both ways", "[parse][yaml]") {
    const size_t limit = Limits::max_yaml_nodes;
    // At the limit a file loads, one value more and it is refused, whichever way it was read.
    CHECK(stop_of(dense(limit)) == kLoaded);
    CHECK(stop_of(dense(limit) + "\n# *\n") == kLoaded);
    CHECK(stop_of("[a, " + dense(limit).substr(1)) == YamlStop::kValues);
    // The densest text loaded before counting ("{,,…}": 2 values a byte) is at most max_yaml_nodes / 2
    // bytes, and so within the limit; one byte more and the guard looks first.
    const std::string densest = "{" + std::string(limit / 2 - 2, ',') + "}";
    YamlFindings quick;
    CHECK_NOTHROW(load_yaml_checked(densest, quick));
    CHECK_FALSE(quick.guarded);
    YamlFindings guarded;
    CHECK_NOTHROW(load_yaml_checked(densest + " ", guarded));
    CHECK(guarded.guarded);
    for (const std::string text : {"title: 計画\nstatus: 案\n", "a: !!str 1\nb: [x, {y: z}]\n"}) {
        YamlFindings f;
        load_yaml_checked(text, f);
        CHECK_FALSE(f.guarded);
    }
    for (const std::string text : {"a: 1 # *\n", "%TAG !e! tag:example.jp,2026:\n---\na: !e!x 1\n"}) {
        YamlFindings f;
        load_yaml_checked(text, f);
        CHECK(f.guarded);
    }
    // %TAG: every value keeps its tag written out in full.
    std::string tags = "%TAG !e! tag:" + std::string(20000, 'a') + ":\n---\n";
    for (int i = 0; i < 2000; ++i) tags += "- !e!a x\n";
    CHECK(stop_of(tags) == YamlStop::kTags);
    // Without %TAG, `!!a` is 19 bytes written out (tag:yaml.org,2002:a) for 4 of text: measured
    // after loading too, and refused the same either way.
    std::string short_tags = "[";
    for (int i = 0; i < 600; ++i) short_tags += "!!a,";
    short_tags += "!!a]";
    CHECK(stop_of(short_tags) == YamlStop::kTags);
    CHECK(stop_of(short_tags + "\n# *\n") == YamlStop::kTags);
    CHECK(stop_of("%TAG !e! tag:example.jp,2026:\n---\n- !e!a x\n- !!str 1\n") == kLoaded);
    CHECK(stop_of("a: &x 1\nb: *x\n") == YamlStop::kAlias);
    std::vector<int> lines;
    for (const std::string& text : {std::string("a: [1\nb: 2\n"), std::string("a: [1\nb: 2\n# *\n")}) {
        try {
            YamlFindings found;
            load_yaml_checked(text, found);
        } catch (const YAML::ParserException& e) { lines.push_back(e.mark.line); }
    }
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == lines[1]);
}
