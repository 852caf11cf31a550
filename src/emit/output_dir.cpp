#include "emit/output_dir.hpp"

#include <algorithm>
#include <filesystem>

#include "emit/output_folders.hpp"

namespace fs = std::filesystem;

namespace planpub {

bool path_is_inside(const std::string& inner, const std::string& outer) {
    // A path below a folder we may not search cannot be resolved: compare it as written then
    // (an empty result would put every folder "inside" it).
    auto resolved = [](const std::string& p) {
        std::error_code ec;
        fs::path r = fs::weakly_canonical(fs::absolute(p), ec);
        return ec ? fs::absolute(p).lexically_normal() : r;
    };
    fs::path a = resolved(inner), b = resolved(outer);
    auto ai = a.begin(), bi = b.begin();
    for (; bi != b.end(); ++ai, ++bi) {
        if (bi->empty()) continue;  // trailing slash
        if (ai == a.end() || *ai != *bi) return false;
    }
    return true;
}

using namespace output_folders;

bool output_is_foreign(const std::string& out_dir) {
    if (out_dir.empty()) return false;
    const fs::path out = normal_out(out_dir);
    std::string id = folder_identity(out);
    if (id.empty() || is_empty_folder(out)) return false;  // nothing there, or not a folder (emit reports that)
    std::string record;
    if (!small_file_bytes(lock_file(out), record)) return true;
    if (record.empty()) return false;  // a lock file from a planpub that kept no record: its output
    const std::vector<std::string> folders = parse_output_record(record).folders;
    return std::find(folders.begin(), folders.end(), id) == folders.end();
}

std::vector<std::string> foreign_output_files(const std::string& out_dir, const OutputSet& outputs) {
    if (out_dir.empty()) return {};
    const fs::path out = normal_out(out_dir);
    if (folder_identity(out).empty()) return {};
    return foreign_entries(out.string(), read_record(out), outputs);
}

std::string previous_output_dir(const std::string& out_dir) {
    fs::path out = normal_out(out_dir);
    return (out.parent_path() / ("." + out.filename().string() + ".planpub-prev")).string();
}

}  // namespace planpub
