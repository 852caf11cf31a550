// `planpub import word PLAN.docx --plan ID [--content DIR]`: checks, runs pandoc, maps, and writes
// plans/ID/ all at once (a staging folder renamed into place, never over an existing folder), with
// plans/ID/import-report.md, the checklist the build skips and `planpub check` counts.
#pragma once
#include <string>

namespace planpub {

struct WordImportOptions {
    std::string docx;
    std::string plan_id;
    std::string content_dir = "content";
    int timeout_seconds = 120;  // pandoc reads a 60-page plan in a few seconds
};

// Prints diagnostics (stderr) and the report (stdout); returns the exit status: 0, 1 or 2 (usage).
int run_import_word(const WordImportOptions& options);

}  // namespace planpub
