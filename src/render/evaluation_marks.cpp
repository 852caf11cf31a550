#include "render/evaluation_marks.hpp"

#include "vocab/words.hpp"

namespace planpub {

using kainjow::mustache::data;

std::string grade_text(const GradeScale& scale, const std::string& key) {
    for (const Grade& g : scale.grades)
        if (g.key == key && !g.label.empty()) return key + "（" + g.label + "）";
    return key;
}

std::vector<size_t> scales_for(const Plan& plan, SubjectKind kind) {
    std::vector<size_t> out;
    const auto& scales = plan.evaluation.scale.scales;
    for (size_t i = 0; i < scales.size(); ++i)
        if (scales[i].grades_subject(kind)) out.push_back(i);
    return out;
}

std::vector<size_t> scales_for_measures_and_projects(const Plan& plan) {
    std::vector<size_t> out;
    const auto& scales = plan.evaluation.scale.scales;
    for (size_t i = 0; i < scales.size(); ++i)
        if (scales[i].grades_subject(SubjectKind::Measure) || scales[i].grades_subject(SubjectKind::Project))
            out.push_back(i);
    return out;
}

data scale_legends(const Plan& plan) {
    data list = data::type::list;
    for (const GradeScale& s : plan.evaluation.scale.scales) {
        data grades = data::type::list;
        for (const Grade& g : s.grades) {
            data d;
            d.set("grade", g.key);
            d.set("label", g.label);
            d.set("rule", grade_rule_text(g));
            grades.push_back(d);
        }
        data d;
        d.set("name", s.name);
        d.set("grades", grades);
        list.push_back(d);
    }
    return list;
}

data marks_data(const Plan& plan, const EvaluationRow& r, const std::vector<size_t>& scales) {
    data list = data::type::list;
    for (size_t i : scales) {
        const GradeScale& s = plan.evaluation.scale.scales[i];
        const Mark m = i < r.marks.size() ? r.marks[i] : Mark{};
        const bool applies = s.grades_subject(r.kind());
        data d;
        d.set("name", s.name);
        d.set("applies", data(applies));
        d.set("has_grade", data(!m.shown().empty()));
        d.set("grade", m.shown().empty() ? std::string(applies ? "評価なし" : "") : grade_text(s, m.shown()));
        d.set("grade_computed", data(m.written.empty() && !m.computed.empty()));
        d.set("has_other_computed", data(!m.written.empty() && !m.computed.empty() && m.computed != m.written));
        d.set("computed_grade", m.computed.empty() ? std::string() : grade_text(s, m.computed));
        list.push_back(d);
    }
    return list;
}

data scale_headings(const Plan& plan, const std::vector<size_t>& scales) {
    data list = data::type::list;
    for (size_t i : scales) list.push_back(data(plan.evaluation.scale.scales[i].name));
    return list;
}

}  // namespace planpub
