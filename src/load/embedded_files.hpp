// Files compiled into the binary (see cmake/embed_files.cmake): the default theme and the
// JSON Schemas that open data is published with.
#pragma once
#include <cstddef>
#include <vector>

namespace planpub {

struct EmbeddedFile {
    const char* path;  // relative to its folder, e.g. templates/base.mustache
    const char* data;
    size_t size;
};

const std::vector<EmbeddedFile>& embedded_theme();    // themes/default
const std::vector<EmbeddedFile>& embedded_schemas();  // schemas

}  // namespace planpub
