// One page of a plan (or its overview) as the render stage leaves it: the HTML and what the
// site-wide producers need to know about it, so they never go back to the page's tree.
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/glossary.hpp"
#include "model/site.hpp"
#include "search/search_index.hpp"

namespace planpub {

struct PageJob {
    const Plan* plan;
    long page;  // -1: the plan's overview (index.md)
};

// Its output path, title and date are not kept here but derived from the job when needed
// (page_path, page_title, page_date in pages.hpp): three strings a page were ~19 MB at 100,000 pages.
struct PageResult {
    std::string html;  // the whole document; moved to the output set (and by serve) once taken
    std::string body;  // the page's own content (rendered Markdown, links from its path), for the print edition
    // Glossary terms linked on the page, in pointer order (as a std::set would hold them): a vector,
    // because a set's nodes took about 1 KB per page, 100 MB at 100,000 pages.
    std::vector<const Term*> used_terms;
    std::vector<search::Section> sections;  // the text of its <main> by heading, for the site search
};

// A page's linked glossary terms, in pointer order (the glossary's order: its terms are one array):
// the pointers of a result not yet released, or a released plan's numbers into the glossary.
class TermList {
  public:
    class iterator {
      public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = const Term*;
        using difference_type = std::ptrdiff_t;
        using pointer = const Term* const*;
        using reference = const Term*;
        iterator(const Term* const* pointer, const Term* glossary, const uint32_t* number)
            : pointer_(pointer), glossary_(glossary), number_(number) {}
        const Term* operator*() const { return pointer_ ? *pointer_ : glossary_ + *number_; }
        iterator& operator++() {
            if (pointer_)
                ++pointer_;
            else
                ++number_;
            return *this;
        }
        bool operator==(const iterator& o) const { return pointer_ == o.pointer_ && number_ == o.number_; }
        bool operator!=(const iterator& o) const { return !(*this == o); }

      private:
        const Term* const* pointer_;
        const Term* glossary_;
        const uint32_t* number_;
    };
    TermList() = default;
    TermList(const Term* const* first, const Term* const* last) : pointers_{first, last} {}
    TermList(const Term* glossary, const uint32_t* first, const uint32_t* last)
        : glossary_(glossary), numbers_{first, last} {}
    iterator begin() const { return {pointers_.first, glossary_, numbers_.first}; }
    iterator end() const { return {pointers_.second, glossary_, numbers_.second}; }
    size_t size() const {
        return static_cast<size_t>(pointers_.second - pointers_.first) +
               static_cast<size_t>(numbers_.second - numbers_.first);
    }

  private:
    std::pair<const Term* const*, const Term* const*> pointers_{nullptr, nullptr};
    const Term* glossary_ = nullptr;
    std::pair<const uint32_t*, const uint32_t*> numbers_{nullptr, nullptr};
};

// The render stage's results, one per page job. A build with a writer lets a plan's results go once
// its print edition is written (release), keeping only the glossary terms its pages link, in one
// array a plan: a PageResult for every page was 112 bytes a page from the start of rendering on,
// 11 MB at 100,000 pages, at the build's memory peak; now 24 bytes a page and the terms, each as
// its number in the glossary (4 bytes, not a pointer's 8: a page links ~9 terms in the benchmark).
class PageResults {
  public:
    // Every result empty; `glossary`: the glossary's terms, which the pages' terms point into.
    void resize(size_t jobs, const Term* glossary = nullptr);
    size_t size() const { return results_.size(); }
    // Made on first use. Any thread, one thread per index at a time; never after `release`.
    PageResult& operator[](size_t job);
    const PageResult& operator[](size_t job) const;  // an empty result when none was made

    // The glossary terms the page links; also once it was released.
    TermList used_terms(size_t job) const;
    // Jobs [first, end), one plan's, are done with: their terms kept, the rest let go. Any thread,
    // one thread per range.
    void release(size_t first, size_t end);

  private:
    // A released plan's terms: job `first + k`'s are terms[ends[k - 1] (0 for k = 0), ends[k]).
    struct Released {
        std::vector<uint32_t> ends;
        std::vector<uint32_t> terms;  // numbers in the glossary
    };
    const Term* glossary_ = nullptr;
    static constexpr uint32_t kKept = UINT32_MAX;  // not released: the terms are in the result
    std::vector<std::unique_ptr<PageResult>> results_;
    std::vector<std::unique_ptr<Released>> released_;  // by the plan's first job
    std::vector<uint32_t> plan_first_;                 // by job: its plan's first job, or kKept
};

}  // namespace planpub
