// Language of parts (WCAG 3.1.2): English inside a Japanese glossary definition ("Key Performance
// Indicator") is read with Japanese pronunciation unless it is marked. A run of two or more Latin
// words with at least one lower-case letter becomes <span lang="…">; a lone word or an acronym
// (ICT, AI) is left alone (screen readers spell those). Authors can mark other runs themselves
// with <span lang="fr">…</span>, which is never wrapped again.
#pragma once
#include <cmark-gfm.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planpub {

// The byte ranges [begin, end) of `text` that are such runs.
std::vector<std::pair<size_t, size_t>> latin_runs(std::string_view text);

// Wraps each run in the document's text nodes (not in code, links or existing lang spans).
void mark_latin_runs(cmark_node* doc, const std::string& lang);

}  // namespace planpub
