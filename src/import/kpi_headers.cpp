#include "import/kpi_headers.hpp"

#include <map>

#include "text/era_year.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {

const SheetColumn* SheetHeader::find(const std::string& key) const {
    for (const SheetColumn& c : columns)
        if (c.key == key) return &c;
    return nullptr;
}

// NFKC, no whitespace, no footnote marks; `lower` folds Latin letters too (for matching; the year
// a header names is written as the header writes it: R2, not r2).
static std::string header_plain(const std::string& text, bool lower) {
    std::string s = nfkc(text), out;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        out += (lower && c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    // ※1, ※ after a header: a footnote mark, not part of the name
    if (size_t p = out.find("※"); p != std::string::npos) out.erase(p);
    return out;
}

std::string header_fold(const std::string& text) { return header_plain(text, true); }

namespace {

const std::map<std::string, std::string>& known_headers() {
    static const std::map<std::string, std::string> m = {{"id", "id"},
                                                         {"kpi_id", "id"},
                                                         {"kpiid", "id"},
                                                         {"基本目標", "goal"},
                                                         {"基本目標番号", "goal"},
                                                         {"goal", "goal"},
                                                         {"施策", "measure"},
                                                         {"施策名", "measure"},
                                                         {"具体的な施策", "measure"},
                                                         {"具体的施策", "measure"},
                                                         {"主な施策", "measure"},
                                                         {"measure", "measure"},
                                                         {"指標", "name"},
                                                         {"指標名", "name"},
                                                         {"kpi", "name"},
                                                         {"重要業績評価指標", "name"},
                                                         {"重要業績評価指標(kpi)", "name"},
                                                         {"kpi(重要業績評価指標)", "name"},
                                                         {"成果指標", "name"},
                                                         {"評価指標", "name"},
                                                         {"数値目標", "name"},
                                                         {"name", "name"},
                                                         {"単位", "unit"},
                                                         {"unit", "unit"},
                                                         {"基準値", "baseline"},
                                                         {"baseline", "baseline"},
                                                         {"基準年度", "baseline_year"},
                                                         {"基準年", "baseline_year"},
                                                         {"基準値年度", "baseline_year"},
                                                         {"基準時点", "baseline_year"},
                                                         {"baseline_year", "baseline_year"},
                                                         {"目標値", "target"},
                                                         {"目標", "target"},
                                                         {"target", "target"},
                                                         {"目標年度", "target_year"},
                                                         {"目標年", "target_year"},
                                                         {"目標時点", "target_year"},
                                                         {"目標値年度", "target_year"},
                                                         {"target_year", "target_year"},
                                                         {"実績値", "actual"},
                                                         {"実績", "actual"},
                                                         {"現状値", "actual"},
                                                         {"現況値", "actual"},
                                                         {"最新値", "actual"},
                                                         {"実績年度", "actual_year"},
                                                         {"現状値年度", "actual_year"},
                                                         {"説明", "description"},
                                                         {"指標の説明", "description"},
                                                         {"指標の定義", "description"},
                                                         {"算出方法", "description"},
                                                         {"description", "description"},
                                                         {"出典", "source"},
                                                         {"出所", "source"},
                                                         {"データ出典", "source"},
                                                         {"source", "source"},
                                                         {"備考", "note"},
                                                         {"方向性", "direction"},
                                                         {"direction", "direction"},
                                                         {"目標種別", "target_kind"},
                                                         {"target_kind", "target_kind"},
                                                         {"値", "value"},
                                                         {"数値", "value"},
                                                         {"年度", "year"},
                                                         {"年", "year"},
                                                         {"時点", "year"},
                                                         {"年次", "year"}};
    return m;
}

struct Classified {
    std::string key;  // a known header key, "value", "year", "yearcol" (a year itself), or empty
    std::optional<Year> year;
    std::string year_text;
};

// 基準値（令和元年度）, 目標値(R7), R2実績, 令和2年度: the header's key and the year it names.
Classified classify(const std::string& raw) {
    Classified c;
    std::string f = header_fold(raw), plain = header_plain(raw, false);  // same length: ASCII folds alone
    if (f.empty()) return c;
    if (auto it = known_headers().find(f); it != known_headers().end()) {
        c.key = it->second;
        return c;
    }
    size_t open = f.find('(');
    if (open != std::string::npos && f.back() == ')') {
        std::string inner = f.substr(open + 1, f.size() - open - 2);
        std::string base = f.substr(0, open);
        std::string inner_plain = plain.substr(open + 1, f.size() - open - 2), base_plain = plain.substr(0, open);
        // 目標値（令和7年度） and, as 松戸市's tables write it, 平成29年（現状値）
        for (auto [key, year] : {std::pair{base, inner_plain}, std::pair{inner, base_plain}}) {
            auto it = known_headers().find(key);
            if (it == known_headers().end()) continue;
            c.key = it->second;
            if (auto y = parse_year(year)) {
                c.year = y;
                c.year_text = year;
            }
            return c;
        }
    }
    for (const char* suffix : {"実績値", "実績", "の実績"}) {
        std::string sx = suffix;
        if (f.size() > sx.size() && f.compare(f.size() - sx.size(), sx.size(), sx) == 0) {
            plain.erase(plain.size() - sx.size());
            break;
        }
    }
    if (auto y = parse_year(plain)) {
        c.key = "yearcol";
        c.year = y;
        c.year_text = plain;
    }
    return c;
}

// The text a header cell shows at (row, col): its own, or that of the merged header cell over it.
std::string header_text(const SheetGrid& g, int row, int col, int first_row, int* from_row) {
    int r = row, c = col;
    if (const MergeRange* m = g.merge_at(row, col); m && m->r1 >= first_row) {
        r = m->r1;
        c = m->c1;
    }
    *from_row = r;
    const XCell* x = g.at(r, c);
    return x ? trim(x->text) : "";
}

bool names_indicator(const std::string& text) { return classify(text).key == "name"; }

}  // namespace

SheetHeader find_kpi_header(const SheetGrid& g) {
    SheetHeader h;
    int name_col = 0;
    for (int r = 1; r <= std::min(g.max_row, 30) && !h.first_row; ++r)
        for (int c = 1; c <= g.max_col && !h.first_row; ++c)
            if (const XCell* x = g.at(r, c); x && x->kind == XCell::Kind::Text && names_indicator(x->text)) {
                h.first_row = r;
                name_col = c;
            }
    if (!h.first_row) return h;
    h.last_row = h.first_row;
    // Rows below belong to the header while the indicator column has no text of its own there and
    // the indicator's header is merged down over them, or every text they hold is a header word
    // (値, 年度, R2 …): a data row names its indicator.
    for (int r = h.first_row + 1; r <= std::min(g.max_row, h.first_row + 3); ++r) {
        if (g.at(r, name_col)) break;
        bool any = false, all_header = true;
        for (int c = 1; c <= g.max_col; ++c)
            if (const XCell* x = g.at(r, c)) {
                any = true;
                all_header = all_header && x->kind == XCell::Kind::Text && !classify(x->text).key.empty();
            }
        // The indicator's header merged down over the row makes it a header row, whatever it says
        // (中間 | 最終 over R6 | R7); without that, only header words do.
        bool covered = false;
        if (const MergeRange* m = g.merge_at(r, name_col)) covered = m->r1 >= h.first_row && m->r1 <= h.last_row;
        if (!covered && (!all_header || !any)) break;
        h.last_row = r;
    }
    for (int c = 1; c <= g.max_col; ++c) {
        SheetColumn col;
        col.col = c;
        std::string main;
        int last_from = 0;
        for (int r = h.first_row; r <= h.last_row; ++r) {
            int from = 0;
            std::string t = header_text(g, r, c, h.first_row, &from);
            if (t.empty() || from == last_from) continue;
            last_from = from;
            col.header += (col.header.empty() ? "" : " / ") + t;
            Classified k = classify(t);
            if (k.year) {
                col.year = k.year;
                col.year_text = k.year_text;
                col.fiscal = k.year->kind == Year::Kind::Fiscal;
            }
            if (k.key == "value" || k.key.empty()) continue;
            if (k.key == "year") {
                col.fiscal = header_fold(t).find("年度") != std::string::npos || header_fold(t) == "時点";
                if (main == "baseline" || main == "target" || main == "actual") main += "_year";
                continue;
            }
            if (k.key == "yearcol") {
                if (main.empty()) main = "actual";
                continue;
            }
            if (main.empty() || main == "actual") {
                main = k.key;
                col.header_row = from;
                if (main.size() > 5 && main.compare(main.size() - 5, 5, "_year") == 0)
                    col.fiscal = header_fold(t).find("年度") != std::string::npos || header_fold(t) == "基準時点" ||
                                 header_fold(t) == "目標時点";
            }
        }
        if (!col.header_row) col.header_row = h.first_row;
        col.key = main;
        if (!col.header.empty()) h.columns.push_back(col);
    }
    return h;
}

void settle_columns(SheetHeader& h, const SheetGrid& g, const GridPlaces& places, Diagnostics& diags) {
    auto report_unused = [&](SheetColumn& c, const std::string& why, const std::string& hint) {
        diags.warning({places.cell(c.header_row, c.col), 0, 0}, "import.unused-column",
                      "column \"" + c.header + "\" is not imported: " + why, hint);
        c.key.clear();
    };
    // 総合戦略 sheets write 現状値 → 目標値: with no 基準値 column, the 現状値 is the baseline.
    if (!h.find("baseline"))
        for (SheetColumn& c : h.columns)
            if (c.key == "actual" && !c.year) {
                c.key = "baseline";
                break;
            }
    // Several target columns by year (目標値 R6 | R7 | R8): the last is the plan's target.
    const SheetColumn* last_target = nullptr;
    for (const SheetColumn& c : h.columns)
        if (c.key == "target" && c.year && (!last_target || start_month(*c.year) > start_month(*last_target->year)))
            last_target = &c;
    int keep = last_target ? last_target->col : 0;
    std::map<std::string, int> seen;
    for (SheetColumn& c : h.columns) {
        if (g.hidden_cols.count(c.col) && !c.key.empty()) {
            diags.warning({places.cell(c.header_row, c.col), 0, 0}, "import.hidden",
                          "column " + places.column(c.col) + " (" + c.header +
                              ") is hidden in Excel; it is not imported (hidden rows are not either)",
                          "unhide the column in Excel and import again if its figures belong to the plan");
            c.key.clear();
            continue;
        }
        if (c.key == "target" && c.year && keep && c.col != keep) {
            report_unused(c, "it is an interim target; kpi.csv holds one target per KPI (the last year's)",
                          "write interim targets in the KPI's description if they should be published");
            continue;
        }
        if (c.key.empty()) {
            report_unused(c, "planpub does not know this header",
                          "docs/import.md lists the headers planpub maps; rename the header in Excel to one of "
                          "them, or copy the column into kpi.csv by hand");
            continue;
        }
        if (c.key == "actual" && c.year) continue;  // one column per year
        if (!seen.emplace(c.key, c.col).second)
            report_unused(c, "an earlier column (" + places.column(seen[c.key]) + ") already says the same",
                          "delete one of the two columns in Excel, or rename one");
    }
}

}  // namespace planpub
