// Glossary terms as plain values.
#pragma once
#include <string>
#include <vector>

#include "model/source_span.hpp"

namespace planpub {

struct Term {
    std::string term;
    std::string reading;  // hiragana, for 50音 order
    std::vector<std::string> aliases;
    std::string expansion;       // for abbreviations (ICT → Information and Communication Technology)
    std::string expansion_lang;  // e.g. en
    std::string definition;      // Markdown inline
    std::string source;
    bool link = true;    // false: never auto-linked
    std::string plan;    // empty for site-wide terms
    std::string anchor;  // t-<id or term> (site) / t-<plan>-<…> (plan-local); unique
    std::string path;    // glossary.yaml as the user named it
    int line = 0;
    SourceSpan definition_at;  // where the definition's text lies in glossary.yaml
};

struct Glossary {
    std::vector<Term> terms;  // site terms first, then each plan's, in file order
};

}  // namespace planpub
