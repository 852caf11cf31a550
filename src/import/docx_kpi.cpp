#include "import/docx_kpi.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

#include "import/docx_map_internal.hpp"
#include "import/docx_text.hpp"
#include "import/kpi_csv_out.hpp"
#include "import/kpi_headers.hpp"
#include "text/normalize.hpp"

namespace planpub {

using nlohmann::json;

std::vector<const json*> pandoc_table_rows(const json& table) {
    // Table [attr, caption, colspecs, head [attr, rows], bodies [attr, n, head rows, rows], foot]
    const json& c = table.at("c");
    std::vector<const json*> rows;
    for (const auto& r : c.at(3).at(1)) rows.push_back(&r);
    for (const auto& body : c.at(4)) {
        for (const auto& r : body.at(2)) rows.push_back(&r);
        for (const auto& r : body.at(3)) rows.push_back(&r);
    }
    for (const auto& r : c.at(5).at(1)) rows.push_back(&r);
    return rows;
}

SheetGrid pandoc_table_grid(const json& table) {
    SheetGrid g;
    g.name = "table";
    const int cols = static_cast<int>(table.at("c").at(2).size());
    const std::vector<const json*> rows = pandoc_table_rows(table);
    const int last_row = static_cast<int>(rows.size());
    g.max_row = last_row;
    g.max_col = cols;
    std::set<std::pair<int, int>> taken;  // slots a cell (or a rowspan from a row above) covers
    for (int r = 1; r <= last_row; ++r) {
        int col = 1;
        // Cell [attr, align, rowspan, colspan, blocks]: as in HTML, a row lists only the cells that
        // start in it; the slots rowspans from above take are skipped.
        for (const auto& cell : rows[size_t(r - 1)]->at(1)) {
            while (col <= cols && taken.count({r, col})) ++col;
            if (col > cols) break;  // more cells than columns: table_markdown reports it
            int r2 = std::min(last_row, r + std::max(1, cell.at(2).get<int>()) - 1);
            int c2 = std::min(cols, col + std::max(1, cell.at(3).get<int>()) - 1);
            for (int rr = r; rr <= r2; ++rr)
                for (int cc = col; cc <= c2; ++cc) taken.insert({rr, cc});
            std::string text = strip_indent(drop_note_marks(blocks_plain(cell.at(4))));
            if (!text.empty()) g.cells[{r, col}] = XCell{XCell::Kind::Text, text, 0, {}, false};
            if (r2 > r || c2 > col) g.add_merge({r, col, r2, c2});
            col = c2 + 1;
        }
    }
    return g;
}

GridPlaces word_table_places(const std::string& caption) {
    std::string prefix = caption.empty() ? "" : "「" + caption + "」 ";
    return {[prefix](int row, int col) { return prefix + "行" + std::to_string(row) + " 列" + std::to_string(col); },
            [](int col) { return "列" + std::to_string(col); }};
}

namespace {

// 「…」 行4 列3 → (4, 3): review items in table order, as a person reads the table.
std::pair<int, int> row_col(const std::string& place) {
    auto number_after = [&](const char* word) {
        size_t p = place.rfind(word);
        return p == std::string::npos ? 0 : std::atoi(place.c_str() + p + std::string(word).size());
    };
    return {number_after("行"), number_after("列")};
}

void add_review(const Diagnostics& found, const DocxPlace& where, std::vector<ReviewItem>& out) {
    std::vector<Diagnostic> items = found.sorted();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return row_col(a.where.path) < row_col(b.where.path);
    });
    for (const Diagnostic& d : items)
        out.push_back({where, d.code, d.where.path + ": " + d.message + (d.hint.empty() ? "" : "（" + d.hint + "）")});
}

}  // namespace

