#include "search/search_index.hpp"
#include "search/index_format.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "text/match_fold.hpp"
#include "text/utf8.hpp"

namespace planpub::search {

// JavaScript's \s: the query side splits with it, so the index splits at the same characters.
static bool is_js_space(char32_t c) {
    return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

static char32_t kana_fold(char32_t c) { return (c >= 0x30A1 && c <= 0x30F6) ? c - 0x60 : c; }

std::vector<std::u32string> fold_pieces(std::string_view text) {
    std::vector<std::u32string> out;
    std::string piece;
    auto flush = [&] {
        if (piece.empty()) return;
        std::string folded = fold_for_match(piece);
        std::u32string u;
        for (size_t k = 0; k < folded.size();) u += kana_fold(next_code_point(folded, k));
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

static Kind kind_of(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7))
        return Kind::Word;
    if ((c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) || (c >= 0x3005 && c <= 0x3007) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF))
        return Kind::Japanese;
    return Kind::Other;
}

std::vector<std::u32string> tokenize(std::string_view text, bool for_query) {
    std::vector<std::u32string> tokens;
    for (const std::u32string& p : fold_pieces(text)) {
        for (size_t i = 0; i < p.size();) {
            Kind k = kind_of(p[i]);
            size_t j = i + 1;
            while (j < p.size() && kind_of(p[j]) == k) ++j;
            if (k == Kind::Word) {
                tokens.push_back(p.substr(i, std::min<size_t>(j - i, 40)));  // a longer "word" is noise
            } else if (k == Kind::Japanese) {
                if (!for_query || j - i == 1)
                    for (size_t q = i; q < j; ++q) tokens.push_back(p.substr(q, 1));
                for (size_t q = i; q + 1 < j; ++q) tokens.push_back(p.substr(q, 2));
            }
            i = j;
        }
    }
    return tokens;
}

uint32_t token_hash(const std::u32string& token) {
    uint32_t h = 2166136261u;
    for (char32_t c : token) h = (h ^ static_cast<uint32_t>(c)) * 16777619u;
    return h;
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
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";  // line ends to old JS
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

static std::string utf8_of(const std::u32string& u) {
    std::string s;
    for (char32_t c : u) append_utf8(s, c);
    return s;
}

size_t shard_count(size_t postings) {
    size_t n = 1;
    while (n < 256 && postings / n > 6000) n *= 2;  // about 6,000 postings (≈ 40 kB) a shard
    return n;
}

namespace {

struct TokenWeight {
    std::u32string token;
    size_t hash;  // std::hash of the token: which worker merges it
    int weight;   // the document's total for the token, at most 999
};

std::vector<TokenWeight> doc_tokens(const Doc& doc) {
    std::vector<std::pair<std::u32string, int>> weights = weighted_tokens(doc);
    std::vector<TokenWeight> out;
    out.reserve(weights.size());
    std::hash<std::u32string> hash;
    for (auto& [token, w] : weights) out.push_back({token, hash(token), w});
    return out;
}

using Postings = std::vector<std::pair<uint32_t, int>>;  // (doc, weight), sorted by doc

}  // namespace

std::vector<std::pair<std::u32string, int>> weighted_tokens(const Doc& doc) {
    std::unordered_map<std::u32string, int> weights;
    auto add = [&](std::string_view text, int weight) {
        for (std::u32string& t : tokenize(text, false)) {
            int& w = weights[std::move(t)];
            w = std::min(w + weight, 999);
        }
    };
    add(doc.title, kTitleWeight);
    add(doc.extra, kTitleWeight);
    for (const Section& s : doc.sections) {
        add(s.heading, kHeadingWeight);
        add(s.text, kBodyWeight);
    }
    return {weights.begin(), weights.end()};
}

std::vector<std::pair<std::string, std::string>> build_index(const std::vector<Doc>& docs, int parts,
                                                             const ForEach& for_each) {
    // Tokenizing is most of the cost: each document on its own in parallel, then the postings
    // merged in parallel too, each worker taking the tokens whose hash falls to it and visiting the
    // documents in order (so each list is sorted by doc and the bytes never depend on timing).
    auto each = [&](size_t n, const std::function<void(size_t)>& task) {
        if (for_each)
            for_each(n, task);
        else
            for (size_t i = 0; i < n; ++i) task(i);
    };
    std::vector<std::vector<TokenWeight>> per_doc(docs.size());
    each(docs.size(), [&](size_t d) { per_doc[d] = doc_tokens(docs[d]); });
    std::vector<std::unordered_map<std::u32string, Postings>> merged(std::max(1, parts));
    each(merged.size(), [&](size_t part) {
        for (uint32_t d = 0; d < per_doc.size(); ++d)
            for (const TokenWeight& t : per_doc[d])
                if (t.hash % merged.size() == part) merged[part][t.token].push_back({d, t.weight});
    });
    size_t count = 0;
    for (const auto& doc : per_doc) count += doc.size();
    per_doc.clear();
    std::vector<std::pair<std::string, std::string>> files;
    const size_t n = shard_count(count);
    // Plans named once, documents refer to them by number: a plan's name is on every page of it.
    std::vector<std::string> plans;
    std::map<std::string, size_t> plan_no;
    for (const Doc& d : docs)
        if (plan_no.emplace(d.plan, plans.size()).second) plans.push_back(d.plan);
    std::string out =
        "window.__planpubSearch.docs(" + std::to_string(n) + "," + std::to_string(kDocsPerTextFile) + ",[";
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
    // Postings as [doc gap, weight, doc gap, weight …]: gaps keep the numbers short.
    std::vector<std::string> shards(n);
    // Tokens in code-point order, so that the same site always gives the same bytes.
    std::vector<const std::pair<const std::u32string, Postings>*> order;
    size_t tokens = 0;
    for (const auto& part : merged) tokens += part.size();
    order.reserve(tokens);
    for (const auto& part : merged)
        for (const auto& entry : part) order.push_back(&entry);
    std::sort(order.begin(), order.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    for (const auto* entry : order) {
        const std::u32string& token = entry->first;
        const Postings& list = entry->second;
        std::string& s = shards[token_hash(token) % n];
        s += s.empty() ? "\n" : ",\n";
        js_string(s, utf8_of(token));
        s += ":[";
        uint32_t prev = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            if (i) s += ',';
            s += std::to_string(list[i].first - prev);
            s += ',';
            s += std::to_string(list[i].second);
            prev = list[i].first;
        }
        s += ']';
    }
    for (size_t i = 0; i < n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "shard-%02zx.js", i);
        files.push_back({name, "window.__planpubSearch.add(" + std::to_string(i) + ",{" + shards[i] + "});\n"});
    }
    // The texts, for phrase checks, snippets and the section to link to: [[anchor, heading, text] …] a doc.
    for (size_t first = 0; first < docs.size(); first += kDocsPerTextFile) {
        size_t group = first / kDocsPerTextFile;
        std::string t = "window.__planpubSearch.text(" + std::to_string(group) + ",[";
        for (size_t d = first; d < std::min(docs.size(), first + kDocsPerTextFile); ++d) {
            t += d > first ? ",\n[" : "\n[";
            for (size_t k = 0; k < docs[d].sections.size(); ++k) {
                const Section& s = docs[d].sections[k];
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

}  // namespace planpub::search
