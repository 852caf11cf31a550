// Load stage: a folder whose files are published as they are — a plan's files/ (attachments) and
// the content's static/ (copied to the output root). Only names are read here; the bytes are
// copied by the emit stage, in chunks.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/site.hpp"

namespace planpub {

// Every regular file below `dir` (shown to the user as `display`), sorted by name, `relative`
// '/'-separated. Symbolic links are skipped with a warning; anything else that is not a regular
// file or a folder (a FIFO, a socket, a device), a name that is not UTF-8 or holds a control
// character (it would make the pages that link to it invalid), and folders deeper than
// Limits::max_file_folder_depth are errors naming the entry.
std::vector<Attachment> load_file_tree(const std::string& dir, const std::string& display, Diagnostics& diags);

// "a\nb.pdf" for a name holding a newline, "\xFF.pdf" for a byte that is not UTF-8: a file name
// shown in a message whatever it holds.
std::string printable_name(const std::string& name);

}  // namespace planpub
