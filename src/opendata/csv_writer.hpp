// Render stage: CSV as open-data portals and Excel expect it — RFC 4180 quoting, UTF-8 with
// a BOM (so Excel opens Japanese text correctly), CRLF line ends.
#pragma once
#include <string>
#include <vector>

namespace planpub {

class CsvWriter {
  public:
    // Every column is text.
    explicit CsvWriter(const std::vector<std::string>& header);
    // datatypes: each column's CSVW datatype; only "string" columns are text, which formula
    // neutralisation touches (numbers such as -3.5 in integer/decimal columns stay as they are).
    CsvWriter(const std::vector<std::string>& header, const std::vector<std::string>& datatypes);
    void row(const std::vector<std::string>& fields);
    const std::string& bytes() const { return out_; }
    const std::vector<std::string>& header() const { return header_; }

  private:
    std::vector<std::string> header_;
    std::string out_;
    std::vector<bool> text_;
    void write(const std::vector<std::string>& fields);
};

// A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a CR)
// gets a leading apostrophe, as OWASP recommends against CSV injection: "=HYPERLINK(…)" →
// "'=HYPERLINK(…)", "-" → "'-". Other text (also "−5%" with U+2212, not a formula) is unchanged.
std::string neutralise_formula(const std::string& s);

// One field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(const std::string& s);

}  // namespace planpub
