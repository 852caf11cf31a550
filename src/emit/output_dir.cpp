#include "emit/output_dir.hpp"

#include <unistd.h>

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

bool emit_site(const OutputSet& files, const std::string& out_dir, Diagnostics& diags) {
    fs::path out = fs::absolute(out_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    fs::path parent = out.parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
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
    // Swap: the old output moves aside, the new one takes its name, the old one is removed.
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
