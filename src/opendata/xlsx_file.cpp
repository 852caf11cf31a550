#include "opendata/xlsx_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace planpub {

std::string xlsx_bytes(const std::function<std::string(lxw_workbook*)>& fill, std::string& error) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path dir = fs::temp_directory_path(ec);
    if (ec) return error = "no folder for temporary files: " + ec.message(), "";
    // mkstemp reserves a name no other build (or thread) uses; libxlsxwriter then writes over it.
    std::string name = (dir / "planpub-sheet-XXXXXX").string();
    const int fd = mkstemp(name.data());
    if (fd < 0) return error = "cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno), "";
    close(fd);
    lxw_workbook_options options = {};
    options.tmpdir = nullptr;  // libxlsxwriter's own parts go through tmpfile(), which leaves nothing behind
    lxw_workbook* wb = workbook_new_opt(name.c_str(), &options);
    if (!wb) {
        fs::remove(name, ec);
        return error = "libxlsxwriter cannot start a workbook at " + name, "";
    }
    error = fill(wb);  // what a sheet could not hold (a text too long for a cell …)
    const lxw_error closed = workbook_close(wb);
    if (error.empty() && closed != LXW_NO_ERROR)
        error = std::string("libxlsxwriter cannot write the workbook: ") + lxw_strerror(closed);
    std::string bytes;
    if (error.empty()) {
        std::ifstream in(name, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        bytes = s.str();
        if (!in || bytes.empty()) error = "cannot read back the workbook written to " + name;
    }
    fs::remove(name, ec);
    return error.empty() ? bytes : "";
}

}  // namespace planpub
