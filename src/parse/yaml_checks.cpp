#include "parse/yaml_checks.hpp"

#include <yaml-cpp/eventhandler.h>

#include <sstream>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "model/site.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace {

// Looks at the YAML's events before any node is built. Aliases (*name) are refused: a short
// document of aliases of aliases reads as billions of values. Nodes are counted: yaml-cpp takes
// a few hundred bytes for each, so their number bounds the memory a file can take.
class Guard : public YAML::EventHandler {
  public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t) override { node(m); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { throw YamlStop{m, true}; }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t, const std::string&) override { node(m); }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        node(m);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        node(m);
    }
    void OnMapEnd() override {}

  private:
    size_t nodes_ = 0;
    void node(const YAML::Mark& m) {
        if (++nodes_ > Limits::max_yaml_nodes) throw YamlStop{m, false};
    }
};

void guard(const std::string& text) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    Guard check;
    parser.HandleNextDocument(check);
}

// yaml-cpp 0.7 turns the escapes \N and \_ into the single bytes 0x85 and 0xA0, which are not
// UTF-8. The text was valid UTF-8, so any such byte in a value came from them: write it as the
// character U+0085 / U+00A0 it stands for.
void repair_escapes(YAML::Node scalar) {
    const std::string& s = scalar.Scalar();
    std::string fixed;
    for (size_t i = 0; i < s.size();) {
        size_t bad = find_invalid_utf8(std::string_view(s).substr(i));
        fixed += s.substr(i, bad == npos ? npos : bad);
        if (bad == npos) break;
        append_utf8(fixed, static_cast<unsigned char>(s[i + bad]));
        i += bad + 1;
    }
    scalar = fixed;
}

void check_controls(const YAML::Node& scalar, YamlFindings& found) {
    for (unsigned char c : scalar.Scalar())
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            found.controls.push_back({scalar.Mark(), c});
            return;
        }
}

// Keys are compared as written once loaded; a map of more than a few keys gets a hash table.
void check_keys(YAML::Node map, YamlFindings& found) {
    std::vector<std::pair<std::string_view, YAML::Mark>> few;
    std::unordered_map<std::string_view, YAML::Mark> many;
    const bool large = map.size() > 16;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar()) continue;
        std::string_view key = it->first.Scalar();
        const YAML::Mark mark = it->first.Mark();
        const YAML::Mark* first = nullptr;
        if (large) {
            auto [at, fresh] = many.emplace(key, mark);
            if (!fresh) first = &at->second;
        } else {
            for (const auto& [seen, where] : few)
                if (seen == key) first = &where;
            if (!first) few.emplace_back(key, mark);
        }
        if (first) found.duplicates.push_back({mark, *first, std::string(key)});
    }
}

// Visits every node of a loaded document once (it has no aliases, so it is a tree): checks
// scalars and maps, repairs escapes. Returns false, having stopped, past Limits::max_yaml_nodes.
bool walk(YAML::Node root, YamlFindings& found) {
    std::vector<YAML::Node> pending{root};
    size_t nodes = 0;
    while (!pending.empty()) {
        YAML::Node n = pending.back();
        pending.pop_back();
        if (++nodes > Limits::max_yaml_nodes) return false;
        if (n.IsScalar()) {
            check_controls(n, found);
            if (find_invalid_utf8(n.Scalar()) != npos) repair_escapes(n);
        } else if (n.IsSequence()) {
            for (YAML::Node child : n) pending.push_back(child);
        } else if (n.IsMap()) {
            check_keys(n, found);
            for (auto it = n.begin(); it != n.end(); ++it) {
                pending.push_back(it->first);
                pending.push_back(it->second);
            }
        }
    }
    return true;
}

}  // namespace

YAML::Node load_yaml_checked(const std::string& text, YamlFindings& found) {
    // The guard's pass over the events costs about as much as loading (callgrind, 300 pages: 5% of
    // a build's instructions). A text with no '*' has no alias, and one of at most max_yaml_nodes
    // bytes holds at most about 1.5 values a byte ("[:,:,…]"), so it is loaded first and its values
    // counted after. Past the limit, and on any error, the guarded way runs, so what is reported is
    // the same either way.
    if (text.size() <= Limits::max_yaml_nodes && text.find('*') == std::string::npos) {
        try {
            YAML::Node doc = YAML::Load(text);
            YamlFindings seen;
            if (walk(doc, seen)) {
                found = std::move(seen);
                return doc;
            }
        } catch (const YAML::Exception&) {}
    }
    guard(text);
    YAML::Node doc = YAML::Load(text);
    walk(doc, found);  // the guard counted the nodes
    return doc;
}

}  // namespace planpub
