// The DCAT-AP 3.0.1 catalogue: every mandatory property of Catalog, Dataset and Distribution and
// the recommended ones the content can fill (docs/opendata.md lists each with its source). Values
// that portals match against controlled vocabularies use the EU Publications Office's IRIs
// (file types, languages, frequency, data themes); licences are nodes with titles, so CKAN's
// ckanext-dcat finds them in its licence register by URI or by title.
#include <algorithm>

#include "opendata/catalog.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"
#include "vocab/words.hpp"
#include "vocab/routes.hpp"

namespace planpub {
namespace {

const std::string kDcat = "http://www.w3.org/ns/dcat#";
const std::string kDct = "http://purl.org/dc/terms/";
const std::string kFoaf = "http://xmlns.com/foaf/0.1/";
const std::string kVcard = "http://www.w3.org/2006/vcard/ns#";
const std::string kSkos = "http://www.w3.org/2004/02/skos/core#";
const std::string kEu = "http://publications.europa.eu/resource/authority/";

std::string media_type_iri(const std::string& t) { return "https://www.iana.org/assignments/media-types/" + t; }

std::string file_type_iri(FileFormat f) {
    switch (f) {
        case FileFormat::Csv:
            return kEu + "file-type/CSV";
        case FileFormat::Json:
        case FileFormat::JsonSchema:
            return kEu + "file-type/JSON";
        case FileFormat::JsonLd:
            return kEu + "file-type/JSON_LD";
        case FileFormat::Turtle:
            return kEu + "file-type/RDF_TURTLE";
        case FileFormat::Xlsx:
            return kEu + "file-type/XLSX";
        case FileFormat::Pdf:
            return kEu + "file-type/PDF";
    }
    return {};
}

class CatalogGraph {
  public:
    CatalogGraph(const SiteConfig& site)
        : site_(site),
          g_({{"dcat", kDcat}, {"dct", kDct}, {"foaf", kFoaf}, {"vcard", kVcard}, {"skos", kSkos}, {"xsd", kXsd}}) {}

    RdfGraph take() { return std::move(g_); }

    void date(const RdfTerm& s, const std::string& p, const std::string& ymd) {
        if (!ymd.empty()) g_.add(s, kDct + p, typed(ymd, std::string(kXsd) + "date"));
    }

    // Japanese, as the LOC ISO 639-1 IRI (what earlier versions wrote) and the EU language IRI
    // (what DCAT-AP's controlled vocabulary asks for).
    void language(const RdfTerm& s) {
        g_.add(s, kDct + "language", iri("http://id.loc.gov/vocabulary/iso639-1/ja"));
        g_.add(s, kDct + "language", iri(kEu + "language/JPN"));
    }

    // The licence, described once: its type and its titles in the wording of the licence itself
    // (CC's deed, デジタル庁's 公共データ利用規約) and of CKAN's default register.
    void license(const RdfTerm& s) {
        if (site_.license.empty()) return;
        RdfTerm doc = iri(license_uri(site_.license));
        g_.add(s, kDct + "license", doc);
        if (licence_described_) return;
        licence_described_ = true;
        g_.add(doc, kRdfType, iri(kDct + "LicenseDocument"));
        g_.add_text(doc, kDct + "title", license_name(site_.license));
        g_.add_text(doc, kDct + "title", license_register_title(site_.license), "en");
    }

    // An organisation: foaf:Agent so that a validator without FOAF loaded accepts it, with its
    // name and 全国地方公共団体コード.
    RdfTerm agent(const Publisher& p) {
        std::string key = p.local_government_code + municipality(p);
        auto it = std::find(agent_keys_.begin(), agent_keys_.end(), key);
        RdfTerm a = blank("publisher" + std::to_string(it - agent_keys_.begin() + 1));
        if (it != agent_keys_.end()) return a;
        agent_keys_.push_back(key);
        g_.add(a, kRdfType, iri(kFoaf + "Agent"));
        g_.add(a, kRdfType, iri(kFoaf + "Organization"));
        g_.add_text(a, kFoaf + "name", municipality(p));
        if (!p.local_government_code.empty()) g_.add(a, kDct + "identifier", text(p.local_government_code, ""));
        return a;
    }

    // The municipality as a place (dct:Location with its name and code).
    void spatial(const RdfTerm& s, const Publisher& p, int n) {
        RdfTerm place = blank("place" + std::to_string(n));
        g_.add(s, kDct + "spatial", place);
        g_.add(place, kRdfType, iri(kDct + "Location"));
        g_.add_text(place, kSkos + "prefLabel", municipality(p));
        if (!p.local_government_code.empty()) g_.add(place, kDct + "identifier", text(p.local_government_code, ""));
    }

    void contact(const RdfTerm& s, const Publisher& p, int n) {
        const Contact& c = site_.contact;
        if (c.department.empty() && c.mail.empty() && c.phone.empty() && c.url.empty()) return;  // warned by the build
        RdfTerm k = blank("contact" + std::to_string(n));
        g_.add(s, kDcat + "contactPoint", k);
        g_.add(k, kRdfType, iri(kVcard + "Kind"));
        g_.add(k, kRdfType, iri(kVcard + "Organization"));
        g_.add_text(k, kVcard + "fn", c.department.empty() ? municipality(p) : c.department);
        if (!c.mail.empty()) g_.add(k, kVcard + "hasEmail", iri("mailto:" + c.mail));
        if (!c.phone.empty()) g_.add(k, kVcard + "hasTelephone", iri("tel:" + c.phone));
        if (!c.url.empty()) g_.add(k, kVcard + "hasURL", iri(c.url));
    }

