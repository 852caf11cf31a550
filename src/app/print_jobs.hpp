// What `planpub pdf` prints: each plan's print edition and where its PDF goes (paths from routes).
#pragma once
#include <string>
#include <vector>

#include "model/site.hpp"

namespace planpub {

struct PrintJob {
    const Plan* plan;
    std::string page;  // output path of the print edition: <plan>/print/index.html
    std::string pdf;   // output path of the PDF: opendata/<code>/<plan>/<code>_<plan>.pdf
};

// Plans without a local government code have no open-data folder, so no PDF (the parser reports them).
std::vector<PrintJob> print_jobs(const Site& site);

struct SiteBuild;
// The print editions in `build.outputs` as they are printed: links from the PDF lead to the site on
// the web (site.yaml's base_url), not to the printing machine's files.
void links_for_pdf(SiteBuild& build);

}  // namespace planpub
