// Render stage: the glossary page body — terms in 50音 order of their readings, an index
// bar, and under each term its definition, expansion, source and the pages that use it.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/glossary.hpp"
#include "model/site.hpp"
#include "render/templates.hpp"

namespace planpub {

struct TermUse {
    std::string url;  // relative to glossary/index.html
    std::string title;
};

// A term used on thousands of pages would make the glossary megabytes long on a phone: it lists the
// first pages and says how many more there are (and a build keeps no more than those in memory).
constexpr size_t kMaxUsesListed = 20;
struct TermUses {
    size_t count = 0;
    std::vector<TermUse> listed;  // the first kMaxUsesListed, in page order
};

// Rendered with the theme's glossary_entries template. `definitions`: rendered inline HTML of each
// term's definition. `uses`: pages per term.
std::string render_glossary_body(Templates& t, const Glossary& glossary, const Site& site,
                                 const std::map<const Term*, std::string>& definitions,
                                 const std::map<const Term*, TermUses>& uses);

}  // namespace planpub
