#include "emit/output_manifest.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <sstream>

namespace planpub {
namespace {

const char* const kFolders = "planpub output folders:";
const char* const kFiles = "planpub output files:";

void walk(const std::string& dir, const std::string& rel, const std::set<std::string>& files,
          const std::set<std::string>& folders, std::vector<std::string>& out) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return;
    while (struct dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        const std::string path = dir + "/" + e->d_name, child = rel.empty() ? e->d_name : rel + "/" + e->d_name;
        const unsigned char type = dir_entry_type(path, *e);
        if (type == DT_UNKNOWN) continue;  // gone since readdir
        if (type == DT_DIR) {
            if (folders.count(child))
                walk(path, child, files, folders, out);
            else
                out.push_back(child + "/");
        } else if (type != DT_REG || !files.count(child)) {
            out.push_back(child);
        }
    }
    ::closedir(d);
}

}  // namespace

OutputRecord parse_output_record(const std::string& text) {
    OutputRecord r;
    std::istringstream in(text);
    std::string line;
    bool in_files = false;
    while (std::getline(in, line)) {
        if (in_files) {
            if (!line.empty()) r.files->insert(line);
        } else if (line.rfind(kFolders, 0) == 0) {
            std::istringstream words(line.substr(std::strlen(kFolders)));
            for (std::string w; words >> w;) r.folders.push_back(w);
        } else if (line == kFiles) {
            in_files = true;
            r.files.emplace();
        }
    }
    return r;
}

std::string format_output_record(const std::vector<std::string>& folders, const std::set<std::string>& files) {
    std::string s = kFolders;
    for (const std::string& f : folders) s += " " + f;
    s += "\n" + std::string(kFiles) + "\n";
    for (const std::string& f : files) s += f + "\n";  // names never hold a newline (load refuses them)
    return s;
}

std::vector<std::string> foreign_entries(const std::string& out, const OutputRecord& record, const OutputSet& outputs) {
    std::set<std::string> files;
    if (record.files)
        files = *record.files;
    else
        for (const OutputFile& f : outputs) files.insert(f.path);
    std::set<std::string> folders;
    for (const std::string& f : files)
        for (size_t slash = f.find('/'); slash != std::string::npos; slash = f.find('/', slash + 1))
            folders.insert(f.substr(0, slash));
    std::vector<std::string> found;
    walk(out, "", files, folders, found);
    std::sort(found.begin(), found.end());
    return found;
}

unsigned char dir_entry_type(const std::string& path, const struct dirent& e) {
    if (e.d_type != DT_UNKNOWN) return e.d_type;
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return DT_UNKNOWN;
    return S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_LNK;
}

}  // namespace planpub
