#include "text/gojuon.hpp"

#include "text/utf8.hpp"

namespace planpub {
namespace {

// Hiragana U+3041..U+3096 → the plain, full-size kana it files as.
char32_t plain_kana(char32_t c) {
    static const char32_t table[] = {// ぁ あ ぃ い ぅ う ぇ え ぉ お
                                     U'あ', U'あ', U'い', U'い', U'う', U'う', U'え', U'え', U'お', U'お',
                                     // か が き ぎ く ぐ け げ こ ご
                                     U'か', U'か', U'き', U'き', U'く', U'く', U'け', U'け', U'こ', U'こ',
                                     // さ ざ し じ す ず せ ぜ そ ぞ
                                     U'さ', U'さ', U'し', U'し', U'す', U'す', U'せ', U'せ', U'そ', U'そ',
                                     // た だ ち ぢ っ つ づ て で と ど
                                     U'た', U'た', U'ち', U'ち', U'つ', U'つ', U'つ', U'て', U'て', U'と', U'と',
                                     // な に ぬ ね の
                                     U'な', U'に', U'ぬ', U'ね', U'の',
                                     // は ば ぱ ひ び ぴ ふ ぶ ぷ へ べ ぺ ほ ぼ ぽ
                                     U'は', U'は', U'は', U'ひ', U'ひ', U'ひ', U'ふ', U'ふ', U'ふ', U'へ', U'へ', U'へ',
                                     U'ほ', U'ほ', U'ほ',
                                     // ま み む め も
                                     U'ま', U'み', U'む', U'め', U'も',
                                     // ゃ や ゅ ゆ ょ よ
                                     U'や', U'や', U'ゆ', U'ゆ', U'よ', U'よ',
                                     // ら り る れ ろ
                                     U'ら', U'り', U'る', U'れ', U'ろ',
                                     // ゎ わ ゐ ゑ を ん ゔ ゕ ゖ
                                     U'わ', U'わ', U'い', U'え', U'を', U'ん', U'う', U'か', U'け'};
    if (c >= 0x3041 && c <= 0x3096) return table[c - 0x3041];
    return c;
}

char32_t vowel_of(char32_t plain) {
    static const std::u32string a = U"あかさたなはまやらわ", i = U"いきしちにひみり", u = U"うくすつぬふむゆる",
                                e = U"えけせてねへめれ", o = U"おこそとのほもよろを";
    if (a.find(plain) != std::u32string::npos) return U'あ';
    if (i.find(plain) != std::u32string::npos) return U'い';
    if (u.find(plain) != std::u32string::npos) return U'う';
    if (e.find(plain) != std::u32string::npos) return U'え';
    if (o.find(plain) != std::u32string::npos) return U'お';
    return plain;
}

}  // namespace

std::u32string gojuon_key(const std::string& reading) {
    std::u32string key;
    for (size_t i = 0; i < reading.size();) {
        char32_t c = next_code_point(reading, i);
        if (c >= 0x30A1 && c <= 0x30F6) c -= 0x60;  // katakana → hiragana
        if (c == U'ー') {
            if (!key.empty()) key += vowel_of(key.back());
            continue;
        }
        if (c == ' ' || c == 0x3000 || c == U'・') continue;
        key += plain_kana(c);
    }
    return key;
}

bool gojuon_less(const std::string& a, const std::string& b) {
    std::u32string ka = gojuon_key(a), kb = gojuon_key(b);
    if (ka != kb) return ka < kb;
    return a < b;  // then voiced after plain, small before full-size (code point order)
}

std::string gojuon_row(const std::string& reading) {
    std::u32string k = gojuon_key(reading);
    if (k.empty()) return "他";
    static const char32_t* rows[] = {U"あいうえお", U"かきくけこ", U"さしすせそ", U"たちつてと", U"なにぬねの",
                                     U"はひふへほ", U"まみむめも", U"やゆよ",     U"らりるれろ", U"わをん"};
    static const char* names[] = {"あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"};
    for (int r = 0; r < 10; ++r)
        if (std::u32string(rows[r]).find(k[0]) != std::u32string::npos) return names[r];
    return "他";
}

}  // namespace planpub
