// Tests for src/search: the tokenizer agrees with search.js (fold_expected.txt, which
// tests/search/fold_check.mjs checks on the JavaScript side), page text and the index files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "search/search_index.hpp"
#include "search/tokens.hpp"
#include "text/utf8.hpp"

using namespace planpub;

static std::string joined(const std::vector<std::u32string>& tokens) {
    std::string s;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i) s += '|';
        for (char32_t c : tokens[i]) append_utf8(s, c);
    }
    return s;
}

// fold_corpus.txt's escapes: \uXXXX, \u{XXXXX} and \t.
static std::string unescape(const std::string& line) {
    std::string out;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line.compare(i, 2, "\\t") == 0) {
            out += '\t';
            ++i;
        } else if (line.compare(i, 3, "\\u{") == 0) {
            size_t end = line.find('}', i);
            append_utf8(out, static_cast<char32_t>(std::stoul(line.substr(i + 3, end - i - 3), nullptr, 16)));
            i = end;
        } else if (line.compare(i, 2, "\\u") == 0) {
            append_utf8(out, static_cast<char32_t>(std::stoul(line.substr(i + 2, 4), nullptr, 16)));
            i += 5;
        } else {
            out += line[i];
        }
    }
    return out;
}

TEST_CASE("search tokens are the ones search.js makes from the same text", "[search]") {
    std::ifstream corpus(std::string(PLANPUB_SOURCE_DIR) + "/tests/search/fold_corpus.txt");
    std::ifstream expected(std::string(PLANPUB_SOURCE_DIR) + "/tests/search/fold_expected.txt");
    REQUIRE(corpus);
    REQUIRE(expected);
    std::string line, want;
    int n = 0;
    while (std::getline(corpus, line)) {
        if (line.empty() || line[0] == '#') continue;
        REQUIRE(std::getline(expected, want));
        std::string text = unescape(line);
        INFO(line);
        CHECK(joined(search::tokenize(text, false)) + "\t" + joined(search::tokenize(text, true)) == want);
        ++n;
    }
    CHECK(n >= 50);
}

TEST_CASE("search folds width, case and kana, and splits Japanese into bigrams", "[search]") {
    CHECK(joined(search::tokenize("ＤＸ推進", true)) == "dx|推進");
    CHECK(joined(search::tokenize("デジタル", true)) == joined(search::tokenize("でじたる", true)));
    CHECK(joined(search::tokenize("ﾃﾞｼﾞﾀﾙ", true)) == "でじ|じた|たる");
    CHECK(joined(search::tokenize("人", true)) == "人");  // one character: itself
    CHECK(joined(search::tokenize("新幹線", false)) == "新|幹|線|新幹|幹線");
    CHECK(search::token_hash(U"a") == 0xe40c292cu);  // FNV-1a, as search.js computes it
}

TEST_CASE("page text is cut at headings, without scripts, navigation and hidden helper text", "[search]") {
    std::string html =
        "<header>no</header><main id=\"main\"><h1>題名</h1><p>前文&amp;本文</p><script>x()</script>"
        "<h2 id=\"s1\">節<em>一</em></h2><p>デジタル<a class=\"term\" href=\"#\">田園<span class=\"visually-hidden\">"
        "（用語の説明）</span></a>都市</p><nav>前のページ</nav><svg><title>図</title></svg></main>";
    auto s = search::sections_of_html(html);
    REQUIRE(s.size() == 2);
    CHECK(s[0].anchor.empty());
    CHECK(s[0].heading == "題名");
    CHECK(s[0].text == "前文&本文");
    CHECK(s[1].anchor == "s1");
    CHECK(s[1].heading == "節一");
    CHECK(s[1].text == "デジタル田園都市");  // inline elements do not part the compound
    CHECK(search::sections_of_html("<p>no main</p>").empty());
}

