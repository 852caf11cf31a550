// The plan's grading scale for its yearly evaluation, from the front matter's `evaluation:` map
// (docs/evaluation.md): how the achievement rate is computed, the grades with their meanings and
// optional rate thresholds, and the allowed next steps.
#pragma once
#include <yaml-cpp/yaml.h>

#include "diag/diagnostics.hpp"
#include "model/evaluation.hpp"
#include "parse/yaml_source.hpp"

namespace planpub {

EvaluationScale parse_evaluation_scale(const YamlSource& src, const YAML::Node& node, Diagnostics& diags);

}  // namespace planpub
