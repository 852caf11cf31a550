// planpub command line: build, check, serve, pdf, import.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/build.hpp"
#include "text/base_url.hpp"
#include "cli/import_command.hpp"
#include "cli/pdf_command.hpp"
#include "cli/progress_bar.hpp"
#include "import/kpi_import.hpp"
#include "import/plan_id.hpp"
#include "serve/serve.hpp"

using namespace planpub;

// jemalloc's settings (read at start-up when it is linked in; an unused symbol otherwise): huge
// pages for the heap cut the page faults and cross-CPU TLB flushes that first writes to fresh
// memory cause — about a fifth of a 2,000-page build's wall time on this machine. Freed memory goes
// back to the system after a second (not ten), from jemalloc's own thread: a large build frees as
// much as it allocates (each page's Markdown, HTML and search records), and kept pages counted
// about 100 MB of the peak at 100,000 pages. One arena per CPU (not four): each arena holds huge
// pages of its own, and on 2 cores the default eight left about 20 MB of them part-used at
// 100,000 pages (283 against 306 MiB peak), with no loss of speed (docs/performance.md).
extern "C" {
const char* malloc_conf =
    "thp:always,metadata_thp:always,background_thread:true,dirty_decay_ms:1000,percpu_arena:percpu";
}

// With --strict a warning is an error (SPEC: "--strict makes them errors"): it is reported as one.
static int report(const Diagnostics& diags, bool strict) {
    for (auto d : diags.sorted()) {
        if (strict) d.severity = Severity::Error;
        std::cerr << format_diagnostic(d);
    }
    return diags.has_errors() || (strict && diags.warning_count() > 0) ? 1 : 0;
}

// planpub import kpi: usage errors (2) before anything is read, then the import (1 on errors).
static int run_import_kpi_command(const ImportKpiOptions& o) {
    std::error_code ec;
    if (auto bad = bad_plan_id(o.plan)) {
        std::cerr << format_diagnostic(*bad);
        return 2;
    }
    if (!std::filesystem::is_directory(o.content_dir, ec)) {
        std::cerr << "planpub: error[usage.no-content]: content folder \"" << o.content_dir << "\" does not exist\n"
                  << "  hint: run from the folder that holds content/, or pass --content DIR\n";
        return 2;
    }
    if (!std::filesystem::is_regular_file(o.sheet_path, ec)) {
        std::cerr << "planpub: error[usage.no-input]: \"" << o.sheet_path << "\" is not a file\n"
                  << "  hint: name the Excel workbook (.xlsx) to import\n";
        return 2;
    }
    Diagnostics diags;
    ImportKpiResult r = run_import_kpi(o, diags);
    int code = report(diags, false);
    if (!r.ok) {
        std::cerr << "planpub: " << diags.error_count() << " error(s), " << diags.warning_count()
                  << " warning(s); nothing was written\n";
        return code == 0 ? 1 : code;
    }
    std::cerr << "planpub: wrote " << r.kpi_csv << " (" << r.kpis << (r.kpis == 1 ? " KPI)" : " KPIs)");
    if (!r.kpi_values_csv.empty()) std::cerr << ", " << r.kpi_values_csv << " (" << r.values << " values)";
    std::cerr << "; " << diags.warning_count() << " item(s) to check, listed in " << r.report << "\n";
    return 0;
}

