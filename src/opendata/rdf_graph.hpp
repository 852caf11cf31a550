// Render stage: a small RDF graph and its two serializations, Turtle and JSON-LD (with the
// @context inline so offline parsers fetch nothing). DCAT and SKOS writers build a graph once
// and write it both ways, so the two files always say the same triples.
#pragma once
#include <string>
#include <deque>
#include <utility>
#include <vector>

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

struct RdfTriple {
    RdfTerm subject;
    std::string predicate;  // full IRI
    RdfTerm object;
};

// Prefixes used to abbreviate IRIs in both serializations, e.g. {"dcat", "http://www.w3.org/ns/dcat#"}.
using RdfPrefixes = std::vector<std::pair<std::string, std::string>>;

class RdfGraph {
  public:
    explicit RdfGraph(RdfPrefixes prefixes);
    void add(const RdfTerm& s, const std::string& p, const RdfTerm& o);
    // Adds nothing when the value is empty: optional fields stay out of the graph.
    void add_text(const RdfTerm& s, const std::string& p, const std::string& value, const std::string& language = "ja");
    const std::deque<RdfTriple>& triples() const { return triples_; }
    const std::vector<std::pair<std::string, std::string>>& prefixes() const { return prefixes_; }
    // prefix:local when a prefix covers the IRI and the local part is safe in both syntaxes.
    std::string compact(const std::string& full) const;

  private:
    std::vector<std::pair<std::string, std::string>> prefixes_;
    std::deque<RdfTriple> triples_;  // a deque: no doubling copy of a large graph
};

std::string to_turtle(const RdfGraph& g);
std::string to_jsonld(const RdfGraph& g);

extern const char* const kRdfType;
extern const char* const kXsd;

}  // namespace planpub
