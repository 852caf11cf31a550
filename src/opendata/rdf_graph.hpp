// Render stage: a small RDF graph and its two serializations, Turtle and JSON-LD (with the
// @context inline so offline parsers fetch nothing). DCAT and SKOS writers build a graph once
// and write it both ways, so the two files always say the same triples.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/string_table.hpp"

namespace planpub {

struct RdfTerm {
    enum class Kind { Iri, Blank, Literal };
    Kind kind = Kind::Literal;
    std::string value;     // full IRI, blank node label, or the literal's text
    std::string datatype;  // full IRI of a typed literal
    std::string language;  // language tag of a plain literal
};

RdfTerm iri(std::string full);
RdfTerm blank(std::string label);
RdfTerm text(std::string value, std::string language = "ja");
RdfTerm typed(std::string value, std::string datatype_iri);

// Prefixes used to abbreviate IRIs in both serializations, e.g. {"dcat", "http://www.w3.org/ns/dcat#"}.
using RdfPrefixes = std::vector<std::pair<std::string, std::string>>;

class RdfGraph {
  public:
    explicit RdfGraph(RdfPrefixes prefixes);
    void add(const RdfTerm& s, const std::string& p, const RdfTerm& o);
    // Adds nothing when the value is empty: optional fields stay out of the graph.
    void add_text(const RdfTerm& s, const std::string& p, const std::string& value, const std::string& language = "ja");
    const std::vector<std::pair<std::string, std::string>>& prefixes() const { return prefixes_; }
    // prefix:local when a prefix covers the IRI and the local part is safe in both syntaxes.
    std::string compact(std::string_view full) const;

    // Each string once, triples as numbers into them: a 1,000-plan catalogue is ~90,000 triples,
    // and as three terms of strings each (~450 bytes a triple with their text) it was the largest
    // thing a large build held at its end (heaptrack, issue 22).
    struct Term {
        RdfTerm::Kind kind;
        uint32_t value, datatype, language;  // numbers of the graph's strings (str()); 0 is ""
    };
    struct Triple {
        Term subject;
        uint32_t predicate;
        Term object;
    };
    const std::vector<Triple>& triples() const { return triples_; }
    // A string of the graph: valid while no triple is added and the graph is not moved.
    std::string_view str(uint32_t n) const { return strings_[n]; }

  private:
    Term stored(const RdfTerm& t);

    std::vector<std::pair<std::string, std::string>> prefixes_;
    StringTable strings_;
    std::vector<Triple> triples_;
};

std::string to_turtle(const RdfGraph& g);
std::string to_jsonld(const RdfGraph& g);

extern const char* const kRdfType;
extern const char* const kXsd;

}  // namespace planpub
