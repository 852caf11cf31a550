#include "serve/watcher.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>

namespace fs = std::filesystem;

namespace planpub {

namespace {
constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF;
}

DirectoryWatcher::DirectoryWatcher(const std::vector<std::string>& roots)
    : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ < 0) return;
    for (const std::string& r : roots) {
        watch_tree(r);
        fs::path abs = fs::absolute(r).lexically_normal();
        if (abs.filename().empty()) abs = abs.parent_path();
        int wd = inotify_add_watch(fd_, abs.parent_path().c_str(),
                                   IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM | IN_ONLYDIR);
        if (wd >= 0) parents_[wd].push_back({abs.filename().string(), r});
    }
}

DirectoryWatcher::~DirectoryWatcher() {
    if (fd_ >= 0) ::close(fd_);
}

void DirectoryWatcher::watch_tree(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
    if (wd >= 0) dirs_[wd] = dir;
    // Symlinked folders are not followed, as in the build itself.
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->is_directory(ec) && !it->is_symlink(ec)) watch_tree(it->path().string());
}

std::vector<std::string> DirectoryWatcher::read_changes() {
    std::vector<std::string> changed;
    alignas(struct inotify_event) char buf[64 * 1024];
    for (;;) {
        ssize_t n = ::read(fd_, buf, sizeof buf);
        if (n <= 0) break;
        for (char* p = buf; p < buf + n;) {
            auto* e = reinterpret_cast<struct inotify_event*>(p);
            p += sizeof(struct inotify_event) + e->len;
            if (auto par = parents_.find(e->wd); par != parents_.end()) {
                for (const auto& [name, root] : par->second)
                    if (e->len && name == e->name &&
                        (e->mask & (IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM))) {
                        root_replaced_ = true;
                        changed.push_back(root);
                    }
                if (dirs_.find(e->wd) == dirs_.end()) continue;  // the parent is not itself a watched folder
            }
            auto it = dirs_.find(e->wd);
            if (it == dirs_.end()) continue;
            if (e->mask & IN_IGNORED) {
                dirs_.erase(it);
                continue;
            }
            std::string path = e->len ? it->second + "/" + e->name : it->second;
            if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
            changed.push_back(path);
        }
    }
    return changed;
}

}  // namespace planpub
