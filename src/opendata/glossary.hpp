// Render stage: the site's glossary as open data — glossary.json (schemas/glossary.schema.json),
// glossary.csv (municipal columns first, CSVW beside it) and glossary.ttl, a SKOS ConceptScheme
// whose concepts are the glossary page's anchors.
#pragma once
#include <map>
#include <string>

#include "model/glossary.hpp"
#include "model/opendata.hpp"
#include "model/site.hpp"
#include "opendata/dates.hpp"

namespace planpub {

// `plain` holds each term's definition as plain text (its Markdown rendered without markup).
DataSet glossary_dataset(const Glossary& glossary, const SiteConfig& site,
                         const std::map<const Term*, std::string>& plain, const ContentDates& dates);

// The SKOS graph alone, for tests and other writers.
std::string glossary_turtle(const Glossary& glossary, const SiteConfig& site,
                            const std::map<const Term*, std::string>& plain, const std::string& modified);

}  // namespace planpub
