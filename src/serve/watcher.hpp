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
    // A watched root was replaced (rm -rf content; cp -r backup content, or mv other content):
    // its watches went with the old folder, so the caller makes a new watcher and rebuilds.
    bool root_replaced() const { return root_replaced_; }

  private:
    void watch_tree(const std::string& dir);
    int fd_ = -1;
    std::map<int, std::string> dirs_;  // watch descriptor → folder path
    // The parent folder of each root, watched for the root's own name coming and going.
    std::map<int, std::vector<std::pair<std::string, std::string>>> parents_;  // wd → (root name, root path)
    bool root_replaced_ = false;
};

}  // namespace planpub
