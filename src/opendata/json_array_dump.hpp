// Open data: a JSON document whose one large array is written item by item, never held whole.
#pragma once
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

namespace planpub {

// doc.dump(2) with the top-level `key` set to the array of what item(0) … item(count - 1) make
// (nullopt: left out). Each item is made, written and let go in turn, so the array is never a tree
// in memory (datapackage.json's resources are millions of JSON nodes at 1,000 plans); the text is
// exactly the whole tree's dump(2).
std::string dump_with_array(nlohmann::ordered_json doc, const std::string& key, size_t count,
                            const std::function<std::optional<nlohmann::ordered_json>(size_t)>& item);

}  // namespace planpub
