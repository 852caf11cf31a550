#include "import/kpi_sheet.hpp"

#include <cstdio>

#include "parse/kpi_figures.hpp"
#include "text/era_year.hpp"
#include "text/identifiers.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace {

bool is_ascii_edge(const std::string& s, bool end) {
    if (s.empty()) return false;
    unsigned char c = static_cast<unsigned char>(end ? s.back() : s.front());
    return c < 0x80;
}

// A line break typed in a cell (Alt+Enter) wraps the text: Japanese joins without a space, Latin
// words keep one between them.
std::string one_line(const std::string& text) {
    std::string out, line;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        line = trim(text.substr(start, end - start));
        if (!line.empty()) {
            if (!out.empty() && is_ascii_edge(out, true) && is_ascii_edge(line, false)) out += ' ';
            out += line;
        }
        start = end + 1;
    }
    return out;
}

// 1, １, 基本目標1, 基本目標２　しごとを…, 基本目標三, Ⅱ: the goal's number; 0 when there is none.
int goal_number(const std::string& text) {
    std::string s = nfkc(text);
    if (size_t p = s.find("基本目標"); p != std::string::npos) s = s.substr(p + std::string("基本目標").size());
    s = trim(s);
    int n = 0;
    size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i < 3) n = n * 10 + (s[i++] - '0');
    if (i > 0) return n;
    static const char* kanji[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (int k = 9; k >= 0; --k)
        if (s.rfind(kanji[k], 0) == 0) return k + 1;
    static const char* roman[] = {"X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"};
    for (int k = 0; k < 10; ++k)
        if (s.rfind(roman[k], 0) == 0) return 10 - k;
    return 0;
}

// 12件（令和5年度）: a figure and, in brackets after it, the one year it is of — as Word tables write
// KPIs with no year column. A period stays with its figure (120件（2021～2026年度累計） is a total).
std::optional<std::pair<std::string, std::string>> bracket_year(const std::string& text) {
    for (auto [open, close] : {std::pair{"（", "）"}, std::pair{"(", ")"}}) {
        std::string o = open, c = close;
        if (text.size() <= c.size() || text.compare(text.size() - c.size(), c.size(), c) != 0) continue;
        size_t at = text.rfind(o);
        if (at == std::string::npos || at == 0) continue;
        std::string figure = trim(text.substr(0, at)), year = trim(text.substr(at + o.size()));
        year.resize(year.size() - c.size());
        auto y = parse_year(year);
        if (figure.empty() || !y || y->from || y->sum != Year::Sum::None) return std::nullopt;
        return std::pair{figure, year};
    }
    return std::nullopt;
}

// With no 単位 column, the unit every figure of the KPI writes (45件 → 60件: 件), so that the pages
// show it; none when a figure writes none or another one. Figures in words (未集計) say nothing.
std::string written_unit(const ImportedKpi& k) {
    std::vector<const CellText*> cells{&k.fields.at("baseline"), &k.fields.at("target")};
    for (const auto& v : k.values) cells.push_back(&v.value);
    std::string unit;
    for (const CellText* c : cells) {
        std::optional<FigureProblem> problem;
        KpiFigure f = read_figure(c->text, "", problem);
        if (c->text.empty() || !f.number) continue;
        if (f.unit_text.empty() || (!unit.empty() && unit != f.unit_text)) return {};
        unit = f.unit_text;
    }
    return unit;
}

struct Reader {
    const SheetGrid& g;
    const GridPlaces& places;
    Diagnostics& diags;

    std::string place(int r, int c) const { return places.cell(r, c); }

    // The cell at (row, col), or the merged cell over it when the merge spans rows (a goal or a
    // target written once for several KPIs): its value belongs to every row of the range.
    const XCell* cell(int r, int c, int* from_r = nullptr) const {
        if (from_r) *from_r = r;
        if (const XCell* x = g.at(r, c)) return x;
        const MergeRange* m = g.merge_at(r, c);
        if (!m || m->r2 == m->r1 || m->c1 != c) return nullptr;
        if (from_r) *from_r = m->r1;
        return g.at(m->r1, m->c1);
    }

    // A cell that holds no readable value (an error, TRUE/FALSE, a formula without its result).
    bool unreadable(const XCell& x, int r, int c, const std::string& what) {
        if (x.kind == XCell::Kind::Error)
            diags.warning({place(r, c), 0, 0}, "import.cell-error",
                          "the cell shows the error value " + x.text + "; left out of " + what,
                          "fix the formula in Excel (or write the figure) and import again");
        else if (x.kind == XCell::Kind::Bool)
            diags.warning({place(r, c), 0, 0}, "import.cell-unreadable",
                          "the cell holds " + x.text + " (a true/false value); left out of " + what,
                          "write the figure or text the cell means");
        else if (x.kind == XCell::Kind::NoValue)
            diags.warning({place(r, c), 0, 0}, "import.cell-unreadable",
                          "the cell has a formula without a saved result (or a broken text); left out of " + what,
                          "open the file in Excel, let it calculate, save and import again");
        else
            return false;
        return true;
    }

