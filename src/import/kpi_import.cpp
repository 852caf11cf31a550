#include "import/kpi_import.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "import/kpi_csv_out.hpp"
#include "import/kpi_headers.hpp"
#include "import/kpi_sheet.hpp"
#include "import/xlsx_reader.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace fs = std::filesystem;

namespace {

bool write_new(const fs::path& p, const std::string& bytes, const std::string& display, Diagnostics& diags) {
    std::error_code ec;
    if (fs::exists(p, ec)) {
        diags.error({display, 0, 0}, "import.file-exists", "the file appeared while planpub was importing",
                    "planpub never overwrites a file: move it away and import again");
        return false;
    }
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    out.close();
    if (!out) {
        diags.error({display, 0, 0}, "output.write-failed", "cannot write the file",
                    "check that the plan folder is writable and the disk has room");
        return false;
    }
    return true;
}

std::string report_text(const ImportKpiOptions& opt, const SheetGrid& g, const SheetHeader& h, const KpiSheet& ks,
                        size_t values, const Diagnostics& diags) {
    std::ostringstream r;
    r << "## KPIシートの取り込み: " << opt.sheet_path << "（シート「" << g.name << "」）\n\n";
    r << "- 見出し: " << h.first_row << "～" << h.last_row << "行目。指標: " << ks.first_data_row << "～"
      << ks.last_data_row << "行目\n";
    r << "- 書いたもの: kpi.csv（" << ks.kpis.size() << " 指標）";
    if (values) r << "、kpi-values.csv（" << values << " 件の実績）";
    r << "\n- 列:\n";
    for (const SheetColumn& c : h.columns)
        r << "  - " << column_letters(c.col) << " 「" << c.header << "」 → "
          << (c.key.empty()       ? "取り込まない"
              : c.key == "actual" ? "kpi-values.csv"
                                  : c.key)
          << "\n";
    // In sheet order (row, then column): A10 after A9, as a person goes down the sheet.
    auto items = diags.sorted();
    auto cell_order = [](const Diagnostic& d) {
        const std::string& p = d.where.path;
        size_t bang = p.rfind('!');
        std::string ref = bang == std::string::npos ? "" : p.substr(bang + 1);
        size_t digits = ref.find_first_of("0123456789");
        int row = digits == std::string::npos || digits == 0 ? 0 : std::atoi(ref.c_str() + digits);
        return std::make_tuple(bang == std::string::npos ? p : p.substr(0, bang), row,
                               digits == std::string::npos ? ref.size() : digits, ref);
    };
    std::stable_sort(items.begin(), items.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return cell_order(a) < cell_order(b); });
    // A checklist, like the Word import's: `planpub check` counts the boxes not yet ticked.
    r << "\n### 確認が必要なもの（" << items.size() << " 件）\n\n";
    if (items.empty()) r << "なし（すべてのセルを読み取りました）。\n";
    for (const Diagnostic& d : items)
        r << "- [ ] `" << d.where.path << "` " << (d.severity == Severity::Error ? "error" : "warning") << "[" << d.code
          << "]: " << d.message << "  \n  " << d.hint << "\n";
    return r.str();
}

}  // namespace

