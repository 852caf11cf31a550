#include "search/index_js.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <map>

namespace planpub::search {

// The bytes that may start something to escape: '"', '\\', C0 controls, '<' (of "</") and 0xE2 (of
// U+2028 and U+2029). One lookup a byte: most text (Japanese prose) has none, and testing each
// byte for all five was 2% of a build's instructions (callgrind; every page's text comes here).
constexpr std::array<bool, 256> kMayEscape = [] {
    std::array<bool, 256> may{};
    for (int c = 0; c < 0x20; ++c) may[c] = true;
    may['"'] = may['\\'] = may['<'] = may[0xE2] = true;
    return may;
}();

void js_string(std::string& out, std::string_view s) {
    out += '"';
    // Plain runs are copied whole.
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (!kMayEscape[c]) continue;
        const bool line_end =
            c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9);
        if (!(c == '"' || c == '\\' || c < 0x20 || line_end || (c == '<' && i + 1 < s.size() && s[i + 1] == '/')))
            continue;
        out.append(s.data() + run, i - run);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else if (line_end) {
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";  // line ends to old JS
            i += 2;
        } else {
            out += "<\\/";
            ++i;
        }
        run = i + 1;
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void append_number(std::string& out, uint64_t n) {
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out.append(buf, static_cast<size_t>(end - buf));
}

size_t decimal_digits(uint64_t n) {
    size_t digits = 1;
    for (; n >= 10; n /= 10) ++digits;
    return digits;
}

std::string docs_js(const std::vector<Doc>& docs, size_t shards) {
    return docs_js(
        docs.size(),
        [&](size_t d) {
            return Listing{docs[d].title, docs[d].url, docs[d].plan};
        },
        shards);
}

std::string docs_js(size_t count, const Lister& listing, size_t shards) {
    // Plans named once, documents refer to them by number: a plan's name is on every page of it.
    std::vector<std::string> plans;
    std::map<std::string, size_t, std::less<>> plan_no;
    size_t bytes = 64;
    for (size_t d = 0; d < count; ++d) {
        Listing l = listing(d);
        if (plan_no.emplace(l.plan, plans.size()).second) plans.push_back(std::move(l.plan));
        bytes += l.title.size() + l.url.size() + 16;
    }
    std::string out;
    out.reserve(bytes);
    out += "window.__planpubSearch.docs(";
    append_number(out, shards);
    out += ',';
    append_number(out, kDocsPerTextFile);
    out += ",[";
    for (size_t i = 0; i < plans.size(); ++i) {
        if (i) out += ',';
        js_string(out, plans[i]);
    }
    out += "],[";
    for (size_t d = 0; d < count; ++d) {
        const Listing l = listing(d);
        out += d ? ",\n[" : "\n[";
        js_string(out, l.title);
        out += ',';
        js_string(out, l.url);
        out += ',';
        append_number(out, plan_no.at(l.plan));  // the lister answers the same each time
        out += ']';
    }
    out += "]);\n";
    return out;
}

std::string text_js(const std::vector<Doc>& docs, size_t group) {
    const size_t first = group * kDocsPerTextFile, last = std::min(docs.size(), first + kDocsPerTextFile);
    return text_js(docs.data() + first, last - first, group);
}

std::string text_js(const Doc* docs, size_t count, size_t group) {
    const size_t first = 0, last = count;
    size_t bytes = 64;
    for (size_t d = first; d < last; ++d)
        for (const Section& s : docs[d].sections) bytes += s.anchor.size() + s.heading.size() + s.text.size() + 16;
    std::string t;
    t.reserve(bytes);
    t += "window.__planpubSearch.text(";
    append_number(t, group);
    t += ",[";
    for (size_t d = first; d < last; ++d) {
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
    t += "]);\n";
    return t;
}

std::string shard_file_name(size_t shard) {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%02zx.js", shard);
    return name;
}

std::string text_file_name(size_t group) {
    char name[32];
    std::snprintf(name, sizeof name, "text-%03zx.js", group);
    return name;
}

}  // namespace planpub::search