    CellText text(int r, const SheetColumn* col, const std::string& what) {
        if (!col) return {};
        int from = r;
        const XCell* x = cell(r, col->col, &from);
        if (!x || unreadable(*x, r, col->col, what)) return {};
        return {one_line(x->text), r, col->col};
    }

    // A figure (baseline, target, an actual): the text Excel shows, checked by the KPI figure rules.
    // year_out: where a year written in brackets after the figure goes (null: the table has a year
    // column for the figure, and the brackets stay the figure's).
    CellText figure(int r, int c, const std::string& unit, const std::string& what, bool number_needed,
                    CellText* year_out = nullptr) {
        const XCell* x = cell(r, c);
        if (!x || unreadable(*x, r, c, what)) return {};
        if (x->kind == XCell::Kind::Date) {
            diags.warning({place(r, c), 0, 0}, "import.cell-unreadable",
                          "the cell holds a date (" + x->text + ") where a figure belongs; left out of " + what,
                          "format the cell as a number in Excel (ホーム → 表示形式 → 数値)");
            return {};
        }
        std::string t = one_line(x->text);
        if (auto split = year_out ? bracket_year(t) : std::nullopt) {
            t = split->first;
            *year_out = {split->second, r, c};
        }
        std::optional<FigureProblem> problem;
        KpiFigure f = read_figure(t, unit, problem);
        if (problem && !problem->warning) {
            diags.warning({place(r, c), 0, 0}, problem->code, problem->message + "; left out of " + what,
                          problem->hint);
            return {};
        }
        if (number_needed && !f.empty() && !f.number) {
            diags.warning({place(r, c), 0, 0}, "kpi.not-a-number",
                          "value \"" + t + "\" is not a number; left out of " + what,
                          "an actual is a number: write it alone, or put the text in the KPI's description");
            return {};
        }
        return {t, r, c};
    }

    // A year cell: text as a year form planpub reads; a number (2020) or a date as the column says
    // (年度: fiscal, 年: calendar); a date whose format writes 年度 is that 年度.
    CellText year(int r, const SheetColumn* col, const std::string& what) {
        if (!col) return {};
        const XCell* x = cell(r, col->col);
        if (!x || unreadable(*x, r, col->col, what)) return {};
        std::string t;
        char buf[64];
        if (x->kind == XCell::Kind::Date) {
            int fy = x->says_fiscal || x->date.month >= 4 ? x->date.year : x->date.year - 1;
            if (col->fiscal)
                std::snprintf(buf, sizeof buf, "%d年度", fy);
            else
                std::snprintf(buf, sizeof buf, "%d年%d月", x->date.year, x->date.month);
            t = buf;
        } else if (x->kind == XCell::Kind::Number && x->number >= 1900 && x->number <= 2200 &&
                   x->number == static_cast<int>(x->number)) {
            std::snprintf(buf, sizeof buf, col->fiscal ? "%d年度" : "%d年", static_cast<int>(x->number));
            t = buf;
        } else {
            t = one_line(x->text);
        }
        std::string problem;
        if (!parse_year(t, &problem)) {
            diags.warning(
                {place(r, col->col), 0, 0}, "year.unknown-form",
                "\"" + t + "\" is not a year planpub can read" + (problem.empty() ? "" : ": " + problem) +
                    "; left out of " + what,
                "write e.g. 令和4年度, R4, 2022年度 (fiscal) or 2022年 (calendar); docs/kpi.md lists every form");
            return {};
        }
        return {t, r, col->col};
    }
};

}  // namespace

