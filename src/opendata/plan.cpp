#include "opendata/plan.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "opendata/csv_writer.hpp"
#include "opendata/dates.hpp"
#include "opendata/evaluation_sheet.hpp"
#include "opendata/evaluation_table.hpp"
#include "text/era_year.hpp"
#include "vocab/words.hpp"
#include "vocab/figures.hpp"
#include "vocab/routes.hpp"

namespace planpub {
namespace {

const std::vector<ColumnSpec> kLead = {
    {"code", "全国地方公共団体コード", "string", "計画を策定した地方公共団体の6桁のコード（検査数字を含む）"},
    {"id", "ID", "string", "この行を一意に示す識別子"},
    {"municipality", "地方公共団体名", "string", "都道府県名と市区町村名"},
};

}  // namespace

std::vector<ColumnSpec> with_lead(std::vector<ColumnSpec> rest) {
    std::vector<ColumnSpec> v = kLead;
    v.insert(v.end(), rest.begin(), rest.end());
    return v;
}

DataFile data_file(std::string id, std::string path, std::string title, std::string description, FileFormat format) {
    DataFile f;
    f.id = std::move(id);
    f.path = std::move(path);
    f.title = std::move(title);
    f.description = std::move(description);
    f.format = format;
    return f;
}

DataFile csv_file(std::string id, std::string path, std::string title, std::string description, Columns columns) {
    DataFile f = data_file(std::move(id), std::move(path), std::move(title), std::move(description), FileFormat::Csv);
    f.columns = std::move(columns);
    return f;
}

std::vector<std::string> titles(const Columns& cols) {
    std::vector<std::string> t;
    for (const auto& c : cols) t.push_back(c.title);
    return t;
}

std::vector<std::string> datatypes(const Columns& cols) {
    std::vector<std::string> t;
    for (const auto& c : cols) t.push_back(c.datatype);
    return t;
}

namespace {

// A bare number for 値: no separators, no unit; empty (not 0) when there is none.
std::string bare(const KpiFigure& f) {
    if (!f.number) return {};
    std::string s = format_number(*f.number, f.decimals);
    s.erase(std::remove(s.begin(), s.end(), ','), s.end());
    return s;
}

// A year as the CSVs write it: 西暦 number, 年区分 (年度 or 年) and 和暦; all empty without a year.
std::string year_number(const std::optional<Year>& y) { return y ? std::to_string(y->year) : ""; }
std::string year_kind_label(const std::optional<Year>& y) {
    return y ? (y->kind == Year::Kind::Fiscal ? "年度" : "年") : "";
}
std::string year_wareki(const std::optional<Year>& y) { return y ? wareki(*y) : ""; }
// Points in time and periods (docs/opendata.md): 月, 時点 (末), 期間_開始年度, 期間_集計.
std::string year_month(const std::optional<Year>& y) { return y && y->month ? std::to_string(y->month) : ""; }
std::string year_point(const std::optional<Year>& y) { return y && y->end ? "末" : ""; }
std::string year_from(const std::optional<Year>& y) { return y && y->from ? std::to_string(y->from) : ""; }
std::string year_sum(const std::optional<Year>& y) {
    if (!y || y->sum == Year::Sum::None) return "";
    return y->sum == Year::Sum::Total ? "累計" : "平均";
}

std::string note_for(const KpiFigure& f) {
    if (f.arrow) return display_figure(f, "");
    if (f.maintain) return "基準値を維持";
    if (!f.number) return f.source;
    // 2,205千人 published as 2205000, 40件（2023～2027年累計） as 40: the original says what the figure is.
    return f.wording.empty() && !f.rescaled && f.after.empty() ? "" : "原文：" + f.source;
}

// Each table's columns, made once and shared by every plan's file of that table (Columns).
const Columns& kpi_columns() {
    static const Columns columns = with_lead(
        {{"plan_id", "計画ID", "string", "計画の識別子"},
         {"plan_title", "計画名", "string", "計画の名称"},
         {"goal", "基本目標", "integer", "指標が属する基本目標の番号（共通の指標は空欄）"},
         {"kpi_id", "KPI_ID", "string", "計画内で指標を一意に示す識別子"},
         {"kpi_name", "指標名", "string", "指標の名称"},
         {"value_kind", "値区分", "string", "基準値・目標値・実績値の別"},
         {"year", "年度", "integer", "西暦の年（年度の場合は4月に始まる年）"},
         {"year_kind", "年区分", "string", "年度（4月〜翌3月）か年（1月〜12月）か"},
         {"year_wareki", "年度_和暦", "string", "和暦で書いた年度または年（書かれた月・末・期間を含む）"},
         {"month", "月", "integer", "月まで書かれた値の月（1〜12、年度の列の年の暦の月）。書かれていなければ空欄"},
         {"point", "時点", "string", "「末」のとき、その月（月があるとき）・年度・年の末日時点の値"},
         {"period_from", "期間_開始年度", "integer",
          "期間の値（累計・平均など）のとき、期間の最初の年（西暦。年度の列は最後の年）"},
         {"period_sum", "期間_集計", "string", "期間の値が累計か平均か（書かれていなければ空欄）"},
         {"target_kind", "目標種別", "string", "水準・累計・平均・維持・方向・定性の別"},
         {"value", "値", "decimal", "数値（単位や記号を含まない）。数値が無いときは空欄で、理由は備考に記載"},
         {"unit", "単位", "string", "値の単位"},
         {"note", "備考", "string", "数値にできない目標や原文の表記など"}});
    return columns;
}

const Columns& kpi_definition_columns() {
    static const Columns columns = with_lead(
        {{"plan_id", "計画ID", "string", "計画の識別子"},
         {"goal", "基本目標", "integer", "指標が属する基本目標の番号"},
         {"measure", "施策", "string", "指標が属する施策・事業"},
         {"kpi_id", "KPI_ID", "string", "計画内で指標を一意に示す識別子"},
         {"kpi_name", "指標名", "string", "指標の名称"},
         {"description", "説明", "string", "何を測り、なぜ測るか"},
         {"unit", "単位", "string", "値の単位"},
         {"direction", "方向性", "string", "増加・減少・維持のどれを目指すか"},
         {"baseline_year", "基準年度", "integer", "基準値の年（西暦。年度の場合は4月に始まる年）"},
         {"baseline_year_kind", "基準年度_年区分", "string", "基準年度が年度（4月〜翌3月）か年（1月〜12月）か"},
         {"baseline_year_wareki", "基準年度_和暦", "string",
          "和暦で書いた基準値の年度または年（書かれた月・末・期間を含む）"},
         {"target_year", "目標年度", "integer", "目標値の年（西暦。年度の場合は4月に始まる年）"},
         {"target_year_kind", "目標年度_年区分", "string", "目標年度が年度（4月〜翌3月）か年（1月〜12月）か"},
         {"target_year_wareki", "目標年度_和暦", "string",
          "和暦で書いた目標値の年度または年（書かれた月・末・期間を含む）"},
         {"target_kind", "目標種別", "string", "水準・累計・平均・維持・方向・定性の別"},
         {"source", "出典", "string", "数値の出典"}});
    return columns;
}

const Columns& structure_columns() {
    static const Columns columns =
        with_lead({{"plan_id", "計画ID", "string", "計画の識別子"},
                   {"level", "階層", "string", "計画・基本目標・柱・施策・KPIの別"},
                   {"item_id", "要素ID", "string",
                    "計画内で要素を一意に示す識別子（plan, g1, g1-p2, g1-p2-m3, KPIは kpi-KPI_ID）"},
                   {"parent_id", "上位要素ID", "string", "一つ上の要素の識別子"},
                   {"number", "番号", "integer", "基本目標の番号"},
                   {"title", "名称", "string", "要素の名称"}});
    return columns;
}

}  // namespace

std::string plan_file_prefix(const Plan& plan) {
    const std::string& code = plan.publisher.local_government_code;
    return routes::plan_data_prefix(code, plan.id);
}

std::vector<DataFile> plan_tables(const Plan& plan) {
    const std::string code = plan.publisher.local_government_code;
    const std::string muni = plan.publisher.prefecture + plan.publisher.name;
    const std::string dir = plan_file_prefix(plan);
    const std::string id = code + "-" + plan.id + "-";
    std::vector<DataFile> out;

    DataFile kpi =
        csv_file(id + "kpi", dir + "kpi.csv", plan.title + " 重要業績評価指標（KPI）の値",
                 "KPIごと・年度ごとの基準値・目標値・実績値を1行ずつ並べた表（縦持ち）です。", kpi_columns());
    CsvWriter kw(titles(kpi.columns), datatypes(kpi.columns));
    for (const Kpi& k : plan.kpis) {
        auto add = [&](const std::string& kind_ja, const std::string& kind_en, const std::optional<Year>& y,
                       const KpiFigure& f, const std::string& extra_note) {
            if (f.empty() && extra_note.empty()) return;
            std::string year = year_number(y);
            std::string note = note_for(f);
            if (!extra_note.empty()) note += (note.empty() ? "" : "／") + extra_note;
            kw.row({code,
                    plan.id + "-" + k.id + "-" + (year.empty() ? "na" : year) + "-" + kind_en,
                    muni,
                    plan.id,
                    plan.title,
                    k.goal ? std::to_string(k.goal) : "",
                    k.id,
                    k.name,
                    kind_ja,
                    year,
                    year_kind_label(y),
                    year_wareki(y),
                    year_month(y),
                    year_point(y),
                    year_from(y),
                    year_sum(y),
                    target_kind_label(k.target_kind),
                    bare(f),
                    k.unit,
                    note});
        };
        add("基準値", "baseline", k.baseline_year, k.baseline, "");
        for (const Observation& o : k.observations)
            add("実績値", "actual", o.year, o.value, o.value.empty() ? (o.note.empty() ? "未測定" : o.note) : o.note);
        add("目標値", "target", k.target_year, k.target, "");
    }
    kpi.bytes = kw.bytes();
    out.push_back(std::move(kpi));

    DataFile defs =
        csv_file(id + "kpi-definitions", dir + "kpi_definitions.csv", plan.title + " 重要業績評価指標（KPI）の定義",
                 "KPIごとの名称・説明・単位・目指す方向・基準年度と目標年度です。", kpi_definition_columns());
    CsvWriter dw(titles(defs.columns), datatypes(defs.columns));
    for (const Kpi& k : plan.kpis)
        dw.row({code, plan.id + "-" + k.id, muni, plan.id, k.goal ? std::to_string(k.goal) : "", k.measure, k.id,
                k.name, k.description, k.unit, direction_label(k.direction), year_number(k.baseline_year),
                year_kind_label(k.baseline_year), year_wareki(k.baseline_year), year_number(k.target_year),
                year_kind_label(k.target_year), year_wareki(k.target_year), target_kind_label(k.target_kind),
                k.source});
    defs.bytes = dw.bytes();
    out.push_back(std::move(defs));

    DataFile st =
        csv_file(id + "structure", dir + "structure.csv", plan.title + " 計画の体系",
                 "計画・基本目標・柱・施策・KPIの階層を、上位要素IDでたどれる形にした表です。", structure_columns());
    CsvWriter sw(titles(st.columns), datatypes(st.columns));
    auto srow = [&](const std::string& level, const std::string& id, const std::string& parent, const std::string& num,
                    const std::string& title) {
        sw.row({code, plan.id + "-" + id, muni, plan.id, level, id, parent, num, title});
    };
    srow("計画", "plan", "", "", plan.title);
    for (const Goal& g : plan.goals) {
        srow("基本目標", g.id, "plan", std::to_string(g.number), g.title);
        for (const Pillar& p : g.pillars) {
            srow("柱", p.id, g.id, "", p.title);
            for (const Measure& m : p.measures) srow("施策", m.id, p.id, "", m.title);
        }
    }
    // KPI rows are namespaced (kpi-<id>): a KPI id may be any legal id, even g1 or plan or g1-p1-m1.
    for (const Kpi& k : plan.kpis)
        srow("KPI", "kpi-" + k.id, k.goal ? "g" + std::to_string(k.goal) : "plan", "", k.name);
    st.bytes = sw.bytes();
    out.push_back(std::move(st));
    return out;
}

std::string csvw_metadata(const DataFile& t, const SiteConfig& site, const std::string& publisher) {
    using nlohmann::ordered_json;
    ordered_json cols = ordered_json::array();
    for (const ColumnSpec& c : t.columns)
        cols.push_back(
            {{"name", c.name}, {"titles", c.title}, {"datatype", c.datatype}, {"dc:description", c.description}});
    std::string file = t.path.substr(t.path.find_last_of('/') + 1);
    ordered_json j = {
        {"@context", ordered_json::array({"http://www.w3.org/ns/csvw", {{"@language", "ja"}}})},
        {"url", file},
        {"dc:title", t.title},
        {"dc:publisher", publisher},
        {"dc:license", {{"@id", license_uri(site.license)}}},
        {"dialect",
         {{"encoding", "utf-8"},
          {"header", true},
          {"lineTerminators", {"\r\n"}},
          {"doubleQuote", true},
          {"skipInitialSpace", false}}},
        {"dc:description", "UTF-8（BOM付き）、改行CRLF、RFC 4180 形式のCSV"},
        {"tableSchema", {{"columns", cols}, {"primaryKey", "id"}}},
    };
    return j.dump(2) + "\n";
}

}  // namespace planpub

