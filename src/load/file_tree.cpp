#include "load/file_tree.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "text/utf8.hpp"

namespace fs = std::filesystem;

namespace planpub {
namespace {

bool has_control(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

void walk(const fs::path& dir, const std::string& display, const std::string& rel, int depth,
          std::vector<Attachment>& out, Diagnostics& diags) {
    if (depth > Limits::max_file_folder_depth) {
        diags.error(
            {display, 0, 0}, "limit.folder-depth",
            "folder is more than " + std::to_string(Limits::max_file_folder_depth) +
                " folders deep; its files are not published",
            "move its files into a folder at most " + std::to_string(Limits::max_file_folder_depth) + " levels deep");
        return;
    }
    std::vector<fs::directory_entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec)
        diags.error({display, 0, 0}, "io.unreadable", "cannot list the folder: " + ec.message(),
                    "check that the folder's permissions let planpub read it");
    std::sort(entries.begin(), entries.end(),
              [](auto& a, auto& b) { return a.path().filename() < b.path().filename(); });
    for (const auto& e : entries) {
        const std::string name = e.path().filename().string();
        const std::string d = display + "/" + name, r = rel.empty() ? name : rel + "/" + name;
        if (find_invalid_utf8(name) != npos || has_control(name)) {
            diags.error({display, 0, 0}, "content.bad-file-name",
                        "file name \"" + printable_name(name) +
                            "\" is not UTF-8 text or holds a control character; it is not published",
                        "rename the file (no line breaks or control characters; save names as UTF-8)");
            continue;
        }
        struct stat st;
        if (::lstat(e.path().c_str(), &st) != 0) continue;  // gone since the listing
        if (S_ISLNK(st.st_mode)) {
            diags.warning({d, 0, 0}, "content.symlink-skipped", "symbolic link skipped; links are never followed",
                          "copy the file into the content folder instead of linking to it");
        } else if (S_ISDIR(st.st_mode)) {
            walk(e.path(), d, r, depth + 1, out, diags);
        } else if (S_ISREG(st.st_mode)) {
            out.push_back({e.path().string(), r});
        } else {
            diags.error({d, 0, 0}, "content.not-regular-file",
                        "not a regular file (a FIFO, socket or device); it is not published",
                        "replace it with an ordinary file or remove it");
        }
    }
}

}  // namespace

std::string printable_name(const std::string& name) {
    std::string out;
    size_t i = 0;
    while (i < name.size()) {
        size_t bad = find_invalid_utf8(std::string_view(name).substr(i));
        size_t stop = bad == npos ? name.size() : i + bad;
        for (; i < stop; ++i) {
            unsigned char c = static_cast<unsigned char>(name[i]);
            char buf[8];
            if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else if (c < 0x20 || c == 0x7f) {
                std::snprintf(buf, sizeof buf, "\\x%02X", c);
                out += buf;
            } else if (c == '\\' || c == '"') {
                out += '\\';
                out += static_cast<char>(c);
            } else
                out += static_cast<char>(c);
        }
        if (i < name.size()) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(name[i]));
            out += buf;
            ++i;
        }
    }
    return out;
}

std::vector<Attachment> load_file_tree(const std::string& dir, const std::string& display, Diagnostics& diags) {
    std::vector<Attachment> out;
    walk(dir, display, "", 0, out, diags);
    return out;
}

}  // namespace planpub
