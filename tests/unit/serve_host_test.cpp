// The Host rule of planpub serve (DNS rebinding): loopback names only, with our port or none.
#include <catch2/catch.hpp>

#include "serve/host_check.hpp"

using namespace planpub;

TEST_CASE("serve answers only to loopback host names", "[serve][host]") {
    for (const char* ok : {"127.0.0.1", "127.0.0.1:8080", "localhost", "LocalHost:8080", "[::1]", "[::1]:8080", ""})
        CHECK(is_loopback_host(ok, 8080));
    for (const char* bad : {"evil.example", "evil.example:8080", "127.0.0.1.nip.io:8080", "localhost:8081", "localhost.",
                            "0.0.0.0:8080", "127.0.0.2:8080", "[::1]:80", "localhost:8080:8080", "localhost@evil"})
        CHECK_FALSE(is_loopback_host(bad, 8080));
}
