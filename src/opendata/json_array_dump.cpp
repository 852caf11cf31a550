#include "opendata/json_array_dump.hpp"

#include <algorithm>

#include "text/reserve_ahead.hpp"

namespace planpub {

std::string dump_with_array(nlohmann::ordered_json doc, const std::string& key, size_t count,
                            const std::function<std::optional<nlohmann::ordered_json>(size_t)>& item) {
    // A placeholder no content can hold (control characters), written as nlohmann writes it.
    const std::string placeholder = "\x01planpub-array\x01";
    doc[key] = placeholder;
    std::string text = doc.dump(2);
    const std::string written = nlohmann::ordered_json(placeholder).dump();
    const size_t at = text.find(written);
    if (at == std::string::npos || text.find(written, at + 1) != std::string::npos) {  // never, but never wrong
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (size_t i = 0; i < count; ++i)
            if (auto one = item(i)) array.push_back(std::move(*one));
        doc[key] = std::move(array);
        return doc.dump(2);
    }
    // nlohmann indents each level by two more spaces: a top-level key's items at four, its closing
    // bracket at two. A JSON string never holds a raw newline, so every newline of an item's own
    // dump starts one of its lines. One string throughout: datapackage.json is 12 MB at 1,000 plans.
    std::string out = text.substr(0, at) + "[";
    bool any = false;
    const size_t head = out.size();
    for (size_t i = 0; i < count; ++i) {
        reserve_ahead(out, head, i, count, text.size() - at);
        std::optional<nlohmann::ordered_json> one = item(i);
        if (!one) continue;
        out += any ? ",\n    " : "\n    ";
        any = true;
        const std::string dumped = one->dump(2);
        for (size_t from = 0, nl; from < dumped.size(); from = nl + 1) {
            nl = std::min(dumped.find('\n', from), dumped.size() - 1);
            out.append(dumped, from, nl + 1 - from);
            if (dumped[nl] == '\n') out += "    ";
        }
    }
    out += any ? "\n  ]" : "]";
    out.append(text, at + written.size());
    return out;
}

}  // namespace planpub
