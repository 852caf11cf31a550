// search::build_index against the straightforward implementation it replaced (one u32string per
// token, hashed per document and merged in a map of postings), kept here as the reference: the
// fast index must write the same bytes, file for file, on random Japanese, Latin and mixed text
// with width variants, katakana, long words, empty documents and weights that reach the cap.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <thread>
#include <unordered_map>

#include "search/search_index.hpp"
#include "text/match_fold.hpp"
#include "text/utf8.hpp"

using namespace planpub;
using search::Doc;

namespace {

bool is_js_space(char32_t c) {
    return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

std::vector<std::u32string> ref_fold_pieces(std::string_view text) {
    std::vector<std::u32string> out;
    std::string piece;
    auto flush = [&] {
        if (piece.empty()) return;
        std::string folded = fold_for_match(piece);
        std::u32string u;
        for (size_t k = 0; k < folded.size();) {
            char32_t c = next_code_point(folded, k);
            u += (c >= 0x30A1 && c <= 0x30F6) ? c - 0x60 : c;
        }
        if (!u.empty()) out.push_back(std::move(u));
        piece.clear();
    };
    for (size_t i = 0; i < text.size();) {
        size_t b = i;
        char32_t c = next_code_point(text, i);
        if (is_js_space(c))
            flush();
        else
            piece.append(text.substr(b, i - b));
    }
    flush();
    return out;
}

enum class Kind { Word, Japanese, Other };

Kind kind_of(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7))
        return Kind::Word;
    if ((c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) || (c >= 0x3005 && c <= 0x3007) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF))
        return Kind::Japanese;
    return Kind::Other;
}

std::vector<std::u32string> ref_tokenize(std::string_view text) {
    std::vector<std::u32string> tokens;
    for (const std::u32string& p : ref_fold_pieces(text)) {
        for (size_t i = 0; i < p.size();) {
            Kind k = kind_of(p[i]);
            size_t j = i + 1;
            while (j < p.size() && kind_of(p[j]) == k) ++j;
            if (k == Kind::Word) {
                tokens.push_back(p.substr(i, std::min<size_t>(j - i, 40)));
            } else if (k == Kind::Japanese) {
                for (size_t q = i; q < j; ++q) tokens.push_back(p.substr(q, 1));
                for (size_t q = i; q + 1 < j; ++q) tokens.push_back(p.substr(q, 2));
            }
            i = j;
        }
    }
    return tokens;
}

