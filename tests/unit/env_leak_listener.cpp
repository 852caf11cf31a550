// Fails the run when a test case leaves the environment changed — a setenv without ScopedEnv
// (test_support.hpp): a leaked SOURCE_DATE_EPOCH silently fixes the build date of every later test
// in the same process. Catch2 2.x lets a listener see each test case end but not fail it, so the
// listener names the variables and exits 1.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

extern char** environ;

namespace {

std::set<std::string> environment() {
    std::set<std::string> vars;
    for (char** e = environ; e && *e; ++e) vars.insert(*e);
    return vars;
}

struct EnvLeakListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    std::set<std::string> before;

    void testCaseStarting(const Catch::TestCaseInfo& info) override {
        TestEventListenerBase::testCaseStarting(info);
        before = environment();
    }
    void testCaseEnded(const Catch::TestCaseStats& stats) override {
        TestEventListenerBase::testCaseEnded(stats);
        const std::set<std::string> after = environment();
        if (after == before) return;
        std::fflush(stdout);
        std::fprintf(stderr, "test case \"%s\" left the environment changed (use ScopedEnv):\n", stats.testInfo.name.c_str());
        for (const std::string& v : before)
            if (!after.count(v)) std::fprintf(stderr, "  - %s\n", v.c_str());
        for (const std::string& v : after)
            if (!before.count(v)) std::fprintf(stderr, "  + %s\n", v.c_str());
        std::fflush(stderr);
        std::_Exit(1);
    }
};

}  // namespace

CATCH_REGISTER_LISTENER(EnvLeakListener)
