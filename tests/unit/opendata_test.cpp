// Unit tests for the open-data writers: RDF graph (Turtle, JSON-LD), DCAT, datapackage,
// the open-data list, schema.org JSON-LD, plan.json and the small helpers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "link/glossary_linker.hpp"
#include "opendata/catalog.hpp"
#include "opendata/dates.hpp"
#include "opendata/glossary.hpp"
#include "render/opendata_page.hpp"
#include "opendata/evaluation_table.hpp"
#include "opendata/plan.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"
#include "vocab/words.hpp"

using namespace planpub;

namespace {

SiteConfig test_site() {
    SiteConfig s;
    s.title = "テスト";
    s.base_url = "https://example.jp/p/";
    s.license = "CC0-1.0";
    s.publisher = {"島田市", "静岡県", "222097"};
    return s;
}

Plan test_plan() {
    Plan p;
    p.id = "alpha";
    p.title = "アルファ計画";
    p.short_title = "アルファ";
    p.period = {{2024, Year::Kind::Fiscal, "令和6年度"}, {2028, Year::Kind::Fiscal, "R10"}};
    p.publisher = {"島田市", "静岡県", "222097"};
    Kpi k;
    k.id = "k1";
    k.name = "参加者数";
    k.unit = "人";
    k.baseline.source = "未測定";
    k.target.source = "120";
    k.target.number = 120;
    k.target_year = Year{2028, Year::Kind::Fiscal, "R10"};
    p.kpis.push_back(k);
    return p;
}

}  // namespace

