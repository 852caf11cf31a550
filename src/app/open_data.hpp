// The open data beside the pages. Before pages render, each plan's dataset is known (plan pages
// link to it and carry its schema.org description); after they render, produce_open_data
// (producers.hpp) writes plan.json (which lists the glossary terms the pages use), the glossary
// files, DCAT, datapackage, the open-data list, the schemas and the opendata/ page. The writers
// live in src/opendata/; this file only decides what goes where.
#pragma once
#include <vector>

#include "diag/diagnostics.hpp"
#include "emit/output_writer.hpp"
#include "model/opendata.hpp"
#include "render/site_pages.hpp"

namespace planpub {

// One dataset per plan that has a local government code; fills the context's dataset ids and each
// plan's number in the list (the caller points RenderContext::datasets at it: an overview makes its
// schema.org JSON-LD from it) so plan pages can link to and describe them, and the size of each file whose
// bytes are ready (download links show it). An evaluation sheet that cannot be written is an error.
// `extra_files` (output path, file to copy): the PDFs `planpub pdf` printed, listed as distributions.
// With a `writer`, the files whose bytes are ready (the CSV tables with their CSVW metadata and
// BOM-less copies, the evaluation sheets) go to the output at once and only their sizes stay:
// held until the pages had rendered, they were ~25 MB at 1,000 plans.
std::vector<DataSet> plan_datasets(const Site& site, RenderContext& ctx,
                                   const std::vector<std::pair<std::string, std::string>>& extra_files,
                                   Diagnostics& diags, OutputWriter* writer = nullptr);

}  // namespace planpub
