#include "render/csv_writer.hpp"

#include <stdexcept>

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

CsvWriter::CsvWriter(const std::vector<std::string>& header) : header_(header), out_("\xEF\xBB\xBF") { write(header); }

void CsvWriter::row(const std::vector<std::string>& fields) {
    // Every row has the header's width: a programming error otherwise, not a content problem.
    if (fields.size() != header_.size()) throw std::logic_error("CSV row width differs from its header");
    write(fields);
}

void CsvWriter::write(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out_ += ',';
        out_ += csv_field(fields[i]);
    }
    out_ += "\r\n";
}

}  // namespace planpub
