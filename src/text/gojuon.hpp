// 50音 (gojūon) ordering of readings, by dictionary rules: katakana as hiragana, voiced and
// semi-voiced kana equal to plain ones and small kana equal to full-size ones at the first
// level, ー taking the vowel of the kana before it. Ties are broken by the exact reading.
#pragma once
#include <string>

namespace planpub {

std::u32string gojuon_key(const std::string& reading);
bool gojuon_less(const std::string& a, const std::string& b);
// The index row a reading files under: あ か さ た な は ま や ら わ, or "他".
std::string gojuon_row(const std::string& reading);

}  // namespace planpub
