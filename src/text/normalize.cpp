#include "text/normalize.hpp"

#include <utf8proc.h>

#include <cstdlib>

namespace planpub {

std::string nfkc(std::string_view s) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &out,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
    if (n < 0) return std::string(s);  // invalid UTF-8 is rejected earlier; keep the text as is
    std::string r(reinterpret_cast<char*>(out), static_cast<size_t>(n));
    std::free(out);
    return r;
}

}  // namespace planpub
