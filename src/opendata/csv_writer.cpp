#include "opendata/csv_writer.hpp"

#include <stdexcept>
#include <string_view>

namespace planpub {

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) {
        if (c == '"') q += '"';
        q += c;
    }
    return q + "\"";
}

std::string neutralise_formula(const std::string& s) {
    if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos) return "'" + s;
    return s;
}

CsvWriter::CsvWriter(const std::vector<std::string>& header)
    : header_(header), out_("\xEF\xBB\xBF"), text_(header.size(), true) {
    write(header);
}

CsvWriter::CsvWriter(const std::vector<std::string>& header, const std::vector<std::string>& datatypes)
    : header_(header), out_("\xEF\xBB\xBF") {
    if (datatypes.size() != header.size()) throw std::logic_error("CSV datatypes differ from its header");
    for (const std::string& t : datatypes) text_.push_back(t == "string");
    write(header);
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    // Every row has the header's width: a programming error otherwise, not a content problem.
    if (fields.size() != header_.size()) throw std::logic_error("CSV row width differs from its header");
    std::vector<std::string> cells = fields;
    for (size_t i = 0; i < cells.size(); ++i)
        if (text_[i]) cells[i] = neutralise_formula(cells[i]);
    write(cells);
}

void CsvWriter::write(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out_ += ',';
        out_ += csv_field(fields[i]);
    }
    out_ += "\r\n";
}

}  // namespace planpub
