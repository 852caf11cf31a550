#include "search/doc_tokens.hpp"

#include <algorithm>
#include <utility>

namespace planpub::search {

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

void DocCounter::add(std::string_view text, int weight, WordNumbers& words) {
    folder_.each(text, [&](const std::u32string& p) {
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
    WordNumbers words;
    DocTokens doc;
    std::string bytes;           // the tokens' UTF-8, one after the other
    std::vector<size_t> starts;  // where each token starts in `bytes`
    std::vector<Token> tokens;
};

DocTokenizer::DocTokenizer() : state_(std::make_unique<State>()) {}
DocTokenizer::~DocTokenizer() = default;

const std::vector<DocTokenizer::Token>& DocTokenizer::tokens(const Doc& doc) {
    State& s = *state_;
    s.words.number.clear();
    s.words.words.clear();
    s.counter.count(doc, s.words, s.doc);
    s.bytes.clear();
    s.starts.clear();
    s.tokens.clear();
    for (uint64_t e : s.doc.words) {
        const std::string& w = s.words.words[(e >> kWeightBits) ^ kLocalWord];
        uint32_t h = 2166136261u;
        for (size_t k = 0; k < w.size();) h = fnv(h, next_code_point(w, k));
        s.starts.push_back(s.bytes.size());
        s.tokens.push_back({{}, h, static_cast<int>(e & kWeightMask)});
        s.bytes += w;
    }
    for (uint64_t e : s.doc.japanese) {
        const uint64_t key = e >> kWeightBits;
        s.starts.push_back(s.bytes.size());
        s.tokens.push_back({{}, japanese_hash(key), static_cast<int>(e & kWeightMask)});
        append_utf8(s.bytes, static_cast<char32_t>(key >> 21 & kCode));
        if (key & kCode) append_utf8(s.bytes, static_cast<char32_t>(key & kCode));
    }
    s.starts.push_back(s.bytes.size());
    for (size_t i = 0; i < s.tokens.size(); ++i)  // views once `bytes` has stopped growing
        s.tokens[i].utf8 = std::string_view(s.bytes).substr(s.starts[i], s.starts[i + 1] - s.starts[i]);
    return s.tokens;
}

}  // namespace planpub::search
