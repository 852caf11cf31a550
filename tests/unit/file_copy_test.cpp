// Tests for src/emit/file_copy: a new file is created without a look for an old one; a file or a
// link already there is handled as update_file handles it (rewritten in place, never followed).
#include <catch2/catch.hpp>

#include <unistd.h>

#include "emit/file_copy.hpp"
#include "test_support.hpp"

using namespace planpub;
using namespace planpub::test;

TEST_CASE("a new file is written, and one found there after all is brought up to date", "[emit]") {
    TempDir t;
    const std::string path = (t.path() / "index.html").string();
    CHECK(write_new_file(path, "one").result == FileUpdate::Written);
    CHECK(read_file(path) == "one");
    CHECK(write_new_file(path, "two").ok());  // put twice: the later bytes win, as with update_file
    CHECK(read_file(path) == "two");
    CHECK(write_new_file(path, "two").ok());
    CHECK(read_file(path) == "two");
}

TEST_CASE("a link where a new file goes is never written through", "[emit]") {
    TempDir t;
    const fs::path outside = t.path() / "outside.txt", link = t.path() / "index.html";
    write_file(outside, "keep");
    REQUIRE(::symlink(outside.c_str(), link.c_str()) == 0);
    CHECK_FALSE(write_new_file(link.string(), "page").ok());  // the writer then removes the link
    CHECK(read_file(outside) == "keep");
    CHECK_FALSE(write_new_file((t.path() / "missing" / "a.html").string(), "x").ok());  // no folder: reported
}
