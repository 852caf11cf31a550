// The bytes of a workbook written with libxlsxwriter. Debian 12's libxlsxwriter (1.1.4) writes to
// a file path only (the in-memory output_buffer option came later), so the workbook goes to a
// private temporary file that is read back and removed: the one file I/O of the open-data writers.
#pragma once
#include <functional>
#include <string>

#include <xlsxwriter.h>

namespace planpub {

// Creates a workbook, lets `fill` add its sheets (it returns what went wrong, or nothing), closes
// it and returns its bytes; empty, with `error` saying why, when it could not be written.
std::string xlsx_bytes(const std::function<std::string(lxw_workbook*)>& fill, std::string& error);

}  // namespace planpub
