// The test helpers themselves: a helper that cannot fail makes every test that uses it weak.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "test_support.hpp"

using namespace planpub::test;

TEST_CASE("read_file fails the test on a missing file, read_file_if_exists says it is absent", "[support]") {
    TempDir t;
    CHECK_THROWS_WITH(read_file(t.path() / "nope.html"), Catch::Contains("no such file") && Catch::Contains("nope.html"));
    CHECK_THROWS(read_file(t.path()));  // a folder is not a file
    CHECK_FALSE(read_file_if_exists(t.path() / "nope.html"));
    write_file(t.path() / "a.html", "");
    CHECK(read_file(t.path() / "a.html").empty());  // present and empty is fine
    write_file(t.path() / "b.html", std::string("x\0y", 3));
    CHECK(read_file(t.path() / "b.html") == std::string("x\0y", 3));
    CHECK(read_file_if_exists(t.path() / "b.html") == std::string("x\0y", 3));
}

TEST_CASE("ScopedEnv restores the previous value, or unsets a variable that was unset", "[support]") {
    const char* name = "PLANPUB_TEST_SCOPED_ENV";
    ::unsetenv(name);
    {
        ScopedEnv outer(name, "1");
        CHECK(std::string(std::getenv(name)) == "1");
        {
            ScopedEnv inner(name, "2");
            CHECK(std::string(std::getenv(name)) == "2");
            inner.set("3");
            CHECK(std::string(std::getenv(name)) == "3");
        }
        CHECK(std::string(std::getenv(name)) == "1");
        {
            ScopedEnv cleared(name, nullptr);
            CHECK(std::getenv(name) == nullptr);
        }
        CHECK(std::string(std::getenv(name)) == "1");
    }
    CHECK(std::getenv(name) == nullptr);
}

TEST_CASE("tree_listing sees a new file, a new empty folder, a changed byte and a removed file", "[support]") {
    TempDir t;
    write_file(t.path() / "c/a.txt", "abc");
    const std::string before = tree_listing(t.path());
    CHECK(before == "c/\nc/a.txt 3 " + std::to_string([] {
              uint64_t h = 1469598103934665603ull;
              for (unsigned char c : std::string("abc")) h = (h ^ c) * 1099511628211ull;
              return h;
          }()) + "\n");
    CHECK(tree_listing(t.path()) == before);
    fs::create_directory(t.path() / "public");
    CHECK(tree_listing(t.path()) != before);
    fs::remove(t.path() / "public");
    write_file(t.path() / ".public.planpub-lock", "");
    CHECK(tree_listing(t.path()) != before);
    fs::remove(t.path() / ".public.planpub-lock");
    write_file(t.path() / "c/a.txt", "abd");  // same size, one byte changed
    CHECK(tree_listing(t.path()) != before);
    fs::remove(t.path() / "c/a.txt");
    CHECK(tree_listing(t.path()) != before);
    CHECK(tree_listing(t.path() / "missing") == "(missing)\n");
}