std::optional<std::string> kpi_table_markdown(const json& table, const std::string& caption,
                                              const std::string& table_md, size_t first_review, MapState& st) {
    SheetGrid g = pandoc_table_grid(table);
    SheetHeader h = find_kpi_header(g);
    if (!h.first_row) return std::nullopt;
    const GridPlaces places = word_table_places(caption);
    Diagnostics found;
    settle_columns(h, g, places, found);
    if (!h.find("name") || (!h.find("baseline") && !h.find("target") && !h.find("target_year"))) return std::nullopt;
    if (h.first_row > 1) {  // rows above the header (a title across the table) would be lost
        st.review("kpi-table", "「" + caption + "」 looks like a KPI table with its header in row " +
                                   std::to_string(h.first_row) +
                                   ": kept as a table; delete the rows above the header in Word and import "
                                   "again to get its KPIs into kpi.csv");
        return std::nullopt;
    }
    st.numbering.goal = st.goal;
    KpiSheet ks = read_kpi_sheet(g, h, places, found, &st.numbering);
    DocxKpiTable t;
    t.where = st.place;
    if (ks.kpis.empty()) {
        add_review(found, t.where, st.plan.review);
        st.review("kpi-table", "KPI table 「" + caption + "」 has no row with an indicator: kept as a table");
        return std::nullopt;
    }
    t.caption = caption;
    t.token = std::string(1, '\x1e') + "kpi-table-" + std::to_string(st.kpi_tables.size() + 1) + '\x1e';
    t.table_markdown = table_md;
    // Merged header cells and header rows are what a KPI header is made of, and a made-up caption
    // goes to the page only with the table: reported only if the table stays a table.
    for (size_t i = first_review; i < st.plan.review.size(); ++i) {
        t.as_table.push_back(st.plan.review[i]);
        t.made_up_caption = t.made_up_caption || st.plan.review[i].kind == "placeholder";
    }
    st.plan.review.resize(first_review);
    t.review_at = st.plan.review.size();
    t.converted_at = st.plan.converted.size();
    t.kpis = std::move(ks.kpis);
    // A row that is one cell across the whole table (出典：…, ※ notes) is no KPI: its text stays on
    // the page below the kpi block, so nothing the document says is dropped. 基本目標 rows set goals.
    for (int r = h.last_row + 1; r <= g.max_row; ++r) {
        const MergeRange* m = g.merge_at(r, 1);
        const XCell* c = g.at(r, 1);
        if (c && m && m->c1 == 1 && m->c2 == g.max_col && m->r1 == r &&
            nfkc(c->text).find("基本目標") == std::string::npos)
            t.notes.push_back(c->text);
    }
    add_review(found, t.where, t.cells);
    st.kpi_tables.push_back(std::move(t));
    return st.kpi_tables.back().token;
}

namespace {

// Ids unique over the whole document: an id an earlier table has already (two tables that both number
// their KPIs 1, 2, 3) gets the table's number in front (t2-1), and the report says so.
void unique_ids(DocxKpiTable& t, int ordinal, const std::set<std::string>& used) {
    std::set<std::string> own;
    for (ImportedKpi& k : t.kpis) {
        CellText& id = k.fields["id"];
        if (!used.count(id.text)) continue;  // a clash inside one table is kpi.csv's error: it stays a table
        std::string fresh = "t" + std::to_string(ordinal) + "-" + id.text;
        while (used.count(fresh) || own.count(fresh)) fresh += "-2";
        t.cells.push_back({t.where, "kpi-id",
                           "「" + t.caption + "」: KPI id " + id.text + " is taken by another KPI of the document; " +
                               k.fields["name"].text + " is written as " + fresh});
        id.text = fresh;
        own.insert(fresh);
    }
}

std::string kpi_block(const DocxKpiTable& t) {
    // The document's caption stays as a paragraph above the block (the block has its own generic one).
    std::string md = t.made_up_caption ? "```kpi\n" : escape_block_start(markdown_escape(t.caption)) + "\n\n```kpi\n";
    for (const ImportedKpi& k : t.kpis) md += "id: " + k.fields.at("id").text + "\n";
    md += "```";
    for (const std::string& note : t.notes) md += "\n\n" + escape_block_start(markdown_escape(note));
    return md;
}

void replace_token(DocxPlan& plan, const std::string& token, const std::string& md) {
    std::vector<std::string*> texts{&plan.overview};
    for (DocxChapter& ch : plan.chapters) texts.push_back(&ch.markdown);
    for (std::string* s : texts)
        if (size_t p = s->find(token); p != std::string::npos) return void(s->replace(p, token.size(), md));
}

}  // namespace

