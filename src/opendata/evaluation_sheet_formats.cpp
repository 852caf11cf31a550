#include "opendata/evaluation_sheet_formats.hpp"

#include <algorithm>
#include <cmath>

namespace planpub {
namespace {

constexpr double kFontSize = 10;
constexpr double kLine = 14.5;   // points per line of 10 pt Japanese text (Noto Sans CJK JP, 游ゴシック)
constexpr uint8_t kPaperA4 = 9;  // Excel's paper size code

// The width of a text in Excel's column unit (the width of a digit of the default font): a
// Japanese (full-width) character about two, others about one. Generous, so text is not cut.
double text_width(const std::string& s, size_t from, size_t to) {
    double w = 0;
    for (size_t i = from; i < to; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80)
            w += 1.1;
        else if (c >= 0xC0)  // the lead byte of a multi-byte character: Japanese, full-width forms, —
            w += 2.0;
    }
    return w;
}

}  // namespace

lxw_format* SheetFormats::make(bool border) {
    lxw_format* f = workbook_add_format(wb_);
    format_set_font_name(f, kSheetFont);
    format_set_font_family(f, 2);     // swiss: a proportional sans-serif
    format_set_font_charset(f, 128);  // SHIFTJIS_CHARSET: readers treat the font as Japanese
    format_set_font_size(f, kFontSize);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (border) format_set_border(f, LXW_BORDER_THIN);
    return f;
}

SheetFormats::SheetFormats(lxw_workbook* wb) : wb_(wb) {
    title = make(false);
    format_set_bold(title);
    format_set_font_size(title, 14);
    note = make(false);
    format_set_text_wrap(note);
    head = make(true);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(head, 0xD9D9D9);
    group = make(true);
    format_set_bold(group);
    format_set_bg_color(group, 0xDDEBF7);
    text = make(true);
    format_set_text_wrap(text);
    center = make(true);
    format_set_text_wrap(center);
    format_set_align(center, LXW_ALIGN_CENTER);
    count = make(true);  // goal numbers and No.
    format_set_align(count, LXW_ALIGN_CENTER);
    rate = make(true);
    format_set_num_format(rate, "0.0");
}

lxw_format* SheetFormats::number(int decimals) {
    decimals = std::max(0, std::min(decimals, 10));
    auto it = numbers_.find(decimals);
    if (it != numbers_.end()) return it->second;
    lxw_format* f = make(true);
    format_set_num_format(f, ("#,##0" + (decimals ? "." + std::string(decimals, '0') : std::string())).c_str());
    return numbers_[decimals] = f;
}

void SheetWriter::check(lxw_error e, int row, int col) {
    if (e == LXW_NO_ERROR || !error.empty()) return;
    char cell[16];
    lxw_rowcol_to_cell(cell, row, col);
    error = std::string(ws_->name) + "!" + cell + ": " + lxw_strerror(e);
}

void SheetWriter::wraps(int row, int first_col, int last_col, const std::string& s, int rows_spanned) {
    double width = 0;
    for (int c = first_col; c <= last_col; ++c) width += widths_.count(c) ? widths_[c] : 8.43;
    const double usable = std::max(1.0, width - 0.8);  // the cell's padding
    int lines = 0;
    for (size_t from = 0; from <= s.size();) {  // each line break starts a line of its own
        size_t to = s.find('\n', from);
        if (to == std::string::npos) to = s.size();
        lines += std::max(1, static_cast<int>(std::ceil(text_width(s, from, to) / usable)));
        from = to + 1;
    }
    int& most = lines_[row];
    most = std::max(most, lines - (rows_spanned - 1));
}

void SheetWriter::text(int row, int col, const std::string& s, lxw_format* f) {
    if (f == fmt.text || f == fmt.center) wraps(row, col, col, s);
    check(s.empty() ? worksheet_write_blank(ws_, row, col, f) : worksheet_write_string(ws_, row, col, s.c_str(), f),
          row, col);
}

void SheetWriter::number(int row, int col, double v, lxw_format* f) {
    check(worksheet_write_number(ws_, row, col, v, f), row, col);
}

void SheetWriter::merge(int row, int first_col, int last_col, const std::string& s, lxw_format* f) {
    lines_[row] = std::max(lines_[row], 1);
    check(worksheet_merge_range(ws_, row, first_col, row, last_col, s.c_str(), f), row, first_col);
}

void SheetWriter::header(int first_row, int first_col, int last_row, int last_col, const std::string& s, double width) {
    if (width > 0) {
        check(worksheet_set_column(ws_, first_col, last_col, width, nullptr), first_row, first_col);
        for (int c = first_col; c <= last_col; ++c) widths_[c] = width;
    }
    wraps(first_row, first_col, last_col, s, last_row - first_row + 1);
    if (first_row == last_row && first_col == last_col)
        text(first_row, first_col, s, fmt.head);
    else
        check(worksheet_merge_range(ws_, first_row, first_col, last_row, last_col, s.c_str(), fmt.head), first_row,
              first_col);
}

void SheetWriter::row_height(int row, double points) { check(worksheet_set_row(ws_, row, points, nullptr), row, 0); }

void SheetWriter::page_setup(int freeze_row, int freeze_col, int last_row, int last_col) {
    for (const auto& [row, lines] : lines_)
        if (row >= 3) row_height(row, std::max(1, lines) * kLine + 3);
    worksheet_freeze_panes(ws_, freeze_row, freeze_col);
    worksheet_set_paper(ws_, kPaperA4);
    worksheet_set_landscape(ws_);
    worksheet_fit_to_pages(ws_, 1, 0);  // one page wide, as many pages down as the rows need
    worksheet_set_margins(ws_, 0.4, 0.4, 0.6, 0.6);
    worksheet_center_horizontally(ws_);
    check(worksheet_repeat_rows(ws_, 3, freeze_row - 1), 3, 0);
    check(worksheet_print_area(ws_, 0, 0, std::max(last_row, freeze_row - 1), last_col), 0, 0);
    check(worksheet_set_footer(ws_, "&C&P / &N"), last_row, 0);
}

}  // namespace planpub
