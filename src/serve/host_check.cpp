#include "serve/host_check.hpp"

#include <string>

namespace planpub {

bool is_loopback_host(std::string_view host, int port) {
    if (host.empty()) return true;
    std::string name(host), lower;
    for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    const std::string with_port = ":" + std::to_string(port);
    for (const char* ok : {"127.0.0.1", "localhost", "[::1]"})
        if (lower == ok || lower == ok + with_port) return true;
    return false;
}

}  // namespace planpub
