// DNS rebinding: a web page the user visits can point its own host name at 127.0.0.1 and then
// read the preview (and /__planpub/status, with file paths) as same-origin. Such requests carry
// the attacker's name in Host; the preview answers only to the loopback names.
#pragma once
#include <string_view>

namespace planpub {

// True for 127.0.0.1, localhost and [::1], each bare or with `port`; an empty Host (HTTP/1.0
// clients) is allowed: a browser always sends one.
bool is_loopback_host(std::string_view host, int port);

}  // namespace planpub
