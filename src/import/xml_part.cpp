#include "import/xml_part.hpp"

#include <cstring>

namespace planpub {

bool parse_xml_part(const std::string& bytes, const std::string& part, const std::string& display,
                    pugi::xml_document& doc, Diagnostics& diags) {
    pugi::xml_parse_result r =
        doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype, pugi::encoding_utf8);
    if (!r) {
        diags.error({display, 0, 0}, "import.bad-xml",
                    "the workbook's part " + part + " is not well-formed XML (" + r.description() + " at byte " +
                        std::to_string(r.offset) + ")",
                    "open the file in Excel and save it again as Excel Workbook (.xlsx)");
        return false;
    }
    for (pugi::xml_node n : doc.children())
        if (n.type() == pugi::node_doctype) {
            diags.error({display, 0, 0}, "import.bad-xml",
                        "the workbook's part " + part + " has a DTD (<!DOCTYPE>), which no Excel file has",
                        "the file was not written by Excel (its entities are not read); save it again from Excel");
            return false;
        }
    return true;
}

const char* local_name(const pugi::xml_node& n) {
    const char* name = n.name();
    const char* colon = std::strchr(name, ':');
    return colon ? colon + 1 : name;
}

pugi::xml_node child_named(const pugi::xml_node& n, const char* name) {
    for (pugi::xml_node c : n.children())
        if (c.type() == pugi::node_element && std::strcmp(local_name(c), name) == 0) return c;
    return {};
}

pugi::xml_attribute attr_named(const pugi::xml_node& n, const char* name, bool prefixed) {
    pugi::xml_attribute plain;
    for (pugi::xml_attribute a : n.attributes()) {
        const char* colon = std::strchr(a.name(), ':');
        if (colon && std::strcmp(colon + 1, name) == 0 && std::strncmp(a.name(), "xmlns", 5) != 0) return a;
        if (!colon && std::strcmp(a.name(), name) == 0) plain = a;
    }
    return prefixed ? pugi::xml_attribute() : plain;
}

std::string decode_ooxml_escapes(const std::string& s) {
    if (s.find("_x") == std::string::npos) return s;
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "_x") == 0 && i + 7 <= s.size() && s[i + 6] == '_' &&
            s.substr(i + 2, 4).find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
            unsigned cp = static_cast<unsigned>(std::stoul(s.substr(i + 2, 4), nullptr, 16));
            if (cp < 0x80) {
                out += static_cast<char>(cp);
            } else if (cp < 0x800) {
                out += static_cast<char>(0xC0 | (cp >> 6));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0xD800 || cp > 0xDFFF) {
                out += static_cast<char>(0xE0 | (cp >> 12));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            }
            i += 6;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace planpub
