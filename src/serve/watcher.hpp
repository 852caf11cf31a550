// Watches folders recursively with inotify and reports which files changed — the content folder
// and the theme for `planpub serve`. Linux only, like the rest of the serve command.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace planpub {

class DirectoryWatcher {
public:
    explicit DirectoryWatcher(const std::vector<std::string>& roots);
    ~DirectoryWatcher();
    DirectoryWatcher(const DirectoryWatcher&) = delete;
    DirectoryWatcher& operator=(const DirectoryWatcher&) = delete;

    bool ok() const { return fd_ >= 0; }
    int fd() const { return fd_; }  // readable when events are waiting (for poll)
    // Reads the waiting events: the paths (root-relative paths joined to their root, as given)
    // of files written, created, moved or deleted. New folders are watched from then on.
    std::vector<std::string> read_changes();

private:
    void watch_tree(const std::string& dir);
    int fd_ = -1;
    std::map<int, std::string> dirs_;  // watch descriptor → folder path
};

}  // namespace planpub
