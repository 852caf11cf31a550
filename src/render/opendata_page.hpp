// Render stage: the body of opendata/index.html — every file with its format, size and licence,
// each CSV's columns in plain Japanese, and how to credit the data (出典記載例).
#pragma once
#include <string>
#include <vector>

#include "model/opendata.hpp"
#include "model/site.hpp"
#include "render/templates.hpp"

namespace planpub {

// Rendered with the theme's opendata_body template. `catalog_files`: the site-wide files that
// describe the rest (DCAT, datapackage, list, schemas).
std::string render_opendata_body(Templates& t, const std::vector<DataSet>& sets,
                                 const std::vector<DataFile>& catalog_files, const SiteConfig& site);

// 850 バイト, 12.3 KB, 4.1 MB — sizes as a resident reads them.
std::string display_size(size_t bytes);

}  // namespace planpub
