// The term matcher against a brute-force reference written from its documented rules (leftmost
// match first, the longest valid one there, no overlaps; a Latin letter or digit at a term's edge
// only at a word edge of the source; a character that folds to several matches whole), on random
// texts and random overlapping terms. The folding itself is tested in text_test.cpp.
#include <catch2/catch.hpp>

#include <map>
#include <random>

#include "link/term_matcher.hpp"
#include "text/match_fold.hpp"
#include "text/utf8.hpp"

using namespace planpub;

namespace {

bool source_word_at(const std::string& text, size_t byte) {
    if (byte >= text.size()) return false;
    size_t k = byte;
    return is_word_char(next_code_point(text, k));
}

bool source_word_before(const std::string& text, size_t byte) {
    if (byte == 0) return false;
    size_t j = byte - 1;
    while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
    return source_word_at(text, j);
}

std::vector<TermMatch> reference(const std::map<std::u32string, int>& patterns, const std::string& text) {
    std::u32string f;
    std::vector<size_t> from, to;
    fold_text(text, f, from, to);
    std::vector<TermMatch> out;
    for (size_t s = 0; s < f.size();) {
        bool taken = false;
        for (size_t len = f.size() - s; len >= 1 && !taken; --len) {
            auto it = patterns.find(f.substr(s, len));
            if (it == patterns.end()) continue;
            size_t e = s + len;
            bool whole = !(s > 0 && from[s - 1] == from[s]) && !(e < f.size() && from[e] == from[e - 1]);
            bool edges = !(is_word_char(f[s]) && source_word_before(text, from[s])) &&
                         !(is_word_char(f[e - 1]) && source_word_at(text, to[e - 1]));
            if (whole && edges) {
                out.push_back({from[s], to[e - 1], it->second});
                s = e;
                taken = true;
            }
        }
        if (!taken) ++s;
    }
    return out;
}

std::string pick(std::mt19937& rng, const std::vector<std::string>& from, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += from[rng() % from.size()];
    return s;
}

}  // namespace

TEST_CASE("matcher: equals the brute-force reference on random overlapping terms", "[glossary][matcher]") {
    // Pieces chosen to hit every rule: kana and kanji, Latin words and digits, spaces and hyphens,
    // characters that fold to several (㍻ → 平成, ⑩ → 10), half-width kana with a voiced mark,
    // and invisible characters.
    const std::vector<std::string> text_pieces = {"あ", "い", "a", "b", "A", " ", "-", "㍻", "平", "成", "⑩", "1",
                                                  "0", "ｶ", "ﾞ", "カ", "\u200B", "\n", "ａ"};
    const std::vector<std::string> term_pieces = {"あ", "い", "a", "b", "平", "成", "1", "0", "-", "カ", "ガ"};
    std::mt19937 rng(20261204);
    size_t compared = 0, matched = 0;
    for (int round = 0; round < 3000; ++round) {
        TermMatcher m;
        std::map<std::u32string, int> patterns;
        int terms = 1 + static_cast<int>(rng() % 12);
        for (int k = 0; k < terms; ++k) {
            std::string t = pick(rng, term_pieces, 1 + static_cast<int>(rng() % 5));
            m.add(t, k);
            std::u32string f;
            std::vector<size_t> a, b;
            fold_text(t, f, a, b);
            patterns.emplace(f, k);  // the first key for a spelling wins, as in the matcher
        }
        m.build();
        std::string text = pick(rng, text_pieces, static_cast<int>(rng() % 60));
        auto got = m.find(text), want = reference(patterns, text);
        INFO("text: " << text);
        REQUIRE(got.size() == want.size());
        for (size_t i = 0; i < got.size(); ++i) {
            CHECK(got[i].begin == want[i].begin);
            CHECK(got[i].end == want[i].end);
            CHECK(got[i].key == want[i].key);
        }
        ++compared;
        matched += got.size();
    }
    CHECK(compared == 3000);
    CHECK(matched > 3000);  // the random inputs do match, often
}

TEST_CASE("matcher: invisible characters are folded away, in text and in terms", "[glossary][matcher]") {
    TermMatcher m;
    m.add("ICT", 1);
    m.add("関係\u2060人口", 2);  // a word joiner inside the term itself
    m.build();
    for (const char* zw : {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"}) {
        std::string t = std::string("I") + zw + "CTと関" + zw + "係人口";
        auto got = m.find(t);
        REQUIRE(got.size() == 2);
        CHECK(t.substr(got[0].begin, got[0].end - got[0].begin) == std::string("I") + zw + "CT");
        CHECK(got[1].key == 2);
    }
    CHECK(fold_for_match("I\u200BCT") == fold_for_match("ICT"));
    CHECK(fold_for_match("葛\U000E0100城") == fold_for_match("葛城"));  // an ideographic variation selector
}
