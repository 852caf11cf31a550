#include "opendata/catalog.hpp"

#include <nlohmann/json.hpp>

#include "opendata/csv_writer.hpp"
#include "opendata/json_array_dump.hpp"
#include "opendata/plan.hpp"
#include "opendata/plan_json.hpp"
#include "opendata/rdf_graph.hpp"
#include "text/era_year.hpp"
#include "vocab/words.hpp"
#include "vocab/routes.hpp"

namespace planpub {

std::string bomless_csv(const std::string& bytes) {
    return bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? bytes.substr(3) : bytes;
}

std::string dataset_iri(const DataSet& s, const SiteConfig& site) {
    return absolute_url(site, s.landing_page) + "#dataset";
}

std::string municipality(const Publisher& p) { return p.prefecture + p.name; }

std::string conforms_to(const DataFile& f, const SiteConfig& site) {
    if (!f.schema_path.empty()) return absolute_url(site, f.schema_path);
    if (f.format == FileFormat::Csv) return "https://www.rfc-editor.org/rfc/rfc4180";
    if (f.format == FileFormat::Turtle) return "http://www.w3.org/2004/02/skos/core";
    return {};
}

std::string period_start(const Period& p) {
    return std::to_string(p.from.year) + (p.from.kind == Year::Kind::Fiscal ? "-04-01" : "-01-01");
}

std::string period_end(const Period& p) {
    return p.to.kind == Year::Kind::Fiscal ? std::to_string(p.to.year + 1) + "-03-31"
                                           : std::to_string(p.to.year) + "-12-31";
}

std::string datapackage_json(const std::vector<DataSet>& sets, const std::vector<DataFile>& extra,
                             const SiteConfig& site, const std::string& created) {
    using nlohmann::ordered_json;
    std::vector<const DataFile*> files;
    for (const DataSet& s : sets)
        for (const DataFile& f : s.files) files.push_back(&f);
    for (const DataFile& f : extra) files.push_back(&f);
    const auto resource = [&files](size_t i) -> std::optional<ordered_json> {
        const DataFile& f = *files[i];
        ordered_json r = {{"name", f.id},
                          {"path", routes::within_opendata(f.path)},
                          {"title", f.title},
                          {"description", f.description}};
        size_t bytes = f.size();
        if (f.format == FileFormat::Csv) {
            // The BOM-less copy: Frictionless readers do not all strip a BOM (docs/opendata.md).
            r["path"] = routes::within_opendata(routes::bomless(f.path));
            bytes = f.bomless_size();
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
            r["jsonSchema"] = routes::within_opendata(f.schema_path);
        } else if (f.format == FileFormat::Pdf) {
            // The print edition as `planpub pdf` printed it: a document to read, not data.
            r["$schema"] = "https://datapackage.org/profiles/2.0/dataresource.json";
            r["format"] = "pdf";
            r["mediatype"] = media_type(f.format);
        } else if (f.format == FileFormat::Xlsx) {
            // The evaluation sheet: a printed layout (title rows, merged goal rows), not a table to
            // read; its figures are the evaluation CSV's, which is the table resource.
            r["$schema"] = "https://datapackage.org/profiles/2.0/dataresource.json";
            r["format"] = "xlsx";
            r["mediatype"] = media_type(f.format);
        } else {
            return std::nullopt;  // not described by a schema (the SKOS Turtle): listed in the DCAT catalogue instead
        }
        r["bytes"] = bytes;
        return r;
    };
    ordered_json doc = {
        {"$schema", "https://datapackage.org/profiles/2.0/datapackage.json"},
        {"name", "planpub-" + site.publisher.local_government_code},
        {"title", site.title + " オープンデータ"},
        {"homepage", absolute_url(site, routes::opendata_page())},
        {"licenses",
         ordered_json::array(
             {{{"name", site.license}, {"path", license_uri(site.license)}, {"title", license_name(site.license)}}})},
    };
    doc["resources"] = nullptr;                                     // its place, before "created"
    if (!created.empty()) doc["created"] = created + "T00:00:00Z";  // a content date, or none
    std::string text = dump_with_array(std::move(doc), "resources", files.size(), resource);
    text += '\n';
    return text;
}

DataFile open_data_list(const std::vector<DataSet>& sets, const SiteConfig& site) {
    auto col = [](const char* title, const char* description) { return ColumnSpec{"", title, "string", description}; };
    std::vector<ColumnSpec> cols = with_lead({
        col("データセット_ID", "データセットの識別子"),
        col("データセット_タイトル", "データセットの名称"),
        col("データセット_概要", "データセットの内容の説明"),
        col("データセット_キーワード", "検索のための語（「;」区切り）"),
        col("データセット_公開日", "データセットを公開した日"),
        col("データセット_最終更新日", "データセットを最後に更新した日"),
        col("データセット_URL", "データセットを説明するページのURL"),
        col("データセット_更新頻度", "更新の頻度"),
        col("データセット_準拠する標準", "データセットが従う規格"),
        col("データセット_関連ドキュメント", "関連する文書のURL"),
        col("データセット_対象地域", "データが対象とする地域"),
        col("データセット_対象期間", "データが対象とする期間"),
        col("データセット_作成者", "データセットを作成した組織"),
        col("データセット_連絡先名称", "問い合わせ先の部署"),
        col("データセット_連絡先メールアドレス", "問い合わせ先のメールアドレス"),
        col("データセット_連絡先電話番号", "問い合わせ先の電話番号"),
        col("データセット_連絡先内線番号", "問い合わせ先の内線番号"),
        col("データセット_連絡先FormURL", "問い合わせフォームのURL"),
        col("データセット_連絡先備考（その他、SNSなど）", "問い合わせについての補足"),
        col("データセット_備考", "補足"),
        col("ファイル_ID", "ファイルの識別子"),
        col("ファイル_タイトル", "ファイルの名称"),
        col("ファイル_説明", "ファイルの内容の説明"),
        col("ファイル_形式", "ファイル形式（CSV、JSON、Turtle、XLSX、PDF）"),
        col("ファイル_ライセンス", "利用条件（ライセンス）の名称"),
        col("ファイル_利用規約", "ライセンスのURL"),
        col("ファイル_アクセスURL", "ファイルを案内するページのURL"),
        col("ファイル_ダウンロードURL", "ファイルを直接取得するURL"),
        col("ファイル_関連ドキュメント", "ファイルの項目説明（スキーマ・メタデータ）のURL"),
        col("ファイル_言語", "ファイルの言語"),
        col("ファイル_公開日", "ファイルを公開した日"),
        col("ファイル_最終更新日", "ファイルを最後に更新した日"),
        col("ファイル_準拠する標準", "ファイルが従う規格"),
        col("ファイル_著作権表記", "著作権者"),
    });
    cols[0].name = "code";
    cols[1].name = "id";
    cols[2].name = "municipality";
    for (size_t i = 3; i < cols.size(); ++i) cols[i].name = "c" + std::to_string(i + 1);
    DataFile out =
        csv_file(site.publisher.local_government_code + "-open-data-list", routes::opendata_file("open_data_list.csv"),
                 "オープンデータ一覧", "このサイトが公開するすべてのファイルを、1行に1ファイルずつ並べた一覧です。",
                 std::move(cols));
    CsvWriter w(titles(out.columns), datatypes(out.columns));  // the file's own list, not two more copies
    const Contact& c = site.contact;
    for (const DataSet& s : sets) {
        std::string keywords;
        for (const std::string& k : s.keywords) keywords += (keywords.empty() ? "" : ";") + k;
        std::string period = s.period ? display_period(*s.period) : "";
        for (const DataFile& f : s.files) {
            std::string related = f.format == FileFormat::Csv
                                      ? absolute_url(site, f.path) + "-metadata.json"
                                      : (f.schema_path.empty() ? "" : absolute_url(site, f.schema_path));
            w.row({s.publisher.local_government_code,
                   f.id,
                   municipality(s.publisher),
                   s.id,
                   s.title,
                   s.description,
                   keywords,
                   s.issued,
                   s.modified,
                   absolute_url(site, s.landing_page),
                   "不定期",
                   s.standards,
                   absolute_url(site, routes::opendata_page()),
                   municipality(s.publisher),
                   period,
                   municipality(s.publisher),
                   c.department,
                   c.mail,
                   c.phone,
                   "",
                   c.url,
                   "",
                   "",
                   f.id,
                   f.title,
                   f.description,
                   format_name(f.format),
                   license_name(site.license),
                   license_uri(site.license),
                   absolute_url(site, routes::opendata_page()),
                   absolute_url(site, f.path),
                   related,
                   "日本語",
                   s.issued,
                   s.modified,
                   conforms_to(f, site),
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
        dist.push_back({{"@type", "DataDownload"},
                        {"name", f.title},
                        {"encodingFormat", media_type(f.format)},
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
        {"creator",
         {{"@type", "GovernmentOrganization"}, {"name", muni}, {"identifier", s.publisher.local_government_code}}},
        {"spatialCoverage", {{"@type", "Place"}, {"name", muni}}},
        {"includedInDataCatalog",
         {{"@type", "DataCatalog"},
          {"name", site.title + " オープンデータ"},
          {"url", absolute_url(site, routes::opendata_page())}}},
    };
    j["identifier"] = s.id;  // the dct:identifier of the DCAT catalogue
    if (!s.version.empty()) j["version"] = s.version;
    // The city's own website, when the site's home_url is that city's (a site may carry several).
    if (!site.home_url.empty() && s.publisher.local_government_code == site.publisher.local_government_code)
        j["creator"]["url"] = site.home_url;
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
