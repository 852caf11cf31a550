// Emit stage: writes the output atomically. Everything goes into a staging folder beside
// --out; only when all of it is written does the staging folder take --out's place, so a
// failed or killed build leaves the previous site exactly as it was.
#pragma once
#include <string>

#include "diag/diagnostics.hpp"
#include "model/output.hpp"

namespace planpub {

// Writes files to a new staging folder and swaps it in. Returns false (with diagnostics)
// when anything could not be written; --out is then untouched and no staging folder remains.
bool emit_site(const OutputSet& files, const std::string& out_dir, Diagnostics& diags, int jobs = 0);

// True when `inner` is `outer` or lies inside it (after resolving both).
bool path_is_inside(const std::string& inner, const std::string& outer);

}  // namespace planpub
