#include "opendata/catalog.hpp"

#include <nlohmann/json.hpp>

#include "opendata/csv_writer.hpp"
#include "opendata/plan.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"
#include "text/era_year.hpp"
#include "vocab/words.hpp"

namespace planpub {
namespace {

const std::string kDcat = "http://www.w3.org/ns/dcat#";
const std::string kDct = "http://purl.org/dc/terms/";
const std::string kFoaf = "http://xmlns.com/foaf/0.1/";
const std::string kVcard = "http://www.w3.org/2006/vcard/ns#";

std::string dataset_iri(const DataSet& s, const SiteConfig& site) { return absolute_url(site, s.landing_page) + "#dataset"; }

std::string media_type_iri(const std::string& t) { return "https://www.iana.org/assignments/media-types/" + t; }

std::string municipality(const Publisher& p) { return p.prefecture + p.name; }

std::string conforms_to(const DataFile& f, const SiteConfig& site) {
    if (!f.schema_path.empty()) return absolute_url(site, f.schema_path);
    if (f.format == FileFormat::Csv) return "https://www.rfc-editor.org/rfc/rfc4180";
    if (f.format == FileFormat::Turtle) return "http://www.w3.org/2004/02/skos/core";
    return {};
}

}  // namespace

std::string period_start(const Period& p) {
    return std::to_string(p.from.year) + (p.from.kind == Year::Kind::Fiscal ? "-04-01" : "-01-01");
}

std::string period_end(const Period& p) {
    return p.to.kind == Year::Kind::Fiscal ? std::to_string(p.to.year + 1) + "-03-31" : std::to_string(p.to.year) + "-12-31";
}

RdfGraph dcat_catalog(const std::vector<DataSet>& sets, const SiteConfig& site) {
    const std::string xsd_date = std::string(kXsd) + "date";
    RdfGraph g({{"dcat", kDcat}, {"dct", kDct}, {"foaf", kFoaf}, {"vcard", kVcard}, {"xsd", kXsd}});
    RdfTerm catalog = iri(absolute_url(site, "opendata/index.html#catalog"));
    g.add(catalog, kRdfType, iri(kDcat + "Catalog"));
    g.add_text(catalog, kDct + "title", site.title + " オープンデータ");
    g.add(catalog, kFoaf + "homepage", iri(absolute_url(site, "opendata/index.html")));
    g.add(catalog, kDct + "license", iri(license_uri(site.license)));
    int agents = 0;
    for (const DataSet& s : sets) {
        RdfTerm ds = iri(dataset_iri(s, site));
        g.add(catalog, kDcat + "dataset", ds);
        g.add(ds, kRdfType, iri(kDcat + "Dataset"));
        g.add(ds, kDct + "identifier", text(s.id, ""));
        g.add_text(ds, kDct + "title", s.title);
        g.add_text(ds, kDct + "description", s.description);
        for (const std::string& k : s.keywords) g.add_text(ds, kDcat + "keyword", k);
        if (!s.issued.empty()) g.add(ds, kDct + "issued", typed(s.issued, xsd_date));
        if (!s.modified.empty()) g.add(ds, kDct + "modified", typed(s.modified, xsd_date));
        g.add(ds, kDcat + "landingPage", iri(absolute_url(site, s.landing_page)));
        g.add(ds, kDct + "language", iri("http://id.loc.gov/vocabulary/iso639-1/ja"));
        g.add(ds, kDct + "license", iri(license_uri(site.license)));
        // The publisher carries the 全国地方公共団体コード so portals can group by municipality.
        RdfTerm agent = blank("publisher" + std::to_string(++agents));
        g.add(ds, kDct + "publisher", agent);
        g.add(agent, kRdfType, iri(kFoaf + "Organization"));
        g.add_text(agent, kFoaf + "name", municipality(s.publisher));
        g.add(agent, kDct + "identifier", text(s.publisher.local_government_code, ""));
        if (s.period) {
            RdfTerm period = blank("period" + std::to_string(agents));
            g.add(ds, kDct + "temporal", period);
            g.add(period, kRdfType, iri(kDct + "PeriodOfTime"));
            g.add(period, kDcat + "startDate", typed(period_start(*s.period), xsd_date));
            g.add(period, kDcat + "endDate", typed(period_end(*s.period), xsd_date));
        }
        const Contact& c = site.contact;
        if (!c.department.empty() || !c.mail.empty() || !c.phone.empty()) {
            RdfTerm contact = blank("contact" + std::to_string(agents));
            g.add(ds, kDcat + "contactPoint", contact);
            g.add(contact, kRdfType, iri(kVcard + "Organization"));
            g.add_text(contact, kVcard + "fn", c.department.empty() ? municipality(s.publisher) : c.department);
            if (!c.mail.empty()) g.add(contact, kVcard + "hasEmail", iri("mailto:" + c.mail));
            if (!c.phone.empty()) g.add(contact, kVcard + "hasTelephone", iri("tel:" + c.phone));
            if (!c.url.empty()) g.add(contact, kVcard + "hasURL", iri(c.url));
        }
        for (const DataFile& f : s.files) {
            RdfTerm dist = iri(absolute_url(site, f.path) + "#distribution");
            g.add(ds, kDcat + "distribution", dist);
            g.add(dist, kRdfType, iri(kDcat + "Distribution"));
            g.add(dist, kDct + "identifier", text(f.id, ""));
            g.add_text(dist, kDct + "title", f.title);
            g.add_text(dist, kDct + "description", f.description);
            g.add(dist, kDcat + "mediaType", iri(media_type_iri(media_type(f.format))));
            g.add(dist, kDct + "format", text(format_name(f.format), ""));
            g.add(dist, kDcat + "downloadURL", iri(absolute_url(site, f.path)));
            g.add(dist, kDcat + "accessURL", iri(absolute_url(site, "opendata/index.html")));
            g.add(dist, kDcat + "byteSize", typed(std::to_string(f.bytes.size()), std::string(kXsd) + "nonNegativeInteger"));
            g.add(dist, kDct + "license", iri(license_uri(site.license)));
            std::string std_iri = conforms_to(f, site);
            if (!std_iri.empty()) g.add(dist, kDct + "conformsTo", iri(std_iri));
            if (!s.modified.empty()) g.add(dist, kDct + "modified", typed(s.modified, xsd_date));
        }
    }
    return g;
}

std::string datapackage_json(const std::vector<DataSet>& sets, const std::vector<DataFile>& extra, const SiteConfig& site,
                             const std::string& created) {
    using nlohmann::ordered_json;
    ordered_json resources = ordered_json::array();
    auto relative = [](const std::string& path) { return path.rfind("opendata/", 0) == 0 ? path.substr(9) : path; };
    std::vector<const DataFile*> files;
    for (const DataSet& s : sets)
        for (const DataFile& f : s.files) files.push_back(&f);
    for (const DataFile& f : extra) files.push_back(&f);
    for (const DataFile* file : files) {
            const DataFile& f = *file;
            ordered_json r = {{"name", f.id}, {"path", relative(f.path)}, {"title", f.title}, {"description", f.description}};
            if (f.format == FileFormat::Csv) {
                ordered_json fields = ordered_json::array();
                for (const ColumnSpec& c : f.columns)
                    fields.push_back({{"name", c.title},
                                      {"type", c.datatype == "decimal" ? "number" : c.datatype},
                                      {"description", c.description}});
                r["$schema"] = "https://datapackage.org/profiles/2.0/dataresource.json";
                r["type"] = "table";
                r["format"] = "csv";
                r["mediatype"] = "text/csv";
                r["encoding"] = "utf-8";
                r["dialect"] = {{"$schema", "https://datapackage.org/profiles/2.0/tabledialect.json"},
                                {"header", true},
                                {"delimiter", ","},
                                {"lineTerminator", "\r\n"},
                                {"quoteChar", "\""},
                                {"doubleQuote", true}};
                r["schema"] = {{"$schema", "https://datapackage.org/profiles/2.0/tableschema.json"},
                               {"fields", fields},
                               {"missingValues", ordered_json::array({""})},
                               {"primaryKey", ordered_json::array({"ID"})}};
            } else if ((f.format == FileFormat::Json || f.format == FileFormat::JsonSchema) && !f.schema_path.empty()) {
                r["$schema"] = "https://datapackage.org/profiles/2.0/dataresource.json";
                r["format"] = "json";
                r["mediatype"] = media_type(f.format);
                r["encoding"] = "utf-8";
                r["jsonSchema"] = relative(f.schema_path);
            } else {
                continue;  // not described by a schema (the SKOS Turtle): listed in the DCAT catalogue instead
            }
            r["bytes"] = f.bytes.size();
            resources.push_back(r);
        }
    ordered_json doc = {
        {"$schema", "https://datapackage.org/profiles/2.0/datapackage.json"},
        {"name", "planpub-" + site.publisher.local_government_code},
        {"title", site.title + " オープンデータ"},
        {"homepage", absolute_url(site, "opendata/index.html")},
        {"licenses", ordered_json::array({{{"name", site.license}, {"path", license_uri(site.license)}, {"title", license_name(site.license)}}})},
        {"resources", resources},
    };
    if (!created.empty()) doc["created"] = created + "T00:00:00Z";  // a content date, or none
    return doc.dump(2) + "\n";
}

DataFile open_data_list(const std::vector<DataSet>& sets, const SiteConfig& site) {
    auto col = [](const char* title, const char* description) { return ColumnSpec{"", title, "string", description}; };
    std::vector<ColumnSpec> cols = with_lead({
        col("データセット_ID", "データセットの識別子"), col("データセット_タイトル", "データセットの名称"),
        col("データセット_概要", "データセットの内容の説明"), col("データセット_キーワード", "検索のための語（「;」区切り）"),
        col("データセット_公開日", "データセットを公開した日"), col("データセット_最終更新日", "データセットを最後に更新した日"),
        col("データセット_URL", "データセットを説明するページのURL"), col("データセット_更新頻度", "更新の頻度"),
        col("データセット_準拠する標準", "データセットが従う規格"), col("データセット_関連ドキュメント", "関連する文書のURL"),
        col("データセット_対象地域", "データが対象とする地域"), col("データセット_対象期間", "データが対象とする期間"),
        col("データセット_作成者", "データセットを作成した組織"), col("データセット_連絡先名称", "問い合わせ先の部署"),
        col("データセット_連絡先メールアドレス", "問い合わせ先のメールアドレス"), col("データセット_連絡先電話番号", "問い合わせ先の電話番号"),
        col("データセット_連絡先内線番号", "問い合わせ先の内線番号"), col("データセット_連絡先FormURL", "問い合わせフォームのURL"),
        col("データセット_連絡先備考（その他、SNSなど）", "問い合わせについての補足"), col("データセット_備考", "補足"),
        col("ファイル_ID", "ファイルの識別子"), col("ファイル_タイトル", "ファイルの名称"), col("ファイル_説明", "ファイルの内容の説明"),
        col("ファイル_形式", "ファイル形式（CSV、JSON、Turtle）"), col("ファイル_ライセンス", "利用条件（ライセンス）の名称"),
        col("ファイル_利用規約", "ライセンスのURL"), col("ファイル_アクセスURL", "ファイルを案内するページのURL"),
        col("ファイル_ダウンロードURL", "ファイルを直接取得するURL"), col("ファイル_関連ドキュメント", "ファイルの項目説明（スキーマ・メタデータ）のURL"),
        col("ファイル_言語", "ファイルの言語"), col("ファイル_公開日", "ファイルを公開した日"), col("ファイル_最終更新日", "ファイルを最後に更新した日"),
        col("ファイル_準拠する標準", "ファイルが従う規格"), col("ファイル_著作権表記", "著作権者"),
    });
    cols[0].name = "code";
    cols[1].name = "id";
    cols[2].name = "municipality";
    for (size_t i = 3; i < cols.size(); ++i) cols[i].name = "c" + std::to_string(i + 1);
    DataFile out = csv_file(site.publisher.local_government_code + "-open-data-list", "opendata/open_data_list.csv",
                            "オープンデータ一覧", "このサイトが公開するすべてのファイルを、1行に1ファイルずつ並べた一覧です。", cols);
    CsvWriter w(titles(cols), datatypes(cols));
    const Contact& c = site.contact;
    for (const DataSet& s : sets) {
        std::string keywords;
        for (const std::string& k : s.keywords) keywords += (keywords.empty() ? "" : ";") + k;
        std::string period = s.period ? display_period(*s.period) : "";
        for (const DataFile& f : s.files) {
            std::string related = f.format == FileFormat::Csv ? absolute_url(site, f.path) + "-metadata.json"
                                                    : (f.schema_path.empty() ? "" : absolute_url(site, f.schema_path));
            w.row({s.publisher.local_government_code, f.id, municipality(s.publisher), s.id, s.title, s.description, keywords,
                   s.issued, s.modified, absolute_url(site, s.landing_page), "不定期", s.standards,
                   absolute_url(site, "opendata/index.html"), municipality(s.publisher), period, municipality(s.publisher),
                   c.department, c.mail, c.phone, "", c.url, "", "", f.id, f.title, f.description, format_name(f.format),
                   license_name(site.license), license_uri(site.license), absolute_url(site, "opendata/index.html"),
                   absolute_url(site, f.path), related, "日本語", s.issued, s.modified, conforms_to(f, site),
                   municipality(s.publisher)});
        }
    }
    out.bytes = w.bytes();
    return out;
}

std::string schema_org_dataset(const DataSet& s, const SiteConfig& site) {
    using nlohmann::ordered_json;
    ordered_json dist = ordered_json::array();
    for (const DataFile& f : s.files)
        dist.push_back({{"@type", "DataDownload"}, {"name", f.title}, {"encodingFormat", media_type(f.format)},
                        {"contentUrl", absolute_url(site, f.path)}});
    std::string muni = municipality(s.publisher);
    ordered_json j = {
        {"@context", "https://schema.org"},
        {"@type", "Dataset"},
        {"@id", dataset_iri(s, site)},
        {"name", s.title},
        {"description", s.description},
        {"url", absolute_url(site, s.landing_page)},
        {"keywords", s.keywords},
        {"license", license_uri(site.license)},
        {"isAccessibleForFree", true},
        {"inLanguage", "ja"},
        {"creator", {{"@type", "GovernmentOrganization"}, {"name", muni}, {"identifier", s.publisher.local_government_code}}},
        {"spatialCoverage", {{"@type", "Place"}, {"name", muni}}},
    };
    if (s.period) j["temporalCoverage"] = period_start(*s.period) + "/" + period_end(*s.period);
    if (!s.issued.empty()) j["datePublished"] = s.issued;
    if (!s.modified.empty()) j["dateModified"] = s.modified;
    j["distribution"] = dist;
    std::string out = j.dump(2);
    // Inside <script>, "</script" would end the element early and "<!--" can keep the real end
    // tag from ending it; JSON's "\u003c" means "<" and is neither.
    for (size_t p = 0; (p = out.find('<', p)) != std::string::npos; p += 6) out.replace(p, 1, "\\u003c");
    return out;
}

}  // namespace planpub
