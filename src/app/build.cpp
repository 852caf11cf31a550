#include "app/build.hpp"

#include <chrono>
#include <algorithm>
#include <ctime>

#include "app/site_build.hpp"
#include "emit/output_dir.hpp"
#include "emit/output_writer.hpp"

namespace planpub {

std::string build_date_from_environment() {
    std::time_t t = std::time(nullptr);
    if (const char* e = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        long long v = std::strtoll(e, &end, 10);
        if (end && *end == '\0' && v >= 0) t = static_cast<std::time_t>(v);
    }
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// Files someone put into a built --out would vanish with the next build: name them and refuse.
static void refuse_foreign_files(const BuildOptions& opt, const OutputSet& outputs, Diagnostics& diags) {
    const std::vector<std::string> foreign = foreign_output_files(opt.out_dir, outputs);
    if (foreign.empty()) return;
    const size_t shown = std::min<size_t>(foreign.size(), 10);
    std::string list;
    for (size_t i = 0; i < shown; ++i) list += (i ? ", " : "") + foreign[i];
    if (shown < foreign.size()) list += " and " + std::to_string(foreign.size() - shown) + " more";
    diags.error(
        {opt.out_dir, 0, 0}, "output.not-planpub",
        "the output folder holds " + std::to_string(foreign.size()) + (foreign.size() == 1 ? " file" : " files") +
            " that planpub did not write: " + list,
        "a build replaces the whole output folder, so they would be lost: move them into " + opt.content_dir +
            "/static/ (copied as they are to the output root on every build), or delete them; nothing was changed");
}

BuildResult run_build(const BuildOptions& opt, Diagnostics& diags) {
    BuildResult result;
    if (opt.write && path_is_inside(opt.out_dir, opt.content_dir)) {
        diags.error({opt.out_dir, 0, 0}, "output.inside-content", "the output folder is inside the content folder",
                    "choose an output folder outside " + opt.content_dir + ", e.g. --out public");
        return result;
    }
    if (opt.write && path_is_inside(opt.content_dir, opt.out_dir)) {
        diags.error({opt.out_dir, 0, 0}, "output.contains-content", "the content folder is inside the output folder",
                    "the output folder is replaced on every build; choose another one");
        return result;
    }
    // Reported, then the content is still checked, so that one run lists every problem.
    const bool foreign = opt.write && output_is_foreign(opt.out_dir);
    if (foreign)
        diags.error({opt.out_dir, 0, 0}, "output.not-planpub",
                    "the output folder holds files that planpub did not write",
                    "planpub replaces --out on every build: choose a new or empty folder, or delete this one first");
    // The writer takes the output's lock now and receives pages as they render (only beside --out,
    // never into it). When it cannot (another build, no permission: reported), the content is
    // still checked and nothing is written.
    OutputWriter writer;
    const bool streaming = opt.write && !foreign && writer.open(opt.out_dir, diags, opt.jobs);
    auto b = build_site(opt, diags, streaming ? &writer : nullptr);
    if (!b) return result;
    if (opt.write && !b->outputs.empty() && !output_is_foreign(opt.out_dir))
        refuse_foreign_files(opt, b->outputs, diags);
    result.pages = b->jobs.size() + 4;
    result.files = b->outputs.size();
    result.timings = b->timings;
    result.page_jobs = b->jobs.size();
    result.pages_from_cache = b->reuse ? b->reuse->reused.load() : 0;

    bool failed = diags.has_errors() || (opt.strict && diags.warning_count() > 0);
    if (failed) {
        if (streaming) writer.abandon(diags);
        return result;
    }
    auto started = std::chrono::steady_clock::now();
    if (streaming) release_site_model(*b);  // finish() needs only the file list and the page cache
    if (opt.write && (!streaming || !writer.finish(b->outputs, diags))) return result;
    if (opt.write) commit_page_reuse(*b);  // only for an output in place: the cache describes it
    if (opt.write)
        result.timings.push_back(
            {"write", std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()});
    result.ok = true;
    return result;
}

}  // namespace planpub
