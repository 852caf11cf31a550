// Import stage: one XML part of an Office file, parsed with pugixml. pugixml expands no entities
// but the five predefined ones and character references, and never loads an external entity; a part
// with a DTD (<!DOCTYPE>) is refused all the same, since no Office part has one.
#pragma once
#include <pugixml.hpp>
#include <string>

#include "diag/diagnostics.hpp"

namespace planpub {

bool parse_xml_part(const std::string& bytes, const std::string& part, const std::string& display,
                    pugi::xml_document& doc, Diagnostics& diags);
// The element's name without its namespace prefix (x:row → row).
const char* local_name(const pugi::xml_node& n);
pugi::xml_node child_named(const pugi::xml_node& n, const char* name);
// An attribute by local name (r:id → id), preferring one with a prefix when `prefixed`.
pugi::xml_attribute attr_named(const pugi::xml_node& n, const char* name, bool prefixed = false);
// OOXML escapes characters XML cannot hold as _xHHHH_ (_x000D_ is a carriage return).
std::string decode_ooxml_escapes(const std::string& s);

}  // namespace planpub
