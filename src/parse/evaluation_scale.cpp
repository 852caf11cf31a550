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

// The grades of one scale, under `grades:`; an error when there are none.
std::vector<Grade> read_grades(const YamlSource& src, const YAML::Node& owner, Diagnostics& diags) {
    std::vector<Grade> out;
    YAML::Node grades = child(owner, "grades");
    if (!grades.IsSequence() || grades.size() == 0) {
        diags.error(location_of(src, grades.IsDefined() ? grades : owner), "evaluation.no-grades",
                    "the evaluation has no grades", "list the grades under grades:, each with grade: and label:");
        return out;
    }
    std::set<std::string> seen;
    for (const auto& g : grades) {
        if (!g.IsMap()) {
            diags.error(location_of(src, g), "evaluation.not-map", "each grade must be 'grade:' and 'label:' lines",
                        "write - grade: A with label: 目標を達成 below it");
            continue;
        }
        warn_unknown_keys(
            src, g, {"grade", "label", "min_rate", "over_rate", "min_change", "over_change", "otherwise", "no_figure"},
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
        out.push_back(std::move(grade));
    }
    return out;
}

// `for: kpi` or `for: [measure, project]`: what a scale grades (none: everything).
std::vector<SubjectKind> read_applies(const YamlSource& src, const YAML::Node& scale, Diagnostics& diags) {
    std::vector<SubjectKind> out;
    YAML::Node f = child(scale, "for");
    if (!f.IsDefined() || f.IsNull()) return out;
    std::vector<YAML::Node> items;
    if (f.IsSequence())
        for (const auto& i : f) items.push_back(i);
    else
        items.push_back(f);
    for (const YAML::Node& i : items) {
        const std::string w = i.IsScalar() ? trim(i.Scalar()) : "";
        if (w == "kpi" || w == "指標")
            out.push_back(SubjectKind::Kpi);
        else if (w == "measure" || w == "施策")
            out.push_back(SubjectKind::Measure);
        else if (w == "project" || w == "事業")
            out.push_back(SubjectKind::Project);
        else
            diags.error(location_of(src, i), "evaluation.unknown-subject", "a scale cannot be for \"" + w + "\"",
                        "write for: kpi, measure or project (or a list of them), or leave it out for all");
    }
    return out;
}

// `scales:`: several axes of marks, each named (its column in evaluation.csv) with its grades.
void read_scales(const YamlSource& src, const YAML::Node& list, EvaluationScale& scale, Diagnostics& diags) {
    std::set<std::string> names;
    for (const auto& n : list) {
        if (!n.IsMap()) {
            diags.error(location_of(src, n), "evaluation.not-map", "each scale must be 'name:' and 'grades:' lines",
                        "write - name: 達成度 with grades: below it");
            continue;
        }
        warn_unknown_keys(src, n, {"name", "id", "for", "grades"}, "scale", diags);
        GradeScale g;
        g.name = read_string(src, n, "name", diags, true, "scale").value_or("");
        g.id = read_string(src, n, "id", diags, false, "scale").value_or(g.name);
        g.applies = read_applies(src, n, diags);
        g.grades = read_grades(src, n, diags);
        if (g.name.empty()) continue;
        if (!names.insert(g.name).second || (g.id != g.name && !names.insert(g.id).second)) {
            diags.error(location_of(src, child(n, "name")), "evaluation.duplicate-scale",
                        "the scale \"" + g.name + "\" is named twice", "give each scale its own name and id");
            continue;
        }
        scale.scales.push_back(std::move(g));
    }
}

}  // namespace

EvaluationScale parse_evaluation_scale(const YamlSource& src, const YAML::Node& node, Diagnostics& diags) {
    EvaluationScale scale;
    if (!node.IsDefined()) return scale;
    if (!node.IsMap()) {
        diags.error(location_of(src, node), "evaluation.not-map",
                    "'evaluation' must hold 'rate', 'grades' (or 'scales') and 'next_steps'",
                    "indent rate:, grades: and next_steps: below evaluation: (docs/evaluation.md)");
        return scale;
    }
    scale.defined = true;
    warn_unknown_keys(src, node, {"rate", "grades", "scales", "next_steps"}, "evaluation", diags);
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
    YAML::Node scales = child(node, "scales");
    if (scales.IsDefined() && child(node, "grades").IsDefined()) {
        diags.error(location_of(src, scales), "evaluation.grades-and-scales",
                    "the evaluation has both grades: and scales:",
                    "one scale is grades: alone; several are listed under scales:, each with its own grades:");
    } else if (scales.IsSequence() && scales.size() > 0) {
        read_scales(src, scales, scale, diags);
    } else {
        GradeScale one;  // the common case: one scale, the column 評価
        one.id = "grade";
        one.name = "評価";
        one.grades = read_grades(src, node, diags);
        scale.scales.push_back(std::move(one));
    }
    YAML::Node steps = child(node, "next_steps");
    if (steps.IsSequence())
        for (const auto& s : steps)
            if (s.IsScalar() && !trim(s.Scalar()).empty()) scale.next_steps.push_back(trim(s.Scalar()));
    return scale;
}

}  // namespace planpub
