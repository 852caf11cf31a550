// Runs pandoc for `planpub import word`: found by PLANPUB_PANDOC (a path; tests use it to simulate
// a missing pandoc) or on PATH, started with posix_spawn (no shell: file names reach pandoc as they
// are) with stdout and stderr in files, and killed after a timeout.
#pragma once
#include <string>
#include <vector>

namespace planpub {

// The pandoc to run, or empty (then `why` says what was looked for).
std::string find_pandoc(std::string& why);

struct ProgramResult {
    bool started = false;
    bool timed_out = false;
    int exit_status = -1;  // -1: killed by a signal
    std::string error;     // why it could not start
};

ProgramResult run_program(const std::vector<std::string>& argv, const std::string& stdout_path,
                          const std::string& stderr_path, int timeout_seconds);

}  // namespace planpub
