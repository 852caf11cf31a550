#include "app/page_reuse.hpp"

#include <sys/stat.h>

#include <optional>
#include <type_traits>

#include "app/pages.hpp"
#include "app/site_build.hpp"
#include "opendata/catalog.hpp"
#include "parse/front_matter.hpp"
#include "util/byte_codec.hpp"
#include "util/parallel.hpp"
#include "vocab/routes.hpp"

namespace planpub {

namespace {

// A file copied as it is: its name, where it comes from, and its size and time (not its bytes: a
// PDF can be large, and pages only link to it).
void add_copied_file(FingerprintBuilder& f, const Attachment& a) {
    struct stat st {};
    const bool there = ::stat(a.source_path.c_str(), &st) == 0;
    f.add(a.source_path).add(a.relative).add(static_cast<uint64_t>(there));
    f.add(static_cast<uint64_t>(st.st_size)).add(static_cast<uint64_t>(st.st_mtim.tv_sec));
    f.add(static_cast<uint64_t>(st.st_mtim.tv_nsec));
}

template <typename Map>
void add_map(FingerprintBuilder& f, const Map& map) {
    f.add(static_cast<uint64_t>(map.size()));
    for (const auto& [key, value] : map) {
        f.add(key);
        if constexpr (std::is_integral_v<std::decay_t<decltype(value)>>)
            f.add(static_cast<uint64_t>(value));
        else
            f.add(value);
    }
}

// Everything the pages of every plan render from, except the plans' own page bodies.
Fingerprint site_key(const SiteBuild& b) {
    FingerprintBuilder f;
    f.add("planpub page cache key 1").add(program_build_id());
    for (const SourceFile* s : {&b.tree.site_yaml, &b.tree.glossary, &b.tree.accessibility_results})
        f.add(static_cast<uint64_t>(s->present)).add(s->path).add(s->text);
    f.add(static_cast<uint64_t>(b.tree.static_files.size()));
    for (const Attachment& a : b.tree.static_files) add_copied_file(f, a);
    f.add(b.site.config.base_url);  // --base-url overrides site.yaml's
    add_map(f, b.theme.templates);
    add_map(f, b.theme.assets);
    add_map(f, b.theme.template_paths);
    f.add(static_cast<uint64_t>(b.extra_files.size()));
    for (const auto& [path, file] : b.extra_files) f.add(path).add(file);
    const RenderContext& ctx = *b.ctx;
    f.add(ctx.build_date).add(static_cast<uint64_t>(ctx.has_glossary)).add(static_cast<uint64_t>(ctx.has_opendata));
    add_map(f, ctx.plan_dataset_ids);
    f.add(static_cast<uint64_t>(ctx.plan_datasets.size()));
    for (const auto& [plan, set] : ctx.plan_datasets)  // what the overview shows of it
        f.add(plan).add(schema_org_dataset(ctx.datasets->at(set), b.site.config));
    add_map(f, ctx.file_sizes);
    f.add(static_cast<uint64_t>(b.index.size()));
    for (size_t i = 0; i < b.index.size(); ++i) f.add(b.index.content_path(i)).add(b.index.output_path(i));
    f.add(static_cast<uint64_t>(b.index.unread().size()));
    for (const std::string& u : b.index.unread()) f.add(u);
    f.add(static_cast<uint64_t>(b.site.plans.size()));
    for (size_t p = 0; p < b.site.plans.size(); ++p) f.add(b.site.plans[p].id).add(b.plan_inputs.at(p).inputs);
    return f.done();
}

// Job `i`'s entry in the new cache. A plan's entries exist from its first job to its last, not
// all at once: 56 bytes a page were 5.6 MB at 100,000 pages.
CachedJob& recorded_job(SiteBuild& b, size_t i) {
    PageReuse& r = *b.reuse;
    const size_t p = plan_of(b, i);
    std::call_once(r.started[p], [&] { r.recorded[p].jobs.resize(b.site.plans[p].pages.size() + 1); });
    return r.recorded[p].jobs[i - r.first_job[p]];
}

// A job's record: the glossary terms its page uses (as positions in the glossary) and its
// warnings. Its search text is taken from its HTML file again, which a reused page's check reads
// anyway (kept here, it made the cache 770 MB at 100,000 pages).
std::string encode_record(const SiteBuild& b, const PageResult& r, const Diagnostics& diags) {
    std::string out;
    ByteEncoder e(out);
    e.u64(r.used_terms.size());
    for (const Term* t : r.used_terms) e.u64(static_cast<uint64_t>(t - b.glossary.terms.data()));
    const std::vector<Diagnostic> items = diags.sorted();
    e.u64(items.size());
    for (const Diagnostic& d : items) {
        e.u64(d.severity == Severity::Error).bytes(d.where.path);
        e.u64(static_cast<uint64_t>(d.where.line)).u64(static_cast<uint64_t>(d.where.column));
        e.bytes(d.code).bytes(d.message).bytes(d.hint);
    }
    return out;
}

bool decode_record(const SiteBuild& b, const std::string& bytes, PageResult& r, Diagnostics& diags) {
    ByteDecoder d(bytes);
    r.used_terms.resize(d.count(8));
    for (const Term*& t : r.used_terms) {
        const uint64_t k = d.u64();
        if (k >= b.glossary.terms.size()) return false;
        t = &b.glossary.terms[k];
    }
    const uint64_t warnings = d.count(7 * 8);
    for (uint64_t k = 0; k < warnings && d.ok(); ++k) {
        Diagnostic w;
        w.severity = d.u64() ? Severity::Error : Severity::Warning;
        w.where.path = d.bytes();
        w.where.line = static_cast<int>(d.u64());
        w.where.column = static_cast<int>(d.u64());
        w.code = d.bytes();
        w.message = d.bytes();
        w.hint = d.bytes();
        diags.add(std::move(w));
    }
    return d.at_end();
}

}  // namespace

PlanInputs fingerprint_plan_inputs(const PlanSources& ps) {
    FingerprintBuilder in, bodies;
    in.add(ps.id).add(ps.dir);
    for (const SourceFile* f : {&ps.index, &ps.kpi_csv, &ps.kpi_values_csv, &ps.evaluation_csv, &ps.glossary})
        in.add(static_cast<uint64_t>(f->present)).add(f->path).add(f->text);
    in.add(static_cast<uint64_t>(ps.pages.size()));
    for (const SourceFile& f : ps.pages) {
        // The front matter is in the inputs (other pages show titles and order); the body, a suffix
        // of the text, only in the plan's own key. A file that does not split counts whole.
        Diagnostics quiet;
        std::optional<FrontMatterSplit> split = f.present ? split_front_matter(f.path, f.text, quiet) : std::nullopt;
        const std::string_view text(f.text);
        const size_t body = split && split->has_front_matter ? split->body.size() : 0;
        in.add(static_cast<uint64_t>(f.present)).add(f.path).add(text.substr(0, text.size() - body));
        bodies.add(f.path).add(text.substr(text.size() - body));
    }
    in.add(static_cast<uint64_t>(ps.attachments.size()));
    for (const Attachment& a : ps.attachments) add_copied_file(in, a);
    return {in.done(), bodies.done()};
}

void start_page_reuse(SiteBuild& b, const std::string& out_dir, int workers) {
    b.reuse = std::make_unique<PageReuse>();
    PageReuse& r = *b.reuse;
    // Without a build id two builds of planpub cannot be told apart: nothing is cached.
    if (program_build_id().empty()) return;
    const size_t plans = b.site.plans.size();
    const Fingerprint site = site_key(b);
    r.first_job.assign(plans, 0);
    r.recorded.resize(plans);
    r.started = std::make_unique<std::once_flag[]>(plans);
    for (size_t i = b.jobs.size(); i-- > 0;) r.first_job[plan_of(b, i)] = i;
    for (size_t p = 0; p < plans; ++p) {
        const Plan& plan = b.site.plans[p];
        r.recorded[p].key = FingerprintBuilder().add(site).add(plan.id).add(b.plan_inputs.at(p).bodies).done();
    }
    const std::string path = page_cache_file(out_dir);
    r.recording = r.fresh.open(path, plans);
    r.reusable.resize(plans);
    if (!r.old.open(path)) return;
    // The print edition is made from all the plan's pages, so it decides for the plan; each page's
    // file is checked when its job comes (reuse_page), and rendered again if it is not as cached.
    parallel_for(plans, workers, [&](size_t p, int) {
        auto cached = std::make_unique<CachedPlan>();
        if (!r.old.find(r.recorded[p].key, *cached) || cached->jobs.size() != b.site.plans[p].pages.size() + 1 ||
            !b.writer->holds(routes::plan_print(b.site.plans[p].id), cached->print.size, cached->print.bytes))
            return;
        r.reusable[p] = std::move(cached);
    });
}

bool reuse_page(SiteBuild& b, size_t i, Diagnostics& diags) {
    if (!b.reuse) return false;
    PageReuse& r = *b.reuse;
    const size_t p = plan_of(b, i);
    if (p >= r.reusable.size() || !r.reusable[p]) return false;
    const CachedJob& cached = r.reusable[p]->jobs[i - r.first_job[p]];
    std::string bytes, html;
    PageResult page;
    Diagnostics warnings;
    if (!b.writer->holds(page_path(b.jobs[i]), cached.html.size, cached.html.bytes, &html) ||
        !r.old.read(cached.record, bytes) || !decode_record(b, bytes, page, warnings))
        return false;
    page.sections = search::sections_of_html(html);
    diags.merge(warnings);
    b.pages[i] = std::move(page);
    if (r.recording) recorded_job(b, i) = {r.fresh.add_record(bytes), cached.html};
    ++r.reused;
    return true;
}

void record_page(SiteBuild& b, size_t i, const PageResult& page, const Diagnostics& job_diags) {
    if (!b.reuse || !b.reuse->recording) return;
    CachedJob& job = recorded_job(b, i);
    job.record = b.reuse->fresh.add_record(encode_record(b, page, job_diags));
    job.html = {fingerprint_of(page.html), page.html.size()};
}

void record_plan(SiteBuild& b, size_t p, const std::string* print_html) {
    if (!b.reuse || !b.reuse->recording) return;
    PageReuse& r = *b.reuse;
    CachedPlan& plan = r.recorded[p];
    plan.print = print_html ? CachedFile{fingerprint_of(*print_html), print_html->size()} : r.reusable[p]->print;
    r.fresh.add_plan(p, plan);
    std::vector<CachedJob>().swap(plan.jobs);
    r.reusable[p].reset();
}

void commit_page_reuse(SiteBuild& b) {
    if (b.reuse && b.reuse->recording) b.reuse->fresh.commit();
}

}  // namespace planpub
