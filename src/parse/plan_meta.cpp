#include "parse/plan_meta.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "parse/evaluation_scale.hpp"
#include "parse/front_matter.hpp"
#include "parse/site_config.hpp"
#include "text/era_year.hpp"
#include "text/identifiers.hpp"
#include "text/utf8.hpp"

namespace planpub {

bool is_reserved_plan_id(const std::string& id) {
    // The site's own folders (SPEC: Output), including those of pages still to come (search/).
    static const std::set<std::string> r = {"glossary", "opendata", "accessibility", "assets", "schemas",
                                            "search",   "404"};
    return r.count(id) > 0;
}

bool is_reserved_page_slug(const std::string& slug) {
    // A plan's own folders (SPEC: Output): kpi/, files/, evaluation/ and print/.
    static const std::set<std::string> r = {"kpi", "files", "evaluation", "print", "index"};
    return r.count(slug) > 0;
}

namespace {

std::optional<PlanStatus> parse_status(const std::string& s) {
    if (s == "draft" || s == "案") return PlanStatus::Draft;
    if (s == "adopted" || s == "策定") return PlanStatus::Adopted;
    if (s == "revised" || s == "改訂") return PlanStatus::Revised;
    return std::nullopt;
}

std::optional<Year> read_year(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags) {
    auto s = read_string(src, map, key, diags, true, "period");
    if (!s) return std::nullopt;
    std::string problem;
    auto y = parse_year(*s, &problem);
    // A plan period runs from a year to a year: a month or a period of its own has no place in it.
    if (y && (y->month || y->from)) y.reset(), problem = "a plan's period runs from a year to a year";
    if (!y)
        diags.error(location_of(src, child(map, key)), "year.unknown-form",
                    "\"" + *s + "\" is not a year planpub can read" + (problem.empty() ? "" : ": " + problem),
                    "write e.g. 令和8年度, R8, 2026年度 or FY2026 (fiscal) or 2026年 (calendar)");
    return y;
}

std::optional<std::string> read_date(const YamlSource& src, const YAML::Node& map, const char* key, Diagnostics& diags,
                                     const std::string& ctx) {
    auto v = read_string(src, map, key, diags, false, ctx);
    if (v && !is_iso_date(*v)) {
        diags.error(location_of(src, child(map, key)), "field.bad-date",
                    "'" + std::string(key) + "' is not a date: \"" + *v + "\"", "write the date as YYYY-MM-DD");
        return std::nullopt;
    }
    return v;
}

// A revision's date: YYYY-MM-DD, or a month alone (令和2年3月, 2020年3月, R2.3, 2020-03) kept as
// YYYY-MM — no day is invented (docs/content-format.md says what the feed and open data do with it).
std::string read_revision_date(const YamlSource& src, const YAML::Node& map, Diagnostics& diags) {
    auto v = read_string(src, map, "date", diags, false, "revision");
    if (!v || is_iso_date(*v)) return v.value_or("");
    const std::string& t = *v;
    if (t.size() == 7 && t[4] == '-' && is_iso_date(t + "-01")) return t;
    auto y = parse_year(t);
    if (y && y->month && !y->end && !y->from) {
        std::string m = std::to_string(y->month);
        return std::to_string(y->year) + "-" + (m.size() == 1 ? "0" + m : m);
    }
    diags.error(location_of(src, child(map, "date")), "field.bad-date", "'date' is not a date: \"" + t + "\"",
                "write the date as YYYY-MM-DD, or the month alone as YYYY-MM or 令和2年3月");
    return "";
}

std::string title_of(const YamlSource& src, const YAML::Node& n, const char* what, Diagnostics& diags) {
    if (n.IsScalar()) return trim(n.Scalar());
    if (n.IsMap()) {
        if (auto t = read_string(src, n, "title", diags, true, what)) return *t;
        return {};
    }
    diags.error(location_of(src, n), "plan.bad-structure", std::string(what) + " must be a title or a map with 'title'",
                "write '- タイトル' or '- title: タイトル'");
    return {};
}

std::vector<Goal> parse_goals(const YamlSource& src, const YAML::Node& list, Diagnostics& diags) {
    std::vector<Goal> goals;
    if (!list.IsDefined() || list.IsNull()) return goals;
    if (!list.IsSequence()) {
        diags.error(location_of(src, list), "plan.bad-structure", "'goals' must be a list",
                    "start each goal with '- number: 1'");
        return goals;
    }
    std::set<int> seen;
    for (const auto& g : list) {
        if (!g.IsMap()) {
            diags.error(location_of(src, g), "plan.bad-structure", "a goal must have number and title",
                        "write '- number: 1' and 'title: …' on the next line");
            continue;
        }
        Goal goal;
        auto num = read_int(src, g, "number", diags, "goal");
        if (!num) {
            if (!child(g, "number").IsDefined())
                diags.error(location_of(src, g), "field.missing", "goal has no 'number'",
                            "add 'number: N' (基本目標の番号)");
            continue;
        }
        if (*num < 1 || !seen.insert(*num).second) {
            diags.error(location_of(src, child(g, "number")), "plan.duplicate-goal",
                        "goal number " + std::to_string(*num) + (*num < 1 ? " must be 1 or more" : " is used twice"),
                        "give each 基本目標 its own number");
            continue;
        }
        goal.number = *num;
        goal.id = "g" + std::to_string(*num);
        goal.title = read_string(src, g, "title", diags, true, "goal " + std::to_string(*num)).value_or("");
        YAML::Node pillars = child(g, "pillars");
        if (pillars.IsSequence()) {
            int pi = 0;
            for (const auto& p : pillars) {
                Pillar pillar;
                pillar.id = goal.id + "-p" + std::to_string(++pi);
                pillar.title = title_of(src, p, "pillar", diags);
                if (p.IsMap() && child(p, "measures").IsSequence()) {
                    int mi = 0;
                    for (const auto& m : child(p, "measures"))
                        pillar.measures.push_back(
                            {pillar.id + "-m" + std::to_string(++mi), title_of(src, m, "measure", diags)});
                }
                goal.pillars.push_back(std::move(pillar));
            }
        } else if (pillars.IsDefined() && !pillars.IsNull()) {
            diags.error(location_of(src, pillars), "plan.bad-structure", "'pillars' must be a list",
                        "start each pillar with '- '");
        }
        goals.push_back(std::move(goal));
    }
    return goals;
}

std::string slug_from_file_name(const std::string& path, int& order) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    name = name.substr(0, name.size() - 3);  // .md
    size_t digits = 0;
    while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
    order = 0;
    if (digits > 0 && digits < 9 && digits < name.size() && (name[digits] == '-' || name[digits] == '_')) {
        order = std::stoi(name.substr(0, digits));
        return name.substr(digits + 1);
    }
    return name;
}

}  // namespace

