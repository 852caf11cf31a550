// Producers of the site's own pages and files: home, accessibility pages, 404, sitemap, robots.txt,
// feed, the theme's assets, the plans' attachments and the content's static/ files.
#include <algorithm>
#include <map>
#include <set>

#include "app/pages.hpp"
#include "app/producers.hpp"
#include "parse/accessibility_results.hpp"
#include "render/accessibility_pages.hpp"
#include "render/feeds.hpp"
#include "vocab/routes.hpp"

namespace planpub {

const std::vector<NamedProducer>& site_producers() {
    static const std::vector<NamedProducer> list = {
        {"home", produce_home},
        {"plan pages", produce_plan_pages},
        {"accessibility", produce_accessibility},
        {"KPI pages", produce_kpi_pages, true},
        {"evaluation pages", produce_evaluation_pages},
        {"glossary", produce_glossary},
        {"print editions", produce_print_pages, true},
        {"open data", produce_open_data},
        {"search", produce_search},
        {"404", produce_not_found},
        {"sitemap", produce_sitemap},
        {"robots and feed", produce_robots_and_feed},
        {"theme assets", produce_theme_assets},
        {"attachments", produce_attachments},
        {"page files", produce_page_files},
        {"static files", produce_static_files},
    };
    return list;
}

int worker_count(const SiteBuild& b) { return static_cast<int>(std::max<size_t>(1, b.templates.size())); }

OutputFile file_now(SiteBuild& b, std::string path, std::string bytes) {
    if (!b.writer) return {std::move(path), std::move(bytes), ""};
    b.writer->put(path, bytes);
    return {std::move(path), "", "", true};
}

void add_file(SiteBuild& b, SiteOutputs& out, std::string path, std::string bytes) {
    out.files.push_back(file_now(b, std::move(path), std::move(bytes)));
}

void produce_home(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    out.files.push_back({routes::home(), render_home(*b.templates[0], *b.ctx), ""});
    out.sitemap.push_back({routes::home(), b.ctx->build_date});
}

void produce_accessibility(SiteBuild& b, SiteOutputs& out, Diagnostics& diags) {
    Templates& t = *b.templates[0];
    const AccessibilityResults results = read_accessibility_results(b.tree.accessibility_results, diags);
    check_accessibility_policy(b.site, diags);  // site.yaml's accessibility: fields left out
    out.files.push_back({routes::accessibility(), render_accessibility(t, *b.ctx, results), ""});
    out.sitemap.push_back({routes::accessibility(), b.ctx->build_date});
    out.files.push_back(
        {routes::accessibility_results(), render_accessibility_results(t, *b.ctx, results_html(results)), ""});
    out.sitemap.push_back({routes::accessibility_results(), b.ctx->build_date});
}

void produce_not_found(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    out.files.push_back({routes::not_found(), render_not_found(*b.templates[0], *b.ctx), ""});
}

void produce_sitemap(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    const size_t at = std::min(out.sitemap_pages_at, out.sitemap.size());
    const size_t pages = out.sitemap_pages_at == SIZE_MAX ? 0 : std::min(b.pages.size(), b.jobs.size());
    auto entry = [&](size_t i) -> SitemapEntry {
        if (i < at) return out.sitemap[i];
        if (i < at + pages) return {page_path(b.jobs[i - at]), page_date(*b.ctx, b.jobs[i - at])};
        return out.sitemap[i - pages];
    };
    render_sitemaps(*b.ctx, out.sitemap.size() + pages, entry,
                    [&](std::string path, std::string bytes) { add_file(b, out, std::move(path), std::move(bytes)); });
}

void produce_robots_and_feed(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    out.files.push_back({routes::robots(), render_robots(*b.ctx), ""});
    out.files.push_back({routes::feed(), render_atom_feed(*b.ctx), ""});
}

void produce_theme_assets(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    for (const auto& [path, bytes] : b.theme.assets) out.files.push_back({routes::asset(path), bytes, ""});
}

void produce_attachments(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    for (const Plan& p : b.site.plans)
        for (const Attachment& a : p.attachments)
            out.files.push_back({routes::plan_file(p.id, a.relative), "", a.source_path});
}

// The content's static/ files, copied to the output root; one that would replace or sit inside a
// file planpub writes is an error naming both (never a silent overwrite). The output's paths are
// looked up among the static files' (few), not the other way round: two sets of every output path
// and folder were hundreds of thousands of strings at 100,000 pages.
void produce_static_files(SiteBuild& b, SiteOutputs& out, Diagnostics& diags) {
    const std::vector<Attachment>& files = b.tree.static_files;
    if (files.empty()) return;
    std::map<std::string, size_t> by_path;  // a static file's path → its index
    std::set<std::string> prefixes;         // the folders static files sit in
    for (size_t i = 0; i < files.size(); ++i) {
        by_path.emplace(files[i].relative, i);
        const std::string& rel = files[i].relative;
        for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1))
            prefixes.insert(rel.substr(0, slash));
    }
    std::vector<bool> is_file(files.size()), is_folder(files.size());
    std::set<std::string> files_at_prefixes;  // output files where a static file needs a folder
    for (const OutputFile& f : out.files) {
        if (auto it = by_path.find(f.path); it != by_path.end()) is_file[it->second] = true;
        for (size_t slash = f.path.find('/'); slash != std::string::npos; slash = f.path.find('/', slash + 1))
            if (auto it = by_path.find(f.path.substr(0, slash)); it != by_path.end()) is_folder[it->second] = true;
        if (prefixes.count(f.path)) files_at_prefixes.insert(f.path);
    }
    for (size_t i = 0; i < files.size(); ++i) {
        const Attachment& a = files[i];
        std::string clash;
        if (is_file[i])
            clash = "\"" + a.relative + "\" is also a file planpub writes";
        else if (is_folder[i])
            clash = "\"" + a.relative + "\" is a folder of planpub's output";
        for (size_t slash = a.relative.find('/'); clash.empty() && slash != std::string::npos;
             slash = a.relative.find('/', slash + 1))
            if (files_at_prefixes.count(a.relative.substr(0, slash)))
                clash = "\"" + a.relative.substr(0, slash) + "\" is a file planpub writes, so it cannot hold \"" +
                        a.relative + "\"";
        if (!clash.empty()) {
            diags.error(
                {a.source_path, 0, 0}, "static.collision",
                clash + " (" + a.source_path + " and the output's " + a.relative + ")",
                "rename or remove the file in static/: planpub's own file at that path is generated from the content");
            continue;
        }
        out.files.push_back({a.relative, "", a.source_path});
    }
}

}  // namespace planpub
