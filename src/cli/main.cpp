// planpub command line: build, check.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "app/build.hpp"

using namespace planpub;

static int report(const Diagnostics& diags) {
    for (const auto& d : diags.sorted()) std::cerr << format_diagnostic(d);
    return diags.has_errors() ? 1 : 0;
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

    auto* check = app.add_subcommand("check", "validate the content; write nothing");
    check->add_option("--content", opt.content_dir, "content folder")->capture_default_str();
    check->add_flag("--strict", opt.strict, "treat warnings as errors");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;  // usage errors are 2, content errors 1
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(opt.content_dir, ec)) {
        std::cerr << "planpub: error[usage.no-content]: content folder \"" << opt.content_dir << "\" does not exist\n"
                  << "  hint: run from the folder that holds content/, or pass --content DIR\n";
        return 2;
    }
    opt.write = build->parsed();
    Diagnostics diags;
    BuildResult r = run_build(opt, diags);
    int code = report(diags);
    if (!r.ok) {
        if (code == 0) code = 1;  // --strict: warnings failed the run
        std::cerr << "planpub: " << diags.error_count() << " error(s), " << diags.warning_count() << " warning(s)"
                  << (opt.write ? "; the output folder was left as it was\n" : "\n");
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
