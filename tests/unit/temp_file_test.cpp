// util/TempFile: bytes appended from threads come back by offset; a read that comes back short is
// a failure the caller sees (the search index built from it would be wrong).
#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "util/temp_file.hpp"

using namespace planpub;

TEST_CASE("a temporary file gives back what was appended, and names a short read", "[util]") {
    TempFile f;
    REQUIRE(f.ok());
    std::vector<uint64_t> at(8);
    std::vector<std::thread> pool;
    for (size_t t = 0; t < at.size(); ++t)
        pool.emplace_back([&, t] { at[t] = f.append(std::string(1000 + t, static_cast<char>('a' + t))); });
    for (auto& t : pool) t.join();
    for (size_t t = 0; t < at.size(); ++t) CHECK(f.read(at[t], 1000 + t) == std::string(1000 + t, 'a' + t));
    CHECK(f.failure().empty());
    CHECK(f.read(at[0], 1u << 20).size() < (1u << 20));  // past the end: short
    CHECK_FALSE(f.failure().empty());
}
