// Parse stage: site.yaml → SiteConfig.
#pragma once
#include "diag/diagnostics.hpp"
#include "load/content_tree.hpp"
#include "model/site.hpp"
#include "parse/yaml_source.hpp"

namespace planpub {

SiteConfig parse_site_config(const SourceFile& file, Diagnostics& diags);

// Shared by site.yaml and plan front matter.
Publisher parse_publisher(const YamlSource& src, const YAML::Node& node, const Publisher* fallback, Diagnostics& diags);
// YYYY-MM-DD; reports field.bad-date.
bool is_iso_date(const std::string& s);
void warn_unknown_keys(const YamlSource& src, const YAML::Node& map, std::initializer_list<const char*> known,
                       const std::string& context, Diagnostics& diags);

// http(s)://host… with no spaces, quotes, query or fragment: usable as the base of every link.
bool is_absolute_http_url(const std::string& s);
// http(s)://host… with no spaces, quotes or angle brackets (query and fragment allowed): a link target.
bool is_web_address(const std::string& s);
// local@domain.tld with nothing a mailto: link or a vCard IRI would misread.
bool is_mail_address(const std::string& s);

}  // namespace planpub
