#include "import/xlsx_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "import/xml_part.hpp"

namespace planpub {

namespace {

// B12 → (12, 2); false for anything else, or outside Excel's grid (1,048,576 × 16,384).
bool parse_ref(const std::string& ref, int& row, int& col) {
    size_t i = 0;
    long c = 0, r = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) c = c * 26 + (ref[i++] - 'A' + 1);
    size_t digits = i;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits < 7) r = r * 10 + (ref[i++] - '0');
    if (digits == 0 || i == digits || i != ref.size() || c > 16384 || r < 1 || r > 1048576) return false;
    row = static_cast<int>(r);
    col = static_cast<int>(c);
    return true;
}

// Text of a shared or inline string: its <t>, or its runs' <t> joined; phonetic runs (<rPh>, the
// furigana Excel stores beside Japanese text) are not part of the text.
std::string string_item(const pugi::xml_node& si) {
    std::string s;
    for (pugi::xml_node c : si.children()) {
        if (c.type() != pugi::node_element) continue;
        if (std::strcmp(local_name(c), "t") == 0) s += c.text().get();
        if (std::strcmp(local_name(c), "r") == 0) s += child_named(c, "t").text().get();
    }
    return decode_ooxml_escapes(s);
}

std::string resolve_target(const std::string& base_dir, const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    std::string path = base_dir + target;
    // xl/../xl/worksheets: fold the dots, as a package part name has none
    std::string out;
    size_t start = 0;
    std::vector<std::string> parts;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string p = path.substr(start, end - start);
        if (p == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!p.empty() && p != ".") {
            parts.push_back(p);
        }
        start = end + 1;
    }
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    return out;
}

bool is_true(const pugi::xml_attribute& a) {
    std::string v = a.value();
    return v == "1" || v == "true";
}

}  // namespace

std::string XlsxBook::place(const std::string& sheet, int row, int col) const {
    return display_ + ":" + sheet + "!" + a1(row, col);
}

GridPlaces XlsxBook::places(const std::string& sheet) const {
    return {[this, sheet](int row, int col) { return place(sheet, row, col); }, column_letters};
}

