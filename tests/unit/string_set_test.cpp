// StringSet (src/util/string_set): the output writer's record of the folders it made.
#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>

#include "util/string_set.hpp"

using namespace planpub;

TEST_CASE("a StringSet holds what a std::set<std::string> holds, sorted the same way", "[emit]") {
    StringSet set;
    CHECK_FALSE(set.contains("a"));  // empty: no table yet
    CHECK(set.sorted().empty());
    std::set<std::string> want;
    std::mt19937 random(7);
    // Enough to grow the table several times; short strings collide in it, and some are prefixes of
    // others, empty, or hold a NUL byte.
    for (int i = 0; i < 5000; ++i) {
        std::string s;
        for (size_t n = random() % 6; n > 0; --n) s += "ab/\0é"[random() % 5];
        CHECK(set.insert(s) == want.insert(s).second);
        CHECK(set.contains(s));
    }
    CHECK(set.size() == want.size());
    CHECK(set.contains(""));
    CHECK_FALSE(set.contains("abababab"));
    for (int i = 0; i < 5000; ++i) {  // absent strings too
        std::string s;
        for (size_t n = random() % 7; n > 0; --n) s += "ab/\0é"[random() % 5];
        CHECK(set.contains(s) == (want.count(s) > 0));
    }
    const std::vector<std::string_view> got = set.sorted();
    CHECK(std::vector<std::string>(got.begin(), got.end()) == std::vector<std::string>(want.begin(), want.end()));
}
