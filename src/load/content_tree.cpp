#include "load/content_tree.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "load/file_tree.hpp"
#include "text/identifiers.hpp"
#include "text/utf8.hpp"
#include "load/utf8_source.hpp"
#include "util/parallel.hpp"
#include "util/read_ahead.hpp"

namespace fs = std::filesystem;

namespace planpub {
namespace {

std::string join(const std::string& a, const std::string& b) {
    if (a.empty() || a == ".") return b;
    return a.back() == '/' ? a + b : a + "/" + b;
}

enum class ReadStatus { Ok, Unreadable, TooLarge };

// Reads at most max_bytes + 1 bytes: a huge file is refused by its size before any of it is read,
// and one that grows meanwhile still cannot take more memory than the limit. O_NOFOLLOW: the
// file may have been replaced by a symbolic link after the folder was listed.
ReadStatus read_bytes(const fs::path& p, size_t max_bytes, std::string& out, size_t& size, std::string& why) {
    int fd = ::open(p.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        why = std::strerror(errno);
        return ReadStatus::Unreadable;
    }
    struct stat st;
    ReadStatus status = ReadStatus::Ok;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        why = "not a regular file";
        status = ReadStatus::Unreadable;
    } else if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
        size = static_cast<size_t>(st.st_size);
        status = ReadStatus::TooLarge;
    } else {
        out.resize(static_cast<size_t>(st.st_size) + 1);
        size_t got = 0;
        for (;;) {
            if (got == out.size()) out.resize(std::min(out.size() * 2, max_bytes + 1));
            ssize_t n = ::read(fd, out.data() + got, out.size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                why = std::strerror(errno);
                status = ReadStatus::Unreadable;
                break;
            }
            if (n == 0) break;
            got += static_cast<size_t>(n);
            if (got > max_bytes) {
                size = got;
                status = ReadStatus::TooLarge;
                break;
            }
        }
        out.resize(status == ReadStatus::Ok ? got : 0);
    }
    ::close(fd);
    return status;
}

// Regular file, not a symlink; warns and returns false for symlinks.
bool is_plain_file(const fs::directory_entry& e, const std::string& display, Diagnostics& diags) {
    std::error_code ec;
    if (e.is_symlink(ec)) {
        diags.warning({display, 0, 0}, "content.symlink-skipped", "symbolic link skipped; links are never followed",
                      "copy the file into the content folder instead of linking to it");
        return false;
    }
    return e.is_regular_file(ec);
}

SourceFile read_raw(const fs::path& p, const std::string& display, size_t max_bytes, Diagnostics& diags) {
    SourceFile f;
    f.path = display;
    size_t size = 0;
    std::string why;
    switch (read_bytes(p, max_bytes, f.text, size, why)) {
        case ReadStatus::Ok:
            break;
        case ReadStatus::TooLarge:
            diags.error({display, 0, 0}, "limit.file-too-large",
                        "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(max_bytes),
                        "split the content into several files");
            return f;
        case ReadStatus::Unreadable:
            diags.error({display, 0, 0}, "io.unreadable", "cannot read the file: " + why,
                        "check that the file exists and that its permissions let planpub read it");
            return f;
    }
    f.present = true;
    return f;
}

// A folder's entries by name; a folder that cannot be listed is reported, not taken as empty.
std::vector<fs::directory_entry> sorted_entries(const fs::path& dir, const std::string& display, Diagnostics& diags,
                                                bool* listed = nullptr) {
    std::vector<fs::directory_entry> v;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) v.push_back(*it);
    if (listed) *listed = !ec;
    if (ec)
        diags.error({display, 0, 0}, "io.unreadable", "cannot list the folder: " + ec.message(),
                    "check that the folder's permissions let planpub read it");
    std::sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.path().filename() < b.path().filename(); });
    return v;
}

// What an import left for a person (docs/import.md): the report's "- [ ]" items not yet ticked, so
// that `planpub check` says what is left until the report is worked through or deleted.
void warn_open_import_items(const std::string& fs_path, const std::string& display, Diagnostics& diags) {
    SourceFile report = read_text_file(fs_path, display, Limits::max_data_bytes, diags);
    int open = 0, first = 0, line = 0;
    for (size_t at = 0; at < report.text.size();) {
        size_t end = report.text.find('\n', at);
        if (end == std::string::npos) end = report.text.size();
        ++line;
        if (report.text.compare(at, 6, "- [ ] ") == 0 && open++ == 0) first = line;
        at = end + 1;
    }
    if (open)
        diags.warning({display, first, 1}, "import.unchecked-items",
                      std::to_string(open) + " item(s) of the import report are not checked yet",
                      "fix what each item says, then mark it [x] (or delete import-report.md when all are done)");
}

