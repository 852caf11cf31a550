// The cell formats and the few writing steps the evaluation sheet (evaluation_sheet.cpp) uses, over
// libxlsxwriter: one Japanese font everywhere, borders, number formats by decimals, merged rows,
// and the print setup the 戦略会議's copies need (A4 landscape, one page wide, header rows repeated).
#pragma once
#include <map>
#include <string>

#include <xlsxwriter.h>

namespace planpub {

// 游ゴシック: Excel's Japanese default since Office 2016, on Windows and macOS, so the sheet looks
// like the city's own; where it is missing (LibreOffice on Linux) fontconfig gives Japanese text
// its Japanese sans-serif (Noto Sans CJK JP from fonts-noto-cjk).
inline constexpr const char* kSheetFont = "游ゴシック";

class SheetFormats {
  public:
    explicit SheetFormats(lxw_workbook* wb);
    lxw_format *title, *note, *head, *group, *text, *center, *count, *rate;
    lxw_format* number(int decimals);  // #,##0 / #,##0.0 / …

  private:
    lxw_format* make(bool border);
    lxw_workbook* wb_;
    std::map<int, lxw_format*> numbers_;
};

class SheetWriter {
  public:
    SheetWriter(lxw_worksheet* ws, SheetFormats& formats) : fmt(formats), ws_(ws) {}
    SheetFormats& fmt;
    std::string error;  // the first cell libxlsxwriter refused, at its cell (指標（KPI）!C7)

    void text(int row, int col, const std::string& s, lxw_format* f);
    void number(int row, int col, double v, lxw_format* f);
    void merge(int row, int first_col, int last_col, const std::string& s, lxw_format* f);
    // A header cell over rows first_row..last_row and columns first_col..last_col; width > 0 sets
    // the column's width (in characters).
    void header(int first_row, int first_col, int last_row, int last_col, const std::string& s, double width);
    void row_height(int row, double points);
    // Frozen above freeze_row and left of freeze_col, rows 3..freeze_row-1 (the header) repeated on
    // every printed page, the print area to last_row × last_col, A4 landscape one page wide; and
    // each row from the header down as high as its longest wrapped text.
    void page_setup(int freeze_row, int freeze_col, int last_row, int last_col);

  private:
    void check(lxw_error e, int row, int col);
    // Wrapped text needs rows as high as its lines: LibreOffice opens rows at the height the file
    // gives (one line when none is given), so the height is worked out here from the column widths.
    void wraps(int row, int first_col, int last_col, const std::string& s, int rows_spanned = 1);
    lxw_worksheet* ws_;
    std::map<int, double> widths_;  // column → width in characters
    std::map<int, int> lines_;      // row → the most lines one of its cells needs
};

}  // namespace planpub
