#include "app/open_data.hpp"

#include <unordered_map>

#include "app/producers.hpp"
#include "load/embedded_files.hpp"
#include "opendata/catalog.hpp"
#include "opendata/dates.hpp"
#include "opendata/glossary.hpp"
#include "render/opendata_page.hpp"
#include "opendata/plan.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"
#include "util/parallel.hpp"
#include "vocab/routes.hpp"

namespace planpub {

namespace {

// The plan's PDF, when `planpub pdf` printed one: a distribution of the plan's dataset like its
// tables, so portals harvesting the catalogue find the document too (issue 21).
void add_printed_pdf(const Plan& p, const std::vector<std::pair<std::string, std::string>>& extra_files,
                     const RenderContext& ctx, DataSet& set) {
    const std::string path = routes::plan_pdf(p.publisher.local_government_code, p.id);
    auto size = ctx.file_sizes.find(path);
    for (const auto& [to, from] : extra_files) {
        if (to != path || size == ctx.file_sizes.end()) continue;
        DataFile f = data_file(set.id + "-pdf", path, p.title + "（PDF版）",
                               "計画の全文（表紙、目次、各ページ、指標の表、用語集、改定履歴）を、ウェブページと同じ"
                               "内容からA4判に組んだPDFです。",
                               FileFormat::Pdf);
        f.copy_from = from;
        f.known_size = size->second;
        set.files.push_back(std::move(f));
    }
}

}  // namespace

namespace {

// The file's bytes, and for a CSV table its CSVW metadata and its copy without a BOM, as
// (path, bytes) in the order the output lists them.
std::vector<std::pair<std::string, std::string>> file_and_companions(DataFile& f, const SiteConfig& site,
                                                                     const Publisher& publisher) {
    std::vector<std::pair<std::string, std::string>> files;
    const bool csv = f.format == FileFormat::Csv;
    std::string bomless = csv ? bomless_csv(f.bytes) : "";
    std::string metadata = csv ? csvw_metadata(f, site, publisher.prefecture + publisher.name) : "";
    files.push_back({f.path, std::move(f.bytes)});
    if (!csv) return files;
    files.push_back({f.path + "-metadata.json", std::move(metadata)});
    files.push_back({routes::bomless(f.path), std::move(bomless)});
    return files;
}

}  // namespace

std::vector<DataSet> plan_datasets(const Site& site, RenderContext& ctx,
                                   const std::vector<std::pair<std::string, std::string>>& extra_files,
                                   Diagnostics& diags, OutputWriter* writer) {
    std::vector<DataSet> sets;
    for (const Plan& p : site.plans) {
        if (p.publisher.local_government_code.empty()) continue;  // reported by the parser already
        std::vector<SheetProblem> problems;
        sets.push_back(plan_dataset(p, problems));
        for (const SheetProblem& problem : problems)
            diags.error({problem.path, 0, 0}, "output.write-failed",
                        "cannot write the evaluation sheet: " + problem.message,
                        "planpub writes it to a temporary file first (TMPDIR, else /tmp): check that folder has room "
                        "and can be written");
        add_printed_pdf(p, extra_files, ctx, sets.back());
        for (DataFile& f : sets.back().files) {
            if (f.written_after_pages) continue;
            ctx.file_sizes[f.path] = f.size();
            if (!writer || !f.copy_from.empty()) continue;
            f.known_size = f.bytes.size();
            f.known_bomless_size = f.bomless_size();
            for (auto& [path, bytes] : file_and_companions(f, site.config, p.publisher)) writer->put(path, bytes);
            f.written = true;  // with its companions: produce_open_data lists their paths
            std::string().swap(f.bytes);
        }
        ctx.plan_dataset_ids[p.id] = sets.back().id;
        ctx.plan_datasets[p.id] = sets.size() - 1;
    }
    ctx.has_opendata = !sets.empty();
    return sets;
}

namespace {

DataFile site_file(const std::string& id, const std::string& path, const std::string& title,
                   const std::string& description, FileFormat format, std::string bytes) {
    DataFile f = data_file(id, path, title, description, format);
    f.bytes = std::move(bytes);
    return f;
}

// The glossary terms each plan's pages use, in glossary order (not pointer order: the output stays
// byte-identical from run to run). Page by page: a term-by-page scan was 30 million lookups at
// 100,000 pages.
std::map<std::string, std::vector<const Term*>> terms_by_plan(const SiteBuild& b) {
    std::unordered_map<const Term*, size_t> position;
    for (size_t t = 0; t < b.glossary.terms.size(); ++t) position[&b.glossary.terms[t]] = t;
    std::map<std::string, std::vector<bool>> used;
    for (size_t i = 0; i < b.pages.size(); ++i) {
        std::vector<bool>& of_plan = used[b.jobs[i].plan->id];
        of_plan.resize(b.glossary.terms.size());
        for (const Term* term : b.pages.used_terms(i)) of_plan[position.at(term)] = true;
    }
    std::map<std::string, std::vector<const Term*>> by_plan;
    for (const auto& [plan, of_plan] : used)
        for (size_t t = 0; t < of_plan.size(); ++t)
            if (of_plan[t]) by_plan[plan].push_back(&b.glossary.terms[t]);
    return by_plan;
}

// With a writer, a large file is put in the output as soon as it is made and only its size kept
// (plan.json is 100 KB a plan; the catalogues are megabytes at 1,000 plans).
void hand_over(SiteBuild& b, DataFile& f) {
    if (!b.writer) return;
    b.writer->put(f.path, f.bytes);
    f.written = true;
    f.known_size = f.bytes.size();
    std::string().swap(f.bytes);
}

}  // namespace

void produce_open_data(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    // The DCAT graph is the most a large build holds at once (1,000 plans: the peak, ~60 MB over the
    // rest): the search index's finishing is not done beside it (at 100,000 pages it was 262-274
    // MiB with it, 245 without).
    wait_for_search_finish(b);
    const RenderContext& ctx = *b.ctx;
    const SiteConfig& site = ctx.site.config;
    // Taken: nothing after this producer reads them. No overview renders after it (serve builds
    // again when an index.md changes and re-renders only pages), and one that did would find
    // RenderContext::datasets empty and throw, not go without its JSON-LD.
    std::vector<DataSet> sets = std::move(b.datasets);
    if (sets.empty()) return;
    const auto used_terms = terms_by_plan(b);
    std::unordered_map<std::string, const Plan*> plan_of;
    for (const Plan& p : ctx.site.plans) plan_of.emplace(p.id, &p);
    // Plan by plan on the render workers: each plan.json is its own file, made from what only reads
    // (a single thread here was a twentieth of a clean build's wall time at 2,000 pages).
    parallel_for(sets.size(), worker_count(b), [&](size_t i, int) {
        DataSet& s = sets[i];
        const Plan* plan = plan_of.at(s.plan_id);
        auto used = used_terms.find(plan->id);
        for (DataFile& f : s.files) {
            if (!f.written_after_pages) continue;
            f.bytes = plan_json(*plan, site, used == used_terms.end() ? std::vector<const Term*>{} : used->second, s);
            hand_over(b, f);
        }
    });
    // Never the build day (SPEC): two builds of the same content on different days give the same opendata/.
    const ContentDates dates = site_content_dates(ctx.site);
    const std::string& modified = dates.modified;
    if (!b.glossary.terms.empty() && !site.publisher.local_government_code.empty()) {
        std::map<const Term*, std::string> plain;
        for (const auto& [term, d] : b.definitions) plain[term] = d.plain;
        sets.push_back(glossary_dataset(b.glossary, site, plain, dates));
    }

    const std::string code = sets.front().publisher.local_government_code;
    std::vector<DataFile> catalog;
    {  // the graph goes once both files are written: at 1,000 plans it is tens of megabytes
        RdfGraph dcat = dcat_catalog(sets, site);
        catalog.push_back(site_file(
            code + "-catalog-jsonld", routes::opendata_file("catalog.jsonld"), "データカタログ（DCAT、JSON-LD形式）",
            "すべてのデータセットとファイルを、DCATの語彙で説明したものです。", FileFormat::JsonLd, to_jsonld(dcat)));
        hand_over(b, catalog.back());
        catalog.push_back(site_file(
            code + "-catalog-ttl", routes::opendata_file("catalog.ttl"), "データカタログ（DCAT、Turtle形式）",
            "catalog.jsonld と同じ内容を Turtle 形式で書いたものです。", FileFormat::Turtle, to_turtle(dcat)));
        hand_over(b, catalog.back());
    }
    // The open-data list (6 MB at 1,000 plans) is moved from place to place, never copied.
    std::vector<DataFile> lists;
    lists.push_back(open_data_list(sets, site));
    std::string datapackage = datapackage_json(sets, lists, site, modified);
    catalog.push_back(site_file(code + "-datapackage", routes::opendata_file("datapackage.json"),
                                "データパッケージ（Frictionless）",
                                "CSVとJSONのファイルを、列の定義とともにまとめて読み込むための説明です。",
                                FileFormat::Json, std::move(datapackage)));
    hand_over(b, catalog.back());
    // The list and its companions written before the page is made (12 MB at 1,000 plans), listed
    // where they always were.
    const DataFile& list_file = lists.front();
    const std::string list_path = list_file.path;
    OutputFile list_bomless = file_now(b, routes::bomless(list_path), bomless_csv(list_file.bytes));
    OutputFile list_metadata =
        file_now(b, list_path + "-metadata.json",
                 csvw_metadata(list_file, site, site.publisher.prefecture + site.publisher.name));
    catalog.push_back(std::move(lists.front()));
    hand_over(b, catalog.back());
    for (const EmbeddedFile& e : embedded_schemas())
        catalog.push_back(site_file(code + "-schema-" + std::string(e.path), routes::opendata_schema(e.path),
                                    "JSON Schema（" + std::string(e.path) + "）",
                                    "JSONファイルや入力ファイルの項目と型を定義したものです（JSON Schema 2020-12）。",
                                    FileFormat::JsonSchema, std::string(e.data, e.size)));

    // The page first: it shows each file's size, and the bytes then move into the output (no copies).
    std::string page = render_opendata_page(*b.templates[0], ctx,
                                            render_opendata_body(*b.templates[0], sets, catalog, site), modified);
    for (DataSet& s : sets)
        for (DataFile& f : s.files) {
            if (!f.copy_from.empty()) {  // the printed PDF: copied when the site is written
                out.files.push_back({f.path, "", f.copy_from});
                continue;
            }
            if (f.written) {  // plan.json, or a table written with its companions before the pages
                out.files.push_back({f.path, "", "", true});
                if (f.format != FileFormat::Csv) continue;
                out.files.push_back({f.path + "-metadata.json", "", "", true});
                out.files.push_back({routes::bomless(f.path), "", "", true});
                continue;
            }
            for (auto& [path, bytes] : file_and_companions(f, site, s.publisher))
                add_file(b, out, std::move(path), std::move(bytes));
        }
    for (DataFile& f : catalog) {
        if (f.written)
            out.files.push_back({f.path, "", "", true});
        else
            add_file(b, out, f.path, std::move(f.bytes));
    }
    out.files.push_back(std::move(list_bomless));
    out.files.push_back(std::move(list_metadata));
    add_file(b, out, routes::opendata_page(), std::move(page));
    out.sitemap.push_back({routes::opendata_page(), modified});
}

}  // namespace planpub
