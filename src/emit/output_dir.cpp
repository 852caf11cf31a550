#include "emit/output_dir.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>  // renameat2
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;

namespace planpub {

bool path_is_inside(const std::string& inner, const std::string& outer) {
    std::error_code ec;
    fs::path a = fs::weakly_canonical(fs::absolute(inner), ec);
    fs::path b = fs::weakly_canonical(fs::absolute(outer), ec);
    auto ai = a.begin(), bi = b.begin();
    for (; bi != b.end(); ++ai, ++bi) {
        if (bi->empty()) continue;  // trailing slash
        if (ai == a.end() || *ai != *bi) return false;
    }
    return true;
}

static std::string unique_suffix() {
    std::random_device rd;
    return std::to_string(getpid()) + "-" + std::to_string(rd() % 1000000);
}

// Removes staging folders that builds killed before they finished (kill -9, power cut) left
// beside the output: `.<out>.planpub-tmp-<pid>-<n>` whose process no longer runs. A folder of a
// build still running (into the same --out) is left alone.
static void remove_stale_staging(const fs::path& parent, const std::string& out_name) {
    std::error_code ec;
    for (const std::string kind : {".planpub-tmp-", ".planpub-old-"}) {
        std::string prefix = "." + out_name + kind;
        for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (name.compare(0, prefix.size(), prefix) != 0) continue;
            char* rest = nullptr;
            long pid = std::strtol(name.c_str() + prefix.size(), &rest, 10);
            if (pid <= 0 || *rest != '-' || pid == getpid()) continue;
            if (kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
            std::error_code rm;
            fs::remove_all(it->path(), rm);
        }
    }
}

bool emit_site(const OutputSet& files, const std::string& out_dir, Diagnostics& diags) {
    fs::path out = fs::absolute(out_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    fs::path parent = out.parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    remove_stale_staging(parent, out.filename().string());
    fs::path staging = parent / ("." + out.filename().string() + ".planpub-tmp-" + unique_suffix());
    auto fail = [&](const std::string& what, const std::string& path) {
        diags.error({path, 0, 0}, "output.write-failed", what, "check free disk space and permissions of the output folder");
        fs::remove_all(staging, ec);
        return false;
    };
    if (!fs::create_directory(staging, ec)) return fail("cannot create the staging folder: " + ec.message(), staging.string());
    for (const OutputFile& f : files) {
        fs::path target = staging / f.path;
        fs::create_directories(target.parent_path(), ec);
        if (!f.copy_from.empty()) {
            if (!fs::copy_file(f.copy_from, target, fs::copy_options::overwrite_existing, ec))
                return fail("cannot copy " + f.copy_from + ": " + ec.message(), out_dir + "/" + f.path);
            continue;
        }
        std::ofstream o(target, std::ios::binary);
        o.write(f.bytes.data(), static_cast<std::streamsize>(f.bytes.size()));
        o.close();
        if (!o) return fail("cannot write the file", out_dir + "/" + f.path);
    }
    // Swap. renameat2(RENAME_EXCHANGE) trades the two folders in one step, so --out always holds
    // a whole site, even if the build is killed right then; the old site, now under the staging
    // name, is removed after (or by the next build, if this one is killed first).
    if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(staging, ec);
        return true;
    }
    // No previous output, or a file system without RENAME_EXCHANGE: two renames.
    fs::path old = parent / ("." + out.filename().string() + ".planpub-old-" + unique_suffix());
    bool had_old = fs::exists(out, ec);
    if (had_old) {
        fs::rename(out, old, ec);
        if (ec) return fail("cannot move the previous output aside: " + ec.message(), out_dir);
    }
    fs::rename(staging, out, ec);
    if (ec) {
        if (had_old) fs::rename(old, out, ec);
        return fail("cannot put the new output in place", out_dir);
    }
    if (had_old) fs::remove_all(old, ec);
    return true;
}

}  // namespace planpub
