// The default theme's files, compiled into the binary (see cmake/embed_theme.cmake).
#pragma once
#include <cstddef>
#include <vector>

namespace planpub {

struct EmbeddedFile {
    const char* path;  // relative to themes/default, e.g. templates/base.mustache
    const char* data;
    size_t size;
};

const std::vector<EmbeddedFile>& embedded_theme();

}  // namespace planpub