int main(int argc, char** argv) {
    CLI::App app{"planpub — publishes municipal strategy plans as an accessible website and open data"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "planpub 0.1.0");

    BuildOptions opt;
    auto* build = app.add_subcommand("build", "build the site and open data into --out");
    build->add_option("--content", opt.content_dir, "content folder")->capture_default_str();
    build->add_option("--out", opt.out_dir, "output folder (replaced atomically)")->capture_default_str();
    build->add_option("--base-url", opt.base_url, "absolute URL the site is served from (overrides site.yaml)");
    build->add_option("--jobs,-j", opt.jobs, "worker threads (default: all cores)")->check(CLI::Range(0, 1024));
    build->add_flag("--strict", opt.strict, "treat warnings as errors");
    bool timings = false;
    build->add_flag("--timings", timings, "print how long each stage took");

    ServeOptions serve_opt;
    auto* serve = app.add_subcommand("serve", "build in memory, serve on 127.0.0.1 and rebuild on every change");
    serve->add_option("--content", serve_opt.content_dir, "content folder")->capture_default_str();
    serve->add_option("--port", serve_opt.port, "port on 127.0.0.1 (0: any free port)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    serve->add_option("--jobs,-j", serve_opt.jobs, "worker threads (default: all cores)")->check(CLI::Range(0, 1024));

    auto* check = app.add_subcommand("check", "validate the content; write nothing");
    check->add_option("--content", opt.content_dir, "content folder")->capture_default_str();
    check->add_flag("--strict", opt.strict, "treat warnings as errors");

    auto* pdf = app.add_subcommand("pdf", "build, and print each plan's print edition to PDF (needs chromium)");
    pdf->add_option("--content", opt.content_dir, "content folder")->capture_default_str();
    pdf->add_option("--out", opt.out_dir, "output folder (replaced atomically)")->capture_default_str();

    WordImportOptions word_opt;
    auto* import_word = add_import_word(app, word_opt);
    ImportKpiOptions kpi_opt;
    auto* import_kpi =
        import_command(app)->add_subcommand("kpi", "an Excel KPI sheet (.xlsx) → plans/ID/kpi.csv, kpi-values.csv");
    import_kpi->add_option("sheet", kpi_opt.sheet_path, "the .xlsx workbook")->required();
    import_kpi->add_option("--plan", kpi_opt.plan, "the plan (plans/ID/) that receives the KPIs")->required();
    import_kpi->add_option("--content", kpi_opt.content_dir, "content folder")->capture_default_str();
    import_kpi->add_option("--sheet", kpi_opt.sheet_name, "the sheet to read (default: the first with a KPI table)");

    // CLI11 answers a misspelt command ("planpub buld") with "A subcommand is required": name it.
    auto is_command = [&app](const std::string& name) {
        try {
            return app.get_subcommand_ptr(name) != nullptr;
        } catch (const CLI::OptionNotFound&) { return false; }
    };
    if (argc > 1 && argv[1][0] != '-' && !is_command(argv[1])) {
        std::cerr << "planpub: error[usage.unknown-command]: unknown command \"" << argv[1] << "\"\n"
                  << "  hint: use planpub build, planpub check, planpub serve or planpub import "
                     "(planpub --help lists the options)\n";
        return 2;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) { return app.exit(e); } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;  // usage errors are 2, content errors 1
    }
    if (import_word->parsed()) return run_import_word(word_opt);
    if (import_kpi->parsed()) return run_import_kpi_command(kpi_opt);
    if (serve->parsed()) opt.content_dir = serve_opt.content_dir;
    if (build->parsed() && !opt.base_url.empty()) {  // a usage error (2), before anything is read
        std::string why;
        auto uri = base_url_as_uri(opt.base_url, why);
        if (!uri) {
            bool absolute = opt.base_url.rfind("http://", 0) == 0 || opt.base_url.rfind("https://", 0) == 0;
            std::cerr << "--base-url: error[" << (absolute ? "cli.base-url-not-uri" : "cli.base-url-not-absolute")
                      << "]: --base-url \"" << opt.base_url << "\" "
                      << (absolute ? "cannot be a web address: " + why : "is not an absolute http(s) URL") << "\n"
                      << "  hint: write the full address where the site will live, e.g. --base-url "
                         "https://www.city.example.jp/plans/\n";
            return 2;
        }
        opt.base_url = *uri;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(opt.content_dir, ec)) {
        std::cerr << "planpub: error[usage.no-content]: content folder \"" << opt.content_dir << "\" does not exist\n"
                  << "  hint: run from the folder that holds content/, or pass --content DIR\n";
        return 2;
    }
    if ((build->parsed() || pdf->parsed()) && opt.out_dir.empty()) {
        std::cerr << "planpub: error[usage.no-out]: --out is empty\n"
                  << "  hint: name the output folder, e.g. --out public (is a variable in --out \"$OUT\" unset?)\n";
        return 2;
    }
    if (serve->parsed()) return run_serve(serve_opt);
    if (pdf->parsed()) return run_pdf(opt);
    opt.write = build->parsed();
    ProgressBar bar(isatty(STDERR_FILENO) != 0);
    if (bar.enabled()) opt.progress = [&bar](size_t done, size_t total) { bar.update(done, total); };
    Diagnostics diags;
    BuildResult r = run_build(opt, diags);
    bar.finish();
    if (timings)
        for (const auto& [stage, seconds] : r.timings)
            std::fprintf(stderr, "planpub: %-26s %7.3f s\n", stage.c_str(), seconds);
    if (timings && opt.write)
        std::fprintf(stderr, "planpub: %-26s %zu of %zu\n", "pages from the cache", r.pages_from_cache, r.page_jobs);
    int code = report(diags, opt.strict);
    if (!r.ok) {
        if (code == 0) code = 1;
        const size_t warnings = opt.strict ? 0 : diags.warning_count();
        std::cerr << "planpub: " << diags.error_count() + diags.warning_count() - warnings << " error(s), " << warnings
                  << " warning(s)" << (opt.write ? "; the output folder was left as it was\n" : "\n");
        return code;
    }
    if (isatty(STDERR_FILENO)) {
        if (opt.write)
            std::cerr << "planpub: wrote " << r.files << " files (" << r.pages << " pages) to " << opt.out_dir << "/\n";
        else
            std::cerr << "planpub: content is valid (" << r.pages << " pages)\n";
    }
    return 0;
}
