// Render stage: what every page shares — the theme's base layout (header, navigation,
// breadcrumbs, footer) and the small helpers that fill Mustache data for it. Used by site_pages.cpp
// and the pages rendered in their own files.
#pragma once
#include <string>
#include <vector>

#include "model/site.hpp"
#include "render/site_pages.hpp"
#include "render/templates.hpp"

namespace planpub::page {

// Mustache treats an empty string as true in {{#section}}; leave empty values out instead.
void put(mustache::data& d, const std::string& key, const std::string& value);
void put(mustache::data& d, const std::string& key, const char* value);
void put(mustache::data& d, const std::string& key, bool value);
void put(mustache::data& d, const std::string& key, const mustache::data& value);
// kainjow's data copies what it is given (set() and push_back() take a const&): a page's HTML and
// whole lists are moved in instead, as copying them was a large share of the render's time.
void put(mustache::data& d, const std::string& key, std::string&& value);
void put(mustache::data& d, const std::string& key, mustache::data&& value);
void push(mustache::data& list, mustache::data&& item);

struct Crumb {
    std::string label, url;  // the last crumb (this page) has no url
};

std::string publisher_label(const Publisher& p);
std::string root_for_depth(int depth);  // "../../" for depth 2
bool has_contact(const Contact& c);
mustache::data contact_data(const Contact& c);
std::string license_text(const std::string& id);
// The plan's revisions (date, date_display, summary): the plan page's history and the print edition's.
mustache::data revisions_data(const Plan& plan);

// Wraps a page body into base.mustache with the header, breadcrumbs and footer.
std::string layout(Templates& t, const RenderContext& ctx, const std::string& root, const std::string& title,
                   std::string body, const std::vector<Crumb>& crumbs, const std::string& updated,
                   const std::string& current_nav, const std::string& description = {},
                   const std::string& head_extra = {});

}  // namespace planpub::page
