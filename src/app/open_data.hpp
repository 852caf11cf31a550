// Build step: assembles the open data from the parsed site and what page rendering found (which
// glossary terms each plan uses), then hands every file to the output set. The writers it calls
// live in render/ (opendata_*.cpp, rdf_graph.cpp); this file only decides what goes where.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/glossary.hpp"
#include "model/opendata.hpp"
#include "model/output.hpp"
#include "render/site_pages.hpp"

namespace planpub {

// Before pages render: one dataset per plan that has a local government code; fills the
// context's dataset ids and schema.org JSON-LD so plan pages can link to and describe them.
std::vector<DataSet> plan_datasets(const Site& site, RenderContext& ctx);

struct OpenDataInputs {
    const Glossary& glossary;
    std::map<const Term*, std::string> plain_definitions;
    std::map<std::string, std::vector<const Term*>> terms_by_plan;  // in glossary order
};

// After pages render: plan.json, the glossary files, DCAT, datapackage, the open-data list, the
// schemas and the opendata/ page, appended to `outputs` (and the page to `sitemap`).
void add_open_data(std::vector<DataSet> sets, const OpenDataInputs& in, Templates& t, const RenderContext& ctx,
                   OutputSet& outputs, std::vector<std::pair<std::string, std::string>>& sitemap);

}  // namespace planpub
