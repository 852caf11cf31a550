// Parse stage: site.yaml's `accessibility:` → the policy page's dates, target, exceptions and
// departments (docs/accessibility.md). Values are checked here, at their line:col; what is left
// out is warned about later (check_accessibility_policy), when the site's publishers are known.
#pragma once
#include "diag/diagnostics.hpp"
#include "model/site.hpp"
#include "parse/yaml_source.hpp"

namespace planpub {

// `key_at`: where the `accessibility:` key is (warnings about the whole policy point there).
AccessibilityPolicy parse_accessibility_policy(const YamlSource& src, const YAML::Node& node, Location key_at,
                                               Diagnostics& diags);

}  // namespace planpub
