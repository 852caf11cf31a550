// Inside src/search: the index files' JavaScript (docs.js and text-XXX.js whole, the pieces of a
// shard), apart from how the postings are gathered (search_index.cpp).
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "search/search_index.hpp"

namespace planpub::search {

// A JavaScript string literal; "</" is split so that no text can end the <script> it lands in.
void js_string(std::string& out, std::string_view s);

void append_number(std::string& out, uint64_t n);
// How many characters append_number writes for `n`.
size_t decimal_digits(uint64_t n);

// docs.js: the number of shards, the plans once, each document's title, URL and plan.
std::string docs_js(const std::vector<Doc>& docs, size_t shards);
// The same from documents 0 … count - 1 asked for by number, twice each (the plans first).
std::string docs_js(size_t count, const Lister& listing, size_t shards);

// text-XXX.js for documents [group * kDocsPerTextFile, …): [[anchor, heading, text] …] a doc.
std::string text_js(const std::vector<Doc>& docs, size_t group);
// The same from the group's documents alone: docs[0, count).
std::string text_js(const Doc* docs, size_t count, size_t group);

// How many shards for `postings` (document, token) pairs: a power of two from 1 to 256.
size_t shard_count(size_t postings);

std::string shard_file_name(size_t shard);  // shard-XX.js
std::string text_file_name(size_t group);   // text-XXX.js

}  // namespace planpub::search
