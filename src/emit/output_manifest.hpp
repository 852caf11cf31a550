// Emit stage: what planpub knows about the output it put in place, kept in its lock file beside
// --out (never published): the identities of the folders it may have put there, and the list of
// files it wrote. A build replaces --out whole, so a file someone added there (a CNAME, a search
// engine's verification file, a copied folder) would vanish: such files are found and the build
// is refused before anything is written.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/output.hpp"

struct dirent;

namespace planpub {

struct OutputRecord {
    std::vector<std::string> folders;            // "device:inode"
    std::optional<std::set<std::string>> files;  // absent in lock files of planpub before 0.x (no list)
};

OutputRecord parse_output_record(const std::string& text);
std::string format_output_record(const std::vector<std::string>& folders, const std::set<std::string>& files);

// Entries of `out` (relative paths; a folder as "docs/", not its contents) that planpub did not
// write: not in the record's file list — or, for an output from a planpub that kept no list, not
// among the files this build writes (`outputs`). Sorted.
std::vector<std::string> foreign_entries(const std::string& out, const OutputRecord& record, const OutputSet& outputs);

// A directory entry's own type (DT_DIR, DT_REG, DT_LNK for anything else) as readdir gives it, so
// that a walk needs no stat per entry and never follows a link; lstat of `path` only on file
// systems that leave d_type unknown. DT_UNKNOWN: the entry is gone.
unsigned char dir_entry_type(const std::string& path, const struct dirent& e);

}  // namespace planpub
