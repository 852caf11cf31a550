// Link stage: relative links between content files become links between output pages.
// A page links to `02-purpose.md`, `../other-plan/index.md` or `files/plan.pdf` as it sees
// them in content/; the output puts pages one folder deeper (<plan>/<slug>/index.html),
// so every relative link is re-based, and a link to a file that does not exist is an error.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/site.hpp"
#include "parse/markdown.hpp"

namespace planpub {

// Where each content file is published: content path (relative to the content folder, e.g.
// plans/x/02-purpose.md) → output path (relative to the site root, e.g. x/purpose/index.html),
// sorted by content path, each once. Every path is in one buffer and an entry is its offsets: a
// std::pair of strings an entry (the pair and two heap blocks) was ~126 bytes, 12.6 MB at 100,000
// pages (heaptrack, the largest thing the link stage makes), held while every page renders.
class SiteIndex {
  public:
    // Filled by build_site_index: add() in any order, then seal().
    void add(std::string_view content_path, std::string_view output_path);
    void add_unread(std::string content_path);
    // Sorts; a content path given twice keeps its last output, as assigning into a map did.
    void seal();

    // Empty: none (routes never give an empty output path).
    std::string_view output_of(std::string_view content_path) const;
    bool is_unread(const std::string& content_path) const;
    size_t size() const { return entries_.size(); }
    std::string_view content_path(size_t i) const { return {text_.data() + entries_[i].at, entries_[i].content}; }
    std::string_view output_path(size_t i) const {
        return {text_.data() + entries_[i].at + entries_[i].content, entries_[i].output};
    }
    const std::vector<std::string>& unread() const { return unread_; }  // sorted: Plan::unread_pages

  private:
    struct Entry {
        size_t at;                 // the content path, then the output path, in text_
        uint32_t content, output;  // their sizes
    };
    std::string_view content_path_of(const Entry& e) const;
    std::string text_;
    std::vector<Entry> entries_;
    std::vector<std::string> unread_;
};

SiteIndex build_site_index(const Site& site);

// `from_dir`: output folder of the page being rendered ("x/purpose/"); `source_dir`: its
// content folder ("plans/x/").
void rewrite_internal_links(cmark_node* doc, const MarkdownSource& src, const std::string& source_dir,
                            const std::string& from_dir, const SiteIndex& index, Diagnostics& diags);

// Joins and normalizes '/'-separated paths; returns false when '..' climbs above the root.
bool normalize_path(const std::string& path, std::string& out);

}  // namespace planpub
