// Unicode normalization (utf8proc): NFKC folds full-width digits, Latin letters and signs
// to their ASCII forms (７８４ → 784, ＩＣＴ → ICT), which is what matching and number
// reading need. The source text is always kept for display.
#pragma once
#include <string>
#include <string_view>

namespace planpub {

std::string nfkc(std::string_view s);

}  // namespace planpub
