#include "search/doc_tokens.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace planpub::search {

constexpr std::array<Kind, 0x10000> kKinds = [] {
    std::array<Kind, 0x10000> kinds{};
    for (char32_t c = 0; c < 0x10000; ++c) kinds[c] = kind_by_ranges(c);
    return kinds;
}();

uint32_t WordNumbers::of(const std::string& word) {
    auto it = number.find(word);
    if (it == number.end()) {
        it = number.emplace(word, static_cast<uint32_t>(words.size())).first;
        words.push_back(word);
    }
    return it->second;
}

void Counter::take(DocTokens& out) {
    size_t words = 0;
    for (uint32_t i : used_) words += (keys_[i] & kLocalWord) != 0;
    out.japanese.clear();
    out.words.clear();
    out.japanese.reserve(used_.size() - words);
    out.words.reserve(words);
    for (uint32_t i : used_) {
        (keys_[i] & kLocalWord ? out.words : out.japanese).push_back(keys_[i] << kWeightBits | weights_[i]);
        keys_[i] = 0;
        weights_[i] = 0;
    }
    used_.clear();
}

void Counter::grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<int> weights = std::move(weights_);
    std::vector<uint32_t> used = std::move(used_);
    size_t size = std::max<size_t>(1024, keys.size() * 2);
    keys_.assign(size, 0);
    weights_.assign(size, 0);
    used_.clear();
    used_.reserve(size / 2);
    shift_ = 64;
    for (size_t s = size; s > 1; s /= 2) --shift_;
    for (uint32_t i : used) add(keys[i], weights[i]);
}

// The pieces folded in one pass, parted by ' ' (a character of no run, as the edge of a piece is):
// PieceFolder's pieces one by one read every character twice, and called back for each piece.
void DocCounter::add(std::string_view text, int weight, WordNumbers& words) {
    std::u32string& p = folded_;
    p.clear();
    fold_text_pieces(text, p);
    for (char32_t& c : p) c = kana_fold(c);
    each_run(
        p,
        [&](size_t i, size_t n) {
            word_.clear();
            for (size_t q = i; q < i + n; ++q) append_utf8(word_, p[q]);
            counter_.add(kLocalWord | words.of(word_), weight);
        },
        [&](size_t i, size_t j) {
            for (size_t q = i; q < j; ++q) {
                const uint64_t c1 = kJapanese | static_cast<uint64_t>(p[q]) << 21;
                counter_.add(c1, weight);
                if (q + 1 < j) counter_.add(c1 | p[q + 1], weight);
            }
        });
}

void DocCounter::count(const Doc& doc, WordNumbers& words, DocTokens& out) {
    add(doc.title, kTitleWeight, words);
    add(doc.extra, kTitleWeight, words);
    for (const Section& s : doc.sections) {
        add(s.heading, kHeadingWeight, words);
        add(s.text, kBodyWeight, words);
    }
    counter_.take(out);
}

// DocTokenizer's buffers, kept from one document to the next.
struct DocTokenizer::State {
    DocCounter counter;
    WordNumbers words;  // the tokens' views of words point into it
    DocTokens doc;
    std::vector<Token> tokens;
};

DocTokenizer::DocTokenizer() : state_(std::make_unique<State>()) {}
DocTokenizer::~DocTokenizer() = default;

std::string DocTokenizer::Token::utf8() const {
    if (!word.empty()) return std::string(word);
    char utf8[8];
    return std::string(utf8, japanese_utf8(japanese, utf8));
}

// Japanese tokens go as their code points (IndexBuilder numbers and sorts them as numbers): their
// UTF-8, written here and read back to be interned as strings, was ~5% of the instructions of a
// build's search index.
const std::vector<DocTokenizer::Token>& DocTokenizer::tokens(const Doc& doc) {
    State& s = *state_;
    s.words.number.clear();
    s.words.words.clear();
    s.counter.count(doc, s.words, s.doc);
    s.tokens.clear();
    s.tokens.reserve(s.doc.words.size() + s.doc.japanese.size());
    for (uint64_t e : s.doc.words) {
        const std::string& w = s.words.words[(e >> kWeightBits) ^ kLocalWord];
        uint32_t h = 2166136261u;
        for (size_t k = 0; k < w.size();) h = fnv(h, next_code_point(w, k));
        s.tokens.push_back({w, 0, h, static_cast<int>(e & kWeightMask)});
    }
    for (uint64_t e : s.doc.japanese) {
        const uint64_t key = e >> kWeightBits;
        s.tokens.push_back({{}, key ^ kJapanese, japanese_hash(key), static_cast<int>(e & kWeightMask)});
    }
    return s.tokens;
}

}  // namespace planpub::search
