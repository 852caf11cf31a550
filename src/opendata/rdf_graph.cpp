#include "opendata/rdf_graph.hpp"

#include <algorithm>
#include <unordered_map>
#include <nlohmann/json.hpp>

namespace planpub {

const char* const kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const char* const kXsd = "http://www.w3.org/2001/XMLSchema#";

RdfTerm iri(std::string full) { return {RdfTerm::Kind::Iri, std::move(full), "", ""}; }
RdfTerm blank(std::string label) { return {RdfTerm::Kind::Blank, std::move(label), "", ""}; }
RdfTerm text(std::string value, std::string language) {
    return {RdfTerm::Kind::Literal, std::move(value), "", std::move(language)};
}
RdfTerm typed(std::string value, std::string datatype_iri) {
    return {RdfTerm::Kind::Literal, std::move(value), std::move(datatype_iri), ""};
}

RdfGraph::RdfGraph(std::vector<std::pair<std::string, std::string>> prefixes) : prefixes_(std::move(prefixes)) {
    strings_.intern("");  // number 0: no datatype, no language
}

RdfGraph::Term RdfGraph::stored(const RdfTerm& t) {
    return {t.kind, strings_.intern(t.value), strings_.intern(t.datatype), strings_.intern(t.language)};
}

void RdfGraph::add(const RdfTerm& s, const std::string& p, const RdfTerm& o) {
    triples_.push_back({stored(s), strings_.intern(p), stored(o)});
}

void RdfGraph::add_text(const RdfTerm& s, const std::string& p, const std::string& value, const std::string& language) {
    if (!value.empty()) add(s, p, text(value, language));
}

namespace {

// Letters, digits and '_' only (and not first '-'): safe as a Turtle PN_LOCAL and a JSON-LD term suffix.
bool safe_local(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    return true;
}

std::string turtle_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

// IRIREF may not hold spaces, <>"{}|^`\ or controls; percent-encode those so any URL survives.
std::string turtle_iri(std::string_view s) {
    std::string out = "<";
    for (unsigned char c : s) {
        if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
            c == '\\') {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + ">";
}

}  // namespace

std::string RdfGraph::compact(std::string_view full) const {
    for (const auto& [prefix, ns] : prefixes_)
        if (full.size() > ns.size() && full.compare(0, ns.size(), ns) == 0 && safe_local(full.substr(ns.size())))
            return prefix + ":" + std::string(full.substr(ns.size()));
    return {};
}

namespace {

// Groups the triples by subject, subjects in the order they first appear. Two subjects are one
// node when they are written the same (`written`), as a reader of the file would take them; each
// subject term is written once, not once per triple.
template <class Written>
std::vector<std::vector<uint32_t>> by_subject(const RdfGraph& g, Written&& written, std::vector<std::string>& names) {
    std::vector<std::vector<uint32_t>> nodes;
    std::unordered_map<uint64_t, uint32_t> node_of_term;  // (kind, value) → node
    std::unordered_map<std::string, uint32_t> node_of_name;
    const auto& triples = g.triples();
    for (size_t i = 0; i < triples.size(); ++i) {
        const RdfGraph::Term& s = triples[i].subject;
        const uint64_t key = (uint64_t(s.kind) << 32) | s.value;
        auto it = node_of_term.find(key);
        if (it == node_of_term.end()) {
            std::string name = written(s);
            auto [named, fresh] = node_of_name.try_emplace(name, static_cast<uint32_t>(nodes.size()));
            if (fresh) {
                nodes.emplace_back();
                names.push_back(std::move(name));
            }
            it = node_of_term.emplace(key, named->second).first;
        }
        nodes[it->second].push_back(static_cast<uint32_t>(i));
    }
    return nodes;
}

}  // namespace

std::string to_turtle(const RdfGraph& g) {
    std::string out;
    out.reserve(g.triples().size() * 80);  // ~65 bytes a triple: one allocation, not a doubling copy
    for (const auto& [prefix, ns] : g.prefixes()) out += "@prefix " + prefix + ": " + turtle_iri(ns) + " .\n";
    auto term = [&](const RdfGraph::Term& t) -> std::string {
        const std::string_view value = g.str(t.value);
        switch (t.kind) {
            case RdfTerm::Kind::Iri: {
                std::string c = g.compact(value);
                return c.empty() ? turtle_iri(value) : c;
            }
            case RdfTerm::Kind::Blank:
                return "_:" + std::string(value);
            case RdfTerm::Kind::Literal:
                if (t.datatype != 0) {
                    const std::string_view datatype = g.str(t.datatype);
                    std::string c = g.compact(datatype);
                    return turtle_string(value) + "^^" + (c.empty() ? turtle_iri(datatype) : c);
                }
                return turtle_string(value) + (t.language == 0 ? "" : "@" + std::string(g.str(t.language)));
        }
        return {};
    };
    // Each predicate written once (a catalogue uses a few dozen), by its string's number.
    std::unordered_map<uint32_t, std::string> predicates;
    auto predicate = [&](uint32_t n) -> const std::string& {
        auto [it, fresh] = predicates.try_emplace(n);
        if (fresh) {
            const std::string_view full = g.str(n);
            it->second = full == kRdfType ? "a" : g.compact(full);
            if (it->second.empty()) it->second = turtle_iri(full);
        }
        return it->second;
    };
    // One block per subject, in the order subjects first appear; predicates grouped with ';'.
    std::vector<std::string> names;
    const auto nodes = by_subject(g, term, names);
    for (size_t n = 0; n < nodes.size(); ++n) {
        out += "\n" + names[n];
        const auto& ts = nodes[n];
        for (size_t i = 0; i < ts.size(); ++i) {
            const RdfGraph::Triple& t = g.triples()[ts[i]];
            out += (i == 0 ? " " : " ;\n    ") + predicate(t.predicate) + " " + term(t.object);
        }
        out += " .\n";
    }
    return out;
}

namespace {

// JSON-LD written straight into the string, laid out as nlohmann's dump(2) lays out the same tree:
// a 1,000-plan catalogue's tree was ~50 MB beside its 12 MB of text (issue 22).
class JsonLdWriter {
  public:
    explicit JsonLdWriter(std::string& out) : out_(out) {}
    // `"text"` with JSON's escapes (nlohmann's, so the bytes match what the tree wrote).
    void string(std::string_view s) { out_ += nlohmann::json(std::string(s)).dump(); }
    void open(char bracket) {
        out_ += bracket;
        ++depth_;
        first_ = true;
    }
    void close(char bracket) {
        --depth_;
        if (!first_) {
            out_ += '\n';
            out_.append(2 * depth_, ' ');
        }
        out_ += bracket;
        first_ = false;
    }
    void item() {  // before each member of the open object or array
        out_ += first_ ? "\n" : ",\n";
        out_.append(2 * depth_, ' ');
        first_ = false;
    }
    void key(const std::string& k) {
        item();
        string(k);
        out_ += ": ";
    }
    void pair(const std::string& k, std::string_view v) {
        key(k);
        string(v);
    }

