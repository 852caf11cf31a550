// Every output path, built by one function each: pages, sitemap, feed, open data and serve ask
// here instead of writing "glossary/index.html" themselves, so a route changes in one place.
// Paths are relative to the output folder, '/'-separated; `relative_url` turns one into a link
// from another page.
#pragma once
#include <string>

namespace planpub::routes {

std::string home();                                                              // index.html
std::string not_found();                                                         // 404.html
std::string plan(const std::string& plan_id);                                    // <plan>/index.html
std::string page(const std::string& plan_id, const std::string& slug);           // <plan>/<slug>/index.html
std::string plan_kpi(const std::string& plan_id);                                // <plan>/kpi/index.html
std::string plan_file(const std::string& plan_id, const std::string& relative);  // <plan>/files/<relative>
std::string plan_evaluation(const std::string& plan_id);                         // <plan>/evaluation/index.html
std::string plan_evaluation_year(const std::string& plan_id, int year);          // <plan>/evaluation/<year>/index.html
std::string plan_print(const std::string& plan_id);                              // <plan>/print/index.html
std::string glossary();                                                          // glossary/index.html
std::string accessibility();                                                     // accessibility/index.html
std::string accessibility_results();                                             // accessibility/results/index.html
std::string search();                                                            // search/index.html
std::string search_file(const std::string& name);                                // search/<name> (index shards)
std::string asset(const std::string& relative);                                  // assets/<relative>
std::string feed();                                                              // feed.xml
std::string robots();                                                            // robots.txt
std::string sitemap();            // sitemap.xml (the index when the site is split)
std::string sitemap_part(int n);  // sitemap-<n>.xml

// Open data.
std::string opendata_page();                           // opendata/index.html
std::string opendata_file(const std::string& name);    // opendata/<name>
std::string opendata_schema(const std::string& name);  // opendata/schemas/<name>
// The common start of a plan's open-data file names: opendata/<code>/<plan>/<code>_<plan>_
std::string plan_data_prefix(const std::string& code, const std::string& plan_id);
// A plan's evaluation sheet of a fiscal year: opendata/<code>/<plan>/<code>_<plan>_evaluation_<year>.xlsx
std::string plan_evaluation_sheet(const std::string& code, const std::string& plan_id, int year);
// The print edition as PDF (written by `planpub pdf`): opendata/<code>/<plan>/<code>_<plan>.pdf
std::string plan_pdf(const std::string& code, const std::string& plan_id);
// Where the copy without a byte-order mark lives: opendata/nobom/… for opendata/…
std::string bomless(const std::string& path);
// A path inside opendata/ as written from the opendata/ folder (catalog files list their neighbours).
std::string within_opendata(const std::string& path);

// The link from the page at `from` (an output path, or its folder "a/s/") to the output file
// `to`: shared leading folders dropped, one "../" per folder left in `from` ("a/s/index.html" →
// "a/kpi/index.html" is "../kpi/index.html"). `to` is not percent-encoded here.
std::string relative_url(const std::string& from, const std::string& to);

// The media type a preview server sends for an output path (by its extension; unknown ones as
// application/octet-stream).
std::string media_type_of(const std::string& path);

}  // namespace planpub::routes
