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

RdfGraph dcat_catalog(const std::vector<DataSet>& sets, const SiteConfig& site);
// Every CSV and schema-described JSON of `sets`, then `extra` files (the open-data list).
std::string datapackage_json(const std::vector<DataSet>& sets, const std::vector<DataFile>& extra, const SiteConfig& site,
                             const std::string& created);
DataFile open_data_list(const std::vector<DataSet>& sets, const SiteConfig& site);
// JSON-LD for a <script type="application/ld+json"> on the dataset's landing page ('</' escaped).
std::string schema_org_dataset(const DataSet& set, const SiteConfig& site);

// A period as ISO dates: 年度 run April to March, 年 January to December.
std::string period_start(const Period& p);
std::string period_end(const Period& p);

}  // namespace planpub
