// The site as `planpub serve` answers it: an immutable snapshot of every file, swapped whole
// when a rebuild succeeds (or when one fails, to carry its errors to the browser).
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "model/output.hpp"

namespace planpub {

struct ServedFile {
    std::shared_ptr<const std::string> bytes;  // null for attachments
    std::string copy_from;                      // attachments are read from the content folder
};

struct Snapshot {
    std::map<std::string, ServedFile> files;
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
inline void take_outputs(OutputSet& outputs, std::map<std::string, ServedFile>& files) {
    for (OutputFile& o : outputs)
        files[o.path] = {o.copy_from.empty() ? std::make_shared<const std::string>(std::move(o.bytes)) : nullptr, o.copy_from};
}

}  // namespace planpub
