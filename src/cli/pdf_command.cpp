#include "cli/pdf_command.hpp"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/print_jobs.hpp"
#include "app/site_build.hpp"
#include "import/word_process.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace fs = std::filesystem;

namespace {

int report(const Diagnostics& diags) {
    for (const auto& d : diags.sorted()) std::cerr << format_diagnostic(d);
    return diags.has_errors() ? 1 : 0;
}

// The site as the build would write it, into `dir` (a scratch copy: the print pages need their
// stylesheet and pictures beside them, and --out is only ever replaced whole, by the final build).
bool write_copy(const OutputSet& files, const fs::path& dir, std::string& why) {
    std::error_code ec;
    for (const OutputFile& f : files) {
        const fs::path to = dir / f.path;
        fs::create_directories(to.parent_path(), ec);
        if (!f.copy_from.empty()) {
            fs::copy_file(f.copy_from, to, fs::copy_options::overwrite_existing, ec);
        } else {
            std::ofstream out(to, std::ios::binary);
            out << f.bytes;
            if (!out) ec = std::make_error_code(std::errc::io_error);
        }
        if (ec) {
            why = to.string() + ": " + ec.message();
            return false;
        }
    }
    return true;
}

}  // namespace

int run_pdf(BuildOptions opt, int timeout_seconds) {
    Diagnostics diags;
    std::string why;
    const std::string browser = find_program("chromium", "PLANPUB_CHROMIUM", why);
    if (browser.empty()) {
        diags.error({"chromium", 0, 0}, "pdf.no-browser",
                    "printing the PDF needs chromium (" + why + "); no PDF written",
                    "apt-get install chromium (only `planpub pdf` needs it: `planpub build` never does)");
        return report(diags);
    }
    std::unique_ptr<SiteBuild> b = build_site(opt, diags);
    if (!b || diags.has_errors()) {
        report(diags);
        std::cerr << "planpub: no PDF written; the output folder was left as it was\n";
        return 1;
    }
    // Scratch space in TMPDIR (not beside --out: the build clears what it finds there).
    std::error_code ec;
    std::string tmpl = (fs::temp_directory_path(ec) / "planpub-pdf-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) {
        diags.error({tmpl, 0, 0}, "output.write-failed", "cannot make a scratch folder to print from",
                    "check that TMPDIR (else /tmp) has room and can be written");
        return report(diags);
    }
    const fs::path stage = tmpl;
    fs::create_directories(stage / "pdf", ec);
    links_for_pdf(*b);
    if (!write_copy(b->outputs, stage / "site", why)) {
        diags.error({stage.string(), 0, 0}, "output.write-failed", "cannot write the copy to print from: " + why,
                    "check that the folder beside --out has room and can be written");
        fs::remove_all(stage, ec);
        return report(diags);
    }
    for (const PrintJob& job : print_jobs(b->site)) {
        const Plan& p = *job.plan;
        const fs::path page = stage / "site" / job.page;
        const fs::path pdf = stage / "pdf" / fs::path(job.pdf).filename();
        // No shell: the arguments reach chromium as they are. Its profile stays in the scratch folder.
        ProgramResult r = run_program(
            {browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--user-data-dir=" + (stage / "profile").string(),
             "--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=" + pdf.string(),
             "file://" + path_href(page.string())},
            (stage / "chromium-stdout.txt").string(), (stage / "chromium-stderr.txt").string(), timeout_seconds);
        if (!r.started || r.timed_out || r.exit_status != 0 || !fs::exists(pdf, ec) || fs::file_size(pdf, ec) == 0) {
            const std::string what = !r.started ? "could not start " + browser + ": " + r.error
                                     : r.timed_out
                                         ? "chromium did not finish within " + std::to_string(timeout_seconds) + " s"
                                         : "chromium printed no PDF (exit " + std::to_string(r.exit_status) + ")";
            diags.error({p.source.path, 0, 0}, "pdf.print-failed", "cannot print " + job.page + ": " + what,
                        "run chromium by hand as docs/print.md shows to see its messages");
            continue;
        }
        opt.extra_files.push_back({job.pdf, pdf.string()});
    }
    b.reset();
    if (diags.has_errors()) {
        fs::remove_all(stage, ec);
        report(diags);
        std::cerr << "planpub: no PDF written; the output folder was left as it was\n";
        return 1;
    }
    // The site again, now with the PDFs among its files (and linked from the plan pages).
    BuildResult r = run_build(opt, diags);
    fs::remove_all(stage, ec);
    int code = report(diags);
    if (!r.ok) return 1;
    std::cerr << "planpub: wrote " << opt.extra_files.size() << " PDF(s) and " << r.files << " files to " << opt.out_dir
              << "/\n";
    return code;
}

}  // namespace planpub