void js_string(std::string& out, std::string_view s) {
    out += '"';
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else if (c == '<' && i + 1 < s.size() && s[i + 1] == '/') {
            out += "<\\/";
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

using Files = std::vector<std::pair<std::string, std::string>>;
using Postings = std::vector<std::pair<uint32_t, int>>;

// One document's tokens, each once with its summed weight, at most 999.
std::unordered_map<std::u32string, int> reference_weights(const Doc& doc) {
    std::unordered_map<std::u32string, int> weights;
    auto add = [&](std::string_view text, int weight) {
        for (std::u32string& t : ref_tokenize(text)) {
            int& w = weights[std::move(t)];
            w = std::min(w + weight, 999);
        }
    };
    add(doc.title, search::kTitleWeight);
    add(doc.extra, search::kTitleWeight);
    for (const search::Section& s : doc.sections) {
        add(s.heading, search::kHeadingWeight);
        add(s.text, search::kBodyWeight);
    }
    return weights;
}

Files reference_index(const std::vector<Doc>& docs) {
    std::map<std::u32string, Postings> merged;  // in code-point order, lists in document order
    size_t count = 0;
    for (uint32_t d = 0; d < docs.size(); ++d) {
        const auto weights = reference_weights(docs[d]);
        count += weights.size();
        for (auto& [token, w] : weights) merged[token].push_back({d, w});
    }
    size_t n = 1;
    while (n < 256 && count / n > 6000) n *= 2;
    Files files;
    std::vector<std::string> plans;
    std::map<std::string, size_t> plan_no;
    for (const Doc& d : docs)
        if (plan_no.emplace(d.plan, plans.size()).second) plans.push_back(d.plan);
    std::string out =
        "window.__planpubSearch.docs(" + std::to_string(n) + "," + std::to_string(search::kDocsPerTextFile) + ",[";
    for (size_t i = 0; i < plans.size(); ++i) {
        if (i) out += ',';
        js_string(out, plans[i]);
    }
    out += "],[";
    for (size_t d = 0; d < docs.size(); ++d) {
        out += d ? ",\n[" : "\n[";
        js_string(out, docs[d].title);
        out += ',';
        js_string(out, docs[d].url);
        out += "," + std::to_string(plan_no[docs[d].plan]) + "]";
    }
    files.push_back({"docs.js", out + "]);\n"});
    std::vector<std::string> shards(n);
    for (const auto& [token, list] : merged) {
        std::string& s = shards[search::token_hash(token) % n];
        s += s.empty() ? "\n" : ",\n";
        std::string utf8;
        for (char32_t c : token) append_utf8(utf8, c);
        js_string(s, utf8);
        s += ":[";
        uint32_t prev = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            if (i) s += ',';
            s += std::to_string(list[i].first - prev) + "," + std::to_string(list[i].second);
            prev = list[i].first;
        }
        s += ']';
    }
    for (size_t i = 0; i < n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "shard-%02zx.js", i);
        files.push_back({name, "window.__planpubSearch.add(" + std::to_string(i) + ",{" + shards[i] + "});\n"});
    }
    for (size_t first = 0; first < docs.size(); first += search::kDocsPerTextFile) {
        size_t group = first / search::kDocsPerTextFile;
        std::string t = "window.__planpubSearch.text(" + std::to_string(group) + ",[";
        for (size_t d = first; d < std::min(docs.size(), first + search::kDocsPerTextFile); ++d) {
            t += d > first ? ",\n[" : "\n[";
            for (size_t k = 0; k < docs[d].sections.size(); ++k) {
                const search::Section& s = docs[d].sections[k];
                t += k ? ",[" : "[";
                js_string(t, s.anchor);
                t += ',';
                js_string(t, s.heading);
                t += ',';
                js_string(t, s.text);
                t += ']';
            }
            t += ']';
        }
        char name[32];
        std::snprintf(name, sizeof name, "text-%03zx.js", group);
        files.push_back({name, t + "]);\n"});
    }
    return files;
}

// Pieces of text the tokenizer treats differently: width variants, half-width and NFD kana, the
// iteration marks, the katakana middle dot (not Japanese), ignorables, spaces JavaScript splits
// at, compatibility ideographs (they fold to others), emoji, invalid UTF-8, script-ending text.
const char* const kBits[] = {"子育て", "支援",     "デジタル", "でじたる",
                             "ﾃﾞｼﾞﾀﾙ", "ｶﾞ",       "カ\u3099", "ヴ",
                             "ヶ",     "ー",       "・",       "々",
                             "〆",     "〇",       "ＫＰＩ",   "ｋｐｉ",
                             "KPI",    "kpi",      "Dx",       "２０２５",
                             "2025",   "①",        "㍻",       "é",
                             "ß",      "Ä",        "×",        "÷",
                             "\u00AD", "\u200B",   "\uFE00",   "葛\U000E0100",
                             "\u3400", "\uF900",   "\uFA30",   "😀",
                             "\xFF",   "\xE3\x81", "、",       "。",
                             "（",     "）",       "「",       "</",
                             "\"",     "\\",       " ",        "\t",
                             "\n",     "\u3000",   "\u00A0",   "\u2028",
                             "\u2029", "\uFEFF",   "a",        "Z",
                             "9",      "人",       "新幹線",   "観光交流人口",
                             "あ",     "ア",       "ゝ",       "ヽ"};

std::string random_text(std::mt19937& rng, size_t pieces) {
    std::string s;
    const size_t nbits = sizeof kBits / sizeof kBits[0];
    for (size_t i = 0; i < pieces; ++i) {
        unsigned r = rng() % 100;
        if (r < 3) {  // a long word: longer than the 40 code points a token keeps
            size_t len = 30 + rng() % 30;
            for (size_t k = 0; k < len; ++k) s += static_cast<char>("abcxyz0189"[rng() % 10]);
        } else if (r < 8) {
            append_utf8(s, static_cast<char32_t>(0x4E00 + rng() % 0x5200));  // any unified ideograph
        } else if (r < 10) {
            append_utf8(s, static_cast<char32_t>(0x3041 + rng() % 0xBF));  // any kana
        } else if (r < 11) {
            append_utf8(s, static_cast<char32_t>(0xC0 + rng() % 0x190));  // Latin-1 and Extended-A/B
        } else {
            s += kBits[rng() % nbits];
        }
    }
    return s;
}