KpiSheet read_kpi_sheet(const SheetGrid& g, const SheetHeader& h, const GridPlaces& places, Diagnostics& diags,
                        KpiNumbering* numbering) {
    KpiSheet out;
    Reader rd{g, places, diags};
    const SheetColumn* name = h.find("name");
    KpiNumbering own;
    KpiNumbering& num = numbering ? *numbering : own;
    int current_goal = num.goal;
    std::map<int, int>& per_goal = num.per_goal;  // goal → KPIs so far, for generated ids
    std::vector<int> rows;                        // the rows below the header that hold a cell, in order
    for (auto it = g.cells.lower_bound({h.last_row + 1, 0}); it != g.cells.end(); ++it)
        if (rows.empty() || rows.back() != it->first.first) rows.push_back(it->first.first);
    for (int r : rows) {
        if (g.hidden_rows.count(r)) {
            diags.warning({rd.place(r, 1), 0, 0}, "import.hidden",
                          "row " + std::to_string(r) + " is hidden in Excel; it is not imported",
                          "unhide the row in Excel and import again if its KPI belongs to the plan");
            continue;
        }
        int name_from = r;
        const XCell* nx = rd.cell(r, name->col, &name_from);
        // One cell across the indicator and other imported columns: a section title or a note
        // (出典：…, ※…), not a KPI named so.
        bool across = false;
        if (const MergeRange* m = g.merge_at(r, name->col); m && m->c2 > m->c1)
            for (const SheetColumn& c : h.columns)
                across = across || (!c.key.empty() && c.col != name->col && c.col >= m->c1 && c.col <= m->c2);
        if (!nx || name_from != r || across) {
            // No indicator: a section row (基本目標2 …) sets the goal of the rows below it.
            std::string first;
            int first_col = 0;
            auto it = g.cells.lower_bound({r, 0});  // the row's first cell (there is one)
            first = trim(it->second.text);
            first_col = it->first.second;
            if (nfkc(first).find("基本目標") != std::string::npos && goal_number(first) > 0 && (!nx || across)) {
                current_goal = goal_number(first);
                continue;
            }
            std::string why = across ? "is one cell across the table (\"" + first + "\"), a title or a note, not a KPI"
                              : nx   ? "continues the merged indicator of row " + std::to_string(name_from)
                                     : "has no indicator (指標)";
            diags.warning({rd.place(r, first_col), 0, 0}, "import.row-skipped",
                          "row " + std::to_string(r) + " " + why + "; it is not imported",
                          across ? "write the note in the KPI's 備考 column, or below the table, where it stays text"
                                 : "one KPI is one row: unmerge the cells and give each row its indicator");
            continue;
        }
        ImportedKpi k;
        k.row = r;
        if (!out.first_data_row) out.first_data_row = r;
        out.last_data_row = r;
        const std::string what = "kpi.csv";
        for (const char* key : {"id", "measure", "name", "unit", "description", "source", "direction", "target_kind"})
            k.fields[key] = rd.text(r, h.find(key), what);
        k.fields["unit"].text = trim(nfkc(k.fields["unit"].text));
        if (CellText note = rd.text(r, h.find("note"), what); !note.text.empty()) {
            CellText& d = k.fields["description"];
            d.text += (d.text.empty() ? "" : " ") + std::string("備考：") + note.text;
            if (!d.row) d = {d.text, note.row, note.col};
        }
        int goal = current_goal;
        if (CellText gt = rd.text(r, h.find("goal"), what); !gt.text.empty()) {
            goal = goal_number(gt.text);
            if (!goal)
                diags.warning({rd.place(r, gt.col), 0, 0}, "import.cell-unreadable",
                              "\"" + gt.text + "\" names no goal number; the KPI is imported without a goal",
                              "write the 基本目標 number (1, 基本目標1) in the cell");
            k.fields["goal"] = {goal ? std::to_string(goal) : "", gt.row, gt.col};
        } else if (goal) {
            k.fields["goal"] = {std::to_string(goal), 0, 0};
        }
        CellText& id = k.fields["id"];
        if (!id.text.empty() && !is_valid_id(id.text)) {
            diags.warning({rd.place(r, id.col), 0, 0}, "kpi.invalid-id",
                          "KPI id \"" + id.text + "\" may only use a-z, 0-9 and '-'; an id is made instead",
                          "write an id such as g1-1 in the sheet, or edit kpi.csv");
            id = {};
        }
        int n = ++per_goal[goal];
        if (id.text.empty())
            id.text = goal ? "g" + std::to_string(goal) + "-" + std::to_string(n) : "k" + std::to_string(n);
        const std::string& unit = k.fields["unit"].text;
        for (const char* key : {"baseline", "target"}) {
            const SheetColumn* col = h.find(key);
            std::string yk = std::string(key) + "_year";
            const SheetColumn* year_col = h.find(yk);
            CellText in_brackets;
            k.fields[key] =
                col ? rd.figure(r, col->col, unit, what, false, year_col ? nullptr : &in_brackets) : CellText{};
            k.fields[yk] = year_col ? rd.year(r, year_col, what) : in_brackets;
            if (k.fields[yk].text.empty() && col && col->year && !k.fields[key].text.empty())
                k.fields[yk] = {col->year_text, 0, 0};  // 目標値（令和7年度）: the header's year
        }
        for (const SheetColumn& c : h.columns) {
            if (c.key != "actual") continue;
            CellText year;
            if (c.year)
                year = {c.year_text, 0, 0};
            else
                year = rd.year(r, h.find("actual_year"), "kpi-values.csv");
            CellText v = rd.figure(r, c.col, unit, "kpi-values.csv", true);
            if (v.text.empty()) continue;
            if (year.text.empty()) {
                diags.warning({rd.place(r, c.col), 0, 0}, "import.value-without-year",
                              "value \"" + v.text +
                                  "\" has no year (neither its header nor a year column says one)"
                                  "; left out of kpi-values.csv",
                              "write the year in the header (現状値（令和5年度）) or add a 実績年度 column");
                continue;
            }
            k.values.push_back({year, v});
        }
        if (!h.find("unit")) k.fields["unit"] = {written_unit(k), 0, 0};
        out.kpis.push_back(std::move(k));
    }
    return out;
}

}  // namespace planpub
