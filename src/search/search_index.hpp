// Search stage: the site's full-text index, built once per build and written as .js files that
// search/index.html loads with <script> (works from file:// and any static host). No dictionary:
// Japanese runs become character bigrams plus single characters, Latin words and numbers stay
// words, all after the glossary matcher's folding, so themes/default/assets/search.js tokenizes
// a query exactly as the index was tokenized (tests/search checks both fold a corpus the same).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planpub::search {

// The text split at white space (the set JavaScript's \s matches), each piece folded by
// fold_for_match (NFKC, Latin lower case, default-ignorables dropped) and katakana folded to
// hiragana (ア → あ), so that ディー and でぃー are one spelling.
std::vector<std::u32string> fold_pieces(std::string_view text);

// Index tokens: each Latin/digit word, each Japanese character and each adjacent pair. A query
// (for_query) keeps single characters only for a one-character Japanese run.
std::vector<std::u32string> tokenize(std::string_view text, bool for_query);

// The shard a token's postings go to: FNV-1a over its code points, modulo `shards`.
uint32_t token_hash(const std::u32string& token);

struct Section {
    std::string anchor;   // heading id; empty before the first heading
    std::string heading;  // plain text
    std::string text;     // plain text of the section
};

struct Doc {
    std::string title, url, plan;  // url relative to the output root
    std::string extra;             // indexed with the title's weight but not shown (readings, aliases)
    std::vector<Section> sections;
};

// What docs.js says of a document: its title, URL and plan, by its number.
struct Listing {
    std::string title, url, plan;
};
using Lister = std::function<Listing(size_t doc)>;

// The plain text of a rendered page's <main>, cut at its headings (scripts, styles and SVG left out).
std::vector<Section> sections_of_html(std::string_view html);

// Runs task(i) for every i in [0, n), in any order and on any threads (the caller's workers):
// search/ starts no threads of its own.
using ForEach = std::function<void(size_t n, const std::function<void(size_t)>& task)>;

// The index files, as (name under search/, bytes): docs.js, shard-XX.js, text-XXX.js. With
// `for_each`, documents are tokenized and postings merged in `parts` parallel parts; the bytes are
// the same for any `parts` and any `for_each`.
std::vector<std::pair<std::string, std::string>> build_index(const std::vector<Doc>& docs, int parts = 1,
                                                             const ForEach& for_each = {});

// One document's tokens, each once with its summed weight (titles and headings weigh more, at
// most 999), for an index built a document at a time: the token (a word as UTF-8, a Japanese token
// as its code points), its token_hash and its weight, in no particular order. Keeps its buffers
// from one document to the next: one a thread.
class DocTokenizer {
  public:
    struct Token {
        std::string_view word;  // a Latin/digit word, or empty for a Japanese token:
        uint64_t japanese;      // c1 << 21 | c2 (c2 = 0 for one character), or 0 for a word
        uint32_t hash;
        int weight;
        std::string utf8() const;  // the token as the index's files spell it
    };
    DocTokenizer();
    ~DocTokenizer();
    // Valid until the next call.
    const std::vector<Token>& tokens(const Doc& doc);

  private:
    struct State;
    std::unique_ptr<State> state_;
};

constexpr int kTitleWeight = 8, kHeadingWeight = 4, kBodyWeight = 1;
constexpr size_t kDocsPerTextFile = 4;  // a query loads the text of its top 20: small files

}  // namespace planpub::search
