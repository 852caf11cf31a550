// The pipeline, end to end: load → parse → link → render → emit.
#pragma once
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/output.hpp"

namespace planpub {

struct BuildOptions {
    std::string content_dir = "content";
    std::string out_dir = "public";
    std::string base_url;  // overrides site.yaml when set
    int jobs = 0;          // 0: all cores
    bool write = true;     // false for `planpub check`
    bool strict = false;   // warnings count as errors
    // Files made outside the build that it publishes: (output path, file to copy). `planpub pdf`
    // passes the PDFs it printed; a plain build has none (a PDF of older content is never kept).
    std::vector<std::pair<std::string, std::string>> extra_files;
    // With a writer, the pages' and overviews' Markdown kept from parsing to rendering, in bytes at
    // most; past it, a page's (or overview's) Markdown is let go after parsing and its file read again
    // to render it.
    size_t kept_markdown_bytes = 32u << 20;
    // Called from worker threads as pages finish (done, total); must be thread-safe.
    std::function<void(size_t, size_t)> progress;
};

struct BuildResult {
    bool ok = false;
    size_t files = 0;
    size_t pages = 0;
    size_t page_jobs = 0, pages_from_cache = 0;           // pages and plan overviews; those the page cache gave
    std::vector<std::pair<std::string, double>> timings;  // stage → seconds, for --timings
};

BuildResult run_build(const BuildOptions& options, Diagnostics& diags);

// YYYY-MM-DD from SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC).
std::string build_date_from_environment();

}  // namespace planpub
