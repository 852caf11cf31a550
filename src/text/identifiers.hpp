// Identifier rules shared by every stage.
#pragma once
#include <string_view>

namespace planpub {

// [a-z0-9-]+ : plan ids, slugs, KPI ids, glossary ids.
bool is_valid_id(std::string_view s);
// A BCP 47 language tag's shape (ja, en, en-US, zh-Hant-TW): 2–8 letters, then subtags of 1–8
// letters or digits. Used in lang="" and in RDF literals, where anything else breaks the file.
bool is_language_tag(std::string_view s);
// 6 digits whose last is the check digit (11 − (6d1+5d2+4d3+3d4+2d5) mod 11) mod 10.
bool is_valid_local_government_code(std::string_view code);
// The check digit the first five digits call for (for hints).
int local_government_check_digit(std::string_view first5);

}  // namespace planpub
