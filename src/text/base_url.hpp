// A site's base_url becomes part of every URL in the open data (DCAT, plan.json, the sitemap),
// which must be RFC 3986 URIs. This reads a base_url as a person writes it and returns it as a
// URI: non-ASCII in the path percent-encoded (UTF-8), a trailing '/' added; what cannot be made
// one safely (a non-ASCII host, a broken %-escape, spaces, braces, a query) is refused with why.
#pragma once
#include <optional>
#include <string>

namespace planpub {

// The URI, or nullopt with `why` set to a sentence for the error message.
std::optional<std::string> base_url_as_uri(const std::string& written, std::string& why);

}  // namespace planpub