ImportKpiResult run_import_kpi(const ImportKpiOptions& opt, Diagnostics& diags) {
    ImportKpiResult res;
    const std::string plan_display = join_path(join_path(opt.content_dir, "plans"), opt.plan);
    const fs::path plan_dir = fs::path(opt.content_dir) / "plans" / opt.plan;
    std::error_code ec;
    if (!fs::is_directory(plan_dir, ec) || !fs::is_regular_file(plan_dir / "index.md", ec)) {
        diags.error({plan_display, 0, 0}, "import.no-plan",
                    "there is no plan \"" + opt.plan + "\" (no " + join_path(plan_display, "index.md") + ")",
                    "import the Word plan first (planpub import word), or create the plan folder with its index.md");
        return res;
    }
    for (const char* name : {"kpi.csv", "kpi-values.csv"})
        if (fs::exists(plan_dir / name, ec))
            diags.error({join_path(plan_display, name), 0, 0}, "import.file-exists",
                        std::string("the plan already has ") + name + "; planpub never overwrites it",
                        "move the file away (or import into another plan) and import again");
    if (diags.has_errors()) return res;

    XlsxBook book;
    if (!book.open(opt.sheet_path, opt.sheet_path, diags)) return res;
    std::optional<SheetGrid> grid;
    SheetHeader header;
    std::vector<std::string> names;
    for (const SheetEntry& e : book.sheets()) {
        names.push_back(e.name);
        if (!opt.sheet_name.empty() ? e.name != opt.sheet_name : e.hidden) continue;
        auto g = book.read_sheet(e, diags);
        if (!g) return res;
        SheetHeader h = find_kpi_header(*g);
        if (h.first_row || !opt.sheet_name.empty()) {
            grid = std::move(g);
            header = h;
            break;
        }
    }
    std::string listed;
    for (const auto& n : names) listed += (listed.empty() ? "" : ", ") + n;
    if (!grid && !opt.sheet_name.empty()) {
        diags.error({opt.sheet_path, 0, 0}, "import.no-sheet", "the workbook has no sheet \"" + opt.sheet_name + "\"",
                    "its sheets are: " + listed);
        return res;
    }
    if (!grid || !header.first_row) {
        diags.error({grid ? book.place(grid->name, 1, 1) : opt.sheet_path, 0, 0}, "import.no-kpi-table",
                    grid ? "the sheet has no KPI table" : "no visible sheet has a KPI table",
                    "a KPI table has a header row with an indicator column (指標, 指標名 or KPI) in its first 30 "
                    "rows; sheets: " +
                        listed);
        return res;
    }
    Diagnostics found;
    // Another sheet with a KPI table is named, not silently passed over.
    bool after = false;
    for (const SheetEntry& e : book.sheets()) {
        if (e.name == grid->name) after = true;
        if (!after || e.name == grid->name || e.hidden || !opt.sheet_name.empty()) continue;
        auto g = book.read_sheet(e, diags);
        if (!g) return res;
        if (SheetHeader h = find_kpi_header(*g); h.first_row)
            found.warning({book.place(e.name, h.first_row, 1), 0, 0}, "import.other-sheet",
                          "sheet " + e.name + " has a KPI table too; only sheet " + grid->name + " is imported",
                          "one import reads one sheet: copy the KPI rows into one sheet, or import the other sheet "
                          "into its own plan with --sheet \"" +
                              e.name + "\"");
    }
    const GridPlaces places = book.places(grid->name);
    settle_columns(header, *grid, places, found);
    if (!header.find("name")) {  // the indicator column is hidden: no KPI can be read
        diags.merge(found);
        diags.error({book.place(grid->name, header.first_row, 1), 0, 0}, "import.no-kpi-table",
                    "the sheet's indicator column is not imported (it is hidden), so no KPI can be read",
                    "unhide the indicator column (指標) in Excel and import again");
        return res;
    }
    KpiSheet ks = read_kpi_sheet(*grid, header, places, found);

    // The build's own reader checks what would be written, with the plan's goals.
    std::ifstream index_in(plan_dir / "index.md", std::ios::binary);
    std::stringstream index_text;
    index_text << index_in.rdbuf();
    auto goals = plan_goals(index_text.str(), join_path(plan_display, "index.md"));
    KpiCsvText csv = kpi_csv_checked(ks.kpis, goals ? &*goals : nullptr, plan_display, places, opt.sheet_path, found);
    res.values = csv.value_rows;
    diags.merge(found);
    if (diags.has_errors()) return res;

    res.kpis = ks.kpis.size();
    std::string report = report_text(opt, *grid, header, ks, res.values, found);
    const std::string kpi_display = join_path(plan_display, "kpi.csv"),
                      values_display = join_path(plan_display, "kpi-values.csv");
    if (!write_new(plan_dir / "kpi.csv", csv.kpi, kpi_display, diags)) return res;
    res.kpi_csv = kpi_display;
    if (res.values) {
        if (!write_new(plan_dir / "kpi-values.csv", csv.values, values_display, diags)) return res;
        res.kpi_values_csv = values_display;
    }
    // The report sits beside kpi.csv; a report already there (from planpub import word) gets this
    // import's section appended. The build does not publish it (load/content_tree skips it).
    fs::path report_path = plan_dir / "import-report.md";
    bool fresh = !fs::exists(report_path, ec);
    std::ofstream out(report_path, std::ios::binary | std::ios::app);
    out << (fresh ? "# Import report: " + opt.plan + "\n\n" : "\n") << report;
    res.report = join_path(plan_display, "import-report.md");
    res.ok = true;
    return res;
}

}  // namespace planpub
