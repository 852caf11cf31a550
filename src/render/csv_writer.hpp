// Render stage: CSV as open-data portals and Excel expect it — RFC 4180 quoting, UTF-8 with
// a BOM (so Excel opens Japanese text correctly), CRLF line ends.
#pragma once
#include <string>
#include <vector>

namespace planpub {

class CsvWriter {
public:
    explicit CsvWriter(const std::vector<std::string>& header);
    void row(const std::vector<std::string>& fields);
    const std::string& bytes() const { return out_; }
    const std::vector<std::string>& header() const { return header_; }

private:
    std::vector<std::string> header_;
    std::string out_;
    void write(const std::vector<std::string>& fields);
};

// One field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(const std::string& s);

}  // namespace planpub
