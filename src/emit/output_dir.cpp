#include "emit/output_dir.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <sstream>
#include <thread>

#include "emit/file_copy.hpp"
#include "emit/output_manifest.hpp"
#include "util/parallel.hpp"

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

namespace {

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

// Every entry below `dir`, by relative path, from readdir's d_type (no stat per entry: a build
// walks thousands of them).
void walk(const std::string& dir, const std::string& rel, std::vector<std::pair<std::string, unsigned char>>& out) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return;
    while (struct dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        std::string child_rel = rel.empty() ? name : rel + "/" + name;
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN) {  // some file systems do not fill d_type
            struct stat st;
            if (::lstat((dir + "/" + name).c_str(), &st) != 0) continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_LNK;
        }
        out.push_back({child_rel, type});
        if (type == DT_DIR) walk(dir + "/" + name, child_rel, out);
    }
    ::closedir(d);
}

// Brings `dir` to exactly the folders and files of the new output: removes what is not wanted
// (and anything that is not a plain file or folder, so nothing is ever written through a link),
// creates the missing folders. Returns false when a folder cannot be made.
bool shape_tree(const fs::path& dir, const OutputSet& files, const std::set<std::string>& folders, int workers) {
    std::set<std::string> wanted_files;
    for (const OutputFile& f : files) wanted_files.insert(f.path);
    std::vector<std::pair<std::string, unsigned char>> entries;
    walk(dir.string(), "", entries);
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

}  // namespace

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

bool emit_site(const OutputSet& files, const std::string& out_dir, Diagnostics& diags, int jobs) {
    const int workers = worker_count(jobs);
    const fs::path out = normal_out(out_dir);
    const fs::path prev = previous_output_dir(out_dir);
    std::error_code ec;
    fs::create_directories(out.parent_path(), ec);
    auto fail = [&](const std::string& what, const std::string& path) {
        diags.error({path, 0, 0}, "output.write-failed", what,
                    "check free disk space and permissions of the output folder");
        return false;
    };
    // A folder planpub may not write to is not a busy one: say so, with the system's reason.
    auto not_writable = [&](const std::string& what) {
        diags.error({out_dir, 0, 0}, "output.not-writable", what + ": " + std::strerror(errno),
                    "planpub writes the output and, beside it, a lock file and its previous build (." +
                        out.filename().string() +
                        ".planpub-*): make the folder holding --out writable for this user, or choose another --out");
        return false;
    };
    // One build at a time per output folder: two would both update the previous-build folder.
    fs::path lock_path = lock_file(out);
    int lock = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (lock < 0 && (errno == EACCES || errno == EROFS || errno == EPERM))
        return not_writable("cannot create the lock file " + lock_path.filename().string() +
                            " beside the output folder");
    if (lock < 0)  // no folder for it (a file in the way): not another build
        return fail(
            "cannot create the lock file " + lock_path.filename().string() + " beside it: " + std::strerror(errno),
            out_dir);
    if (::flock(lock, LOCK_EX | LOCK_NB) != 0) {
        int why = errno;
        ::close(lock);
        errno = why;
        if (why != EWOULDBLOCK) return not_writable("cannot lock " + lock_path.filename().string());
        diags.error({out_dir, 0, 0}, "output.busy", "another planpub build is writing this output folder",
                    "wait for it to finish, or build into another --out");
        return false;
    }
    struct LockGuard {
        int fd;
        ~LockGuard() { ::close(fd); }  // closing releases the lock, also when the process dies
    } guard{lock};
    remove_leftovers(out);
    struct stat st;
    if (::lstat(prev.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) ::unlink(prev.c_str());
    if (::mkdir(prev.c_str(), 0755) != 0 && errno != EEXIST) {
        if (errno == EACCES || errno == EROFS || errno == EPERM)
            return not_writable("cannot create " + prev.filename().string());
        return fail("cannot create " + prev.string() + ": " + std::strerror(errno), prev.string());
    }

    // Folders, parents before children (a sorted set puts "a" before "a/b").
    std::set<std::string> folders;
    for (const OutputFile& f : files)
        for (size_t slash = f.path.find('/'); slash != std::string::npos; slash = f.path.find('/', slash + 1))
            folders.insert(f.path.substr(0, slash));
    if (!shape_tree(prev, files, folders, workers)) {
        const std::string why = std::strerror(errno);
        fs::remove_all(prev, ec);  // only a cache: a full disk must not stay full because of it
        return fail("cannot create the output's folders: " + why + "; planpub removed its previous-build cache",
                    prev.string());
    }

    // What the lock file says now: after a failure the cache is removed, so the old list stands.
    const OutputRecord before = read_record(out);
    const std::string cache_note = "; planpub removed its previous-build cache (" + prev.filename().string() +
                                   ") so that it takes no space; the output is as it was";
    std::atomic<bool> ok{true};
    parallel_for(files.size(), workers, [&](size_t i, int) {
        const OutputFile& f = files[i];
        const std::string target = (prev / f.path).string();
        FileUpdate u = f.copy_from.empty() ? update_file(target, f.bytes) : copy_file_if_changed(f.copy_from, target);
        if (u.result == FileUpdate::SourceFailed)
            diags.error(
                {f.copy_from, 0, 0}, "output.source-unreadable",
                "cannot copy " + f.copy_from + " into the output: " + u.why,
                "the file changed while planpub was building: put a regular file back (not a link or FIFO) and build "
                "again" +
                    cache_note);
        else if (u.result == FileUpdate::WriteFailed)
            diags.error({out_dir + "/" + f.path, 0, 0}, "output.write-failed", "cannot write the file: " + u.why,
                        "free disk space, or fix the permissions of the folder that holds the output" + cache_note);
        if (!u.ok()) ok = false;
    });
    if (!ok) {  // --out untouched; the half-updated cache goes, or it would keep a full disk full
        fs::remove_all(prev, ec);
        return false;
    }

    std::set<std::string> written;
    for (const OutputFile& f : files) written.insert(f.path);
    std::set<std::string> either = written;  // until the exchange, --out may be either folder
    if (before.files) either.insert(before.files->begin(), before.files->end());
    record_output(lock, {folder_identity(prev), folder_identity(out)}, either);
    const std::vector<std::string> next_id = {folder_identity(prev), folder_identity(out)};
    if (::lstat(out.c_str(), &st) != 0) {
        fs::rename(prev, out, ec);  // first build: the folder simply takes its place
        if (ec) return fail("cannot put the new output in place: " + ec.message(), out_dir);
        record_output(lock, next_id, written);
        return true;
    }
    if (!S_ISDIR(st.st_mode)) return fail("the output path exists and is not a folder", out_dir);
    if (!exchange(prev, out)) {
        if (errno == EACCES || errno == EROFS || errno == EPERM)
            return not_writable("cannot put the new output in place");
        return fail("cannot put the new output in place: " + std::string(std::strerror(errno)), out_dir);
    }
    record_output(lock, next_id, written);
    return true;
}

}  // namespace planpub
