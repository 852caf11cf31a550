// Diagnostics: every problem a run finds, with where it is, a code and a hint.
// Stages append to a Diagnostics value; nothing is printed until the run ends,
// so a run reports all of its problems in a stable order.
#pragma once
#include <mutex>
#include <string>
#include <vector>

namespace planpub {

enum class Severity { Warning, Error };

struct Location {
    std::string path;  // as the user gave it (e.g. content/plans/x/kpi.csv)
    int line = 0;      // 1-based; 0 when the problem concerns the whole file
    int column = 0;    // 1-based, counted in characters
};

struct Diagnostic {
    Severity severity = Severity::Error;
    Location where;
    std::string code;  // e.g. front-matter.missing-field
    std::string message;
    std::string hint;  // one sentence saying how to fix it
};

// Collects diagnostics from any thread.
class Diagnostics {
  public:
    void error(Location where, std::string code, std::string message, std::string hint = {});
    void warning(Location where, std::string code, std::string message, std::string hint = {});
    void add(Diagnostic d);
    void merge(const Diagnostics& other);

    bool has_errors() const;
    // An error in this file (as the user named it): later checks of the file stay quiet, so that one
    // mistake does not also show up as its consequences.
    bool has_error_in(const std::string& path) const;
    size_t error_count() const;
    size_t warning_count() const;
    // Sorted by path, line, column, then code: the same input gives the same report.
    std::vector<Diagnostic> sorted() const;
    // Any diagnostic with this code (for tests).
    const Diagnostic* find(const std::string& code) const;

    Diagnostics() = default;
    Diagnostics(const Diagnostics& o);
    Diagnostics& operator=(const Diagnostics& o);

  private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
};

// "path:line:col: error[code]: message\n  hint: ...\n"
std::string format_diagnostic(const Diagnostic& d);

}  // namespace planpub
