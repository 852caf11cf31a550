// Runs pandoc for `planpub import word`: found by PLANPUB_PANDOC (a path; tests use it to simulate
// a missing pandoc) or on PATH, started with posix_spawn (no shell: file names reach pandoc as they
// are) with stdout and stderr in files, and killed after a timeout.
#pragma once
#include <string>
#include <vector>

namespace planpub {

// The program to run: the path in the environment variable env_var when set (tests use
// PLANPUB_PANDOC to simulate a missing pandoc), else `name` on PATH; empty (and `why`) if none.
std::string find_program(const std::string& name, const char* env_var, std::string& why);

struct ProgramResult {
    bool started = false;
    bool timed_out = false;
    int exit_status = -1;  // -1: killed by a signal
    std::string error;     // why it could not start
};

ProgramResult run_program(const std::vector<std::string>& argv, const std::string& stdout_path,
                          const std::string& stderr_path, int timeout_seconds);

}  // namespace planpub
