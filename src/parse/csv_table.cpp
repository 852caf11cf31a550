#include "parse/csv_table.hpp"

#include <csv.h>
#include <iconv.h>

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

struct Collector {
    const std::string* text;
    CsvTable* table;
    size_t offset = 0;        // byte being fed
    size_t field_start = 0;   // where the current field began
    int line = 1, line_start_offset = 0;
    int record_line = 1;
    bool in_record = false;
    std::vector<CsvField> fields;
    LineCol at(size_t off) const { return line_col_at(*text, off); }
};

void on_field(void* data, size_t len, void* ctx) {
    auto* c = static_cast<Collector*>(ctx);
    if (!c->in_record) {
        c->in_record = true;
        c->record_line = c->at(c->field_start).line;
    }
    LineCol lc = c->at(c->field_start);
    c->fields.push_back({std::string(static_cast<const char*>(data), len), lc.line, lc.column});
    c->field_start = c->offset + 1;
}

void on_record(int, void* ctx) {
    auto* c = static_cast<Collector*>(ctx);
    if (!c->fields.empty()) c->table->records.push_back({c->record_line, std::move(c->fields)});
    c->fields.clear();
    c->in_record = false;
    c->field_start = c->offset + 1;
}

}  // namespace

bool parse_csv(const std::string& text, const std::string& path, CsvTable& out, Diagnostics& diags) {
    csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) return false;
    Collector c;
    c.text = &text;
    c.table = &out;
    // One byte at a time, so that each field's start position is known exactly.
    for (c.offset = 0; c.offset < text.size(); ++c.offset) {
        if (csv_parse(&p, text.data() + c.offset, 1, on_field, on_record, &c) != 1) {
            LineCol lc = c.at(c.offset);
            diags.error({path, lc.line, lc.column}, "csv.syntax", "CSV syntax error: a quote is not where RFC 4180 allows it",
                        "enclose fields holding quotes in \"…\" and double the quotes inside (\"\")");
            csv_free(&p);
            return false;
        }
        // Fields end at a delimiter; whitespace-only leading bytes of a record do not start a field.
        if (!c.in_record && c.fields.empty() && (text[c.offset] == '\n' || text[c.offset] == '\r'))
            c.field_start = c.offset + 1;
    }
    if (csv_fini(&p, on_field, on_record, &c) != 0) {
        LineCol lc = c.at(c.field_start);
        diags.error({path, lc.line, lc.column}, "csv.syntax", "CSV syntax error: a quoted field is never closed",
                    "add the closing \" of the field");
        csv_free(&p);
        return false;
    }
    csv_free(&p);
    return true;
}

}  // namespace planpub