TEST_CASE("Turtle escapes literals and IRIs, JSON-LD carries its context inline", "[opendata][rdf]") {
    RdfGraph g(RdfPrefixes{{"ex", "http://example.org/ns#"}});
    RdfTerm s = iri("http://example.org/a b");
    g.add(s, kRdfType, iri("http://example.org/ns#Thing"));
    g.add_text(s, "http://example.org/ns#label", "say \"hi\"\nback\\slash");
    g.add_text(s, "http://example.org/ns#empty", "");  // optional and empty: left out
    g.add(s, "http://example.org/ns#when", typed("2024-04-01", std::string(kXsd) + "date"));
    std::string ttl = to_turtle(g);
    CHECK(ttl.find("<http://example.org/a%20b> a ex:Thing") != std::string::npos);
    CHECK(ttl.find(R"("say \"hi\"\nback\\slash"@ja)") != std::string::npos);
    CHECK(ttl.find("empty") == std::string::npos);
    CHECK(ttl.find("\"2024-04-01\"^^<http://www.w3.org/2001/XMLSchema#date>") != std::string::npos);

    auto j = nlohmann::json::parse(to_jsonld(g));
    CHECK(j["@context"]["ex"] == "http://example.org/ns#");
    const auto& node = j["@graph"][0];
    CHECK(node["@type"][0] == "ex:Thing");
    CHECK(node["ex:label"][0]["@value"] == "say \"hi\"\nback\\slash");
    CHECK(node["ex:label"][0]["@language"] == "ja");
    CHECK(node["ex:when"][0]["@type"] == "http://www.w3.org/2001/XMLSchema#date");
}

// The graph keeps each string once and triples as numbers (rdf_graph.hpp): the same text as an IRI,
// a blank node, a plain and a typed literal must still be four different terms, and a subject's
// triples one node wherever they were added.
TEST_CASE("RDF: one node per subject in first-seen order, and equal strings of other kinds stay apart",
          "[opendata][rdf]") {
    RdfGraph g(RdfPrefixes{{"ex", "http://example.org/ns#"}});
    const std::string same = "http://example.org/a";
    g.add(iri(same), kRdfType, iri("http://example.org/ns#Thing"));
    g.add(iri("http://example.org/b"), "http://example.org/ns#label", text(same));
    g.add(iri(same), "http://example.org/ns#label", text("2024", ""));
    g.add(iri(same), "http://example.org/ns#year", typed("2024", std::string(kXsd) + "gYear"));
    g.add(blank("n1"), "http://example.org/ns#see", iri(same));
    g.add(blank("n1"), "http://example.org/ns#label", text(same, "en"));
    g.add(iri("n1"), "http://example.org/ns#label", text("relative"));  // an IRI spelled as the blank node's label
    const std::string ttl = to_turtle(g);
    CHECK(ttl.find("\n<http://example.org/a> a ex:Thing ;\n    ex:label \"2024\" ;\n    ex:year "
                   "\"2024\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n") != std::string::npos);
    CHECK(ttl.find("\n<http://example.org/b> ex:label \"http://example.org/a\"@ja .\n") != std::string::npos);
    CHECK(ttl.find("\n_:n1 ex:see <http://example.org/a> ;\n    ex:label \"http://example.org/a\"@en .\n") !=
          std::string::npos);
    CHECK(ttl.find("\n<n1> ex:label \"relative\"@ja .\n") != std::string::npos);
    CHECK(ttl.find("<http://example.org/a> a") < ttl.find("<http://example.org/b> ex:label"));

    const auto j = nlohmann::json::parse(to_jsonld(g));
    const auto& nodes = j["@graph"];
    REQUIRE(nodes.size() == 4);
    CHECK(nodes[0]["@id"] == same);
    CHECK(nodes[0]["ex:label"][0] == nlohmann::json{{"@value", "2024"}});
    CHECK(nodes[0]["ex:year"][0]["@type"] == "http://www.w3.org/2001/XMLSchema#gYear");
    CHECK(nodes[1]["@id"] == "http://example.org/b");
    CHECK(nodes[1]["ex:label"][0]["@value"] == same);
    CHECK(nodes[2]["@id"] == "_:n1");
    CHECK(nodes[2]["ex:see"][0] == nlohmann::json{{"@id", same}});
    CHECK(nodes[2]["ex:label"][0]["@language"] == "en");
    CHECK(nodes[3]["@id"] == "n1");
}

TEST_CASE("a compact IRI is used only when its local part is safe", "[opendata][rdf]") {
    RdfGraph g(RdfPrefixes{{"ex", "http://example.org/ns#"}});
    CHECK(g.compact("http://example.org/ns#downloadURL") == "ex:downloadURL");
    CHECK(g.compact("http://example.org/ns#a.b").empty());
    CHECK(g.compact("http://example.org/ns#").empty());
    CHECK(g.compact("http://other.org/x").empty());
}

TEST_CASE("fiscal periods run April to March, calendar periods January to December", "[opendata]") {
    Period fiscal{{2024, Year::Kind::Fiscal, ""}, {2028, Year::Kind::Fiscal, ""}};
    CHECK(period_start(fiscal) == "2024-04-01");
    CHECK(period_end(fiscal) == "2029-03-31");
    Period calendar{{2023, Year::Kind::Calendar, ""}, {2030, Year::Kind::Calendar, ""}};
    CHECK(period_start(calendar) == "2023-01-01");
    CHECK(period_end(calendar) == "2030-12-31");
}

TEST_CASE("DCAT: dataset with publisher code, temporal, absolute download URLs", "[opendata][dcat]") {
    SiteConfig site = test_site();
    std::vector<SheetProblem> problems;
    DataSet ds = plan_dataset(test_plan(), problems);
    RdfGraph g = dcat_catalog({ds}, site);
    std::string ttl = to_turtle(g);
    CHECK(ttl.find("<https://example.jp/p/alpha/index.html#dataset> a dcat:Dataset") != std::string::npos);
    CHECK(ttl.find("dct:identifier \"222097\"") != std::string::npos);
    CHECK(ttl.find("dcat:startDate \"2024-04-01\"^^xsd:date") != std::string::npos);
    CHECK(ttl.find("dcat:downloadURL <https://example.jp/p/opendata/222097/alpha/222097_alpha_kpi.csv>") !=
          std::string::npos);
    CHECK(ttl.find("dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv>") != std::string::npos);
    CHECK(ttl.find("dct:license <https://creativecommons.org/publicdomain/zero/1.0/>") != std::string::npos);
}

TEST_CASE("datapackage: table fields are the CSV header, JSON resources name their schema",
          "[opendata][frictionless]") {
    SiteConfig site = test_site();
    std::vector<SheetProblem> problems;
    DataSet ds = plan_dataset(test_plan(), problems);
    auto j = nlohmann::json::parse(datapackage_json({ds}, {}, site, "2025-01-02"));
    REQUIRE(j["resources"].size() == 4);
    const auto& kpi = j["resources"][0];
    CHECK(kpi["path"] == "nobom/222097/alpha/222097_alpha_kpi.csv");  // the BOM-less copy (docs/opendata.md)
    CHECK(kpi["type"] == "table");
    CHECK(kpi["schema"]["fields"][0]["name"] == "全国地方公共団体コード");
    CHECK(kpi["schema"]["primaryKey"][0] == "ID");
    CHECK(kpi["dialect"]["lineTerminator"] == "\r\n");
    CHECK(j["resources"][3]["jsonSchema"] == "schemas/plan.schema.json");
}

TEST_CASE("open-data list: Digital Agency columns, one row per file", "[opendata][list]") {
    SiteConfig site = test_site();
    std::vector<SheetProblem> problems;
    DataSet ds = plan_dataset(test_plan(), problems);
    DataFile list = open_data_list({ds}, site);
    CHECK(list.bytes.rfind("\xEF\xBB\xBF全国地方公共団体コード,ID,地方公共団体名,データセット_ID,データセット_タイトル",
                           0) == 0);
    CHECK(list.bytes.find("ファイル_ダウンロードURL") != std::string::npos);
    size_t rows = 0;
    for (size_t p = 0; (p = list.bytes.find("\r\n222097,", p)) != std::string::npos; ++p) ++rows;
    CHECK(rows == ds.files.size());
    CHECK(list.bytes.find("https://example.jp/p/opendata/222097/alpha/222097_alpha_plan.json") != std::string::npos);
}

TEST_CASE("schema.org Dataset JSON-LD cannot close its script element", "[opendata][schema.org]") {
    SiteConfig site = test_site();
    Plan plan = test_plan();
    plan.description = "説明</script><script>alert(1)</script>";
    std::vector<SheetProblem> problems;
    DataSet ds = plan_dataset(plan, problems);
    std::string s = schema_org_dataset(ds, site);
    CHECK(s.find("</") == std::string::npos);
    auto j = nlohmann::json::parse(s);
    CHECK(j["@type"] == "Dataset");
    CHECK(j["description"] == plan.description);
    CHECK(j["temporalCoverage"] == "2024-04-01/2029-03-31");
    CHECK(j["creator"]["identifier"] == "222097");
}

TEST_CASE("plan.json: a figure without a number is null, never 0", "[opendata][json]") {
    SiteConfig site = test_site();
    Plan plan = test_plan();
    std::vector<SheetProblem> problems;
    DataSet ds = plan_dataset(plan, problems);
    auto j = nlohmann::json::parse(plan_json(plan, site, {}, ds));
    CHECK(j["$schema"] == "https://example.jp/p/opendata/schemas/plan.schema.json");
    CHECK(j["kpis"][0]["baseline"]["value"].is_null());
    CHECK(j["kpis"][0]["baseline"]["text"] == "未測定");
    CHECK(j["kpis"][0]["target"]["value"] == 120);
    CHECK(j["kpis"][0]["target"]["year"]["wareki"] == "令和10年度");
    CHECK(j["period"]["from"]["year"] == 2024);
    CHECK(j["files"].size() == 4);
}

TEST_CASE("licence URIs and file sizes as residents read them", "[opendata]") {
    CHECK(license_uri("CC-BY-4.0") == "https://creativecommons.org/licenses/by/4.0/");
    CHECK(license_uri("CC0-1.0") == "https://creativecommons.org/publicdomain/zero/1.0/");
    CHECK(license_uri("PDL-1.0").find("public_data_license") != std::string::npos);
    CHECK(display_size(850) == "850 バイト");
    CHECK(display_size(12345) == "12.3 KB");
    CHECK(display_size(4100000) == "4.1 MB");
}

TEST_CASE("glossary: SKOS labels for aliases, reading and expansion, CSV joins aliases with semicolons",
          "[opendata][glossary]") {
    SiteConfig site = test_site();
    Glossary g;
    Term t;
    t.term = "ICT";
    t.reading = "あいしーてぃー";
    t.aliases = {"情報通信技術", "アイシーティー"};
    t.expansion = "Information and Communication Technology";
    t.expansion_lang = "en";
    t.definition = "**情報**通信技術。";
    t.anchor = "t-ICT";
    g.terms.push_back(t);
    std::map<const Term*, std::string> plain = {{&g.terms[0], "情報通信技術。"}};
    std::string ttl = glossary_turtle(g, site, plain, "2025-01-02");
    CHECK(ttl.find("a skos:ConceptScheme") != std::string::npos);
    CHECK(ttl.find("<https://example.jp/p/glossary/index.html#t-ICT> a skos:Concept") != std::string::npos);
    CHECK(ttl.find("skos:altLabel \"あいしーてぃー\"@ja-Hira") != std::string::npos);
    CHECK(ttl.find("skos:altLabel \"Information and Communication Technology\"@en") != std::string::npos);
    CHECK(ttl.find("skos:definition \"情報通信技術。\"@ja") != std::string::npos);  // plain text, no ** markup

    DataSet ds = glossary_dataset(g, site, plain, {"2024-04-01", "2025-01-02"});
    REQUIRE(ds.files.size() == 3);
    CHECK(ds.files[1].bytes.find(",情報通信技術;アイシーティー,Information and Communication Technology,") !=
          std::string::npos);
    auto j = nlohmann::json::parse(ds.files[0].bytes);
    CHECK(j["terms"][0]["expansion"]["language"] == "en");
    CHECK(j["terms"][0]["url"] == "https://example.jp/p/glossary/index.html#t-ICT");
}

TEST_CASE("structure.csv: KPI rows are namespaced, so KPI ids g1, plan or g1-p1-m1 never collide",
          "[opendata][structure]") {
    Plan p = test_plan();
    Goal g;
    g.id = "g1";
    g.number = 1;
    g.title = "目標";
    Pillar pl;
    pl.id = "g1-p1";
    pl.title = "柱";
    Measure m;
    m.id = "g1-p1-m1";
    m.title = "施策";
    pl.measures.push_back(m);
    g.pillars.push_back(pl);
    p.goals.push_back(g);
    for (const char* id : {"g1", "plan", "g1-p1-m1"}) {
        Kpi k = p.kpis[0];
        k.id = id;
        k.goal = 1;
        p.kpis.push_back(k);
    }
    std::string csv;
    for (const DataFile& f : plan_tables(p))
        if (f.path.find("structure.csv") != std::string::npos) csv = f.bytes;
    REQUIRE(!csv.empty());
    std::set<std::string> ids;
    size_t rows = 0;
    for (size_t at = csv.find("\r\n") + 2; at < csv.size(); at = csv.find("\r\n", at) + 2) {
        size_t c1 = csv.find(',', at), c2 = csv.find(',', c1 + 1);
        ids.insert(csv.substr(c1 + 1, c2 - c1 - 1));
        ++rows;
    }
    CHECK(ids.size() == rows);
    CHECK(ids.count("alpha-plan"));
    CHECK(ids.count("alpha-g1"));
    CHECK(ids.count("alpha-kpi-g1"));
    CHECK(ids.count("alpha-kpi-plan"));
    CHECK(ids.count("alpha-kpi-g1-p1-m1"));
    CHECK(csv.find(",KPI,kpi-g1,g1,") != std::string::npos);
    CHECK(csv.find(",KPI,kpi-plan,g1,") != std::string::npos);
}

TEST_CASE("glossary: entry URLs and concept IRIs percent-encode the anchor as the page's href does",
          "[opendata][glossary]") {
    SiteConfig site = test_site();
    Glossary g;
    for (const char* a : {"t-C#", "t-100%再生", "t-\"引用\"語"}) {
        Term t;
        t.term = a + 2;
        t.reading = "よみ";
        t.definition = "定義。";
        t.anchor = a;
        g.terms.push_back(t);
    }
    std::map<const Term*, std::string> plain;
    DataSet ds = glossary_dataset(g, site, plain, {"2024-04-01", "2025-01-02"});
    auto j = nlohmann::json::parse(ds.files[0].bytes);
    for (size_t i = 0; i < g.terms.size(); ++i)
        CHECK(j["terms"][i]["url"] == "https://example.jp/p/glossary/index.html" + term_fragment(g.terms[i]));
    CHECK(j["terms"][0]["url"] == "https://example.jp/p/glossary/index.html#t-C%23");
    CHECK(j["terms"][1]["url"] == "https://example.jp/p/glossary/index.html#t-100%25%E5%86%8D%E7%94%9F");
    CHECK(j["terms"][2]["url"] == "https://example.jp/p/glossary/index.html#t-%22%E5%BC%95%E7%94%A8%22%E8%AA%9E");
    CHECK(ds.files[1].bytes.find("index.html#t-C%23") != std::string::npos);
    std::string ttl = glossary_turtle(g, site, plain, "2025-01-02");
    CHECK(ttl.find("<https://example.jp/p/glossary/index.html#t-C%23>") != std::string::npos);
    CHECK(ttl.find("#t-100%25%E5%86%8D%E7%94%9F>") != std::string::npos);
}

TEST_CASE("kpi_definitions.csv keeps each year's kind and 和暦", "[opendata][definitions]") {
    Plan p = test_plan();
    p.kpis[0].baseline_year = Year{2022, Year::Kind::Calendar, "2022年"};
    p.kpis[0].target_year = Year{2027, Year::Kind::Fiscal, "2027年度"};
    std::string csv;
    for (const DataFile& f : plan_tables(p))
        if (f.path.find("kpi_definitions.csv") != std::string::npos) {
            csv = f.bytes;
            std::vector<std::string> t = titles(f.columns);
            CHECK(std::find(t.begin(), t.end(), "基準年度_年区分") != t.end());
            CHECK(std::find(t.begin(), t.end(), "目標年度_和暦") != t.end());
        }
    CHECK(csv.find(",基準年度,基準年度_年区分,基準年度_和暦,目標年度,目標年度_年区分,目標年度_和暦,") !=
          std::string::npos);
    CHECK(csv.find(",2022,年,令和4年,2027,年度,令和9年度,") != std::string::npos);
}

TEST_CASE("every plan's table of a kind shares one column list, not a copy of it", "[opendata][columns]") {
    Plan a = test_plan(), b = test_plan();
    b.id = "beta";
    b.title = "ベータ計画";
    const std::vector<DataFile> ta = plan_tables(a), tb = plan_tables(b);
    REQUIRE(ta.size() == tb.size());
    REQUIRE(ta.size() == 3);
    for (size_t i = 0; i < ta.size(); ++i) {
        CHECK(ta[i].path != tb[i].path);
        CHECK(!ta[i].columns.empty());
        CHECK(ta[i].columns.shares(tb[i].columns));
        CHECK(titles(ta[i].columns) == titles(tb[i].columns));
    }
    CHECK(!ta[0].columns.shares(ta[1].columns));  // the KPI values and their definitions differ
    CHECK(!Columns().shares(Columns()));          // no list: nothing shared
    for (Plan* p : {&a, &b}) {                    // evaluation.csv, for plans with an evaluation
        EvaluationRow row;
        row.year = Year{2025, Year::Kind::Fiscal, "令和7年度"};
        row.kpi = p->kpis.at(0).id;
        p->evaluation.rows.push_back(row);
    }
    const std::optional<DataFile> ea = evaluation_table(a), eb = evaluation_table(b);
    REQUIRE(ea);
    REQUIRE(eb);
    CHECK(!ea->columns.empty());
    CHECK(ea->columns.shares(eb->columns));
}

TEST_CASE("open-data dates: issued is `published`, modified the latest content date, none invented",
          "[opendata][dates]") {
    Plan p = test_plan();
    p.published = "";
    p.updated = "";
    CHECK(plan_content_dates(p).issued.empty());
    CHECK(plan_content_dates(p).modified.empty());
    p.published = "2024-03-29";
    p.revisions = {{"", "日付のない改訂"}, {"2025-06-30", "KPIの見直し"}, {"2024-12-01", "誤字"}};
    Page page;
    page.updated = "2025-07-01";
    p.pages.push_back(page);
    CHECK(plan_content_dates(p).issued == "2024-03-29");
    CHECK(plan_content_dates(p).modified == "2025-07-01");  // a page changed after the last revision

    Plan undated = test_plan();
    undated.published = undated.updated = "";
    Site site;
    site.plans = {undated, p};
    CHECK(site_content_dates(site).issued == "2024-03-29");
    CHECK(site_content_dates(site).modified == "2025-07-01");
    site.config.updated = "2026-01-05";
    CHECK(site_content_dates(site).modified == "2026-01-05");
    site.plans = {undated};
    site.config.updated.clear();
    CHECK(site_content_dates(site).issued.empty());
    CHECK(site_content_dates(site).modified.empty());
}