TEST_CASE("the index writes docs, shards by token hash and texts as scripts", "[search]") {
    std::vector<search::Doc> docs = {
        {"DX推進", "a/index.html", "計画", "でぃーえっくす", {{"", "", "本文</script>"}}},
        {"子育て", "b/index.html", "計画", "", {{"h", "支援", "子育て支援"}}},
    };
    auto files = search::build_index(docs);
    REQUIRE(files.size() == 3);  // docs.js, one shard, one text file
    CHECK(files[0].first == "docs.js");
    CHECK(files[0].second.find("[\"DX推進\",\"a/index.html\",0]") != std::string::npos);
    CHECK(files[1].first == "shard-00.js");
    CHECK(files[1].second.find("\"dx\":[0,8]") != std::string::npos);    // title weight
    CHECK(files[1].second.find("\"でぃ\":[0,8]") != std::string::npos);  // reading, as the title
    CHECK(files[1].second.find("\"子育\":[1,9]") != std::string::npos);  // title 8 + body 1
    CHECK(files[2].first == "text-000.js");
    CHECK(files[2].second.find("本文<\\/script>") != std::string::npos);  // cannot end a <script>
}

TEST_CASE("the index has the same bytes for any number of workers", "[search]") {
    // Enough documents and shared tokens that postings lists span many documents and the shards
    // are several: the parallel merge must keep each list in document order.
    std::vector<search::Doc> docs;
    const char* words[] = {"子育て支援", "デジタル田園都市", "移住定住", "KPI 2025", "観光交流人口", "地域公共交通"};
    for (int d = 0; d < 3000; ++d) {
        std::string body;
        for (int k = 0; k < 12; ++k)
            body += std::string(words[(d * 7 + k * 3) % 6]) + std::to_string((d + k) % 97) + " ";
        docs.push_back({"頁" + std::to_string(d),
                        "p" + std::to_string(d) + "/index.html",
                        d % 2 ? "甲" : "乙",
                        "",
                        {{"", words[d % 6], body}}});
    }
    const auto one = search::build_index(docs, 1);
    REQUIRE(one.size() > 3);  // docs.js, several shards, text files
    // Parts run in reverse order and on threads: neither changes a byte.
    const search::ForEach backwards = [](size_t n, const std::function<void(size_t)>& task) {
        for (size_t i = n; i-- > 0;) task(i);
    };
    const search::ForEach threads = [](size_t n, const std::function<void(size_t)>& task) {
        std::vector<std::thread> pool;
        for (size_t i = 0; i < n; ++i) pool.emplace_back([&task, i] { task(i); });
        for (auto& t : pool) t.join();
    };
    CHECK(search::build_index(docs, 2, backwards) == one);
    CHECK(search::build_index(docs, 7, backwards) == one);
    CHECK(search::build_index(docs, 3, [&](size_t n, const std::function<void(size_t)>& task) {
              if (n <= 8)
                  threads(n, task);  // the merge parts on threads; the documents in order
              else
                  backwards(n, task);
          }) == one);
}

TEST_CASE("every word character comes before every Japanese one, which fits in 21 bits", "[search]") {
    // build_index orders tokens by number on this: all words before all Japanese tokens, and a
    // Japanese character or pair packed as c1 << 21 | c2.
    char32_t last_word = 0, first_japanese = 0x10FFFF, last_japanese = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        search::Kind k = search::kind_of(c);
        if (k == search::Kind::Word) last_word = std::max(last_word, c);
        if (k == search::Kind::Japanese) {
            first_japanese = std::min(first_japanese, c);
            last_japanese = std::max(last_japanese, c);
        }
    }
    CHECK(last_word == search::kLastWordChar);
    CHECK(first_japanese == search::kFirstJapaneseChar);
    CHECK(last_word < first_japanese);
    CHECK(last_japanese < (1u << 21));
}

// kind_of's table against the ranges it is made from, for every code point, and the ' ' that
// parts a document's folded pieces (DocCounter) is in no run.
TEST_CASE("the character classes' table is the ranges", "[search]") {
    size_t mismatches = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) mismatches += search::kind_of(c) != search::kind_by_ranges(c);
    CHECK(mismatches == 0);
    CHECK(search::kind_of(U' ') == search::Kind::Other);
    CHECK(search::kind_of(U'漢') == search::Kind::Japanese);
    CHECK(search::kind_of(U'é') == search::Kind::Word);
    CHECK(search::kind_of(0x20BB7) == search::Kind::Other);
}