std::vector<Doc> random_docs(unsigned seed, size_t count) {
    std::mt19937 rng(seed);
    std::vector<Doc> docs;
    for (size_t d = 0; d < count; ++d) {
        Doc doc{random_text(rng, rng() % 6),
                "p" + std::to_string(d) + "/index.html",
                rng() % 3 ? "甲" : "乙",
                random_text(rng, rng() % 3),
                {}};
        size_t sections = rng() % 4;
        for (size_t k = 0; k < sections; ++k)
            doc.sections.push_back(
                {"s" + std::to_string(k), random_text(rng, rng() % 4), random_text(rng, rng() % 400)});
        docs.push_back(std::move(doc));
    }
    docs.push_back({"", "empty.html", "", "", {}});  // nothing to index
    docs.push_back({" \t", "blank.html", "", "", {{"", "\u3000", "\u200B"}}});
    std::string many;  // 人 in the title 200 times is 1,600: capped at 999, as is 子 in the body
    for (int k = 0; k < 200; ++k) many += "人 ";
    docs.push_back({many, "capped.html", "甲", many, {{"", many, std::string(3000, 'x') + " " + many}}});
    return docs;
}

Files with_parts(const std::vector<Doc>& docs, int parts) {
    return search::build_index(docs, parts, [](size_t n, const std::function<void(size_t)>& task) {
        std::vector<std::thread> pool;  // every task on a thread of its own, in reverse order
        for (size_t i = n; i-- > 0;) pool.emplace_back([&task, i] { task(i); });
        for (auto& t : pool) t.join();
    });
}

}  // namespace

TEST_CASE("the search index writes the same bytes as the reference implementation", "[search]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        const auto docs = random_docs(seed, seed == 3 ? 40 : 160);
        const Files want = reference_index(docs);
        INFO("seed " << seed << ", " << want.size() << " files");
        REQUIRE(search::build_index(docs) == want);
        CHECK(search::build_index(docs, 3) == want);
        CHECK(with_parts(docs, 2) == want);
        CHECK(with_parts(docs, 7) == want);
    }
}

TEST_CASE("the reference check sees weights capped, words cut and several shards", "[search]") {
    const auto docs = random_docs(1, 160);
    const Files files = search::build_index(docs);
    size_t shards = 0;
    bool capped = false, cut = false;
    for (const auto& [name, bytes] : files) {
        if (name.rfind("shard-", 0) != 0) continue;
        ++shards;
        capped = capped || bytes.find("\"人\":[") != std::string::npos && bytes.find(",999]") != std::string::npos;
        cut = cut || bytes.find("\"" + std::string(40, 'x') + "\":[") != std::string::npos;
    }
    CHECK(shards >= 4);  // the merge spans shards
    CHECK(capped);
    CHECK(cut);
}

TEST_CASE("DocTokenizer gives a document's tokens once each, with the reference's weights", "[search]") {
    const auto docs = random_docs(4, 60);
    search::DocTokenizer tokenizer;  // one for all: nothing of a document stays for the next
    for (const Doc& doc : docs) {
        std::map<std::string, int> want, got;
        for (const auto& [token, w] : reference_weights(doc)) {
            std::string utf8;
            for (char32_t c : token) append_utf8(utf8, c);
            want[utf8] = w;
        }
        for (const search::DocTokenizer::Token& t : tokenizer.tokens(doc)) {
            const std::string utf8 = t.utf8();
            CHECK(got.emplace(utf8, t.weight).second);
            CHECK(t.word.empty() == (t.japanese != 0));  // one or the other
            std::u32string token;
            for (size_t k = 0; k < utf8.size();) token += next_code_point(utf8, k);
            CHECK(t.hash == search::token_hash(token));
        }
        CHECK(got == want);
    }
}
