#include "app/page_result.hpp"

#include <cassert>

namespace planpub {

void PageResults::resize(size_t jobs, const Term* glossary) {
    assert(jobs < kKept);  // job numbers fit the released ranges' 32 bits
    glossary_ = glossary;
    results_.clear();
    results_.resize(jobs);
    released_.clear();
    released_.resize(jobs);
    plan_first_.assign(jobs, kKept);
}

PageResult& PageResults::operator[](size_t job) {
    assert(plan_first_[job] == kKept);
    if (!results_[job]) results_[job] = std::make_unique<PageResult>();
    return *results_[job];
}

const PageResult& PageResults::operator[](size_t job) const {
    static const PageResult none;
    assert(plan_first_[job] == kKept);
    return results_[job] ? *results_[job] : none;
}

TermList PageResults::used_terms(size_t job) const {
    const uint32_t first = plan_first_[job];
    if (first == kKept) {
        const std::vector<const Term*>& terms = (*this)[job].used_terms;
        return {terms.data(), terms.data() + terms.size()};
    }
    const Released& r = *released_[first];
    const size_t k = job - first;
    const uint32_t* all = r.terms.data();
    return {glossary_, all + (k == 0 ? 0 : r.ends[k - 1]), all + r.ends[k]};
}

void PageResults::release(size_t first, size_t end) {
    auto r = std::make_unique<Released>();
    size_t count = 0;
    for (size_t j = first; j < end; ++j) count += results_[j] ? results_[j]->used_terms.size() : 0;
    r->terms.reserve(count);
    r->ends.reserve(end - first);
    for (size_t j = first; j < end; ++j) {
        if (results_[j])
            for (const Term* t : results_[j]->used_terms) {
                assert(glossary_ && t >= glossary_ && t - glossary_ < kKept);
                r->terms.push_back(static_cast<uint32_t>(t - glossary_));
            }
        r->ends.push_back(static_cast<uint32_t>(r->terms.size()));
        results_[j].reset();
        plan_first_[j] = static_cast<uint32_t>(first);
    }
    released_[first] = std::move(r);
}

}  // namespace planpub
