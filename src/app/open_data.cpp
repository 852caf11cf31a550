#include "app/open_data.hpp"

#include "load/embedded_files.hpp"
#include "opendata/catalog.hpp"
#include "opendata/dates.hpp"
#include "opendata/glossary.hpp"
#include "render/opendata_page.hpp"
#include "opendata/plan.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"

namespace planpub {

std::vector<DataSet> plan_datasets(const Site& site, RenderContext& ctx) {
    std::vector<DataSet> sets;
    for (const Plan& p : site.plans) {
        if (p.publisher.local_government_code.empty()) continue;  // reported by the parser already
        sets.push_back(plan_dataset(p));
        ctx.plan_dataset_ids[p.id] = sets.back().id;
        ctx.plan_jsonld[p.id] = schema_org_dataset(sets.back(), site.config);
    }
    ctx.has_opendata = !sets.empty();
    return sets;
}

namespace {

DataFile site_file(const std::string& id, const std::string& path, const std::string& title, const std::string& description,
                   FileFormat format, std::string bytes) {
    DataFile f = data_file(id, path, title, description, format);
    f.bytes = std::move(bytes);
    return f;
}

}  // namespace

void add_open_data(std::vector<DataSet> sets, const OpenDataInputs& in, Templates& t, const RenderContext& ctx,
                   OutputSet& outputs, std::vector<std::pair<std::string, std::string>>& sitemap) {
    const SiteConfig& site = ctx.site.config;
    if (sets.empty()) return;
    for (DataSet& s : sets) {
        const Plan* plan = nullptr;
        for (const Plan& p : ctx.site.plans)
            if (p.id == s.plan_id) plan = &p;
        auto used = in.terms_by_plan.find(plan->id);
        for (DataFile& f : s.files)
            if (f.written_after_pages)
                f.bytes = plan_json(*plan, site, used == in.terms_by_plan.end() ? std::vector<const Term*>{} : used->second, s);
    }
    // Never the build day (SPEC): two builds of the same content on different days give the same opendata/.
    const ContentDates dates = site_content_dates(ctx.site);
    const std::string& modified = dates.modified;
    if (!in.glossary.terms.empty() && !site.publisher.local_government_code.empty())
        sets.push_back(glossary_dataset(in.glossary, site, in.plain_definitions, dates));

    const std::string code = sets.front().publisher.local_government_code;
    std::vector<DataFile> catalog;
    RdfGraph dcat = dcat_catalog(sets, site);
    catalog.push_back(site_file(code + "-catalog-jsonld", "opendata/catalog.jsonld", "データカタログ（DCAT、JSON-LD形式）",
                                "すべてのデータセットとファイルを、DCATの語彙で説明したものです。", FileFormat::JsonLd,
                                to_jsonld(dcat)));
    catalog.push_back(site_file(code + "-catalog-ttl", "opendata/catalog.ttl", "データカタログ（DCAT、Turtle形式）",
                                "catalog.jsonld と同じ内容を Turtle 形式で書いたものです。", FileFormat::Turtle, to_turtle(dcat)));
    DataFile list = open_data_list(sets, site);
    catalog.push_back(site_file(code + "-datapackage", "opendata/datapackage.json", "データパッケージ（Frictionless）",
                                "CSVとJSONのファイルを、列の定義とともにまとめて読み込むための説明です。", FileFormat::Json,
                                datapackage_json(sets, {list}, site, modified)));
    catalog.push_back(list);
    for (const EmbeddedFile& e : embedded_schemas())
        catalog.push_back(site_file(code + "-schema-" + std::string(e.path), "opendata/schemas/" + std::string(e.path),
                                    "JSON Schema（" + std::string(e.path) + "）",
                                    "JSONファイルや入力ファイルの項目と型を定義したものです（JSON Schema 2020-12）。", FileFormat::JsonSchema,
                                    std::string(e.data, e.size)));

    for (const DataSet& s : sets)
        for (const DataFile& f : s.files) {
            outputs.push_back({f.path, f.bytes, ""});
            if (f.format == FileFormat::Csv) {
                outputs.push_back({f.path + "-metadata.json", csvw_metadata(f, site, s.publisher.prefecture + s.publisher.name), ""});
                outputs.push_back({bomless_path(f.path), bomless_csv(f.bytes), ""});
            }
        }
    for (const DataFile& f : catalog) outputs.push_back({f.path, f.bytes, ""});
    outputs.push_back({bomless_path(list.path), bomless_csv(list.bytes), ""});
    outputs.push_back({list.path + "-metadata.json",
                       csvw_metadata(list, site, site.publisher.prefecture + site.publisher.name), ""});
    outputs.push_back({"opendata/index.html", render_opendata_page(t, ctx, render_opendata_body(sets, catalog, site), modified), ""});
    sitemap.push_back({"opendata/index.html", modified});
}

}  // namespace planpub
