#include "app/open_data.hpp"

#include "app/producers.hpp"

#include "load/embedded_files.hpp"
#include "opendata/catalog.hpp"
#include "opendata/dates.hpp"
#include "opendata/glossary.hpp"
#include "render/opendata_page.hpp"
#include "opendata/plan.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"
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
        f.copied_size = size->second;
        set.files.push_back(std::move(f));
    }
}

}  // namespace

std::vector<DataSet> plan_datasets(const Site& site, RenderContext& ctx,
                                   const std::vector<std::pair<std::string, std::string>>& extra_files,
                                   Diagnostics& diags) {
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
        for (const DataFile& f : sets.back().files)
            if (!f.written_after_pages) ctx.file_sizes[f.path] = f.size();
        ctx.plan_dataset_ids[p.id] = sets.back().id;
        ctx.plan_jsonld[p.id] = schema_org_dataset(sets.back(), site.config);
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
// byte-identical from run to run).
std::map<std::string, std::vector<const Term*>> terms_by_plan(const SiteBuild& b) {
    std::map<std::string, std::vector<const Term*>> by_plan;
    for (const Term& term : b.glossary.terms)
        for (size_t i = 0; i < b.pages.size(); ++i)
            if (b.pages[i].used_terms.count(&term)) {
                auto& list = by_plan[b.jobs[i].plan->id];
                if (list.empty() || list.back() != &term) list.push_back(&term);
            }
    return by_plan;
}

}  // namespace

void produce_open_data(SiteBuild& b, SiteOutputs& out, Diagnostics&) {
    const RenderContext& ctx = *b.ctx;
    const SiteConfig& site = ctx.site.config;
    std::vector<DataSet> sets = std::move(b.datasets);  // taken: nothing after this producer reads them
    if (sets.empty()) return;
    const auto used_terms = terms_by_plan(b);
    for (DataSet& s : sets) {
        const Plan* plan = nullptr;
        for (const Plan& p : ctx.site.plans)
            if (p.id == s.plan_id) plan = &p;
        auto used = used_terms.find(plan->id);
        for (DataFile& f : s.files)
            if (f.written_after_pages)
                f.bytes =
                    plan_json(*plan, site, used == used_terms.end() ? std::vector<const Term*>{} : used->second, s);
    }
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
    RdfGraph dcat = dcat_catalog(sets, site);
    catalog.push_back(site_file(
        code + "-catalog-jsonld", routes::opendata_file("catalog.jsonld"), "データカタログ（DCAT、JSON-LD形式）",
        "すべてのデータセットとファイルを、DCATの語彙で説明したものです。", FileFormat::JsonLd, to_jsonld(dcat)));
    catalog.push_back(
        site_file(code + "-catalog-ttl", routes::opendata_file("catalog.ttl"), "データカタログ（DCAT、Turtle形式）",
                  "catalog.jsonld と同じ内容を Turtle 形式で書いたものです。", FileFormat::Turtle, to_turtle(dcat)));
    DataFile list = open_data_list(sets, site);
    catalog.push_back(site_file(code + "-datapackage", routes::opendata_file("datapackage.json"),
                                "データパッケージ（Frictionless）",
                                "CSVとJSONのファイルを、列の定義とともにまとめて読み込むための説明です。",
                                FileFormat::Json, datapackage_json(sets, {list}, site, modified)));
    catalog.push_back(list);
    for (const EmbeddedFile& e : embedded_schemas())
        catalog.push_back(site_file(code + "-schema-" + std::string(e.path), routes::opendata_schema(e.path),
                                    "JSON Schema（" + std::string(e.path) + "）",
                                    "JSONファイルや入力ファイルの項目と型を定義したものです（JSON Schema 2020-12）。",
                                    FileFormat::JsonSchema, std::string(e.data, e.size)));

    for (const DataSet& s : sets)
        for (const DataFile& f : s.files) {
            out.files.push_back({f.path, f.bytes, f.copy_from});
            if (f.format == FileFormat::Csv) {
                out.files.push_back(
                    {f.path + "-metadata.json", csvw_metadata(f, site, s.publisher.prefecture + s.publisher.name), ""});
                out.files.push_back({routes::bomless(f.path), bomless_csv(f.bytes), ""});
            }
        }
    for (const DataFile& f : catalog) out.files.push_back({f.path, f.bytes, ""});
    out.files.push_back({routes::bomless(list.path), bomless_csv(list.bytes), ""});
    out.files.push_back(
        {list.path + "-metadata.json", csvw_metadata(list, site, site.publisher.prefecture + site.publisher.name), ""});
    out.files.push_back({routes::opendata_page(),
                         render_opendata_page(*b.templates[0], ctx,
                                              render_opendata_body(*b.templates[0], sets, catalog, site), modified),
                         ""});
    out.sitemap.push_back({routes::opendata_page(), modified});
}

}  // namespace planpub
