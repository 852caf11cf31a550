#include "import/plan_id.hpp"

#include "parse/plan_meta.hpp"
#include "text/identifiers.hpp"

namespace planpub {

std::optional<Diagnostic> bad_plan_id(const std::string& id) {
    const bool reserved = is_reserved_plan_id(id);
    if (is_valid_id(id) && !reserved) return std::nullopt;
    Diagnostic d;
    d.severity = Severity::Error;
    d.where.path = "--plan";
    d.code = "usage.bad-plan-id";
    d.message = "--plan \"" + id + "\" is not a plan id: " +
                (reserved ? std::string("the site uses ") + id + "/ for its own pages"
                          : std::string("a plan id uses a-z, 0-9 and '-' only"));
    d.hint = "name the plan as its folder under plans/, in lower-case ASCII, e.g. --plan sogo-senryaku-3";
    return d;
}

}  // namespace planpub
