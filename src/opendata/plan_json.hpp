// Render stage: the whole plan as one JSON document (opendata/<code>/<plan>/<code>_<plan>_plan.json),
// valid against schemas/plan.schema.json — metadata, goals, pages, KPIs with observations and
// progress, the glossary terms its pages use, and its open-data files.
#pragma once
#include <string>
#include <vector>

#include "model/glossary.hpp"
#include "model/opendata.hpp"
#include "model/site.hpp"

namespace planpub {

std::string plan_json(const Plan& plan, const SiteConfig& site, const std::vector<const Term*>& terms_used,
                      const DataSet& dataset);

// Shared with glossary.json: the site's absolute URL for a path below the site root.
std::string absolute_url(const SiteConfig& site, const std::string& path);

}  // namespace planpub
