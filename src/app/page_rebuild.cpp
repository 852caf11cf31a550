// serve's one-page rebuild: the edited page alone is read, parsed and rendered again, when nothing
// other pages show of it changed.
#include <algorithm>
#include <filesystem>
#include <optional>

#include "app/pages.hpp"
#include "app/site_build.hpp"
#include "load/content_tree.hpp"
#include "parse/plan_meta.hpp"

namespace planpub {

PageRebuild rebuild_page(SiteBuild& b, const std::string& path, Diagnostics& diags) {
    namespace fs = std::filesystem;
    std::string wanted = fs::path(path).lexically_normal().string();
    for (size_t i = 0; i < b.jobs.size(); ++i) {
        const PageJob& job = b.jobs[i];
        if (job.page < 0) continue;
        Plan& plan = const_cast<Plan&>(*job.plan);  // the SiteBuild owns the plans; jobs only point into them
        Page& old = plan.pages[job.page];
        if (fs::path(old.source.path).lexically_normal().string() != wanted) continue;
        SourceFile file = read_text_file(path, old.source.path, Limits::max_page_bytes, diags);
        if (!file.present || diags.has_errors()) return PageRebuild::Failed;
        std::optional<Page> fresh = parse_page(file, diags);
        if (!fresh || diags.has_errors()) return PageRebuild::Failed;
        if (fresh->slug != old.slug || fresh->title != old.title || fresh->goal != old.goal ||
            fresh->order != old.order || fresh->summary != old.summary || fresh->updated != old.updated ||
            fresh->glossary != old.glossary)
            return PageRebuild::NeedsFullBuild;  // other pages show this page's title, order or goal
        Page previous = old;
        old.body = std::move(fresh->body);
        old.body_released = false;
        old.source = fresh->source;
        PageResult r = render_page_job(b, job, *b.parsers[0], *b.templates[0], diags);
        if (diags.has_errors()) {
            old = std::move(previous);
            return PageRebuild::Failed;
        }
        const TermList old_terms = b.pages.used_terms(i);
        if (!std::equal(r.used_terms.begin(), r.used_terms.end(), old_terms.begin(), old_terms.end()))
            return PageRebuild::NeedsFullBuild;  // back-links, plan.json change
        b.pages[i].html = std::move(r.html);
        b.pages[i].body = std::move(r.body);
        b.pages[i].sections = std::move(r.sections);
        return PageRebuild::Done;
    }
    return PageRebuild::NeedsFullBuild;  // not a known page: a new file, index.md, a CSV, YAML, the theme
}

}  // namespace planpub
