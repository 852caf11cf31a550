#include "link/internal_links.hpp"

#include <algorithm>
#include <vector>

#include "text/utf8.hpp"
#include "vocab/routes.hpp"

namespace planpub {

bool normalize_path(const std::string& path, std::string& out) {
    std::vector<std::string> parts;
    size_t pos = 0;
    while (pos <= path.size()) {
        size_t end = path.find('/', pos);
        if (end == std::string::npos) end = path.size();
        std::string seg = path.substr(pos, end - pos);
        if (seg == "..") {
            if (parts.empty()) return false;
            parts.pop_back();
        } else if (!seg.empty() && seg != ".") {
            parts.push_back(seg);
        }
        pos = end + 1;
    }
    out.clear();
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    if (!path.empty() && path.back() == '/' && !out.empty()) out += '/';
    return true;
}

void SiteIndex::add(std::string_view content_path, std::string_view output_path) {
    entries_.push_back(
        {text_.size(), static_cast<uint32_t>(content_path.size()), static_cast<uint32_t>(output_path.size())});
    text_.append(content_path).append(output_path);
}

void SiteIndex::add_unread(std::string content_path) { unread_.push_back(std::move(content_path)); }

void SiteIndex::seal() {
    std::stable_sort(entries_.begin(), entries_.end(),
                     [&](const Entry& a, const Entry& b) { return content_path_of(a) < content_path_of(b); });
    size_t kept = 0;
    for (size_t i = 0; i < entries_.size(); ++i) {
        if (i + 1 < entries_.size() && content_path_of(entries_[i + 1]) == content_path_of(entries_[i])) continue;
        entries_[kept++] = entries_[i];
    }
    entries_.resize(kept);
    entries_.shrink_to_fit();
    text_.shrink_to_fit();
    std::sort(unread_.begin(), unread_.end());
    unread_.erase(std::unique(unread_.begin(), unread_.end()), unread_.end());
}

std::string_view SiteIndex::content_path_of(const Entry& e) const { return {text_.data() + e.at, e.content}; }

SiteIndex build_site_index(const Site& site) {
    SiteIndex idx;
    for (const Plan& plan : site.plans) {
        std::string src = "plans/" + plan.id + "/";
        idx.add(src + "index.md", routes::plan(plan.id));
        idx.add(src, routes::plan(plan.id));
        for (const Page& page : plan.pages) {
            std::string file = page.source.path.substr(page.source.path.find_last_of('/') + 1);
            idx.add(src + file, routes::page(plan.id, page.slug));
        }
        for (const std::string& path : plan.unread_pages) idx.add_unread(src + path.substr(path.find_last_of('/') + 1));
        for (const Attachment& a : plan.attachments)
            idx.add(src + "files/" + a.relative, routes::plan_file(plan.id, a.relative));
    }
    idx.seal();
    return idx;
}

std::string_view SiteIndex::output_of(std::string_view content_path) const {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), content_path,
                               [&](const Entry& e, std::string_view key) { return content_path_of(e) < key; });
    if (it == entries_.end() || content_path_of(*it) != content_path) return {};
    return output_path(static_cast<size_t>(it - entries_.begin()));
}

bool SiteIndex::is_unread(const std::string& content_path) const {
    return std::binary_search(unread_.begin(), unread_.end(), content_path);
}

static bool has_scheme(const std::string& url) {
    size_t colon = url.find(':');
    if (colon == std::string::npos || colon == 0) return false;
    for (size_t i = 0; i < colon; ++i) {
        char c = url[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
              c == '.'))
            return false;
    }
    return true;
}

void rewrite_internal_links(cmark_node* doc, const MarkdownSource& src, const std::string& source_dir,
                            const std::string& from_dir, const SiteIndex& index, Diagnostics& diags) {
    cmark_iter* it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node_type t = cmark_node_get_type(n);
        if (t != CMARK_NODE_LINK && t != CMARK_NODE_IMAGE) continue;
        std::string url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
        if (url.empty() || url[0] == '#' || has_scheme(url) || starts_with(url, "//")) continue;
        if (url[0] == '/') {
            diags.error(node_location(n, src), "link.root-relative",
                        "link \"" + url + "\" starts with '/', which breaks when the site lives below a folder",
                        "link relative to this file, e.g. 02-purpose.md or files/plan.pdf");
            continue;
        }
        size_t cut = url.find_first_of("?#");
        std::string path = url.substr(0, cut), suffix = cut == std::string::npos ? "" : url.substr(cut);
        std::string target;
        std::string_view found;
        if (normalize_path(source_dir + path, target)) found = index.output_of(target);
        // Editors write a dropped file as files/%E8%A8%88%E7%94%BB%20%E6%9C%AC%E6%96%87.pdf.
        auto decoded = found.empty() ? percent_decode(path) : std::nullopt;
        if (decoded && normalize_path(source_dir + *decoded, target)) found = index.output_of(target);
        if (found.empty() && index.is_unread(target)) continue;  // the page has its own error
        if (found.empty()) {
            diags.error(node_location(n, src), "link.broken",
                        "link \"" + url + "\" points to nothing in the content folder",
                        "link to another page's .md file, to index.md, or to a file under files/");
            continue;
        }
        // The output's path is the file's real name: encoded again for the href (a#b.pdf → a%23b.pdf).
        std::string rewritten = path_href(routes::relative_url(from_dir, std::string(found))) + suffix;
        cmark_node_set_url(n, rewritten.c_str());
    }
    cmark_iter_free(it);
}

}  // namespace planpub