PlanSources load_plan(const fs::path& dir, const std::string& display, Diagnostics& diags) {
    PlanSources plan;
    plan.id = dir.filename().string();
    plan.dir = display;
    bool saw_index = false, listed = true;
    for (auto& e : sorted_entries(dir, display, diags, &listed)) {
        std::string name = e.path().filename().string();
        std::string d = join(display, name);
        std::error_code ec;
        if (name == "files" && e.is_directory(ec) && !e.is_symlink(ec)) {
            plan.attachments = load_file_tree(e.path().string(), d, diags);
            continue;
        }
        if (!is_plain_file(e, d, diags)) continue;
        if (name == "index.md") saw_index = true;
        if (name == "import-report.md") {  // planpub import's checklist for the city's staff: not a page
            warn_open_import_items(e.path().string(), d, diags);
            continue;
        }
        if (name == "index.md")
            plan.index = read_text_file(e.path().string(), d, Limits::max_page_bytes, diags);
        else if (ends_with(name, ".md"))
            plan.pages.push_back(read_text_file(e.path().string(), d, Limits::max_page_bytes, diags));
        else if (name == "kpi.csv")
            plan.kpi_csv = read_raw(e.path(), d, Limits::max_data_bytes, diags);
        else if (name == "kpi-values.csv")
            plan.kpi_values_csv = read_raw(e.path(), d, Limits::max_data_bytes, diags);
        else if (name == "evaluation.csv")
            plan.evaluation_csv = read_raw(e.path(), d, Limits::max_data_bytes, diags);
        else if (name == "glossary.yaml")
            plan.glossary = read_text_file(e.path().string(), d, Limits::max_data_bytes, diags);
    }
    if (!saw_index && listed) {
        plan.index.path = join(display, "index.md");
        diags.error({display, 0, 0}, "plan.missing-index", "plan folder has no index.md",
                    "add index.md with the plan's front matter (title, status, period)");
    }
    return plan;
}

}  // namespace

bool clean_utf8_text(std::string& text, const std::string& display, Diagnostics& diags) {
    if (!accept_utf8(text, display, "save the file as UTF-8 (without BOM) in your editor", diags)) return false;
    if (text.find('\r') != std::string::npos) {
        std::string out;
        out.reserve(text.size());
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r') {
                out += '\n';
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            } else {
                out += text[i];
            }
        }
        text.swap(out);
    }
    return true;
}

SourceFile read_text_file(const std::string& fs_path, const std::string& display, size_t max_bytes,
                          Diagnostics& diags) {
    SourceFile f = read_raw(fs_path, display, max_bytes, diags);
    if (f.present && !clean_utf8_text(f.text, display, diags)) f.present = false;
    return f;
}

ContentTree load_site_files(const std::string& content_dir, Diagnostics& diags) {
    ContentTree tree;
    tree.root = content_dir;
    fs::path root(content_dir);
    auto site = root / "site.yaml";
    std::error_code ec;
    bool site_is_link = fs::is_symlink(site, ec);
    if (site_is_link) {
        diags.warning({join(content_dir, "site.yaml"), 0, 0}, "content.symlink-skipped",
                      "symbolic link skipped; links are never followed", "copy the file instead of linking to it");
    } else if (fs::exists(site, ec)) {
        tree.site_yaml = read_text_file(site.string(), join(content_dir, "site.yaml"), Limits::max_data_bytes, diags);
    }
    tree.site_yaml.path = join(content_dir, "site.yaml");  // named in diagnostics even when absent
    if (!tree.site_yaml.present && (site_is_link || !fs::exists(site, ec)))
        diags.error({join(content_dir, "site.yaml"), 0, 0}, "site.missing", "the content folder has no site.yaml",
                    "create site.yaml with title, base_url, publisher and license (see docs/content-format.md)");
    auto glossary = root / "glossary.yaml";
    if (fs::exists(glossary, ec) && !fs::is_symlink(glossary, ec))
        tree.glossary =
            read_text_file(glossary.string(), join(content_dir, "glossary.yaml"), Limits::max_data_bytes, diags);
    auto results = root / "accessibility-results.json";
    if (fs::exists(results, ec) && !fs::is_symlink(results, ec))
        tree.accessibility_results = read_text_file(results.string(), join(content_dir, "accessibility-results.json"),
                                                    Limits::max_data_bytes, diags);

    // Copied as it is to the output root (a CNAME, a search engine's verification file).
    auto static_dir = root / "static";
    if (fs::is_directory(static_dir, ec) && !fs::is_symlink(static_dir, ec))
        tree.static_files = load_file_tree(static_dir.string(), join(content_dir, "static"), diags);

    fs::path plans = root / "plans";
    std::string plans_display = join(content_dir, "plans");
    if (fs::is_directory(plans, ec) && !fs::is_symlink(plans, ec)) {
        for (auto& e : sorted_entries(plans, plans_display, diags)) {
            std::string d = join(plans_display, e.path().filename().string());
            if (e.is_symlink(ec)) {
                is_plain_file(e, d, diags);
                continue;
            }
            if (e.is_directory(ec)) tree.plan_folders.push_back(e.path().filename().string());
        }
    }
    if (tree.plan_folders.empty())
        diags.error({plans_display, 0, 0}, "content.no-plans", "no plans found",
                    "create a folder plans/<plan-id>/ with an index.md inside the content folder");
    return tree;
}

void load_plans(ContentTree& tree, Diagnostics& diags, int workers, const PlanRead& each_plan) {
    const fs::path plans = fs::path(tree.root) / "plans";
    const std::string plans_display = join(tree.root, "plans");
    tree.plans.resize(tree.plan_folders.size());
    // The next plans' files asked for while these are read (util/read_ahead.hpp): loading 100,000
    // pages with the cache cold took 13.5 s without, 6.2 s with (4.2 s warm).
    ReadAhead ahead(tree.plan_folders.size(), 2, [&](size_t i) {
        advise_folder_files((plans / tree.plan_folders[i]).string(), Limits::max_data_bytes);
    });
    parallel_for(tree.plan_folders.size(), workers, [&](size_t i, int) {
        ahead.reached(i);
        const std::string& name = tree.plan_folders[i];
        tree.plans[i] = load_plan(plans / name, join(plans_display, name), diags);
        if (each_plan) each_plan(i, tree.plans[i]);
    });
}

ContentTree load_content(const std::string& content_dir, Diagnostics& diags, int workers) {
    ContentTree tree = load_site_files(content_dir, diags);
    load_plans(tree, diags, workers);
    return tree;
}

}  // namespace planpub