namespace planpub {

DataSet plan_dataset(const Plan& plan, std::vector<SheetProblem>& problems) {
    const std::string muni = plan.publisher.prefecture + plan.publisher.name;
    DataSet ds;
    ds.id = plan.publisher.local_government_code + "-" + plan.id;
    ds.plan_id = plan.id;
    ds.title = plan.title;
    ds.description =
        !plan.description.empty()
            ? plan.description
            : muni + "の「" + plan.title + "」（" + display_period(plan.period) +
                  "）のオープンデータです。基本目標・施策の体系、重要業績評価指標（KPI）の定義と基準値・目標値・実績値、"
                  "計画の全体をまとめたJSONを含みます。";
    ds.keywords = {muni, plan.short_title, "KPI", "重要業績評価指標"};
    for (const std::string& k : plan.keywords)
        if (std::find(ds.keywords.begin(), ds.keywords.end(), k) == ds.keywords.end()) ds.keywords.push_back(k);
    ds.standards = "RFC 4180; W3C CSVW; JSON Schema 2020-12";
    ContentDates dates = plan_content_dates(plan);
    ds.issued = dates.issued;
    ds.modified = dates.modified;
    ds.period = plan.period;
    ds.version = plan.version;
    ds.landing_page = routes::plan(plan.id);
    ds.publisher = plan.publisher;
    ds.files = plan_tables(plan);
    if (auto ev = evaluation_table(plan)) ds.files.push_back(std::move(*ev));
    for (DataFile& sheet : evaluation_sheets(plan, problems)) ds.files.push_back(std::move(sheet));
    DataFile json =
        data_file(ds.id + "-plan", plan_file_prefix(plan) + "plan.json", plan.title + " 計画の全体（JSON）",
                  "計画のメタデータ、基本目標と施策、ページ、KPIと実績値、本文で使っている用語をまとめたJSONです。",
                  FileFormat::Json);
    json.written_after_pages = true;
    json.schema_path = routes::opendata_schema("plan.schema.json");
    ds.files.push_back(std::move(json));
    return ds;
}

}  // namespace planpub
