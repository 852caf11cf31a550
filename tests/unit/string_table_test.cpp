// StringTable (src/util/string_table): each string numbered once, in the order first seen (the
// search index's shard sorter, the RDF graph), and as a set (the output writer's folders).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/string_table.hpp"

using namespace planpub;

TEST_CASE("a StringTable numbers each distinct string once, in the order first seen", "[search]") {
    StringTable table;
    CHECK(table.size() == 0);
    std::map<std::string, uint32_t> want;
    std::string first;  // the first string interned
    std::mt19937 random(11);
    // Enough to grow the table several times; short strings collide in it, and some are prefixes of
    // others, empty, or hold a NUL byte.
    for (int i = 0; i < 20000; ++i) {
        std::string s;
        for (size_t n = random() % 7; n > 0; --n) s += "ab/\0é"[random() % 5];
        const auto [it, added] = want.emplace(s, static_cast<uint32_t>(want.size()));
        if (want.size() == 1) first = s;
        CHECK(table.intern(s) == it->second);
        CHECK(table.size() == want.size());
    }
    for (int i = 0; i < 5000; ++i) table.intern("long string " + std::to_string(i));
    CHECK(table[0] == first);
    for (const auto& [s, n] : want) {
        CHECK(table[n] == s);
        CHECK(table.find(s) == n);
        CHECK(table.intern(s) == n);  // found again after growing, not added twice
    }
    CHECK(table.size() == want.size() + 5000);
    StringTable moved = std::move(table);
    CHECK(moved.intern(first) == 0);
    CHECK(moved.intern("new") == want.size() + 5000);
}

// Strings are told apart by their bytes, not only by the 32 bits of hash kept to skip most of them:
// two strings that agree in those bits and start at the same slot of a new table (found among a
// million by sorting their hashes) get two numbers.
static_assert(StringTable::kFirstSlots == 64);  // the key below packs the slot in 6 bits
TEST_CASE("a StringTable tells apart strings whose kept hash bits agree", "[search]") {
    std::vector<std::pair<uint64_t, uint32_t>> keys;
    std::string a, b;
    for (uint32_t base = 0; a.empty() && base < (1u << 24); base += 1u << 20) {
        keys.clear();
        for (uint32_t k = base; k < base + (1u << 20); ++k) {
            const uint64_t h = StringTable::hash("t" + std::to_string(k));
            keys.push_back({(h >> 32) << 6 | (h & (StringTable::kFirstSlots - 1)), k});  // the tag and first slot
        }
        std::sort(keys.begin(), keys.end());
        for (size_t i = 1; i < keys.size() && a.empty(); ++i)
            if (keys[i].first == keys[i - 1].first) {
                a = "t" + std::to_string(keys[i - 1].second);
                b = "t" + std::to_string(keys[i].second);
            }
    }
    REQUIRE_FALSE(a.empty());
    StringTable table;
    CHECK(table.intern(a) == 0);
    CHECK(table.intern(b) == 1);
    CHECK(table[1] == b);
}

TEST_CASE("a StringTable as a set holds what a std::set<std::string> holds, sorted the same way", "[emit]") {
    StringTable set;
    CHECK_FALSE(set.contains("a"));  // empty: no table yet
    CHECK(set.find("a") == StringTable::kNone);
    CHECK(set.sorted().empty());
    std::set<std::string> want;
    std::mt19937 random(7);
    // Enough to grow the table several times; short strings collide in it, and some are prefixes of
    // others, empty, or hold a NUL byte.
    for (int i = 0; i < 5000; ++i) {
        std::string s;
        for (size_t n = random() % 6; n > 0; --n) s += "ab/\0é"[random() % 5];
        const size_t before = set.size();
        set.intern(s);
        CHECK((set.size() > before) == want.insert(s).second);
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
