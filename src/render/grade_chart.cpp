#include "render/grade_chart.hpp"

#include <cstdio>

#include "text/utf8.hpp"

namespace planpub {
namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// The fills are style.css's .g0 … .g7: light tints that keep the dark labels readable; segments are
// also told apart by their outline and their label, never by colour alone.
std::string fill_class(size_t i) { return "g" + std::to_string(i % 8); }

}  // namespace

std::string render_grade_chart(const std::string& id, const std::string& name, const std::vector<std::string>& grades,
                               const std::vector<GradeBar>& bars) {
    if (bars.empty() || grades.empty()) return {};
    // 320 units wide, drawn 20em (style.css .grade-chart): a 14-unit label is about the text's size.
    const double W = 320, bar_h = 26, step = 52;
    const double H = step * bars.size() + 8;
    std::string desc;
    for (const GradeBar& b : bars) {
        desc += b.goal + "：";
        for (size_t i = 0; i < grades.size() && i < b.counts.size(); ++i)
            desc += grades[i] + " " + std::to_string(b.counts[i]) + (i + 1 < grades.size() ? "、" : "。");
    }
    std::string s = "<svg class=\"grade-chart\" role=\"img\" aria-labelledby=\"" + id + "-t\" aria-describedby=\"" +
                    id + "-d\" viewBox=\"0 0 " + num(W) + " " + num(H) +
                    "\" preserveAspectRatio=\"xMidYMid meet\" xmlns=\"http://www.w3.org/2000/svg\">\n";
    s += "<title id=\"" + id + "-t\">" + html_escape(name) + "の数（基本目標ごと）</title>\n";
    s += "<desc id=\"" + id + "-d\">" + html_escape(desc) + "</desc>\n<g aria-hidden=\"true\">\n";
    double y = 4;
    for (const GradeBar& b : bars) {
        int total = 0;
        for (int c : b.counts) total += c;
        s += "<text class=\"goal\" x=\"0\" y=\"" + num(y + 14) + "\">" + html_escape(b.goal) + "</text>\n";
        double x = 0;
        const double top = y + 20;
        for (size_t i = 0; i < b.counts.size() && total > 0; ++i) {
            if (b.counts[i] == 0) continue;
            const double w = (W - 1) * b.counts[i] / total;
            s += "<rect x=\"" + num(x + 0.5) + "\" y=\"" + num(top) + "\" width=\"" + num(w) + "\" height=\"" +
                 num(bar_h) + "\" class=\"" + fill_class(i) + "\" />\n";
            const std::string label = grades[i] + " " + std::to_string(b.counts[i]);
            if (w >= 12.0 * static_cast<double>(label.size()) / 2 + 8)  // room for the label (≈7 units a byte)
                s += "<text class=\"count\" x=\"" + num(x + w / 2) + "\" y=\"" + num(top + 18) +
                     "\" text-anchor=\"middle\">" + html_escape(label) + "</text>\n";
            x += w;
        }
        y += step;
    }
    s += "</g>\n</svg>\n";
    std::string legend = "<p class=\"grade-legend\" aria-hidden=\"true\">";
    for (size_t i = 0; i < grades.size(); ++i)
        legend += "<span><span class=\"swatch " + fill_class(i) + "\"></span>" + html_escape(grades[i]) + "</span>";
    legend += "</p>\n";
    return "<figure class=\"grade-figure\">\n" + s + legend + "<figcaption>図：" + html_escape(name) +
           "の数（基本目標ごと、指標の数）。数値は上の表のとおり。</figcaption>\n</figure>\n";
}

}  // namespace planpub