  private:
    std::string& out_;
    int depth_ = 0;
    bool first_ = true;
};

}  // namespace

std::string to_jsonld(const RdfGraph& g) {
    auto id_of = [&](const RdfGraph::Term& t) {
        return t.kind == RdfTerm::Kind::Blank ? "_:" + std::string(g.str(t.value)) : std::string(g.str(t.value));
    };
    // Nodes in the order their subjects first appear; in each, keys in the order they first appear.
    std::vector<std::string> order;
    const auto subjects = by_subject(g, id_of, order);
    // Each predicate's key once (a catalogue uses a few dozen), then numbered: "@type", prefix:local or the IRI.
    std::vector<std::string> keys;
    std::unordered_map<std::string, uint32_t> key_no;
    std::unordered_map<uint32_t, uint32_t> key_of_predicate;
    auto key_of = [&](uint32_t predicate) {
        auto [it, fresh] = key_of_predicate.try_emplace(predicate);
        if (fresh) {
            const std::string_view full = g.str(predicate);
            std::string key = full == kRdfType ? "@type" : g.compact(full);
            if (key.empty()) key = std::string(full);
            auto [k, added] = key_no.try_emplace(key, static_cast<uint32_t>(keys.size()));
            if (added) keys.push_back(key);
            it->second = k->second;
        }
        return it->second;
    };
    std::string out;
    out.reserve(g.triples().size() * 160);  // ~120 bytes a triple: one allocation, not a doubling copy
    JsonLdWriter w(out);
    w.open('{');
    w.key("@context");
    w.open('{');
    for (const auto& [prefix, ns] : g.prefixes()) w.pair(prefix, ns);
    w.close('}');
    w.key("@graph");
    w.open('[');
    std::vector<std::pair<uint32_t, std::vector<uint32_t>>> node;  // (key, triples), one subject's
    for (size_t n = 0; n < order.size(); ++n) {
        node.clear();
        for (uint32_t i : subjects[n]) {
            const uint32_t key = key_of(g.triples()[i].predicate);
            auto k = std::find_if(node.begin(), node.end(), [&](const auto& e) { return e.first == key; });
            if (k == node.end()) k = node.insert(node.end(), {key, {}});
            k->second.push_back(i);
        }
        w.item();
        w.open('{');
        w.pair("@id", order[n]);
        for (const auto& [key, triples] : node) {
            w.key(keys[key]);
            w.open('[');
            for (uint32_t i : triples) {
                const RdfGraph::Term& o = g.triples()[i].object;
                w.item();
                if (keys[key] == "@type") {
                    std::string c = g.compact(g.str(o.value));
                    w.string(c.empty() ? g.str(o.value) : std::string_view(c));
                    continue;
                }
                w.open('{');
                if (o.kind != RdfTerm::Kind::Literal) {
                    w.pair("@id", id_of(o));
                } else {
                    w.pair("@value", g.str(o.value));
                    if (o.datatype != 0) w.pair("@type", g.str(o.datatype));
                    if (o.language != 0) w.pair("@language", g.str(o.language));
                }
                w.close('}');
            }
            w.close(']');
        }
        w.close('}');
    }
    w.close(']');
    w.close('}');
    out += '\n';
    return out;
}

}  // namespace planpub
