// `planpub pdf [--content DIR] [--out DIR]`: the site as `planpub build` writes it, plus each plan's
// print edition as a PDF (opendata/<code>/<plan>/<code>_<plan>.pdf), printed by Debian's chromium
// in headless mode. The build itself never needs a browser; this command does (docs/print.md).
#pragma once
#include "app/build.hpp"

namespace planpub {

// Exit status as `planpub build`'s: 0, or 1 (content errors, no chromium, a print that failed —
// then no PDF and the output folder as it was).
int run_pdf(BuildOptions options, int timeout_seconds = 180);

}  // namespace planpub
