#include "app/site_checks.hpp"

#include <set>

#include "opendata/dates.hpp"

namespace planpub {

void check_references(const Site& site, Diagnostics& diags) {
    std::set<std::string> ids;
    for (const Plan& p : site.plans) ids.insert(p.id);
    for (const Plan& p : site.plans) {
        for (size_t i = 0; i < p.related.size(); ++i) {
            const std::string& r = p.related[i];
            Location at{p.source.path, 1, 1};
            if (i < p.related_at.size()) at = {p.source.path, p.related_at[i].line, p.related_at[i].column};
            if (!ids.count(r))
                diags.error(at, "plan.unknown-related", "related plan \"" + r + "\" does not exist",
                            "use the folder name of another plan under plans/");
        }
        std::set<int> goals;
        for (const Goal& g : p.goals) goals.insert(g.number);
        std::string listed;  // "1, 2, 3": the goals a page may name
        for (int g : goals) listed += (listed.empty() ? "" : ", ") + std::to_string(g);
        for (const Page& page : p.pages)
            if (page.goal != 0 && p.goals_read && !goals.count(page.goal))
                diags.error(
                    {page.source.path, page.goal_line, page.goal_column}, "page.unknown-goal",
                    "page says goal " + std::to_string(page.goal) + " but the plan has no such goal (" +
                        (listed.empty() ? std::string("the plan has no goals") : "the plan's goals are " + listed) +
                        ")",
                    "add the goal to 'goals:' in the plan's index.md or fix the number");
    }
}

void warn_undated_open_data(const Site& site, Diagnostics& diags) {
    for (const Plan& p : site.plans) {
        if (p.publisher.local_government_code.empty() || !p.goals_read || !p.published.empty()) continue;
        if (diags.has_error_in(p.source.path))
            continue;  // e.g. a `published:` that is not a date: its own error says so
        const bool no_date = plan_content_dates(p).modified.empty();
        diags.warning(
            {p.source.path, 1, 1}, "opendata.no-date",
            no_date ? "the plan has no date (published, updated or a revision's date): its open data will carry no "
                      "公開日 or 最終更新日"
                    : "the plan has no 'published' date: its open data will carry no 公開日 (dct:issued)",
            "add 'published: YYYY-MM-DD' (the day the plan was published) to the front matter of index.md; "
            "planpub never uses the day of the build as a date of the data");
    }
}

}  // namespace planpub
