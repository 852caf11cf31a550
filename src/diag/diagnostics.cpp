#include "diag/diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include "text/utf8.hpp"

namespace planpub {

Diagnostics::Diagnostics(const Diagnostics& o) {
    std::lock_guard<std::mutex> lock(o.mutex_);
    items_ = o.items_;
}

Diagnostics& Diagnostics::operator=(const Diagnostics& o) {
    if (this == &o) return *this;
    std::vector<Diagnostic> copy;
    {
        std::lock_guard<std::mutex> lock(o.mutex_);
        copy = o.items_;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    items_ = std::move(copy);
    return *this;
}

namespace {

// A quoted CSV cell may hold line breaks; shown raw they would split one diagnostic over several
// lines of stderr (a CR even overwrites it on a terminal), so each becomes a visible ↵.
std::string one_line(const std::string& s) {
    if (s.find_first_of("\r\n") == std::string::npos) return s;
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\r' && s[i] != '\n')
            out += s[i];
        else if (!(s[i] == '\n' && i > 0 && s[i - 1] == '\r'))
            out += "↵";
    }
    return out;
}

}  // namespace

void Diagnostics::add(Diagnostic d) {
    // Messages quote the input (and library messages quote single bytes of it): keep stderr UTF-8.
    d.where.path = one_line(valid_utf8(d.where.path));
    d.message = one_line(valid_utf8(d.message));
    d.hint = one_line(valid_utf8(d.hint));
    std::lock_guard<std::mutex> lock(mutex_);
    items_.push_back(std::move(d));
}

void Diagnostics::error(Location where, std::string code, std::string message, std::string hint) {
    add({Severity::Error, std::move(where), std::move(code), std::move(message), std::move(hint)});
}

void Diagnostics::warning(Location where, std::string code, std::string message, std::string hint) {
    add({Severity::Warning, std::move(where), std::move(code), std::move(message), std::move(hint)});
}

void Diagnostics::merge(const Diagnostics& other) {
    for (auto& d : other.sorted()) add(d);
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

bool Diagnostics::has_error_in(const std::string& path) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::any_of(items_.begin(), items_.end(),
                       [&](const Diagnostic& d) { return d.severity == Severity::Error && d.where.path == path; });
}

size_t Diagnostics::error_count() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

size_t Diagnostics::warning_count() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::Warning; });
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        out = items_;
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.path, a.where.line, a.where.column, a.code, a.message) <
               std::tie(b.where.path, b.where.line, b.where.column, b.code, b.message);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Diagnostic& a, const Diagnostic& b) {
                              return a.where.path == b.where.path && a.where.line == b.where.line &&
                                     a.where.column == b.where.column && a.code == b.code && a.message == b.message;
                          }),
              out.end());
    return out;
}

const Diagnostic* Diagnostics::find(const std::string& code) const {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& d : items_)
        if (d.code == code) return &d;
    return nullptr;
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string s = d.where.path;
    if (d.where.line > 0) {
        s += ":" + std::to_string(d.where.line);
        s += ":" + std::to_string(d.where.column > 0 ? d.where.column : 1);
    }
    s += d.severity == Severity::Error ? ": error[" : ": warning[";
    s += d.code + "]: " + d.message + "\n";
    if (!d.hint.empty()) s += "  hint: " + d.hint + "\n";
    return s;
}

}  // namespace planpub
