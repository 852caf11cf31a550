// The site as `planpub serve` answers it: an immutable snapshot of every file, swapped whole
// when a rebuild succeeds (or when one fails, to carry its errors to the browser).
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <filesystem>

#include "model/output.hpp"
#include "serve/attachment_file.hpp"

namespace planpub {

struct ServedFile {
    std::shared_ptr<const std::string> bytes;  // null for attachments
    std::string beneath_content;               // attachments: their path inside the content folder
};

using FileMap = std::map<std::string, ServedFile>;

struct Snapshot {
    // The files of the last full build (or catch-up), shared by the snapshots after it, and the
    // pages edited since: publishing an edit copies `edited` only, never the site's whole list
    // (40,000 entries at 20,000 pages took most of an edit's time).
    std::shared_ptr<const FileMap> files = std::make_shared<const FileMap>();
    FileMap edited;
    const ServedFile* find(const std::string& path) const {
        auto e = edited.find(path);
        if (e != edited.end()) return &e->second;
        auto f = files->find(path);
        return f != files->end() ? &f->second : nullptr;
    }
    // The content folder as it was when the site was built: attachments are opened beneath it,
    // so replacing a folder with a symlink later cannot reach outside it (attachment_file.hpp).
    std::shared_ptr<const DirectoryHandle> content;
    int version = 0;
    std::string errors;  // the last rebuild's diagnostics when it failed; empty otherwise
};

class LiveSite {
  public:
    std::shared_ptr<const Snapshot> get() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return snapshot_;
    }
    void publish(std::shared_ptr<const Snapshot> s) {
        std::lock_guard<std::mutex> lock(mutex_);
        snapshot_ = std::move(s);
    }

  private:
    mutable std::mutex mutex_;
    std::shared_ptr<const Snapshot> snapshot_ = std::make_shared<Snapshot>();
};

// Moves a build's outputs into snapshot entries (the build keeps the paths, not the bytes).
// An attachment whose path is not inside `content_dir` is left out (never served).
inline void take_outputs(OutputSet& outputs, const std::string& content_dir, FileMap& files) {
    for (OutputFile& o : outputs) {
        if (o.copy_from.empty()) {
            files[o.path] = {std::make_shared<const std::string>(std::move(o.bytes)), ""};
            continue;
        }
        std::string rel = std::filesystem::path(o.copy_from).lexically_relative(content_dir).generic_string();
        if (!rel.empty() && rel.rfind("..", 0) != 0) files[o.path] = {nullptr, rel};
    }
}

}  // namespace planpub
