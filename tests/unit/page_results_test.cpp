// PageResults (src/app/page_result.hpp): a plan's results let go once its print edition is written,
// the glossary terms each of its pages links kept, page by page, for the glossary and the open data.
#include <catch2/catch.hpp>

#include <thread>
#include <utility>

#include "app/page_result.hpp"

using namespace planpub;

namespace {

std::vector<const Term*> listed(TermList terms) { return {terms.begin(), terms.end()}; }

}  // namespace

TEST_CASE("page results: a released plan keeps each page's linked terms, its other results let go", "[pages]") {
    std::vector<Term> glossary(5);
    const Term *a = &glossary[0], *b = &glossary[1], *c = &glossary[2], *d = &glossary[3], *e = &glossary[4];
    PageResults results;
    results.resize(7, glossary.data());  // plan 1: jobs 0-2; plan 2: jobs 3-5; job 6 (plan 3) never rendered
    const std::vector<std::vector<const Term*>> terms = {{a, b}, {}, {c}, {}, {a, d, e}, {b}};
    // Two workers, each filling one plan's results (job 1's never made), then releasing it.
    std::thread first([&] {
        for (size_t j : {0, 2}) results[j] = {"<html>" + std::to_string(j), "body", terms[j], {}};
        results.release(0, 3);
    });
    std::thread second([&] {
        for (size_t j = 3; j < 6; ++j) results[j] = {"<html>" + std::to_string(j), "body", terms[j], {}};
        results.release(3, 6);
    });
    first.join();
    second.join();
    CHECK(results.size() == 7);
    for (size_t j = 0; j < 6; ++j) {
        CAPTURE(j);
        CHECK(listed(results.used_terms(j)) == terms[j]);
    }
    CHECK(results.used_terms(6).size() == 0);       // never made: no terms
    CHECK(std::as_const(results)[6].html.empty());  // and read as an empty result
    results[6].used_terms = {e, a};                 // not released: the result's own terms
    CHECK(listed(results.used_terms(6)) == std::vector<const Term*>{e, a});
    results.resize(2);  // a new build: every result empty again
    CHECK(results.used_terms(0).size() == 0);
    CHECK(std::as_const(results)[1].html.empty());
}