std::optional<Page> parse_page(const SourceFile& file, Diagnostics& diags) {
    auto split = split_front_matter(file.path, file.text, diags);
    if (!split) return std::nullopt;
    Page page;
    page.source = {file.path, split->body_first_line};
    page.body = std::move(split->body);
    page.slug = slug_from_file_name(file.path, page.order);
    if (!split->has_front_matter) {
        diags.error({file.path, 1, 1}, "front-matter.missing", "page has no front matter",
                    "start the file with '---', a line 'title: …', and another '---'");
        return std::nullopt;
    }
    auto doc = parse_yaml(split->yaml, diags);
    if (!doc) return std::nullopt;
    const YamlSource& src = split->yaml;
    if (!doc->IsMap()) {
        diags.error({file.path, 2, 1}, "front-matter.not-map", "front matter must be 'key: value' lines",
                    "write 'title: …' between the '---' lines");
        return std::nullopt;
    }
    const YAML::Node& n = *doc;
    warn_unknown_keys(src, n, {"title", "goal", "order", "summary", "updated", "slug", "glossary"}, "page front matter",
                      diags);
    bool ok = true;
    if (auto v = read_string(src, n, "title", diags, true, "page front matter"))
        page.title = *v;
    else
        ok = false;
    if (auto v = read_int(src, n, "goal", diags, "page")) {
        page.goal = *v;
        Location at = location_of(src, child(n, "goal"));
        page.goal_line = at.line;
        page.goal_column = at.column;
    }
    if (auto v = read_int(src, n, "order", diags, "page")) page.order = *v;
    page.summary = read_string(src, n, "summary", diags, false, "page").value_or("");
    page.updated = read_date(src, n, "updated", diags, "page").value_or("");
    if (auto v = read_bool(src, n, "glossary", diags)) page.glossary = *v;
    Location slug_at{file.path, 1, 1};
    if (auto v = read_string(src, n, "slug", diags, false, "page")) {
        page.slug = *v;
        slug_at = location_of(src, child(n, "slug"));
    }
    if (!is_valid_id(page.slug)) {
        diags.error(slug_at, "page.invalid-slug", "slug \"" + page.slug + "\" may only use a-z, 0-9 and '-'",
                    "rename the file (e.g. 03-period.md) or set 'slug: period' in the front matter");
        ok = false;
    } else if (is_reserved_page_slug(page.slug)) {
        diags.error(slug_at, "page.reserved-slug", "slug \"" + page.slug + "\" is reserved for the plan's own pages",
                    "choose another slug; kpi, files, evaluation, print and index are taken");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return page;
}

Plan parse_plan(const PlanSources& s, const SiteConfig& site, Diagnostics& diags) {
    Plan plan;
    plan.id = s.id;
    plan.publisher = site.publisher;
    plan.source = {s.index.path, 1};
    if (!is_valid_id(s.id))
        diags.error({s.dir, 0, 0}, "plan.invalid-id", "plan folder name \"" + s.id + "\" is not a valid plan id",
                    "rename the folder using only a-z, 0-9 and '-'");
    else if (is_reserved_plan_id(s.id))
        diags.error({s.dir, 0, 0}, "plan.reserved-id", "plan id \"" + s.id + "\" is reserved for the site's own pages",
                    "rename the folder; glossary, opendata, accessibility, assets, schemas and search are taken");
    if (s.index.present) {
        auto split = split_front_matter(s.index.path, s.index.text, diags);
        if (split && !split->has_front_matter) {
            diags.error({s.index.path, 1, 1}, "front-matter.missing", "index.md has no front matter",
                        "start index.md with '---', the plan's title, status and period, and '---'");
        } else if (split) {
            plan.overview = split->body;
            plan.source.first_line = split->body_first_line;
            const YamlSource& src = split->yaml;
            if (auto doc = parse_yaml(src, diags); doc && doc->IsMap()) {
                const YAML::Node& n = *doc;
                plan.goals_read = true;
                const std::string ctx = "plan front matter";
                warn_unknown_keys(
                    src, n,
                    {"title", "short_title", "status", "period", "publisher", "version", "published", "updated",
                     "legal_basis", "description", "keywords", "related", "revisions", "goals", "evaluation"},
                    ctx, diags);
                plan.title = read_string(src, n, "title", diags, true, ctx).value_or("");
                plan.short_title = read_string(src, n, "short_title", diags, false, ctx).value_or(plan.title);
                if (auto st = read_string(src, n, "status", diags, true, ctx)) {
                    if (auto v = parse_status(*st))
                        plan.status = *v;
                    else
                        diags.error(location_of(src, child(n, "status")), "plan.unknown-status",
                                    "unknown status \"" + *st + "\"",
                                    "use draft (案), adopted (策定) or revised (改訂)");
                }
                YAML::Node period = child(n, "period");
                if (!period.IsMap()) {
                    diags.error(location_of(src, period.IsDefined() ? period : n), "field.missing",
                                "plan front matter has no 'period' with 'from' and 'to'",
                                "add period: with from: 令和8年度 and to: 令和11年度 indented below it");
                } else {
                    auto from = read_year(src, period, "from", diags);
                    auto to = read_year(src, period, "to", diags);
                    if (from) plan.period.from = *from;
                    if (to) plan.period.to = *to;
                    // Each year lasts twelve months from where it starts: 2024年 → FY2023 (to March 2024) overlaps.
                    if (from && to && start_month(*to) + 12 <= start_month(*from))
                        diags.error(location_of(src, child(period, "to")), "plan.period-reversed",
                                    "the period ends before it starts", "swap 'from' and 'to'");
                }
                if (child(n, "publisher").IsDefined())
                    plan.publisher = parse_publisher(src, child(n, "publisher"), &site.publisher, diags);
                plan.version = read_string(src, n, "version", diags, false, ctx).value_or("");
                plan.published = read_date(src, n, "published", diags, ctx).value_or("");
                plan.updated = read_date(src, n, "updated", diags, ctx).value_or("");
                plan.legal_basis = read_string(src, n, "legal_basis", diags, false, ctx).value_or("");
                plan.description = read_string(src, n, "description", diags, false, ctx).value_or("");
                if (child(n, "keywords").IsSequence())
                    for (const auto& k : child(n, "keywords"))
                        if (k.IsScalar() && !trim(k.Scalar()).empty()) plan.keywords.push_back(trim(k.Scalar()));
                // `related: other` (one id) reads as `related: [other]`.
                std::vector<YAML::Node> related;
                if (child(n, "related").IsSequence())
                    for (const auto& r : child(n, "related")) related.push_back(r);
                else if (child(n, "related").IsScalar())
                    related.push_back(child(n, "related"));
                for (const auto& r : related) {
                    plan.related.push_back(trim(r.Scalar()));
                    Location at = location_of(src, r);
                    plan.related_at.push_back({0, at.line, at.column});
                }
                if (child(n, "revisions").IsSequence()) {
                    for (const auto& r : child(n, "revisions")) {
                        if (!r.IsMap()) continue;
                        Revision rev;
                        rev.date = read_revision_date(src, r, diags);
                        rev.summary = read_string(src, r, "summary", diags, true, "revision").value_or("");
                        plan.revisions.push_back(rev);
                    }
                }
                plan.goals = parse_goals(src, child(n, "goals"), diags);
                plan.evaluation.scale = parse_evaluation_scale(src, child(n, "evaluation"), diags);
            } else if (doc) {
                diags.error({s.index.path, 2, 1}, "front-matter.not-map", "front matter must be 'key: value' lines",
                            "write 'title: …' between the '---' lines");
            }
        }
    }
    if (s.pages.size() > Limits::max_pages_per_plan)
        diags.error({s.dir, 0, 0}, "limit.too-many-pages",
                    "plan has more than " + std::to_string(Limits::max_pages_per_plan) + " pages", "split the plan");
    std::map<std::string, std::string> slugs;
    plan.pages.reserve(s.pages.size());  // no doubling slack: 100,000 pages are kept until the end
    for (const auto& f : s.pages) {
        std::optional<Page> page;
        if (f.present) page = parse_page(f, diags);
        if (!page) {
            plan.unread_pages.push_back(f.path);
            continue;
        }
        auto [it, fresh] = slugs.emplace(page->slug, f.path);
        if (!fresh) {
            diags.error({f.path, 1, 1}, "page.slug-collision",
                        "slug \"" + page->slug + "\" is also used by " + it->second,
                        "give one of the pages another file name or 'slug:'");
            plan.unread_pages.push_back(f.path);
            continue;
        }
        plan.pages.push_back(std::move(*page));
    }
    std::stable_sort(plan.pages.begin(), plan.pages.end(),
                     [](const Page& a, const Page& b) { return a.order < b.order; });
    plan.attachments = s.attachments;
    return plan;
}

}  // namespace planpub