void finish_kpi_tables(MapState& st) {
    DocxPlan& plan = st.plan;
    std::vector<Goal> goals;
    for (const DocxGoal& g : plan.goals) goals.push_back({g.number, "g" + std::to_string(g.number), g.title, {}});
    std::set<std::string> used;
    int ordinal = 0;
    for (DocxKpiTable& t : st.kpi_tables) {
        ++ordinal;
        unique_ids(t, ordinal, used);
        Diagnostics checked;
        const GridPlaces places = word_table_places(t.caption);
        KpiCsvText csv = kpi_csv_checked(t.kpis, &goals, "", places, "「" + t.caption + "」", checked);
        add_review(checked, t.where, t.cells);
        std::vector<ReviewItem>& items = t.cells;  // the table's report lines, placed at the end
        std::string& converted = t.converted;
        if (checked.has_errors()) {
            replace_token(plan, t.token, t.table_markdown);
            items.insert(items.end(), t.as_table.begin(), t.as_table.end());
            items.push_back({t.where, "kpi-table",
                             "KPI table 「" + t.caption +
                                 "」 kept as a table: its KPIs do not pass kpi.csv's rules (the items above); "
                                 "fix the table in Word and import again, or write kpi.csv by hand"});
            converted = t.where.describe() + ": KPI table 「" + t.caption + "」 kept as a table (see the checklist)";
            continue;
        }
        size_t goalless = 0;
        for (const ImportedKpi& k : t.kpis) {
            used.insert(k.fields.at("id").text);
            auto g = k.fields.find("goal");
            goalless += g == k.fields.end() || g->second.text.empty();
        }
        if (goalless)
            items.push_back({t.where, "kpi-goal",
                             "「" + t.caption + "」: " + std::to_string(goalless) +
                                 " KPI(s) have no goal (the table stands under no 基本目標 heading and has no "
                                 "基本目標 column); write the goal numbers in kpi.csv if they have one"});
        // One kpi.csv for the document: each table's rows after the first table's header.
        auto rows = [](const std::string& text) { return text.substr(text.find('\n') + 1); };
        plan.kpi_csv += plan.kpi_csv.empty() ? csv.kpi : rows(csv.kpi);
        if (csv.value_rows) plan.kpi_values_csv += plan.kpi_values_csv.empty() ? csv.values : rows(csv.values);
        replace_token(plan, t.token, kpi_block(t));
        converted = t.where.describe() + ": KPI table 「" + t.caption +
                    "」 → kpi.csv: " + std::to_string(t.kpis.size()) + " KPI(s) (" +
                    t.kpis.front().fields.at("id").text + " … " + t.kpis.back().fields.at("id").text + ")" +
                    (csv.value_rows ? ", kpi-values.csv: " + std::to_string(csv.value_rows) + " value(s)" : "") +
                    "; on the page a kpi block shows them in the table's place";
    }
    // Last table first, so that the places recorded for the earlier ones still hold.
    for (auto t = st.kpi_tables.rbegin(); t != st.kpi_tables.rend(); ++t) {
        plan.review.insert(plan.review.begin() + long(t->review_at), t->cells.begin(), t->cells.end());
        plan.converted.insert(plan.converted.begin() + long(t->converted_at), t->converted);
    }
}

}  // namespace planpub
