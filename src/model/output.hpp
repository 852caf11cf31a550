// What the render stage hands to the emit stage: files by output path. No I/O here.
#pragma once
#include <string>
#include <vector>

namespace planpub {

struct OutputFile {
    std::string path;       // relative to the output folder, '/'-separated
    std::string bytes;      // content, unless copy_from is set
    std::string copy_from;  // file system path of an attachment to copy as it is
    bool written = false;   // already in the output folder (OutputWriter::put): only the path is kept
};

using OutputSet = std::vector<OutputFile>;

}  // namespace planpub
