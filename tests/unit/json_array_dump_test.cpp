// Tests for src/opendata/json_array_dump: an array streamed into a JSON document, byte for byte as nlohmann.
#include <catch2/catch.hpp>

#include "opendata/json_array_dump.hpp"
#include "text/reserve_ahead.hpp"

using namespace planpub;
using nlohmann::ordered_json;

namespace {

// Items of every shape nlohmann writes: nested objects and arrays, empty ones, strings with
// newlines, quotes and Japanese, numbers; every third item left out.
std::optional<ordered_json> item(size_t i) {
    if (i % 3 == 2) return std::nullopt;
    ordered_json r = {{"name", "資料" + std::to_string(i)},
                      {"text", "line\nnext \"quoted\"\t\x01"},
                      {"fields", ordered_json::array({{{"a", 1}}, ordered_json::array(), ordered_json::object()})},
                      {"bytes", i * 1000},
                      {"ok", i % 2 == 0}};
    return r;
}

std::string whole(ordered_json doc, const std::string& key, size_t count) {
    ordered_json array = ordered_json::array();
    for (size_t i = 0; i < count; ++i)
        if (auto one = item(i)) array.push_back(*one);
    doc[key] = array;
    return doc.dump(2);
}

}  // namespace

TEST_CASE("an array written item by item reads as the whole tree's dump", "[opendata]") {
    ordered_json doc = {{"title", "計画"}, {"resources", nullptr}, {"created", "2025-04-01"}};
    for (size_t count : {0, 1, 2, 3, 7, 64, 129, 500}) {  // past 128 the string is reserved ahead
        INFO(count << " items");
        CHECK(dump_with_array(doc, "resources", count, item) == whole(doc, "resources", count));
        CHECK(ordered_json::parse(dump_with_array(doc, "resources", count, item)) ==
              ordered_json::parse(whole(doc, "resources", count)));
    }
    // A key the document lacks goes last, as doc[key] puts it.
    ordered_json bare = {{"title", "計画"}};
    CHECK(dump_with_array(bare, "resources", 4, item) == whole(bare, "resources", 4));
}

TEST_CASE("a document holding the placeholder's text is still written right", "[opendata]") {
    ordered_json doc = {{"title", "\x01planpub-array\x01"}, {"resources", nullptr}};
    CHECK(dump_with_array(doc, "resources", 4, item) == whole(doc, "resources", 4));
}

TEST_CASE("a long list's string is reserved once, at its 64th item, for all the items", "[opendata]") {
    std::string out(100, 'h');  // the part before the list
    const std::string item(50, 'x');
    for (size_t i = 0; i < 1000; ++i) {
        const size_t before = out.capacity();
        reserve_ahead(out, 100, i, 1000, 10);
        if (i == 64) {
            CHECK(out.capacity() >= 100 + 1000 * 50 + 10);  // 64 items of 50 bytes seen: 936 more, and the end
            CHECK(out.capacity() <= 100 + 1000 * 50 * 9 / 8 + 10 + 64);
        } else {
            CHECK(out.capacity() == before);
        }
        out += item;
    }
    std::string shorter(100, 'h');  // a list of 128 items or fewer grows as it would
    for (size_t i = 0; i < 128; ++i) {
        const size_t before = shorter.capacity();
        reserve_ahead(shorter, 100, i, 128, 10);
        CHECK(shorter.capacity() == before);
        shorter += item;
    }
}
