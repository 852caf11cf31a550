#include "parse/csv_table.hpp"

#include <csv.h>

#include <optional>

#include "model/site.hpp"
#include "text/utf8.hpp"

namespace planpub {
namespace {

// Positions are tracked as the bytes go by (not searched for per field), so that reading stays
// linear in the size of the file.
struct Collector {
    CsvTable* table;
    LineCol after;        // the byte after the one being fed: where a field starting next begins
    LineCol field_start;  // where the current field began
    const std::string* text = nullptr;
    size_t after_offset = 0, field_start_offset = 0;  // the same two places as byte offsets
    int record_line = 1;
    bool in_record = false;
    size_t cells = 0;
    bool too_wide = false;
    std::vector<CsvField> fields;
    const std::vector<int>* bad_lines = nullptr;  // lines with undecodable bytes, reported already
    size_t next_bad = 0;
    int line = 1;  // of the byte being fed

    // Whether the record ending now takes in a line of bad_lines.
    bool undecodable() {
        bool hit = false;
        for (; next_bad < bad_lines->size() && (*bad_lines)[next_bad] <= line; ++next_bad)
            hit |= (*bad_lines)[next_bad] >= record_line;
        return hit;
    }
    int current_record_line() const { return in_record ? record_line : field_start.line; }
    // Drops the record being read (its error is reported), keeping what was read of it.
    void skip_record() {
        table->skipped.push_back({current_record_line(), std::move(fields)});
        fields.clear();
        in_record = false;
    }
};

void on_field(void* data, size_t len, void* ctx) {
    auto* c = static_cast<Collector*>(ctx);
    if (!c->in_record) {
        c->in_record = true;
        c->record_line = c->field_start.line;
    }
    if (c->fields.size() < Limits::max_csv_columns) {
        // A quoted field's text begins after its quote: point there, where the value is.
        bool quoted = c->field_start_offset < c->text->size() && (*c->text)[c->field_start_offset] == '"';
        c->fields.push_back({std::string(static_cast<const char*>(data), len), c->field_start.line,
                             c->field_start.column + (quoted ? 1 : 0)});
        ++c->cells;
    } else {
        c->too_wide = true;
    }
    c->field_start = c->after;
    c->field_start_offset = c->after_offset;
}

void on_record(int, void* ctx) {
    auto* c = static_cast<Collector*>(ctx);
    if (!c->fields.empty())
        (c->undecodable() ? c->table->skipped : c->table->records).push_back({c->record_line, std::move(c->fields)});
    c->fields.clear();
    c->in_record = false;
    c->field_start = c->after;
    c->field_start_offset = c->after_offset;
}

// Reports the first limit the file exceeds (docs/limits.md): rows, fields per row, fields in all.
// Skipped rows count: a file of nothing but errors must not give millions of diagnostics.
bool within_limits(const Collector& c, const LineCol& at, const std::string& path, Diagnostics& diags) {
    if (c.too_wide) {
        diags.error({path, at.line, at.column}, "limit.csv-columns",
                    "a row with more than " + std::to_string(Limits::max_csv_columns) + " fields exceeds the limit",
                    "check the delimiters: planpub reads comma-separated files with one KPI or value per row");
        return false;
    }
    if (c.table->records.size() + c.table->skipped.size() > Limits::max_csv_rows || c.cells > Limits::max_csv_cells) {
        diags.error({path, at.line, at.column}, "limit.csv-rows",
                    "more than " + std::to_string(Limits::max_csv_rows) + " rows or " +
                        std::to_string(Limits::max_csv_cells) + " fields in one file exceed the limit",
                    "split the data over several plans, or publish it as an attachment under files/");
        return false;
    }
    return true;
}

// libcsv's parser, which has no way back from an error but to start afresh.
struct Parser {
    csv_parser p;
    Parser() { csv_init(&p, CSV_STRICT | CSV_STRICT_FINI); }
    ~Parser() { csv_free(&p); }
    void restart() {
        csv_free(&p);
        csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
    }
};

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

// The offset after the line end at `offset` (CRLF is one).
size_t past_line_end(const std::string& text, size_t offset) {
    return offset + (text[offset] == '\r' && offset + 1 < text.size() && text[offset + 1] == '\n' ? 2 : 1);
}

// Where to read on after a quoted field that crossed a line end turns out to be broken: the line
// after the one it opened on. Its opening quote is the likelier mistake (名前 typed as "名前), and
// what it swallowed are rows of their own.
struct Reopen {
    size_t offset;
    LineCounter lines;
};

}  // namespace

bool parse_csv(const std::string& text, const std::string& path, CsvTable& out, Diagnostics& diags,
               const std::vector<int>& bad_lines) {
    Parser parser;
    csv_parser& p = parser.p;
    Collector c;
    c.table = &out;
    c.text = &text;
    c.bad_lines = &bad_lines;
    LineCounter lines(text);
    std::optional<Reopen> reopen;  // set while the field being read is quoted and has crossed a line end
    // Going back re-reads bytes. Quotes pair up so that no stretch is re-read twice, but a budget of
    // the file's size makes linear time a guarantee rather than an argument.
    size_t reread_budget = text.size();
    auto go_back = [&](size_t from) {
        if (!reopen || from - reopen->offset > reread_budget) return false;
        reread_budget -= from - reopen->offset;
        return true;
    };
    auto resume = [&](size_t at, const LineCounter& where) {
        parser.restart();
        lines = where;
        c.after = c.field_start = lines.at(at);
        c.after_offset = c.field_start_offset = at;
        reopen.reset();
        return at;
    };
    size_t offset = 0;
    for (;;) {
        // One byte at a time, so that each field's start position is known exactly.
        while (offset < text.size()) {
            char byte = text[offset];
            LineCol here = lines.at(offset);
            c.after = lines.at(offset + 1);
            c.after_offset = offset + 1;
            c.line = here.line;
            if (csv_parse(&p, text.data() + offset, 1, on_field, on_record, &c) != 1) {
                LineCol opened = c.field_start;
                bool quoted = p.quoted;
                c.skip_record();
                if (go_back(offset)) {
                    diags.error(
                        {path, opened.line, opened.column}, "csv.syntax",
                        "CSV syntax error: the quoted field that starts here runs on to line " +
                            std::to_string(here.line) + ", where its closing quote is followed by more text",
                        "close the quote on this line, or delete it; the lines after it are read as rows of their own");
                    offset = resume(reopen->offset, reopen->lines);
                    continue;
                }
                if (quoted)
                    diags.error({path, here.line, here.column}, "csv.syntax",
                                "CSV syntax error: text after the closing quote of a field",
                                "enclose the whole field in \"…\", or delete the quotes");
                else
                    diags.error({path, here.line, here.column}, "csv.syntax",
                                "CSV syntax error: a quote inside a field that does not start with one",
                                "enclose fields holding quotes in \"…\" and double the quotes inside (\"\")");
                // Read on from the next line: the rest of this one belongs to the broken record.
                size_t end = text.find_first_of("\r\n", offset);
                offset = resume(end == std::string::npos ? text.size() : past_line_end(text, end), lines);
                continue;
            }
            if (!p.quoted)
                reopen.reset();
            else if (is_line_end(byte) && !reopen) {
                size_t next = past_line_end(text, offset);
                reopen = Reopen{next, lines};
                reopen->lines.at(next);
            }
            // Fields end at a delimiter; whitespace-only leading bytes of a record do not start a field.
            if (!c.in_record && c.fields.empty() && is_line_end(byte)) {
                c.field_start = c.after;
                c.field_start_offset = c.after_offset;
            }
            if (!within_limits(c, here, path, diags)) return false;
            ++offset;
        }
        c.line = lines.at(text.size()).line;
        if (csv_fini(&p, on_field, on_record, &c) == 0) break;
        // A quoted field still open at the end of the file.
        LineCol opened = c.field_start;
        c.skip_record();
        if (reopen && reopen->offset == text.size()) reopen.reset();  // no line after the one it opened on
        bool back = go_back(offset);
        diags.error(
            {path, opened.line, opened.column}, "csv.syntax", "CSV syntax error: a quoted field is never closed",
            back ? "add the closing \" of the field, or delete the opening one; the lines after it are read as rows of "
                   "their own"
            : reopen ? "add the closing \" of the field, or delete the opening one; the rest of the file was not read"
                     : "add the closing \" of the field");
        if (!back) {
            out.incomplete = reopen.has_value();
            break;
        }
        offset = resume(reopen->offset, reopen->lines);
    }
    return within_limits(c, lines.at(text.size()), path, diags);
}

}  // namespace planpub
