// CSV bytes → UTF-8 text (declared in csv_table.hpp). A byte that is not text in the file's
// encoding spoils its row, not the file: it is reported, once per line, and becomes U+FFFD; the
// reader then skips the records on those lines.
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "model/site.hpp"
#include "parse/csv_table.hpp"
#include "text/utf8.hpp"
#include "load/utf8_source.hpp"

namespace planpub {
namespace {

struct Undecodable {
    size_t out;  // where its U+FFFD is in the text: for the line and column
    size_t in;   // where it is in the file: for the message
};

const char kReplacement[] = "\xEF\xBF\xBD";

std::string utf8_replacing(std::string_view in, std::vector<Undecodable>& bad) {
    std::string out;
    out.reserve(in.size());
    for (size_t pos = 0;;) {
        size_t b = find_invalid_utf8(in.substr(pos));
        out.append(in.substr(pos, b));
        if (b == npos) return out;
        bad.push_back({out.size(), pos + b});
        out += kReplacement;
        pos += b + 1;
    }
}

// iconv stops at the first byte it cannot convert: convert on from the byte after it.
bool cp932_replacing(std::string_view in, std::string& out, std::vector<Undecodable>& bad) {
    iconv_t cd = iconv_open("UTF-8", "CP932");
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    out.assign(in.size() * 3 + 16, '\0');  // no byte gives more than 3 (half-width kana, U+FFFD)
    char* src = const_cast<char*>(in.data());
    char* dst = out.data();
    size_t src_left = in.size(), dst_left = out.size();
    bool ok = true;
    while (src_left > 0 && iconv(cd, &src, &src_left, &dst, &dst_left) == static_cast<size_t>(-1)) {
        if (errno == E2BIG) {
            ok = false;
            break;
        }
        bad.push_back({out.size() - dst_left, in.size() - src_left});
        std::memcpy(dst, kReplacement, 3);
        dst += 3;
        dst_left -= 3;
        ++src;
        --src_left;
    }
    iconv_close(cd);
    out.resize(out.size() - dst_left);
    return ok;
}

}  // namespace

bool decode_csv_text(std::string& bytes, const std::string& path, const std::string& encoding, Diagnostics& diags,
                     std::vector<int>* bad_lines) {
    if (reject_wide_bom(bytes, path, diags)) return false;
    bool declared_sjis = encoding == "shift_jis" || encoding == "cp932";
    size_t bom = starts_with(bytes, "\xEF\xBB\xBF") ? 3 : 0;  // a BOM says UTF-8 whatever is declared
    std::string_view in = std::string_view(bytes).substr(bom);
    // Declared Shift_JIS but the bytes are valid UTF-8 with characters from U+0800 up (kana,
    // kanji: 3-byte sequences): reading them as Shift_JIS would make mojibake with no error. Read
    // it as UTF-8 and say the declaration is wrong. Shift_JIS half-width kana alone (ﾃｽﾄ) also
    // read as 2-byte UTF-8 (ýı), so those stay with the declaration.
    if (declared_sjis && !bom && find_invalid_utf8(in) == npos &&
        std::any_of(in.begin(), in.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE0; })) {
        diags.warning({path, 1, 1}, "encoding.declared-shift-jis-is-utf8",
                      "site.yaml declares encoding: " + encoding + " but this file is UTF-8: read as UTF-8",
                      "delete the encoding line from site.yaml (UTF-8 is the default)");
        declared_sjis = false;
    }
    std::string text;
    std::vector<Undecodable> bad;
    bool sjis = false;
    if (!bom && (declared_sjis || (encoding.empty() && find_invalid_utf8(in) != npos))) {
        std::vector<Undecodable> sjis_bad;
        // Undeclared and neither reads cleanly: the likelier encoding is the one that reads further.
        sjis = cp932_replacing(in, text, sjis_bad) &&
               (declared_sjis || sjis_bad.empty() || sjis_bad[0].in > find_invalid_utf8(in));
        if (sjis) bad.swap(sjis_bad);
    }
    if (!sjis) text = utf8_replacing(in, bad);
    bool neither = sjis || (!bom && encoding.empty());  // what the message can say the file is not
    LineCounter lines(text);
    int last_line = 0;
    size_t reported = 0;
    for (const Undecodable& b : bad) {
        LineCol lc = lines.at(b.out);
        if (lc.line == last_line) continue;            // its row is skipped whole: one error says so
        if (++reported > Limits::max_csv_rows) break;  // the reader stops there anyway
        last_line = lc.line;
        if (bad_lines) bad_lines->push_back(lc.line);
        std::string byte = "(byte " + std::to_string(b.in + bom) + ")";
        if (neither)
            diags.error({path, lc.line, lc.column}, "encoding.invalid", "neither UTF-8 nor Shift_JIS " + byte,
                        "in Excel choose 「CSV UTF-8（コンマ区切り）」 when saving");
        else
            diags.error({path, lc.line, lc.column}, "encoding.invalid-utf8", "invalid UTF-8 " + byte,
                        "save the file as UTF-8, or declare encoding: shift_jis in site.yaml");
    }
    bytes.swap(text);
    return accept_utf8(bytes, path, "save the file as UTF-8, or declare encoding: shift_jis in site.yaml", diags);
}

}  // namespace planpub
