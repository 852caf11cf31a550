#include "emit/output_writer.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "emit/file_copy.hpp"
#include "emit/output_dir.hpp"
#include "emit/output_folders.hpp"
#include "util/parallel.hpp"

namespace planpub {

namespace fs = std::filesystem;
using namespace output_folders;

// A folder planpub may not write to is not a busy one: say so, with the system's reason.
static bool report_not_writable(Diagnostics& diags, const std::string& out_dir, const std::string& what) {
    diags.error({out_dir, 0, 0}, "output.not-writable", what + ": " + std::strerror(errno),
                "planpub writes the output and, beside it, a lock file and its previous build (." +
                    normal_out(out_dir).filename().string() +
                    ".planpub-*): make the folder holding --out writable for this user, or choose another --out");
    return false;
}

OutputWriter::~OutputWriter() {
    if (lock_ >= 0) ::close(lock_);  // closing releases the lock, also when the process dies
}

bool OutputWriter::open(const std::string& out_dir, Diagnostics& diags, int jobs) {
    workers_ = worker_count(jobs);
    out_dir_ = out_dir;
    const fs::path out = normal_out(out_dir);
    const fs::path prev = previous_output_dir(out_dir);
    out_ = out.string();
    prev_ = prev.string();
    std::error_code ec;
    fs::create_directories(out.parent_path(), ec);
    auto fail = [&](const std::string& what, const std::string& path) {
        diags.error({path, 0, 0}, "output.write-failed", what,
                    "check free disk space and permissions of the output folder");
        return false;
    };
    auto not_writable = [&](const std::string& what) { return report_not_writable(diags, out_dir, what); };
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
    lock_ = lock;
    remove_leftovers(out);
    struct stat st;
    if (::lstat(prev.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) ::unlink(prev.c_str());
    if (::mkdir(prev.c_str(), 0755) == 0) {
        made_empty_ = true;
        mark_top_of_tree(prev.c_str());
    } else if (errno != EEXIST) {
        bool denied = errno == EACCES || errno == EROFS || errno == EPERM;
        ::close(lock_);
        lock_ = -1;
        if (denied) return not_writable("cannot create " + prev.filename().string());
        return fail("cannot create " + prev.string() + ": " + std::strerror(errno), prev.string());
    }
    return true;
}

// The folder `rel` of the previous-build folder exists and is a real folder (a file or a link left
// there from an earlier build is removed first, so nothing is ever written through a link).
// The file system's work happens outside the lock: ext4's mkdir is slow right after a deletion, and
// with it under the lock every other page's put() waited for it (a quarter of the render workers'
// waits, perf sched_switch, clean build at 2,000 pages). A folder is made by one thread; another
// that needs it meanwhile waits for that one only.
bool OutputWriter::ensure_folder(const std::string& rel) {
    if (rel.empty()) return true;
    {
        std::lock_guard<std::mutex> hold(mutex_);
        if (made_.contains(rel)) return true;
    }
    const size_t slash = rel.rfind('/');
    if (slash != std::string::npos && !ensure_folder(rel.substr(0, slash))) return false;
    {
        std::unique_lock<std::mutex> hold(mutex_);
        folder_made_.wait(hold, [&] { return !making_.count(rel); });
        if (made_.contains(rel)) return true;
        making_.insert(rel);
    }
    const bool ok = make_folder(rel, slash == std::string::npos);
    const int why = errno;  // put() reports it
    {
        std::lock_guard<std::mutex> hold(mutex_);
        making_.erase(rel);
        if (ok) made_.intern(rel);
    }
    folder_made_.notify_all();
    errno = why;
    return ok;
}

bool OutputWriter::make_folder(const std::string& rel, bool top) {
    const std::string p = prev_ + "/" + rel;
    if (made_empty_ && top) {
        // A top folder of a new tree is made under a name of this build and then renamed. ext4's
        // Orlov allocator places a folder under a top-of-tree mark (mark_top_of_tree) by a hash of
        // its name: plan001/ went to the very block group its predecessor was just deleted from,
        // whose recently freed inodes ext4 without a journal steps over one by one for every new
        // file. Under a name never used before it lands elsewhere. A clean build at 2,000 pages,
        // 6 alternating runs: system time 2.03 -> 1.17 s, wall 2.38 -> 1.81 s. Elsewhere: one rename.
        const std::string named = p + ".planpub-" + std::to_string(::getpid());
        if (::mkdir(named.c_str(), 0755) == 0 && ::rename(named.c_str(), p.c_str()) == 0) return true;
        ::rmdir(named.c_str());
    }
    if (::mkdir(p.c_str(), 0755) != 0) {
        if (errno != EEXIST) return false;
        struct stat st;
        if (::lstat(p.c_str(), &st) != 0) return false;
        if (!S_ISDIR(st.st_mode) && (::unlink(p.c_str()) != 0 || ::mkdir(p.c_str(), 0755) != 0)) return false;
    }
    return true;
}

void OutputWriter::put(const std::string& path, const std::string& bytes) {
    const size_t slash = path.rfind('/');
    std::string why;
    const bool folder_ok = slash == std::string::npos || ensure_folder(path.substr(0, slash));
    if (!folder_ok) why = std::strerror(errno);
    const std::string target = prev_ + "/" + path;
    if (folder_ok) {
        FileUpdate u = made_empty_ ? write_new_file(target, bytes) : update_file(target, bytes);
        struct stat st;
        if (!u.ok() && ::lstat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
            // A folder of an earlier build where this file goes now, or a link someone planted
            // there: removed (never followed), then the file is written.
            std::error_code ec;
            if (S_ISDIR(st.st_mode))
                fs::remove_all(target, ec);
            else
                ::unlink(target.c_str());
            u = update_file(target, bytes);
        }
        if (u.ok()) return;
        why = u.why;
    }
    std::lock_guard<std::mutex> hold(mutex_);
    failed_.push_back({path, why});
}

bool OutputWriter::holds(const std::string& path, uint64_t size, const Fingerprint& bytes, std::string* keep) {
    const size_t slash = path.rfind('/');
    // Its folders are checked as put() checks them: a link planted in their place is removed.
    if (slash != std::string::npos && !ensure_folder(path.substr(0, slash))) return false;
    if (file_matches(prev_ + "/" + path, size, bytes, keep)) return true;
    // Changed in the last build: the previous-build folder has the build before it, but --out
    // (the build the cache describes) has the file. Copied over: a page costs 20 times more to render.
    std::string there;
    if (!file_matches(out_ + "/" + path, size, bytes, &there)) return false;
    // When it cannot be written, the page is rendered and put(), which reports why.
    if (!update_file(prev_ + "/" + path, there).ok()) return false;
    if (keep) *keep = std::move(there);
    return true;
}

bool OutputWriter::finish(const OutputSet& files, Diagnostics& diags) {
    const fs::path out = out_, prev = prev_;
    std::error_code ec;
    auto fail = [&](const std::string& what, const std::string& path) {
        diags.error({path, 0, 0}, "output.write-failed", what,
                    "check free disk space and permissions of the output folder");
        return false;
    };
    // Folders, parents before children (a sorted set puts "a" before "a/b").
    std::set<std::string> folders;
    for (const OutputFile& f : files)
        for (size_t slash = f.path.find('/'); slash != std::string::npos; slash = f.path.find('/', slash + 1))
            folders.insert(f.path.substr(0, slash));
    const std::vector<std::string_view> made = made_empty_ ? made_.sorted() : std::vector<std::string_view>{};
    if (!shape_tree(prev, files, folders, workers_, made_empty_ ? &made : nullptr)) {
        const std::string why = std::strerror(errno);
        fs::remove_all(prev, ec);  // only a cache: a full disk must not stay full because of it
        return fail("cannot create the output's folders: " + why + "; planpub removed its previous-build cache",
                    prev.string());
    }

    // What the lock file says now: after a failure the cache is removed, so the old list stands.
    const OutputRecord before = read_record(out);
    const std::string cache_note = this->cache_note();
    auto write_failed = [&](const std::string& path, const std::string& why) { report_failed(diags, path, why); };
    for (const auto& [path, why] : failed_) write_failed(path, why);
    std::atomic<bool> ok{failed_.empty()};
    parallel_for(files.size(), workers_, [&](size_t i, int) {
        const OutputFile& f = files[i];
        if (f.written) return;
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
            write_failed(f.path, u.why);
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
    record_output(lock_, {folder_identity(prev), folder_identity(out)}, either);
    const std::vector<std::string> next_id = {folder_identity(prev), folder_identity(out)};
    struct stat st;
    if (::lstat(out.c_str(), &st) != 0) {
        fs::rename(prev, out, ec);  // first build: the folder simply takes its place
        if (ec) return fail("cannot put the new output in place: " + ec.message(), out_dir_);
        record_output(lock_, next_id, written);
        return true;
    }
    if (!S_ISDIR(st.st_mode)) return fail("the output path exists and is not a folder", out_dir_);
    if (!exchange(prev, out)) {
        if (errno == EACCES || errno == EROFS || errno == EPERM)
            return report_not_writable(diags, out_dir_, "cannot put the new output in place");
        return fail("cannot put the new output in place: " + std::string(std::strerror(errno)), out_dir_);
    }
    record_output(lock_, next_id, written);
    return true;
}

std::string OutputWriter::cache_note() const {
    return "; planpub removed its previous-build cache (" + fs::path(prev_).filename().string() +
           ") so that it takes no space; the output is as it was";
}

void OutputWriter::report_failed(Diagnostics& diags, const std::string& path, const std::string& why) const {
    diags.error({out_dir_ + "/" + path, 0, 0}, "output.write-failed", "cannot write the file: " + why,
                "free disk space, or fix the permissions of the folder that holds the output" + cache_note());
}

void OutputWriter::abandon(Diagnostics& diags) {
    if (!is_open() || failed_.empty()) return;
    for (const auto& [path, why] : failed_) report_failed(diags, path, why);
    std::error_code ec;
    fs::remove_all(prev_, ec);
}

bool emit_site(const OutputSet& files, const std::string& out_dir, Diagnostics& diags, int jobs) {
    OutputWriter writer;
    return writer.open(out_dir, diags, jobs) && writer.finish(files, diags);
}

}  // namespace planpub
