// Search stage, inside: what build_index and IndexBuilder share — the JavaScript string writer,
// the shard count and one document's weighted tokens.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/search_index.hpp"

namespace planpub::search {

// A JavaScript string literal; "</" is split so that no text can end the <script> it lands in.
void js_string(std::string& out, std::string_view s);

// How many shards for `postings` (document, token) pairs: a power of two from 1 to 256.
size_t shard_count(size_t postings);

// One document's tokens, each once with its summed weight (titles and headings count more), at
// most 999.
std::vector<std::pair<std::u32string, int>> weighted_tokens(const Doc& doc);

}  // namespace planpub::search
