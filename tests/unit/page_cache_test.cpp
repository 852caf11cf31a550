// The page cache file (emit/page_cache.hpp): what one build records is what the next reads, and a
// file that is damaged, cut short, of another version, a folder or a link is no cache at all.
#include <catch2/catch.hpp>

#include <unistd.h>

#include "emit/page_cache.hpp"
#include "test_support.hpp"
#include "util/byte_codec.hpp"

using namespace planpub;
using namespace planpub::test;

namespace {

Fingerprint key_of(const std::string& s) { return fingerprint_of("key:" + s); }

// Two plans: "a" with two jobs, "b" with one. Returns the cache's path.
std::string write_cache(const fs::path& dir) {
    const std::string path = (dir / ".public.planpub-cache").string();
    PageCacheWriter w;
    REQUIRE(w.open(path, 2));
    CachedPlan a{key_of("a"), {fingerprint_of("print a"), 7}, {}};
    a.jobs.push_back({w.add_record("record a0"), {fingerprint_of("html a0"), 7}});
    a.jobs.push_back({w.add_record("record a1"), {fingerprint_of("html a1"), 7}});
    CachedPlan b{key_of("b"), {fingerprint_of("print b"), 7}, {}};
    b.jobs.push_back({w.add_record(std::string(100000, 'x')), {fingerprint_of("html b0"), 7}});
    w.add_plan(1, b);  // plans finish in any order
    w.add_plan(0, a);
    REQUIRE(w.commit());
    CHECK_FALSE(fs::exists(path + ".new"));
    return path;
}

}  // namespace

TEST_CASE("page cache: what a build records, the next one reads", "[cache]") {
    TempDir t;
    const std::string path = write_cache(t.path());
    PageCacheReader r;
    REQUIRE(r.open(path));
    CachedPlan a, b, none;
    REQUIRE(r.find(key_of("a"), a));
    REQUIRE(r.find(key_of("b"), b));
    CHECK_FALSE(r.find(key_of("c"), none));
    REQUIRE(a.jobs.size() == 2);
    CHECK(a.print.bytes == fingerprint_of("print a"));
    CHECK(a.jobs[1].html.bytes == fingerprint_of("html a1"));
    std::string bytes;
    REQUIRE(r.read(a.jobs[1].record, bytes));
    CHECK(bytes == "record a1");
    REQUIRE(r.read(b.jobs[0].record, bytes));
    CHECK(bytes == std::string(100000, 'x'));
}

TEST_CASE("page cache: a damaged file is no cache, never an error", "[cache]") {
    TempDir t;
    const std::string path = write_cache(t.path());
    const std::string good = read_file(path);
    PageCacheReader r;
    CachedPlan plan;
    SECTION("cut short") {
        write_file(path, good.substr(0, good.size() - 3));
        CHECK_FALSE(r.open(path));
    }
    SECTION("another version") {
        std::string other = good;
        other[19] = '2';  // "planpub page cache 2"
        write_file(path, other);
        CHECK_FALSE(r.open(path));
    }
    SECTION("a byte of the list of plans changed") {
        std::string bad = good;
        bad[bad.size() - 60] ^= 1;
        write_file(path, bad);
        CHECK_FALSE(r.open(path));
    }
    SECTION("a record changed: that record is refused, the rest still read") {
        std::string bad = good;
        const size_t at = bad.find("record a0");
        REQUIRE(at != std::string::npos);
        bad[at] = 'R';
        write_file(path, bad);
        REQUIRE(r.open(path));
        REQUIRE(r.find(key_of("a"), plan));
        std::string bytes;
        CHECK_FALSE(r.read(plan.jobs[0].record, bytes));
        CHECK(r.read(plan.jobs[1].record, bytes));
    }
    SECTION("garbage, empty, a folder, a link") {
        write_file(path, std::string(4096, '\x7f'));
        CHECK_FALSE(PageCacheReader().open(path));
        write_file(path, "");
        CHECK_FALSE(PageCacheReader().open(path));
        fs::remove(path);
        fs::create_directory(path);
        CHECK_FALSE(PageCacheReader().open(path));
        fs::remove(path);
        write_file(t.path() / "elsewhere", good);
        fs::create_symlink(t.path() / "elsewhere", path);
        CHECK_FALSE(r.open(path));
    }
}

TEST_CASE("page cache: a new cache replaces a link in its place (not what it points to), never a folder", "[cache]") {
    TempDir t;
    const std::string path = (t.path() / ".public.planpub-cache").string();
    write_file(t.path() / "elsewhere", "not planpub's");
    fs::create_symlink(t.path() / "elsewhere", path);
    write_cache(t.path());
    CHECK(read_file(t.path() / "elsewhere") == "not planpub's");
    CHECK(PageCacheReader().open(path));
    fs::remove(path);
    write_file(fs::path(path) / "someone's.txt", "kept");
    PageCacheWriter w;
    REQUIRE(w.open(path, 0));
    CHECK_FALSE(w.commit());
    CHECK(read_file(fs::path(path) / "someone's.txt") == "kept");
    CHECK_FALSE(fs::exists(path + ".new"));
}

TEST_CASE("page cache: a build that does not commit leaves the old cache as it was", "[cache]") {
    TempDir t;
    const std::string path = write_cache(t.path());
    const std::string before = read_file(path);
    {
        PageCacheWriter w;
        REQUIRE(w.open(path, 1));
        w.add_record("half a build");
    }
    CHECK(read_file(path) == before);
    CHECK_FALSE(fs::exists(path + ".new"));
}

TEST_CASE("fingerprints: pieces keep their bounds, and the program has a build id", "[cache]") {
    CHECK(FingerprintBuilder().add("ab").add("c").done() != FingerprintBuilder().add("a").add("bc").done());
    CHECK(FingerprintBuilder().add("ab").done() == FingerprintBuilder().add("ab").done());
    CHECK(fingerprint_of("a") != fingerprint_of("b"));
    CHECK(program_build_id().size() >= 16);  // Debian's ld writes a 160-bit id
    // A count larger than the bytes left could hold is damage, not a reason to reserve memory.
    std::string bytes;
    ByteEncoder(bytes).u64(1000).bytes("abc");
    ByteDecoder d(bytes);
    CHECK(d.count(1) == 0);
    CHECK_FALSE(d.ok());
    CHECK(d.bytes().empty());
    ByteDecoder e(bytes);
    CHECK(e.u64() == 1000);
    CHECK(e.bytes() == "abc");
    CHECK(e.at_end());
}
