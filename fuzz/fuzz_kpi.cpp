// KPIs: kpi.csv ‹FF› kpi-values.csv ‹FF› cells (one per line, "value<TAB>unit"), read as CSV
// in the encoding the first byte picks, normalized, judged and rendered (tables and charts).
#include <cmath>
#include <regex>

#include "fuzz_support.hpp"
#include "link/kpi_progress.hpp"
#include "parse/kpi_figures.hpp"
#include "parse/kpi_table.hpp"
#include "render/kpi_html.hpp"
#include "text/era_year.hpp"
#include "text/identifiers.hpp"
#include "vocab/figures.hpp"
#include "load/theme_files.hpp"
#include "render/templates.hpp"

using namespace planpub;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    static const char* kEncodings[] = {"", "utf-8", "shift_jis", "cp932"};
    std::string encoding = kEncodings[data[0] & 3];
    auto parts = fuzz::split_input(data + 1, size - 1, 3);
    Diagnostics diags;
    std::vector<Goal> goals(3);
    for (int i = 0; i < 3; ++i) goals[i].number = i + 1;
    UnreadKpis unread;
    auto kpis = parse_kpi_csv(fuzz::raw_source("content/plans/p/kpi.csv", parts[0]), encoding, &goals, diags, &unread);
    if (parts.size() > 1)
        parse_kpi_values_csv(fuzz::raw_source("content/plans/p/kpi-values.csv", parts[1]), encoding, kpis, diags, &unread);
    static Diagnostics theme_diags;
    static Templates templates(load_theme_files("", "", theme_diags), theme_diags);
    std::vector<const Kpi*> all;
    std::string html;
    for (Kpi& k : kpis) {
        FUZZ_CHECK(is_valid_id(k.id));
        k.progress = evaluate_progress(k);
        all.push_back(&k);
        html += render_kpi_detail(templates, k, 3);
    }
    html += render_kpi_table(templates, all, "KPI", "kpi/index.html");
    FUZZ_CHECK(find_invalid_utf8(html) == npos);
    // Chart coordinates are numbers: never nan or inf.
    static const std::regex bad_coordinate(R"((x|y|x1|y1|x2|y2|cx|cy|points|transform)="[^"]*(nan|inf))");
    FUZZ_CHECK(!std::regex_search(html, bad_coordinate));
    fuzz::check_diagnostics(diags);
    if (parts.size() > 2) {
        std::string cells = parts[2];
        if (!clean_utf8_text(cells, "cells", diags)) return 0;
        size_t pos = 0;
        while (pos < cells.size()) {
            size_t end = cells.find('\n', pos);
            if (end == std::string::npos) end = cells.size();
            std::string line = cells.substr(pos, end - pos), unit;
            pos = end + 1;
            if (size_t tab = line.find('\t'); tab != std::string::npos) unit = line.substr(tab + 1), line.resize(tab);
            std::optional<FigureProblem> problem;
            KpiFigure f = read_figure(line, unit, problem);
            if (f.number) FUZZ_CHECK(std::isfinite(*f.number));
            FUZZ_CHECK(find_invalid_utf8(display_figure(f, unit)) == npos);
            if (auto y = parse_year(line)) {
                FUZZ_CHECK(y->year >= 1900 && y->year <= 2200);
                FUZZ_CHECK(y->month >= 0 && y->month <= 12);
                FUZZ_CHECK(y->from == 0 || (y->from >= 1900 && y->from < y->year));
                FUZZ_CHECK(find_invalid_utf8(wareki(*y)) == npos);
                FUZZ_CHECK(find_invalid_utf8(display_year(*y)) == npos);
            }
        }
    }
    return 0;
}
