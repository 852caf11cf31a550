// Import stage: the plan id `planpub import word|kpi --plan ID` writes plans/ID/ for. Both imports
// check it here, so they refuse the same ids with the same words.
#pragma once
#include <optional>
#include <string>

#include "diag/diagnostics.hpp"

namespace planpub {

// A usage error (usage.bad-plan-id, at "--plan") when `id` is not a-z, 0-9 and '-', or names one of
// the site's own folders (glossary, search …) that a plan folder would clash with; nothing when fine.
std::optional<Diagnostic> bad_plan_id(const std::string& id);

}  // namespace planpub