bool XlsxBook::open(const std::string& path, const std::string& display, Diagnostics& diags) {
    display_ = display;
    if (!zip_.open(path, display, diags)) return false;
    std::string workbook = "xl/workbook.xml";
    if (auto rels = zip_.read("_rels/.rels", diags, false)) {
        pugi::xml_document doc;
        if (!parse_xml_part(*rels, "_rels/.rels", display, doc, diags)) return false;
        for (pugi::xml_node r : child_named(doc, "Relationships").children()) {
            std::string type = attr_named(r, "Type").value();
            if (type.size() >= 15 && type.compare(type.size() - 15, 15, "/officeDocument") == 0)
                workbook = resolve_target("", attr_named(r, "Target").value());
        }
    }
    if (!zip_.has(workbook)) {
        bool word = zip_.has("word/document.xml");
        diags.error({display, 0, 0}, "import.not-xlsx",
                    std::string("this is not an Excel workbook (.xlsx): it has no ") + workbook +
                        (word ? " (it is a Word document)" : ""),
                    word ? "a Word plan is imported with planpub import word PLAN.docx --plan ID"
                         : "save the sheet from Excel as Excel Workbook (.xlsx)");
        return false;
    }
    std::string dir = workbook.substr(0, workbook.rfind('/') + 1);
    std::string rels_name = dir + "_rels/" + workbook.substr(dir.size()) + ".rels";
    auto wb_bytes = zip_.read(workbook, diags);
    auto rels_bytes = zip_.read(rels_name, diags);
    if (!wb_bytes || !rels_bytes) return false;
    pugi::xml_document wb, rels;
    if (!parse_xml_part(*wb_bytes, workbook, display, wb, diags) ||
        !parse_xml_part(*rels_bytes, rels_name, display, rels, diags))
        return false;
    std::map<std::string, std::string> targets;
    std::string shared_part, styles_part;
    for (pugi::xml_node r : child_named(rels, "Relationships").children()) {
        std::string type = attr_named(r, "Type").value();
        std::string target = resolve_target(dir, attr_named(r, "Target").value());
        targets[attr_named(r, "Id").value()] = target;
        auto ends = [&](const char* s) {
            size_t n = std::strlen(s);
            return type.size() >= n && type.compare(type.size() - n, n, s) == 0;
        };
        if (ends("/sharedStrings")) shared_part = target;
        if (ends("/styles")) styles_part = target;
    }
    pugi::xml_node root = child_named(wb, "workbook");
    date1904_ = is_true(attr_named(child_named(root, "workbookPr"), "date1904"));
    for (pugi::xml_node s : child_named(root, "sheets").children()) {
        if (s.type() != pugi::node_element) continue;
        SheetEntry e;
        e.name = attr_named(s, "name").value();
        std::string state = attr_named(s, "state").value();
        e.hidden = state == "hidden" || state == "veryHidden";
        auto t = targets.find(attr_named(s, "id", true).value());
        if (t == targets.end()) continue;  // a chart sheet or a broken link: no cells to read
        e.part = t->second;
        sheets_.push_back(e);
    }
    if (!shared_part.empty()) {
        auto bytes = zip_.read(shared_part, diags);
        pugi::xml_document doc;
        if (!bytes || !parse_xml_part(*bytes, shared_part, display, doc, diags)) return false;
        for (pugi::xml_node si : child_named(doc, "sst").children())
            if (si.type() == pugi::node_element && std::strcmp(local_name(si), "si") == 0)
                shared_.push_back(string_item(si));
    }
    if (!styles_part.empty()) {
        auto bytes = zip_.read(styles_part, diags);
        pugi::xml_document doc;
        if (!bytes || !parse_xml_part(*bytes, styles_part, display, doc, diags)) return false;
        pugi::xml_node ss = child_named(doc, "styleSheet");
        std::map<int, std::string> custom;
        for (pugi::xml_node f : child_named(ss, "numFmts").children())
            if (f.type() == pugi::node_element)
                custom[attr_named(f, "numFmtId").as_int()] = attr_named(f, "formatCode").value();
        for (pugi::xml_node xf : child_named(ss, "cellXfs").children()) {
            if (xf.type() != pugi::node_element) continue;
            int id = attr_named(xf, "numFmtId").as_int();
            auto c = custom.find(id);
            style_formats_.push_back(c != custom.end() ? c->second : builtin_number_format(id));
        }
    }
    return true;
}

