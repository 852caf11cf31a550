// Reads a built site the way a link checker would: every page must be well-formed
// (the theme writes XML-compatible HTML), and every relative link and fragment must resolve.
#pragma once
#include <pugixml.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace planpub::test {

struct SiteReport {
    std::vector<std::string> problems;
    size_t pages = 0, links = 0;
};

inline std::string url_decode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

inline SiteReport check_site(const fs::path& root) {
    SiteReport r;
    std::map<std::string, std::set<std::string>> ids;  // page → ids
    std::vector<std::pair<std::string, std::string>> links;  // page → raw href
    for (auto& e : fs::recursive_directory_iterator(root)) {
        if (e.path().extension() != ".html") continue;
        std::string rel = fs::relative(e.path(), root).generic_string();
        ++r.pages;
        pugi::xml_document doc;
        auto res = doc.load_file(e.path().c_str(), pugi::parse_default | pugi::parse_doctype);
        if (!res) {
            r.problems.push_back(rel + ": not well-formed: " + res.description() + " at " + std::to_string(res.offset));
            continue;
        }
        auto html = doc.child("html");
        if (std::string(html.attribute("lang").value()) != "ja") r.problems.push_back(rel + ": no lang=ja");
        size_t h1 = 0, mains = 0;
        for (auto n : doc.select_nodes("//*")) {
            auto node = n.node();
            std::string name = node.name();
            if (name == "h1") ++h1;
            if (name == "main") ++mains;
            if (auto id = node.attribute("id")) ids[rel].insert(id.value());
            for (const char* attr : {"href", "src"})
                if (auto a = node.attribute(attr)) links.push_back({rel, a.value()});
        }
        if (h1 != 1) r.problems.push_back(rel + ": " + std::to_string(h1) + " h1 elements");
        if (mains != 1) r.problems.push_back(rel + ": " + std::to_string(mains) + " main elements");
    }
    for (auto& [page, href] : links) {
        if (page == "404.html") continue;  // served anywhere: its links are absolute on purpose
        if (href.empty()) { r.problems.push_back(page + ": empty link"); continue; }
        if (href[0] == '/') { r.problems.push_back(page + ": root-relative link " + href); continue; }
        if (href.find(':') != std::string::npos) continue;  // external
        ++r.links;
        std::string path = href.substr(0, href.find('#'));
        std::string frag = href.find('#') == std::string::npos ? "" : href.substr(href.find('#') + 1);
        std::string target = page;
        if (!path.empty()) {
            fs::path t = (fs::path(page).parent_path() / url_decode(path)).lexically_normal();
            target = t.generic_string();
            if (target.rfind("..", 0) == 0 || !fs::is_regular_file(root / t)) {
                r.problems.push_back(page + ": broken link " + href);
                continue;
            }
            if (path.back() == '/') r.problems.push_back(page + ": link does not name a file: " + href);
        }
        if (!frag.empty() && !ids[target].count(url_decode(frag)))
            r.problems.push_back(page + ": missing fragment " + href);
    }
    return r;
}

}  // namespace planpub::test
