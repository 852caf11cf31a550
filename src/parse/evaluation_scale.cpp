#include "parse/evaluation_scale.hpp"

#include <cmath>
#include <set>

#include "parse/site_config.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// A threshold in percent: 60, 60%, ６０％, -10. Anything else is an error at the value.
std::optional<double> read_threshold(const YamlSource& src, const YAML::Node& grade, const char* key,
                                     Diagnostics& diags) {
    YAML::Node n = child(grade, key);
    if (!n.IsDefined() || n.IsNull()) return std::nullopt;
    std::string text = n.IsScalar() ? trim(nfkc(n.Scalar())) : "";
    if (!text.empty() && text.back() == '%') text.pop_back();
    char* end = nullptr;
    double v = text.empty() ? NAN : std::strtod(text.c_str(), &end);
    if (std::isnan(v) || !end || *end != '\0' || !std::isfinite(v)) {
        diags.error(
            location_of(src, n), "evaluation.bad-rate", std::string(key) + " must be a percentage such as 60 or 100",
            "write the rate or change (in %) that earns this grade, e.g. min_rate: 60 or min_change: -10; leave "
            "the rules out for a grade the city always writes itself");
        return std::nullopt;
    }
    return v;
}

// The rule of one grade (docs/evaluation.md): thresholds, or one of the two catch-alls alone.
void read_rule(const YamlSource& src, const YAML::Node& g, Grade& grade, Diagnostics& diags) {
    grade.min_rate = read_threshold(src, g, "min_rate", diags);
    grade.over_rate = read_threshold(src, g, "over_rate", diags);
    grade.min_change = read_threshold(src, g, "min_change", diags);
    grade.over_change = read_threshold(src, g, "over_change", diags);
    grade.otherwise = read_bool(src, g, "otherwise", diags).value_or(false);
    grade.no_figure = read_bool(src, g, "no_figure", diags).value_or(false);
    const bool thresholds = grade.min_rate || grade.over_rate || grade.min_change || grade.over_change;
    if ((grade.otherwise || grade.no_figure) && (thresholds || (grade.otherwise && grade.no_figure)))
        diags.error(location_of(src, child(g, grade.otherwise ? "otherwise" : "no_figure")), "evaluation.rule-conflict",
                    "grade \"" + grade.key + "\" mixes a catch-all with other rules",
                    "otherwise: true (every KPI that can be graded and got no grade above) and no_figure: true (every "
                    "KPI that cannot be graded) stand alone; give the thresholds to another grade");
}

}  // namespace

EvaluationScale parse_evaluation_scale(const YamlSource& src, const YAML::Node& node, Diagnostics& diags) {
    EvaluationScale scale;
    if (!node.IsDefined()) return scale;
    if (!node.IsMap()) {
        diags.error(location_of(src, node), "evaluation.not-map",
                    "'evaluation' must hold 'rate', 'grades' and 'next_steps'",
                    "indent rate:, grades: and next_steps: below evaluation: (docs/evaluation.md)");
        return scale;
    }
    scale.defined = true;
    warn_unknown_keys(src, node, {"rate", "grades", "next_steps"}, "evaluation", diags);
    if (auto r = read_string(src, node, "rate", diags, false, "evaluation")) {
        if (*r == "progress" || *r == "進捗率")
            scale.method = RateMethod::Progress;
        else if (*r == "ratio" || *r == "達成率")
            scale.method = RateMethod::Ratio;
        else if (*r == "path" || *r == "計画値比")
            scale.method = RateMethod::Path;
        else
            diags.error(location_of(src, child(node, "rate")), "evaluation.unknown-rate", "unknown rate \"" + *r + "\"",
                        "use progress ((実績−基準値)/(目標値−基準値)), ratio (実績/目標値) or path (progress against "
                        "the year's share of the way to the target)");
    }
    YAML::Node grades = child(node, "grades");
    if (!grades.IsSequence() || grades.size() == 0) {
        diags.error(location_of(src, grades.IsDefined() ? grades : node), "evaluation.no-grades",
                    "the evaluation has no grades", "list the grades under grades:, each with grade: and label:");
    } else {
        std::set<std::string> seen;
        for (const auto& g : grades) {
            if (!g.IsMap()) {
                diags.error(location_of(src, g), "evaluation.not-map", "each grade must be 'grade:' and 'label:' lines",
                            "write - grade: A with label: 目標を達成 below it");
                continue;
            }
            warn_unknown_keys(
                src, g,
                {"grade", "label", "min_rate", "over_rate", "min_change", "over_change", "otherwise", "no_figure"},
                "grade", diags);
            Grade grade;
            grade.key = read_string(src, g, "grade", diags, true, "grade").value_or("");
            grade.label = read_string(src, g, "label", diags, true, "grade").value_or("");
            if (grade.key.empty()) continue;
            read_rule(src, g, grade, diags);
            if (!seen.insert(grade.key).second) {
                diags.error(location_of(src, child(g, "grade")), "evaluation.duplicate-grade",
                            "grade \"" + grade.key + "\" is listed twice", "give each grade its own name");
                continue;
            }
            scale.grades.push_back(std::move(grade));
        }
    }
    YAML::Node steps = child(node, "next_steps");
    if (steps.IsSequence())
        for (const auto& s : steps)
            if (s.IsScalar() && !trim(s.Scalar()).empty()) scale.next_steps.push_back(trim(s.Scalar()));
    return scale;
}

}  // namespace planpub
