// The folder operations behind the output writer (see output_folders.hpp).
#include "emit/output_folders.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

#include "util/parallel.hpp"

namespace planpub::output_folders {

fs::path normal_out(const std::string& out_dir) {
    fs::path out = fs::absolute(out_dir).lexically_normal();
    return out.filename().empty() ? out.parent_path() : out;
}

int worker_count(int jobs) {
    return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// A small file's bytes (the lock file), never through a symlink; false when unreadable.
bool small_file_bytes(const fs::path& path, std::string& bytes) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) return false;
    struct stat st;
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    char buf[65536];
    for (ssize_t n; ok && (n = ::read(fd, buf, sizeof buf)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            ok = false;
        else
            bytes.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return ok;
}

// Every entry below `dir`, by relative path and type (dir_entry_type: no stat per entry, where the
// file system allows; a build walks thousands of them).
static void walk(const std::string& dir, const std::string& rel,
                 std::vector<std::pair<std::string, unsigned char>>& out) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return;
    while (struct dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        std::string child_rel = rel.empty() ? name : rel + "/" + name;
        const unsigned char type = dir_entry_type(dir + "/" + name, *e);
        if (type == DT_UNKNOWN) continue;  // gone since readdir
        out.push_back({child_rel, type});
        if (type == DT_DIR) walk(dir + "/" + name, child_rel, out);
    }
    ::closedir(d);
}

// See output_folders.hpp: FS_IOC_SETFLAGS on a file system without the flag fails, which is fine.
void mark_top_of_tree(const char* dir) {
    int fd = ::open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    int flags = 0;
    if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && !(flags & FS_TOPDIR_FL)) {
        flags |= FS_TOPDIR_FL;
        (void)::ioctl(fd, FS_IOC_SETFLAGS, &flags);
    }
    ::close(fd);
}

// Brings `dir` to exactly the folders and files of the new output: removes what is not wanted
// (and anything that is not a plain file or folder, so nothing is ever written through a link),
// creates the missing folders. Returns false when a folder cannot be made.
bool shape_tree(const fs::path& dir, const OutputSet& files, const std::set<std::string>& folders, int workers,
                const std::vector<std::string_view>* only_made) {
    std::set<std::string> wanted_files;
    std::vector<std::pair<std::string, unsigned char>> entries;
    if (only_made) {
        for (std::string_view d : *only_made) entries.push_back({std::string(d), DT_DIR});
    } else {
        for (const OutputFile& f : files) wanted_files.insert(f.path);
        walk(dir.string(), "", entries);
    }
    std::vector<fs::path> unwanted_files, unwanted_dirs;
    std::set<std::string> existing_dirs;
    for (const auto& [rel, type] : entries) {
        if (type == DT_DIR) {
            if (folders.count(rel))
                existing_dirs.insert(rel);
            else
                unwanted_dirs.push_back(dir / rel);
        } else if (type != DT_REG || !wanted_files.count(rel)) {
            unwanted_files.push_back(dir / rel);
        }
    }
    parallel_for(unwanted_files.size(), workers, [&](size_t i, int) { ::unlink(unwanted_files[i].c_str()); });
    std::error_code ec;
    for (const fs::path& d : unwanted_dirs)
        fs::remove_all(d, ec);  // removing a parent first is fine: the rest are gone with it
    for (const std::string& d : folders) {
        if (existing_dirs.count(d)) continue;
        fs::path p = dir / d;
        if (::mkdir(p.c_str(), 0755) == 0) continue;
        if (errno != EEXIST) return false;
        struct stat st;
        if (::lstat(p.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
            ::unlink(p.c_str());  // a file where a folder is wanted now
            if (::mkdir(p.c_str(), 0755) != 0) return false;
        }
    }
    return true;
}

// Exchanges two paths atomically; where the file system cannot, falls back to three renames.
bool exchange(const fs::path& a, const fs::path& b) {
    if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return true;
    if (errno != EINVAL && errno != ENOSYS) return false;
    fs::path aside = b.string() + ".planpub-swap";
    std::error_code ec;
    fs::rename(b, aside, ec);
    if (ec) return false;
    fs::rename(a, b, ec);
    if (ec) {
        fs::rename(aside, b, ec);
        return false;
    }
    fs::rename(aside, a, ec);
    return true;
}

// Folders older planpub versions or killed builds left beside the output.
void remove_leftovers(const fs::path& out) {
    std::error_code ec;
    const std::string stem = "." + out.filename().string() + ".planpub-";
    for (auto it = fs::directory_iterator(out.parent_path(), ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.rfind(stem, 0) == 0 && name != stem + "prev" && it->is_directory(ec) && !it->is_symlink(ec))
            fs::remove_all(it->path(), ec);
    }
}

fs::path lock_file(const fs::path& out) {
    return out.parent_path() / ("." + out.filename().string() + ".planpub-lock");
}

// "device:inode" of a folder: how a later build recognises a folder planpub put in place, even
// after the folder was renamed into --out (the inode travels with it).
std::string folder_identity(const fs::path& p) {
    struct stat st;
    if (::lstat(p.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return "";
    return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
}

bool is_empty_folder(const fs::path& p) {
    DIR* d = ::opendir(p.c_str());
    if (!d) return false;
    bool empty = true;
    while (struct dirent* e = ::readdir(d))
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) {
            empty = false;
            break;
        }
    ::closedir(d);
    return empty;
}

// Records, in the lock file we hold, the folders that may be --out after this build (the one about
// to be put in place and the one there now, in case the build dies between the two) and the files
// planpub wrote into them.
void record_output(int lock_fd, const std::vector<std::string>& folders, const std::set<std::string>& files) {
    std::string record = format_output_record(folders, files);
    if (::ftruncate(lock_fd, 0) == 0) (void)!::pwrite(lock_fd, record.data(), record.size(), 0);
}

OutputRecord read_record(const fs::path& out) {
    std::string text;
    small_file_bytes(lock_file(out), text);
    return parse_output_record(text);
}

}  // namespace planpub::output_folders
