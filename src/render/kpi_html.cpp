#include "render/kpi_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "link/kpi_progress.hpp"
#include "text/era_year.hpp"
#include "text/utf8.hpp"
#include "vocab/words.hpp"
#include "vocab/figures.hpp"

namespace planpub {
namespace {

const Observation* latest_of(const Kpi& k, int up_to_year = 0) {
    const Observation* l = nullptr;
    for (const Observation& o : k.observations)
        if (o.value.number && (!up_to_year || o.year.year <= up_to_year)) l = &o;
    return l;
}

std::string latest_text(const Kpi& k, int up_to_year = 0) {
    const Observation* l = latest_of(k, up_to_year);
    if (!l) return "実績値なし";
    return format_number(*l->value.number, l->value.decimals) + k.unit + "（" + display_year(l->year) + "）";
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

struct Point {
    int year;
    double value;
};

}  // namespace

std::string figure_with_year(const KpiFigure& f, const std::optional<Year>& y, const std::string& unit) {
    if (f.empty()) return "未設定";
    std::string s = display_figure(f, unit);
    if (y) s += "（" + display_year(*y) + "）";
    return s;
}

// One KPI's values for the kpi_table and kpi_detail templates (docs/theme.md lists them).
static mustache::data kpi_values(const Kpi& k) {
    mustache::data d;
    d.set("id", k.id);
    d.set("name", k.name);
    d.set("has_unit", mustache::data(!k.unit.empty()));
    d.set("unit", k.unit);
    d.set("has_measure", mustache::data(!k.measure.empty()));
    d.set("measure", k.measure);
    d.set("baseline", figure_with_year(k.baseline, k.baseline_year, k.unit));
    d.set("target", figure_with_year(k.target, k.target_year, k.unit));
    d.set("latest", latest_text(k));
    d.set("status_key", progress_key(k.progress.status));
    d.set("status_label", progress_label(k.progress.status));
    d.set("reason", k.progress.reason);
    return d;
}

std::string render_kpi_table(Templates& t, const std::vector<const Kpi*>& kpis, const std::string& caption,
                             const std::string& url, bool with_reasons) {
    // No scroll region (issue 17 item 10): the table fits wide screens, and on phones style.css
    // stacks it into one card per KPI, each figure labelled by its column (data-label, drawn by
    // CSS and hidden from screen readers). A KPI is then one Tab stop at most (its link), not two.
    mustache::data d, list = mustache::data::type::list;
    d.set("caption", caption);
    for (const Kpi* k : kpis) {
        mustache::data row = kpi_values(*k);
        row.set("has_url", mustache::data(!url.empty()));
        row.set("url", url.empty() ? std::string() : url + "#kpi-" + k->id);
        row.set("show_reason", mustache::data(with_reasons && !k->progress.reason.empty()));
        list.push_back(row);
    }
    d.set("kpis", list);
    return t.render("kpi_table", d);
}

std::string render_kpi_chart(const Kpi& k, const KpiChartPlace& place) {
    const std::string& id_suffix = place.id_suffix;
    std::vector<Point> actual, plan;
    if (k.baseline.number && k.baseline_year) actual.push_back({k.baseline_year->year, *k.baseline.number});
    for (const Observation& o : k.observations)
        if (o.value.number && (!place.up_to_year || o.year.year <= place.up_to_year))
            actual.push_back({o.year.year, *o.value.number});
    // A total or an average over the period is no point on the path from the baseline.
    if (k.target.number && k.target_year && k.target_kind != TargetKind::Cumulative &&
        k.target_kind != TargetKind::Average) {
        if (k.baseline.number && k.baseline_year) plan.push_back({k.baseline_year->year, *k.baseline.number});
        plan.push_back({k.target_year->year, *k.target.number});
    }
    if (actual.size() + plan.size() < 2) return {};
    int y0 = 1 << 30, y1 = -(1 << 30);
    double v0 = 0, v1 = 0;  // the value axis starts at 0 so that bars of change are not exaggerated
    for (auto* s : {&actual, &plan})
        for (const Point& p : *s) {
            y0 = std::min(y0, p.year);
            y1 = std::max(y1, p.year);
            v0 = std::min(v0, p.value);
            v1 = std::max(v1, p.value);
        }
    if (y1 == y0) ++y1;
    if (v1 == v0) v1 = v0 + 1;
    v1 *= 1.1;
    // 320 × 220 user units, drawn 20em wide (style.css): one unit is one CSS pixel at the reader's
    // text size, so the 16-unit labels are as large as the text and grow with it; narrower screens
    // shrink the chart only by the page's padding.
    const int decimals = std::max(k.baseline.decimals, k.target.decimals);
    const double scale = std::pow(10.0, decimals);
    const std::vector<double> ticks = {v0, (v0 + v1 / 1.1) / 2, v1 / 1.1};
    // The left margin holds the widest value label (a digit or comma is about 9 units at 16 units
    // per em): 22,585 needs more room than 100.
    size_t widest = 0;
    for (double v : ticks) widest = std::max(widest, format_number(std::round(v * scale) / scale, decimals).size());
    const double W = 320, H = 220, L = std::max(52.0, 16.0 + 9.0 * widest), R = 24, T = 14, B = 36;
    auto x = [&](int year) { return L + (W - L - R) * (year - y0) / (y1 - y0); };
    auto y = [&](double v) { return T + (H - T - B) * (1 - (v - v0) / (v1 - v0)); };
    std::string id = "kpi-chart-" + k.id + id_suffix;
    // One name (the title) and one description (the figures), so a screen reader says neither
    // twice: the description does not repeat the title (issue 17 item 6).
    std::string desc;
    if (k.baseline.number) desc += "基準値 " + figure_with_year(k.baseline, k.baseline_year, k.unit) + "、";
    if (k.target.number) desc += "目標値 " + figure_with_year(k.target, k.target_year, k.unit) + "、";
    desc += (place.up_to_year ? "実績 " : "最新の実績 ") + latest_text(k, place.up_to_year) + "。";
    std::string s = "<svg class=\"kpi-chart\" role=\"img\" aria-labelledby=\"" + id + "-t\" aria-describedby=\"" + id +
                    "-d\" viewBox=\"0 0 " + num(W) + " " + num(H) +
                    "\" preserveAspectRatio=\"xMidYMid meet\" xmlns=\"http://www.w3.org/2000/svg\">\n";
    s += "<title id=\"" + id + "-t\">" + html_escape(k.name) + "の推移</title>\n";
    s += "<desc id=\"" + id + "-d\">" + html_escape(desc) + "</desc>\n<g aria-hidden=\"true\">\n";
    // Axes and grid: value ticks at 0 and the top, years at every point.
    s += "<line class=\"axis\" x1=\"" + num(L) + "\" y1=\"" + num(H - B) + "\" x2=\"" + num(W - R) + "\" y2=\"" +
         num(H - B) + "\" />\n";
    s += "<line class=\"axis\" x1=\"" + num(L) + "\" y1=\"" + num(T) + "\" x2=\"" + num(L) + "\" y2=\"" + num(H - B) +
         "\" />\n";
    for (double v : ticks) {
        v = std::round(v * scale) / scale;  // the line goes where its label says (20, not 20.5 labelled 20)
        s += "<line class=\"grid\" x1=\"" + num(L) + "\" y1=\"" + num(y(v)) + "\" x2=\"" + num(W - R) + "\" y2=\"" +
             num(y(v)) + "\" />\n";
        s += "<text class=\"tick\" x=\"" + num(L - 8) + "\" y=\"" + num(y(v) + 5) + "\" text-anchor=\"end\">" +
             html_escape(format_number(v, decimals)) + "</text>\n";
    }
    // Year labels (4 digits, ~36 units wide) at least 44 units apart: every year, or every 2nd, 3rd …
    const int step = std::max(1, static_cast<int>(std::ceil(44.0 / ((W - L - R) / (y1 - y0)))));
    for (int yr = y0; yr <= y1; ++yr) {
        if ((yr - y0) % step) continue;
        s += "<text class=\"tick\" x=\"" + num(x(yr)) + "\" y=\"" + num(H - B + 24) + "\" text-anchor=\"middle\">" +
             std::to_string(yr) + "</text>\n";
    }
    auto polyline = [&](const std::vector<Point>& pts, const std::string& cls) {
        if (pts.size() < 2) return;
        s += "<polyline class=\"" + cls + "\" points=\"";
        for (const Point& p : pts) s += num(x(p.year)) + "," + num(y(p.value)) + " ";
        s += "\" />\n";
    };
    polyline(plan, "series-target");
    polyline(actual, "series-actual");
    for (const Point& p : actual)
        s +=
            "<circle class=\"marker-actual\" cx=\"" + num(x(p.year)) + "\" cy=\"" + num(y(p.value)) + "\" r=\"6\" />\n";
    if (!plan.empty()) {
        const Point& p = plan.back();
        s += "<rect class=\"marker-target\" x=\"" + num(x(p.year) - 6) + "\" y=\"" + num(y(p.value) - 6) +
             "\" width=\"12\" height=\"12\" transform=\"rotate(45 " + num(x(p.year)) + " " + num(y(p.value)) +
             ")\" />\n";
    }
    s += "</g>\n</svg>\n";
    // The legend names what is drawn: a line only where there are two points to join.
    std::string legend = std::string("<p class=\"kpi-legend\" aria-hidden=\"true\"><span class=\"legend-actual\">") +
                         (actual.size() >= 2 ? "● 実線：基準値と実績" : "● 点：基準値と実績") + "</span>";
    if (plan.size() >= 2)
        legend += "<span class=\"legend-target\">◆ 破線：目標への道筋</span>";
    else if (!plan.empty())
        legend += "<span class=\"legend-target\">◆ 目標値</span>";
    legend += "</p>\n";
    return "<figure class=\"kpi-figure\">\n" + s + legend + "<figcaption>図：" + html_escape(k.name) + "の推移（" +
           (k.unit.empty() ? std::string("単位なし") : "単位：" + html_escape(k.unit)) + "）。" +
           (place.figures_note.empty() ? "数値は下の表のとおり。" : html_escape(place.figures_note)) +
           "</figcaption>\n</figure>\n";
}

std::string render_kpi_detail(Templates& t, const Kpi& k, int level, const std::string& description_html) {
    // A plain section (no aria-labelledby): its heading is found by heading navigation; a named
    // region per KPI only lengthened the landmark list (issue 17 item 6).
    mustache::data d = kpi_values(k);
    d.set("level", std::to_string(level));
    d.set("has_source", mustache::data(!k.source.empty()));
    d.set("source", k.source);
    d.set("has_description_html", mustache::data(!description_html.empty()));
    d.set("description_html", description_html);
    d.set("has_description_text", mustache::data(description_html.empty() && !k.description.empty()));
    d.set("description", k.description);
    const std::string chart = render_kpi_chart(k);
    d.set("has_chart", mustache::data(!chart.empty()));
    d.set("chart", chart);
    // Stacked on phones like the summary table (style.css), so no scroll region either.
    d.set("value_col", "値" + (k.unit.empty() ? "" : "（" + k.unit + "）"));
    mustache::data rows = mustache::data::type::list;
    auto data_row = [&](const std::string& kind, const std::optional<Year>& y, const KpiFigure& f,
                        const std::string& note) {
        mustache::data r;
        r.set("kind", kind);
        r.set("year", y ? display_year(*y) : std::string());
        r.set("value", f.number ? format_number(*f.number, f.decimals) : f.source);
        r.set("note", note);
        rows.push_back(r);
    };
    if (!k.baseline.empty()) data_row("基準値", k.baseline_year, k.baseline, "");
    for (const Observation& o : k.observations) data_row("実績値", o.year, o.value, o.note);
    if (!k.target.empty()) data_row("目標値", k.target_year, k.target, k.target.wording);
    d.set("rows", rows);
    return t.render("kpi_detail", d);
}

}  // namespace planpub
