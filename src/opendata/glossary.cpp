#include "opendata/glossary.hpp"

#include <nlohmann/json.hpp>

#include "link/glossary_linker.hpp"
#include "opendata/csv_writer.hpp"
#include "opendata/plan.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"
#include "vocab/words.hpp"
#include "vocab/routes.hpp"

namespace planpub {
namespace {

const std::string kSkos = "http://www.w3.org/2004/02/skos/core#";
const std::string kDct = "http://purl.org/dc/terms/";
const std::string kFoaf = "http://xmlns.com/foaf/0.1/";

std::string definition_of(const Term& t, const std::map<const Term*, std::string>& plain) {
    auto it = plain.find(&t);
    return it == plain.end() ? t.definition : it->second;
}

std::string term_url(const SiteConfig& site, const Term& t) {
    return absolute_url(site, routes::glossary() + term_fragment(t));
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
    return s;
}

std::string glossary_json(const Glossary& g, const SiteConfig& site, const std::map<const Term*, std::string>& plain,
                          const std::string& modified) {
    using nlohmann::ordered_json;
    ordered_json terms = ordered_json::array();
    for (const Term& t : g.terms) {
        ordered_json j = {{"id", t.anchor}, {"term", t.term}, {"reading", t.reading}, {"aliases", t.aliases}};
        if (!t.expansion.empty())
            j["expansion"] = {{"text", t.expansion}, {"language", t.expansion_lang.empty() ? "en" : t.expansion_lang}};
        j["definition"] = definition_of(t, plain);
        if (!t.source.empty()) j["source"] = t.source;
        if (!t.plan.empty()) j["plan"] = t.plan;
        j["url"] = term_url(site, t);
        terms.push_back(j);
    }
    ordered_json doc = {
        {"$schema", absolute_url(site, routes::opendata_schema("glossary.schema.json"))},
        {"title", site.title + " 用語集"},
        {"url", absolute_url(site, routes::glossary())},
        {"publisher",
         {{"name", site.publisher.name},
          {"prefecture", site.publisher.prefecture},
          {"local_government_code", site.publisher.local_government_code}}},
        {"license", {{"id", site.license}, {"uri", license_uri(site.license)}}},
    };
    if (!modified.empty()) doc["modified"] = modified;  // no date in the content: none invented
    doc["terms"] = terms;
    return doc.dump(2) + "\n";
}

}  // namespace

std::string glossary_turtle(const Glossary& g, const SiteConfig& site, const std::map<const Term*, std::string>& plain,
                            const std::string& modified) {
    RdfGraph graph({{"skos", kSkos}, {"dct", kDct}, {"foaf", kFoaf}, {"xsd", kXsd}});
    RdfTerm scheme = iri(absolute_url(site, routes::glossary() + "#scheme"));
    graph.add(scheme, kRdfType, iri(kSkos + "ConceptScheme"));
    graph.add_text(scheme, kDct + "title", site.title + " 用語集");
    RdfTerm publisher = blank("publisher");
    graph.add(scheme, kDct + "publisher", publisher);
    graph.add(publisher, kRdfType, iri(kFoaf + "Organization"));
    graph.add_text(publisher, kFoaf + "name", site.publisher.prefecture + site.publisher.name);
    graph.add(publisher, kDct + "identifier", text(site.publisher.local_government_code, ""));
    if (!site.license.empty()) graph.add(scheme, kDct + "license", iri(license_uri(site.license)));
    if (!modified.empty()) graph.add(scheme, kDct + "modified", typed(modified, std::string(kXsd) + "date"));
    for (const Term& t : g.terms) {
        RdfTerm c = iri(term_url(site, t));
        graph.add(scheme, kSkos + "hasTopConcept", c);
        graph.add(c, kRdfType, iri(kSkos + "Concept"));
        graph.add(c, kSkos + "inScheme", scheme);
        graph.add(c, kSkos + "topConceptOf", scheme);
        graph.add_text(c, kSkos + "prefLabel", t.term);
        for (const std::string& a : t.aliases) graph.add_text(c, kSkos + "altLabel", a);
        // The reading in hiragana: a label in the ja-Hira script, so search by reading finds the term.
        if (t.reading != t.term) graph.add_text(c, kSkos + "altLabel", t.reading, "ja-Hira");
        if (!t.expansion.empty())
            graph.add_text(c, kSkos + "altLabel", t.expansion, t.expansion_lang.empty() ? "en" : t.expansion_lang);
        graph.add_text(c, kSkos + "definition", definition_of(t, plain));
        graph.add_text(c, kDct + "source", t.source);
    }
    return to_turtle(graph);
}

DataSet glossary_dataset(const Glossary& g, const SiteConfig& site, const std::map<const Term*, std::string>& plain,
                         const ContentDates& dates) {
    const std::string& modified = dates.modified;
    const std::string code = site.publisher.local_government_code;
    const std::string muni = site.publisher.prefecture + site.publisher.name;
    DataSet ds;
    ds.id = code + "-glossary";
    ds.title = site.title + " 用語集";
    ds.description =
        "計画の本文で使われる用語の読み、別名、定義です。本文中の用語は、このサイトの用語集の定義へリンクしています。";
    ds.keywords = {"用語集", "計画", muni};
    ds.standards = "W3C SKOS; RFC 4180; W3C CSVW; JSON Schema 2020-12";
    ds.issued = dates.issued;
    ds.modified = modified;
    ds.landing_page = routes::glossary();
    ds.publisher = site.publisher;

    DataFile json =
        data_file(ds.id + "-json", routes::opendata_file("glossary.json"), "用語集（JSON）",
                  "すべての用語の読み、別名、正式名称、定義、出典と用語集ページのURLです。", FileFormat::Json);
    json.schema_path = routes::opendata_schema("glossary.schema.json");
    json.bytes = glossary_json(g, site, plain, modified);
    ds.files.push_back(std::move(json));

    DataFile csv = csv_file(
        ds.id + "-csv", routes::opendata_file("glossary.csv"), "用語集（CSV）", "用語を1行に1語ずつ並べた表です。",
        with_lead(
            {{"term", "用語", "string", "用語"},
             {"reading", "読み", "string", "用語の読み（ひらがな）"},
             {"aliases", "別名", "string", "同じ意味で使う別の書き方（複数あるときは「;」で区切る）"},
             {"expansion", "正式名称", "string", "略語の正式名称"},
             {"definition", "定義", "string", "用語の意味"},
             {"source", "出典", "string", "定義の出典"},
             {"plan_id", "計画ID", "string", "その計画だけで使う用語のとき、計画の識別子（サイト共通の用語は空欄）"},
             {"url", "URL", "string", "用語集ページでこの用語を説明している場所"}}));
    CsvWriter w(titles(csv.columns), datatypes(csv.columns));
    for (const Term& t : g.terms)
        w.row({code, t.anchor, muni, t.term, t.reading, join(t.aliases, ";"), t.expansion, definition_of(t, plain),
               t.source, t.plan, term_url(site, t)});
    csv.bytes = w.bytes();
    ds.files.push_back(std::move(csv));

    DataFile ttl = data_file(ds.id + "-skos", routes::opendata_file("glossary.ttl"), "用語集（SKOS、Turtle形式）",
                             "用語集をSKOSの概念体系（skos:ConceptScheme）として表したRDFです。", FileFormat::Turtle);
    ttl.bytes = glossary_turtle(g, site, plain, modified);
    ds.files.push_back(std::move(ttl));
    return ds;
}

}  // namespace planpub
