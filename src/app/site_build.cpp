// The stages in order: load and parse (plan by plan) → link (site index, term automata) → render pages in
// parallel → site-wide producers. Each stage is a call into its own folder; this file only
// orders them and times them.
#include "app/site_build.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <memory>
#include <set>
#include <thread>
#include <unordered_map>

#include "app/open_data.hpp"
#include "app/pages.hpp"
#include "app/producers.hpp"
#include "app/site_checks.hpp"
#include "link/achievement.hpp"
#include "link/kpi_progress.hpp"
#include "parse/evaluation_table.hpp"
#include "parse/glossary_yaml.hpp"
#include "parse/kpi_table.hpp"
#include "parse/plan_meta.hpp"
#include "parse/site_config.hpp"
#include "util/parallel.hpp"
#include "util/read_ahead.hpp"
#include "vocab/routes.hpp"

namespace planpub {
namespace {

using Clock = std::chrono::steady_clock;

// site.yaml first: every plan's parsing needs the site's settings (encoding, base URL).
void parse_site_config_of(SiteBuild& b, const BuildOptions& opt, Diagnostics& diags) {
    b.site.config = parse_site_config(b.tree.site_yaml, diags);
    if (!opt.base_url.empty() && !is_absolute_http_url(opt.base_url)) {
        diags.error(
            {"--base-url", 0, 0}, "cli.base-url-not-absolute",
            "--base-url \"" + opt.base_url + "\" is not an absolute http(s) URL",
            "give the full address where the site will live, e.g. --base-url https://www.city.example.jp/plans/");
    } else if (!opt.base_url.empty()) {
        b.site.config.base_url = opt.base_url;
        if (b.site.config.base_url.back() != '/') b.site.config.base_url += '/';
    }
}

// With a writer, pages and overviews keep their Markdown from parsing to rendering while all that is
// kept stays within BuildOptions::kept_markdown_bytes; past it, their Markdown goes after parsing and is
// read again to render (100,000 pages are ~850 MB of it). Reading every page again was ~4% of a
// 2,000-page build's CPU time. Takes `bytes` of the budget if they fit (any loading worker may ask).
bool keep_markdown(std::atomic<size_t>& kept_bytes, size_t bytes, size_t budget) {
    size_t kept = kept_bytes.load();
    while (kept + bytes <= budget)
        if (kept_bytes.compare_exchange_weak(kept, kept + bytes)) return true;
    return false;
}

// One plan, parsed in the loading worker as soon as its files are read; its loaded text goes at once
// (with a writer, past the budget above, its overview's and pages' Markdown too: read again when
// each renders), so a large site's Markdown is never all in memory.
void parse_plan_sources(SiteBuild& b, std::atomic<size_t>& kept_bytes, size_t budget, PlanSources& ps, Plan& plan,
                        std::vector<Term>& terms, PlanInputs& inputs, Diagnostics& diags) {
    plan = parse_plan(ps, b.site.config, diags);
    if (b.writer) inputs = fingerprint_plan_inputs(ps);
    for (SourceFile& f : ps.pages) std::string().swap(f.text);
    std::string().swap(ps.index.text);
    terms = parse_glossary(ps.glossary, ps.id, diags);
    plan.kpis = parse_kpi_csv(ps.kpi_csv, b.site.config.encoding, plan.goals_read ? &plan.goals : nullptr, diags,
                              &plan.unread_kpis);
    parse_kpi_values_csv(ps.kpi_values_csv, b.site.config.encoding, plan.kpis, diags, &plan.unread_kpis);
    for (Kpi& k : plan.kpis) k.progress = evaluate_progress(k);
    parse_evaluation_csv(ps.evaluation_csv, b.site.config.encoding, plan, diags);
    evaluate_plan(plan);
    if (b.writer) {
        // The overviews too: kept whole, they were ~7 KB a plan in the benchmark's corpus (7 MB at
        // 1,000 plans) from parsing until their plan rendered.
        if (!plan.overview.empty() && !keep_markdown(kept_bytes, plan.overview.size(), budget)) {
            plan.overview_hash = std::hash<std::string>()(plan.overview);
            plan.overview_released = true;
            std::string().swap(plan.overview);
        }
        for (Page& page : plan.pages) {
            if (keep_markdown(kept_bytes, page.body.size(), budget)) continue;  // within the budget: rendered as parsed
            page.body_hash = std::hash<std::string>()(page.body);
            page.body_released = true;
            std::string().swap(page.body);
        }
        // Nothing reads a plan's sources after this: their paths and names (the plan holds its own
        // copies) were ~19 MB of heap at 100,000 pages (heaptrack), held to the end of the build.
        ps = PlanSources{};
    }
}

// Load and parse, interleaved: plans are read side by side and each parsed into its own slot, so the
// order never depends on timing.
void load_and_parse(SiteBuild& b, const BuildOptions& opt, int workers, Diagnostics& diags) {
    b.tree = load_site_files(opt.content_dir, diags);
    parse_site_config_of(b, opt, diags);
    const size_t n = b.tree.plan_folders.size();
    std::vector<Plan> plans(n);
    std::vector<std::vector<Term>> terms(n);
    b.plan_inputs.resize(n);
    std::atomic<size_t> kept_bytes{0};  // the Markdown kept until it renders (keep_markdown)
    // The site's glossary beside the plans: parsing its YAML alone was a fiftieth of a clean build's
    // wall time at 2,000 pages, with one core idle (Diagnostics takes reports from any thread).
    auto site_terms = std::async(std::launch::async, [&] { return parse_glossary(b.tree.glossary, "", diags); });
    load_plans(b.tree, diags, workers, [&](size_t i, PlanSources& ps) {
        parse_plan_sources(b, kept_bytes, opt.kept_markdown_bytes, ps, plans[i], terms[i], b.plan_inputs[i], diags);
    });
    b.glossary.terms = site_terms.get();  // site terms first, then each plan's
    for (size_t i = 0; i < n; ++i)
        for (Term& t : terms[i]) b.glossary.terms.push_back(std::move(t));
    b.site.plans = std::move(plans);
    drop_duplicate_anchors(b.glossary.terms, diags);
    check_references(b.site, diags);
    warn_undated_open_data(b.site, diags);
}

// Every worker's parser and templates exist before any thread starts and outlive them all
// (register_markdown_extensions fixes cmark-gfm's process-wide table before workers parse).
bool prepare_workers(SiteBuild& b, int workers, Diagnostics& diags) {
    register_markdown_extensions();
    for (int w = 0; w < workers; ++w) {
        b.parsers.push_back(std::make_unique<MarkdownParser>());
        Diagnostics theme_diags;
        b.templates.push_back(std::make_unique<Templates>(b.theme, theme_diags));
        if (w == 0) diags.merge(theme_diags);
    }
    return b.templates[0]->ok();
}

// The search index that takes each page as it renders: its files go to the writer at once, its
// postings to a temporary file when they pass the builder's budget (memory only without one).
void start_search_index(SiteBuild& b) {
    b.spill = std::make_unique<TempFile>();
    search::Spill spill;
    if (b.spill->ok()) {
        TempFile* file = b.spill.get();
        spill.write = [file](std::string_view bytes) { return file->append(bytes); };
        spill.read = [file](uint64_t offset, size_t size) { return file->read(offset, size); };
    }
    SiteBuild* site = &b;
    auto sink = [site](const std::string& name, std::string bytes) {
        site->writer->put(routes::search_file(name), bytes);
        std::lock_guard<std::mutex> hold(site->search_files_mutex);
        site->search_files.push_back(name);
    };
    b.search_index = std::make_unique<search::IndexBuilder>(sink, spill);
}

// With a writer, a plan's print edition is made and written as soon as its last page has rendered,
// and its pages' results let go (the terms they link kept): memory holds the plans being rendered,
// not the whole site.
void print_when_complete(SiteBuild& b, size_t first, size_t end, int w) {
    const size_t plan = plan_of(b, first);
    if (b.reuse && plan < b.reuse->reusable.size() && b.reuse->reusable[plan]) {
        record_plan(b, plan, nullptr);  // its print edition is in place, as cached
    } else {
        std::unordered_map<std::string, const PageResult*> by_path;
        for (size_t j = first; j < end; ++j) by_path.emplace(page_path(b.jobs[j]), &b.pages[j]);
        // Kept by the worker from plan to plan: an edition is megabytes, and fresh memory each time
        // was a page fault every 4 kB.
        thread_local std::string html;
        print_edition_of(
            b, *b.jobs[first].plan, w,
            [&](const std::string& path) {
                auto it = by_path.find(path);
                return it == by_path.end() ? nullptr : it->second;
            },
            html);
        b.writer->put(routes::plan_print(b.jobs[first].plan->id), html);
        record_plan(b, plan, &html);
    }
    b.pages.release(first, end);
}

// Pages in parallel, each into its own slot, so the output never depends on thread timing.
void render_pages(SiteBuild& b, const BuildOptions& opt, int workers, Diagnostics& diags) {
    const size_t n = b.jobs.size();
    b.pages.resize(n, b.glossary.terms.data());
    // Each plan's jobs as [first, end), by plan (24 bytes a job were 2.4 MB at 100,000 pages): jobs
    // are in plan order, overview first (page_jobs).
    const size_t plans = b.site.plans.size();
    std::vector<size_t> first(plans, n), end(plans, 0);
    for (size_t i = 0; i < n; ++i) {
        const size_t p = plan_of(b, i);
        if (first[p] == n) first[p] = i;
        end[p] = i + 1;
    }
    std::vector<std::atomic<size_t>> left(plans);
    for (size_t p = 0; p < plans; ++p) left[p] = end[p] > first[p] ? end[p] - first[p] : 0;
    std::atomic<size_t> done{0};
    // The files read_body_again will read, asked for ahead (util/read_ahead.hpp); listed first, as
    // workers change what source_read_again looks at (a plan's cached pages go once it is done).
    std::vector<const std::string*> again(n);
    for (size_t i = 0; i < n; ++i) again[i] = source_read_again(b, i);
    ReadAhead ahead(n, 1024, [&](size_t i) {
        if (again[i]) advise_will_need(*again[i], Limits::max_page_bytes);
    });
    parallel_for(n, workers, [&](size_t i, int w) {
        ahead.reached(i);
        PageResult& r = b.pages[i];
        if (!reuse_page(b, i, diags)) {
            Diagnostics job_diags;  // its own, so that the page cache can keep them
            r = render_page_job(b, b.jobs[i], *b.parsers[w], *b.templates[w], job_diags);
            diags.merge(job_diags);
            if (b.writer) {  // written now, so that the site's pages are never all in memory at once
                record_page(b, i, r, job_diags);
                b.writer->put(page_path(b.jobs[i]), r.html);
                std::string().swap(r.html);
            }
        }
        if (b.writer) {
            b.search_index->add(i, search_doc_of_page(b, i, std::move(r.sections)));
            // Rendered: its Markdown is needed no more (the SiteBuild owns the plans). The overviews'
            // were ~8 MB at 1,000 plans, kept to the end of the build before.
            Plan& plan = const_cast<Plan&>(*b.jobs[i].plan);
            std::string().swap(b.jobs[i].page >= 0 ? plan.pages[b.jobs[i].page].body : plan.overview);
            if (const size_t p = plan_of(b, i); --left[p] == 0) print_when_complete(b, first[p], end[p], w);
        }
        size_t d = ++done;
        if (opt.progress && (d % 50 == 0 || d == n)) opt.progress(d, n);
    });
}

// With a writer, the files a producer added (from `first` on) are written now, in parallel, and
// only their paths kept: the print editions and the search index leave memory before the next
// producer runs. Attachments (copy_from) are copied at the end, by the writer's finish().
size_t write_new_files(SiteBuild& b, OutputSet& files, size_t first, int workers) {
    if (!b.writer) return files.size();
    parallel_for(files.size() - first, workers, [&](size_t i, int) {
        OutputFile& f = files[first + i];
        if (f.written || !f.copy_from.empty()) return;
        b.writer->put(f.path, f.bytes);
        std::string().swap(f.bytes);
        f.written = true;
    });
    return files.size();
}

}  // namespace

std::unique_ptr<SiteBuild> build_site(const BuildOptions& opt, Diagnostics& diags, OutputWriter* writer) {
    auto b = std::make_unique<SiteBuild>();
    b->writer = writer;
    auto started = Clock::now();
    auto lap = [&](const char* stage) {
        auto now = Clock::now();
        b->timings.push_back({stage, std::chrono::duration<double>(now - started).count()});
        started = now;
    };
    int workers = opt.jobs > 0 ? opt.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    load_and_parse(*b, opt, workers, diags);
    lap("load and parse");
    const SiteConfig& config = b->site.config;
    b->theme = load_theme_files(opt.content_dir, config.theme, diags,
                                {config.source_path, config.theme_line, config.theme_column});
    b->ctx = std::make_unique<RenderContext>(b->site, build_date_from_environment());
    b->ctx->has_glossary = !b->glossary.terms.empty();
    b->extra_files = opt.extra_files;
    for (const auto& [path, file] : opt.extra_files) {  // their sizes, for the links to them
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        if (!ec)
            b->ctx->file_sizes[path] = size;
        else
            diags.error({file, 0, 0}, "output.source-unreadable", "cannot read the printed PDF: " + ec.message(),
                        "run planpub pdf again");
    }
    b->datasets = plan_datasets(b->site, *b->ctx, b->extra_files, diags, b->writer);
    b->ctx->datasets = &b->datasets;
    // A plan without terms of its own links the site's terms alone: those plans share one automaton
    // (1,000 plans each with its own copy took 130 MB).
    std::set<std::string> own_terms;
    for (const Term& t : b->glossary.terms) own_terms.insert(t.plan);
    std::shared_ptr<const TermIndex> site_terms;
    for (const Plan& p : b->site.plans) {
        if (own_terms.count(p.id)) {
            b->term_indexes.emplace(p.id, std::make_shared<const TermIndex>(build_term_index(b->glossary, p.id)));
            continue;
        }
        if (!site_terms) site_terms = std::make_shared<const TermIndex>(build_term_index(b->glossary, ""));
        b->term_indexes.emplace(p.id, site_terms);
    }
    b->index = build_site_index(b->site);
    b->jobs = page_jobs(b->site);
    lap("link");

    workers = std::min<int>(workers, static_cast<int>(std::max<size_t>(1, b->jobs.size())));
    if (!prepare_workers(*b, workers, diags)) return b;
    if (b->writer) start_search_index(*b);
    if (b->writer) start_page_reuse(*b, opt.out_dir, workers);
    b->definitions = render_definitions(*b, *b->parsers[0], diags);  // print editions show them
    render_pages(*b, opt, workers, diags);
    lap("render pages");
    start_search_finish(*b);

    // Each producer's time follows their sum, indented (they run one after another).
    SiteOutputs out;
    size_t flushed = 0;
    const auto producers_started = started;
    std::vector<std::pair<std::string, double>> producer_times;
    const auto& producers = site_producers();
    for (size_t i = 0; i < producers.size(); ++i) {
        const NamedProducer& p = producers[i];
        const bool links_later = std::any_of(producers.begin() + i, producers.end(),
                                             [](const NamedProducer& q) { return q.links_markdown; });
        // A build (not serve, which renders pages again) lets the link index go once nothing needs it.
        if (b->writer && !links_later) b->index = {};
        auto t0 = Clock::now();
        p.run(*b, out, diags);
        flushed = write_new_files(*b, out.files, flushed, workers);
        producer_times.push_back(
            {std::string("  ") + p.name, std::chrono::duration<double>(Clock::now() - t0).count()});
    }
    b->outputs = std::move(out.files);
    started = producers_started;
    lap("site pages and open data");
    b->timings.insert(b->timings.end(), producer_times.begin(), producer_times.end());
    return b;
}

void release_site_model(SiteBuild& b) {
    b.search_index.reset();
    b.spill.reset();
    b.definitions = {};
    b.pages = {};
    b.jobs = {};
    b.datasets = {};
    b.index = {};
    b.term_indexes = {};
    b.ctx.reset();  // it points into the site
    b.glossary = {};
    b.site = {};
    b.tree = {};
    b.plan_inputs = {};
}

}  // namespace planpub
