// Diagnostic codes a bad-input case cannot reach (scripts/diag_coverage.py lists every code and the
// test that expects it): planpub serve's own, which need a port or a file watcher taken away.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

#include "load/theme_files.hpp"
#include "render/templates.hpp"
#include "test_support.hpp"

using namespace planpub;
using namespace planpub::test;

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("serve: a port another program listens on is serve.port-busy, exit 2", "[e2e][diag][serve]") {
    TempDir dir;
    write_minimal_site(dir.path() / "content");
    int s = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    REQUIRE(listen(s, 1) == 0);
    socklen_t len = sizeof a;
    REQUIRE(getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0);
    const std::string port = std::to_string(ntohs(a.sin_port));
    // timeout: a planpub that served anyway would otherwise run for ever.
    RunResult r = run_shell("timeout -s INT 20 " + std::string(PLANPUB_BINARY) + " serve --content " +
                            quoted((dir.path() / "content").string()) + " --port " + port);
    close(s);
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.output, "planpub: error[serve.port-busy]: cannot listen on 127.0.0.1:" + port +
                                 "\n  hint: pass another --port\n"));
}

// No free port: the only port the system hands out (ip_local_port_range) is taken. Set in a network
// namespace of its own (unshare -rn: no root needed where user namespaces are allowed), so that
// nothing else on the machine is affected.
TEST_CASE("serve: no free port to listen on is serve.no-port, exit 2", "[e2e][diag][serve]") {
    REQUIRE(run_shell("unshare -rn true").exit_code == 0);  // else this machine cannot run the test: say so
    TempDir dir;
    write_minimal_site(dir.path() / "content");
    const std::string script =
        "import socket, subprocess, sys\n"
        "open('/proc/sys/net/ipv4/ip_local_port_range', 'w').write('40000 40000')\n"
        "s = socket.socket(); s.bind(('127.0.0.1', 40000)); s.listen()\n"
        "sys.exit(subprocess.run(['timeout', '-s', 'INT', '20', sys.argv[1], 'serve', '--content', sys.argv[2],"
        " '--port', '0']).returncode)\n";
    write_file(dir.path() / "no_port.py", script);
    RunResult r = run_shell("unshare -rn python3 " + quoted((dir.path() / "no_port.py").string()) + " " +
                            quoted(PLANPUB_BINARY) + " " + quoted((dir.path() / "content").string()));
    INFO(r.output);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.output, "planpub: error[serve.no-port]: cannot listen on 127.0.0.1: no free port\n  hint: "));
}

// No file watcher left: the user's inotify instances are used up (max_user_instances, set to 0 in a
// user namespace of its own). planpub serves anyway and says that rebuilds are off.
TEST_CASE("serve: no file watcher left is warning serve.no-watch, and serving goes on", "[e2e][diag][serve]") {
    REQUIRE(run_shell("unshare -Ur true").exit_code == 0);
    TempDir dir;
    write_minimal_site(dir.path() / "content");
    // Ctrl-C after 3 s; --preserve-status: planpub's own exit status.
    RunResult r = run_shell("unshare -Ur sh -c 'echo 0 >/proc/sys/user/max_inotify_instances && exec timeout "
                            "--preserve-status -s INT 3 \"$0\" serve --content \"$1\" --port 0' " +
                            quoted(PLANPUB_BINARY) + " " + quoted((dir.path() / "content").string()));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.output, "planpub: warning[serve.no-watch]: cannot watch " + (dir.path() / "content").string() +
                                 "; rebuilds are off\n  hint: "));
    CHECK(contains(r.output, "planpub: serving http://127.0.0.1:"));
    CHECK(contains(r.output, "planpub: stopped"));
}

// theme.template-missing cannot be reached from any input: the built-in theme is loaded first and a
// theme folder can only override its templates. This is what keeps it so.
TEST_CASE("the built-in theme has every template planpub renders", "[e2e][diag]") {
    TempDir dir;
    Diagnostics d;
    ThemeFiles files = load_theme_files(dir.str(), "", d);
    for (int i = 0; kRequiredTemplates[i]; ++i) {
        INFO(kRequiredTemplates[i]);
        CHECK(files.templates.count(kRequiredTemplates[i]) == 1);
    }
    Templates t(files, d);
    CHECK(t.ok());
    CHECK(d.sorted().empty());
}
