#include "parse/csv_table.hpp"

#include <csv.h>
#include <iconv.h>

#include <algorithm>

#include "model/site.hpp"
#include "text/utf8.hpp"
#include "text/utf8_source.hpp"

namespace planpub {

static bool from_cp932(const std::string& in, std::string& out, size_t& bad_offset) {
    iconv_t cd = iconv_open("UTF-8", "CP932");
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    out.assign(in.size() * 3 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    size_t src_left = in.size(), dst_left = out.size();
    char* dst = out.data();
    size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    iconv_close(cd);
    if (r == static_cast<size_t>(-1)) {
        bad_offset = in.size() - src_left;
        return false;
    }
    out.resize(out.size() - dst_left);
    return true;
}

bool decode_csv_text(std::string& bytes, const std::string& path, const std::string& encoding, Diagnostics& diags) {
    bool declared_sjis = encoding == "shift_jis" || encoding == "cp932";
    if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);  // a BOM says UTF-8 whatever is declared
    else if (declared_sjis || (encoding.empty() && find_invalid_utf8(bytes) != npos)) {
        std::string out;
        size_t bad = 0;
        if (from_cp932(bytes, out, bad)) {
            bytes.swap(out);
        } else if (declared_sjis || find_invalid_utf8(bytes) != npos) {
            // Undeclared: point at the byte where the likelier encoding failed, the one that read further.
            if (!declared_sjis) bad = std::max(bad, find_invalid_utf8(bytes));
            LineCol lc = line_col_at(bytes, bad);
            diags.error({path, lc.line, lc.column}, "encoding.invalid",
                        "neither UTF-8 nor Shift_JIS (byte " + std::to_string(bad) + ")",
                        "in Excel choose 「CSV UTF-8（コンマ区切り）」 when saving");
            return false;
        }
    }
    return accept_utf8(bytes, path, "save the file as UTF-8, or declare encoding: shift_jis in site.yaml", diags);
}

namespace {

// Positions are tracked as the bytes go by (not searched for per field), so that reading stays
// linear in the size of the file.
struct Collector {
    CsvTable* table;
    LineCol here;         // the byte being fed
    LineCol after;        // the byte after it: where a field starting next begins
    LineCol field_start;  // where the current field began
    int record_line = 1;
    bool in_record = false;
    size_t cells = 0;
    bool too_wide = false;
    std::vector<CsvField> fields;
};

void on_field(void* data, size_t len, void* ctx) {
    auto* c = static_cast<Collector*>(ctx);
    if (!c->in_record) {
        c->in_record = true;
        c->record_line = c->field_start.line;
    }
    if (c->fields.size() < Limits::max_csv_columns) {
        c->fields.push_back({std::string(static_cast<const char*>(data), len), c->field_start.line, c->field_start.column});
        ++c->cells;
    } else {
        c->too_wide = true;
    }
    c->field_start = c->after;
}

void on_record(int, void* ctx) {
    auto* c = static_cast<Collector*>(ctx);
    if (!c->fields.empty()) c->table->records.push_back({c->record_line, std::move(c->fields)});
    c->fields.clear();
    c->in_record = false;
    c->field_start = c->after;
}

// Reports the first limit the file exceeds (docs/limits.md): rows, fields per row, fields in all.
bool within_limits(const Collector& c, const LineCol& at, const std::string& path, Diagnostics& diags) {
    if (c.too_wide) {
        diags.error({path, at.line, at.column}, "limit.csv-columns",
                    "a row with more than " + std::to_string(Limits::max_csv_columns) + " fields exceeds the limit",
                    "check the delimiters: planpub reads comma-separated files with one KPI or value per row");
        return false;
    }
    if (c.table->records.size() > Limits::max_csv_rows || c.cells > Limits::max_csv_cells) {
        diags.error({path, at.line, at.column}, "limit.csv-rows",
                    "more than " + std::to_string(Limits::max_csv_rows) + " rows or " + std::to_string(Limits::max_csv_cells) +
                        " fields in one file exceed the limit",
                    "split the data over several plans, or publish it as an attachment under files/");
        return false;
    }
    return true;
}

}  // namespace

bool parse_csv(const std::string& text, const std::string& path, CsvTable& out, Diagnostics& diags) {
    csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) return false;
    Collector c;
    c.table = &out;
    auto fail = [&](const LineCol& at, const char* code, const std::string& message, const std::string& hint) {
        diags.error({path, at.line, at.column}, code, message, hint);
        csv_free(&p);
        return false;
    };
    auto stop = [&] {  // the limit was reported
        csv_free(&p);
        return false;
    };
    LineCounter lines(text);
    // One byte at a time, so that each field's start position is known exactly.
    for (size_t offset = 0; offset < text.size(); ++offset) {
        unsigned char byte = static_cast<unsigned char>(text[offset]);
        c.after = lines.at(offset + 1);
        if (csv_parse(&p, text.data() + offset, 1, on_field, on_record, &c) != 1)
            return fail(c.here, "csv.syntax", "CSV syntax error: a quote is not where RFC 4180 allows it",
                        "enclose fields holding quotes in \"…\" and double the quotes inside (\"\")");
        // Fields end at a delimiter; whitespace-only leading bytes of a record do not start a field.
        if (!c.in_record && c.fields.empty() && (byte == '\n' || byte == '\r')) c.field_start = c.after;
        if (!within_limits(c, c.here, path, diags)) return stop();
        c.here = c.after;
    }
    if (csv_fini(&p, on_field, on_record, &c) != 0)
        return fail(c.field_start, "csv.syntax", "CSV syntax error: a quoted field is never closed",
                    "add the closing \" of the field");
    if (!within_limits(c, c.here, path, diags)) return stop();
    csv_free(&p);
    return true;
}

}  // namespace planpub
