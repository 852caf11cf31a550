#include "opendata/plan_json.hpp"

#include <nlohmann/json.hpp>

#include "link/glossary_linker.hpp"
#include "link/kpi_progress.hpp"
#include "opendata/plan.hpp"
#include "text/era_year.hpp"
#include "vocab/words.hpp"
#include "vocab/routes.hpp"

namespace planpub {
namespace {

using nlohmann::ordered_json;

void put(ordered_json& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
}

ordered_json year_json(const Year& y) {
    ordered_json j = {
        {"year", y.year}, {"kind", y.kind == Year::Kind::Fiscal ? "fiscal" : "calendar"}, {"wareki", wareki(y)}};
    put(j, "text", y.source);
    if (y.month) j["month"] = y.month;
    if (y.end) j["end"] = true;
    if (y.from) j["from"] = y.from;
    if (y.sum != Year::Sum::None) j["sum"] = y.sum == Year::Sum::Total ? "total" : "average";
    return j;
}

// 320, not 320.0: whole numbers written without decimals stay integers in JSON.
ordered_json number_json(const KpiFigure& f) {
    if (!f.number) return nullptr;
    double v = *f.number;
    if (f.decimals == 0 && v == static_cast<double>(static_cast<long long>(v)) && v > -1e15 && v < 1e15)
        return static_cast<long long>(v);
    return v;
}

ordered_json figure_json(const KpiFigure& f, const std::optional<Year>& y) {
    ordered_json j = {{"text", f.source}, {"value", number_json(f)}};
    if (y) j["year"] = year_json(*y);
    return j;
}

const char* direction_key(Direction d) {
    switch (d) {
        case Direction::Increase:
            return "increase";
        case Direction::Decrease:
            return "decrease";
        case Direction::Maintain:
            return "maintain";
        default:
            return "none";
    }
}

const char* target_kind_key(TargetKind k) {
    switch (k) {
        case TargetKind::Level:
            return "level";
        case TargetKind::Cumulative:
            return "cumulative";
        case TargetKind::Average:
            return "average";
        case TargetKind::Maintain:
            return "maintain";
        case TargetKind::Direction:
            return "direction";
        case TargetKind::Qualitative:
            return "qualitative";
    }
    return "level";
}

ordered_json kpi_json(const Kpi& k) {
    ordered_json j = {{"id", k.id}, {"goal", nullptr}, {"name", k.name}, {"unit", k.unit}};
    if (k.goal) j["goal"] = k.goal;
    put(j, "measure", k.measure);
    put(j, "description", k.description);
    put(j, "source", k.source);
    j["direction"] = direction_key(k.direction);
    j["target_kind"] = target_kind_key(k.target_kind);
    j["baseline"] = figure_json(k.baseline, k.baseline_year);
    j["target"] = figure_json(k.target, k.target_year);
    ordered_json obs = ordered_json::array();
    for (const Observation& o : k.observations) {
        ordered_json oj = {{"year", year_json(o.year)}, {"text", o.value.source}, {"value", number_json(o.value)}};
        put(oj, "note", o.note);
        obs.push_back(oj);
    }
    j["observations"] = obs;
    j["progress"] = {{"status", progress_key(k.progress.status)},
                     {"label", progress_label(k.progress.status)},
                     {"reason", k.progress.reason}};
    return j;
}

}  // namespace

std::string absolute_url(const SiteConfig& site, const std::string& path) { return site.base_url + path; }

std::string plan_json(const Plan& plan, const SiteConfig& site, const std::vector<const Term*>& terms_used,
                      const DataSet& dataset) {
    ordered_json j;
    j["$schema"] = absolute_url(site, routes::opendata_schema("plan.schema.json"));
    j["id"] = plan.id;
    j["url"] = absolute_url(site, routes::plan(plan.id));
    j["title"] = plan.title;
    j["short_title"] = plan.short_title;
    j["status"] = status_key(plan.status);
    j["status_label"] = status_label(plan.status);
    j["period"] = {{"from", year_json(plan.period.from)},
                   {"to", year_json(plan.period.to)},
                   {"text", display_period(plan.period)}};
    j["publisher"] = {{"name", plan.publisher.name},
                      {"prefecture", plan.publisher.prefecture},
                      {"local_government_code", plan.publisher.local_government_code}};
    put(j, "version", plan.version);
    put(j, "published", plan.published);
    put(j, "updated", plan.updated);
    put(j, "legal_basis", plan.legal_basis);
    if (!plan.related.empty()) j["related"] = plan.related;
    if (!plan.revisions.empty()) {
        ordered_json revs = ordered_json::array();
        for (const Revision& r : plan.revisions) {
            ordered_json rj = {{"summary", r.summary}};
            put(rj, "date", r.date);
            revs.push_back(rj);
        }
        j["revisions"] = revs;
    }
    j["license"] = {{"id", site.license}, {"uri", license_uri(site.license)}};

    ordered_json goals = ordered_json::array();
    for (const Goal& g : plan.goals) {
        ordered_json gj = {{"number", g.number}, {"id", g.id}, {"title", g.title}};
        for (const Page& p : plan.pages)
            if (p.goal == g.number) {
                gj["url"] = absolute_url(site, routes::page(plan.id, p.slug));
                break;
            }
        ordered_json pillars = ordered_json::array();
        for (const Pillar& p : g.pillars) {
            ordered_json measures = ordered_json::array();
            for (const Measure& m : p.measures) measures.push_back({{"id", m.id}, {"title", m.title}});
            pillars.push_back({{"id", p.id}, {"title", p.title}, {"measures", measures}});
        }
        gj["pillars"] = pillars;
        goals.push_back(gj);
    }
    j["goals"] = goals;

    ordered_json pages = ordered_json::array();
    for (const Page& p : plan.pages) {
        ordered_json pj = {
            {"slug", p.slug}, {"title", p.title}, {"url", absolute_url(site, routes::page(plan.id, p.slug))}};
        if (p.goal) pj["goal"] = p.goal;
        put(pj, "summary", p.summary);
        put(pj, "updated", p.updated);
        pages.push_back(pj);
    }
    j["pages"] = pages;

    ordered_json kpis = ordered_json::array();
    for (const Kpi& k : plan.kpis) kpis.push_back(kpi_json(k));
    j["kpis"] = kpis;

    ordered_json terms = ordered_json::array();
    for (const Term* t : terms_used) {
        ordered_json tj = {{"id", t->anchor},
                           {"term", t->term},
                           {"reading", t->reading},
                           {"url", absolute_url(site, "glossary/index.html" + term_fragment(*t))}};
        put(tj, "plan", t->plan);
        terms.push_back(tj);
    }
    j["glossary_terms"] = terms;

    ordered_json files = ordered_json::array();
    for (const DataFile& f : dataset.files)
        files.push_back({{"title", f.title}, {"format", format_name(f.format)}, {"url", absolute_url(site, f.path)}});
    j["files"] = files;
    return j.dump(2) + "\n";
}

}  // namespace planpub
