// Emit stage: the output written while the site is still being built, and put in place at the end.
//
// open() takes the lock beside --out and prepares the previous-build folder (see output_dir.hpp);
// from then on put() brings one file of it up to date at once, from any thread — so a page's bytes
// can leave memory as soon as it is rendered instead of waiting for the whole site (issue 22: peak
// memory no longer grows with the site's output). finish() writes what was not put yet, removes
// what the new output does not have and exchanges the folder with --out. --out itself is never
// written into: a build that fails before finish() leaves the site being served as it was.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/output.hpp"
#include "util/fingerprint.hpp"
#include "util/string_table.hpp"

namespace planpub {

class OutputWriter {
  public:
    OutputWriter() = default;
    OutputWriter(const OutputWriter&) = delete;
    OutputWriter& operator=(const OutputWriter&) = delete;
    ~OutputWriter();

    // False (with diagnostics: busy, not writable …) when the output cannot be written.
    bool open(const std::string& out_dir, Diagnostics& diags, int jobs = 0);
    bool is_open() const { return lock_ >= 0; }

    // Writes `bytes` as the output's `path` now (thread-safe); a failure is reported by finish().
    void put(const std::string& path, const std::string& bytes);

    // True when the previous-build folder holds `path` as a plain file of `size` bytes with this
    // fingerprint (as the page cache recorded it), or does now because --out had it: it then
    // needs no put(). Its bytes in `keep` when given. Thread-safe.
    bool holds(const std::string& path, uint64_t size, const Fingerprint& bytes, std::string* keep = nullptr);

    // `files` is the whole output: those marked `written` were put() already, the rest are written
    // now. Then the folder is shaped to exactly `files` and put in place. False with diagnostics.
    bool finish(const OutputSet& files, Diagnostics& diags);

    // The build failed before finish(): files that could not be written are reported, and then the
    // previous-build folder goes (a full disk must not stay full because of a cache).
    void abandon(Diagnostics& diags);

  private:
    bool ensure_folder(const std::string& rel);          // takes mutex_ itself
    bool make_folder(const std::string& rel, bool top);  // without the lock: one thread per folder
    std::string cache_note() const;
    void report_failed(Diagnostics& diags, const std::string& path, const std::string& why) const;

    std::string out_dir_, out_, prev_;
    int workers_ = 1;
    int lock_ = -1;
    std::mutex mutex_;
    std::condition_variable folder_made_;
    StringTable made_;              // folders checked or made this build (a set: its numbers unused)
    std::set<std::string> making_;  // folders a thread is making now
    bool made_empty_ = false;       // open() created the previous-build folder: all in it is put()'s
    std::vector<std::pair<std::string, std::string>> failed_;  // (path, why) of failed put() calls
};

// Writes `files` as the output in one go: open() and finish().
bool emit_site(const OutputSet& files, const std::string& out_dir, Diagnostics& diags, int jobs = 0);

}  // namespace planpub
