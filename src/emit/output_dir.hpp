// Emit stage: writes the output atomically, and cheaply on rebuilds.
//
// Beside --out (say public/) planpub keeps the previous build as `.public.planpub-prev/`. A build
// brings that folder up to date — files whose bytes are unchanged are left alone, changed ones
// are rewritten in place, missing ones created, extra ones removed — and then exchanges the two
// folders in one atomic rename (renameat2 RENAME_EXCHANGE). --out itself is never written into,
// so a failed or killed build leaves the site being served exactly as it was; reusing the
// folders spares the file system thousands of inode allocations and frees per build.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/output.hpp"

namespace planpub {

// The folder beside `out_dir` that holds the previous build (planpub's to reuse; safe to delete).
std::string previous_output_dir(const std::string& out_dir);

// True when `out_dir` is a folder that holds files and was not put there by planpub (a typo such
// as --out . or --out ~/Desktop): a build would replace it, so it is refused.
bool output_is_foreign(const std::string& out_dir);

// Files and folders in `out_dir` that planpub did not write (per the list in its lock file; for an
// output of a planpub that kept no list, those this build will not write), sorted, a folder as
// "name/". A build would replace them with the new output, so they must be moved first.
std::vector<std::string> foreign_output_files(const std::string& out_dir, const OutputSet& outputs);

// True when `inner` is `outer` or lies inside it (after resolving both).
bool path_is_inside(const std::string& inner, const std::string& outer);

}  // namespace planpub
