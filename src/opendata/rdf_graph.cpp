#include "opendata/rdf_graph.hpp"

#include <map>
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

std::string to_jsonld(const RdfGraph& g) {
    using nlohmann::ordered_json;
    ordered_json context = ordered_json::object();
    for (const auto& [prefix, ns] : g.prefixes()) context[prefix] = ns;
    std::vector<std::string> order;
    std::map<std::string, ordered_json> nodes;
    auto id_of = [&](const RdfTerm& t) { return t.kind == RdfTerm::Kind::Blank ? "_:" + t.value : t.value; };
    for (const RdfTriple& t : g.triples()) {
        std::string id = id_of(t.subject);
        if (!nodes.count(id)) {
            order.push_back(id);
            nodes[id] = ordered_json{{"@id", id}};
        }
        ordered_json& node = nodes[id];
        if (t.predicate == kRdfType) {
            std::string c = g.compact(t.object.value);
            node["@type"].push_back(c.empty() ? t.object.value : c);
            continue;
        }
        std::string key = g.compact(t.predicate);
        if (key.empty()) key = t.predicate;
        ordered_json value;
        if (t.object.kind != RdfTerm::Kind::Literal) {
            value = {{"@id", id_of(t.object)}};
        } else {
            value = {{"@value", t.object.value}};
            if (!t.object.datatype.empty()) value["@type"] = t.object.datatype;
            if (!t.object.language.empty()) value["@language"] = t.object.language;
        }
        node[key].push_back(value);
    }
    // Moved, not copied (an initializer list copies): a 1,000-plan catalogue's tree is ~100 MB.
    ordered_json graph = ordered_json::array();
    for (const std::string& id : order) graph.push_back(std::move(nodes[id]));
    nodes.clear();
    ordered_json root = ordered_json::object();
    root["@context"] = std::move(context);
    root["@graph"] = std::move(graph);
    return root.dump(2) + "\n";
}

}  // namespace planpub
