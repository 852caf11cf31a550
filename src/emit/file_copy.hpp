// Emit stage: one output file brought up to date in place — compared with what is there and
// rewritten only when it differs. Attachments are compared and copied in chunks, never held whole
// in memory (a 1 GB PDF used to cost 2 GB per worker). Failures say whose fault they are: the
// source (vanished, replaced by a FIFO or a link, unreadable) or the output (disk full, no
// permission), because the fixes differ.
#pragma once
#include <cstdint>
#include <string>

#include "util/fingerprint.hpp"

namespace planpub {

struct FileUpdate {
    enum Result { Unchanged, Written, SourceFailed, WriteFailed } result = Unchanged;
    std::string why;  // for the two failures: errno's text or "not a regular file"
    bool ok() const { return result == Unchanged || result == Written; }
};

// True when `path` is a plain file (not through a link) of `size` bytes with this fingerprint;
// its bytes in `keep` when given.
bool file_matches(const std::string& path, uint64_t size, const Fingerprint& bytes, std::string* keep = nullptr);

// `target` gets exactly `bytes`.
FileUpdate update_file(const std::string& target, const std::string& bytes);
// The same where no file is expected (in a folder this build made): created without first looking
// for one to compare with, which a clean build did in vain for every file; one there after all (a
// link included) is left to update_file.
FileUpdate write_new_file(const std::string& target, const std::string& bytes);

// `target` gets exactly the bytes of the regular file `source`, which is opened without following a
// symbolic link and without blocking (a FIFO is refused, not waited on).
FileUpdate copy_file_if_changed(const std::string& source, const std::string& target);

}  // namespace planpub
