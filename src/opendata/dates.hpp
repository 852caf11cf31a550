#pragma once
// Dates in open data come from the content, never from the day of the build (SPEC "Output (open
// data)"): a portal that re-imports the catalogue must not see every dataset as changed after each
// rebuild. The rule is documented in docs/opendata.md ("Dates").
#include <string>
#include <vector>

#include "model/site.hpp"

namespace planpub {

struct ContentDates {
    std::string issued;    // YYYY-MM-DD or empty: when it was first published
    std::string modified;  // YYYY-MM-DD or empty: when its content last changed
};

// issued: the plan's `published`; modified: the latest of `published`, `updated`, the revisions'
// dates and the pages' `updated`. A KPI observation names a year, not a day, so it does not count.
ContentDates plan_content_dates(const Plan& plan);

// The site-wide datasets (glossary, catalogue): issued is the earliest plan publication, modified
// the latest of site.yaml's `updated` and every plan's modified date.
ContentDates site_content_dates(const Site& site);

}  // namespace planpub
