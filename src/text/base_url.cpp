#include "text/base_url.hpp"

#include <cctype>
#include <cstdio>

namespace planpub {
namespace {

bool hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// RFC 3986 pchar and '/': unreserved, sub-delims, ':' and '@'.
bool path_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string("-._~!$&'()*+,;=:@/").find(c) != std::string::npos;
}

std::string shown(unsigned char c) {
    if (c == ' ') return "a space";
    char buf[16];
    std::snprintf(buf, sizeof buf, "'%c'", c);
    return buf;
}

}  // namespace

std::optional<std::string> base_url_as_uri(const std::string& s, std::string& why) {
    size_t scheme = s.rfind("https://", 0) == 0 ? 8 : s.rfind("http://", 0) == 0 ? 7 : 0;
    if (!scheme) {
        why = "it does not start with https:// or http://";
        return std::nullopt;
    }
    size_t slash = s.find('/', scheme);
    std::string authority = s.substr(scheme, slash == std::string::npos ? std::string::npos : slash - scheme);
    std::string path = slash == std::string::npos ? "/" : s.substr(slash);
    if (authority.empty()) {
        why = "it has no host name";
        return std::nullopt;
    }
    size_t colon = authority.rfind(':');
    std::string host = authority, port;
    if (colon != std::string::npos && authority.find(']', colon) == std::string::npos) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    for (unsigned char c : host)
        if (c >= 0x80) {
            why = "its host name is not ASCII (write the xn-- form of an internationalized domain name)";
            return std::nullopt;
        }
    bool bracketed = host.size() > 2 && host.front() == '[' && host.back() == ']';
    for (size_t i = 0; i < host.size() && !bracketed; ++i) {
        unsigned char c = static_cast<unsigned char>(host[i]);
        if (!std::isalnum(c) && c != '-' && c != '.') {
            why = "its host name holds " + shown(c);
            return std::nullopt;
        }
    }
    for (unsigned char c : port)
        if (!std::isdigit(c)) {
            why = "its port is not a number";
            return std::nullopt;
        }
    std::string out = s.substr(0, scheme) + authority;
    for (size_t i = 0; i < path.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(path[i]);
        if (c >= 0x80) {  // a UTF-8 byte of a non-ASCII name (計画 → %E8%A8%88%E7%94%BB)
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        } else if (c == '%') {
            if (i + 2 >= path.size() || !hex(path[i + 1]) || !hex(path[i + 2])) {
                why = "'%' in its path does not start a %XX escape";
                return std::nullopt;
            }
            out += path.substr(i, 3);
            i += 2;
        } else if (c == '?' || c == '#') {
            why = "it has a query or fragment (" + shown(c) + "); a base address ends with its folder";
            return std::nullopt;
        } else if (!path_char(static_cast<char>(c))) {
            why = "its path holds " + shown(c) + ", which a URL may not carry as it is";
            return std::nullopt;
        } else {
            out += static_cast<char>(c);
        }
    }
    if (out.back() != '/') out += '/';
    return out;
}

}  // namespace planpub
