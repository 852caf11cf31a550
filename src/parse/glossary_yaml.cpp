#include "parse/glossary_yaml.hpp"

#include <map>
#include <optional>

#include "parse/site_config.hpp"
#include "parse/yaml_source.hpp"
#include "text/identifiers.hpp"
#include "text/match_fold.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace planpub {

// A reading in kana: hiragana, or katakana (ソウセイ), which is written as hiragana (そうせい) so
// that it sorts in 50音 order with the others. Returns nullopt when another character is in it.
static std::optional<std::string> kana_reading(const std::string& s) {
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        char32_t c = next_code_point(s, i);
        if (c >= 0x30A1 && c <= 0x30F6)
            c -= 0x60;  // ァ..ヶ → ぁ..ゖ
        else if (c == 0x30FD || c == 0x30FE)
            c -= 0x60;  // ヽ ヾ → ゝ ゞ
        bool ok = (c >= 0x3041 && c <= 0x309F) || c == 0x30FC || c == ' ' || c == 0x3000 || (c >= '0' && c <= '9') ||
                  c == 0x30FB;
        if (!ok) return std::nullopt;
        append_utf8(out, c);
    }
    return out;
}

std::vector<Term> parse_glossary(const SourceFile& file, const std::string& plan, Diagnostics& diags) {
    std::vector<Term> terms;
    if (!file.present) return terms;
    YamlSource src{file.path, file.text, 1};
    auto doc = parse_yaml(src, diags);
    if (!doc) return terms;
    if (doc->IsNull()) return terms;
    if (!doc->IsSequence()) {
        diags.error({file.path, 1, 1}, "glossary.not-list", "glossary.yaml must be a list of terms",
                    "start each entry with '- term: …'");
        return terms;
    }
    std::map<std::string, int> seen;  // folded spelling → line
    for (const auto& n : *doc) {
        Location at = location_of(src, n);
        if (!n.IsMap()) {
            diags.error(at, "glossary.bad-entry", "a glossary entry must have term, reading and definition",
                        "write '- term: …' with 'reading:' and 'definition:' below it");
            continue;
        }
        warn_unknown_keys(src, n, {"term", "reading", "aliases", "expansion", "definition", "source", "link", "id"},
                          "glossary entry", diags);
        Term t;
        t.plan = plan;
        t.path = file.path;
        t.line = at.line;
        auto term = read_string(src, n, "term", diags, true, "glossary entry");
        if (!term) continue;
        t.term = *term;
        if (auto r = read_string(src, n, "reading", diags, true, "term \"" + t.term + "\"")) {
            if (auto kana = kana_reading(*r))
                t.reading = *kana;
            else {
                t.reading = *r;
                diags.error(
                    location_of(src, child(n, "reading")), "glossary.bad-reading",
                    "reading \"" + t.reading + "\" must be written in hiragana or katakana",
                    "write how the term is read, e.g. かんけいじんこう; Latin terms too (ICT → あいしーてぃー)");
            }
        }
        if (auto d = read_string(src, n, "definition", diags, true, "term \"" + t.term + "\"")) {
            t.definition = *d;
            t.definition_at = value_span(src, child(n, "definition"), t.definition);
        }
        t.source = read_string(src, n, "source", diags, false, "term").value_or("");
        if (auto l = read_bool(src, n, "link", diags)) t.link = *l;
        YAML::Node aliases = child(n, "aliases");
        if (aliases.IsSequence())
            for (const auto& a : aliases)
                if (a.IsScalar() && !trim(a.Scalar()).empty()) t.aliases.push_back(trim(a.Scalar()));
        YAML::Node exp = child(n, "expansion");
        if (exp.IsScalar()) {
            t.expansion = trim(exp.Scalar());
            t.expansion_lang = "en";
        } else if (exp.IsMap()) {
            t.expansion = read_string(src, exp, "text", diags, true, "expansion").value_or("");
            t.expansion_lang = read_string(src, exp, "lang", diags, false, "expansion").value_or("en");
            if (!is_language_tag(t.expansion_lang)) {
                diags.error(location_of(src, child(exp, "lang")), "glossary.bad-lang",
                            "lang \"" + t.expansion_lang + "\" is not a language tag",
                            "write a BCP 47 tag such as en, fr or en-US (not en_US or 英語)");
                t.expansion_lang = "en";
            }
        }
        std::string id;
        if (auto v = read_string(src, n, "id", diags, false, "term")) {
            if (!is_valid_id(*v))
                diags.error(location_of(src, child(n, "id")), "glossary.invalid-id",
                            "id \"" + *v + "\" may only use a-z, 0-9 and '-'", "write e.g. id: kankei-jinko");
            else
                id = *v;
        }
        std::string base = id;
        if (base.empty())
            for (char c : t.term)
                if (c != ' ' && c != '\t') base += c;  // Unicode is valid in HTML ids
        t.anchor = "t-" + (plan.empty() ? "" : plan + "-") + base;
        bool dup = false;
        auto check = [&](const std::string& spelling) {
            std::string key = fold_for_match(spelling);
            size_t chars = static_cast<size_t>(count_chars(key));
            if (chars > Limits::max_term_chars) {
                size_t cut = 60;  // bytes, back to the start of a character
                while (cut < spelling.size() && (static_cast<unsigned char>(spelling[cut]) & 0xC0) == 0x80) --cut;
                std::string head = spelling.substr(0, cut);
                // The matcher's cost per character of text grows with the longest term.
                diags.error(at, "limit.term-too-long",
                            "\"" + head + "…\" is " + std::to_string(chars) +
                                " characters long; a glossary term may have at most " +
                                std::to_string(Limits::max_term_chars),
                            "a glossary term is a word or short phrase; put the longer wording in its definition");
                dup = true;
                return;
            }
            auto [it, fresh] = seen.emplace(std::move(key), t.line);
            if (!fresh) {
                diags.error(at, "glossary.duplicate-term",
                            "\"" + spelling + "\" is already defined on line " + std::to_string(it->second),
                            "define each term once; merge the two entries or make one an alias");
                dup = true;
            }
        };
        check(t.term);
        for (const std::string& a : t.aliases) check(a);
        if (!dup) terms.push_back(std::move(t));
    }
    return terms;
}

void drop_duplicate_anchors(std::vector<Term>& terms, Diagnostics& diags) {
    std::map<std::string, const Term*> seen;
    std::vector<Term> kept;
    for (Term& t : terms) {
        auto [it, fresh] = seen.emplace(t.anchor, &t);
        if (!fresh) {
            diags.error({t.path, t.line, 1}, "glossary.duplicate-id",
                        "term \"" + t.term + "\" gets the anchor \"" + t.anchor + "\", which term \"" +
                            it->second->term + "\" (" + it->second->path + ":" + std::to_string(it->second->line) +
                            ") already has",
                        "give one of the two terms another 'id:'");
            continue;
        }
        kept.push_back(t);
    }
    terms.swap(kept);
}

}  // namespace planpub
