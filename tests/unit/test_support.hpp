// Helpers for tests: temporary content folders and running the planpub binary.
#pragma once
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

inline std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

inline RunResult run_planpub(const std::string& args) {
    RunResult r;
    std::string cmd = std::string(PLANPUB_BINARY) + " " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
    int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// A small valid site the tests change one thing in.
inline void write_minimal_site(const fs::path& root) {
    write_file(root / "site.yaml",
               "title: テスト市の計画\n"
               "base_url: https://example.jp/plans/\n"
               "publisher:\n  name: 島田市\n  prefecture: 静岡県\n  local_government_code: \"222097\"\n"
               "license: CC-BY-4.0\n");
    write_file(root / "plans/alpha/index.md",
               "---\ntitle: アルファ計画\nstatus: adopted\nperiod:\n  from: 令和6年度\n  to: R10\n"
               "goals:\n  - number: 1\n    title: しごとをつくる\n---\n概要。[目的へ](01-purpose.md)\n");
    write_file(root / "plans/alpha/01-purpose.md", "---\ntitle: 目的\ngoal: 1\n---\n## 背景\n\n本文です。\n");
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

}  // namespace planpub::test