    void distribution(const RdfTerm& ds, const DataSet& s, const DataFile& f) {
        RdfTerm dist = iri(absolute_url(site_, f.path) + "#distribution");
        g_.add(ds, kDcat + "distribution", dist);
        g_.add(dist, kRdfType, iri(kDcat + "Distribution"));
        g_.add(dist, kDct + "identifier", text(f.id, ""));
        g_.add_text(dist, kDct + "title", f.title);
        g_.add_text(dist, kDct + "description", f.description);
        g_.add(dist, kDcat + "mediaType", iri(media_type_iri(media_type(f.format))));
        g_.add(dist, kDct + "format", iri(file_type_iri(f.format)));
        g_.add(dist, kDcat + "downloadURL", iri(absolute_url(site_, f.path)));
        g_.add(dist, kDcat + "accessURL", iri(absolute_url(site_, routes::opendata_page())));
        g_.add(dist, kDcat + "byteSize", typed(std::to_string(f.size()), std::string(kXsd) + "nonNegativeInteger"));
        license(dist);
        std::string std_iri = conforms_to(f, site_);
        if (!std_iri.empty()) g_.add(dist, kDct + "conformsTo", iri(std_iri));
        date(dist, "issued", s.issued);
        date(dist, "modified", s.modified);
    }

    void dataset(const RdfTerm& catalog, const DataSet& s, int n) {
        RdfTerm ds = iri(dataset_iri(s, site_));
        g_.add(catalog, kDcat + "dataset", ds);
        g_.add(ds, kRdfType, iri(kDcat + "Dataset"));
        g_.add(ds, kDct + "identifier", text(s.id, ""));
        g_.add_text(ds, kDct + "title", s.title);
        g_.add_text(ds, kDct + "description", s.description);
        for (const std::string& k : s.keywords) g_.add_text(ds, kDcat + "keyword", k);
        date(ds, "issued", s.issued);
        date(ds, "modified", s.modified);
        g_.add(ds, kDcat + "landingPage", iri(absolute_url(site_, s.landing_page)));
        language(ds);
        license(ds);
        g_.add(ds, kDct + "publisher", agent(s.publisher));
        // 不定期 in the open-data list: a plan changes when the city revises it or adds actuals.
        g_.add(ds, kDct + "accrualPeriodicity", iri(kEu + "frequency/IRREG"));
        g_.add(ds, kDcat + "theme", iri(kEu + "data-theme/GOVE"));  // government and public sector
        spatial(ds, s.publisher, n);
        if (s.period) {
            RdfTerm period = blank("period" + std::to_string(n));
            g_.add(ds, kDct + "temporal", period);
            g_.add(period, kRdfType, iri(kDct + "PeriodOfTime"));
            g_.add(period, kDcat + "startDate", typed(period_start(*s.period), std::string(kXsd) + "date"));
            g_.add(period, kDcat + "endDate", typed(period_end(*s.period), std::string(kXsd) + "date"));
        }
        contact(ds, s.publisher, n);
        for (const DataFile& f : s.files) distribution(ds, s, f);
    }

    RdfGraph& graph() { return g_; }

  private:
    const SiteConfig& site_;
    RdfGraph g_;
    bool licence_described_ = false;
    std::vector<std::string> agent_keys_;
};

}  // namespace

std::string license_register_title(const std::string& id) {
    // CKAN's default licence register (ckan/model/license.py) titles, which ckanext-dcat matches
    // when the URI is not the register's own.
    if (id == "CC-BY-4.0") return "Creative Commons Attribution";
    if (id == "CC0-1.0") return "Creative Commons CCZero";
    if (id == "PDL-1.0") return "Public Data License (Version 1.0)";
    return id;
}

RdfGraph dcat_catalog(const std::vector<DataSet>& sets, const SiteConfig& site) {
    CatalogGraph c(site);
    RdfGraph& g = c.graph();
    RdfTerm catalog = iri(absolute_url(site, routes::opendata_page() + "#catalog"));
    g.add(catalog, kRdfType, iri(kDcat + "Catalog"));
    g.add_text(catalog, kDct + "title", site.title + " オープンデータ");
    g.add_text(catalog, kDct + "description",
               site.title +
                   "で公開している計画の本文の構成、重要業績評価指標（KPI）の目標と実績、用語集を、"
                   "機械で読める形式（CSV、JSON、RDF）で提供するカタログです。");
    // The site's publisher; for a site of several cities without one, the first plan's.
    const Publisher& publisher = site.publisher.name.empty() ? sets.front().publisher : site.publisher;
    g.add(catalog, kDct + "publisher", c.agent(publisher));
    g.add(catalog, kFoaf + "homepage", iri(absolute_url(site, routes::opendata_page())));
    c.language(catalog);
    c.license(catalog);
    g.add(catalog, kDcat + "themeTaxonomy", iri(kEu + "data-theme"));
    std::string issued, modified;
    for (const DataSet& s : sets) {
        if (!s.issued.empty() && (issued.empty() || s.issued < issued)) issued = s.issued;
        if (s.modified > modified) modified = s.modified;
    }
    c.date(catalog, "issued", issued);
    c.date(catalog, "modified", modified);
    c.spatial(catalog, publisher, 0);
    int n = 0;
    for (const DataSet& s : sets) c.dataset(catalog, s, ++n);
    return c.take();
}

}  // namespace planpub
