// Render stage: how portals find the data — the DCAT catalogue (one dcat:Dataset per plan and
// one for the glossary, as Turtle and JSON-LD from one graph), the Frictionless datapackage.json,
// the municipal open-data list (デジタル庁「オープンデータ一覧」の項目) and the schema.org
// Dataset block each plan page carries.
#pragma once
#include <string>
#include <vector>

#include "model/opendata.hpp"
#include "model/site.hpp"

namespace planpub {

class RdfGraph;

// The DCAT-AP 3 catalogue (opendata/dcat.cpp).
RdfGraph dcat_catalog(const std::vector<DataSet>& sets, const SiteConfig& site);
// The licence's title in CKAN's default licence register (English), for matching by title.
std::string license_register_title(const std::string& id);
// Every CSV and schema-described JSON of `sets`, then `extra` files (the open-data list).
std::string datapackage_json(const std::vector<DataSet>& sets, const std::vector<DataFile>& extra,
                             const SiteConfig& site, const std::string& created);
DataFile open_data_list(const std::vector<DataSet>& sets, const SiteConfig& site);
// JSON-LD for a <script type="application/ld+json"> on the dataset's landing page ('</' escaped).
std::string schema_org_dataset(const DataSet& set, const SiteConfig& site);

// The IRI of a dataset (its landing page#dataset), the municipality's name (県 + 市), and the
// standard a file follows (its JSON Schema, RFC 4180, SKOS), shared by the catalogue's writers.
std::string dataset_iri(const DataSet& s, const SiteConfig& site);
std::string municipality(const Publisher& p);
std::string conforms_to(const DataFile& f, const SiteConfig& site);

// Every CSV is written with a BOM, so that Excel opens it as UTF-8, and once more without one
// under opendata/nobom/ (same relative path) for readers that keep the BOM in the first header
// (Frictionless' JavaScript reader, R's read.csv): datapackage.json describes those copies, at
// routes::bomless(path).
std::string bomless_csv(const std::string& bytes);

// A period as ISO dates: 年度 run April to March, 年 January to December.
std::string period_start(const Period& p);
std::string period_end(const Period& p);

}  // namespace planpub
