#include "opendata/rdf_graph.hpp"

#include <algorithm>
#include <map>
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

RdfGraph::RdfGraph(std::vector<std::pair<std::string, std::string>> prefixes) : prefixes_(std::move(prefixes)) {}

void RdfGraph::add(const RdfTerm& s, const std::string& p, const RdfTerm& o) { triples_.push_back({s, p, o}); }

void RdfGraph::add_text(const RdfTerm& s, const std::string& p, const std::string& value, const std::string& language) {
    if (!value.empty()) add(s, p, text(value, language));
}

namespace {

// Letters, digits and '_' only (and not first '-'): safe as a Turtle PN_LOCAL and a JSON-LD term suffix.
bool safe_local(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    return true;
}

std::string turtle_string(const std::string& s) {
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
std::string turtle_iri(const std::string& s) {
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

std::string RdfGraph::compact(const std::string& full) const {
    for (const auto& [prefix, ns] : prefixes_)
        if (full.size() > ns.size() && full.compare(0, ns.size(), ns) == 0 && safe_local(full.substr(ns.size())))
            return prefix + ":" + full.substr(ns.size());
    return {};
}

std::string to_turtle(const RdfGraph& g) {
    std::string out;
    out.reserve(g.triples().size() * 80);  // ~65 bytes a triple: one allocation, not a doubling copy
    for (const auto& [prefix, ns] : g.prefixes()) out += "@prefix " + prefix + ": " + turtle_iri(ns) + " .\n";
    auto term = [&](const RdfTerm& t) -> std::string {
        switch (t.kind) {
            case RdfTerm::Kind::Iri: {
                std::string c = g.compact(t.value);
                return c.empty() ? turtle_iri(t.value) : c;
            }
            case RdfTerm::Kind::Blank:
                return "_:" + t.value;
            case RdfTerm::Kind::Literal:
                if (!t.datatype.empty()) {
                    std::string c = g.compact(t.datatype);
                    return turtle_string(t.value) + "^^" + (c.empty() ? turtle_iri(t.datatype) : c);
                }
                return turtle_string(t.value) + (t.language.empty() ? "" : "@" + t.language);
        }
        return {};
    };
    // One block per subject, in the order subjects first appear; predicates grouped with ';'.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const RdfTriple*>> by_subject;
    for (const RdfTriple& t : g.triples()) {
        std::string key = term(t.subject);
        if (!by_subject.count(key)) order.push_back(key);
        by_subject[key].push_back(&t);
    }
    for (const std::string& s : order) {
        out += "\n" + s;
        const auto& ts = by_subject[s];
        for (size_t i = 0; i < ts.size(); ++i) {
            std::string p = ts[i]->predicate == kRdfType ? "a" : g.compact(ts[i]->predicate);
            if (p.empty()) p = turtle_iri(ts[i]->predicate);
            out += (i == 0 ? " " : " ;\n    ") + p + " " + term(ts[i]->object);
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
    void string(const std::string& s) { out_ += nlohmann::json(s).dump(); }
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
    void pair(const std::string& k, const std::string& v) {
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
    auto id_of = [&](const RdfTerm& t) { return t.kind == RdfTerm::Kind::Blank ? "_:" + t.value : t.value; };
    // Nodes in the order their subjects first appear; in each, keys in the order they first appear.
    std::vector<std::string> order;
    std::unordered_map<std::string, size_t> node_of;
    std::vector<std::vector<std::pair<std::string, std::vector<const RdfTriple*>>>> nodes;
    for (const RdfTriple& t : g.triples()) {
        auto [it, fresh] = node_of.try_emplace(id_of(t.subject), order.size());
        if (fresh) {
            order.push_back(it->first);
            nodes.emplace_back();
        }
        std::string key = t.predicate == kRdfType ? "@type" : g.compact(t.predicate);
        if (key.empty()) key = t.predicate;
        auto& keys = nodes[it->second];
        auto k = std::find_if(keys.begin(), keys.end(), [&](const auto& e) { return e.first == key; });
        if (k == keys.end()) k = keys.insert(keys.end(), {std::move(key), {}});
        k->second.push_back(&t);
    }
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
    for (size_t n = 0; n < order.size(); ++n) {
        w.item();
        w.open('{');
        w.pair("@id", order[n]);
        for (const auto& [key, triples] : nodes[n]) {
            w.key(key);
            w.open('[');
            for (const RdfTriple* t : triples) {
                w.item();
                if (key == "@type") {
                    std::string c = g.compact(t->object.value);
                    w.string(c.empty() ? t->object.value : c);
                    continue;
                }
                w.open('{');
                if (t->object.kind != RdfTerm::Kind::Literal) {
                    w.pair("@id", id_of(t->object));
                } else {
                    w.pair("@value", t->object.value);
                    if (!t->object.datatype.empty()) w.pair("@type", t->object.datatype);
                    if (!t->object.language.empty()) w.pair("@language", t->object.language);
                }
                w.close('}');
            }
            w.close(']');
        }
        w.close('}');
        std::vector<std::pair<std::string, std::vector<const RdfTriple*>>>().swap(nodes[n]);
    }
    w.close(']');
    w.close('}');
    out += '\n';
    return out;
}

}  // namespace planpub
