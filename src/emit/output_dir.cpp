#include "emit/output_dir.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <thread>

#include "util/parallel.hpp"

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

namespace {

int worker_count(int jobs) {
    return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// POSIX open/write/close: several times faster than std::ofstream for thousands of small files.
bool write_whole_file(const fs::path& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    size_t off = 0;
    while (off < bytes.size()) {
        ssize_t w = ::write(fd, bytes.data() + off, bytes.size() - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            ::close(fd);
            return false;
        }
        off += static_cast<size_t>(w);
    }
    return ::close(fd) == 0;
}

// True when `path` holds exactly `bytes`: such a file is hard-linked into the new output instead
// of written again — no new inode, no new blocks, and removing the old output frees nothing.
bool same_content(const fs::path& path, const std::string& bytes) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || static_cast<size_t>(st.st_size) != bytes.size()) return false;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    std::string old(bytes.size(), '\0');
    size_t off = 0;
    while (off < old.size()) {
        ssize_t r = ::read(fd, &old[off], old.size() - off);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        off += static_cast<size_t>(r);
    }
    ::close(fd);
    return off == bytes.size() && old == bytes;
}

bool same_file_content(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
    std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
    return std::equal(std::istreambuf_iterator<char>(fa), {}, std::istreambuf_iterator<char>(fb), {});
}

// Removes a tree with all workers: unlinking tens of thousands of files is most of a rebuild's
// write time when done on one thread.
void remove_tree(const fs::path& root, int workers) {
    std::vector<fs::path> files, dirs;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) dirs.push_back(it->path());
        else files.push_back(it->path());
    }
    parallel_for(files.size(), workers, [&](size_t i, int) { ::unlink(files[i].c_str()); });
    std::sort(dirs.begin(), dirs.end(), [](const fs::path& a, const fs::path& b) { return a.native().size() > b.native().size(); });
    for (const fs::path& d : dirs) ::rmdir(d.c_str());
    fs::remove_all(root, ec);  // whatever is left (nothing, normally)
}

}  // namespace

bool emit_site(const OutputSet& files, const std::string& out_dir, Diagnostics& diags, int jobs) {
    const int workers = worker_count(jobs);
    fs::path out = fs::absolute(out_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    fs::path parent = out.parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    fs::path staging = parent / ("." + out.filename().string() + ".planpub-tmp-" + unique_suffix());
    auto fail = [&](const std::string& what, const std::string& path) {
        diags.error({path, 0, 0}, "output.write-failed", what, "check free disk space and permissions of the output folder");
        remove_tree(staging, workers);
        return false;
    };
    if (!fs::create_directory(staging, ec)) return fail("cannot create the staging folder: " + ec.message(), staging.string());
    // Folders first, parents before children (a sorted set puts "a" before "a/b"), then files in parallel.
    std::set<std::string> folders;
    for (const OutputFile& f : files)
        for (size_t slash = f.path.find('/'); slash != std::string::npos; slash = f.path.find('/', slash + 1))
            folders.insert(f.path.substr(0, slash));
    for (const std::string& d : folders)
        if (::mkdir((staging / d).c_str(), 0755) != 0 && errno != EEXIST)
            return fail("cannot create a folder: " + std::string(std::strerror(errno)), out_dir + "/" + d);
    const bool had_old = fs::is_directory(out, ec) && !fs::is_symlink(out, ec);
    std::atomic<bool> ok{true};
    parallel_for(files.size(), workers, [&](size_t i, int) {
        const OutputFile& f = files[i];
        fs::path target = staging / f.path;
        std::error_code fec;
        fs::path previous = out / f.path;
        bool unchanged = had_old && (f.copy_from.empty() ? same_content(previous, f.bytes) : same_file_content(previous, f.copy_from));
        if (unchanged && ::link(previous.c_str(), target.c_str()) == 0) return;
        bool written = f.copy_from.empty() ? write_whole_file(target, f.bytes)
                                           : fs::copy_file(f.copy_from, target, fs::copy_options::overwrite_existing, fec);
        if (!written) {
            diags.error({out_dir + "/" + f.path, 0, 0}, "output.write-failed",
                        f.copy_from.empty() ? "cannot write the file" : "cannot copy " + f.copy_from + ": " + fec.message(),
                        "check free disk space and permissions of the output folder");
            ok = false;
        }
    });
    if (!ok) {
        remove_tree(staging, workers);
        return false;
    }
    // Swap: the old output moves aside, the new one takes its name, the old one is removed.
    fs::path old = parent / ("." + out.filename().string() + ".planpub-old-" + unique_suffix());
    const bool out_exists = fs::exists(out, ec);
    if (out_exists) {
        fs::rename(out, old, ec);
        if (ec) return fail("cannot move the previous output aside: " + ec.message(), out_dir);
    }
    fs::rename(staging, out, ec);
    if (ec) {
        if (out_exists) fs::rename(old, out, ec);
        return fail("cannot put the new output in place", out_dir);
    }
    if (out_exists) remove_tree(old, workers);
    return true;
}

}  // namespace planpub
