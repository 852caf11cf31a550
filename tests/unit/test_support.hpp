// Helpers for tests: temporary content folders and running the planpub binary.
#pragma once
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace planpub::test {

namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "planpub-test-XXXXXX").string();
        path_ = mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    std::string str() const { return path_.string(); }

private:
    fs::path path_;
};

inline void write_file(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// The bytes of a file that must exist: a missing or unreadable file fails the test (an absence
// check such as find(...) == npos must not pass on a page that was never written).
inline std::string read_file(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) throw std::runtime_error("read_file: no such file: " + p.string());
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("read_file: cannot open " + p.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw std::runtime_error("read_file: cannot read " + p.string());
    return ss.str();
}

// For a file that may not exist yet (polling while a build runs): nullopt when absent.
inline std::optional<std::string> read_file_if_exists(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) return std::nullopt;
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Sets (or, with nullptr, unsets) an environment variable for one scope, and puts back the
// previous value — or unsets it — when the scope ends, so no test leaks it into later ones.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* v = std::getenv(name)) saved_ = v;
        set(value);
    }
    ~ScopedEnv() { set(saved_ ? saved_->c_str() : nullptr); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
    void set(const char* value) {
        if (value) ::setenv(name_.c_str(), value, 1);
        else ::unsetenv(name_.c_str());
    }

private:
    std::string name_;
    std::optional<std::string> saved_;
};

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

// Runs a shell command line; stdout and stderr together.
inline RunResult run_shell(const std::string& cmd) {
    RunResult r;
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
    int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// Runs planpub with `args` (a shell command line); with `cwd`, from that folder (where a default
// --out would land).
inline RunResult run_planpub(const std::string& args, const fs::path& cwd = {}) {
    std::string cmd = std::string(PLANPUB_BINARY) + " " + args;
    return run_shell(cwd.empty() ? cmd : "cd '" + cwd.string() + "' && " + cmd);
}

// A small valid site the tests change one thing in.
inline void write_minimal_site(const fs::path& root) {
    write_file(root / "site.yaml",
               "title: テスト市の計画\n"
               "base_url: https://example.jp/plans/\n"
               "publisher:\n  name: 島田市\n  prefecture: 静岡県\n  local_government_code: \"222097\"\n"
               "license: CC-BY-4.0\n"
               "contact:\n  department: 企画課\n  phone: 0547-00-0000\n"
               "accessibility:\n"  // the policy page's fields (else warning site.accessibility-incomplete)
               "  departments: [企画部 企画課, 総務部 情報政策課]\n  established: 2025-04-01\n  updated: 2026-10-01\n"
               "  level: AA\n  conformance: 準拠\n  deadline: 2027-03-31\n"
               "  exceptions:\n    - 令和5年度以前に作成した PDF\n");
    write_file(root / "plans/alpha/index.md",
               "---\ntitle: アルファ計画\nstatus: adopted\nperiod:\n  from: 令和6年度\n  to: R10\n"
               "goals:\n  - number: 1\n    title: しごとをつくる\n---\n概要。[目的へ](01-purpose.md)\n");
    write_file(root / "plans/alpha/01-purpose.md", "---\ntitle: 目的\ngoal: 1\n---\n## 背景\n\n本文です。\n");
}

// The minimal site with a `published:` date (so that no opendata.no-date warning mixes in) and
// `index_extra` front-matter lines of the test's own.
inline void write_clean_site(const fs::path& c, const std::string& index_extra = "") {
    write_minimal_site(c);
    write_file(c / "plans/alpha/index.md",
               "---\ntitle: アルファ計画\nstatus: adopted\nperiod:\n  from: 令和6年度\n  to: R10\npublished: 2025-04-01\n" +
                   index_extra + "goals:\n  - number: 1\n    title: しごとをつくる\n---\n概要。[目的へ](01-purpose.md)\n");
}

// A path quoted for the shell command line run_planpub builds.
inline std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// The text between the first `open` after `from` and the next `close`; fails the test when absent.
inline std::string between(const std::string& s, const std::string& open, const std::string& close, size_t from = 0) {
    size_t a = s.find(open, from);
    if (a == std::string::npos) FAIL("not found: " << open);
    a += open.size();
    size_t b = s.find(close, a);
    if (b == std::string::npos) FAIL("not closed: " << open);
    return s.substr(a, b - a);
}

// The record of an open-data CSV whose ID ends with `id_suffix` (e.g. "-g1-1-2020-baseline").
inline std::string row_of(const std::string& csv, const std::string& id_suffix) {
    size_t at = csv.find(id_suffix + ",");
    REQUIRE(at != std::string::npos);
    return csv.substr(at, csv.find("\r\n", at) - at);
}

// Every file below a folder with its bytes, for "left exactly as it was" checks.
inline std::string snapshot(const fs::path& dir) {
    std::string s;
    if (!fs::exists(dir)) return s;
    std::vector<fs::path> files;
    for (auto& e : fs::recursive_directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (auto& f : files) {
        s += fs::relative(f, dir).string() + "\n";
        if (fs::is_regular_file(f)) s += read_file(f) + "\n";
    }
    return s;
}

// Every entry below a folder — its path, type, and for a file its size and a hash of its bytes —
// for "nothing was written here" checks over folders that may hold large files.
inline std::string tree_listing(const fs::path& dir) {
    std::vector<std::string> lines;
    if (!fs::exists(dir)) return "(missing)\n";
    for (auto& e : fs::recursive_directory_iterator(dir)) {
        std::string line = fs::relative(e.path(), dir).string();
        if (e.is_symlink()) {
            line += " -> " + fs::read_symlink(e.path()).string();
        } else if (e.is_directory()) {
            line += "/";
        } else if (e.is_regular_file()) {
            std::string bytes = read_file(e.path());
            uint64_t h = 1469598103934665603ull;  // FNV-1a
            for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
            line += " " + std::to_string(bytes.size()) + " " + std::to_string(h);
        } else {
            line += " (special)";
        }
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    std::string s;
    for (auto& l : lines) s += l + "\n";
    return s;
}

}  // namespace planpub::test
