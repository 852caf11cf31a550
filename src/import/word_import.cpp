#include "import/word_import.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "diag/diagnostics.hpp"
#include "import/docx_container.hpp"
#include "import/docx_map.hpp"
#include "import/docx_text.hpp"
#include "import/plan_id.hpp"
#include "import/word_process.hpp"
#include "import/word_write.hpp"

namespace planpub {

namespace fs = std::filesystem;

namespace {

int fail(const std::string& where, const std::string& code, const std::string& message, const std::string& hint,
         int status = 1) {
    Diagnostic d;
    d.where.path = where;
    d.code = code, d.message = message, d.hint = hint;
    std::cerr << format_diagnostic(d);
    return status;
}

// A folder removed with everything in it when the import ends, whatever happens.
struct TempDir {
    std::string path;
    explicit TempDir(std::string templ) {
        if (mkdtemp(templ.data())) path = templ;
    }
    ~TempDir() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
};

bool write_file(const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
    f.close();
    return bool(f);
}

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

// Readings from MeCab (mecab -Oyomi, katakana) when it is installed; each one for review.
void suggest_readings(DocxPlan& plan, const std::string& work) {
    std::string why, mecab = find_program("mecab", "PLANPUB_MECAB", why);
    if (!mecab.empty()) {
        std::string in;
        for (const auto& t : plan.terms) in += t.term + "\n";
        write_file(work + "/terms.txt", in);
        auto r = run_program({mecab, "-Oyomi", work + "/terms.txt"}, work + "/yomi.txt", work + "/mecab.err", 30);
        std::istringstream out(r.exit_status == 0 ? read_file(work + "/yomi.txt") : "");
        std::string line;
        for (auto& t : plan.terms) {
            if (!std::getline(out, line)) break;
            std::string kana = kana_only_reading(strip_indent(line));
            if (t.reading.empty() && !kana.empty()) {
                t.reading = kana;
                plan.review.push_back({t.where, "reading-review",
                                       "「" + t.term + "」 reading " + kana + " suggested by MeCab: check it"});
            }
        }
    }
    for (const auto& t : plan.terms)
        if (t.reading.empty())
            plan.review.push_back({t.where, "no-reading",
                                   "「" + t.term + "」 has no reading (ん written in " + "glossary.yaml)" +
                                       (mecab.empty() ? "; install mecab "
                                                        "mecab-ipadic-utf8 for suggestions"
                                                      : "")});
}

bool copy_images(const DocxPlan& plan, const fs::path& files, std::string& why) {
    std::error_code ec;
    if (plan.images.empty()) return true;
    fs::create_directories(files, ec);
    for (const auto& img : plan.images) {
        if (!fs::copy_file(img.media_path, files / img.file_name, ec)) {
            why = "image " + img.media_path + ": " + ec.message();
            return false;
        }
    }
    return !ec;
}

}  // namespace

int run_import_word(const WordImportOptions& o) {
    if (auto bad = bad_plan_id(o.plan_id)) {
        std::cerr << format_diagnostic(*bad);
        return 2;
    }
    std::error_code ec;
    if (!fs::is_directory(o.content_dir, ec))
        return fail("planpub", "usage.no-content", "content folder \"" + o.content_dir + "\" does not exist",
                    "create it (mkdir " + o.content_dir + ") or pass --content DIR", 2);
    const std::string plan_dir = o.content_dir + "/plans/" + o.plan_id;
    if (fs::exists(fs::symlink_status(plan_dir, ec)))
        return fail(plan_dir, "import.plan-exists", "the plan folder exists already; import never overwrites it",
                    "choose another --plan id, or move the folder away first");
    std::vector<DocxTextBox> boxes;
    if (auto problem = check_docx(o.docx, boxes)) return fail(o.docx, problem->code, problem->message, problem->hint);
    std::string why;
    std::string pandoc = find_program("pandoc", "PLANPUB_PANDOC", why);
    if (pandoc.empty())
        return fail(o.docx, "import.no-pandoc", "reading a .docx needs pandoc: " + why,
                    "install it with apt-get install pandoc (only import needs it; the build does not)");

    const char* tmp = std::getenv("TMPDIR");
    TempDir work(std::string(tmp && *tmp ? tmp : "/tmp") + "/planpub-import-XXXXXX");
    if (work.path.empty())
        return fail(o.docx, "output.write-failed", "cannot create a temporary folder: " + std::string(strerror(errno)),
                    "check that TMPDIR (or /tmp) is writable");
    auto run = run_program(
        {pandoc, "-f", "docx", "-t", "json", "--extract-media=" + work.path, o.docx[0] == '-' ? "./" + o.docx : o.docx},
        work.path + "/doc.json", work.path + "/pandoc.err", o.timeout_seconds);
    std::string err = read_file(work.path + "/pandoc.err");
    if (auto nl = err.find('\n'); nl != std::string::npos) err.resize(nl);
    if (!run.started || run.timed_out || run.exit_status != 0)
        return fail(o.docx, "import.pandoc-failed",
                    !run.started    ? "pandoc (" + pandoc + ") could not start: " + run.error
                    : run.timed_out ? "pandoc did not finish within " + std::to_string(o.timeout_seconds) + " s"
                                    : "pandoc failed (exit " + std::to_string(run.exit_status) + "): " + err,
                    "open the file in Word and save it again as .docx; pandoc --version must be 2.10 or later");
    DocxPlan plan;
    try {
        plan = map_docx_ast(nlohmann::json::parse(read_file(work.path + "/doc.json")), boxes, work.path);
    } catch (const std::exception& e) {
        return fail(o.docx, "import.pandoc-failed", std::string("pandoc's output could not be read: ") + e.what(),
                    "check pandoc --version (2.10 or later is needed) and report the file if it is");
    }
    suggest_readings(plan, work.path);

    // Everything is written into a staging folder beside plans/ and renamed into place at the end.
    TempDir staging(o.content_dir + "/.planpub-import-XXXXXX");
    if (staging.path.empty())
        return fail(o.content_dir, "output.write-failed",
                    "cannot write in the content folder: " + std::string(strerror(errno)),
                    "check that the content folder is writable");
    fs::path dir = fs::path(staging.path) / o.plan_id;
    fs::create_directories(dir, ec);
    bool ok = !ec && write_file(dir / "index.md", index_markdown(plan));
    for (const auto& ch : plan.chapters) ok = ok && write_file(dir / page_file_name(ch), page_markdown(ch));
    if (!plan.terms.empty()) ok = ok && write_file(dir / "glossary.yaml", glossary_yaml(plan));
    if (!plan.kpi_csv.empty()) ok = ok && write_file(dir / "kpi.csv", plan.kpi_csv);
    if (!plan.kpi_values_csv.empty()) ok = ok && write_file(dir / "kpi-values.csv", plan.kpi_values_csv);
    if (ok && !copy_images(plan, dir / "files", why)) ok = false;
    if (!fs::exists(o.content_dir + "/site.yaml"))
        plan.review.push_back(
            {{}, "placeholder", "the content folder has no site.yaml: write one before planpub build"});
    // The report beside the plan, as `import kpi` writes it: the build skips import-report.md.
    const std::string report = report_markdown(plan, o.docx, plan_dir);
    ok = ok && write_file(dir / "import-report.md", report);
    if (!ok) return fail(plan_dir, "output.write-failed", "cannot write the plan: " + why, "check free disk space");
    fs::create_directories(o.content_dir + "/plans", ec);
    if (renameat2(AT_FDCWD, dir.c_str(), AT_FDCWD, plan_dir.c_str(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY)
            return fail(plan_dir, "import.plan-exists", "the plan folder appeared while importing",
                        "choose another --plan id, or move the folder away first");
        return fail(plan_dir, "output.write-failed", "cannot move the plan into place: " + std::string(strerror(errno)),
                    "check that content/plans is writable");
    }
    const std::string report_path = plan_dir + "/import-report.md";
    std::cout << report << "\nplanpub: wrote " << plan_dir << "/ and " << report_path << " (" << plan.review.size()
              << " item(s) to check)\n";
    return 0;
}

}  // namespace planpub