std::optional<SheetGrid> XlsxBook::read_sheet(const SheetEntry& entry, Diagnostics& diags) {
    auto bytes = zip_.read(entry.part, diags);
    pugi::xml_document doc;
    if (!bytes || !parse_xml_part(*bytes, entry.part, display_, doc, diags)) return std::nullopt;
    SheetGrid g;
    g.name = entry.name;
    pugi::xml_node ws = child_named(doc, "worksheet");
    for (pugi::xml_node c : child_named(ws, "cols").children())
        if (c.type() == pugi::node_element && is_true(attr_named(c, "hidden")))
            for (int k = std::max(1, attr_named(c, "min").as_int());
                 k <= std::min(16384, attr_named(c, "max").as_int()); ++k)
                g.hidden_cols.insert(k);
    int row_no = 0;
    size_t count = 0;
    for (pugi::xml_node row : child_named(ws, "sheetData").children()) {
        if (row.type() != pugi::node_element || std::strcmp(local_name(row), "row") != 0) continue;
        int r = attr_named(row, "r").as_int();
        row_no = r >= 1 && r <= 1048576 ? r : row_no + 1;
        if (is_true(attr_named(row, "hidden"))) g.hidden_rows.insert(row_no);
        int col_no = 0;
        for (pugi::xml_node c : row.children()) {
            if (c.type() != pugi::node_element || std::strcmp(local_name(c), "c") != 0) continue;
            int rr = row_no, cc = col_no + 1;
            if (pugi::xml_attribute ref = attr_named(c, "r"); ref && !parse_ref(ref.value(), rr, cc)) {
                diags.warning({display_ + ":" + entry.name, 0, 0}, "import.cell-unreadable",
                              std::string("a cell has the reference \"") + ref.value() + "\", which is no A1 reference",
                              "open the file in Excel and save it again");
                continue;
            }
            col_no = cc;
            pugi::xml_node v = child_named(c, "v");
            std::string type = attr_named(c, "t").value();
            XCell x;
            if (type == "inlineStr") {
                x.text = string_item(child_named(c, "is"));
            } else if (!v) {
                if (!child_named(c, "f")) continue;  // an empty, styled cell
                x.kind = XCell::Kind::NoValue;
            } else if (type == "s") {
                size_t i = static_cast<size_t>(v.text().as_ullong(~0ull));
                if (i >= shared_.size()) {
                    x.kind = XCell::Kind::NoValue;
                } else {
                    x.text = shared_[i];
                }
            } else if (type == "str") {
                x.text = decode_ooxml_escapes(v.text().get());
            } else if (type == "b") {
                x.kind = XCell::Kind::Bool;
                x.text = std::strcmp(v.text().get(), "1") == 0 ? "TRUE" : "FALSE";
            } else if (type == "e") {
                x.kind = XCell::Kind::Error;
                x.text = v.text().get();
            } else if (type == "d") {  // an ISO 8601 date, as some writers store dates
                std::string t = v.text().get();
                x.kind = XCell::Kind::Date;
                x.date = {std::atoi(t.c_str()), t.size() >= 7 ? std::atoi(t.c_str() + 5) : 1,
                          t.size() >= 10 ? std::atoi(t.c_str() + 8) : 1};
                x.text = t.substr(0, 10);
            } else {
                char* end = nullptr;
                const char* s = v.text().get();
                x.number = std::strtod(s, &end);
                if (end == s || *end != '\0') {
                    x.kind = XCell::Kind::NoValue;
                } else {
                    size_t style = attr_named(c, "s").as_uint();
                    std::string code = style < style_formats_.size() ? style_formats_[style] : "";
                    NumberDisplay d = format_number(x.number, code, date1904_);
                    x.kind = d.is_date ? XCell::Kind::Date : XCell::Kind::Number;
                    x.text = d.text;
                    x.date = d.date;
                    x.says_fiscal = d.says_fiscal;
                }
            }
            if (x.kind == XCell::Kind::Text && x.text.empty()) continue;
            if (++count > XlsxLimits::max_cells) {
                diags.error({display_ + ":" + entry.name, 0, 0}, "import.too-large",
                            "the sheet has more than " + std::to_string(XlsxLimits::max_cells) + " cells",
                            "a KPI sheet is small: copy the KPI table alone into a new workbook and import that");
                return std::nullopt;
            }
            g.max_row = std::max(g.max_row, rr);
            g.max_col = std::max(g.max_col, cc);
            g.cells[{rr, cc}] = std::move(x);
        }
    }
    uint64_t covered = 0;
    for (pugi::xml_node m : child_named(ws, "mergeCells").children()) {
        if (m.type() != pugi::node_element) continue;
        std::string ref = attr_named(m, "ref").value();
        size_t colon = ref.find(':');
        MergeRange mr;
        if (colon == std::string::npos || !parse_ref(ref.substr(0, colon), mr.r1, mr.c1) ||
            !parse_ref(ref.substr(colon + 1), mr.r2, mr.c2) || mr.r2 < mr.r1 || mr.c2 < mr.c1)
            continue;
        // Every covered cell is indexed, so that a lookup costs the same however many ranges
        // there are; ranges covering more cells than a KPI sheet has are refused, not indexed.
        covered += static_cast<uint64_t>(mr.r2 - mr.r1 + 1) * static_cast<uint64_t>(mr.c2 - mr.c1 + 1);
        if (g.merges.size() >= XlsxLimits::max_merges || covered > XlsxLimits::max_merged_cells) {
            diags.error({display_ + ":" + entry.name, 0, 0}, "import.too-large",
                        "the sheet's merged ranges are more than " + std::to_string(XlsxLimits::max_merges) +
                            " or cover more than " + std::to_string(XlsxLimits::max_merged_cells) + " cells",
                        "a KPI sheet is small: copy the KPI table alone into a new workbook and import that");
            return std::nullopt;
        }
        g.add_merge(mr);
    }
    return g;
}

}  // namespace planpub
