#include "parse/yaml_checks.hpp"

#include <yaml-cpp/eventhandler.h>

#include <optional>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "model/site.hpp"
#include "text/utf8.hpp"

namespace planpub {

namespace {

// What a text's values may take, counted by the guard from the events and by the walk from the
// loaded nodes: at most Limits::max_yaml_nodes values, and tags, written out with their %TAG
// prefixes, at most a few times the text (`!!str` is 21 bytes written out), never the megabytes a
// %TAG prefix can make of short tags.
class YamlBudget {
  public:
    explicit YamlBudget(size_t text_size) : max_tag_bytes_(4 * text_size + 1024) {}
    // Counts one value with its tag; the limit it passes, if any.
    std::optional<YamlStop::Why> add(std::string_view tag) {
        if (++values_ > Limits::max_yaml_nodes) return YamlStop::kValues;
        if ((tag_bytes_ += tag.size()) > max_tag_bytes_) return YamlStop::kTags;
        return std::nullopt;
    }

  private:
    size_t values_ = 0, tag_bytes_ = 0;
    const size_t max_tag_bytes_;
};

// Looks at the YAML's events on the guarded way, before any node is built. Aliases (*name) are
// refused: a short document of aliases of aliases reads as billions of values. Values are counted:
// yaml-cpp takes a few hundred bytes for each, so their number bounds the memory a file can take.
// Tags are measured: each value keeps its tag written out in full, and a %TAG directive can make
// a few bytes of every value stand for a long prefix (a 32 KB text took 42 MB).
class Guard : public YAML::EventHandler {
  public:
    explicit Guard(size_t text_size) : budget_(text_size) {}
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t) override { node(m, {}); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { throw YamlStop{m, YamlStop::kAlias}; }
    void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t, const std::string&) override {
        node(m, tag);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        node(m, tag);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t, YAML::EmitterStyle::value) override {
        node(m, tag);
    }
    void OnMapEnd() override {}

  private:
    YamlBudget budget_;
    void node(const YAML::Mark& m, std::string_view tag) {
        if (auto why = budget_.add(tag)) throw YamlStop{m, *why};
    }
};

void guard(const std::string& text) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    Guard check(text.size());
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
        if (is_control_char(c)) {
            found.controls.push_back({scalar.Mark(), c});
            return;
        }
}

// Keys are compared as yaml-cpp decoded them (before the repair of escapes, as the events gave
// them); a map of more than a few keys gets a hash table.
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
// scalars and maps, repairs escapes. Returns false, having stopped, past Limits::max_yaml_nodes
// values or its tags' budget: the guard's limits, so that the guard decides and reports.
bool walk(YAML::Node root, size_t text_size, YamlFindings& found) {
    std::vector<YAML::Node> pending{root};
    YamlBudget budget(text_size);
    while (!pending.empty()) {
        YAML::Node n = pending.back();
        pending.pop_back();
        if (budget.add(n.Tag())) return false;
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
    // a build's instructions), so a text that cannot need it is loaded first and its values and
    // tags measured after. Such a text has no '*' (so no alias) and no %TAG directive (so each tag
    // at most a few times its bytes), and is at most max_yaml_nodes / 2 bytes: 2 values a byte is
    // the densest known ("{,,…}"), so loading it takes no more memory than the guard allows. Past
    // a limit after all, and on any error, the guarded way runs and decides, so what is reported
    // is the same either way.
    if (text.size() <= Limits::max_yaml_nodes / 2 && text.find('*') == std::string::npos &&
        text.find("%TAG") == std::string::npos) {
        try {
            YAML::Node doc = YAML::Load(text);
            YamlFindings seen;
            if (walk(doc, text.size(), seen)) {
                found = std::move(seen);
                return doc;
            }
        } catch (const YAML::Exception&) {}
    }
    found.guarded = true;
    guard(text);
    YAML::Node doc = YAML::Load(text);
    // The guard measured the same values and tags; should the two ever differ (a later yaml-cpp
    // that shares nodes), the file is refused rather than left part checked.
    if (!walk(doc, text.size(), found)) throw YamlStop{doc.Mark(), YamlStop::kValues};
    return doc;
}

}  // namespace planpub
