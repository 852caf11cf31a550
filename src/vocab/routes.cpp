#include "vocab/routes.hpp"

namespace planpub::routes {
namespace {

const char* const kIndex = "index.html";
const char* const kOpendata = "opendata/";

bool ends_with(const std::string& s, const char* suffix) {
    const std::string x(suffix);
    return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

}  // namespace

std::string home() { return kIndex; }
std::string not_found() { return "404.html"; }
std::string plan(const std::string& plan_id) { return plan_id + "/" + kIndex; }
std::string page(const std::string& plan_id, const std::string& slug) { return plan_id + "/" + slug + "/" + kIndex; }
std::string plan_kpi(const std::string& plan_id) { return page(plan_id, "kpi"); }
std::string plan_file(const std::string& plan_id, const std::string& relative) {
    return plan_id + "/files/" + relative;
}
std::string plan_evaluation(const std::string& plan_id) { return page(plan_id, "evaluation"); }
std::string plan_evaluation_year(const std::string& plan_id, int year) {
    return page(plan_id, "evaluation/" + std::to_string(year));
}
std::string plan_print(const std::string& plan_id) { return page(plan_id, "print"); }
std::string glossary() { return std::string("glossary/") + kIndex; }
std::string accessibility() { return std::string("accessibility/") + kIndex; }
std::string accessibility_results() { return std::string("accessibility/results/") + kIndex; }
std::string search() { return std::string("search/") + kIndex; }
std::string search_file(const std::string& name) { return "search/" + name; }
std::string asset(const std::string& relative) { return "assets/" + relative; }
std::string feed() { return "feed.xml"; }
std::string robots() { return "robots.txt"; }
std::string sitemap() { return "sitemap.xml"; }
std::string sitemap_part(int n) { return "sitemap-" + std::to_string(n) + ".xml"; }

std::string opendata_page() { return kOpendata + std::string(kIndex); }
std::string opendata_file(const std::string& name) { return kOpendata + name; }
std::string opendata_schema(const std::string& name) { return opendata_file("schemas/" + name); }
std::string plan_data_prefix(const std::string& code, const std::string& plan_id) {
    return opendata_file(code + "/" + plan_id + "/" + code + "_" + plan_id + "_");
}
std::string plan_evaluation_sheet(const std::string& code, const std::string& plan_id, int year) {
    return plan_data_prefix(code, plan_id) + "evaluation_" + std::to_string(year) + ".xlsx";
}
std::string plan_pdf(const std::string& code, const std::string& plan_id) {
    return opendata_file(code + "/" + plan_id + "/" + code + "_" + plan_id + ".pdf");
}
std::string within_opendata(const std::string& path) {
    return path.rfind(kOpendata, 0) == 0 ? path.substr(std::string(kOpendata).size()) : path;
}
std::string bomless(const std::string& path) {
    return path.rfind(kOpendata, 0) == 0 ? opendata_file("nobom/" + within_opendata(path)) : "nobom/" + path;
}

std::string relative_url(const std::string& from, const std::string& to) {
    size_t common = 0;  // length of the shared leading folders, up to and including a '/'
    for (size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i)
        if (from[i] == '/') common = i + 1;
    std::string up;
    for (size_t i = common; i < from.size(); ++i)
        if (from[i] == '/') up += "../";
    return up + to.substr(common);
}

std::string media_type_of(const std::string& path) {
    if (ends_with(path, ".html")) return "text/html; charset=utf-8";
    if (ends_with(path, ".css")) return "text/css; charset=utf-8";
    if (ends_with(path, ".js")) return "text/javascript; charset=utf-8";
    if (ends_with(path, ".jsonld")) return "application/ld+json";
    if (ends_with(path, ".json")) return "application/json";
    if (ends_with(path, ".csv")) return "text/csv; charset=utf-8";
    if (ends_with(path, ".ttl")) return "text/turtle; charset=utf-8";
    if (ends_with(path, ".xml")) return "application/xml";
    if (ends_with(path, ".txt")) return "text/plain; charset=utf-8";
    if (ends_with(path, ".svg")) return "image/svg+xml";
    if (ends_with(path, ".png")) return "image/png";
    if (ends_with(path, ".jpg") || ends_with(path, ".jpeg")) return "image/jpeg";
    if (ends_with(path, ".pdf")) return "application/pdf";
    if (ends_with(path, ".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return "application/octet-stream";
}

}  // namespace planpub::routes
